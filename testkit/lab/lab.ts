import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { buildConfigYaml, type ConfigYamlOptions } from './config-yaml.js';
import { SOFTSWITCH_CONF } from './files.js';
import {
  etcDrifted,
  fingerprintOf,
  hostPaths,
  prepareHostDir,
  reseedEtc,
  resetHostFiles,
  spawnSshd,
  waitForClosed,
  waitForSsh,
  type HostOptions,
  type HostPaths,
} from './host.js';
import { startLineChild, type LineChild } from './line-child.js';
import { helperPath } from './paths.js';
import {
  allocateSlot,
  cleanupStaleLabs,
  destroyNamespaces,
  destroyNamespacesSync,
  hostIp,
  hostName,
  MAX_HOSTS_PER_LAB,
  ownsSlot,
  peerIp,
  releaseSlot,
  writeJsonAtomic,
} from './slots.js';
import { cmdline, killAll, mapLimit, netnsInode, pidsInNetns, run, sleep } from './sys.js';

export { cleanupStaleLabs } from './slots.js';
export { listSlots } from './slots.js';
export { SESSION_PATH, SOFTSWITCH_CONF, SYSCTL_FILE, VOS_SYSCTL_DEFAULTS, softswitchConf } from './files.js';

export interface LabHostOptions {
  style?: 'quoted' | 'bare';
  noSs?: boolean;
  rstDropRule?: boolean;
  legacy?: boolean;
  /** Also serve an RSA host key (3072 bits, as ssh-keygen makes it); the ED25519 key stays the one clients prefer. */
  rsaHostKey?: boolean;
}

export type ReloadBehaviour = 'ok' | 'fail' | 'revert' | 'hang' | 'slow';

export interface LabHost {
  id: string;
  ns: string;
  ip: string;
  port: number;
  username: string;
  privateKeyPath: string;
  /** The fingerprint of the host's ED25519 key, the key SSH clients choose by default. */
  hostKeySha256: string;
  /** Every host key the host serves, with its type: ED25519, and RSA with `rsaHostKey`. */
  hostKeys: { type: string; fingerprint: string }[];
  dir: string;
  confPath: string;
  localConfPath: string;
  localSysctlDir: string;
  /** The host's /etc/sysctl.conf as seen from the test process (where legacy hosts persist). */
  localSysctlConfPath: string;
  /** `IP ssh-ed25519 AAAA…`, the known_hosts line of the host's ED25519 key. */
  knownHostsLine: string;
  /** A known_hosts file holding only this host's keys. */
  knownHostsPath: string;
  /** The options the host was created with, defaults filled in. */
  options: Required<LabHostOptions>;
}

/** A service started with startService. */
export interface LabService {
  /** Keeps `n` more established TCP connections to the host's `port`; resolves with how many it holds. */
  connect(n: number, port: number): Promise<number>;
  /** Opens `n` TCP connections to the host's `port` and aborts each with RST. */
  reset(n: number, port: number): Promise<void>;
}

