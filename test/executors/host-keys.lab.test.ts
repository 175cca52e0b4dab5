// Host key pins against lab sshd hosts: lab1 serves an ED25519 and an RSA key (clients choose
// ED25519 unless told otherwise), lab2 only an ED25519 key. Needs root; part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { connectSsh, scanHostKeys, type SshServer } from '../../executors/ssh.js';
import { TargetError } from '../../executors/errors.js';
import type { OfferedHostKey } from '../../executors/host-keys.js';

let lab: Lab;

beforeAll(async () => {
  lab = await createLab({ hosts: [{ rsaHostKey: true }, {}], name: 'hostkeys' });
});
afterAll(() => lab?.teardown());

const server = (id: string, hostKeySha256: string | string[]): SshServer => {
  const h = lab.host(id);
  return { id, host: h.ip, port: h.port, username: h.username, privateKeyPath: h.privateKeyPath, hostKeySha256, connectTimeoutMs: 5_000, commandTimeoutMs: 10_000 };
};
const keyOf = (id: string, type: string) => lab.host(id).hostKeys.find((k) => k.type === type)!.fingerprint;

/** Connects, runs `hostname`, and says which host key the connection accepted. */
async function login(s: SshServer): Promise<{ hostname: string; key: OfferedHostKey | null }> {
  let key: OfferedHostKey | null = null;
  const target = await connectSsh(s, { onHostKey: (k) => (key = k) });
  try {
    const r = await target.exec('hostname');
    return { hostname: r.stdout.toString().trim(), key };
  } finally {
    await target.close();
  }
}

async function refusal(s: SshServer): Promise<TargetError> {
  const err = await connectSsh(s).then(
    (t) => (void t.close(), null),
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TargetError);
  expect((err as TargetError).code).toBe('HOST_KEY_MISMATCH');
  return err as TargetError;
}

describe('scanHostKeys', () => {
  it('shows every key a server has, with its type, as ssh-keyscan and ssh-keygen read them', async () => {
    const keys = await scanHostKeys(server('lab1', keyOf('lab1', 'ssh-ed25519')));
    expect(keys).toEqual([
      { type: 'ssh-ed25519', fingerprint: keyOf('lab1', 'ssh-ed25519') },
      { type: 'ssh-rsa', fingerprint: keyOf('lab1', 'ssh-rsa') },
    ]);
    const rsa = execFileSync('ssh-keygen', ['-lf', '-'], { input: execFileSync('ssh-keyscan', ['-t', 'rsa', lab.host('lab1').ip], { stdio: ['ignore', 'pipe', 'ignore'] }), encoding: 'utf8' });
    expect(rsa.split(' ')[1]).toBe(keys[1]!.fingerprint);
    expect(await scanHostKeys(server('lab2', keyOf('lab2', 'ssh-ed25519')))).toEqual([{ type: 'ssh-ed25519', fingerprint: keyOf('lab2', 'ssh-ed25519') }]);
  });

  it('says the server cannot be reached when nothing answers', async () => {
    await lab.stopSshd('lab2');
    try {
      const err = await scanHostKeys(server('lab2', keyOf('lab2', 'ssh-ed25519'))).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TargetError);
      expect((err as TargetError).code).toBe('CONNECT_FAILED');
      expect((err as TargetError).message).toMatch(/cannot reach lab2 at 10\.\d+\.\d+\.2:22 \(ECONNREFUSED/);
    } finally {
      await lab.startSshd('lab2');
    }
  });
});

