import { describe, expect, it } from 'vitest';
import { addPorts, formatPortList, parsePortList } from '../../executors/changes/port-list.js';
import { changeProblem, normaliseSysctl } from '../../executors/changes/spec.js';
import { parseFirewall } from '../../executors/probes/firewall.js';
import { parseListening } from '../../executors/probes/listening.js';
import { parseLogs, readBindLine } from '../../executors/probes/logs.js';
import { parseSockets } from '../../executors/probes/sockets.js';

describe('listening ports', () => {
  it('reads ss (iproute2 6): every listener with its process', () => {
    const l = parseListening(
      [
        'source ss',
        'Netid State  Recv-Q Send-Q Local Address:Port  Peer Address:PortProcess',
        'udp   UNCONN 0      0            0.0.0.0:5060       0.0.0.0:*    users:(("mbx3000d",pid=2817,fd=20))',
        'udp   UNCONN 0      0      127.0.0.53%lo:53         0.0.0.0:*    users:(("systemd-resolve",pid=401,fd=13))',
        'tcp   LISTEN 0      511          0.0.0.0:5060       0.0.0.0:*    users:(("mbx3000d",pid=2817,fd=19))',
        'tcp   LISTEN 0      128             [::]:22            [::]:*    users:(("sshd",pid=812,fd=4))',
        'tcp   LISTEN 0      80                 *:3306             *:*',
      ].join('\n'),
    );
    expect(l).toEqual([
      { proto: 'udp', address: '0.0.0.0', port: 5060, process: 'mbx3000d', pid: 2817 },
      { proto: 'udp', address: '127.0.0.53', port: 53, process: 'systemd-resolve', pid: 401 },
      { proto: 'tcp', address: '0.0.0.0', port: 5060, process: 'mbx3000d', pid: 2817 },
      { proto: 'tcp', address: '[::]', port: 22, process: 'sshd', pid: 812 },
      // Not root: no process column.
      { proto: 'tcp', address: '*', port: 3306, process: null, pid: null },
    ]);
  });

  it('reads the ss of CentOS 6 (users:(("name",pid,fd)))', () => {
    const l = parseListening(['source ss', 'Netid  State      Recv-Q Send-Q     Local Address:Port       Peer Address:Port', 'tcp    LISTEN     0      128                    *:1720                  *:*      users:(("mbx3000",2817,7))'].join('\n'));
    expect(l).toEqual([{ proto: 'tcp', address: '*', port: 1720, process: 'mbx3000', pid: 2817 }]);
  });

  it('reads netstat (CentOS 5): program names with spaces, UDP without a state', () => {
    const l = parseListening(
      [
        'source netstat',
        'Active Internet connections (only servers)',
        'Proto Recv-Q Send-Q Local Address               Foreign Address             State       PID/Program name',
        'tcp        0      0 0.0.0.0:22                  0.0.0.0:*                   LISTEN      812/sshd: /usr/sbin',
        'tcp        0      0 0.0.0.0:6379                0.0.0.0:*                   LISTEN      2614/redis-server *',
        'tcp        0      0 0.0.0.0:2024                0.0.0.0:*                   LISTEN      -',
        'udp        0      0 0.0.0.0:5060                0.0.0.0:*                               2817/mbx3000d',
      ].join('\n'),
    );
    expect(l).toEqual([
      { proto: 'tcp', address: '0.0.0.0', port: 22, process: 'sshd', pid: 812 },
      { proto: 'tcp', address: '0.0.0.0', port: 6379, process: 'redis-server', pid: 2614 },
      { proto: 'tcp', address: '0.0.0.0', port: 2024, process: null, pid: null },
      { proto: 'udp', address: '0.0.0.0', port: 5060, process: 'mbx3000d', pid: 2817 },
    ]);
  });

  it('is unknown, not empty, when no tool answered', () => {
    expect(parseListening('source none')).toBeNull();
    expect(parseListening('source ss\n')).toBeNull();
    expect(parseListening('')).toBeNull();
  });
});

describe('socket counts', () => {
  it('reads the awk summary, and is unknown when neither tool printed anything', () => {
    expect(parseSockets('source ss\ntw 512\ntwe 500\nsiptw 3\nsip 40\nsips 0\nstate TIME_WAIT 512\nstate ESTABLISHED 44')).toEqual({ source: 'ss', timeWait: 512, timeWaitEphemeral: 500, sipTimeWait: 3, sipTcp: 40, sipTls: 0, stateCounts: 'ESTABLISHED 44\nTIME_WAIT 512' });
    expect(parseSockets('source none\ntw 0\ntwe 0')).toBeNull();
  });
});

