// The config a running process holds, and what a reload reports: the parsed configs of real
// YAML files, compared and replaced the way `start` does on SIGHUP and `vos-assist reload`.
import { describe, expect, it } from 'vitest';
import { Directory } from '../../bot/directory.js';
import { ConfigHolder, configChanges, describeChanges } from '../../config/holder.js';
import { parseConfig } from '../../config/index.js';

const KEY = 'SHA256:' + 'A'.repeat(43);
const yaml = (extra = '', settings = '') => `customers:
  - id: acme
    name: ACME Telecom
    chats: ["+8801700000001"]
${extra}servers:
  - id: vos1
    customer: acme
    host: 203.0.113.10
    username: root
    privateKeyPath: ./keys/vos1
    hostKeySha256: "${KEY}"
engineers: []
${settings}`;

describe('ConfigHolder', () => {
  it('puts a new customer in force at once for a directory that reads it, and says what changed', () => {
    const holder = new ConfigHolder(parseConfig(yaml(), 'a.yaml'));
    const directory = new Directory(holder.current);
    expect(directory.identify('+8801700000077').kind).toBe('unknown');
    const changes = holder.replace(parseConfig(yaml('  - id: beta\n    name: Beta\n    chats: ["+8801700000077"]\n'), 'a.yaml'));
    expect(directory.identify('+8801700000077')).toMatchObject({ kind: 'customer', customer: { id: 'beta' } });
    expect(changes.customers).toEqual({ added: ['beta'], removed: [], changed: [] });
    expect(describeChanges(changes)).toBe('customers: +beta');
  });

  it('keeps the running value of a setting read at start, and reports it as needing a restart', () => {
    const holder = new ConfigHolder(parseConfig(yaml(), 'a.yaml'));
    const changes = holder.replace(parseConfig(yaml('', 'settings:\n  workerConcurrency: 3\n  proposalTtlMinutes: 5\n'), 'a.yaml'));
    expect(changes.needsRestart).toEqual(['settings.workerConcurrency']);
    expect(changes.settings).toEqual(['settings.proposalTtlMinutes']);
    expect(holder.current().settings.workerConcurrency).toBe(10);
    expect(holder.current().settings.proposalTtlMinutes).toBe(5);
    expect(describeChanges(changes)).toContain('needs a restart: settings.workerConcurrency');
  });

  it('reports nothing for the same file', () => {
    expect(describeChanges(configChanges(parseConfig(yaml(), 'a.yaml'), parseConfig(yaml(), 'a.yaml')))).toBe('nothing changed');
  });
});

describe('webhooks in the config', () => {
  it('takes a URL with its secret from the environment or a file, all events by default', () => {
    const c = parseConfig(`${yaml()}webhooks:\n  - url: https://ops.example.com/hook\n    secretEnv: VOS_HOOK_SECRET\n`, 'a.yaml');
    expect(c.webhooks).toEqual([{ url: 'https://ops.example.com/hook', secretEnv: 'VOS_HOOK_SECRET', events: ['handoff', 'proposal', 'decision', 'run_end'] }]);
  });

  it('refuses a webhook without a secret, or with the secret written in the file, naming the line', () => {
    expect(() => parseConfig(`${yaml()}webhooks:\n  - url: https://ops.example.com/hook\n`, 'a.yaml')).toThrow(/a\.yaml:\d+:\d+: webhooks\[0\].*needs exactly one of secretEnv/);
    expect(() => parseConfig(`${yaml()}webhooks:\n  - url: https://ops.example.com/hook\n    secret: hunter2\n    secretEnv: X\n`, 'a.yaml')).toThrow(/secret/);
    expect(() => parseConfig(`${yaml()}webhooks:\n  - url: ftp://ops.example.com/hook\n    secretEnv: X\n`, 'a.yaml')).toThrow(/must be an http:\/\/ or https:\/\/ URL/);
  });
});
