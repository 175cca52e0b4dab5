import { describe, expect, it } from 'vitest';
import { computeChangeSet } from '../../executors/changes/change-set.js';
import { BLOCK_BEGIN } from '../../executors/changes/sysctl-block.js';
import { sha256, type ServerState } from '../../executors/state.js';

function state(conf: string | null, sysctl: Record<string, string>, persist = ''): ServerState {
  const file = (path: string, c: string | null) => ({ path, exists: c !== null, content: c === null ? null : Buffer.from(c, 'latin1'), sha256: c === null ? null : sha256(Buffer.from(c, 'latin1')) });
  return {
    conf: file('/home/kunshi/mbx3000/etc/softswitch.conf', conf),
    sysctl: { 'net.ipv4.tcp_tw_reuse': sysctl.reuse ?? '0', 'net.ipv4.ip_local_port_range': sysctl.range ?? '32768 60999', 'net.ipv4.ip_local_reserved_ports': sysctl.reserved ?? '' },
    persist: file('/etc/sysctl.d/90-vos-assist.conf', persist === '' ? null : persist),
    probes: { timeWait: null, sockets: null, stateCounts: null, sipTcp: null, sipTls: null, listening: null, bindFailures: null, firewall: null, os: null, sysctlD: true },
    unknown: {},
    durationMs: 1,
  };
}
const server = { softswitchConf: '/home/kunshi/mbx3000/etc/softswitch.conf', booleanStyle: 'OnOff' as const };
const all = [
  { id: 'rst_on', kind: 'softswitchParam' as const, key: 'SS_TCP_CLOSE_RESET' as const, value: 'On' as const },
  { id: 'tw', kind: 'sysctl' as const, key: 'net.ipv4.tcp_tw_reuse' as const, value: '1' as const },
  { id: 'range', kind: 'sysctl' as const, key: 'net.ipv4.ip_local_port_range' as const, value: '1024 65535' },
];

describe('computeChangeSet', () => {
  it('plans every change against the live values and computes the file edits', () => {
    const set = computeChangeSet(state('SS_TCP_CLOSE_RESET="Off"\n', {}), all, server);
    expect(set.changes.map((c) => [c.key, c.from, c.to, c.changed])).toEqual([
      ['SS_TCP_CLOSE_RESET', 'Off', 'On', true],
      ['net.ipv4.tcp_tw_reuse', '0', '1', true],
      ['net.ipv4.ip_local_port_range', '32768 60999', '1024 65535', true],
    ]);
    expect(set.reload).toBe(true);
    expect(set.files.map((f) => f.path)).toEqual(['/home/kunshi/mbx3000/etc/softswitch.conf', '/etc/sysctl.d/90-vos-assist.conf']);
    expect(set.files[1]!.before).toBeNull();
    expect(set.files[1]!.after.toString()).toContain(BLOCK_BEGIN);
  });

  it('is a no-op when the server is already in the desired state, whatever the spelling', () => {
    const persisted = `${BLOCK_BEGIN}\nnet.ipv4.tcp_tw_reuse = 1\nnet.ipv4.ip_local_port_range = 1024 65535\n# END vos-assist managed block\n`;
    const set = computeChangeSet(state('SS_TCP_CLOSE_RESET="ON"\n', { reuse: '1', range: '1024 65535' }, persisted), all, server);
    expect(set.changes.every((c) => !c.changed)).toBe(true);
    expect(set.files).toEqual([]);
    expect(set.runtime).toEqual([]);
    expect(set.reload).toBe(false);
  });

  it('treats an absent key as the default Off', () => {
    const set = computeChangeSet(state('SS_A="1"\n', {}), [{ id: 'off', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'Off' }], server);
    expect(set.changes[0]!.changed).toBe(false);
  });

  it('refuses keys and values off the allow-list', () => {
    const bad = [{ id: 'x', kind: 'sysctl', key: 'kernel.panic', value: '1' }] as never;
    expect(() => computeChangeSet(state('', {}), bad, server)).toThrow(/not allowed/);
    const badRange = [{ id: 'x', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '80 65535; reboot' }] as never;
    expect(() => computeChangeSet(state('', {}), badRange, server)).toThrow(/not allowed/);
  });

  it('refuses to plan a softswitch change when the file could not be read', () => {
    expect(() => computeChangeSet(state(null, {}), all, server)).toThrow(/softswitch\.conf/);
  });
});
