import * as z from 'zod';
import { parseSwitch, readValue } from './changes/softswitch-conf.js';
import type { ServerState } from './state.js';

/** What the diagnostics found on a server; null means the probe could not tell. */
export const factsSchema = z.object({
  serverId: z.string(),
  collectedAt: z.string(),
  timeWaitCount: z.number().int().nullable(),
  timeWaitSource: z.enum(['ss', 'netstat', 'sockstat']).nullable(),
  portRange: z.object({ low: z.number().int(), high: z.number().int(), size: z.number().int() }).nullable(),
  tcpTwReuse: z.number().int().nullable(),
  /** SS_TCP_CLOSE_RESET as a switch; `tcpCloseResetRaw` keeps the spelling in the file. */
  tcpCloseReset: z.enum(['On', 'Off']).nullable(),
  tcpCloseResetRaw: z.string().nullable(),
  sipTcpConnections: z.number().int().nullable(),
  sipTlsConnections: z.number().int().nullable(),
  /** iptables rules that drop or reject RST or INVALID packets. */
  rstDropRules: z.array(z.string()).nullable(),
  socketSummary: z.string().nullable(),
  os: z.string().nullable(),
  sysctlPersistPath: z.string(),
  tags: z.array(z.string()),
  unknown: z.record(z.string(), z.string()),
});
export type Facts = z.infer<typeof factsSchema>;

function portRange(v: string | null): Facts['portRange'] {
  const m = v ? /^(\d+) (\d+)$/.exec(v) : null;
  if (!m) return null;
  const low = Number(m[1]);
  const high = Number(m[2]);
  return { low, high, size: high - low + 1 };
}

/** Rules that would eat the RST packets SS_TCP_CLOSE_RESET=On sends. */
export function rstDropRules(rules: string | null): string[] | null {
  if (rules === null) return null;
  return rules
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /(RST|INVALID)/.test(l) && /(DROP|REJECT)/.test(l));
}

/** Derives the facts from a snapshot (pure). */
export function factsFromState(serverId: string, state: ServerState, tags: readonly string[], now: Date): Facts {
  const raw = state.conf.content ? readValue(state.conf.content.toString('latin1'), 'SS_TCP_CLOSE_RESET') : null;
  const sw = raw === null ? null : parseSwitch(raw);
  const unknown = { ...state.unknown };
  if (state.conf.content && raw === null) unknown.tcpCloseReset = 'not set in softswitch.conf (the softswitch default is Off)';
  if (raw !== null && sw === null) unknown.tcpCloseReset = `unrecognised value "${raw}"`;
  const twReuse = state.sysctl['net.ipv4.tcp_tw_reuse'];
  return {
    serverId,
    collectedAt: now.toISOString(),
    timeWaitCount: state.probes.timeWait?.count ?? null,
    timeWaitSource: state.probes.timeWait?.source ?? null,
    portRange: portRange(state.sysctl['net.ipv4.ip_local_port_range']),
    tcpTwReuse: twReuse !== null && /^\d+$/.test(twReuse) ? Number(twReuse) : null,
    // An absent key means the softswitch default, Off.
    tcpCloseReset: sw === null ? (state.conf.content && raw === null ? 'Off' : null) : sw ? 'On' : 'Off',
    tcpCloseResetRaw: raw,
    sipTcpConnections: state.probes.sipTcp,
    sipTlsConnections: state.probes.sipTls,
    rstDropRules: rstDropRules(state.probes.firewallRules),
    socketSummary: state.probes.stateCounts,
    os: state.probes.os,
    sysctlPersistPath: state.persist.path,
    tags: [...tags],
    unknown,
  };
}
