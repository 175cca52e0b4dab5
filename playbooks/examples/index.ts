import type { PlaybookId } from '../ids.js';
import { firewallRstExamples } from './firewall-rst.js';
import { natUnregisteredExamples } from './nat-unregistered.js';
import { negativeExamples } from './negatives.js';
import { portExhaustionExamples } from './port-exhaustion.js';

export { firewallRstExamples, natUnregisteredExamples, negativeExamples, portExhaustionExamples };

/** The matcher's training messages: one list per playbook, plus `none` for everything else. */
export const trainingExamples: Readonly<Record<PlaybookId | 'none', readonly string[]>> = {
  port_exhaustion: portExhaustionExamples,
  nat_unregistered: natUnregisteredExamples,
  firewall_rst: firewallRstExamples,
  none: negativeExamples,
};
