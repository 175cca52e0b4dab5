import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editConfig } from '../../config/edit.js';
import { ConfigEditError } from '../../config/errors.js';
import { parseConfig } from '../../config/parse.js';
import { STARTER_CONFIG } from '../../config/starter.js';

const dir = mkdtempSync(join(tmpdir(), 'vos-config-edit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileWith = (text: string) => {
  const file = join(dir, `c${n++}.yaml`);
  writeFileSync(file, text);
  return file;
};

const KEY = 'SHA256:' + 'A'.repeat(43);
// The README's example, comments lined up as an operator writes them.
const README_STYLE = `customers:
  - id: acme
    name: ACME Telecom
    chats: ["+8801700000001"]          # phone numbers (E.164) or WhatsApp JIDs
servers:
  - id: vos1
    customer: acme
    host: 203.0.113.10
    port: 22                           # default 22
    username: root
    privateKeyPath: ./keys/vos1        # or privateKeyEnv: NAME
    hostKeySha256: "${KEY}"          # as \`ssh-keygen -lf\` prints it; required
    tags: [nat-phones]                 # optional: nat-phones, tls

engineers:
  - id: rahim
    name: Rahim
    chats: ["+8801900000002"]
    role: approver                     # approver | viewer
settings:                              # optional
  proposalTtlMinutes: 30
`;

const server = { id: 'vos2', customer: 'acme', host: '203.0.113.11', port: 2222, username: 'root', privateKeyPath: 'keys/id_ed25519', hostKeySha256: `ssh-ed25519 ${KEY}`, tags: ['tls'] };

/** True when every line of `before` appears in `after`, in the same order. */
function keepsEveryLine(before: string, after: string): boolean {
  const lines = after.split('\n');
  let at = 0;
  for (const line of before.split('\n')) {
    const found = lines.indexOf(line, at);
    if (found === -1) return false;
    at = found + 1;
  }
  return true;
}

describe('editConfig', () => {
  it('adds a server to a hand-written file keeping every line, comment and alignment as it was', () => {
    const file = fileWith(README_STYLE);
    const edit = editConfig(file);
    edit.add('servers', server);
    edit.save();
    const after = readFileSync(file, 'utf8');
    expect(keepsEveryLine(README_STYLE, after)).toBe(true);
    expect(after).toContain(
      [
        '  - id: vos2',
        '    customer: acme',
        '    host: 203.0.113.11',
        '    port: 2222',
        '    username: root',
        '    privateKeyPath: keys/id_ed25519',
        `    hostKeySha256: "ssh-ed25519 ${KEY}"`,
        '    tags: [tls]',
        '',
        'engineers:',
      ].join('\n'),
    );
    expect(parseConfig(after, file).servers.map((s) => s.id)).toEqual(['vos1', 'vos2']);
  });

  it('fills the starter config, whose lists are empty, keeping its comments', () => {
    const file = fileWith(STARTER_CONFIG);
    expect(parseConfig(STARTER_CONFIG, file)).toMatchObject({ customers: [], servers: [], engineers: [] });
    const edit = editConfig(file);
    edit.add('customers', { id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001'] });
    edit.add('engineers', { id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' });
    edit.add('servers', server);
    edit.save();
    const after = readFileSync(file, 'utf8');
    const comments = (t: string) => t.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(after)).toEqual(comments(STARTER_CONFIG));
    expect(after).toContain('customers:\n  - id: acme\n    name: "ACME Telecom"\n    chats: ["+8801700000001"]\n');
    const config = parseConfig(after, file);
    expect(config.engineers[0]).toMatchObject({ id: 'rahim', role: 'approver', chats: ['+8801900000002'] });
    expect(config.servers[0]).toMatchObject({ id: 'vos2', port: 2222, hostKeySha256: `ssh-ed25519 ${KEY}` });
  });

  it('keeps lists written at the key’s own indentation that way', () => {
    const flat = 'customers:\n- id: acme\n  name: ACME\nservers: []\nengineers: []\n';
    const file = fileWith(flat);
    const edit = editConfig(file);
    edit.add('customers', { id: 'globex', name: 'Globex' });
    edit.save();
    expect(readFileSync(file, 'utf8')).toBe('customers:\n- id: acme\n  name: ACME\n- id: globex\n  name: "Globex"\nservers: []\nengineers: []\n');
  });

  it('refuses an id that is taken and an entry that would not load, and leaves the file alone', () => {
    const file = fileWith(README_STYLE);
    const edit = editConfig(file);
    expect(() => edit.add('servers', { ...server, id: 'vos1' })).toThrow(new ConfigEditError(`${file} already has a server "vos1"; nothing was changed`));
    edit.add('servers', { ...server, customer: 'globex' });
    let err: unknown;
    try {
      edit.save();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigEditError);
    expect((err as Error).message).toMatch(/would make .* invalid, so nothing was written:\n.*servers\[1\]\.customer: names customer "globex", which is not in customers/s);
    expect(readFileSync(file, 'utf8')).toBe(README_STYLE);
  });

  it('refuses to write over a file that changed since it was read', () => {
    const file = fileWith(README_STYLE);
    const edit = editConfig(file);
    edit.add('servers', server);
    writeFileSync(file, `${README_STYLE}# edited meanwhile\n`);
    expect(() => edit.save()).toThrow(/changed on disk while this command ran; nothing was written/);
    expect(readFileSync(file, 'utf8')).toBe(`${README_STYLE}# edited meanwhile\n`);
  });

  it('keeps the file’s mode', () => {
    const file = fileWith(README_STYLE);
    chmodSync(file, 0o640);
    const edit = editConfig(file);
    edit.add('servers', server);
    edit.save();
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });
});
