// The key `vos-assist init` makes: read back by OpenSSH's own ssh-keygen and by ssh2.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ssh2 from 'ssh2';
import { afterAll, describe, expect, it } from 'vitest';
import { generateEd25519KeyPair, generateRsaKeyPair } from '../../executors/client-key.js';

const dir = mkdtempSync(join(tmpdir(), 'vos-client-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('generateEd25519KeyPair', () => {
  it('writes a private key ssh-keygen reads back to the same public key and comment', () => {
    // Comments of 1 to 8 characters: every length of padding the private section can need.
    for (const comment of ['vos-assist@example', ...Array.from({ length: 8 }, (_, i) => 'abcdefgh'.slice(0, i + 1))]) {
      const pair = generateEd25519KeyPair(comment);
      const file = join(dir, `k-${comment.length}`);
      writeFileSync(file, pair.privateKey, { mode: 0o600 });
      // -y prints the public key the private key file holds; -l its fingerprint and comment.
      const derived = execFileSync('ssh-keygen', ['-y', '-f', file], { encoding: 'utf8' }).trim();
      expect(derived.split(' ').slice(0, 2).join(' ')).toBe(pair.publicKey.split(' ').slice(0, 2).join(' '));
      // Without a .pub beside it, ssh-keygen -l reads the private key file itself, comment included.
      const fromPrivate = execFileSync('ssh-keygen', ['-lf', file], { encoding: 'utf8' });
      writeFileSync(`${file}.pub`, `${pair.publicKey}\n`);
      const fromPub = execFileSync('ssh-keygen', ['-lf', `${file}.pub`], { encoding: 'utf8' });
      expect(fromPrivate).toBe(fromPub);
      expect(fromPub).toMatch(new RegExp(`^256 SHA256:\\S+ ${comment} \\(ED25519\\)\\n$`));
    }
  });

  it('makes a key ssh2 parses as an ED25519 private key that signs what its public key verifies', () => {
    const pair = generateEd25519KeyPair('x');
    const key = ssh2.utils.parseKey(pair.privateKey);
    if (key instanceof Error || Array.isArray(key)) throw key;
    expect(key.type).toBe('ssh-ed25519');
    const pub = ssh2.utils.parseKey(pair.publicKey);
    if (pub instanceof Error || Array.isArray(pub)) throw pub;
    const data = Buffer.from('vos-assist');
    expect(pub.verify(data, key.sign(data))).toBe(true);
  });

  it('makes a new key every time', () => {
    expect(generateEd25519KeyPair('x').publicKey).not.toBe(generateEd25519KeyPair('x').publicKey);
  });
});

describe('generateRsaKeyPair', () => {
  it('writes a 3072-bit key that ssh-keygen and ssh2 read, for servers older than OpenSSH 6.5', () => {
    const pair = generateRsaKeyPair('vos-assist@example');
    const file = join(dir, 'rsa');
    writeFileSync(file, pair.privateKey, { mode: 0o600 });
    const derived = execFileSync('ssh-keygen', ['-y', '-f', file], { encoding: 'utf8' }).trim();
    expect(derived.split(' ').slice(0, 2).join(' ')).toBe(pair.publicKey.split(' ').slice(0, 2).join(' '));
    expect(execFileSync('ssh-keygen', ['-lf', '-'], { input: pair.publicKey, encoding: 'utf8' })).toMatch(/^3072 SHA256:\S+ vos-assist@example \(RSA\)\n$/);
    const key = ssh2.utils.parseKey(pair.privateKey);
    if (key instanceof Error || Array.isArray(key)) throw key;
    expect(key.type).toBe('ssh-rsa');
  });
});
