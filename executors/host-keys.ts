import { createHash } from 'node:crypto';
import { formatHostKeyPin, HOST_KEY_TYPES, type HostKeyPin, type HostKeyType } from '../config/host-key.js';
import { TargetError } from './errors.js';

/** A host key a server offered: its SSH type and its fingerprint (`SHA256:…`, as `ssh-keygen -lf` prints it). */
export interface OfferedHostKey {
  readonly type: string;
  readonly fingerprint: string;
}

/** The host key algorithms that prove a key of each type: RSA keys sign with SHA-2 today, SHA-1 on old servers. */
const ALGORITHMS: Record<HostKeyType, readonly string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
  'ssh-dss': ['ssh-dss'],
};

/** The host key algorithms to offer for these key types, in the order given. */
export function algorithmsFor(types: readonly HostKeyType[]): string[] {
  return types.flatMap((t) => ALGORITHMS[t]);
}

/**
 * The host key algorithms a connection should offer for these pins: only the pinned types when
 * every pin names its type (the server then proves the pinned key, whatever it prefers), else
 * null (the client's usual preference; an untyped pin of another type is found by trying).
 */
export function pinnedAlgorithms(pins: readonly HostKeyPin[]): string[] | null {
  if (pins.some((p) => p.type === null)) return null;
  return algorithmsFor([...new Set(pins.map((p) => p.type!))]);
}

/** True when the offered key is one of the pins (same fingerprint, and same type where the pin names one). */
export function matchesPin(pins: readonly HostKeyPin[], key: OfferedHostKey): boolean {
  return pins.some((p) => p.fingerprint === key.fingerprint && (p.type === null || p.type === key.type));
}

/** Fingerprint of a raw SSH public key blob in the form `ssh-keygen -lf` prints. */
export function sha256Fingerprint(keyBlob: Buffer): string {
  return `SHA256:${createHash('sha256').update(keyBlob).digest('base64').replace(/=+$/, '')}`;
}

/** Type and fingerprint of a raw SSH public key blob (its first field is the type name). */
export function describeKeyBlob(keyBlob: Buffer): OfferedHostKey {
  const len = keyBlob.length >= 4 ? keyBlob.readUInt32BE(0) : 0;
  const type = len > 0 && len <= 64 && keyBlob.length >= 4 + len ? keyBlob.subarray(4, 4 + len).toString('latin1') : 'unknown';
  return { type, fingerprint: sha256Fingerprint(keyBlob) };
}

/** `ssh-keyscan -t NAME` and the key file's name on the server (/etc/ssh/ssh_host_NAME_key.pub) of a key type. */
const SHORT_NAME: Record<string, string> = {
  'ssh-ed25519': 'ed25519',
  'ecdsa-sha2-nistp256': 'ecdsa',
  'ecdsa-sha2-nistp384': 'ecdsa',
  'ecdsa-sha2-nistp521': 'ecdsa',
  'ssh-rsa': 'rsa',
  'ssh-dss': 'dsa',
};

/** How to read a server's key of this type: on the server itself, and from a trusted network. */
export function howToReadKey(host: string, port: number, type: string | null): string {
  const name = type ? SHORT_NAME[type] : undefined;
  const file = `/etc/ssh/ssh_host_${name ?? '*'}_key.pub`;
  return `\`ssh-keygen -lf ${file}\` on the server, or \`ssh-keyscan ${name ? `-t ${name} ` : ''}${port === 22 ? '' : `-p ${port} `}${host} | ssh-keygen -lf -\` from a network you trust`;
}

/** The key types the SSH client can ask a server for, in its order of preference. */
export const SCANNABLE_TYPES: readonly HostKeyType[] = HOST_KEY_TYPES;

const keysText = (keys: readonly OfferedHostKey[]) => (keys.length ? keys.map((k) => `${k.type} ${k.fingerprint}`).join(', ') : 'no host key');
const pinsText = (pins: readonly HostKeyPin[]) => pins.map((p) => (p.type ? formatHostKeyPin(p) : `${p.fingerprint} (key type not given)`)).join(', ');

/**
 * The refusal when no key the server offered matches a pin. `offered` is every key the server
 * showed (one per type it has). The words say which case it is: a pin whose fingerprint is the
 * server's key of another type; a server without a key of the pinned type; or a key that
 * differs (a reinstalled server, or someone in between), the only case that may be an attack.
 */
export function hostKeyMismatch(server: { id: string; host: string; port: number }, pins: readonly HostKeyPin[], offered: readonly OfferedHostKey[]): TargetError {
  const where = `${server.id} (${server.host}:${server.port})`;
  const refused = 'refusing to connect; nothing was touched.';
  const fail = (message: string) => new TargetError('HOST_KEY_MISMATCH', message, false);

  const wrongType = pins.find((p) => p.type && offered.some((k) => k.fingerprint === p.fingerprint && k.type !== p.type));
  if (wrongType) {
    const real = offered.find((k) => k.fingerprint === wrongType.fingerprint)!;
    return fail(
      `${where}: the config pins ${formatHostKeyPin(wrongType)}, but ${real.fingerprint} is the server's ${real.type} key, not its ${wrongType.type} key: ${refused} ` +
        `Write hostKeySha256: "${real.type} ${real.fingerprint}".`,
    );
  }
  const pinnedTypes = new Set(pins.map((p) => p.type));
  if (!pinnedTypes.has(null) && !offered.some((k) => pinnedTypes.has(k.type as HostKeyType))) {
    const other = offered[0];
    return fail(
      `${where} has no ${[...pinnedTypes].join(' or ')} host key, the type the config pins (${pinsText(pins)}); it offers ${keysText(offered)}: ${refused} ` +
        (other ? `Check its ${other.type} key (${howToReadKey(server.host, server.port, other.type)}) and pin that one with its type.` : ''),
    );
  }
  const readType = pins.find((p) => p.type)?.type ?? offered[0]?.type ?? null;
  return fail(
    `host key of ${where} does not match: the server offers ${keysText(offered)}; the config pins ${pinsText(pins)}: ${refused} ` +
      `If the server was reinstalled or its keys regenerated, check the new key out of band (${howToReadKey(server.host, server.port, readType)}) and update hostKeySha256; ` +
      'if not, something between here and the server may be answering in its place.',
  );
}