export interface SshResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface Lab {
  readonly id: string;
  readonly hosts: LabHost[];
  /** The lab directory (/tmp/vos-lab-<id>). */
  readonly dir: string;
  /** A known_hosts file with the keys of all hosts of the lab. */
  readonly knownHostsPath: string;
  host(id: string): LabHost;
  configYaml(opts?: ConfigYamlOptions): string;
  writeConfig(path: string, opts?: ConfigYamlOptions): Promise<void>;
  reset(hostId: string): Promise<void>;
  readConf(hostId: string): Promise<Buffer>;
  writeConf(hostId: string, content: Buffer | string): Promise<void>;
  sysctl(hostId: string, key: string): Promise<string>;
  setSysctl(hostId: string, key: string, value: string): Promise<void>;
  daemonLog(hostId: string): Promise<string[]>;
  /** SS_TCP_CLOSE_RESET as the "running" softswitch uses it (set by reparse/restart). */
  effective(hostId: string): Promise<string>;
  setReloadBehaviour(hostId: string, b: ReloadBehaviour): Promise<void>;
  /** Silently drops the host's SSH traffic both ways, as a link that dies mid-session (reset() brings it back). */
  cutLink(hostId: string): Promise<void>;
  restoreLink(hostId: string): Promise<void>;
  makeTimeWait(hostId: string, n: number): Promise<void>;
  holdSipTcp(hostId: string, n: number): Promise<void>;
  /** Closes the connections holdSipTcp opened (reset() does this too). */
  releaseSipTcp(hostId: string): Promise<void>;
  /**
   * Starts a service of the host: a process named `title` (as `ss -p` shows it) listening on
   * `listen` (`tcp:5060`, `udp:5060`, …) on all addresses. reset() stops it.
   */
  startService(hostId: string, title: string, listen: readonly string[]): Promise<LabService>;
  /** Appends lines to the softswitch's log (`/home/kunshi/mbx3000/log/softswitch.log`), each stamped with the host's time now. */
  appendSoftswitchLog(hostId: string, lines: readonly string[]): Promise<void>;
  /**
   * Narrows ip_local_port_range to `range` ("40000 40499") and opens local connections until a
   * new one fails: the range is full of TIME_WAIT (~60 s). Returns how many it made and the
   * failure (`connect EADDRNOTAVAIL …`).
   */
  exhaustPorts(hostId: string, range: string): Promise<{ made: number; error: string | null }>;
  /** Tries to listen on 0.0.0.0:port as a second service would; the error, or null when the port was free. */
  tryBind(hostId: string, port: number): Promise<string | null>;
  /** Adds the firewall rules that drop RST to 5060 and INVALID packets (what the rstDropRule option starts with). */
  addRstDropRules(hostId: string): Promise<void>;
  /** Runs a command on the host with the real OpenSSH client, host key pinned. */
  ssh(hostId: string, command: string, opts?: { timeoutMs?: number }): Promise<SshResult>;
  /** Runs a program in the host's network namespace (this machine's filesystem, not the host's). */
  nsExec(hostId: string, args: string[]): Promise<SshResult>;
  stopSshd(hostId: string): Promise<void>;
  startSshd(hostId: string): Promise<void>;
  teardown(): Promise<void>;
}

export interface CreateLabOptions {
  hosts: number | LabHostOptions[];
  name?: string;
  /** How long to wait for each sshd to answer (default 15 s). */
  readyTimeoutMs?: number;
}

interface HostState {
  host: LabHost;
  paths: HostPaths;
  opts: HostOptions;
  sshd: ChildProcess | undefined;
  sip: SipHolder | undefined;
  services: LineChild[];
}

type SipHolder = LineChild;

const SSHD_READY_TIMEOUT_MS = 15_000;
/** Host bring-ups in flight: enough to hide process start-up latency, few enough for 2 cores. */
const BRING_UP_CONCURRENCY = 8;

/** Labs of this process that are not torn down yet, for the synchronous exit handler. */
const liveLabs = new Set<LabImpl>();
let exitHookInstalled = false;

class LabImpl implements Lab {
  readonly hosts: LabHost[];
  private readonly states = new Map<string, HostState>();
  private tornDown = false;

  constructor(
    readonly id: string,
    readonly dir: string,
    readonly slot: number,
    states: HostState[],
  ) {
    for (const s of states) this.states.set(s.host.id, s);
    this.hosts = states.map((s) => s.host);
  }

  get knownHostsPath(): string {
    return join(this.dir, 'known_hosts');
  }

  host(id: string): LabHost {
    return this.state(id).host;
  }

  private state(id: string): HostState {
    const s = this.states.get(id);
    if (!s) throw new Error(`vos-assist lab ${this.id}: no host "${id}"; hosts are ${[...this.states.keys()].join(', ')}`);
    if (this.tornDown) throw new Error(`vos-assist lab ${this.id}: already torn down; create a new lab`);
    return s;
  }

  configYaml(opts?: ConfigYamlOptions): string {
    return buildConfigYaml(this.hosts, opts);
  }

