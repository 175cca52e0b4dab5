import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../bot/matcher/index.js';

const matcher = createMatcher();

let seed = 7;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));

// How fast junk is answered is bench/classify's to measure; tests check only what is answered.

describe('junk input', () => {
  it.each([
    ['0 bytes', ''],
    ['whitespace', ' \n\t '],
    ['emoji only', '😀😡🔥👍🙏'.repeat(40)],
    ['Arabic', 'مرحبا، لدينا مشكلة في الخادم منذ أمس والمكالمات لا تعمل'],
    ['Chinese small talk', '你好，今天的天气很好，我们明天见'],
    ['Korean (a script the normaliser does not read)', '서버에 문제가 있어요, 전화가 안 돼요'],
    ['Bengali', 'ভাই, সার্ভারে আবার সমস্যা হচ্ছে, কল যাচ্ছে না'],
    ['Hindi', 'भाई सर्वर पर फिर से समस्या है'],
    ['control characters', '\u0000\u0001\u0002\u001b[31m\u0007'],
    ['lone surrogates', '\ud800\udc00\ud800 \udfff'],
    ['100 KB of one letter', 'a'.repeat(100_000)],
    ['100 KB of chat', 'hello how are you today my friend '.repeat(3000)],
    ['100 KB of utf-8 decoded random bytes', bytes(100_000).toString('utf8')],
    ['100 KB of latin1 decoded random bytes', bytes(100_000).toString('latin1')],
    ['100 KB of base64', bytes(75_000).toString('base64')],
  ])('%s gives none without throwing', (_name, text) => {
    const r = matcher.match(text);
    expect(r.decision).toBe('none');
    expect(r.playbook).toBeNull();
  });

  it('random binary never yields a playbook (200 samples)', () => {
    for (let i = 0; i < 200; i++) {
      const r = matcher.match(bytes(500 + i * 100).toString(i % 2 ? 'latin1' : 'utf8'));
      expect(r.decision).toBe('none');
    }
  });

  it('a 100 KB pasted log still counts a signature near its start', () => {
    const log = `java.net.BindException: Address already in use\n${'\tat com.example.Foo.bar(Foo.java:42)\n'.repeat(2800)}`;
    const r = matcher.match(log);
    expect(r.playbook).toBe('port_exhaustion');
    expect(r.decision).toBe('confident');
    expect(r.evidence.truncated).toBe(true);
  });

  it('does not throw on values that are not strings at all', () => {
    for (const v of [undefined, null, 42, {}, []]) {
      expect(() => matcher.match(v as unknown as string)).not.toThrow();
    }
  });
});
