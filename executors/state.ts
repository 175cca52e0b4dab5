import { createHash } from 'node:crypto';
import type { ServerConfig } from '../config/schema.js';
import { shellQuote } from './quote.js';
import { catSection, groupRc, newNonce, parseSections, sectionRc, sectionScript, sectionText, type Section } from './sections.js';
import type { PreparedExec, Target } from './target.js';
import { sysctlKeys, normaliseSysctl, sysctlProcPath, type SysctlKey } from './changes/spec.js';
import { FIREWALL_COMMAND, parseFirewall, type FirewallRead } from './probes/firewall.js';
import { LISTENING_COMMAND, parseListening, type Listener } from './probes/listening.js';
import { logsCommand, parseLogs, type BindFailures } from './probes/logs.js';
import { DEFAULT_SIP_PORTS } from './probes/sip-ports.js';
import { parseSockets, socketsCommand, type SocketCounts } from './probes/sockets.js';

/** The largest softswitch.conf we will read and rewrite. Larger files are refused untouched. */
export const MAX_CONF_BYTES = 16 * 1024 * 1024;

/** A remote file as read in one snapshot. */
export interface RemoteFile {
  readonly path: string;
  readonly exists: boolean;
  /** null when absent or unreadable. */
  readonly content: Buffer | null;
  readonly sha256: string | null;
  /** Why it could not be read, when it exists but content is null. */
  readonly problem?: string;
}

/** Everything VOS Assist reads from a server, in one round trip. */
export interface ServerState {
  readonly conf: RemoteFile;
  readonly sysctl: Record<SysctlKey, string | null>;
  /** The file kernel settings are persisted in on this server (resolved for legacy hosts). */
  readonly persist: RemoteFile;
  readonly probes: {
    readonly timeWait: { count: number; source: 'ss' | 'netstat' | 'sockstat' } | null;
    /** The whole socket listing's counts (the `sockets` probe). */
    readonly sockets: SocketCounts | null;
    readonly stateCounts: string | null;
    readonly sipTcp: number | null;
    readonly sipTls: number | null;
    /** Every TCP/UDP port the host listens on (the `listening` probe). */
    readonly listening: Listener[] | null;
    /** Recent bind failures in the softswitch logs (the `logs` probe). */
    readonly bindFailures: BindFailures | null;
    /** Firewall rules that drop RST or INVALID packets, with counters (the `firewall` probe). */
    readonly firewall: FirewallRead | null;
    readonly os: string | null;
    readonly sysctlD: boolean | null;
  };
  /** Probe name → why it is unknown. */
  readonly unknown: Readonly<Record<string, string>>;
  readonly durationMs: number;
}

/** What a read needs of the server's config; SIP ports and the log directory default as in the config. */
export type StateServer = Pick<ServerConfig, 'id' | 'softswitchConf' | 'sysctlFile'> & Partial<Pick<ServerConfig, 'sipPorts' | 'logDir'>>;

/** The softswitch's log directory when the config names none. */
export const DEFAULT_LOG_DIR = '/home/kunshi/mbx3000/log';

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

/** The section whose one `cat` prints conf, kernel and persist (see catSection). */
const FILES = 'files';

// One process per file: a first line says whether it exists, then the bytes follow.
const readFileSection = (name: string, path: string): Section => ({
  name,
  command: `if [ -e ${shellQuote(path)} ]; then echo present; cat ${shellQuote(path)}; else echo absent; fi`,
});

/**
 * Diagnostic probes beyond the settings themselves; each costs a little on the server.
 * `sockets` lists every TCP socket (TIME_WAIT, in the ephemeral range and on SIP ports,
 * per-state and SIP counts); `timeWait` only counts TIME_WAIT, from /proc/net/sockstat in the
 * same read as the kernel values; `listening` lists every listening port with its process;
 * `logs` counts recent bind failures in the softswitch's logs; `firewall` finds rules that
 * drop RST or INVALID packets, with their counters.
 */
export type Probe = 'sockets' | 'timeWait' | 'firewall' | 'listening' | 'logs';
/** What a diagnosis reads: everything an engineer would look at. */
export const ALL_PROBES: readonly Probe[] = ['sockets', 'listening', 'logs', 'firewall'];

