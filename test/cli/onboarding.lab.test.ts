// From nothing to a checked server, as a new operator does it: `init`, the printed line in the
// server's authorized_keys, `server add` against a lab host (which serves an ED25519 and an
// RSA host key), `server test`, `customer add`, `engineer add`. The built bin, real files.
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/parse.js';
import { STARTER_CONFIG } from '../../config/starter.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';

const BIN = resolve('bin/vos-assist.js');
let lab: Lab;
let dir: string;

/** The bin, run in `cwd` as a script would (no terminal). */
function cli(cwd: string, args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input, timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The bin on a pseudo-terminal (util-linux `script`), a person typing `answers`. */
function onTerminal(cwd: string, args: string[], answers: string[]) {
  const quoted = [process.execPath, BIN, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', quoted, '/dev/null'], { cwd, encoding: 'utf8', input: answers.map((a) => `${a}\n`).join(''), timeout: 60_000 });
  return { code: r.status, out: r.stdout };
}

const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
const keyOf = (type: string) => lab.host('lab1').hostKeys.find((k) => k.type === type)!.fingerprint;

beforeAll(async () => {
  lab = await createLab({ hosts: [{ rsaHostKey: true }], name: 'onboard' });
  dir = mkdtempSync(join(tmpdir(), 'vos-onboard-'));
});
afterAll(async () => {
  await lab?.teardown();
  rmSync(dir, { recursive: true, force: true });
});

describe('init, then server add against a lab host', () => {
  let site: string;
  let config: string;
  let line: string;

  it('init writes the starter config and a key pair, and prints the authorized_keys line', () => {
    site = join(dir, 'site');
    const r = cli(dir, ['--config', 'site/vos-assist.yaml', '--data', 'site/data', 'init', '--no-input', '--customer', 'acme', '--customer-name', 'ACME Telecom', '--customer-chat', '+8801700000001', '--engineer', 'rahim', '--engineer-name', 'Rahim', '--engineer-chat', '+8801900000002']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    config = join(site, 'vos-assist.yaml');
    const text = readFileSync(config, 'utf8');
    expect(comments(text)).toEqual(comments(STARTER_CONFIG));
    expect(parseConfig(text, config)).toMatchObject({
      customers: [{ id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001'] }],
      engineers: [{ id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' }],
      servers: [],
    });

    const key = join(site, 'keys', 'id_ed25519');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const pub = readFileSync(`${key}.pub`, 'utf8').trim();
    expect(execFileSync('ssh-keygen', ['-y', '-f', key], { encoding: 'utf8' }).trim()).toBe(pub);
    line = r.stdout.split('\n').find((l) => l.includes('ssh-ed25519 AAAA') && !l.includes('echo'))!;
    expect(line).toBe(`no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty ${pub}`);
    // The commands it suggests reach the same config and data.
    expect(r.stdout).toContain('npx vos-assist --config site/vos-assist.yaml --data site/data server add vos1 --host SERVER --customer acme');
  });

  it('init refuses to write over an existing config', () => {
    const before = readFileSync(config, 'utf8');
    const r = cli(dir, ['--config', 'site/vos-assist.yaml', 'init', '--no-input']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/site\/vos-assist\.yaml already exists; nothing was changed/);
    expect(readFileSync(config, 'utf8')).toBe(before);
  });

  it('server add without --host-key, not on a terminal, asks for one and changes nothing', () => {
    const r = cli(site, ['server', 'add', 'vos1', '--host', lab.host('lab1').ip]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a terminal: pass --host-key SHA256:…/);
  });

  it('server add of a server that does not know the key prints the line to append and writes nothing', () => {
    const before = readFileSync(config, 'utf8');
    const r = cli(site, ['server', 'add', 'vos1', '--host', lab.host('lab1').ip, '--host-key', keyOf('ssh-ed25519')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/refused the key \(permission denied\)/);
    expect(r.stderr).toContain(`Append this line to /root/.ssh/authorized_keys on vos1, then try again:\n\n${line}\n`);
    expect(r.stderr).toMatch(/nothing was written/);
    expect(readFileSync(config, 'utf8')).toBe(before);
  });

  it('server add shows both host keys, pins the RSA key --host-key names with its type, checks and writes the server', () => {
    appendFileSync(join(lab.dir, 'authorized_keys'), `${line}\n`); // what the operator does on the server
    const ip = lab.host('lab1').ip;
    const before = readFileSync(config, 'utf8');
    const r = cli(site, ['server', 'add', 'vos1', '--host', ip, '--host-key', keyOf('ssh-rsa'), '--tags', 'nat-phones']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`vos1 (${ip}:22) offers these host keys:\n  1) ssh-ed25519          ${keyOf('ssh-ed25519')}\n  2) ssh-rsa              ${keyOf('ssh-rsa')}\n`);
    expect(r.stdout).toContain(`Pinning ssh-rsa ${keyOf('ssh-rsa')}.`);
    expect(r.stdout).toMatch(/port range\s+32768–60999/);
    expect(r.stdout).toContain(`host key          ssh-rsa ${keyOf('ssh-rsa')} (pinned)`);
    expect(r.stdout).toMatch(/Check passed \(run R-\d+\)\.\nAdded vos1 to vos-assist\.yaml\./);

    const after = readFileSync(config, 'utf8');
    expect(comments(after)).toEqual(comments(before));
    expect(after).toContain(
      ['servers:', '  - id: vos1', '    customer: acme', `    host: ${ip}`, '    port: 22', '    username: root', '    privateKeyPath: keys/id_ed25519', `    hostKeySha256: "ssh-rsa ${keyOf('ssh-rsa')}"`, '    tags: [nat-phones]', ''].join('\n'),
    );
    expect(parseConfig(after, config).servers[0]).toMatchObject({ id: 'vos1', hostKeySha256: `ssh-rsa ${keyOf('ssh-rsa')}`, tags: ['nat-phones'] });
  });

  it('server test logs in again with the pin and the check is a recorded run', () => {
    const r = cli(site, ['server', 'test', 'vos1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`host key          ssh-rsa ${keyOf('ssh-rsa')} (pinned)`);
    const runs = cli(site, ['runs', '--json']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(runs.map((x) => [x.server, x.status])).toEqual([
      ['vos1', 'diagnosed'],
      ['vos1', 'diagnosed'],
      ['vos1', 'failed'],
    ]);
  });

  it('server add with a --host-key the server does not have refuses and writes nothing', () => {
    const before = readFileSync(config, 'utf8');
    const wrong = `ssh-rsa ${keyOf('ssh-ed25519')}`;
    const r = cli(site, ['server', 'add', 'vos2', '--host', lab.host('lab1').ip, '--host-key', wrong]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`none of the keys vos2 offers is ${wrong}: refusing to pin it; nothing was written`);
    expect(readFileSync(config, 'utf8')).toBe(before);
  });

  it('server add on a terminal pins the key the operator picks', () => {
    const r = onTerminal(site, ['server', 'add', 'vos2', '--host', lab.host('lab1').ip, '--name', 'backup switch'], ['1']);
    expect(r.out).toMatch(/1\) ssh-ed25519 +SHA256:/);
    expect(r.out).toMatch(/Pin which key \(1-2, or n to stop\)\? \[1\]/);
    expect(r.code).toBe(0);
    const vos2 = parseConfig(readFileSync(config, 'utf8'), config).servers[1]!;
    expect(vos2).toMatchObject({ id: 'vos2', name: 'backup switch', hostKeySha256: `ssh-ed25519 ${keyOf('ssh-ed25519')}` });
  });

  it('customer add and engineer add write into the config, keep its comments and refuse a taken id', () => {
    const before = readFileSync(config, 'utf8');
    expect(cli(site, ['customer', 'add', 'globex', '--name', 'Globex', '--chat', '+8801700000007']).code).toBe(0);
    const e = cli(site, ['engineer', 'add', 'vera', '--name', 'Vera', '--chat', '+8801900000003']);
    expect(e.code).toBe(0);
    expect(e.stdout).toContain('A dashboard password: npx vos-assist engineer password vera');
    const after = readFileSync(config, 'utf8');
    expect(comments(after)).toEqual(comments(before));
    const c = parseConfig(after, config);
    expect(c.customers.map((x) => x.id)).toEqual(['acme', 'globex']);
    expect(c.engineers[1]).toMatchObject({ id: 'vera', role: 'viewer', chats: ['+8801900000003'] });

    const taken = cli(site, ['customer', 'add', 'globex', '--name', 'Other']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/already has a customer "globex"; nothing was changed/);
    const sameChat = cli(site, ['engineer', 'add', 'sam', '--name', 'Sam', '--chat', '+8801700000007']);
    expect(sameChat.code).toBe(2);
    expect(sameChat.stderr).toMatch(/would make .* invalid, so nothing was written:[\s\S]*is already listed for customer globex/);
    expect(readFileSync(config, 'utf8')).toBe(after);
  });
});

describe('init on a terminal', () => {
  it('asks for the first customer and engineer, and keeps a key a former init left', () => {
    const site = join(dir, 'asked');
    const first = onTerminal(dir, ['--config', 'asked/vos-assist.yaml', 'init', '--key-type', 'rsa'], ['globex', 'Globex Ltd', '+8801700000009', '', '']);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/The first customer: id/);
    const config = parseConfig(readFileSync(join(site, 'vos-assist.yaml'), 'utf8'), 'x');
    expect(config.customers).toEqual([{ id: 'globex', name: 'Globex Ltd', chats: ['+8801700000009'] }]);
    expect(config.engineers).toEqual([]);
    expect(readFileSync(join(site, 'keys', 'id_rsa.pub'), 'utf8')).toMatch(/^ssh-rsa AAAA/);
    expect(first.out).toContain('npx vos-assist --config asked/vos-assist.yaml engineer add rahim');

    rmSync(join(site, 'vos-assist.yaml'));
    const pub = readFileSync(join(site, 'keys', 'id_rsa.pub'), 'utf8');
    const again = cli(dir, ['--config', 'asked/vos-assist.yaml', 'init', '--key-type', 'rsa']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Kept the key already at asked/keys/id_rsa.');
    expect(readFileSync(join(site, 'keys', 'id_rsa.pub'), 'utf8')).toBe(pub);
    expect(existsSync(join(site, 'keys', 'id_ed25519'))).toBe(false);
  });
});
