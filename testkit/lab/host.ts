import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import {
  BASH_PROFILE,
  BASHRC,
  releaseFiles,
  serviceShim,
  softswitchConf,
  sshdConfig,
  sysctlConf,
  type ConfStyle,
} from './files.js';
import { helperPath } from './paths.js';
import { sleep } from './sys.js';

export interface HostOptions {
  style: ConfStyle;
  noSs: boolean;
  rstDropRule: boolean;
  legacy: boolean;
  rsaHostKey: boolean;
}

/** Where everything of one host lives on this machine. */
export interface HostPaths {
  dir: string;
  hostKey: string;
  rsaHostKey: string;
  sshdConfig: string;
  pidFile: string;
  sshdLog: string;
  knownHosts: string;
  behaviour: string;
  home: string; // bound over /home
  root: string; // bound over /root
  sbin: string; // bound over /usr/local/sbin
  sysctlD: string; // bound over /etc/sysctl.d
  libSysctlD: string; // bound over /usr/lib/sysctl.d (empty: `sysctl --system` stays inside the namespace)
  varLog: string; // bound over /var/log
  etcUpper: string; // overlay upper of /etc
  usrBinUpper: string; // overlay upper of /usr/bin (noSs only)
  conf: string; // softswitch.conf as the test process sees it
  daemonLog: string;
  effective: string;
}

export function hostPaths(labDir: string, id: string): HostPaths {
  const dir = join(labDir, id);
  const fs = join(dir, 'fs');
  const ovl = join(dir, 'ovl');
  const home = join(fs, 'home');
  const mbx = join(home, 'kunshi', 'mbx3000');
  return {
    dir,
    hostKey: join(dir, 'ssh_host_ed25519_key'),
    rsaHostKey: join(dir, 'ssh_host_rsa_key'),
    sshdConfig: join(dir, 'sshd_config'),
    pidFile: join(dir, 'sshd.pid'),
    sshdLog: join(dir, 'sshd.log'),
    knownHosts: join(dir, 'known_hosts'),
    behaviour: join(dir, 'reload-behaviour'),
    home,
    root: join(fs, 'root'),
    sbin: join(fs, 'usr-local-sbin'),
    sysctlD: join(fs, 'etc-sysctl.d'),
    libSysctlD: join(fs, 'usr-lib-sysctl.d'),
    varLog: join(fs, 'var-log'),
    etcUpper: join(ovl, 'etc'),
    usrBinUpper: join(ovl, 'usr-bin'),
    conf: join(mbx, 'etc', 'softswitch.conf'),
    daemonLog: join(mbx, 'log', 'mbx3000d.log'),
    effective: join(mbx, 'run', 'effective'),
  };
}

/**
 * The mounts sshd-run.sh makes inside the host's mount namespace, in order. The host sees this
 * machine's filesystem except for these; nothing a session writes there reaches the real paths.
 */
function hostFstab(p: HostPaths, opts: HostOptions): string {
  const overlay = (target: string, upper: string) => `vos-lab ${target} overlay lowerdir=${target},upperdir=${upper},workdir=${upper}.work 0 0`;
  const bind = (source: string, target: string, extra = '') => `${source} ${target} none bind${extra} 0 0`;
  return [
    '# vos-assist lab: mounts of one fake VOS3000 host (mount --all --fstab, inside its mount namespace)',
    // /etc: this machine's /etc with the host's release files and sysctl.conf on top.
    overlay('/etc', p.etcUpper),
    bind(p.sysctlD, '/etc/sysctl.d'),
    // Empty, so `sysctl --system` only loads the host's own files.
    bind(p.libSysctlD, '/usr/lib/sysctl.d'),
    bind(p.home, '/home'),
    bind(p.root, '/root'),
    // First on PATH: the fake `service` command.
    bind(p.sbin, '/usr/local/sbin'),
    bind(p.varLog, '/var/log'),
    // noSs: an overlay whiteout hides ss, so `command -v ss` fails and bash says "command not found".
    ...(opts.noSs ? [overlay('/usr/bin', p.usrBinUpper)] : []),
    // Only net.* (per namespace) stays writable: `sysctl -w kernel.…` from a session must not change this machine.
    bind('/proc/sys', '/proc/sys'),
    bind('/proc/sys/net', '/proc/sys/net'),
    '/proc/sys /proc/sys none remount,bind,ro 0 0',
    '',
  ].join('\n');
}

