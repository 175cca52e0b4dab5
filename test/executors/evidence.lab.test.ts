// The facts an engineer reads, read by the product over real SSH from lab hosts put into real
// fault states (test/lab/scenarios.ts): TIME_WAIT in the ephemeral range, SIP transports,
// listening ports with their processes, bind failures in the softswitch log, firewall rules
// dropping RST with their counters, the reserved ports. Old hosts (no ss) answer too. Needs root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig, type ServerConfig } from '../../config/index.js';
import { factsFromState, type Facts } from '../../executors/facts.js';
import { connectSsh } from '../../executors/ssh.js';
import { ALL_PROBES, readServerState } from '../../executors/state.js';
import { applyScenario, createLab, EXHAUSTED_RANGE, type Lab, type ScenarioName } from '../../testkit/lab/index.js';

let lab: Lab;
let servers: ServerConfig[];

beforeAll(async () => {
  lab = await createLab({ hosts: [{}, { noSs: true, legacy: true, style: 'bare' }], name: 'evidence' });
  servers = parseConfig(lab.configYaml(), 'lab.yaml').servers;
}, 60_000);
afterAll(() => lab?.teardown());

async function facts(hostId: string): Promise<Facts> {
  const server = servers.find((s) => s.id === hostId)!;
  const target = await connectSsh(server);
  try {
    return factsFromState(server, await readServerState(target, server, { probes: ALL_PROBES }), new Date());
  } finally {
    await target.close();
  }
}

async function inScenario(hostId: string, name: ScenarioName): Promise<Facts> {
  await lab.reset(hostId);
  await applyScenario(lab, hostId, name);
  return facts(hostId);
}

describe.each(['lab1', 'lab2'])('facts on %s (lab2: CentOS 6 without ss)', (host) => {
  it('exhausted: the narrowed range is full of TIME_WAIT, new connections fail, the log says so', async () => {
    await lab.reset(host);
    const { notes } = await applyScenario(lab, host, 'exhausted');
    // Probed at once, before the slower reading over SSH: the range stays full only while its
    // TIME_WAIT lasts, and a busy machine can stretch the reading.
    const connect = await lab.nsExec(host, [process.execPath, '-e', "require('net').connect(39999, '127.0.0.1').on('error', (e) => console.log(e.code))"]);
    expect(connect.stdout.trim()).toBe('EADDRNOTAVAIL');
    expect(notes).toContain(`ip_local_port_range ${EXHAUSTED_RANGE}: 500 sockets in TIME_WAIT, a new connection fails (connect EADDRNOTAVAIL 127.0.0.1:39999 - Local (0.0.0.0:0))`);
    const f = await facts(host);
    expect(f.timeWaitSource).toBe(host === 'lab1' ? 'ss' : 'netstat');
    expect(f.portRange).toEqual({ low: 40000, high: 40499, size: 500 });
    // Every port of the range is taken by a socket in TIME_WAIT (the test's own logins add a few elsewhere).
    expect(f.timeWaitEphemeral).toBeGreaterThanOrEqual(490);
    expect(f.timeWaitEphemeral!).toBeLessThanOrEqual(f.timeWaitCount!);
    expect(f.bindFailures).toMatchObject({ dir: '/home/kunshi/mbx3000/log', count: 3, lastHour: 3, undated: 0 });
    expect(f.bindFailures!.files).toContain('softswitch.log');
    expect(f.bindFailures!.newest).toMatchObject({ kind: 'cannot_assign', recent: true, port: null });
    expect(f.bindFailures!.newest!.text).toMatch(/EADDRNOTAVAIL/);
    expect(EXHAUSTED_RANGE).toBe('40000 40499');
  });

  it('exhausted: SIP on UDP and TCP, the listening ports with their processes, nothing reserved yet', async () => {
    const f = await facts(host);
    expect(f.sipListening).toMatchObject({ udp: true, tcp: true, tls: false });
    expect(f.sipTcpConnections).toBeGreaterThanOrEqual(20);
    const byPort = (port: number, proto = 'tcp') => f.listening!.find((l) => l.port === port && l.proto === proto);
    expect(byPort(5060, 'udp')?.process).toBe('mbx3000d');
    expect(byPort(5060)?.process).toBe('mbx3000d');
    expect(byPort(1720)?.process).toBe('mbx3000d');
    expect(byPort(3306)?.process).toBe('mysqld');
    expect(byPort(8080)?.process).toBe('httpd');
    expect(byPort(45000)?.process).toBe('vos-monitor');
    expect(byPort(22)?.process).toBe('sshd');
    expect(byPort(8080)?.pid).toBeGreaterThan(1);
    expect(f.reservedPorts).toBe('');
  });

  it('udp-only: SIP listens on UDP only and no SIP TCP connection is open', async () => {
    const f = await inScenario(host, 'udp-only');
    expect(f.sipListening).toMatchObject({ udp: true, tcp: false, tls: false });
    expect(f.sipTcpConnections).toBe(0);
    expect(f.bindFailures).toMatchObject({ count: 0, lastHour: 0, newest: null });
  });

  it('exhausted-tls: TLS listening with established connections', async () => {
    const f = await inScenario(host, 'exhausted-tls');
    expect(f.sipListening).toMatchObject({ udp: true, tcp: true, tls: true });
    expect(f.sipTlsConnections).toBeGreaterThanOrEqual(10);
  });

  it('bind-conflict: the real EADDRINUSE names port 8080, which httpd holds', async () => {
    const f = await inScenario(host, 'bind-conflict');
    expect(f.bindFailures).toMatchObject({ count: 2, lastHour: 2 });
    expect(f.bindFailures!.newest).toMatchObject({ kind: 'in_use', port: 8080, recent: true });
    expect(f.listening!.find((l) => l.port === 8080)?.process).toBe('httpd');
  });

  it('rst-on-firewall: RST On, the drop rules with the packets they really dropped', async () => {
    const f = await inScenario(host, 'rst-on-firewall');
    expect(f.tcpCloseReset).toBe('On');
    const rst = f.rstDrops!.find((r) => /RST/.test(r.rule))!;
    expect(rst).toMatchObject({ tool: 'iptables', table: 'filter', chain: 'INPUT' });
    expect(rst.rule).toMatch(/--dport 5060 .*--tcp-flags RST RST -j DROP/);
    expect(rst.packets).toBeGreaterThanOrEqual(25);
    expect(rst.bytes).toBeGreaterThan(0);
    expect(f.rstDrops!.some((r) => /INVALID/.test(r.rule))).toBe(true);
    // iptables-nft keeps its rules in nftables too: listed once.
    expect(f.rstDrops!.filter((r) => r.tool === 'nft')).toEqual([]);
    expect(f.rstDropRules).toEqual(f.rstDrops!.map((r) => r.rule));
  });
});

describe('reserved ports', () => {
  it('reads the kernel list in its own form', async () => {
    await lab.reset('lab1');
    await lab.setSysctl('lab1', 'net.ipv4.ip_local_reserved_ports', '8080,5060,5061,1720');
    expect((await facts('lab1')).reservedPorts).toBe('1720,5060-5061,8080');
  });
});
