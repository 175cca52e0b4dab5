// Hostile and broken config files, written byte for byte to a temp dir and read the way the
// program reads them (loadConfig), plus the built CLI for the exit code and the message.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type ConfigProblem } from '../../config/index.js';

const BIN = new URL('../../bin/vos-assist.js', import.meta.url).pathname;
const KEY = 'SHA256:' + 'A'.repeat(43);

/** A valid config; `customerChat` and `engineerChat` let a test write one chat two ways. */
const good = (customerChat = '+8801700000001', engineerChat = '+8801900000002') => `customers:
  - id: acme
    name: ACME Telecom
    chats: ["${customerChat}"]
servers:
  - id: vos1
    customer: acme
    host: 203.0.113.10
    username: root
    privateKeyPath: ./keys/vos1
    hostKeySha256: "${KEY}"
engineers:
  - id: rahim
    name: Rahim
    chats: ["${engineerChat}"]
    role: approver
`;

/** Nine levels of nine aliases each: 9^9 strings once expanded ("billion laughs"). */
const aliasBomb = (() => {
  const names = 'abcdefghi';
  let text = `${good()}lol:\n  a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n`;
  for (let i = 1; i < names.length; i++) text += `  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]\n`;
  return text;
})();
const ALIAS_BOMB_FIRST_ALIAS_LINE = good().split('\n').length + 2;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vos-config-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Writes the bytes to a fresh file and returns its path. */
function fileWith(bytes: string | Uint8Array): string {
  const path = join(dir, `config-${++n}.yaml`);
  writeFileSync(path, bytes);
  return path;
}

