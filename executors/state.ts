import { createHash } from 'node:crypto';
import type { ServerConfig } from '../config/schema.js';
import { shellQuote } from './quote.js';
import { newNonce, parseSections, sectionRc, sectionScript, sectionText, type Section } from './sections.js';
import type { Target } from './target.js';
import { sysctlKeys, normaliseSysctl, type SysctlKey } from './changes/spec.js';

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
    readonly timeWait: { count: number; source: 'ss' | 'netstat' } | null;
    readonly stateCounts: string | null;
    readonly sipTcp: number | null;
    readonly sipTls: number | null;
    readonly firewallRules: string | null;
    readonly os: string | null;
    readonly sysctlD: boolean | null;
    readonly uid: number | null;
  };
  /** Probe name → why it is unknown. */
  readonly unknown: Readonly<Record<string, string>>;
  readonly durationMs: number;
}

export type StateServer = Pick<ServerConfig, 'id' | 'softswitchConf' | 'sysctlFile'>;

export const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

const procPath = (key: SysctlKey) => `/proc/sys/${key.replace(/\./g, '/')}`;

const readFileSection = (name: string, path: string): Section[] => [
  // Size first so a truncated transfer is detected rather than written back.
  { name: `${name}.size`, command: `if [ -e ${shellQuote(path)} ]; then wc -c < ${shellQuote(path)}; else echo absent; fi` },
  { name, command: `[ ! -e ${shellQuote(path)} ] || cat ${shellQuote(path)}` },
];

const COUNT_TW =
  'if ss -s >/dev/null 2>&1; then echo ss; ss -tan state time-wait | awk \'END{print NR-1}\'; ' +
  'else echo netstat; netstat -tan | awk \'$6=="TIME_WAIT"{n++} END{print n+0}\'; fi';
const STATE_COUNTS =
  'if ss -s >/dev/null 2>&1; then ss -s; else netstat -tan | awk \'NR>2{c[$6]++} END{for(s in c) print s, c[s]}\'; fi';
const countPort = (port: number) =>
  `if ss -s >/dev/null 2>&1; then ss -tan state established '( sport = :${port} or dport = :${port} )' | awk 'END{print NR-1}'; ` +
  `else netstat -tan | awk '$6=="ESTABLISHED" && ($4 ~ /:${port}$/ || $5 ~ /:${port}$/) {n++} END{print n+0}'; fi`;

/** The sections one snapshot reads. Probes are skipped when only verifying changes. */
export function stateSections(server: StateServer, withProbes: boolean): Section[] {
  const sections: Section[] = [
    ...readFileSection('conf', server.softswitchConf),
    ...sysctlKeys.map((k) => ({ name: `sysctl:${k}`, command: `cat ${procPath(k)}` })),
    ...readFileSection('persist', server.sysctlFile),
    { name: 'sysctld', command: 'if [ -d /etc/sysctl.d ]; then echo yes; else echo no; fi' },
    { name: 'os', command: 'cat /etc/redhat-release 2>/dev/null || grep -m1 PRETTY_NAME /etc/os-release' },
  ];
  if (server.sysctlFile !== '/etc/sysctl.conf') sections.push(...readFileSection('sysctlconf', '/etc/sysctl.conf'));
  if (withProbes) {
    sections.push(
      { name: 'tw', command: COUNT_TW },
      { name: 'states', command: STATE_COUNTS },
      { name: 'sip', command: countPort(5060) },
      { name: 'sips', command: countPort(5061) },
      { name: 'fw', command: 'iptables -S 2>/dev/null || iptables -L -n' },
      { name: 'uid', command: 'id -u' },
    );
  }
  return sections;
}

/** True on hosts whose boot scripts do not read /etc/sysctl.d (CentOS/RHEL 5 and 6). */
export function isLegacySysctl(os: string | null, sysctlD: boolean | null): boolean {
  if (sysctlD === false) return true;
  return !!os && /(centos|red hat|scientific|oracle).*release [56](\.|\s|$)/i.test(os);
}

