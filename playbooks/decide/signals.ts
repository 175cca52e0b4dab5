import type { BindFailureLineFact, Facts, ListenerFact, RstDropFact } from '../../executors/facts.js';
import { formatCount } from '../format-count.js';
import type { PastRun, Reason } from './types.js';

// The readings an engineer takes from the facts, each with the words that quote it. Pure.

/** A share of the ephemeral range in TIME_WAIT from which new connections start to fail. */
export const EXHAUSTED_SHARE = 0.5;
/** How far back the history counts (a rejection, the run that turned RST On). */
export const HISTORY_DAYS = 14;

const n = formatCount;
const pct = (x: number) => `${Math.round(x * 100)}%`;
const time = (at: string | null) => (at ? at.slice(11, 16) : null);

/** TIME_WAIT against the ephemeral port range. */
export interface TimeWaitReading {
  /** Sockets in TIME_WAIT on ephemeral ports (all TIME_WAIT where the split is not known). */
  readonly count: number;
  readonly total: number;
  readonly rangeSize: number;
  readonly share: number;
  readonly range: string;
}

export function timeWait(f: Facts): TimeWaitReading | null {
  if (f.timeWaitCount === null || !f.portRange) return null;
  const count = f.timeWaitEphemeral ?? f.timeWaitCount;
  return { count, total: f.timeWaitCount, rangeSize: f.portRange.size, share: count / f.portRange.size, range: `${f.portRange.low}–${f.portRange.high}` };
}

export function timeWaitReason(t: TimeWaitReading): Reason {
  return {
    id: t.share >= EXHAUSTED_SHARE ? 'time_wait_share_high' : 'time_wait_share_low',
    text: `${n(t.count)} sockets in TIME_WAIT on the ${n(t.rangeSize)} local ports ${t.range} (${pct(t.share)})`,
    facts: { timeWaitEphemeral: t.count, timeWait: t.total, portRangeSize: t.rangeSize, share: Math.round(t.share * 1000) / 1000 },
  };
}

/** A bind failure on a port a process listens on: that service's own port, not the ephemeral range. */
export interface PortConflict {
  readonly port: number;
  readonly lines: number;
  readonly holders: readonly ListenerFact[];
  readonly newest: BindFailureLineFact;
}

/** Recent bind failures, split into the ephemeral kind and conflicts on a listening port. */
export interface BindReading {
  readonly lastHour: number;
  readonly count: number;
  /** Recent lines of the sample that do not name a port a process listens on. */
  readonly ephemeral: number;
  readonly conflicts: readonly PortConflict[];
  readonly newest: BindFailureLineFact | null;
}

export function bindFailures(f: Facts): BindReading | null {
  const b = f.bindFailures;
  if (!b) return null;
  const recent = b.sample.filter((l) => l.recent);
  const byPort = new Map<number, BindFailureLineFact[]>();
  let ephemeral = 0;
  for (const l of recent) {
    const holders = l.kind !== 'cannot_assign' && l.port !== null ? (f.listening ?? []).filter((x) => x.port === l.port) : [];
    if (holders.length) byPort.set(l.port!, [...(byPort.get(l.port!) ?? []), l]);
    else ephemeral++;
  }
  const conflicts = [...byPort.entries()].map(([port, lines]) => ({ port, lines: lines.length, holders: (f.listening ?? []).filter((x) => x.port === port), newest: lines[lines.length - 1]! }));
  // The sample is the newest lines only: when all of it is ephemeral, so is the rest of the hour.
  const ephemeralCount = recent.length && ephemeral === recent.length ? b.lastHour : ephemeral;
  return { lastHour: b.lastHour, count: b.count, ephemeral: ephemeralCount, conflicts, newest: b.newest };
}

/** A log line without its time stamp, quoted; a long one is cut at a word, with an ellipsis. */
function quote(l: BindFailureLineFact): string {
  const t = l.text.replace(/^\S+ \S+ /, '');
  return `"${t.length <= 160 ? t : `${t.slice(0, t.lastIndexOf(' ', 160))}…`}"`;
}

export function bindReason(b: BindReading): Reason {
  if (b.ephemeral > 0) {
    return {
      id: 'bind_failures_recent',
      text: `${n(b.lastHour)} bind failure${b.lastHour === 1 ? '' : 's'} in the softswitch log in the last hour${b.newest ? `, the newest at ${time(b.newest.at) ?? '?'}: ${quote(b.newest)}` : ''}`,
      facts: { lastHour: b.lastHour, ephemeral: b.ephemeral, newestAt: b.newest?.at ?? null, newest: b.newest?.text ?? null },
    };
  }
  return {
    id: 'no_bind_failures_recent',
    text: b.count ? `no bind errors in the last hour (the newest, at ${time(b.newest?.at ?? null) ?? 'an unknown time'}, was older)` : 'no bind errors in the softswitch log',
    facts: { lastHour: b.lastHour, count: b.count, newestAt: b.newest?.at ?? null },
  };
}

const holderName = (h: ListenerFact) => `${h.process ?? 'a process'}${h.pid !== null ? ` (pid ${h.pid})` : ''}`;

