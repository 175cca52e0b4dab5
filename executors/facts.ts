import * as z from 'zod';
import { parseSwitch, readValue } from './changes/softswitch-conf.js';
import type { ServerConfig } from '../config/schema.js';
import { LOG_WINDOW_BYTES, newestBindFailure } from './probes/logs.js';
import { DEFAULT_SIP_PORTS, type SipPorts } from './probes/sip-ports.js';
import { DEFAULT_LOG_DIR, type ServerState } from './state.js';

const int = z.number().int();
// Facts added after runs were first stored are optional: a run recorded before them still
// reads, with the field absent (treated as "not read", like null).
const later = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** A port the host listens on, with the program behind it where the tool could tell. */
export const listenerSchema = z.strictObject({
  proto: z.enum(['tcp', 'udp']),
  address: z.string(),
  port: int,
  process: z.string().nullable(),
  pid: int.nullable(),
});
export type ListenerFact = z.infer<typeof listenerSchema>;

/** Which SIP transports the softswitch listens on, on the ports the config names. */
export const sipListeningSchema = z.strictObject({
  udp: z.boolean(),
  tcp: z.boolean(),
  tls: z.boolean(),
  ports: z.strictObject({ udp: z.array(int), tcp: z.array(int), tls: z.array(int) }),
});
export type SipListening = z.infer<typeof sipListeningSchema>;

/** One bind-failure line of the logs, as the decision reads it. */
export const bindFailureLineSchema = z.strictObject({
  at: z.string().nullable(),
  kind: z.enum(['in_use', 'cannot_assign', 'bind']),
  port: int.nullable(),
  recent: z.boolean(),
  text: z.string(),
});
export type BindFailureLineFact = z.infer<typeof bindFailureLineSchema>;

/** Bind failures in the newest softswitch log files (a bounded read of their ends). */
export const bindFailuresSchema = z.strictObject({
  /** The log directory and the files read in it, newest first. */
  dir: z.string(),
  files: z.array(z.string()),
  /** Bytes read from the end of each file. */
  windowBytes: int,
  count: int,
  /** Lines stamped within the hour before the server's clock. */
  lastHour: int,
  undated: int,
  serverTime: z.string().nullable(),
  newest: bindFailureLineSchema.nullable(),
  /** The newest lines (a few per file), oldest first. */
  sample: z.array(bindFailureLineSchema),
});
export type BindFailuresFact = z.infer<typeof bindFailuresSchema>;

/** A firewall rule dropping or rejecting RST or INVALID packets, with its packet counter. */
export const rstDropSchema = z.strictObject({
  tool: z.enum(['iptables', 'nft']),
  table: z.string(),
  chain: z.string().nullable(),
  rule: z.string(),
  packets: int.nullable(),
  bytes: int.nullable(),
});
export type RstDropFact = z.infer<typeof rstDropSchema>;