/** Empties a directory in place: it is a bind-mount source, so it must keep its inode. */
export function emptyDir(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
}

/** Creates the host directory tree (before sshd starts; overlays need their work dirs). */
export function prepareHostDir(p: HostPaths, hostIp: string, authorizedKeys: string, opts: HostOptions): void {
  for (const d of [p.home, p.root, p.sbin, p.sysctlD, p.libSysctlD, p.varLog, p.etcUpper, `${p.etcUpper}.work`, p.usrBinUpper, `${p.usrBinUpper}.work`]) {
    mkdirSync(d, { recursive: true });
  }
  // An RSA key beside the ED25519 one, as most servers have: clients that prefer ED25519 never see it unless they ask.
  const hostKeys = opts.rsaHostKey ? [p.hostKey, p.rsaHostKey] : [p.hostKey];
  writeFileSync(p.sshdConfig, sshdConfig({ ip: hostIp, hostKeys, pidFile: p.pidFile, authorizedKeys }));
  writeFileSync(join(p.dir, 'fstab'), hostFstab(p, opts));
  const shim = join(p.sbin, 'service');
  writeFileSync(shim, serviceShim(p.dir, readFileSync(helperPath('service.sh'), 'utf8')), { mode: 0o755 });
  if (opts.noSs) whiteout(join(p.usrBinUpper, 'ss'));
  resetHostFiles(p, opts);
  writeEtcSeeds(p.etcUpper, opts.legacy);
}

/**
 * Puts the files of the bind-mounted directories back to the initial state: VOS3000 home,
 * /root, /var/log, sysctl.d, reload behaviour. The directories themselves stay: they are
 * bind-mount sources, and a new inode would not be seen inside the host.
 */
export function resetHostFiles(p: HostPaths, opts: HostOptions): void {
  emptyDir(p.home);
  writeVosHome(p, opts.style);
  emptyDir(p.root);
  writeFileSync(join(p.root, '.bashrc'), BASHRC);
  writeFileSync(join(p.root, '.bash_profile'), BASH_PROFILE);
  emptyDir(p.varLog);
  // sshd appends login records only to files that exist; keep them off the real /var/log.
  for (const f of ['wtmp', 'lastlog', 'messages', 'secure']) writeFileSync(join(p.varLog, f), '');
  emptyDir(p.sysctlD);
  emptyDir(p.libSysctlD);
  writeFileSync(p.behaviour, 'ok\n');
}

/**
 * Re-seeds the /etc overlay. Only while no sshd of the host runs: overlayfs does not expect its
 * upper dir to change under a mount. Use etcDrifted() first to avoid needless sshd restarts.
 */
export function reseedEtc(p: HostPaths, legacy: boolean): void {
  emptyDir(p.etcUpper);
  emptyDir(`${p.etcUpper}.work`);
  writeEtcSeeds(p.etcUpper, legacy);
}

/** True when a session changed /etc (anything besides the seeds, or a seed's content). */
export function etcDrifted(p: HostPaths, legacy: boolean): boolean {
  const names = readdirSync(p.etcUpper).sort();
  if (names.join('/') !== etcSeedNames(legacy).join('/')) return true;
  if (legacy && !lstatSync(join(p.etcUpper, 'os-release')).isCharacterDevice()) return true;
  const expected: Record<string, string> = { ...releaseFiles(legacy), 'sysctl.conf': sysctlConf(legacy) };
  for (const [name, content] of Object.entries(expected)) {
    try {
      if (readFileSync(join(p.etcUpper, name), 'utf8') !== content) return true;
    } catch {
      return true;
    }
  }
  return false;
}

function writeVosHome(p: HostPaths, style: ConfStyle): void {
  const mbx = join(p.home, 'kunshi', 'mbx3000');
  for (const d of ['etc', 'log', 'run', 'bin']) mkdirSync(join(mbx, d), { recursive: true });
  writeFileSync(p.conf, softswitchConf(style), { mode: 0o644 });
  chmodSync(p.conf, 0o644);
  chownSync(p.conf, 0, 0);
  writeFileSync(p.daemonLog, '');
  writeFileSync(p.effective, 'Off\n');
}