/**
 * What the read after a change asks for: the settings, and of the socket listing only the
 * TIME_WAIT count. The listing costs the server two processes while the change is under
 * way, and what it adds (SIP and per-state counts) cannot have moved within a second.
 */
export function afterProbes(probes: readonly Probe[]): Probe[] {
  // Listeners and logs do not change with a kernel value or RST mode; they are not read again.
  return [...new Set(probes.filter((p) => p !== 'listening' && p !== 'logs').map((p): Probe => (p === 'sockets' ? 'timeWait' : p)))];
}

// The TCP line of /proc/net/sockstat: "TCP: inuse 5 orphan 0 tw 12 alloc 8 mem 1".
const SOCKSTAT = '/proc/net/sockstat';

const RESERVED = 'net.ipv4.ip_local_reserved_ports' satisfies SysctlKey;
/** The kernel values read in the one `cat` with the files; all but the reserved ports, which old kernels lack. */
const KERNEL_KEYS = sysctlKeys.filter((k) => k !== RESERVED);

/**
 * The sections one snapshot reads: settings always, probes as asked. `legacy`, when a
 * previous read of the same session already told, reads only the persistence file that
 * applies; otherwise /etc/sysctl.conf is read only where the host may be legacy.
 */
export function stateSections(server: StateServer, probes: readonly Probe[], known: { legacy?: boolean } = {}): Section[] {
  const separate = server.sysctlFile !== '/etc/sysctl.conf';
  const sections: Section[] = [
    // One `cat` for the files and the kernel values (dash's `read` cannot read /proc files),
    // with the TIME_WAIT count when that is all the sockets probe has to say.
    catSection(FILES, [
      { name: 'conf', paths: [server.softswitchConf], presence: true },
      { name: 'kernel', paths: [...KERNEL_KEYS.map(sysctlProcPath), ...(probes.includes('timeWait') ? [SOCKSTAT] : [])] },
      // Its own part: CentOS 5 kernels have no such file, and its absence must not hide the others.
      { name: 'reserved', paths: [sysctlProcPath(RESERVED)], presence: true },
      ...(known.legacy && separate ? [] : [{ name: 'persist', paths: [server.sysctlFile], presence: true }]),
    ]),
    { name: 'sysctld', command: 'if [ -d /etc/sysctl.d ]; then echo yes; else echo no; fi' },
    // Sets $os for the sysctl.conf section below (sections share one shell).
    { name: 'os', command: 'os=; if [ -r /etc/redhat-release ]; then read -r os < /etc/redhat-release; elif [ -r /etc/os-release ]; then while IFS== read -r k v; do [ "$k" = PRETTY_NAME ] && os=$v; done < /etc/os-release; fi; echo "$os"' },
  ];
  if (separate && known.legacy !== false) {
    const read = readFileSection('sysctlconf', '/etc/sysctl.conf').command;
    // A superset of isLegacySysctl(): no sysctl.d, or "release 5"/"release 6" in the OS name.
    const command = known.legacy ? read : `case "$os" in *[Rr][Ee][Ll][Ee][Aa][Ss][Ee]' '[56]*) ${read};; *) if [ -d /etc/sysctl.d ]; then echo skipped; else ${read}; fi;; esac`;
    sections.push({ name: 'sysctlconf', command });
  }
  if (probes.includes('sockets')) sections.push({ name: 'sockets', command: socketsCommand(server.sipPorts ?? DEFAULT_SIP_PORTS) });
  if (probes.includes('listening')) sections.push({ name: 'listening', command: LISTENING_COMMAND });
  if (probes.includes('logs')) sections.push({ name: 'logs', command: logsCommand(server.logDir ?? DEFAULT_LOG_DIR) });
  if (probes.includes('firewall')) sections.push({ name: 'fw', command: FIREWALL_COMMAND });
  return sections;
}

/** Whether a snapshot found a legacy host (kernel settings persisted in /etc/sysctl.conf). */
export function legacyOf(server: StateServer, state: ServerState): boolean {
  return server.sysctlFile !== '/etc/sysctl.conf' && state.persist.path === '/etc/sysctl.conf';
}

