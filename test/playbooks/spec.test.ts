import { describe, expect, it } from 'vitest';
import { playbooks } from '../../playbooks/library.js';
import { playbookSpecSchema } from '../../playbooks/spec.js';
import { changeProblem } from '../../executors/changes/spec.js';

describe('playbook descriptions', () => {
  it.each(Object.values(playbooks))('$id matches the playbook schema as declared', (p) => {
    expect(playbookSpecSchema.parse(p)).toEqual(p);
  });

  it('the schema refuses a change off the allow-list', () => {
    const bad = { ...playbooks.firewall_rst, changes: [{ id: 'x', kind: 'sysctl', key: 'kernel.panic', value: '1', explain: 'no' }] };
    expect(playbookSpecSchema.safeParse(bad).success).toBe(false);
  });
});

describe('changeProblem (the allow-list)', () => {
  it('accepts exactly the allowed keys and values', () => {
    expect(changeProblem({ id: 'a', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'On' })).toBeNull();
    expect(changeProblem({ id: 'a', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', value: '1' })).toBeNull();
    expect(changeProblem({ id: 'a', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '1024 65535' })).toBeNull();
    expect(changeProblem({ id: 'a', kind: 'softswitchParam', key: 'SS_SIP_PORT', value: 'On' })).toMatch(/allow-list/);
    expect(changeProblem({ id: 'a', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'On; reboot' })).toMatch(/On or Off/);
    expect(changeProblem({ id: 'a', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '80 65535' })).toMatch(/1024/);
    expect(changeProblem({ id: 'a', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '60000 2000' })).toMatch(/LOW < HIGH/);
    expect(changeProblem({ id: 'a', kind: 'shell', key: 'x', value: 'y' })).toMatch(/unknown change kind/);
  });
});
