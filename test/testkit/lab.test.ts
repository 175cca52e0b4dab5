import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseConfig } from '../../config/index.js';
import { cleanupStaleLabs, createLab, SOFTSWITCH_CONF, type Lab } from '../../testkit/lab/index.js';

/** Runs a program on this machine; output as text, exit code included. */
function sh(cmd: string, args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The real OpenSSH client, strict host key checking against a file holding only the expected key. */
function realSsh(lab: Lab, id: string, command: string): { code: number; stdout: string; stderr: string } {
  const h = lab.host(id);
  const known = join(h.dir, 'test_known_hosts');
  writeFileSync(known, `${h.knownHostsLine}\n`);
  return sh('ssh', [
    '-i', h.privateKeyPath,
    '-o', 'BatchMode=yes',
    '-o', 'StrictHostKeyChecking=yes',
    '-o', `UserKnownHostsFile=${known}`,
    '-o', 'GlobalKnownHostsFile=/dev/null',
    `root@${h.ip}`,
    command,
  ]);
}

const netnsList = () => sh('ip', ['netns', 'list']).stdout;
const linkList = () => sh('ip', ['-o', 'link', 'show']).stdout;
const machineSysctl = (file: string) => readFileSync(`/proc/sys/net/ipv4/${file}`, 'utf8').trim().replace(/\s+/g, ' ');
/** Running (a zombie waiting to be reaped by its parent counts as gone). */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Pids living in a namespace, with their command lines. */
function nsProcesses(ns: string): Array<{ pid: number; cmd: string }> {
  const pids = sh('ip', ['netns', 'pids', ns]).stdout.split('\n').filter(Boolean).map(Number);
  return pids.map((pid) => {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    } catch {
      // exited meanwhile
    }
    return { pid, cmd };
  });
}