/** True on hosts whose boot scripts do not read /etc/sysctl.d (CentOS/RHEL 5 and 6). */
export function isLegacySysctl(os: string | null, sysctlD: boolean | null): boolean {
  if (sysctlD === false) return true;
  return !!os && /(centos|red hat|scientific|oracle).*release [56](\.|\s|$)/i.test(os);
}

function fileFrom(sections: Map<string, Buffer>, name: string, path: string, rc: number | undefined): RemoteFile {
  const raw = sections.get(name);
  if (!raw) return { path, exists: false, content: null, sha256: null, problem: 'not read' };
  const nl = raw.indexOf(0x0a);
  const head = raw.subarray(0, nl === -1 ? raw.length : nl).toString('latin1');
  if (head === 'absent') return { path, exists: false, content: null, sha256: null };
  if (head !== 'present' || nl === -1) return { path, exists: false, content: null, sha256: null, problem: 'not read' };
  if (rc !== 0) return { path, exists: true, content: null, sha256: null, problem: 'cannot read the file (permissions?)' };
  const content = raw.subarray(nl + 1);
  return { path, exists: true, content, sha256: sha256(content) };
}

/** The reserved ports as the kernel prints them ('' when none); null where the kernel has no such setting. */
function reservedPorts(sections: Map<string, Buffer>, unknown: Record<string, string>): string | null {
  const raw = sections.get('reserved');
  const text = raw?.toString('latin1') ?? '';
  const nl = text.indexOf('\n');
  const head = nl === -1 ? text : text.slice(0, nl);
  if (head === 'present' && groupRc(sections, FILES, 'reserved') === 0) return normaliseSysctl(text.slice(nl + 1), RESERVED);
  unknown[RESERVED] = head === 'absent' ? 'not available on this kernel' : 'could not read it from /proc/sys';
  return null;
}

function intOrNull(t: string | undefined): number | null {
  return t !== undefined && /^\d+$/.test(t) ? Number(t) : null;
}