/** What the diagnostics found on a server; null means the probe could not tell. */
export const factsSchema = z.object({
  serverId: z.string(),
  collectedAt: z.string(),
  timeWaitCount: int.nullable(),
  timeWaitSource: z.enum(['ss', 'netstat', 'sockstat']).nullable(),
  /** TIME_WAIT sockets whose local port lies in ip_local_port_range: what exhausts it. */
  timeWaitEphemeral: later(int),
  /** TIME_WAIT sockets with a SIP TCP/TLS port at either end. */
  sipTimeWait: later(int),
  portRange: z.object({ low: int, high: int, size: int }).nullable(),
  /** net.ipv4.ip_local_reserved_ports as the kernel prints it ('' when none). */
  reservedPorts: later(z.string()),
  tcpTwReuse: int.nullable(),
  /** SS_TCP_CLOSE_RESET as a switch; `tcpCloseResetRaw` keeps the spelling in the file. */
  tcpCloseReset: z.enum(['On', 'Off']).nullable(),
  tcpCloseResetRaw: z.string().nullable(),
  sipTcpConnections: int.nullable(),
  sipTlsConnections: int.nullable(),
  sipListening: later(sipListeningSchema),
  /** Every TCP/UDP port the host listens on. */
  listening: later(z.array(listenerSchema)),
  bindFailures: later(bindFailuresSchema),
  /** Firewall rules (iptables, nft) that drop or reject RST or INVALID packets (the rule text). */
  rstDropRules: z.array(z.string()).nullable(),
  /** The same rules (iptables and nft) with their packet counters. */
  rstDrops: later(z.array(rstDropSchema)),
  /** Tools the probes looked for, and whether the host has them ("not available" is a fact, not an error). */
  tools: later(z.record(z.string(), z.boolean())),
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

/** Rules that would eat the RST packets SS_TCP_CLOSE_RESET=On sends (iptables rule lines). */
export function rstDropRules(rules: string | null): string[] | null {
  if (rules === null) return null;
  return rules
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /(RST|INVALID)/.test(l) && /(DROP|REJECT)/.test(l));
}

function sipListening(state: ServerState, ports: SipPorts): SipListening | null {
  const l = state.probes.listening;
  if (!l) return null;
  const on = (proto: 'tcp' | 'udp', list: readonly number[]) => l.some((x) => x.proto === proto && list.includes(x.port));
  return { udp: on('udp', ports.udp), tcp: on('tcp', ports.tcp), tls: on('tcp', ports.tls), ports: { udp: [...ports.udp], tcp: [...ports.tcp], tls: [...ports.tls] } };
}

function tools(state: ServerState): Record<string, boolean> | null {
  const out: Record<string, boolean> = {};
  const src = state.probes.sockets?.source;
  if (src === 'ss') out.ss = true;
  if (src === 'netstat') Object.assign(out, { ss: false, netstat: true });
  const fw = state.probes.firewall;
  if (fw) Object.assign(out, { iptables: fw.tools.iptables, nft: fw.tools.nft });
  return Object.keys(out).length ? out : null;
}

/** What facts need of a server's config: its id and tags, and where SIP and the logs are (config defaults otherwise). */
export type FactsServer = Pick<ServerConfig, 'id' | 'tags'> & Partial<Pick<ServerConfig, 'sipPorts' | 'logDir'>>;

/** Derives the facts from a snapshot (pure). */
export function factsFromState(server: FactsServer, state: ServerState, now: Date): Facts {
  const raw = state.conf.content ? readValue(state.conf.content.toString('latin1'), 'SS_TCP_CLOSE_RESET') : null;
  const sw = raw === null ? null : parseSwitch(raw);
  const unknown = { ...state.unknown };
  if (state.conf.content && raw === null) unknown.tcpCloseReset = 'not set in softswitch.conf (the softswitch default is Off)';
  if (raw !== null && sw === null) unknown.tcpCloseReset = `unrecognised value "${raw}"`;
  const twReuse = state.sysctl['net.ipv4.tcp_tw_reuse'];
  const fw = state.probes.firewall;
  if (fw && !fw.tools.nft) unknown.nft = 'not available (no nft on this host)';
  const bf = state.probes.bindFailures;
  return {
    serverId: server.id,
    collectedAt: now.toISOString(),
    timeWaitCount: state.probes.timeWait?.count ?? null,
    timeWaitSource: state.probes.timeWait?.source ?? null,
    timeWaitEphemeral: state.probes.sockets?.timeWaitEphemeral ?? null,
    sipTimeWait: state.probes.sockets?.sipTimeWait ?? null,
    portRange: portRange(state.sysctl['net.ipv4.ip_local_port_range']),
    reservedPorts: state.sysctl['net.ipv4.ip_local_reserved_ports'] ?? null,
    tcpTwReuse: twReuse !== null && /^\d+$/.test(twReuse) ? Number(twReuse) : null,
    // An absent key means the softswitch default, Off.
    tcpCloseReset: sw === null ? (state.conf.content && raw === null ? 'Off' : null) : sw ? 'On' : 'Off',
    tcpCloseResetRaw: raw,
    sipTcpConnections: state.probes.sipTcp,
    sipTlsConnections: state.probes.sipTls,
    sipListening: sipListening(state, server.sipPorts ?? DEFAULT_SIP_PORTS),
    listening: state.probes.listening ? state.probes.listening.map((l) => ({ ...l })) : null,
    bindFailures: bf ? { dir: server.logDir ?? DEFAULT_LOG_DIR, ...bf, windowBytes: LOG_WINDOW_BYTES, newest: newestBindFailure(bf) } : null,
    rstDropRules: fw ? fw.rules.map((r) => r.rule) : null,
    rstDrops: fw ? fw.rules.map((r) => ({ ...r })) : null,
    tools: tools(state),
    socketSummary: state.probes.stateCounts,
    os: state.probes.os,
    sysctlPersistPath: state.persist.path,
    tags: [...server.tags],
    unknown,
  };
}
