import { describe, expect, it } from 'vitest';
import type { Facts } from '../../executors/facts.js';
import { playbooks } from '../../playbooks/library.js';
import { intend } from '../../playbooks/plan.js';

const base: Facts = {
  serverId: 'vos1',
  collectedAt: '2026-01-01T00:00:00.000Z',
  timeWaitCount: 27904,
  timeWaitSource: 'ss',
  portRange: { low: 32768, high: 60999, size: 28232 },
  tcpTwReuse: 0,
  tcpCloseReset: 'Off',
  tcpCloseResetRaw: 'Off',
  sipTcpConnections: 120,
  sipTlsConnections: 0,
  rstDropRules: [],
  socketSummary: null,
  os: null,
  sysctlPersistPath: '/etc/sysctl.d/90-vos-assist.conf',
  tags: [],
  unknown: {},
};

describe('port_exhaustion', () => {
  it('plans RST On and the kernel tuning, with the numbers in the findings', () => {
    const i = intend(playbooks.port_exhaustion, base);
    expect(i.desired.map((d) => `${d.key}=${d.value}`)).toEqual(['SS_TCP_CLOSE_RESET=On', 'net.ipv4.tcp_tw_reuse=1', 'net.ipv4.ip_local_port_range=1024 65535']);
    expect(i.findings.map((f) => f.text)).toContain('27,904 sockets in TIME_WAIT: the port range 32768–60999 has 28,232 ports');
    expect(i.skipped).toEqual([]);
  });

  it.each([
    ['tagged nat-phones', { tags: ['nat-phones'] }],
    ['tagged tls', { tags: ['tls'] }],
    ['with TLS traffic', { sipTlsConnections: 4 }],
  ])('keeps RST Off on a server %s and says why', (_name, patch) => {
    const i = intend(playbooks.port_exhaustion, { ...base, ...patch });
    expect(i.desired.map((d) => d.key)).toEqual(['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range']);
    expect(i.skipped[0]?.key).toBe('SS_TCP_CLOSE_RESET');
    expect(i.skipped[0]?.reason).toMatch(/NAT|TLS/);
  });

  it('does not claim exhaustion when TIME_WAIT is unknown', () => {
    const i = intend(playbooks.port_exhaustion, { ...base, timeWaitCount: null });
    expect(i.findings.find((f) => f.id === 'timeWaitHigh')).toBeUndefined();
  });
});

describe('nat_unregistered and firewall_rst', () => {
  it('turn RST Off and give advice that is not automated', () => {
    for (const p of [playbooks.nat_unregistered, playbooks.firewall_rst]) {
      const i = intend(p, { ...base, tcpCloseReset: 'On' });
      expect(i.desired).toEqual([expect.objectContaining({ key: 'SS_TCP_CLOSE_RESET', value: 'Off' })]);
      expect(i.advice.length).toBeGreaterThan(0);
      expect(i.findings.some((f) => f.severity === 'problem')).toBe(true);
    }
  });

  it('firewall_rst reports RST drop rules it found', () => {
    const i = intend(playbooks.firewall_rst, { ...base, tcpCloseReset: 'On', rstDropRules: ['-A INPUT -p tcp --tcp-flags RST RST -j DROP'] });
    expect(i.findings.map((f) => f.text)).toContain('1 firewall rule(s) on this server drop RST/INVALID packets');
  });
});