/** Builds a ServerState from the script output (pure; exported for tests). */
export function parseState(server: StateServer, sections: Map<string, Buffer>, probes: readonly Probe[], durationMs: number): ServerState {
  const unknown: Record<string, string> = {};
  const kernelLines = groupRc(sections, FILES, 'kernel') === 0 ? (sectionText(sections, 'kernel') ?? '').split('\n') : [];
  const sysctl = Object.fromEntries(
    KERNEL_KEYS.map((k, i) => {
      const t = kernelLines[i]?.trim();
      if (!t) unknown[k] = 'could not read it from /proc/sys';
      return [k, t ? normaliseSysctl(t, k) : null];
    }),
  ) as Record<SysctlKey, string | null>;
  sysctl[RESERVED] = reservedPorts(sections, unknown);
  const os = sectionText(sections, 'os') || null;
  const sysctlDText = sectionText(sections, 'sysctld');
  const sysctlD = sysctlDText === 'yes' ? true : sysctlDText === 'no' ? false : null;
  const legacy = server.sysctlFile.startsWith('/etc/sysctl.d/') && isLegacySysctl(os, sysctlD);
  const persist = legacy
    ? fileFrom(sections, 'sysctlconf', '/etc/sysctl.conf', sectionRc(sections, 'sysctlconf'))
    : fileFrom(sections, 'persist', server.sysctlFile, groupRc(sections, FILES, 'persist'));
  const read = fileFrom(sections, 'conf', server.softswitchConf, groupRc(sections, FILES, 'conf'));
  // Larger than any softswitch.conf: nothing is planned on it (its hash stays, for what was recorded before).
  const conf = read.content && read.content.length > MAX_CONF_BYTES ? { ...read, content: null, problem: `is over ${MAX_CONF_BYTES / 1024 / 1024} MB, more than any softswitch.conf: left alone` } : read;
  if (conf.problem) unknown.conf = conf.problem;
  else if (!conf.exists) unknown.conf = `${server.softswitchConf} does not exist`;

  let timeWait: ServerState['probes']['timeWait'] = null;
  let sockets: SocketCounts | null = null;
  if (probes.includes('sockets')) {
    sockets = sectionRc(sections, 'sockets') === 0 ? parseSockets(sectionText(sections, 'sockets') ?? '') : null;
    if (sockets) timeWait = { count: sockets.timeWait, source: sockets.source };
    else {
      unknown.timeWait = 'neither ss nor netstat answered';
      unknown.sipTcp = 'could not count SIP TCP connections';
    }
  }
  if (probes.includes('timeWait') && !probes.includes('sockets')) {
    const tcp = kernelLines.slice(KERNEL_KEYS.length).find((l) => l.startsWith('TCP:'));
    const n = intOrNull(tcp ? /\btw (\d+)/.exec(tcp)?.[1] : undefined);
    if (n !== null) timeWait = { count: n, source: 'sockstat' };
    else unknown.timeWait = `no TIME_WAIT count in ${SOCKSTAT}`;
  }
  let listening: Listener[] | null = null;
  if (probes.includes('listening')) {
    listening = parseListening(sectionText(sections, 'listening') ?? '');
    if (!listening) unknown.listening = 'neither ss nor netstat listed the listening ports';
  }
  let bindFailures: BindFailures | null = null;
  if (probes.includes('logs')) {
    bindFailures = parseLogs(sectionText(sections, 'logs') ?? '');
    if (!bindFailures) unknown.bindFailures = `cannot read the log directory ${server.logDir ?? DEFAULT_LOG_DIR}`;
  }
  let firewall: FirewallRead | null = null;
  if (probes.includes('firewall')) {
    firewall = parseFirewall(sectionText(sections, 'fw') ?? '');
    if (!firewall) unknown.firewall = /^have\s*$/m.test(sectionText(sections, 'fw') ?? '') ? 'not available: neither iptables nor nft is installed' : 'could not read the firewall rules (iptables, nft)';
  }
  return {
    conf,
    sysctl,
    persist,
    probes: {
      timeWait,
      sockets,
      stateCounts: sockets?.stateCounts ?? null,
      sipTcp: sockets?.sipTcp ?? null,
      sipTls: sockets?.sipTls ?? null,
      listening,
      bindFailures,
      firewall,
      os,
      sysctlD,
    },
    unknown,
    durationMs,
  };
}

/**
 * Reads the server in one round trip: softswitch.conf, kernel values, the persistence
 * file and the diagnostic probes asked for. A probe that cannot run is reported in
 * `unknown`, never thrown.
 */
export async function readServerState(target: Target, server: StateServer, opts: { probes: readonly Probe[]; signal?: AbortSignal }): Promise<ServerState> {
  const nonce = newNonce();
  const res = await target.exec(sectionScript(nonce, stateSections(server, opts.probes)), {
    maxOutputBytes: MAX_CONF_BYTES + 1024 * 1024,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return parseState(server, parseSections(nonce, res.stdout), opts.probes, res.durationMs);
}

/** A read under way in a session that stays open for the apply batch. */
export interface StateReading {
  readonly state: Promise<ServerState>;
  /** The session, waiting for its batch; null when the target cannot prepare sessions. */
  readonly prepared: PreparedExec | null;
}

/**
 * Reads the state in a session that then stays open for the apply batch (one session, not
 * two: each costs the server a fork and a shell, and the client a round trip). Only where
 * nothing waits on a person between the read and the batch. Falls back to a plain read when
 * the target cannot prepare sessions. Cancel the returned session when it is not used.
 */
export function readStateAndPrepare(target: Target, server: StateServer, probes: readonly Probe[]): StateReading {
  if (!target.prepare) return { state: readServerState(target, server, { probes }), prepared: null };
  const nonce = newNonce();
  const t0 = performance.now();
  const prepared = target.prepare({ script: sectionScript(nonce, stateSections(server, probes)), endMarker: `\n@@${nonce} end\n` });
  const state = prepared.preambleOutput!.then((out) => parseState(server, parseSections(nonce, out), probes, Math.round(performance.now() - t0)));
  state.catch(() => {}); // whoever uses the reading awaits it; one that is dropped must not crash the process
  return { state, prepared };
}