describe('test lab', () => {
  let lab: Lab;
  let initial: Record<string, Buffer>;

  beforeAll(async () => {
    lab = await createLab({ hosts: [{}, { style: 'bare', noSs: true, rstDropRule: true, legacy: true }], name: 'labtest' });
    initial = { lab1: await lab.readConf('lab1'), lab2: await lab.readConf('lab2') };
  });

  afterAll(async () => {
    await lab?.teardown();
  });

  test('two hosts with distinct namespaces, 10.x addresses, mode 0600 client key', () => {
    expect(lab.hosts.map((h) => h.id)).toEqual(['lab1', 'lab2']);
    const [a, b] = lab.hosts;
    expect(a!.ns).not.toBe(b!.ns);
    for (const h of lab.hosts) {
      expect(h.ip).toMatch(/^10\.\d+\.\d+\.\d+$/);
      expect(h.port).toBe(22);
      expect(h.username).toBe('root');
      expect(h.confPath).toBe(SOFTSWITCH_CONF);
      expect(statSync(h.privateKeyPath).mode & 0o777).toBe(0o600);
      expect(netnsList()).toContain(h.ns);
      expect(h.ns.length).toBeLessThanOrEqual(15);
    }
  });

  test('the real ssh client with a pinned host key reads each host its own softswitch.conf', async () => {
    await lab.writeConf('lab1', Buffer.concat([initial.lab1!, Buffer.from('# marker lab1\n')]));
    for (const h of lab.hosts) {
      const r = realSsh(lab, h.id, `cat ${SOFTSWITCH_CONF}`);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(Buffer.from(r.stdout)).toEqual(await lab.readConf(h.id));
    }
    expect(realSsh(lab, 'lab1', `cat ${SOFTSWITCH_CONF}`).stdout).toContain('SS_TCP_CLOSE_RESET="Off"');
    expect(realSsh(lab, 'lab2', `cat ${SOFTSWITCH_CONF}`).stdout).toContain('\nSS_TCP_CLOSE_RESET=Off\n');
    expect(realSsh(lab, 'lab2', `cat ${SOFTSWITCH_CONF}`).stdout).not.toContain('marker');
    await lab.writeConf('lab1', initial.lab1!);
  });

  test('a wrong pinned key is refused (the pin is real)', () => {
    const other = lab.host('lab2');
    const h = lab.host('lab1');
    const wrong = join(h.dir, 'wrong_known_hosts');
    writeFileSync(wrong, `${h.ip} ${other.knownHostsLine.split(' ').slice(1).join(' ')}\n`);
    const r = sh('ssh', ['-i', h.privateKeyPath, '-o', 'BatchMode=yes', '-o', 'StrictHostKeyChecking=yes', '-o', `UserKnownHostsFile=${wrong}`, `root@${h.ip}`, 'true']);
    expect(r.code).toBe(255);
    expect(r.stderr).toMatch(/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key verification failed/);
  });

  test('hostKeySha256 is what ssh-keygen -lf prints for the key the host serves', () => {
    for (const h of lab.hosts) {
      const fromFile = execFileSync('ssh-keygen', ['-lf', join(h.dir, 'ssh_host_ed25519_key.pub')], { encoding: 'utf8' }).split(' ')[1];
      expect(fromFile).toBe(h.hostKeySha256);
      const scanned = sh('ssh-keyscan', ['-t', 'ed25519', h.ip]).stdout;
      const served = execFileSync('ssh-keygen', ['-lf', '-'], { input: scanned, encoding: 'utf8' }).split(' ')[1];
      expect(served).toBe(h.hostKeySha256);
    }
    expect(lab.host('lab1').hostKeySha256).not.toBe(lab.host('lab2').hostKeySha256);
  });

  test('kernel values are VOS-like per namespace and independent of each other and of this machine', async () => {
    const machine = { reuse: machineSysctl('tcp_tw_reuse'), range: machineSysctl('ip_local_port_range') };
    for (const h of lab.hosts) {
      expect(await lab.sysctl(h.id, 'net.ipv4.tcp_tw_reuse')).toBe('0');
      expect(await lab.sysctl(h.id, 'net.ipv4.ip_local_port_range')).toBe('32768 60999');
    }
    await lab.setSysctl('lab1', 'net.ipv4.tcp_tw_reuse', '1');
    await lab.setSysctl('lab1', 'net.ipv4.ip_local_port_range', '1024 65535');
    const viaSsh = realSsh(lab, 'lab2', 'sysctl -w net.ipv4.tcp_tw_reuse=2 && sysctl -n net.ipv4.tcp_tw_reuse');
    expect(viaSsh.stdout.trim().split('\n').pop()).toBe('2');
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    expect(await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('1024 65535');
    expect(await lab.sysctl('lab2', 'net.ipv4.tcp_tw_reuse')).toBe('2');
    expect(await lab.sysctl('lab2', 'net.ipv4.ip_local_port_range')).toBe('32768 60999');
    expect(machineSysctl('tcp_tw_reuse')).toBe(machine.reuse);
    expect(machineSysctl('ip_local_port_range')).toBe(machine.range);
    // Global (non-net) keys are read-only inside hosts, so a tool under test cannot change this machine.
    const pidMax = readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim();
    const global = realSsh(lab, 'lab1', `sysctl -w kernel.pid_max=${pidMax}`);
    expect(global.code).not.toBe(0);
    await Promise.all([lab.reset('lab1'), lab.reset('lab2')]);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect(await lab.sysctl('lab2', 'net.ipv4.tcp_tw_reuse')).toBe('0');
  });

  test('ssh sessions get a CentOS-like PATH on which the service shim and the usual tools are found', () => {
    const r = realSsh(lab, 'lab1', 'echo "$PATH"; for c in service ss netstat sysctl iptables timeout sha256sum; do command -v $c; done; hostname');
    expect(r.code).toBe(0);
    const [path, ...found] = r.stdout.trim().split('\n');
    expect(path).toBe('/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin');
    expect(found[0]).toBe('/usr/local/sbin/service');
    expect(found.slice(1, 7)).toHaveLength(6);
    expect(found[7]).toBe('vos-lab1');
  });

  test('service mbx3000d reparse over ssh logs and makes the value effective; status and restart log too', async () => {
    await lab.writeConf('lab1', initial.lab1!.toString().replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'));
    const r = realSsh(lab, 'lab1', 'service mbx3000d reparse');
    expect(r.code).toBe(0);
    expect(await lab.effective('lab1')).toBe('On');
    expect(realSsh(lab, 'lab1', 'service mbx3000d status').code).toBe(0);
    expect(realSsh(lab, 'lab1', 'service mbx3000d restart').code).toBe(0);
    const log = await lab.daemonLog('lab1');
    expect(log).toHaveLength(3);
    expect(log[0]).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3} reparse SS_TCP_CLOSE_RESET=On$/);
    expect(log[1]).toMatch(/ status$/);
    expect(log[2]).toMatch(/ restart SS_TCP_CLOSE_RESET=On$/);
    // Only mbx3000d: a tool under test must never reach a real service of this machine.
    const other = realSsh(lab, 'lab1', 'service ssh restart');
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('unrecognized service');
    // lab2 saw none of it.
    expect(await lab.daemonLog('lab2')).toEqual([]);
    await lab.reset('lab1');
  });

  test('reload behaviour revert puts SS_TCP_CLOSE_RESET back to Off in the file own style', async () => {
    for (const id of ['lab1', 'lab2']) {
      await lab.setReloadBehaviour(id, 'revert');
      const on = initial[id]!.toString().replace(/SS_TCP_CLOSE_RESET=("?)Off("?)/, 'SS_TCP_CLOSE_RESET=$1On$2');
      await lab.writeConf(id, on);
      const r = realSsh(lab, id, 'service mbx3000d reparse');
      expect(r.code).toBe(0);
      expect(await lab.readConf(id)).toEqual(initial[id]);
      expect(await lab.effective(id)).toBe('Off');
      expect((await lab.daemonLog(id)).at(-1)).toMatch(/reparse rejected SS_TCP_CLOSE_RESET=On, reverted to Off$/);
    }
    await Promise.all([lab.reset('lab1'), lab.reset('lab2')]);
  });

  test('reload behaviours fail and hang; reset ends hanging reloads', async () => {
    await lab.setReloadBehaviour('lab1', 'fail');
    const failed = realSsh(lab, 'lab1', 'service mbx3000d reparse');
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/reparse failed/);

    await lab.setReloadBehaviour('lab1', 'hang');
    const timedOut = realSsh(lab, 'lab1', 'timeout 1 service mbx3000d reparse');
    expect(timedOut.code).toBe(124);
    // A client that gives up leaves the sleeper behind, as on a real server.
    const abandoned = await lab.ssh('lab1', 'service mbx3000d reparse', { timeoutMs: 1_000 });
    expect(abandoned.code).not.toBe(0);
    const ns = lab.host('lab1').ns;
    expect(nsProcesses(ns).some((p) => p.cmd.startsWith('vos-lab-hang'))).toBe(true);
    await lab.reset('lab1');
    expect(nsProcesses(ns).some((p) => p.cmd.startsWith('vos-lab-hang'))).toBe(false);
    expect(realSsh(lab, 'lab1', 'service mbx3000d reparse').code).toBe(0);
    await lab.reset('lab1');
  });

  test('makeTimeWait leaves at least 90% of n sockets in TIME_WAIT in that namespace only', async () => {
    const n = 300;
    const count = async (id: string) => {
      const r = await lab.nsExec(id, ['ss', '-tan', 'state', 'time-wait']);
      return r.stdout.trim().split('\n').length - 1;
    };
    const before2 = await count('lab2');
    await lab.makeTimeWait('lab1', n);
    expect(await count('lab1')).toBeGreaterThanOrEqual(n * 0.9);
    expect(await count('lab2')).toBe(before2);
    // The tool under test sees them over ssh as well.
    const seen = realSsh(lab, 'lab1', 'ss -tan state time-wait | tail -n +2 | wc -l');
    expect(Number(seen.stdout.trim())).toBeGreaterThanOrEqual(n * 0.9);
  });

  test('holdSipTcp keeps established connections to port 5060', async () => {
    await lab.holdSipTcp('lab1', 5);
    await lab.holdSipTcp('lab1', 3);
    const r = realSsh(lab, 'lab1', "ss -tan state established '( sport = :5060 )' | tail -n +2 | wc -l");
    expect(Number(r.stdout.trim())).toBe(8);
    await lab.releaseSipTcp('lab1');
    const after = realSsh(lab, 'lab1', "ss -tan state established '( sport = :5060 )' | tail -n +2 | wc -l");
    expect(Number(after.stdout.trim())).toBe(0);
  });

  test('noSs host: ss is not found (127), netstat works', () => {
    const ss = realSsh(lab, 'lab2', 'ss -tan');
    expect(ss.code).toBe(127);
    expect(ss.stderr).toMatch(/ss: command not found/);
    expect(realSsh(lab, 'lab2', 'command -v ss').code).not.toBe(0);
    const netstat = realSsh(lab, 'lab2', 'netstat -tan');
    expect(netstat.code).toBe(0);
    expect(netstat.stdout).toMatch(/LISTEN/);
    expect(realSsh(lab, 'lab1', 'ss -tan').code).toBe(0);
  });

  test('rstDropRule host has the RST and INVALID drop rules, the other host none', () => {
    const rules2 = realSsh(lab, 'lab2', 'iptables -S INPUT').stdout;
    expect(rules2).toContain('--dport 5060 --tcp-flags RST RST -j DROP');
    expect(rules2).toContain('--ctstate INVALID -j DROP');
    expect(realSsh(lab, 'lab1', 'iptables -S INPUT').stdout.trim()).toBe('-P INPUT ACCEPT');
  });

  test('legacy host looks like CentOS 6; writes to /etc stay in the host', async () => {
    const legacy = realSsh(lab, 'lab2', 'cat /etc/redhat-release; test -e /etc/os-release && echo has-os-release; cat /etc/sysctl.conf');
    expect(legacy.stdout).toContain('CentOS release 6.10 (Final)');
    expect(legacy.stdout).not.toContain('has-os-release');
    expect(realSsh(lab, 'lab1', 'cat /etc/redhat-release').stdout).toContain('CentOS Linux release 7');
    expect(existsSync('/etc/redhat-release')).toBe(false);
    const machineConf = readFileSync('/etc/sysctl.conf');
    expect(realSsh(lab, 'lab2', 'echo "net.ipv4.tcp_tw_reuse = 1" >> /etc/sysctl.conf').code).toBe(0);
    expect(readFileSync('/etc/sysctl.conf')).toEqual(machineConf);
    expect(readFileSync(lab.host('lab2').localSysctlConfPath, 'utf8')).toContain('net.ipv4.tcp_tw_reuse = 1');
    await lab.reset('lab2');
    expect(readFileSync(lab.host('lab2').localSysctlConfPath, 'utf8')).not.toContain('tcp_tw_reuse');
  });

  test('reset restores bytes, mode, sysctls, sysctl.d, log, behaviour, and removes stray files', async () => {
    const h = lab.host('lab1');
    const dirty = [
      `cp ${SOFTSWITCH_CONF} ${SOFTSWITCH_CONF}.bak.1`,
      `sed -i 's/SS_TCP_CLOSE_RESET="Off"/SS_TCP_CLOSE_RESET="On"/' ${SOFTSWITCH_CONF}`,
      `chmod 600 ${SOFTSWITCH_CONF}`,
      `touch ${SOFTSWITCH_CONF}.tmp.42`,
      'echo "net.ipv4.tcp_tw_reuse = 1" > /etc/sysctl.d/90-vos-assist.conf',
      'sysctl -w net.ipv4.tcp_tw_reuse=1',
      'service mbx3000d reparse',
      'echo x > /etc/vos-assist-stray',
    ].join(' && ');
    expect(realSsh(lab, 'lab1', dirty).code).toBe(0);
    await lab.setReloadBehaviour('lab1', 'fail');
    await lab.reset('lab1');
    expect(await lab.readConf('lab1')).toEqual(initial.lab1);
    expect(statSync(h.localConfPath).mode & 0o777).toBe(0o644);
    expect(readdirSync(join(h.localConfPath, '..'))).toEqual(['softswitch.conf']);
    expect(readdirSync(h.localSysctlDir)).toEqual([]);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect(await lab.daemonLog('lab1')).toEqual([]);
    expect(await lab.effective('lab1')).toBe('Off');
    const after = realSsh(lab, 'lab1', 'test -e /etc/vos-assist-stray && echo stray; service mbx3000d reparse');
    expect(after.code).toBe(0);
    expect(after.stdout).not.toContain('stray');
    await lab.reset('lab1');
  });

  test('stopSshd makes the host unreachable, startSshd brings it back', async () => {
    await lab.stopSshd('lab2');
    const down = realSsh(lab, 'lab2', 'true');
    expect(down.code).toBe(255);
    expect(down.stderr).toMatch(/Connection refused/);
    expect(realSsh(lab, 'lab1', 'true').code).toBe(0);
    await lab.startSshd('lab2');
    expect(realSsh(lab, 'lab2', 'true').code).toBe(0);
  });

  test('an sshd that cannot start fails fast with its own complaint in the error', async () => {
    const config = join(lab.host('lab2').dir, 'sshd_config');
    const good = readFileSync(config, 'utf8');
    await lab.stopSshd('lab2');
    writeFileSync(config, `${good}NoSuchOption yes\n`);
    const started = Date.now();
    await expect(lab.startSshd('lab2')).rejects.toThrow(/exited during start-up.*NoSuchOption/s);
    expect(Date.now() - started).toBeLessThan(5_000);
    writeFileSync(config, good);
    await lab.startSshd('lab2');
    expect(realSsh(lab, 'lab2', 'true').code).toBe(0);
  });

  test('configYaml is a valid vos-assist config naming the hosts and their pinned keys', async () => {
    const cfg = parseConfig(lab.configYaml(), 'lab.yaml');
    expect(cfg.customers.map((c) => c.id)).toEqual(['acme']);
    expect(cfg.customers[0]!.chats).toEqual(['+8801700000001']);
    expect(cfg.engineers.map((e) => [e.id, e.role, e.chats[0]])).toEqual([
      ['rahim', 'approver', '+8801900000002'],
      ['vera', 'viewer', '+8801900000003'],
    ]);
    for (const h of lab.hosts) {
      const s = cfg.servers.find((x) => x.id === h.id)!;
      expect(s).toMatchObject({ customer: 'acme', host: h.ip, port: 22, username: 'root', privateKeyPath: h.privateKeyPath, hostKeySha256: h.hostKeySha256 });
    }
    const split = parseConfig(
      lab.configYaml({ customers: { acme: ['lab1'], globex: ['lab2'] }, serverExtra: { lab2: { tags: ['nat-phones'], commandTimeoutMs: 5000 } } }),
      'split.yaml',
    );
    expect(split.servers.map((s) => [s.id, s.customer])).toEqual([
      ['lab1', 'acme'],
      ['lab2', 'globex'],
    ]);
    expect(split.servers[1]!.tags).toEqual(['nat-phones']);
    expect(split.servers[1]!.commandTimeoutMs).toBe(5000);
    const file = join(lab.dir, 'written.yaml');
    await lab.writeConfig(file);
    expect(readFileSync(file, 'utf8')).toBe(lab.configYaml());
  });

  test('teardown leaves no namespaces, veths, processes or directory of the lab', async () => {
    const names = lab.hosts.map((h) => h.ns);
    const pids = names.flatMap((ns) => nsProcesses(ns).map((p) => p.pid));
    expect(pids.length).toBeGreaterThan(0);
    await lab.teardown();
    await lab.teardown(); // idempotent
    for (const ns of names) {
      expect(netnsList()).not.toMatch(new RegExp(`^${ns}\\b`, 'm'));
      expect(linkList()).not.toMatch(new RegExp(`\\b${ns}[:@]`));
    }
    expect(pids.filter(alive)).toEqual([]);
    expect(existsSync(lab.dir)).toBe(false);
  });
});

