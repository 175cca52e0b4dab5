import { generateKeyPairSync, randomBytes } from 'node:crypto';

/** The key types `vos-assist init` makes: ED25519, or RSA for servers older than OpenSSH 6.5 (CentOS 5 and 6). */
export type ClientKeyType = 'ed25519' | 'rsa';

/** A key pair in the files OpenSSH uses: `id_ed25519` (or `id_rsa`) and the `.pub` beside it. */
export interface OpenSshKeyPair {
  /** The private key, unencrypted, in a format both ssh2 and OpenSSH read. */
  readonly privateKey: string;
  /** `ssh-ed25519 AAAA… comment`: the line for a server's authorized_keys. */
  readonly publicKey: string;
}

/** A new key pair of this type; see {@link generateEd25519KeyPair} and {@link generateRsaKeyPair}. */
export function generateClientKeyPair(type: ClientKeyType, comment: string): OpenSshKeyPair {
  return type === 'rsa' ? generateRsaKeyPair(comment) : generateEd25519KeyPair(comment);
}

/** An SSH wire-format string: a 32-bit length, then the bytes. */
function sshString(data: Buffer | string): Buffer {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const len = Buffer.alloc(4);
  len.writeUInt32BE(bytes.length);
  return Buffer.concat([len, bytes]);
}

const uint32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};

/**
 * A new ED25519 key pair made with Node's crypto, written in OpenSSH's formats (the private
 * key in `openssh-key-v1`, which both ssh2 and OpenSSH read), so no ssh-keygen is needed.
 */
export function generateEd25519KeyPair(comment: string): OpenSshKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  const seed = Buffer.from(jwk.d!, 'base64url');
  const pub = Buffer.from(jwk.x!, 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);

  // The private section: a repeated check number (how a reader tells a wrong passphrase), the
  // key (OpenSSH keeps seed and public key together, 64 bytes), the comment, then padding
  // 1, 2, 3… to the cipher's block size (8 for "none").
  const check = randomBytes(4);
  let section = Buffer.concat([check, check, sshString('ssh-ed25519'), sshString(pub), sshString(Buffer.concat([seed, pub])), sshString(comment)]);
  const padding = Buffer.from(Array.from({ length: (8 - (section.length % 8)) % 8 }, (_, i) => i + 1));
  section = Buffer.concat([section, padding]);

  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    sshString('none'), // cipher
    sshString('none'), // key derivation
    sshString(''), // its options
    uint32(1), // one key
    sshString(publicBlob),
    sshString(section),
  ]);
  const base64 = body.toString('base64').replace(/.{1,70}/g, '$&\n');
  return {
    privateKey: `-----BEGIN OPENSSH PRIVATE KEY-----\n${base64}-----END OPENSSH PRIVATE KEY-----\n`,
    publicKey: `ssh-ed25519 ${publicBlob.toString('base64')}${comment ? ` ${comment}` : ''}`,
  };
}

/** An SSH mpint: big-endian, with a leading zero byte when the top bit is set (it would read as negative). */
function mpint(bytes: Buffer): Buffer {
  return sshString(bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/**
 * A new 3072-bit RSA key pair (ssh-keygen's default size), the private key in PEM (PKCS#1),
 * which OpenSSH since forever and ssh2 read: for servers whose OpenSSH predates ED25519.
 */
export function generateRsaKeyPair(comment: string): OpenSshKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072, publicExponent: 65537 });
  const jwk = publicKey.export({ format: 'jwk' });
  const blob = Buffer.concat([sshString('ssh-rsa'), mpint(Buffer.from(jwk.e!, 'base64url')), mpint(Buffer.from(jwk.n!, 'base64url'))]);
  return {
    privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    publicKey: `ssh-rsa ${blob.toString('base64')}${comment ? ` ${comment}` : ''}`,
  };
}
