import { rstReason } from './signals.js';
import { dropLines, readRst, rstOnReasons, rstPreconditions, type RstReadings } from './rst-off.js';
import type { DecisionTable } from './table.js';

const FIREWALL_ADVICE = ['Allow TCP RST for SIP (5060/5061) in the stateful firewall, in both directions, before turning RST close On again.'];

/**
 * firewall_rst: RST On is turned Off, naming the host rule that drops the RSTs (with its
 * counters) when there is one; with RST already Off the firewall drops something else.
 */
export const firewallRstTable: DecisionTable<RstReadings> = {
  read: readRst,
  trims: [],
  rows: [
    ...rstPreconditions(FIREWALL_ADVICE),
    {
      rule: 'rst_on_dropped_here',
      when: (s) => s.rst === 'On' && s.pending.length > 0 && !!s.drops?.rst.length,
      then: 'propose',
      because: (s) => [...rstOnReasons(s), ...s.drops!.rst],
    },
    { rule: 'rst_on', when: (s) => s.rst === 'On' && s.pending.length > 0, then: 'propose', because: rstOnReasons },
    {
      rule: 'rst_off',
      when: () => true,
      then: 'hand_off',
      because: (s) => [rstReason(s.input.facts), ...(s.drops?.rst ?? []), ...(s.drops?.invalid ?? [])],
      found: (s) => [`${rstReason(s.input.facts).text}: the firewall is failing calls for another reason`, ...dropLines(s)],
      advice: () => ['Check what the firewall logs drop for the failing calls (ports, addresses, INVALID state).'],
    },
  ],
};
