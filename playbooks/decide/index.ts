// Decisions: from the facts, what the customer said and the server's history, what to do
// (propose, propose part, nothing to change, watch, hand off), one table per playbook.
import type { PlaybookId } from '../ids.js';
import type { PlaybookSpec } from '../spec.js';
import { firewallRstTable } from './firewall-rst.js';
import { natUnregisteredTable } from './nat-unregistered.js';
import { portExhaustionTable } from './port-exhaustion.js';
import { runTable } from './table.js';
import type { Decision, DecisionInput } from './types.js';

export * from './types.js';
export { currentValue } from './table.js';

const tables: Readonly<Record<PlaybookId, (playbook: PlaybookSpec, input: DecisionInput) => Decision>> = {
  port_exhaustion: (p, i) => runTable(p, portExhaustionTable, i),
  nat_unregistered: (p, i) => runTable(p, natUnregisteredTable, i),
  firewall_rst: (p, i) => runTable(p, firewallRstTable, i),
};

/** Decides what a playbook should do on a server (pure): see Decision. */
export function decide(playbook: PlaybookSpec, input: DecisionInput): Decision {
  return tables[playbook.id](playbook, input);
}