  async writeConfig(path: string, opts?: ConfigYamlOptions): Promise<void> {
    mkdirSync(dirname(path), { recursive: true });
    await writeFile(path, this.configYaml(opts));
  }

  async reset(hostId: string): Promise<void> {
    const s = this.state(hostId);
    await this.releaseSipTcp(hostId);
    await Promise.all(s.services.splice(0).map((x) => stopChild(x.child)));
    this.killHangingReloads(s);
    resetHostFiles(s.paths, s.opts);
    if (etcDrifted(s.paths, s.opts.legacy)) {
      // The /etc overlay cannot be rewritten under a mount: restart sshd on a fresh one.
      await this.stopSshd(hostId);
      reseedEtc(s.paths, s.opts.legacy);
    }
    await Promise.all([this.resetKernel(s), this.isSshdRunning(s) ? Promise.resolve() : this.startSshd(hostId)]);
  }

  private async resetKernel(s: HostState): Promise<void> {
    await run('ip', ['netns', 'exec', s.host.ns, '/bin/bash', helperPath('host-kernel.sh'), '--reset', s.opts.rstDropRule ? '1' : '0']);
  }

  /** Ends `service mbx3000d reparse` calls left sleeping by the 'hang' behaviour. */
  private killHangingReloads(s: HostState): void {
    const ino = netnsInode(s.host.ns);
    if (ino === undefined) return;
    killAll(pidsInNetns([ino]).filter((pid) => cmdline(pid).startsWith('vos-lab-hang')));
  }

  async readConf(hostId: string): Promise<Buffer> {
    return readFile(this.state(hostId).host.localConfPath);
  }

  async writeConf(hostId: string, content: Buffer | string): Promise<void> {
    await writeFile(this.state(hostId).host.localConfPath, content);
  }

  async sysctl(hostId: string, key: string): Promise<string> {
    const s = this.state(hostId);
    checkSysctlKey(key);
    const { stdout } = await run('ip', ['netns', 'exec', s.host.ns, 'sysctl', '-n', key]);
    return stdout.trim().replace(/\s+/g, ' ');
  }

  async setSysctl(hostId: string, key: string, value: string): Promise<void> {
    const s = this.state(hostId);
    checkSysctlKey(key);
    await run('ip', ['netns', 'exec', s.host.ns, 'sysctl', '-q', '-w', `${key}=${value}`]);
  }

  async daemonLog(hostId: string): Promise<string[]> {
    const text = await readFile(this.state(hostId).paths.daemonLog, 'utf8');
    return text.split('\n').filter((l) => l.length > 0);
  }

  async effective(hostId: string): Promise<string> {
    return (await readFile(this.state(hostId).paths.effective, 'utf8')).trim();
  }

  async setReloadBehaviour(hostId: string, b: ReloadBehaviour): Promise<void> {
    if (!['ok', 'fail', 'revert', 'hang', 'slow'].includes(b)) throw new Error(`vos-assist lab: reload behaviour must be ok, fail, revert, hang or slow, not "${String(b)}"`);
    await writeFile(this.state(hostId).paths.behaviour, `${b}\n`);
  }

  async cutLink(hostId: string): Promise<void> {
    // Both directions: with only one, the other side's data still arrives and the session limps on.
    const ns = this.state(hostId).host.ns;
    await run('ip', ['netns', 'exec', ns, 'iptables', '-I', 'INPUT', '-p', 'tcp', '--dport', '22', '-j', 'DROP']);
    await run('ip', ['netns', 'exec', ns, 'iptables', '-I', 'OUTPUT', '-p', 'tcp', '--sport', '22', '-j', 'DROP']);
  }

  async restoreLink(hostId: string): Promise<void> {
    const ns = this.state(hostId).host.ns;
    await run('ip', ['netns', 'exec', ns, 'iptables', '-D', 'INPUT', '-p', 'tcp', '--dport', '22', '-j', 'DROP']);
    await run('ip', ['netns', 'exec', ns, 'iptables', '-D', 'OUTPUT', '-p', 'tcp', '--sport', '22', '-j', 'DROP']);
  }

