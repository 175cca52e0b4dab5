import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../executors/facts.js';
import type { CustomerSays, PastRun } from '../../../playbooks/decide/types.js';
import { CANNOT_ASSIGN, decideOn, exhausted, firewall, IN_USE_8080, INVALID_DROP, kept, leftOut, logs, OLD_IN_USE, past, quietHost, RST_DROP, RST_ON } from './fixtures.js';

const ALL = ['rst_on', 'tw_reuse', 'reserved_ports', 'port_range'];
const KERNEL = ['tw_reuse', 'reserved_ports', 'port_range'];
const noTcp = { sipListening: { ...quietHost.sipListening!, tcp: false }, sipTcpConnections: 0 };
const udpOnly = noTcp;
const tuned: Partial<Facts> = { tcpTwReuse: 1, portRange: { low: 1024, high: 65535, size: 64512 }, tcpCloseReset: 'On', reservedPorts: '1720,3306,5060,8080,45000' };

interface Row {
  readonly name: string;
  readonly facts: Partial<Facts>;
  readonly customer?: Partial<CustomerSays>;
  readonly history?: PastRun[];
  readonly outcome: string;
  readonly rule: string;
  readonly keep?: string[];
  readonly leftOut?: string[];
}

// One row per case an engineer would decide differently; the decision is checked whole.
const table: Row[] = [
  { name: 'TIME_WAIT fills the range', facts: exhausted, outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  { name: 'recent bind failures, few TIME_WAIT', facts: { bindFailures: logs([CANNOT_ASSIGN]) }, outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  { name: 'evidence, tagged nat-phones', facts: { ...exhausted, tags: ['nat-phones'] }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:nat_phones_tag'] },
  { name: 'evidence, the customer mentions NAT', facts: exhausted, customer: { natPhones: true }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:nat_phones_said'] },
  { name: 'evidence, SIP TLS connections', facts: { ...exhausted, sipTlsConnections: 12 }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:tls'] },
  { name: 'evidence, tagged tls', facts: { ...exhausted, tags: ['tls'] }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:tls'] },
  { name: 'evidence, SIP over UDP only', facts: { ...exhausted, ...udpOnly }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:udp_only'] },
  { name: 'evidence, customer says UDP only and no SIP TCP is seen', facts: { ...exhausted, sipListening: null, sipTcpConnections: 0 }, customer: { udpOnly: true }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:udp_only_said'] },
  { name: 'evidence, customer says UDP only but SIP TCP is in use', facts: exhausted, customer: { udpOnly: true }, outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  { name: 'evidence, the host firewall drops RST', facts: { ...exhausted, ...firewall([RST_DROP, INVALID_DROP]) }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:firewall_drops_rst'] },
  { name: 'evidence, an INVALID drop rule only', facts: { ...exhausted, ...firewall([INVALID_DROP]) }, outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  // A rejection is the customer memory's to hold (runs/memory-policy.ts), not the evidence's.
  { name: 'evidence, an engineer rejected RST On here', facts: exhausted, history: [past({ id: 'R-71', status: 'rejected', note: 'RST caused NAT trouble an hour ago', changes: RST_ON })], outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  // An undone run is no engineer's "no": RST close is proposed again, for an engineer to judge.
  { name: 'evidence, RST On was rolled back here', facts: exhausted, history: [past({ id: 'R-60', rolledBackBy: 'R-61', changes: RST_ON })], outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  // RST close already On where phones sit behind NAT is said, not passed over.
  { name: 'evidence, RST already On on a nat-phones server', facts: { ...exhausted, tcpCloseReset: 'On', tags: ['nat-phones'] }, outcome: 'propose_part', rule: 'exhausted_now', keep: KERNEL, leftOut: ['rst_on:nat_phones_tag'] },
  { name: 'evidence, the listening ports unknown', facts: { ...exhausted, listening: null }, outcome: 'propose_part', rule: 'exhausted_now', keep: ['rst_on', 'tw_reuse'], leftOut: ['port_range:listening_unknown'] },
  { name: 'evidence, a kernel without reserved ports', facts: { ...exhausted, reservedPorts: null }, outcome: 'propose_part', rule: 'exhausted_now', keep: ['rst_on', 'tw_reuse'], leftOut: ['port_range:cannot_reserve'] },
  { name: 'evidence, everything already tuned', facts: { ...exhausted, ...tuned, portRange: { low: 1024, high: 65535, size: 64512 }, timeWaitEphemeral: 60000 }, outcome: 'hand_off', rule: 'fix_in_place_still_exhausted' },
  { name: 'nothing now', facts: {}, outcome: 'watch', rule: 'not_seen_now' },
  { name: 'old bind failures only', facts: { bindFailures: logs([OLD_IN_USE]) }, outcome: 'watch', rule: 'not_seen_now' },
  { name: 'nothing now, asked as a question', facts: {}, customer: { asks: true }, outcome: 'nothing_to_change', rule: 'question_not_seen' },
  { name: 'nothing now, SIP over UDP only', facts: udpOnly, outcome: 'nothing_to_change', rule: 'udp_only_not_seen' },
  { name: 'nothing now, already tuned', facts: tuned, outcome: 'nothing_to_change', rule: 'tuned_not_seen' },
  { name: 'a bind failure on the port httpd listens on', facts: { bindFailures: logs([IN_USE_8080]) }, outcome: 'hand_off', rule: 'listening_port_conflict' },
  { name: 'a bind failure on a listening port while the range is full', facts: { ...exhausted, bindFailures: logs([IN_USE_8080]) }, outcome: 'propose', rule: 'exhausted_now', keep: ALL },
  { name: 'neither TIME_WAIT nor the logs readable', facts: { timeWaitCount: null, timeWaitEphemeral: null, bindFailures: null, unknown: { timeWait: 'neither ss nor netstat answered', bindFailures: 'cannot read the log directory /home/kunshi/mbx3000/log' } }, outcome: 'hand_off', rule: 'cannot_see' },
];

describe('port_exhaustion decision table', () => {
  it.each(table)('$name → $outcome ($rule)', (row) => {
    const d = decideOn('port_exhaustion', row.facts, { ...(row.customer ? { customer: row.customer } : {}), ...(row.history ? { history: row.history } : {}) });
    expect([d.outcome, d.rule]).toEqual([row.outcome, row.rule]);
    if (row.keep) expect(kept(d)).toEqual(row.keep);
    expect(leftOut(d)).toEqual(row.leftOut ?? []);
  });

  it('reserves every port the host listens on inside the wider range, merged with what is reserved', () => {
    const fresh = decideOn('port_exhaustion', exhausted);
    expect(fresh.outcome === 'propose' && fresh.reserve).toEqual({ added: [1720, 3306, 5060, 8080, 45000], value: '1720,3306,5060,8080,45000', range: '1024 65535' });
    const merged = decideOn('port_exhaustion', { ...exhausted, reservedPorts: '5060-5061,9000' });
    expect(merged.outcome === 'propose' && merged.reserve).toEqual({ added: [1720, 3306, 8080, 45000], value: '1720,3306,5060-5061,8080,9000,45000', range: '1024 65535' });
    // Nothing listening in the range: nothing to reserve, and the change is not planned.
    const none = decideOn('port_exhaustion', { ...exhausted, listening: quietHost.listening!.filter((l) => l.port < 1024) });
    expect(kept(none)).toEqual(['rst_on', 'tw_reuse', 'port_range']);
  });

  it('says which facts decided, in words and as data', () => {
    const d = decideOn('port_exhaustion', { ...exhausted, bindFailures: logs([CANNOT_ASSIGN]) });
    expect(d.reasons.map((r) => r.id)).toEqual(['time_wait_share_high', 'bind_failures_recent']);
    expect(d.reasons[0]).toEqual({ id: 'time_wait_share_high', text: '500 sockets in TIME_WAIT on the 500 local ports 40000–40499 (100%)', facts: { timeWaitEphemeral: 500, timeWait: 512, portRangeSize: 500, share: 1 } });
    expect(d.reasons[1]!.text).toBe('1 bind failure in the softswitch log in the last hour, the newest at 21:14: "[sip] tcp connect to trunk 1 failed: connect EADDRNOTAVAIL 127.0.0.1:39999 - Local (0.0.0.0:0): Cannot assign requested address"');
  });

  it('names the process on the port a bind failure names, and what to do', () => {
    const d = decideOn('port_exhaustion', { bindFailures: logs([IN_USE_8080]) });
    if (d.outcome !== 'hand_off') throw new Error(d.outcome);
    expect(d.found[0]).toMatch(/^the bind failures name port 8080, which httpd \(pid \d+\) listens on \(TCP\)/);
    expect(d.found[1]).toBe('300 sockets in TIME_WAIT on the 28,232 local ports 32768–60999 (1%)');
    expect(d.reasons[0]).toMatchObject({ id: 'bind_failure_listening_port', facts: { port: 8080, process: 'httpd' } });
    expect(d.advice.join(' ')).toMatch(/another port/);
  });

  it('says what was seen when it is not there now, and what to watch for', () => {
    const d = decideOn('port_exhaustion', {}, { customer: { timeWait: 41000 } });
    if (d.outcome !== 'watch') throw new Error(d.outcome);
    expect(d.seen).toEqual(['300 sockets in TIME_WAIT on the 28,232 local ports 32768–60999 (1%)', 'no bind errors in the softswitch log', 'you mentioned 41,000 in TIME_WAIT; right now there are 300']);
    expect(d.watchFor.map((w) => [w.signal, w.atLeast])).toEqual([['time_wait_share', 0.5], ['bind_failures_last_hour', 1]]);
    const old = decideOn('port_exhaustion', { bindFailures: logs([OLD_IN_USE]) });
    expect(old.outcome === 'watch' && old.seen[1]).toBe('no bind errors in the last hour (the newest, at 09:02, was older)');
  });

  it('an engineer asking for the fix as prevention gets it without evidence, with the same trims', () => {
    expect(kept(decideOn('port_exhaustion', {}, { mode: 'prevention' }))).toEqual(ALL);
    const nat = decideOn('port_exhaustion', { tags: ['nat-phones'] }, { mode: 'prevention' });
    expect([nat.outcome, nat.rule, leftOut(nat)]).toEqual(['propose_part', 'prevention', ['rst_on:nat_phones_tag']]);
  });
});