describe('a pinned key of the type the server does not prefer', () => {
  it('works when the pin names its type: the client asks for that type', async () => {
    const r = await login(server('lab1', `ssh-rsa ${keyOf('lab1', 'ssh-rsa')}`));
    expect(r.hostname).toBe('vos-lab1');
    expect(r.key).toEqual({ type: 'ssh-rsa', fingerprint: keyOf('lab1', 'ssh-rsa') });
  });

  it('works as the line `ssh-keygen -lf /etc/ssh/ssh_host_rsa_key.pub` prints', async () => {
    const line = execFileSync('ssh-keygen', ['-lf', join(lab.host('lab1').dir, 'ssh_host_rsa_key.pub')], { encoding: 'utf8' }).trim();
    expect(line).toMatch(/^3072 SHA256:\S+ root@vos-lab1 \(RSA\)$/);
    const r = await login(server('lab1', line));
    expect(r.key?.type).toBe('ssh-rsa');
  });

  it('works as the fingerprint alone: the other key types are tried', async () => {
    const r = await login(server('lab1', keyOf('lab1', 'ssh-rsa')));
    expect(r.hostname).toBe('vos-lab1');
    expect(r.key).toEqual({ type: 'ssh-rsa', fingerprint: keyOf('lab1', 'ssh-rsa') });
  });

  it('works from a list whose other pin no longer matches', async () => {
    const stale = `ssh-ed25519 ${keyOf('lab2', 'ssh-ed25519')}`; // another server's key, as after a reinstall
    const r = await login(server('lab1', [stale, `ssh-rsa ${keyOf('lab1', 'ssh-rsa')}`]));
    expect(r.key?.type).toBe('ssh-rsa');
  });
});

describe('a refused host key says why', () => {
  it('a pin of the wrong key type names both types and what to write', async () => {
    const ed = keyOf('lab1', 'ssh-ed25519');
    const err = await refusal(server('lab1', `ssh-rsa ${ed}`));
    expect(err.message).toBe(
      `lab1 (${lab.host('lab1').ip}:22): the config pins ssh-rsa ${ed}, but ${ed} is the server's ssh-ed25519 key, not its ssh-rsa key: ` +
        `refusing to connect; nothing was touched. Write hostKeySha256: "ssh-ed25519 ${ed}".`,
    );
  });

  it('a pin of a type the server does not have names the types it has and how to read them', async () => {
    const ip = lab.host('lab2').ip;
    const err = await refusal(server('lab2', `ssh-rsa ${keyOf('lab1', 'ssh-rsa')}`));
    expect(err.message).toContain(`lab2 (${ip}:22) has no ssh-rsa host key, the type the config pins (ssh-rsa ${keyOf('lab1', 'ssh-rsa')}); it offers ssh-ed25519 ${keyOf('lab2', 'ssh-ed25519')}`);
    expect(err.message).toContain(`\`ssh-keyscan -t ed25519 ${ip} | ssh-keygen -lf -\``);
    expect(err.message).toContain('`ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the server');
    expect(err.message).not.toMatch(/reinstalled|answering in its place/);
  });

  it('a key that differs lists every key the server offers, and only then suggests a reinstall or someone in between', async () => {
    const ip = lab.host('lab1').ip;
    const other = keyOf('lab2', 'ssh-ed25519');
    const err = await refusal(server('lab1', other));
    expect(err.message).toContain(`host key of lab1 (${ip}:22) does not match: the server offers ssh-ed25519 ${keyOf('lab1', 'ssh-ed25519')}, ssh-rsa ${keyOf('lab1', 'ssh-rsa')}; the config pins ${other} (key type not given)`);
    expect(err.message).toMatch(/reinstalled.*answering in its place/);
    const typed = await refusal(server('lab1', `ssh-rsa ${other}`));
    expect(typed.message).toContain(`\`ssh-keyscan -t rsa ${ip} | ssh-keygen -lf -\``);
  });

  it('touches nothing on the server: no session is opened', async () => {
    const log = join(lab.host('lab1').dir, 'sshd.log');
    let before = readFileSync(log, 'utf8').length;
    await login(server('lab1', keyOf('lab1', 'ssh-ed25519')));
    expect(readFileSync(log, 'utf8').slice(before)).toMatch(/Accepted publickey for root/);
    before = readFileSync(log, 'utf8').length;
    await refusal(server('lab1', `ssh-rsa ${keyOf('lab1', 'ssh-ed25519')}`));
    expect(readFileSync(log, 'utf8').slice(before)).not.toMatch(/Accepted publickey/);
  });
});
