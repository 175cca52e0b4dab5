import { firewallRst } from './firewall-rst.js';
import type { PlaybookId } from './ids.js';
import { natUnregistered } from './nat-unregistered.js';
import { portExhaustion } from './port-exhaustion.js';
import type { PlaybookSpec } from './spec.js';
import type { Probe } from '../executors/state.js';

/** The three playbooks by id. */
export const playbooks: Readonly<Record<PlaybookId, PlaybookSpec>> = {
  port_exhaustion: portExhaustion,
  nat_unregistered: natUnregistered,
  firewall_rst: firewallRst,
};

export function getPlaybook(id: string): PlaybookSpec | undefined {
  return (playbooks as Record<string, PlaybookSpec>)[id];
}

/**
 * The probes a playbook's facts need when it runs without a diagnosis (diagnose runs all of
 * them). A playbook that widens the port range lists the listening ports, to reserve them.
 */
export function probesFor(playbook: PlaybookSpec): Probe[] {
  const probes: Probe[] = [];
  if (playbook.facts.some((f) => ['timeWaitCount', 'sipTcpConnections', 'sipTlsConnections', 'portRange'].includes(f))) probes.push('sockets');
  if (playbook.changes.some((c) => c.key === 'net.ipv4.ip_local_port_range')) probes.push('listening');
  if (playbook.facts.includes('rstDropRules')) probes.push('firewall');
  return probes;
}
