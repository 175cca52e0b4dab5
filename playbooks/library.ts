import { firewallRst } from './firewall-rst.js';
import type { PlaybookId } from './ids.js';
import { natUnregistered } from './nat-unregistered.js';
import { portExhaustion } from './port-exhaustion.js';
import type { PlaybookSpec } from './spec.js';

/** The three playbooks by id. */
export const playbooks: Readonly<Record<PlaybookId, PlaybookSpec>> = {
  port_exhaustion: portExhaustion,
  nat_unregistered: natUnregistered,
  firewall_rst: firewallRst,
};

export function getPlaybook(id: string): PlaybookSpec | undefined {
  return (playbooks as Record<string, PlaybookSpec>)[id];
}