/** Loads the file; returns the ConfigError's problems (fails the test when it loads). */
async function refused(path: string): Promise<{ error: ConfigError; problems: readonly ConfigProblem[] }> {
  const error = await loadConfig(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the file must be refused').toBeInstanceOf(ConfigError);
  const e = error as ConfigError;
  expect(e.file).toBe(path);
  expect(e.message).toContain(path);
  return { error: e, problems: e.problems };
}

/** Runs the built CLI on the file; `runs` only reads the config and the (empty) store. */
function cli(config: string, data = join(dir, 'data')) {
  return spawnSync(process.execPath, [BIN, '--config', config, '--data', data, 'runs'], { encoding: 'utf8', timeout: 30_000 });
}

describe('a YAML alias bomb', () => {
  it('is refused by the YAML alias limit, naming the line of the first alias and what to do', async () => {
    const { problems } = await refused(fileWith(aliasBomb));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(ALIAS_BOMB_FIRST_ALIAS_LINE);
    expect(problems[0]!.message).toMatch(/alias/i);
    expect(problems[0]!.message).toMatch(/write the values out/);
  });

  it('exits 2 at the CLI with the file and line', () => {
    const path = fileWith(aliasBomb);
    const r = cli(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}:${ALIAS_BOMB_FIRST_ALIAS_LINE}:`);
    expect(r.stderr).toMatch(/alias/i);
    expect(r.stderr).not.toMatch(/^vos-assist: /m);
  });

  it('leaves ordinary anchors and aliases alone', async () => {
    const text = good().replace('name: ACME Telecom', 'name: &company ACME Telecom').replace('    username: root', '    name: *company\n    username: root');
    const config = await loadConfig(fileWith(text));
    expect(config.servers[0]!.name).toBe('ACME Telecom');
  });
});

describe('an empty file', () => {
  it.each([
    ['empty', ''],
    ['blank lines', '\n\n  \n'],
    ['only comments', '# customers go here\n# servers: []\n'],
    ['an empty document', '---\n'],
  ])('is refused (%s) rather than starting a bot with nothing', async (_name, text) => {
    const { problems } = await refused(fileWith(text));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/empty/);
    expect(problems[0]!.message).toMatch(/customers, servers and engineers/);
  });
});

describe('text that is not UTF-8', () => {
  it('refuses Latin-1 bytes, naming the line and column and how to convert the file', async () => {
    const latin1 = Buffer.from(good().replace('ACME Telecom', 'Café Telecom'), 'latin1');
    const { problems } = await refused(fileWith(latin1));
    expect(problems).toEqual([expect.objectContaining({ line: 3, column: 14 })]);
    expect(problems[0]!.message).toMatch(/0xE9/);
    expect(problems[0]!.message).toMatch(/not UTF-8/);
    expect(problems[0]!.message).toMatch(/iconv -f LATIN1 -t UTF-8/);
  });

  it('reads the same text saved as UTF-8, with or without a byte-order mark', async () => {
    const text = good().replace('ACME Telecom', 'Café Telecom');
    expect((await loadConfig(fileWith(Buffer.from(text, 'utf8')))).customers[0]!.name).toBe('Café Telecom');
    expect((await loadConfig(fileWith(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])))).customers[0]!.name).toBe('Café Telecom');
  });

  it.each([
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good(), 'utf16le')])],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(good(), 'utf16le').swap16()])],
  ])('refuses %s with a byte-order mark, saying to save it as UTF-8', async (_name, bytes) => {
    const { problems } = await refused(fileWith(bytes));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/UTF-16/);
    expect(problems[0]!.message).toMatch(/save it as UTF-8/);
    expect(problems[0]!.message).not.toMatch(/expected object/);
  });

  it('refuses UTF-16 without a byte-order mark and binary files as not a text config', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex');
    for (const bytes of [Buffer.from(good(), 'utf16le'), png]) {
      const { problems } = await refused(fileWith(bytes));
      expect(problems).toHaveLength(1);
      expect(problems[0]!.message).toMatch(/NUL bytes/);
      expect(problems[0]!.message).toMatch(/binary/);
      expect(problems[0]!.message).not.toMatch(/expected object/);
    }
  });

  it('refuses control characters, naming their line and column', async () => {
    const { problems } = await refused(fileWith(good().replace('name: Rahim', 'name: Ra\x01him')));
    expect(problems).toEqual([expect.objectContaining({ line: 14, column: 13 })]);
    expect(problems[0]!.message).toMatch(/control character U\+0001/);
  });

  it('exits 2 at the CLI for a UTF-16 file, naming the file', () => {
    const path = fileWith(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good(), 'utf16le')]));
    const r = cli(path);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(path);
    expect(r.stderr).toMatch(/UTF-16.*save it as UTF-8/);
  });
});

describe('a file that is not a mapping', () => {
  it.each([
    ['a string', 'just some words\n', /a string/],
    ['a list', '- customers\n- servers\n', /a list/],
  ])('is refused when it holds %s, naming what the top level must be', async (_name, text, what) => {
    const { problems } = await refused(fileWith(text));
    expect(problems).toEqual([expect.objectContaining({ line: 1 })]);
    expect(problems[0]!.message).toMatch(what);
    expect(problems[0]!.message).toMatch(/customers, servers and engineers/);
    expect(problems[0]!.message).not.toMatch(/expected object/);
  });
});

describe('one chat written two ways', () => {
  it.each([
    ['+8801700000001', '8801700000001@s.whatsapp.net'],
    ['8801700000001@s.whatsapp.net', '+8801700000001'],
    ['+8801700000001', '8801700000001:7@s.whatsapp.net'],
    ['+8801700000001', '8801700000001@c.us'],
  ])('is refused for a customer (%s) and an engineer (%s), naming both', async (customerChat, engineerChat) => {
    const { problems } = await refused(fileWith(good(customerChat, engineerChat)));
    expect(problems).toEqual([expect.objectContaining({ path: 'engineers[0].chats[0]', line: 15 })]);
    expect(problems[0]!.message).toContain(engineerChat);
    expect(problems[0]!.message).toContain(customerChat);
    expect(problems[0]!.message).toMatch(/customer acme/);
  });

  it('keeps @lid and @g.us JIDs apart from the phone number with the same digits', async () => {
    for (const jid of ['8801700000001@lid', '120363000000000001@g.us']) {
      const config = await loadConfig(fileWith(good('+8801700000001', jid)));
      expect(config.engineers[0]!.chats).toEqual([jid]);
    }
  });
});

describe('the config cache', () => {
  it('never keeps a refused file, and a refused file never reads as the last good one', () => {
    const data = join(dir, 'cache-data');
    const path = fileWith(good());
    expect(cli(path, data).status).toBe(0);
    const cached = readFileSync(join(data, 'config-cache.json'), 'utf8');
    expect(JSON.parse(cached)).toMatchObject({ config: { customers: [{ id: 'acme' }] } });

    for (const bytes of [aliasBomb, '', Buffer.from(good().replace('ACME', 'Caf\xe9'), 'latin1'), good('+8801700000001', '8801700000001@s.whatsapp.net')]) {
      writeFileSync(path, bytes);
      const r = cli(path, data);
      expect(r.status).toBe(2);
      expect(readFileSync(join(data, 'config-cache.json'), 'utf8')).toBe(cached);
      expect(cli(path, data).status, 'refused again, not served from the cache').toBe(2);
    }
  });
});