function fileFrom(sections: Map<string, Buffer>, name: string, path: string): RemoteFile {
  const size = sectionText(sections, `${name}.size`);
  if (size === undefined) return { path, exists: false, content: null, sha256: null, problem: 'not read' };
  if (size === 'absent') return { path, exists: false, content: null, sha256: null };
  const content = sections.get(name);
  const expected = Number(size);
  if (!content || sectionRc(sections, name) !== 0) return { path, exists: true, content: null, sha256: null, problem: 'cannot read the file (permissions?)' };
  if (content.length !== expected) return { path, exists: true, content: null, sha256: null, problem: `read ${content.length} of ${expected} bytes` };
  return { path, exists: true, content, sha256: sha256(content) };
}

function intOrNull(t: string | undefined): number | null {
  return t !== undefined && /^\d+$/.test(t) ? Number(t) : null;
}

/** Builds a ServerState from the script output (pure; exported for tests). */
export function parseState(server: StateServer, sections: Map<string, Buffer>, withProbes: boolean, durationMs: number): ServerState {
  const unknown: Record<string, string> = {};
  const sysctl = Object.fromEntries(
    sysctlKeys.map((k) => {
      const t = sectionText(sections, `sysctl:${k}`);
      const ok = sectionRc(sections, `sysctl:${k}`) === 0 && t;
      if (!ok) unknown[k] = 'could not read it from /proc/sys';
      return [k, ok ? normaliseSysctl(t) : null];
    }),
  ) as Record<SysctlKey, string | null>;
  const os = sectionText(sections, 'os') || null;
  const sysctlDText = sectionText(sections, 'sysctld');
  const sysctlD = sysctlDText === 'yes' ? true : sysctlDText === 'no' ? false : null;
  const legacy = server.sysctlFile.startsWith('/etc/sysctl.d/') && isLegacySysctl(os, sysctlD);
  const persist = legacy ? fileFrom(sections, 'sysctlconf', '/etc/sysctl.conf') : fileFrom(sections, 'persist', server.sysctlFile);
  const conf = fileFrom(sections, 'conf', server.softswitchConf);
  if (conf.problem) unknown.conf = conf.problem;
  else if (!conf.exists) unknown.conf = `${server.softswitchConf} does not exist`;
  else if (conf.content && conf.content.length > MAX_CONF_BYTES) unknown.conf = 'file too large';

  let timeWait: ServerState['probes']['timeWait'] = null;
  let sipTcp: number | null = null;
  let sipTls: number | null = null;
  let firewallRules: string | null = null;
  let stateCounts: string | null = null;
  let uid: number | null = null;
  if (withProbes) {
    const [source, count] = (sectionText(sections, 'tw') ?? '').split('\n');
    const n = intOrNull(count?.trim());
    if ((source === 'ss' || source === 'netstat') && n !== null) timeWait = { count: n, source };
    else unknown.timeWait = 'neither ss nor netstat answered';
    stateCounts = sectionText(sections, 'states') || null;
    if (stateCounts) stateCounts = stateCounts.slice(0, 2048);
    sipTcp = intOrNull(sectionText(sections, 'sip'));
    sipTls = intOrNull(sectionText(sections, 'sips'));
    if (sipTcp === null) unknown.sipTcp = 'could not count SIP TCP connections';
    firewallRules = sectionRc(sections, 'fw') === 0 ? (sectionText(sections, 'fw') ?? '').slice(0, 16 * 1024) : null;
    if (firewallRules === null) unknown.firewall = 'iptables not available or not permitted';
    uid = intOrNull(sectionText(sections, 'uid'));
  }
  return {
    conf,
    sysctl,
    persist,
    probes: { timeWait, stateCounts, sipTcp, sipTls, firewallRules, os, sysctlD, uid },
    unknown,
    durationMs,
  };
}

/**
 * Reads the server in one round trip: softswitch.conf, kernel values, the persistence
 * file and (withProbes) the diagnostic probes. A probe that cannot run is reported in
 * `unknown`, never thrown.
 */
export async function readServerState(target: Target, server: StateServer, opts: { withProbes: boolean; signal?: AbortSignal }): Promise<ServerState> {
  const nonce = newNonce();
  const res = await target.exec(sectionScript(nonce, stateSections(server, opts.withProbes)), {
    maxOutputBytes: MAX_CONF_BYTES + 1024 * 1024,
    ...(opts.signal ? { signal: opts.signal } : {}),
  });
  return parseState(server, parseSections(nonce, res.stdout), opts.withProbes, res.durationMs);
}