  async makeTimeWait(hostId: string, n: number): Promise<void> {
    const s = this.state(hostId);
    if (!Number.isInteger(n) || n < 0) throw new Error(`vos-assist lab: makeTimeWait needs a whole number of sockets, not ${n}`);
    await run('ip', ['netns', 'exec', s.host.ns, process.execPath, helperPath('timewait.mjs'), String(n)], { timeoutMs: 30_000 + n * 5 });
  }

  async holdSipTcp(hostId: string, n: number): Promise<void> {
    const s = this.state(hostId);
    if (!Number.isInteger(n) || n < 1) throw new Error(`vos-assist lab: holdSipTcp needs at least 1 connection, not ${n}`);
    s.sip ??= await startSipHolder(s.host);
    s.sip.child.stdin?.write(`add ${n}\n`);
    const answer = await s.sip.nextLine();
    if (!answer.startsWith('ready')) throw new Error(`vos-assist lab: holdSipTcp on ${hostId} failed: ${answer}`);
  }

  async releaseSipTcp(hostId: string): Promise<void> {
    const s = this.state(hostId);
    const sip = s.sip;
    s.sip = undefined;
    if (sip) await stopChild(sip.child);
  }

  async startService(hostId: string, title: string, listen: readonly string[]): Promise<LabService> {
    const s = this.state(hostId);
    if (!/^[A-Za-z0-9_.-]{1,15}$/.test(title)) throw new Error(`vos-assist lab: a service name is 1 to 15 letters, digits, . _ - (the kernel keeps 15), not "${title}"`);
    for (const l of listen) if (!/^(tcp|udp):\d{1,5}$/.test(l)) throw new Error(`vos-assist lab: listen on tcp:PORT or udp:PORT, not "${l}"`);
    const child = await startLineChild(s.host.ns, 'services.mjs', [s.host.ip, title, ...listen], `service ${title} on ${hostId} (${listen.join(' ')})`);
    s.services.push(child);
    const whole = (n: number, what: string) => {
      if (!Number.isInteger(n) || n < 1) throw new Error(`vos-assist lab: ${what} needs at least 1 connection, not ${n}`);
    };
    return {
      connect: async (n, port) => {
        whole(n, 'connect');
        return Number((await child.ask(`connect ${n} ${port}`)).split(' ')[1]);
      },
      reset: async (n, port) => {
        whole(n, 'reset');
        await child.ask(`reset ${n} ${port}`);
      },
    };
  }

  async appendSoftswitchLog(hostId: string, lines: readonly string[]): Promise<void> {
    const s = this.state(hostId);
    const stamp = localStamp(new Date());
    await appendFile(join(s.paths.home, 'kunshi', 'mbx3000', 'log', 'softswitch.log'), lines.map((l) => `${stamp} ${l}\n`).join(''));
  }

  async exhaustPorts(hostId: string, range: string): Promise<{ made: number; error: string | null }> {
    const m = /^(\d+) (\d+)$/.exec(range);
    if (!m || Number(m[1]) <= 1024 || Number(m[1]) > Number(m[2])) throw new Error(`vos-assist lab: exhaustPorts needs a range "LOW HIGH" above 1024, not "${range}"`);
    await this.setSysctl(hostId, 'net.ipv4.ip_local_port_range', range);
    // The listener sits just below the range, so it takes none of its ports.
    const { stdout } = await run('ip', ['netns', 'exec', this.state(hostId).host.ns, process.execPath, helperPath('timewait.mjs'), '--exhaust', String(Number(m[1]) - 1)], { timeoutMs: 60_000 });
    return JSON.parse(stdout) as { made: number; error: string | null };
  }

  async tryBind(hostId: string, port: number): Promise<string | null> {
    const { stdout } = await run('ip', ['netns', 'exec', this.state(hostId).host.ns, process.execPath, helperPath('faults.mjs'), 'bind', String(port)]);
    return (JSON.parse(stdout) as { error: string | null }).error;
  }

