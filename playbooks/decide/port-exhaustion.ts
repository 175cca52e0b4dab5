import { addPorts, formatPortList, listHas, parsePortList } from '../../executors/changes/port-list.js';
import type { Facts } from '../../executors/facts.js';
import { formatCount } from '../format-count.js';
import {
  bindFailures,
  bindReason,
  conflictReason,
  dropRuleReason,
  EXHAUSTED_SHARE,
  rstDrops,
  sip,
  timeWait,
  timeWaitReason,
  tlsReason,
  udpOnlyReason,
  type BindReading,
  type SipReading,
  type TimeWaitReading,
} from './signals.js';
import type { DecisionTable, Seen } from './table.js';
import type { DecisionInput, Reason, WatchSignal } from './types.js';

/** The range the playbook widens to (its port_range change). */
const TARGET_RANGE: readonly [number, number] = [1024, 65535];

interface Readings {
  readonly tw: TimeWaitReading | null;
  readonly bind: BindReading | null;
  readonly sip: SipReading | null;
  /** TIME_WAIT fills the range, or the logs show bind failures of the ephemeral kind in the last hour. */
  readonly exhausted: boolean;
  /** Neither TIME_WAIT nor the logs could be read: no evidence either way. */
  readonly blind: boolean;
}

type S = Seen<Readings>;

const evidence = (s: Readings): Reason[] => [
  ...(s.tw ? [timeWaitReason(s.tw)] : []),
  ...(s.bind ? [bindReason(s.bind)] : []),
];

/** What was seen, for a customer: "312 sockets in TIME_WAIT (1 %…)", "no bind errors in the last hour". */
const seenLines = (s: S): string[] => {
  const lines = evidence(s).map((r) => r.text);
  const said = s.input.customer.timeWait;
  if (said !== null && s.tw && said > s.tw.total * 2) lines.push(`you mentioned ${formatCount(said)} in TIME_WAIT; right now there are ${formatCount(s.tw.total)}`);
  if (!s.tw) lines.push(`TIME_WAIT could not be counted (${s.input.facts.unknown.timeWait ?? 'not read'})`);
  if (!s.bind) lines.push(`the softswitch logs could not be read (${s.input.facts.unknown.bindFailures ?? 'not read'})`);
  return lines;
};

const WATCH_FOR: readonly WatchSignal[] = [
  { signal: 'time_wait_share', atLeast: EXHAUSTED_SHARE, text: `TIME_WAIT above ${EXHAUSTED_SHARE * 100}% of the local port range` },
  { signal: 'bind_failures_last_hour', atLeast: 1, text: 'a bind failure in the softswitch log' },
];

const ADVICE_CONFLICT = [
  'Stop the other program on that port, or move one of the two to another port, then restart the service that failed.',
];

/** The tuning the kept changes would leave: nothing pending means the fix is already in place. */
const inPlace = (s: S) => s.pending.length === 0;

/** True when the port_range change makes the range wider than it is (or it is unknown). */
const widens = (r: Facts['portRange']) => !r || r.low > TARGET_RANGE[0] || r.high < TARGET_RANGE[1];

/** Ports the host listens on inside the range the port_range change widens to, merged with what is reserved. */
function reserve(_s: Readings, kept: readonly string[], input: DecisionInput) {
  const f = input.facts;
  if (!kept.includes('port_range') || !f.listening || !widens(f.portRange)) return null;
  const [low, high] = TARGET_RANGE;
  const current = parsePortList(f.reservedPorts ?? '') ?? [];
  const inRange = [...new Set(f.listening.map((l) => l.port))].filter((p) => p >= low && p <= high).sort((a, b) => a - b);
  const added = inRange.filter((p) => !listHas(current, p));
  if (inRange.length === 0) return null;
  return { added, value: formatPortList(addPorts(current, inRange)), range: `${low} ${high}` };
}

/** Would the port_range change take ports the host listens on, with no way to know or to reserve them? */
function rangeUnsafe(_s: Readings, input: DecisionInput): Reason | null {
  const f = input.facts;
  if (!widens(f.portRange)) return null;
  if (!f.listening) {
    return { id: 'listening_unknown', text: `the port range stays as it is: the listening ports could not be listed (${f.unknown.listening ?? 'not read'}), so a wider range could hand a service's port to an outgoing connection`, facts: { listening: null } };
  }
  if (f.reservedPorts === null || f.reservedPorts === undefined) {
    const at = f.listening.map((l) => l.port).filter((p) => p >= TARGET_RANGE[0] && p <= TARGET_RANGE[1]);
    if (at.length === 0) return null;
    return { id: 'cannot_reserve', text: `the port range stays as it is: this kernel cannot reserve ports (${f.unknown['net.ipv4.ip_local_reserved_ports'] ?? 'no ip_local_reserved_ports'}), and services listen on ${[...new Set(at)].slice(0, 8).join(', ')} inside the wider range`, facts: { reservedPorts: null, listeningInRange: at.length } };
  }
  return null;
}

/**
 * port_exhaustion: propose only with evidence now (TIME_WAIT filling the ephemeral range, or
 * recent bind failures of the ephemeral kind); a bind failure on a service's own port is
 * another problem; RST close is left out where NAT phones, TLS, UDP only, a firewall that
 * drops RST, or an engineer's earlier "no" speak against it.
 */