/** Files the host's /etc shows on top of this machine's /etc. */
function writeEtcSeeds(upper: string, legacy: boolean): void {
  for (const [name, content] of Object.entries(releaseFiles(legacy))) writeFileSync(join(upper, name), content);
  // CentOS 6 has no /etc/os-release; a whiteout hides this machine's (Debian) one.
  if (legacy) whiteout(join(upper, 'os-release'));
  writeFileSync(join(upper, 'sysctl.conf'), sysctlConf(legacy));
}

/** Names the /etc overlay upper dir holds right after seeding (to detect other writes). */
function etcSeedNames(legacy: boolean): string[] {
  return [...Object.keys(releaseFiles(legacy)), ...(legacy ? ['os-release'] : []), 'sysctl.conf'].sort();
}

/** An overlayfs whiteout: a 0/0 character device hides the lower file of the same name. */
function whiteout(path: string): void {
  rmSync(path, { force: true });
  // Node has no mknod; the program is always there.
  const res = spawnSync('mknod', [path, 'c', '0', '0'], { encoding: 'utf8' });
  if (res.error || res.status !== 0) {
    throw new Error(`vos-assist lab: cannot create overlay whiteout ${path}: ${res.error?.message ?? res.stderr.trim()}`);
  }
}

/** `SHA256:…` of an OpenSSH public key line, exactly as `ssh-keygen -lf` prints it. */
export function fingerprintOf(pubLine: string): string {
  const blob = pubLine.trim().split(/\s+/)[1];
  if (!blob) throw new Error(`vos-assist lab: not an OpenSSH public key line: ${pubLine}`);
  const digest = createHash('sha256').update(Buffer.from(blob, 'base64')).digest('base64');
  return `SHA256:${digest.replace(/=+$/, '')}`;
}

/**
 * Starts the host's sshd inside its namespace and a private mount/UTS namespace. The wrapper
 * reads our end of a pipe on stdin: when this process dies, the pipe closes and sshd ends too.
 */
export function spawnSshd(ns: string, p: HostPaths, hostname: string): ChildProcess {
  const log = openSync(p.sshdLog, 'a');
  try {
    const child = spawn(
      'ip',
      ['netns', 'exec', ns, 'unshare', '--mount', '--uts', '--propagation', 'slave', '/bin/bash', helperPath('sshd-run.sh'), p.dir, hostname],
      { stdio: ['pipe', log, log] },
    );
    // Do not keep the test process alive for the lab; teardown() or process exit ends it.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    child.on('error', () => {});
    return child;
  } finally {
    closeSync(log);
  }
}

/**
 * Resolves once something on ip:port speaks SSH (banner). Fails at the deadline, or as soon as
 * `gone()` says the sshd wrapper exited (a bad config should not cost the whole timeout).
 */
export async function waitForSsh(ip: string, port: number, timeoutMs: number, gone: () => boolean, diagnose: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no attempt';
  while (Date.now() < deadline) {
    last = await probeBanner(ip, port, Math.max(200, deadline - Date.now()));
    if (last === 'ok') return;
    if (gone()) throw new Error(`vos-assist lab: sshd on ${ip}:${port} exited during start-up (${last}). ${diagnose()}`);
    await sleep(25);
  }
  throw new Error(`vos-assist lab: sshd on ${ip}:${port} did not accept connections within ${timeoutMs} ms (${last}). ${diagnose()}`);
}

function probeBanner(ip: string, port: number, timeoutMs: number): Promise<string> {
  return new Promise((resolve) => {
    const sock = connect({ host: ip, port });
    let buf = '';
    const done = (r: string) => {
      clearTimeout(timer);
      sock.destroy();
      resolve(r);
    };
    const timer = setTimeout(() => done('timeout'), Math.min(timeoutMs, 2000));
    sock.on('data', (d) => {
      buf += d.toString('latin1');
      if (buf.includes('\n')) done(buf.startsWith('SSH-') ? 'ok' : `unexpected banner ${JSON.stringify(buf.slice(0, 40))}`);
    });
    sock.on('error', (err) => done(err.message));
    sock.on('close', () => done('closed before banner'));
  });
}

/** Resolves once nothing listens on ip:port any more (connection refused). */
export async function waitForClosed(ip: string, port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const refused = await new Promise<boolean>((resolve) => {
      const sock = connect({ host: ip, port });
      sock.on('connect', () => {
        sock.destroy();
        resolve(false);
      });
      sock.on('error', () => resolve(true));
    });
    if (refused) return;
    await sleep(25);
  }
  throw new Error(`vos-assist lab: something still listens on ${ip}:${port} after ${timeoutMs} ms`);
}
