import { describe, expect, it } from 'vitest';
import type { Facts } from '../../executors/facts.js';
import { healthReport, readHealth } from '../../bot/questions/index.js';

const base: Facts = {
  serverId: 'vos1',
  collectedAt: '2025-03-01T10:00:00.000Z',
  timeWaitCount: 200,
  timeWaitSource: 'ss',
  portRange: { low: 32768, high: 60999, size: 28232 },
  tcpTwReuse: 0,
  tcpCloseReset: 'Off',
  tcpCloseResetRaw: 'Off',
  sipTcpConnections: 12,
  sipTlsConnections: 0,
  rstDropRules: [],
  socketSummary: null,
  os: 'CentOS Linux release 7.9.2009 (Core)',
  sysctlPersistPath: '/etc/sysctl.d/90-vos-assist.conf',
  tags: [],
  unknown: {},
};
const facts = (over: Partial<Facts>): Facts => ({ ...base, ...over });

describe('readHealth', () => {
  it('reads TIME_WAIT against the port range', () => {
    expect(readHealth(base).lines[0]).toBe('• TIME_WAIT 200 of 28,232 local ports (<1 %): plenty of headroom');
    expect(readHealth(base).concerns).toEqual([]);
    expect(readHealth(facts({ timeWaitCount: 15_000 })).lines[0]).toMatch(/\(53 %\): tight at peak/);
    const full = readHealth(facts({ timeWaitCount: 27_904 }));
    expect(full.lines[0]).toBe('• TIME_WAIT 27,904 of 28,232 local ports (99 %): close to exhaustion');
    expect(full.concerns[0]?.id).toBe('ports_critical');
    expect(readHealth(facts({ timeWaitCount: 2_823 })).lines[0]).toMatch(/\(10 %\)/);
  });

  it('weighs the RST mode against NAT phones, TLS and firewall rules', () => {
    expect(readHealth(facts({ tags: ['nat-phones'] })).lines[1]).toBe(
      '• SS_TCP_CLOSE_RESET = Off (FIN close, the default). RST close stays Off: this server has phones behind NAT (tag nat-phones), and RST costs them their registration.',
    );
    const rstNat = readHealth(facts({ tcpCloseReset: 'On', tags: ['nat-phones'] }));
    expect(rstNat.lines[1]).toMatch(/= On .*\. RST close is On, but this server has phones behind NAT \(tag nat-phones\), and RST costs them their registration: it should be Off\.$/);
    expect(rstNat.concerns.map((c) => c.id)).toEqual(['rst_with_nat']);
    expect(readHealth(facts({ tcpCloseReset: 'On', sipTlsConnections: 3 })).concerns.map((c) => c.id)).toEqual(['rst_with_tls']);
    const dropped = readHealth(facts({ tcpCloseReset: 'On', rstDropRules: ['-A INPUT -p tcp --tcp-flags RST RST -j DROP'] }));
    expect(dropped.lines[1]).toMatch(/1 firewall rule here drops RST\/INVALID packets$/);
    expect(dropped.concerns.map((c) => c.id)).toEqual(['rst_dropped']);
    expect(readHealth(facts({ rstDropRules: ['x DROP RST', 'y REJECT INVALID'] })).lines.at(-1)).toBe('• Firewall: 2 firewall rules here drop RST/INVALID packets (harmless while RST is Off)');
  });

  it('explains the kernel values', () => {
    expect(readHealth(base).lines).toContain('• Kernel: tcp_tw_reuse = 0 (TIME_WAIT ports are not reused), ports 32768–60999 (default)');
    expect(readHealth(facts({ tcpTwReuse: 1, portRange: { low: 1024, high: 65535, size: 64512 } })).lines).toContain('• Kernel: tcp_tw_reuse = 1 (outgoing connections reuse TIME_WAIT ports), ports 1024–65535 (widened)');
  });

  it('says what it could not read instead of guessing', () => {
    const r = readHealth(facts({ timeWaitCount: null, tcpCloseReset: null, rstDropRules: null, tcpTwReuse: null, portRange: null, unknown: { tcpCloseReset: 'unrecognised value "maybe"' } }));
    expect(r.lines.join('\n')).toMatch(/could not count it[\s\S]*could not read it \(unrecognised value "maybe"\)[\s\S]*tcp_tw_reuse = \? \(unknown\), port range unknown[\s\S]*could not read the rules/);
  });
});

describe('healthReport', () => {
  it('says it was read-only, names the run, and ends with a verdict', () => {
    const text = healthReport('vos-dhaka', 'R-7', base);
    expect(text.split('\n')[0]).toBe('vos-dhaka right now (read-only check, run R-7; nothing was changed):');
    expect(text.split('\n').at(-1)).toBe('All within limits for SIP over TCP; nothing needs changing.');
    expect(healthReport('vos-dhaka', 'R-8', facts({ timeWaitCount: 27_904 })).split('\n').at(-1)).toMatch(/^Watch out: new TCP connections may fail with "address already in use"\. If that happens, tell me/);
    expect(text.split('\n').length).toBeLessThanOrEqual(8);
  });
});