export const portExhaustionTable: DecisionTable<Readings> = {
  read({ facts }) {
    const tw = timeWait(facts);
    const bind = bindFailures(facts);
    return {
      tw,
      bind,
      sip: sip(facts),
      exhausted: (tw !== null && tw.share >= EXHAUSTED_SHARE) || (bind !== null && bind.ephemeral > 0),
      blind: tw === null && bind === null,
    };
  },
  trims: [
    { change: 'rst_on', when: (_s, { facts }) => (facts.tags.includes('nat-phones') ? { id: 'nat_phones_tag', text: 'RST close stays Off: this server has phones behind NAT (tagged nat-phones), which RST would unregister', facts: { tag: 'nat-phones' } } : null) },
    { change: 'rst_on', when: (_s, { customer }) => (customer.natPhones ? { id: 'nat_phones_said', text: 'RST close stays Off: you mentioned phones behind NAT, which RST would unregister', facts: { natPhones: true } } : null) },
    { change: 'rst_on', when: (s, { facts }) => (facts.tags.includes('tls') || s.sip?.tls || (facts.sipTlsConnections ?? 0) > 0 ? { ...tlsReason(facts), text: `RST close stays Off: ${tlsReason(facts).text}` } : null) },
    { change: 'rst_on', when: (s, { facts }) => (s.sip?.udpOnly ? { ...udpOnlyReason(facts), text: `RST close is left out: ${udpOnlyReason(facts).text}` } : null) },
    {
      change: 'rst_on',
      when: (s, { customer, facts }) =>
        customer.udpOnly && !s.sip?.tcp && !(facts.sipTcpConnections ?? 0) ? { id: 'udp_only_said', text: 'RST close is left out: you said SIP runs over UDP only, and no SIP TCP connection is open here; RST has no effect on UDP', facts: { udpOnlySaid: true, sipTcpConnections: facts.sipTcpConnections ?? null } } : null,
    },
    {
      change: 'rst_on',
      when: (_s, { facts }) => {
        const rule = rstDrops(facts)?.rst[0];
        return rule ? { ...dropRuleReason(rule), text: `RST close stays Off: a firewall rule here drops RST packets, so RST close would make calls fail — ${dropRuleReason(rule).text}` } : null;
      },
    },
    { change: 'port_range', when: rangeUnsafe },
  ],
  derive: reserve,
  rows: [
    {
      rule: 'cannot_see',
      when: (s) => s.blind,
      then: 'hand_off',
      because: (s) => [{ id: 'blind', text: 'neither TIME_WAIT nor the softswitch logs could be read', facts: { timeWait: s.input.facts.unknown.timeWait ?? null, logs: s.input.facts.unknown.bindFailures ?? null } }],
      found: (s) => [`I could not read the evidence on this server: ${[s.input.facts.unknown.timeWait, s.input.facts.unknown.bindFailures].filter(Boolean).join('; ') || 'no TIME_WAIT count, no logs'}`],
      advice: () => ['An engineer should look at `ss -s` and the softswitch log on the server.'],
    },
    {
      rule: 'listening_port_conflict',
      when: (s) => !!s.bind && s.bind.conflicts.length > 0 && !s.exhausted,
      then: 'hand_off',
      because: (s) => [...s.bind!.conflicts.map(conflictReason), ...(s.tw ? [timeWaitReason(s.tw)] : [])],
      found: (s) => [...s.bind!.conflicts.map((c) => conflictReason(c).text), ...(s.tw ? [timeWaitReason(s.tw).text] : [])],
      advice: () => ADVICE_CONFLICT,
    },
    {
      rule: 'fix_in_place_still_exhausted',
      when: (s) => s.exhausted && inPlace(s),
      then: 'hand_off',
      because: (s) => evidence(s),
      found: (s) => [
        ...evidence(s).map((r) => r.text),
        s.leftOut.length ? `what is left of the fix here is already in place; ${s.leftOut.map((l) => l.reason).join('; ')}` : 'the kernel tuning and RST close are already in place, and the ports still run out: something else holds them (a connection leak, a flood of outgoing connections)',
      ],
      advice: () => ['An engineer should see which program opens the connections (`ss -tanp state time-wait`, `ss -tanp`).'],
    },
    {
      rule: 'exhausted_now',
      when: (s) => s.exhausted,
      then: 'propose',
      because: (s) => evidence(s).filter((r) => r.id === 'time_wait_share_high' || r.id === 'bind_failures_recent'),
    },
    {
      rule: 'question_not_seen',
      when: (s) => s.input.customer.asks,
      then: 'nothing_to_change',
      because: evidence,
      seen: seenLines,
    },
    {
      rule: 'udp_only_not_seen',
      when: (s) => !!s.sip?.udpOnly,
      then: 'nothing_to_change',
      because: (s) => [...evidence(s), udpOnlyReason(s.input.facts)],
      seen: (s) => [...seenLines(s), udpOnlyReason(s.input.facts).text],
    },
    {
      rule: 'tuned_not_seen',
      when: inPlace,
      then: 'nothing_to_change',
      because: evidence,
      seen: (s) => [...seenLines(s), 'the kernel tuning is already in place'],
    },
    {
      rule: 'not_seen_now',
      when: () => true,
      then: 'watch',
      because: evidence,
      seen: seenLines,
      watchFor: WATCH_FOR,
    },
  ],
};
