import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config/index.js';

const KEY = 'SHA256:' + 'A'.repeat(43);
const good = `customers:
  - id: acme
    name: ACME Telecom
    chats: ["+8801700000001"]
servers:
  - id: vos1
    customer: acme
    host: 203.0.113.10
    username: root
    privateKeyPath: ./keys/vos1
    hostKeySha256: "${KEY}"
    tags: [nat-phones]
engineers:
  - id: rahim
    name: Rahim
    chats: ["+8801900000002"]
    role: approver
`;

function problem(text: string) {
  try {
    parseConfig(text, 'vos-assist.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems[0]!;
  }
  throw new Error('expected a ConfigError');
}

describe('config', () => {
  it('loads the documented example config with defaults filled in', () => {
    const c = parseConfig(good, 'x.yaml');
    expect(c.servers[0]).toMatchObject({ port: 22, softswitchConf: '/home/kunshi/mbx3000/etc/softswitch.conf', reloadCommand: 'service mbx3000d reparse', sysctlFile: '/etc/sysctl.d/90-vos-assist.conf' });
  });

  it('names the line of an unknown key', () => {
    const p = problem(good.replace('    tags: [nat-phones]', '    tags: [nat-phones]\n    passwrd: x'));
    expect(p.message).toMatch(/unknown key "passwrd"/);
    expect(p.line).toBe(13);
    expect(p.path).toBe('servers[0]');
  });

  it('requires the host key', () => {
    const p = problem(good.replace(`    hostKeySha256: "${KEY}"\n`, ''));
    expect(p.path).toBe('servers[0].hostKeySha256');
    expect(p.message).toMatch(/required/);
  });

  it('refuses a server pointing at an unknown customer, naming its line', () => {
    const p = problem(good.replace('    customer: acme', '    customer: globex'));
    expect(p.message).toMatch(/globex/);
    expect(p.line).toBe(7);
  });

  it('refuses a bad port and a reload command with shell syntax', () => {
    expect(problem(good.replace('    username: root', '    port: 70000\n    username: root')).path).toBe('servers[0].port');
    expect(problem(good.replace('    username: root', '    reloadCommand: "service mbx3000d reparse; rm -rf /"\n    username: root')).path).toBe('servers[0].reloadCommand');
  });

  it('keeps backups 30 days unless settings.backups.retentionDays says otherwise, and refuses a retention under a day', () => {
    expect(parseConfig(good, 'x.yaml').settings.backups).toEqual({ retentionDays: 30 });
    expect(parseConfig(`${good}settings:\n  backups:\n    retentionDays: 90\n`, 'x.yaml').settings.backups).toEqual({ retentionDays: 90 });
    const p = problem(`${good}settings:\n  backups:\n    retentionDays: 0\n`);
    expect(p.path).toBe('settings.backups.retentionDays');
    expect(p.line).toBe(20);
  });

  it('reports YAML syntax errors with their line', () => {
    const p = problem('customers:\n  - id: acme\n   name: [oops\n');
    expect(p.line).toBeGreaterThan(0);
  });
});