  async addRstDropRules(hostId: string): Promise<void> {
    await run('ip', ['netns', 'exec', this.state(hostId).host.ns, '/bin/bash', helperPath('host-kernel.sh'), '--rst-drop']);
  }

  async ssh(hostId: string, command: string, opts: { timeoutMs?: number } = {}): Promise<SshResult> {
    const h = this.state(hostId).host;
    const args = [
      '-i', h.privateKeyPath,
      '-p', String(h.port),
      '-o', 'BatchMode=yes',
      '-o', 'StrictHostKeyChecking=yes',
      '-o', `UserKnownHostsFile=${h.knownHostsPath}`,
      '-o', 'GlobalKnownHostsFile=/dev/null',
      '-o', 'ConnectTimeout=5',
      '-o', 'LogLevel=ERROR',
      `${h.username}@${h.ip}`,
      command,
    ];
    return capture('ssh', args, opts.timeoutMs ?? 30_000);
  }

  async nsExec(hostId: string, args: string[]): Promise<SshResult> {
    const h = this.state(hostId).host;
    return capture('ip', ['netns', 'exec', h.ns, ...args], 30_000);
  }

  async stopSshd(hostId: string): Promise<void> {
    const s = this.state(hostId);
    const child = s.sshd;
    s.sshd = undefined;
    if (child) await stopChild(child);
    await waitForClosed(s.host.ip, s.host.port, 5_000);
  }

  async startSshd(hostId: string): Promise<void> {
    const s = this.state(hostId);
    if (this.isSshdRunning(s)) return;
    await startSshdOf(s, SSHD_READY_TIMEOUT_MS);
  }

  private isSshdRunning(s: HostState): boolean {
    return s.sshd !== undefined && s.sshd.exitCode === null && s.sshd.signalCode === null;
  }

  async teardown(): Promise<void> {
    if (this.tornDown) return;
    this.tornDown = true;
    liveLabs.delete(this);
    const children = [...this.states.values()].flatMap((s) => [s.sip?.child, s.sshd, ...s.services.map((x) => x.child)]).filter((c): c is ChildProcess => c !== undefined);
    const exited = children.map(exitOf);
    for (const c of children) c.kill('SIGKILL');
    // If cleanupStaleLabs() reaped this lab (it looked dead), the slot and its names may belong
    // to another lab by now: then only our own (uniquely named) directory is ours to remove.
    if (ownsSlot(this.slot, this.id)) await destroyNamespaces(this.hosts.map((h) => h.ns));
    // Reap our direct children, so no zombie of the lab is left when teardown() resolves.
    await Promise.race([Promise.all(exited), sleep(2_000)]);
    rmSync(this.dir, { recursive: true, force: true });
    releaseSlot(this.slot, this.id);
  }

  /** Best-effort synchronous teardown when the process exits without calling teardown(). */
  teardownSync(): void {
    if (this.tornDown) return;
    this.tornDown = true;
    if (ownsSlot(this.slot, this.id)) destroyNamespacesSync(this.hosts.map((h) => h.ns));
    rmSync(this.dir, { recursive: true, force: true });
    releaseSlot(this.slot, this.id);
  }
}

/** Only net.* keys are per network namespace; anything else would change this machine. */
function checkSysctlKey(key: string): void {
  if (!/^net\.[A-Za-z0-9_.\-/]+$/.test(key)) {
    throw new Error(`vos-assist lab: sysctl key "${key}" is not a net.* key; only per-namespace net.* keys can be read or set on lab hosts`);
  }
}

/** Runs a program and returns its exit code and output (no throw on non-zero exit). */
function capture(cmd: string, args: string[], timeoutMs: number): Promise<SshResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`vos-assist lab: cannot run ${cmd}: ${err.message}`, { cause: err }));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 + 9 : 255), stdout, stderr });
    });
  });
}

