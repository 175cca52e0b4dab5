import { culpritReason, dropRuleReason, rstCulprit, rstDrops, rstReason, sip, udpOnlyReason, type SipReading } from './signals.js';
import type { Row, Seen } from './table.js';
import type { DecisionInput, PastRun, Reason } from './types.js';

// What nat_unregistered and firewall_rst share: both turn RST close Off, so both ask first
// whether RST close can be the cause here at all.

export interface RstReadings {
  readonly rst: 'On' | 'Off' | null;
  readonly sip: SipReading | null;
  /** The run that turned RST On (applied, not undone), if the history has one. */
  readonly culprit: PastRun | null;
  /** Host firewall rules that drop RST, and those that drop INVALID packets. */
  readonly drops: { rst: Reason[]; invalid: Reason[] } | null;
}

export function readRst({ facts, history, now }: DecisionInput): RstReadings {
  const d = rstDrops(facts);
  return {
    rst: facts.tcpCloseReset,
    sip: sip(facts),
    culprit: rstCulprit(history, now),
    drops: d && { rst: d.rst.map((r) => dropRuleReason(r)), invalid: d.invalid.map((r) => dropRuleReason(r, 'firewall_drops_invalid')) },
  };
}

type S = Seen<RstReadings>;

/** RST On, the run that turned it On when there is one, and a customer who believed it Off. */
export const rstOnReasons = (s: S): Reason[] => [
  rstReason(s.input.facts),
  ...(s.culprit ? [culpritReason(s.culprit)] : []),
  ...(s.input.customer.rstOff ? [{ id: 'rst_off_said', text: 'you said RST close is off, but softswitch.conf has SS_TCP_CLOSE_RESET On', facts: { rstOffSaid: true, tcpCloseResetRaw: s.input.facts.tcpCloseResetRaw } }] : []),
];

/** The rows every RST-Off table starts with: RST unreadable, SIP over UDP only. */
export function rstPreconditions(advice: readonly string[]): Row<RstReadings>[] {
  return [
    {
      rule: 'cannot_read_rst',
      when: (s) => s.rst === null,
      then: 'hand_off',
      because: (s) => [{ id: 'rst_unknown', text: `SS_TCP_CLOSE_RESET could not be read (${s.input.facts.unknown.tcpCloseReset ?? s.input.facts.unknown.conf ?? 'not read'})`, facts: { tcpCloseReset: null } }],
      found: (s) => [`SS_TCP_CLOSE_RESET could not be read on this server (${s.input.facts.unknown.tcpCloseReset ?? s.input.facts.unknown.conf ?? 'not read'})`],
      advice: () => [...advice],
    },
    {
      rule: 'udp_only',
      when: (s) => !!s.sip?.udpOnly,
      then: 'hand_off',
      because: (s) => [udpOnlyReason(s.input.facts), rstReason(s.input.facts)],
      found: (s) => [`${udpOnlyReason(s.input.facts).text}, so it is not the cause (it is ${s.rst})`, ...dropLines(s)],
      advice: () => [...advice],
    },
  ];
}

/** The host's RST/INVALID drop rules with their counters, in words. */
export const dropLines = (s: Pick<RstReadings, 'drops'>): string[] => [...(s.drops?.rst ?? []), ...(s.drops?.invalid ?? [])].map((r) => `firewall rule ${r.text}`);
