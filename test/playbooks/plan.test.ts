import { describe, expect, it } from 'vitest';
import { factsSchema, type Facts } from '../../executors/facts.js';
import { playbooks } from '../../playbooks/library.js';
import { intend } from '../../playbooks/plan.js';
import type { PlaybookId } from '../../playbooks/ids.js';
import { decideOn, exhausted, firewall, quietHost, RST_DROP } from './decide/fixtures.js';

const intent = (playbook: PlaybookId, patch: Partial<Facts>) => intend(playbooks[playbook], factsSchema.parse({ ...quietHost, ...patch }), decideOn(playbook, patch));

describe('port_exhaustion', () => {
  it('plans what the decision keeps: RST On, the kernel tuning, the listening ports reserved before the range widens', () => {
    const i = intent('port_exhaustion', exhausted);
    expect(i.desired.map((d) => `${d.key}=${d.value}`)).toEqual([
      'SS_TCP_CLOSE_RESET=On',
      'net.ipv4.tcp_tw_reuse=1',
      'net.ipv4.ip_local_reserved_ports=1720,3306,5060,8080,45000',
      'net.ipv4.ip_local_port_range=1024 65535',
    ]);
    expect(i.desired.find((d) => d.id === 'reserved_ports')?.explain).toBe('keeps 1720, 3306, 5060, 8080, 45000 out of the wider range: the server listens on them');
    expect(i.findings.map((f) => f.text)).toContain('512 sockets in TIME_WAIT: the port range 40000–40499 has 500 ports');
    expect(i.skipped).toEqual([]);
    expect(i.cautions[0]).toMatch(/NAT may lose registration/);
  });

  it.each([
    ['tagged nat-phones', { tags: ['nat-phones'] }, /NAT/],
    ['tagged tls', { tags: ['tls'] }, /TLS/],
    ['with TLS traffic', { sipTlsConnections: 4 }, /TLS/],
    ['behind a firewall that drops RST', firewall([RST_DROP]), /firewall rule/],
  ])('keeps RST Off on a server %s, says why, and drops the RST caution', (_name, patch: Partial<Facts>, why) => {
    const i = intent('port_exhaustion', { ...exhausted, ...patch });
    expect(i.desired.map((d) => d.key)).toEqual(['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.ip_local_port_range']);
    expect(i.skipped[0]?.key).toBe('SS_TCP_CLOSE_RESET');
    expect(i.skipped[0]?.reason).toMatch(why);
    expect(i.cautions.join(' ')).not.toMatch(/RST/);
  });

  it('plans nothing when the decision does not propose', () => {
    const i = intent('port_exhaustion', {});
    expect([i.desired, i.skipped, i.cautions]).toEqual([[], [], []]);
  });

  it('does not claim exhaustion when TIME_WAIT is unknown', () => {
    const i = intent('port_exhaustion', { timeWaitCount: null });
    expect(i.findings.find((f) => f.id === 'timeWaitHigh')).toBeUndefined();
  });
});

describe('nat_unregistered and firewall_rst', () => {
  it('turn RST Off and give advice that is not automated', () => {
    for (const p of ['nat_unregistered', 'firewall_rst'] as const) {
      const i = intent(p, { tcpCloseReset: 'On' });
      expect(i.desired).toEqual([expect.objectContaining({ key: 'SS_TCP_CLOSE_RESET', value: 'Off' })]);
      expect(i.advice.length).toBeGreaterThan(0);
      expect(i.findings.some((f) => f.severity === 'problem')).toBe(true);
    }
  });

  it('firewall_rst reports RST drop rules it found', () => {
    const i = intent('firewall_rst', { tcpCloseReset: 'On', ...firewall([RST_DROP]) });
    expect(i.findings.map((f) => f.text)).toContain('1 firewall rule(s) on this server drop RST/INVALID packets');
  });
});