/** `YYYY-MM-DD HH:MM:SS.mmm` in local time, as the softswitch and the service shim stamp their logs. */
function localStamp(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

function tail(file: string, lines: number): string {
  try {
    return JSON.stringify(readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n'));
  } catch {
    return '(no log)';
  }
}

function exitOf(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => child.once('exit', () => r()));
}

/** SIGTERM, then SIGKILL after a grace period; resolves when the child has exited. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}

async function startSshdOf(s: HostState, timeoutMs: number): Promise<void> {
  const child = spawnSshd(s.host.ns, s.paths, `vos-${s.host.id}`);
  s.sshd = child;
  let exit = '';
  child.once('exit', (code, signal) => (exit = `sshd wrapper exited (${signal ?? `code ${code}`}).`));
  const diagnose = () => `${exit} Last lines of ${s.paths.sshdLog}: ${tail(s.paths.sshdLog, 5)}`;
  await waitForSsh(s.host.ip, s.host.port, timeoutMs, () => exit !== '', diagnose);
}

async function startSipHolder(h: LabHost): Promise<SipHolder> {
  try {
    return await startLineChild(h.ns, 'sip-hold.mjs', [h.ip], `SIP TCP connections on ${h.id}`);
  } catch (err) {
    throw new Error(`${(err as Error).message} (is something else listening on ${h.ip}:5060?)`, { cause: err });
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const lab of liveLabs) lab.teardownSync();
  });
}

function normaliseHostOptions(hosts: number | LabHostOptions[]): Required<LabHostOptions>[] {
  const list: LabHostOptions[] = typeof hosts === 'number' ? Array.from({ length: hosts }, () => ({})) : hosts;
  if (list.length < 1 || list.length > MAX_HOSTS_PER_LAB) {
    throw new Error(`vos-assist lab: a lab has 1 to ${MAX_HOSTS_PER_LAB} hosts, not ${list.length}`);
  }
  return list.map((o) => ({ style: o.style ?? 'quoted', noSs: o.noSs ?? false, rstDropRule: o.rstDropRule ?? false, legacy: o.legacy ?? false, rsaHostKey: o.rsaHostKey ?? false }));
}

function checkEnvironment(): void {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) {
    throw new Error('vos-assist lab: needs root on Linux (network namespaces, veths, mounts); run the tests as root');
  }
}

async function genKey(path: string, comment: string, type: 'ed25519' | 'rsa' = 'ed25519'): Promise<string> {
  rmSync(path, { force: true });
  rmSync(`${path}.pub`, { force: true });
  await run('ssh-keygen', ['-q', '-t', type, '-N', '', '-C', comment, '-f', path]);
  return (await readFile(`${path}.pub`, 'utf8')).trim();
}

/** Host directory tree and host key: all on this machine, nothing started yet. */
async function prepareHost(s: HostState, authorizedKeys: string): Promise<void> {
  prepareHostDir(s.paths, s.host.ip, authorizedKeys, s.opts);
  const pubs = await Promise.all([genKey(s.paths.hostKey, `root@vos-${s.host.id}`), ...(s.opts.rsaHostKey ? [genKey(s.paths.rsaHostKey, `root@vos-${s.host.id}`, 'rsa')] : [])]);
  s.host.hostKeys = pubs.map((pub) => ({ type: pub.split(/\s+/)[0]!, fingerprint: fingerprintOf(pub) }));
  s.host.hostKeySha256 = s.host.hostKeys[0]!.fingerprint;
  const knownHosts = pubs.map((pub) => `${s.host.ip} ${pub.split(/\s+/).slice(0, 2).join(' ')}\n`);
  s.host.knownHostsLine = knownHosts[0]!.trimEnd();
  writeFileSync(s.host.knownHostsPath, knownHosts.join(''));
}

/**
 * Namespaces and veths of all hosts in one `ip -batch`: the kernel serialises these operations
 * anyway, and one process instead of dozens keeps a 20-host bring-up in the seconds.
 */
async function createNetworks(states: HostState[], slot: number, firstIndex: number): Promise<void> {
  const lines = states.flatMap((s, i) => {
    const name = s.host.ns;
    return [`netns add ${name}`, `link add ${name} type veth peer name eth0 netns ${name}`, `addr add ${peerIp(slot, firstIndex + i)}/30 dev ${name}`, `link set ${name} up`];
  });
  await run('ip', ['-batch', '-'], { input: lines.join('\n') + '\n', timeoutMs: 60_000 });
}

/** Inside the namespace: addresses, VOS-like sysctls, firewall rules; then sshd. */
async function startHost(s: HostState, timeoutMs: number): Promise<void> {
  await run('ip', ['netns', 'exec', s.host.ns, '/bin/bash', helperPath('host-kernel.sh'), '--new', s.host.ip, s.opts.rstDropRule ? '1' : '0']);
  await startSshdOf(s, timeoutMs);
}

function newHostState(labDir: string, slot: number, index: number, opts: Required<LabHostOptions>, privateKeyPath: string): HostState {
  const id = `lab${index}`;
  const paths = hostPaths(labDir, id);
  const host: LabHost = {
    id,
    ns: hostName(slot, index),
    ip: hostIp(slot, index),
    port: 22,
    username: 'root',
    privateKeyPath,
    hostKeySha256: '',
    hostKeys: [],
    dir: paths.dir,
    confPath: SOFTSWITCH_CONF,
    localConfPath: paths.conf,
    localSysctlDir: paths.sysctlD,
    localSysctlConfPath: join(paths.etcUpper, 'sysctl.conf'),
    knownHostsLine: '',
    knownHostsPath: paths.knownHosts,
    options: opts,
  };
  return { host, paths, opts, sshd: undefined, sip: undefined, services: [] };
}

/**
 * Creates a lab of fake VOS3000 hosts. Call teardown() when done (afterAll); if the process
 * exits without it, an exit handler and the next createLab()/cleanupStaleLabs() clean up.
 */
export async function createLab(opts: CreateLabOptions): Promise<Lab> {
  checkEnvironment();
  const hostOpts = normaliseHostOptions(opts.hosts);
  await cleanupStaleLabs().catch(() => undefined);
  const owner = await allocateSlot(opts.name);
  const { slot, dir } = owner;
  const clientKey = join(dir, 'id_ed25519');
  const states = hostOpts.map((o, i) => newHostState(dir, slot, i + 1, o, clientKey));
  const lab = new LabImpl(owner.labId, dir, slot, states);
  liveLabs.add(lab);
  installExitHook();
  try {
    mkdirSync(dir, { recursive: true });
    writeJsonAtomic(join(dir, 'owner.json'), owner);
    // sshd's privilege separation directory; Debian creates it only when its own sshd starts.
    mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
    const authorizedKeys = join(dir, 'authorized_keys');
    const clientPub = genKey(clientKey, `vos-assist-lab-${owner.labId}`);
    clientPub.catch(() => undefined); // awaited below; this only avoids an unhandled rejection meanwhile
    // Host keys and directories (CPU) while the kernel creates the namespaces.
    await Promise.all([mapLimit(states, BRING_UP_CONCURRENCY, (s) => prepareHost(s, authorizedKeys)), createNetworks(states, slot, 1)]);
    writeFileSync(authorizedKeys, `${await clientPub}\n`);
    const timeoutMs = opts.readyTimeoutMs ?? SSHD_READY_TIMEOUT_MS;
    await mapLimit(states, BRING_UP_CONCURRENCY, (s) => startHost(s, timeoutMs));
    writeFileSync(lab.knownHostsPath, states.map((s) => readFileSync(s.host.knownHostsPath, 'utf8')).join(''));
    return lab;
  } catch (err) {
    await lab.teardown().catch(() => undefined);
    throw err;
  }
}

/** Waits until `predicate` holds (polling), for tests that watch the lab change. */
export async function waitUntil(predicate: () => Promise<boolean> | boolean, timeoutMs = 5_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`vos-assist lab: timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}