export function conflictReason(c: PortConflict): Reason {
  const who = [...new Set(c.holders.map(holderName))].join(', ');
  return {
    id: 'bind_failure_listening_port',
    text: `the bind failures name port ${c.port}, which ${who} listens on (${c.holders.map((h) => h.proto.toUpperCase()).filter((v, i, a) => a.indexOf(v) === i).join('/')}): a service cannot start on its own port, not a shortage of ephemeral ports`,
    facts: { port: c.port, lines: c.lines, process: c.holders[0]?.process ?? null, pid: c.holders[0]?.pid ?? null, newest: c.newest.text },
  };
}

/** How SIP reaches the softswitch, from the listening ports and the open connections. */
export interface SipReading {
  /** UDP listener on a SIP port, no TCP or TLS listener, no SIP TCP connection. */
  readonly udpOnly: boolean;
  readonly tcp: boolean;
  readonly tls: boolean;
  /** Nothing listens on a SIP port we know of (another port, or the softswitch is down). */
  readonly unseen: boolean;
}

export function sip(f: Facts): SipReading | null {
  const l = f.sipListening;
  if (!l) return null;
  const tcpConns = (f.sipTcpConnections ?? 0) > 0;
  const tlsConns = (f.sipTlsConnections ?? 0) > 0;
  return { udpOnly: l.udp && !l.tcp && !l.tls && !tcpConns && !tlsConns, tcp: l.tcp || tcpConns, tls: l.tls || tlsConns, unseen: !l.udp && !l.tcp && !l.tls };
}

export function udpOnlyReason(f: Facts): Reason {
  const ports = f.sipListening?.ports.udp.join(', ') ?? '5060';
  return { id: 'udp_only', text: `SIP runs over UDP only here (UDP ${ports} open, no SIP TCP or TLS listener or connection): SS_TCP_CLOSE_RESET has no effect on it`, facts: { udp: true, tcp: false, tls: false, sipTcpConnections: f.sipTcpConnections ?? null } };
}

export function tlsReason(f: Facts): Reason {
  const conns = f.sipTlsConnections ?? 0;
  const listens = f.sipListening?.tls ?? false;
  const tagged = f.tags.includes('tls');
  const what = [conns > 0 ? `${n(conns)} SIP TLS connection${conns === 1 ? '' : 's'}` : null, listens ? `listening on TLS ${f.sipListening!.ports.tls.join(', ')}` : null, tagged ? 'tagged tls' : null].filter(Boolean).join(', ');
  return { id: 'tls', text: `SIP over TLS on this server (${what}): RST would skip the TLS close_notify`, facts: { sipTlsConnections: conns, tlsListening: listens, taggedTls: tagged } };
}

/** Rules that drop TCP RST itself (INVALID-state rules catch some RSTs too, and are listed apart). */
export function rstDrops(f: Facts): { rst: RstDropFact[]; invalid: RstDropFact[] } | null {
  if (!f.rstDrops) return f.rstDropRules ? { rst: f.rstDropRules.filter((r) => /RST/i.test(r)).map(legacyRule), invalid: f.rstDropRules.filter((r) => !/RST/i.test(r)).map(legacyRule) } : null;
  return { rst: f.rstDrops.filter((r) => /\brst\b/i.test(r.rule)), invalid: f.rstDrops.filter((r) => !/\brst\b/i.test(r.rule)) };
}

const legacyRule = (rule: string): RstDropFact => ({ tool: 'iptables', table: 'filter', chain: /^-A (\S+)/.exec(rule)?.[1] ?? null, rule, packets: null, bytes: null });

const counters = (r: RstDropFact) => (r.packets === null ? 'no counter' : `${n(r.packets)} packet${r.packets === 1 ? '' : 's'} dropped so far`);

export function dropRuleReason(r: RstDropFact, id = 'firewall_drops_rst'): Reason {
  return {
    id,
    text: `${r.tool === 'nft' ? `nft ${r.table}` : 'iptables'}${r.chain ? ` ${r.chain}` : ''}: \`${r.rule}\` (${counters(r)})`,
    facts: { tool: r.tool, table: r.table, chain: r.chain, rule: r.rule, packets: r.packets, bytes: r.bytes },
  };
}

export const rstReason = (f: Facts): Reason => ({
  id: f.tcpCloseReset === 'On' ? 'rst_on' : 'rst_off',
  text: f.tcpCloseReset === 'On' ? 'SS_TCP_CLOSE_RESET = On: SIP TCP connections are closed with RST' : 'SS_TCP_CLOSE_RESET is already Off: RST close is not the cause',
  facts: { tcpCloseReset: f.tcpCloseReset, raw: f.tcpCloseResetRaw },
});

/** Whether a past run turned RST On (applied and not undone). */
const turnedRstOn = (r: PastRun) => r.kind === 'remediate' && r.status === 'succeeded' && !r.rolledBackBy && r.changes.some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On' && c.changed);

const within = (r: PastRun, now: Date) => now.getTime() - Date.parse(r.at) <= HISTORY_DAYS * 24 * 3600_000;

/** The newest run that turned RST On and was not undone since. */
export function rstCulprit(history: readonly PastRun[], now: Date): PastRun | null {
  return history.find((r) => within(r, now) && turnedRstOn(r)) ?? null;
}

export const culpritReason = (r: PastRun): Reason => ({
  id: 'rst_turned_on_by',
  text: `run ${r.id} turned SS_TCP_CLOSE_RESET On (${r.at.slice(0, 16).replace('T', ' ')} UTC)`,
  facts: { runId: r.id, at: r.at },
});

