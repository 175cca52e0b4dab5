import { execFileSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeChangeSet } from '../../executors/changes/change-set.js';
import { ValidationError } from '../../executors/errors.js';
import { parseSections, sectionScript } from '../../executors/sections.js';
import { afterProbes, MAX_CONF_BYTES, parseState, sha256, stateSections, type Probe } from '../../executors/state.js';

const server = { id: 's1', softswitchConf: '/nonexistent/softswitch.conf', sysctlFile: '/etc/sysctl.d/90-vos-assist.conf' };
const section = (name: string, text: string, rc = 0) => [`\n@@n ${name}\n${text}`, `\n@@n ${name}.rc\n${rc}`];
// The command of the section that reads the files and kernel values in one `cat`.
const files = (probes: Probe[]) => {
  const command = stateSections(server, probes).find((s) => s.name === 'files')!.command;
  return typeof command === 'string' ? command : command('n');
};
const parse = (kernel: string, rc = 0) => parseState(server, parseSections('n', Buffer.from([...section('kernel', kernel, rc), '\n@@n end\n'].join(''))), ['timeWait'], 1);

describe('the read after a change', () => {
  it('asks for the TIME_WAIT count instead of the socket listing, and keeps the other probes', () => {
    expect(afterProbes(['sockets', 'firewall'])).toEqual(['timeWait', 'firewall']);
    // Listening ports and logs do not move with a kernel value: not read again.
    expect(afterProbes(['sockets', 'listening', 'logs', 'firewall'])).toEqual(['timeWait', 'firewall']);
    expect(afterProbes([])).toEqual([]);
    expect(files(['timeWait'])).toContain('/proc/net/sockstat');
    expect(stateSections(server, ['timeWait']).some((s) => s.name === 'sockets')).toBe(false);
    expect(files(['sockets'])).not.toContain('sockstat');
  });

  it('takes the kernel values and the TIME_WAIT count from one read', () => {
    const s = parse('1\n1024\t65535\nsockets: used 131\nTCP: inuse 5 orphan 0 tw 2817 alloc 9 mem 1\nUDP: inuse 3 mem 2\n');
    // The reserved ports are a part of their own (old kernels have none); this output lacks it.
    expect(s.sysctl).toEqual({ 'net.ipv4.tcp_tw_reuse': '1', 'net.ipv4.ip_local_port_range': '1024 65535', 'net.ipv4.ip_local_reserved_ports': null });
    expect(s.probes.timeWait).toEqual({ count: 2817, source: 'sockstat' });
    // Not asked for, so not "unknown" either.
    expect(s.probes.sipTcp).toBeNull();
    expect(s.unknown).toEqual({ conf: 'not read', 'net.ipv4.ip_local_reserved_ports': 'could not read it from /proc/sys' });
  });

  it('says why when the count is missing, and trusts nothing from a read that failed', () => {
    expect(parse('1\n1024 65535\nsockets: used 131\n').unknown.timeWait).toMatch(/no TIME_WAIT count/);
    const failed = parse('1\n1024 65535\nTCP: inuse 5 orphan 0 tw 12 alloc 9 mem 1\n', 1);
    expect(failed.probes.timeWait).toBeNull();
    expect(failed.sysctl['net.ipv4.tcp_tw_reuse']).toBeNull();
  });

  it('reads this machine: the section runs and its count is a number', () => {
    const nonce = 'm1';
    const out = execFileSync('sh', ['-c', sectionScript(nonce, stateSections(server, ['timeWait']))]);
    const s = parseState(server, parseSections(nonce, out), ['timeWait'], 1);
    expect(s.probes.timeWait?.source).toBe('sockstat');
    expect(s.probes.timeWait!.count).toBeGreaterThanOrEqual(0);
    expect(s.sysctl['net.ipv4.tcp_tw_reuse']).toMatch(/^\d+$/);
    // This machine has the reserved ports setting; its value is a port list ('' when empty).
    expect(s.sysctl['net.ipv4.ip_local_reserved_ports']).toMatch(/^[\d,-]*$/);
  });

  it('reads every probe of a diagnosis from this machine in one script, dash included', async () => {
    const listener = createServer();
    await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
    const port = (listener.address() as AddressInfo).port;
    try {
      const nonce = 'm2';
      const all = { ...server, logDir: '/var/log' };
      const out = execFileSync('sh', ['-c', sectionScript(nonce, stateSections(all, ['sockets', 'listening', 'logs', 'firewall']))]);
      const s = parseState(all, parseSections(nonce, out), ['sockets', 'listening', 'logs', 'firewall'], 1);
      expect(s.probes.sockets?.source).toBe('ss');
      expect(s.probes.sockets!.timeWaitEphemeral).toBeLessThanOrEqual(s.probes.sockets!.timeWait);
      // This test's own listener, with its process.
      expect(s.probes.listening!.find((l) => l.port === port)).toMatchObject({ proto: 'tcp', address: '127.0.0.1', pid: process.pid });
      expect(s.probes.bindFailures?.serverTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/);
      expect(s.probes.bindFailures!.files.length).toBeGreaterThan(0);
      expect(s.probes.firewall?.read).toContain('iptables');
      // Only the missing softswitch.conf is unknown: every probe answered.
      expect(Object.keys(s.unknown)).toEqual(['conf']);
    } finally {
      listener.close();
    }
  });
});

describe('a softswitch.conf larger than any real one', () => {
  it('is read as unplannable, its hash kept, so nothing is written on it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vos-state-'));
    try {
      const conf = join(dir, 'softswitch.conf');
      const big = Buffer.concat([Buffer.from('SS_TCP_CLOSE_RESET="Off"\n'), Buffer.alloc(MAX_CONF_BYTES, 0x23)]);
      writeFileSync(conf, big);
      const local = { ...server, softswitchConf: conf };
      const out = execFileSync('sh', ['-c', sectionScript('m2', stateSections(local, []))], { maxBuffer: 64 * 1024 * 1024 });
      const s = parseState(local, parseSections('m2', out), [], 1);
      expect(s.conf).toMatchObject({ exists: true, content: null, sha256: sha256(big) });
      expect(s.unknown.conf).toBe('is over 16 MB, more than any softswitch.conf: left alone');
      const plan = () => computeChangeSet(s, [{ id: 'rst', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'On' }], { softswitchConf: conf, booleanStyle: 'OnOff' });
      expect(plan).toThrow(ValidationError);
      expect(plan).toThrow(`cannot plan SS_TCP_CLOSE_RESET: ${conf} is over 16 MB, more than any softswitch.conf: left alone`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
