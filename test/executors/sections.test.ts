import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseSections, sectionRc, sectionScript, sectionText } from '../../executors/sections.js';
import { batchScript, parseBatch, type Op } from '../../executors/ops.js';
import { shellQuote } from '../../executors/quote.js';
import { mkdtempSync, readFileSync, writeFileSync, statSync, chmodSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../executors/state.js';

const sh = (script: string, input?: Buffer) => execFileSync('sh', ['-c', script], { input: input ?? Buffer.alloc(0) });

describe('sections', () => {
  it('returns exact bytes and exit codes per section, even when content looks like a marker', () => {
    const nonce = 'abc123';
    const out = sh(sectionScript(nonce, [
      { name: 'a', command: "printf 'x\\n\\n@@other a\\ny'" },
      { name: 'b', command: 'false' },
      { name: 'c', command: "printf 'no newline'" },
    ]));
    const s = parseSections(nonce, out);
    expect(s.get('a')?.toString()).toBe('x\n\n@@other a\ny');
    expect(sectionRc(s, 'b')).toBe(1);
    expect(sectionText(s, 'c')).toBe('no newline');
  });

  it('drops a section whose closing marker never arrived', () => {
    const nonce = 'n1';
    const full = sh(sectionScript(nonce, [{ name: 'a', command: 'echo hello' }]));
    const cut = full.subarray(0, full.indexOf('hello') + 3);
    expect(parseSections(nonce, cut).has('a')).toBe(false);
  });
});

describe('shellQuote', () => {
  it('passes hostile strings through a shell unchanged', () => {
    for (const s of ["it's", '$(reboot)', '`id`', 'a b;c|d&e', '"\\\n']) {
      expect(sh(`printf '%s' ${shellQuote(s)}`).toString()).toBe(s);
    }
  });
});

describe('batch ops (run with a local sh)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vos-ops-'));
  const file = join(dir, 'softswitch.conf');

  it('backs up once, writes atomically with owner and mode kept, and refuses on drift', () => {
    writeFileSync(file, 'SS_TCP_CLOSE_RESET="Off"\n');
    chmodSync(file, 0o640);
    const before = readFileSync(file);
    const after = Buffer.from('SS_TCP_CLOSE_RESET="On"\n');
    const ops: Op[] = [
      { op: 'backup', label: 'backup', path: file, backupPath: `${file}.bak` },
      { op: 'write', label: 'write', path: file, expectSha: sha256(before), content: after, contentSha: sha256(after) },
    ];
    const { script, stdin } = batchScript('N', ops);
    const res = parseBatch('N', ops, sh(script, stdin));
    expect(res.map((r) => r.exitCode)).toEqual([0, 0]);
    expect(readFileSync(file)).toEqual(after);
    expect(readFileSync(`${file}.bak`)).toEqual(before);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(existsSync(`${file}.vos-assist.tmp`)).toBe(false);

    // Running the same batch again: the backup is not overwritten, and the write sees drift.
    const again = parseBatch('N', ops, (() => { try { return sh(script, stdin); } catch (e) { return (e as { stdout: Buffer }).stdout; } })());
    expect(again[0]?.exitCode).toBe(0);
    expect(again[1]?.exitCode).toBe(30);
    expect(readFileSync(`${file}.bak`)).toEqual(before);
  });

  it('never replaces the file when fewer bytes arrive than announced', () => {
    writeFileSync(file, 'original\n');
    const content = Buffer.from('new content\n');
    const ops: Op[] = [{ op: 'write', label: 'write', path: file, expectSha: sha256(Buffer.from('original\n')), content, contentSha: sha256(content) }];
    const { script } = batchScript('N', ops);
    let out: Buffer;
    try { out = sh(script, content.subarray(0, 5)); } catch (e) { out = (e as { stdout: Buffer }).stdout; }
    expect(parseBatch('N', ops, out)[0]?.exitCode).toBe(31);
    expect(readFileSync(file, 'utf8')).toBe('original\n');
  });
});
