import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { classify } from '../../cli/commands/classify.js';
import type { CliContext } from '../../cli/context.js';

const dir = mkdtempSync(join(tmpdir(), 'vos-classify-'));

function context(input: string, configPath = join(dir, 'missing.yaml')) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  stdin.end(input);
  const ctx = {
    configPath,
    dataDir: join(dir, 'data'),
    env: {},
    cwd: dir,
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
    interactive: false,
  } satisfies CliContext;
  return { ctx, out: () => out, err: () => err };
}

describe('vos-assist classify', () => {
  it('with TEXT prints the decision for a person', async () => {
    const c = context('');
    expect(await classify(c.ctx, 'adress alredy in use agian!! TIME_WAIT 28000', {})).toBe(0);
    expect(c.out()).toMatch(/^decision\s+confident$/m);
    expect(c.out()).toMatch(/^playbook\s+port_exhaustion \(\d+%\)$/m);
    expect(c.out()).toMatch(/pe\.address-in-use/);
    expect(c.out()).toMatch(/adress → address/);
    expect(c.out()).toMatch(/TIME_WAIT 28000/);
    expect(c.err()).toBe('');
  });

  it('with TEXT and --json prints the whole match as one JSON object', async () => {
    const c = context('');
    await classify(c.ctx, 'which port is the web portal on', { json: true });
    const r = JSON.parse(c.out()) as { decision: string; playbook: null; evidence: { rules: { id: string }[] } };
    expect(r.decision).toBe('none');
    expect(r.playbook).toBeNull();
    expect(r.evidence.rules.map((h) => h.id)).toContain('guard.web-portal');
  });

  it('without TEXT turns JSON lines into JSON lines, in order, one per input line', async () => {
    const input = [
      { id: 'a', text: 'java.net.BindException: Address already in use' },
      { id: 'b', text: 'hello' },
      { id: 3, text: 'our firewall drops the rst packets' },
      { id: 'd', text: 'calls failing since the change yesterday' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const c = context(`${input}\n`);
    expect(await classify(c.ctx, undefined, {})).toBe(0);
    const lines = c.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3, 'd']);
    expect(lines[0]).toMatchObject({ playbook: 'port_exhaustion', decision: 'confident' });
    expect(lines[1]).toEqual({ id: 'b', playbook: null, confidence: expect.any(Number), decision: 'none' });
    expect(lines[2]).toMatchObject({ playbook: 'firewall_rst', decision: 'confident' });
    expect(lines[3]).toMatchObject({ decision: 'ambiguous' });
    for (const l of lines) expect(Object.keys(l).sort()).toEqual(['confidence', 'decision', 'id', 'playbook']);
  });

  it('answers a malformed line with an error line for its id or line number, skips blank lines, and goes on', async () => {
    const input = ['{"id":"x","text":"phones behind nat unregistered"}', '', 'not json', '{"id":"y"}', '{"id":"z","text":42}', '[1,2]', '{"text":"hi"}', '   ', '{"id":"w","text":"rst packets blocked by the firewall"}'].join('\n');
    const c = context(`${input}\r\n`);
    await classify(c.ctx, undefined, {});
    const lines = c.out().trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 'x', playbook: 'nat_unregistered', confidence: expect.any(Number), decision: 'confident' },
      { id: 3, error: 'not valid JSON' },
      { id: 'y', error: 'missing "text"' },
      { id: 'z', error: '"text" must be a string' },
      { id: 6, error: 'expected a JSON object {"id","text"}' },
      { id: 7, playbook: null, confidence: 0, decision: 'none' },
      { id: 'w', playbook: 'firewall_rst', confidence: expect.any(Number), decision: 'confident' },
    ]);
  });

  it('streams thousands of lines in order', async () => {
    const texts = ['address already in use', 'hello', 'firewall drops rst', 'phones unregistered behind nat'];
    const input = Array.from({ length: 5000 }, (_, i) => JSON.stringify({ id: i, text: texts[i % 4] })).join('\n');
    const c = context(input);
    await classify(c.ctx, undefined, {});
    const lines = c.out().trim().split('\n');
    expect(lines).toHaveLength(5000);
    expect(lines.map((l) => (JSON.parse(l) as { id: number }).id)).toEqual(Array.from({ length: 5000 }, (_, i) => i));
  });

  it('uses the servers of the config file when there is one', async () => {
    const key = `SHA256:${'A'.repeat(43)}`;
    const config = join(dir, 'vos-assist.yaml');
    writeFileSync(
      config,
      `customers:\n  - id: acme\n    name: ACME\nservers:\n  - id: vos1\n    customer: acme\n    name: vos-dhaka\n    host: 203.0.113.10\n    username: root\n    privateKeyPath: ./k\n    hostKeySha256: "${key}"\nengineers: []\n`,
    );
    const c = context('', config);
    await classify(c.ctx, 'vos-dhaka: address already in use', {});
    expect(c.out()).toMatch(/servers vos1/);
  });
});
