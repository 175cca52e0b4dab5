import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config/index.js';
import { formatHostKeyPin, hostKeyPins, parseHostKeyPin } from '../../config/host-key.js';

const FP = 'SHA256:' + 'Ab1+/'.repeat(8) + 'xyz';

const config = (hostKey: string) => `customers:
  - id: acme
    name: ACME Telecom
servers:
  - id: vos1
    customer: acme
    host: 203.0.113.10
    username: root
    privateKeyPath: ./keys/vos1
    hostKeySha256: ${hostKey}
engineers: []
`;

describe('parseHostKeyPin', () => {
  it('reads the fingerprint alone, with its SSH key type, and a line of `ssh-keygen -lf`', () => {
    expect(parseHostKeyPin(FP)).toEqual({ type: null, fingerprint: FP });
    expect(parseHostKeyPin(`ssh-rsa ${FP}`)).toEqual({ type: 'ssh-rsa', fingerprint: FP });
    expect(parseHostKeyPin(`  ssh-ed25519   ${FP} `)).toEqual({ type: 'ssh-ed25519', fingerprint: FP });
    expect(parseHostKeyPin(`3072 ${FP} root@vos1 (RSA)`)).toEqual({ type: 'ssh-rsa', fingerprint: FP });
    expect(parseHostKeyPin(`256 ${FP} no comment (ED25519)`)).toEqual({ type: 'ssh-ed25519', fingerprint: FP });
    expect(parseHostKeyPin(`384 ${FP} root@x (ECDSA)`)).toEqual({ type: 'ecdsa-sha2-nistp384', fingerprint: FP });
  });

  it('drops base64 padding, which ssh-keygen never prints', () => {
    expect(parseHostKeyPin(`${FP}=`)).toEqual({ type: null, fingerprint: FP });
  });

  it('refuses what is not a pin: MD5 fingerprints, unknown types, truncated fingerprints', () => {
    expect(parseHostKeyPin('MD5:12:34:56:78:9a:bc:de:f0:12:34:56:78:9a:bc:de:f0')).toBeNull();
    expect(parseHostKeyPin(`ssh-foo ${FP}`)).toBeNull();
    expect(parseHostKeyPin(FP.slice(0, -1))).toBeNull();
    expect(parseHostKeyPin(`256 ${FP} x (ED25519-SK)`)).toBeNull();
    expect(parseHostKeyPin(`200 ${FP} x (ECDSA)`)).toBeNull();
  });

  it('writes a pin back in the typed form', () => {
    expect(formatHostKeyPin({ type: 'ssh-rsa', fingerprint: FP })).toBe(`ssh-rsa ${FP}`);
    expect(formatHostKeyPin({ type: null, fingerprint: FP })).toBe(FP);
    expect(hostKeyPins([FP, `ssh-rsa ${FP}`]).map((p) => p.type)).toEqual([null, 'ssh-rsa']);
  });
});

describe('hostKeySha256 in the config', () => {
  it('takes one pin or a list', () => {
    expect(parseConfig(config(`"ssh-rsa ${FP}"`), 'x.yaml').servers[0]!.hostKeySha256).toBe(`ssh-rsa ${FP}`);
    const list = parseConfig(config(`["ssh-ed25519 ${FP}", "${FP}"]`), 'x.yaml').servers[0]!.hostKeySha256;
    expect(list).toEqual([`ssh-ed25519 ${FP}`, FP]);
  });

  it('refuses a bad pin or an empty list with the line and how to read the right one', () => {
    for (const bad of ['"MD5:12:34"', '[]', `["${FP}", "nope"]`]) {
      try {
        parseConfig(config(bad), 'x.yaml');
        throw new Error(`accepted ${bad}`);
      } catch (e) {
        expect(e).toBeInstanceOf(ConfigError);
        const p = (e as ConfigError).problems[0]!;
        expect(p.path).toMatch(/^servers\[0\]\.hostKeySha256/);
        expect(p.line).toBe(10);
        expect(p.message).toMatch(/SHA256:/);
      }
    }
    const missing = (() => {
      try {
        parseConfig(config(FP).replace(/    hostKeySha256: .*\n/, ''), 'x.yaml');
      } catch (e) {
        return (e as ConfigError).problems[0]!.message;
      }
      return '';
    })();
    expect(missing).toMatch(/^is required: .*ssh-keyscan -t ed25519 HOST \| ssh-keygen -lf -/);
  });
});