describe('stale labs', () => {
  test('cleanupStaleLabs removes a lab whose owner died, and its teardown is then harmless', async () => {
    const lab = await createLab({ hosts: 1, name: 'stale' });
    const h = lab.hosts[0]!;
    const sshdPids = nsProcesses(h.ns).map((p) => p.pid);
    // Pretend the owner died: a pid that existed and is gone.
    const dead = spawnSync('true').pid!;
    const slotOwners = readdirSync('/run/vos-lab/slots').map((s) => join('/run/vos-lab/slots', s, 'owner.json')).filter(existsSync);
    const ownerFile = slotOwners.find((f) => JSON.parse(readFileSync(f, 'utf8')).labId === lab.id)!;
    for (const f of [ownerFile, join(lab.dir, 'owner.json')]) {
      writeFileSync(f, JSON.stringify({ ...JSON.parse(readFileSync(f, 'utf8')), pid: dead, startTime: undefined }));
    }
    await cleanupStaleLabs();
    expect(netnsList()).not.toMatch(new RegExp(`^${h.ns}\\b`, 'm'));
    expect(linkList()).not.toMatch(new RegExp(`\\b${h.ns}[:@]`));
    expect(sshdPids.filter(alive)).toEqual([]);
    expect(existsSync(lab.dir)).toBe(false);
    // The slot is free again; a lab of another test file may already have taken it, never this one.
    if (existsSync(ownerFile)) expect(JSON.parse(readFileSync(ownerFile, 'utf8')).labId).not.toBe(lab.id);
    await lab.teardown();
  });
});
