import type { Facts } from '../../executors/facts.js';
import { nothingSaid, type Said } from '../../runs/memory.js';
import { rstGuard, type RstGuard } from '../../runs/rst-guard.js';
import { DEFAULT_PORTS } from './advice.js';
import { formatCount } from '../../playbooks/format-count.js';

/** How full the local port range may get before a health check calls it out. */
export const HEADROOM = {
  /** From this share of the port range in TIME_WAIT on, new connections are at risk. */
  critical: 0.8,
  /** From this share on, it is tight at peak. */
  tight: 0.5,
} as const;

/** A concern the health check found, most serious first; `symptom` says what the customer would see. */
export interface HealthConcern {
  readonly id: 'ports_critical' | 'ports_tight' | 'rst_with_nat' | 'rst_with_tls' | 'rst_dropped';
  readonly symptom: string;
}

/** What the numbers of one diagnosis mean: the lines to show and the concerns behind them (pure). */
export interface HealthReading {
  readonly lines: readonly string[];
  readonly concerns: readonly HealthConcern[];
  /** The NAT/TLS guard on SS_TCP_CLOSE_RESET here, worded as the proposal and the dashboard word it. */
  readonly guard: RstGuard | null;
}

const n = formatCount;
const rulesDrop = (k: number) => (k === 1 ? '1 firewall rule here drops' : `${k} firewall rules here drop`);
const pct = (x: number) => (x > 0 && x < 0.01 ? '<1 %' : `${Math.round(x * 100)} %`);

/**
 * Reads diagnosed facts the way an engineer would: TIME_WAIT against the port range,
 * SS_TCP_CLOSE_RESET against what the server is known for (NAT phones, TLS: the config, the
 * server, and what the customer told us) and its firewall, and the kernel values. Pure; the
 * wording fits a phone screen.
 *
 * ```ts
 * readHealth(facts).lines[0] // '• TIME_WAIT 27,904 of 28,232 local ports (99 %): close to exhaustion'
 * ```
 */
export function readHealth(facts: Facts, said: Said = nothingSaid, now: Date = new Date()): HealthReading {
  const lines: string[] = [];
  const concerns: HealthConcern[] = [];
  const guard = rstGuard(facts, said, now);
  const says = guard ? `. ${guard.text}` : '';

  // TIME_WAIT against the local port range: each socket in TIME_WAIT holds one port for 60 s.
  const range = facts.portRange;
  if (facts.timeWaitCount !== null && range) {
    const share = facts.timeWaitCount / range.size;
    let meaning = 'plenty of headroom';
    if (share >= HEADROOM.critical) {
      meaning = 'close to exhaustion';
      concerns.push({ id: 'ports_critical', symptom: 'new TCP connections may fail with "address already in use"' });
    } else if (share >= HEADROOM.tight) {
      meaning = 'tight at peak';
      concerns.push({ id: 'ports_tight', symptom: 'a busier hour could run out of ports ("address already in use")' });
    }
    lines.push(`• TIME_WAIT ${n(facts.timeWaitCount)} of ${n(range.size)} local ports (${pct(share)}): ${meaning}`);
  } else if (facts.timeWaitCount !== null) {
    lines.push(`• TIME_WAIT ${n(facts.timeWaitCount)} (port range unreadable)`);
  } else {
    lines.push('• TIME_WAIT: could not count it');
  }

  // The close mode against what the server is known for: the same sentence as the proposal's.
  const rst = facts.tcpCloseReset;
  if (rst === 'On') {
    if (guard?.nat) concerns.push({ id: 'rst_with_nat', symptom: 'phones behind NAT may show unregistered' });
    if (guard?.tls) concerns.push({ id: 'rst_with_tls', symptom: 'TLS peers may log truncated sessions' });
    const drops = facts.rstDropRules && facts.rstDropRules.length > 0 ? facts.rstDropRules.length : 0;
    if (drops) concerns.push({ id: 'rst_dropped', symptom: 'calls may fail when the firewall eats the resets' });
    lines.push(`• SS_TCP_CLOSE_RESET = On (RST close, no TIME_WAIT)${says}${drops ? `${guard ? ' Also' : ' — but'} ${rulesDrop(drops)} RST/INVALID packets` : ''}`);
  } else if (rst === 'Off') {
    lines.push(`• SS_TCP_CLOSE_RESET = Off (FIN close, the default)${says}`);
  } else {
    lines.push(`• SS_TCP_CLOSE_RESET: could not read it${facts.unknown.tcpCloseReset ? ` (${facts.unknown.tcpCloseReset})` : ''}${says}`);
  }
  // What the customer told us that the server's own figures speak against is said, not hidden.
  if (said.udpOnly?.value === true && (facts.sipTcpConnections ?? 0) > 0) lines.push(`• The customer told us SIP over UDP only, but ${facts.sipTcpConnections} SIP TCP connections were open when read`);

  if (facts.sipTcpConnections !== null || facts.sipTlsConnections !== null) {
    lines.push(`• SIP connections now: ${facts.sipTcpConnections ?? '?'} over TCP, ${facts.sipTlsConnections ?? '?'} over TLS`);
  }

  // Kernel values and what they do.
  const reuse = facts.tcpTwReuse;
  const reuseMeaning = reuse === 1 ? 'outgoing connections reuse TIME_WAIT ports' : reuse === 0 ? 'TIME_WAIT ports are not reused' : reuse === 2 ? 'reuse on loopback only' : 'unknown';
  const rangeText = range ? `ports ${range.low}–${range.high}${range.size < DEFAULT_PORTS ? ' (narrower than the default)' : range.size > DEFAULT_PORTS ? ' (widened)' : ' (default)'}` : 'port range unknown';
  lines.push(`• Kernel: tcp_tw_reuse = ${reuse ?? '?'} (${reuseMeaning}), ${rangeText}`);

  if (facts.rstDropRules === null) lines.push('• Firewall: could not read the rules');
  else if (facts.rstDropRules.length === 0) lines.push('• Firewall: no rule drops RST packets');
  else if (rst !== 'On') lines.push(`• Firewall: ${rulesDrop(facts.rstDropRules.length)} RST/INVALID packets (harmless while RST is Off)`);

  return { lines, concerns, guard };
}

/**
 * The health check's answer for the chat (and the engineers' `check`): the figures with their
 * meaning, that nothing was changed, and what to say if a concern turns into a problem. `said`:
 * what the customer told us about the server, held against the figures.
 */
export function healthReport(serverName: string, runId: string, facts: Facts, said: Said = nothingSaid, now: Date = new Date()): string {
  const { lines, concerns } = readHealth(facts, said, now);
  const first = concerns[0];
  // RST On against NAT phones or TLS is not a risk to watch for: the setting is wrong for them.
  const verdict = !first
    ? 'All within limits for SIP over TCP; nothing needs changing.'
    : first.id === 'rst_with_nat' || first.id === 'rst_with_tls'
      ? `Watch out: ${first.symptom}; SS_TCP_CLOSE_RESET should be Off here.`
      : `Watch out: ${first.symptom}. If that happens, tell me and I will propose a fix for an engineer to approve.`;
  return [`${serverName} right now (read-only check, run ${runId}; nothing was changed):`, ...lines, verdict].join('\n');
}
