/**
 * Host key pins as the config writes them (`hostKeySha256`), one or a list:
 *
 * - `SHA256:…`: the fingerprint alone; the client learns the key's type by trying the types
 *   the server offers;
 * - `ssh-rsa SHA256:…`: with its SSH key type (as in a `.pub` file or known_hosts); the client
 *   then asks the server for a key of that type only;
 * - `3072 SHA256:… root@vos1 (RSA)`: a line as `ssh-keygen -lf` prints it; the type comes from
 *   the bracket (and the size, for ECDSA).
 */

/** The SSH host key types a pin may name (those the SSH client supports). */
export const HOST_KEY_TYPES = ['ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'ssh-rsa', 'ssh-dss'] as const;
export type HostKeyType = (typeof HOST_KEY_TYPES)[number];

/** One pinned host key: its fingerprint, and its type when the pin says it. */
export interface HostKeyPin {
  readonly type: HostKeyType | null;
  readonly fingerprint: string;
}

const FINGERPRINT = 'SHA256:[A-Za-z0-9+/]{43}=?';
const TYPED = new RegExp(`^(?:(${HOST_KEY_TYPES.join('|')})\\s+)?(${FINGERPRINT})$`);
const KEYGEN_LINE = new RegExp(`^(\\d+)\\s+(${FINGERPRINT})\\s.*\\((ED25519|ECDSA|RSA|DSA)\\)$`);

/** What `ssh-keygen -lf` writes in brackets, as an SSH key type (ECDSA by its size). */
function typeOfKeygenName(name: string, bits: number): HostKeyType | null {
  switch (name) {
    case 'ED25519':
      return 'ssh-ed25519';
    case 'RSA':
      return 'ssh-rsa';
    case 'DSA':
      return 'ssh-dss';
    case 'ECDSA':
      return bits === 256 ? 'ecdsa-sha2-nistp256' : bits === 384 ? 'ecdsa-sha2-nistp384' : bits === 521 ? 'ecdsa-sha2-nistp521' : null;
    default:
      return null;
  }
}

/** The pin a string holds, or null when it is not one of the three forms. */
export function parseHostKeyPin(text: string): HostKeyPin | null {
  const s = text.trim();
  const typed = TYPED.exec(s);
  if (typed) return { type: (typed[1] as HostKeyType | undefined) ?? null, fingerprint: stripPadding(typed[2]!) };
  const line = KEYGEN_LINE.exec(s);
  if (line) {
    const type = typeOfKeygenName(line[3]!, Number(line[1]));
    return type ? { type, fingerprint: stripPadding(line[2]!) } : null;
  }
  return null;
}

// ssh-keygen prints fingerprints without base64 padding; a pasted `=` must not make a mismatch.
const stripPadding = (fp: string) => fp.replace(/=+$/, '');

/** The pins of a `hostKeySha256` value (one string or a list), in the order written. Throws on a string that is not a pin. */
export function hostKeyPins(value: string | readonly string[]): HostKeyPin[] {
  return (typeof value === 'string' ? [value] : value).map((v) => {
    const pin = parseHostKeyPin(v);
    if (!pin) throw new Error(`not a host key pin: ${JSON.stringify(v)}`);
    return pin;
  });
}

/** A pin as the config writes it: `ssh-ed25519 SHA256:…`, or `SHA256:…` without a type. */
export function formatHostKeyPin(pin: HostKeyPin): string {
  return pin.type ? `${pin.type} ${pin.fingerprint}` : pin.fingerprint;
}

/** The message the schema gives for a value that is not a pin. */
export const HOST_KEY_PIN_HELP =
  'must be a host key fingerprint as `ssh-keygen -lf` prints it: SHA256:<43 base64 characters>, ' +
  'better with its key type ("ssh-ed25519 SHA256:…", "ssh-rsa SHA256:…"), or the whole line ssh-keygen prints ("3072 SHA256:… root@vos1 (RSA)"); ' +
  'read it with `ssh-keyscan -t ed25519 HOST | ssh-keygen -lf -` or let `vos-assist server add` do it';
