import { rstReason } from './signals.js';
import { readRst, rstOnReasons, rstPreconditions, type RstReadings } from './rst-off.js';
import type { DecisionTable } from './table.js';

const NAT_ADVICE = [
  'Enable NAT keepalive on the phones (or SS_NAT_KEEPALIVE on the softswitch) so their NAT bindings stay open.',
  'Consider SIP over UDP for the endpoints behind NAT.',
];

/**
 * nat_unregistered: RST close On is the one cause this playbook fixes; when it is Off (or SIP
 * runs over UDP only) RST is not the cause, and the customer gets the NAT advice from a person.
 */
export const natUnregisteredTable: DecisionTable<RstReadings> = {
  read: readRst,
  trims: [],
  rows: [
    ...rstPreconditions(NAT_ADVICE),
    { rule: 'rst_on', when: (s) => s.rst === 'On' && s.pending.length > 0, then: 'propose', because: rstOnReasons },
    {
      rule: 'rst_off',
      when: () => true,
      then: 'hand_off',
      because: (s) => [rstReason(s.input.facts)],
      found: (s) => [`${rstReason(s.input.facts).text}; phones behind NAT lose registration for another reason (NAT binding timeouts, keepalive)`],
      advice: () => NAT_ADVICE,
    },
  ],
};