describe('bind failures in the logs', () => {
  it('reads what a line says: when, which kind, which port (never a clock)', () => {
    const cut = '2026-12-03 20:30:00';
    expect(readBindLine('2026-12-03 21:20:45.003 [web] bind 0.0.0.0:8080 failed: listen EADDRINUSE: address already in use 0.0.0.0:8080', cut)).toMatchObject({ at: '2026-12-03 21:20:45', kind: 'in_use', port: 8080, recent: true });
    expect(readBindLine('2026/12/03T19:02:11 failed to bind port 1720: Address already in use', cut)).toMatchObject({ at: '2026-12-03 19:02:11', kind: 'in_use', port: 1720, recent: false });
    // "Cannot assign" is about the ephemeral range, whatever address it names.
    expect(readBindLine('2026-12-03 21:14:02.117 connect EADDRNOTAVAIL 127.0.0.1:39999 - Local (0.0.0.0:0)', cut)).toMatchObject({ kind: 'cannot_assign', port: null });
    // A syslog stamp has no year: undated, never recent; its clock is no port.
    expect(readBindLine('Dec  3 21:14:02 vos mbx3000d[2817]: bind() failed: Address already in use', cut)).toMatchObject({ at: null, kind: 'in_use', port: null, recent: false });
  });

  it('reads the probe output: counts from the whole window, the newest lines as a sample', () => {
    const b = parseLogs(
      [
        'now 2026-12-03 21:30:00',
        'cut 2026-12-03 20:30:00',
        'file softswitch.log',
        'count 14 9 1',
        'line 2026-12-03 21:14:02.117 [sip] connect EADDRNOTAVAIL 127.0.0.1:39999',
        'line 2026-12-03 21:15:00.000 [sip] bind failed: Address already in use',
        'file softswitch.log.1',
        'count 2 0 0',
        'line 2026-12-02 08:00:00.000 [sip] bind failed: Address already in use',
        'file mbx3000d.log',
        'count 0 0 0',
      ].join('\n'),
    )!;
    expect([b.files, b.count, b.lastHour, b.undated, b.serverTime]).toEqual([['softswitch.log', 'softswitch.log.1', 'mbx3000d.log'], 16, 9, 1, '2026-12-03 21:30:00']);
    // Oldest first: the older file's lines, then the newest file's.
    expect(b.sample.map((l) => l.at)).toEqual(['2026-12-02 08:00:00', '2026-12-03 21:14:02', '2026-12-03 21:15:00']);
  });

  it('is unknown when the directory is missing or unreadable', () => {
    expect(parseLogs('now 2026-12-03 21:30:00\ncut 2026-12-03 20:30:00\nnodir')).toBeNull();
    expect(parseLogs('')).toBeNull();
  });
});

describe('firewall rules that drop RST', () => {
  it('reads iptables-save counters, and lists iptables-nft tables once', () => {
    const fw = parseFirewall(
      [
        'have iptables-save iptables nft',
        '@iptables-save 0',
        '# Generated by iptables-save v1.8.9 (nf_tables) on Thu Dec  3 08:35:29 2026',
        '*filter',
        '[31:1240] -A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP',
        '[7:280] -A INPUT -m conntrack --ctstate INVALID -j REJECT --reject-with icmp-port-unreachable',
        '@nft 0',
        'table ip filter {',
        '\tchain INPUT {',
        '\t\ttcp flags & rst == rst tcp dport 5060 counter packets 31 bytes 1240 drop',
        'table inet fw {',
        '\tchain input {',
        '\t\ttcp flags rst counter packets 4 bytes 160 drop',
      ].join('\n'),
    );
    expect(fw).toEqual({
      tools: { iptables: true, nft: true },
      read: ['iptables', 'nft'],
      rules: [
        { tool: 'iptables', table: 'filter', chain: 'INPUT', rule: '-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP', packets: 31, bytes: 1240 },
        { tool: 'iptables', table: 'filter', chain: 'INPUT', rule: '-A INPUT -m conntrack --ctstate INVALID -j REJECT --reject-with icmp-port-unreachable', packets: 7, bytes: 280 },
        { tool: 'nft', table: 'inet fw', chain: 'input', rule: 'tcp flags rst drop', packets: 4, bytes: 160 },
      ],
    });
  });

  it('old hosts: iptables -S without counters, no nft (a fact, not an error)', () => {
    const fw = parseFirewall(['have iptables', '@iptables 0', '-A INPUT -p tcp -m tcp --tcp-flags RST RST -j DROP'].join('\n'));
    expect(fw).toEqual({ tools: { iptables: true, nft: false }, read: ['iptables'], rules: [{ tool: 'iptables', table: 'filter', chain: 'INPUT', rule: '-A INPUT -p tcp -m tcp --tcp-flags RST RST -j DROP', packets: null, bytes: null }] });
  });

  it('is unknown when nothing could be read (no tool, or not permitted)', () => {
    expect(parseFirewall('have')).toBeNull();
    expect(parseFirewall('have iptables-save iptables\n@iptables-save 1')).toBeNull();
  });
});

describe('reserved ports', () => {
  it('writes port lists in the kernel form: sorted, neighbours merged, no spaces', () => {
    expect(formatPortList(parsePortList('8080,5061,5060,1720,3306-3310')!)).toBe('1720,3306-3310,5060-5061,8080');
    expect(formatPortList(addPorts(parsePortList('5060-5061')!, [5062, 8080, 5060]))).toBe('5060-5062,8080');
    expect(parsePortList('')).toEqual([]);
    expect(normaliseSysctl(' 5061, 5060 ', 'net.ipv4.ip_local_reserved_ports')).toBe('5060-5061');
  });

  it('allows only port lists', () => {
    expect(changeProblem({ id: 'r', kind: 'sysctl', key: 'net.ipv4.ip_local_reserved_ports', value: '1720,5060-5061' })).toBeNull();
    for (const bad of ['5060;reboot', '0', '70000', '5061-5060', '5060,,5061', '$(id)']) {
      expect(changeProblem({ id: 'r', kind: 'sysctl', key: 'net.ipv4.ip_local_reserved_ports', value: bad })).toMatch(/reserved ports must be/);
    }
  });
});
