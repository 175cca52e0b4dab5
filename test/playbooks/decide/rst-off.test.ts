import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../executors/facts.js';
import type { PastRun } from '../../../playbooks/decide/types.js';
import { decideOn, firewall, INVALID_DROP, kept, past, quietHost, RST_DROP, RST_ON } from './fixtures.js';

const on: Partial<Facts> = { tcpCloseReset: 'On', tcpCloseResetRaw: 'On' };
const udpOnly: Partial<Facts> = { sipListening: { ...quietHost.sipListening!, tcp: false }, sipTcpConnections: 0 };
const unreadable: Partial<Facts> = { tcpCloseReset: null, tcpCloseResetRaw: null, unknown: { conf: '/home/kunshi/mbx3000/etc/softswitch.conf does not exist' } };
const turnedOn = past({ id: 'R-42', changes: RST_ON, at: '2026-12-03T21:14:00Z' });

interface Row {
  readonly name: string;
  readonly facts: Partial<Facts>;
  readonly history?: PastRun[];
  readonly outcome: string;
  readonly rule: string;
  readonly reasons: string[];
}

describe.each([
  {
    playbook: 'nat_unregistered' as const,
    rows: [
      { name: 'RST On', facts: on, outcome: 'propose', rule: 'rst_on', reasons: ['rst_on'] },
      { name: 'RST On, turned On by a run', facts: on, history: [turnedOn], outcome: 'propose', rule: 'rst_on', reasons: ['rst_on', 'rst_turned_on_by'] },
      { name: 'RST On, the run that turned it On was rolled back', facts: on, history: [{ ...turnedOn, rolledBackBy: 'R-43' }], outcome: 'propose', rule: 'rst_on', reasons: ['rst_on'] },
      { name: 'RST Off', facts: {}, outcome: 'hand_off', rule: 'rst_off', reasons: ['rst_off'] },
      { name: 'RST On, SIP over UDP only', facts: { ...on, ...udpOnly }, outcome: 'hand_off', rule: 'udp_only', reasons: ['udp_only', 'rst_on'] },
      { name: 'RST unreadable', facts: unreadable, outcome: 'hand_off', rule: 'cannot_read_rst', reasons: ['rst_unknown'] },
    ] satisfies Row[],
  },
  {
    playbook: 'firewall_rst' as const,
    rows: [
      { name: 'RST On, the host firewall drops RST', facts: { ...on, ...firewall([RST_DROP, INVALID_DROP]) }, outcome: 'propose', rule: 'rst_on_dropped_here', reasons: ['rst_on', 'firewall_drops_rst'] },
      { name: 'RST On, no drop rule here (the firewall is elsewhere)', facts: { ...on, ...firewall([]) }, outcome: 'propose', rule: 'rst_on', reasons: ['rst_on'] },
      { name: 'RST On, turned On by a run', facts: on, history: [turnedOn], outcome: 'propose', rule: 'rst_on', reasons: ['rst_on', 'rst_turned_on_by'] },
      { name: 'RST Off, drop rules here', facts: firewall([RST_DROP, INVALID_DROP]), outcome: 'hand_off', rule: 'rst_off', reasons: ['rst_off', 'firewall_drops_rst', 'firewall_drops_invalid'] },
      { name: 'RST On, SIP over UDP only', facts: { ...on, ...udpOnly }, outcome: 'hand_off', rule: 'udp_only', reasons: ['udp_only', 'rst_on'] },
      { name: 'RST unreadable', facts: unreadable, outcome: 'hand_off', rule: 'cannot_read_rst', reasons: ['rst_unknown'] },
    ] satisfies Row[],
  },
])('$playbook decision table', ({ playbook, rows }) => {
  it.each(rows)('$name → $outcome ($rule)', (row: Row) => {
    const d = decideOn(playbook, row.facts, { ...(row.history ? { history: row.history } : {}) });
    expect([d.outcome, d.rule, d.reasons.map((r) => r.id)]).toEqual([row.outcome, row.rule, row.reasons]);
    if (row.outcome === 'propose') expect(kept(d)).toEqual(['rst_off']);
  });
});

describe('what the RST decisions say', () => {
  it('names the run that turned RST On', () => {
    const d = decideOn('nat_unregistered', on, { history: [turnedOn] });
    expect(d.reasons[1]).toEqual({ id: 'rst_turned_on_by', text: 'run R-42 turned SS_TCP_CLOSE_RESET On (2026-12-03 21:14 UTC)', facts: { runId: 'R-42', at: '2026-12-03T21:14:00Z' } });
  });

  it('notes a customer who believed RST Off when the file says On: the facts decide', () => {
    const d = decideOn('nat_unregistered', on, { customer: { rstOff: true } });
    expect([d.outcome, d.reasons.map((r) => r.id)]).toEqual(['propose', ['rst_on', 'rst_off_said']]);
  });

  it('names the firewall rule and its counters', () => {
    const d = decideOn('firewall_rst', { ...on, ...firewall([RST_DROP]) });
    expect(d.reasons[1]).toEqual({
      id: 'firewall_drops_rst',
      text: 'iptables INPUT: `-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP` (31 packets dropped so far)',
      facts: { tool: 'iptables', table: 'filter', chain: 'INPUT', rule: '-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP', packets: 31, bytes: 1240 },
    });
  });

  it('hands a NAT complaint with RST Off over with the keepalive advice', () => {
    const d = decideOn('nat_unregistered', {});
    if (d.outcome !== 'hand_off') throw new Error(d.outcome);
    expect(d.found[0]).toMatch(/^SS_TCP_CLOSE_RESET is already Off: RST close is not the cause/);
    expect(d.advice.join(' ')).toMatch(/NAT keepalive/);
    expect(d.advice.join(' ')).toMatch(/UDP/);
  });

  it('with RST Off, a firewall complaint lists the drop rules found', () => {
    const d = decideOn('firewall_rst', firewall([RST_DROP, INVALID_DROP]));
    if (d.outcome !== 'hand_off') throw new Error(d.outcome);
    expect(d.found.slice(1)).toEqual([
      'firewall rule iptables INPUT: `-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP` (31 packets dropped so far)',
      'firewall rule iptables INPUT: `-A INPUT -m conntrack --ctstate INVALID -j DROP` (7 packets dropped so far)',
    ]);
  });

  it('a rule read without counters (iptables -S) says so', () => {
    const d = decideOn('firewall_rst', { ...on, rstDrops: null, rstDropRules: ['-A INPUT -p tcp --tcp-flags RST RST -j DROP'] });
    expect(d.reasons[1]!.text).toBe('iptables INPUT: `-A INPUT -p tcp --tcp-flags RST RST -j DROP` (no counter)');
  });
});
