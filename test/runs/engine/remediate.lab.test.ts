// Integration suite: runs the engine over real SSH against lab hosts (network namespaces
// with their own sshd). Needs root; part of `npm test`.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dirname } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLab, type Lab } from '../../../testkit/lab/index.js';
import { engineFixture, newRun, type EngineFixture } from '../../helpers/engine.js';
import { connectSsh } from '../../../executors/ssh.js';
import { readStateAndPrepare } from '../../../executors/state.js';
import type { EngineDeps } from '../../../runs/engine/index.js';

let lab: Lab;
let f: EngineFixture;
const original = new Map<string, Buffer>();

beforeAll(async () => {
  lab = await createLab({ hosts: [{}, { style: 'bare' }, { noSs: true }, {}], name: 'engine' });
  f = await engineFixture(lab, { serverExtra: { lab4: { tags: ['nat-phones'] } } });
  for (const h of lab.hosts) original.set(h.id, await lab.readConf(h.id));
});
afterAll(async () => {
  await f?.close();
  await lab?.teardown();
});
beforeEach(async () => {
  for (const h of lab.hosts) await lab.reset(h.id);
});

const backups = (id: string) => readdirSync(dirname(lab.host(id).localConfPath)).filter((n) => n.includes('vos-assist'));
const kernel = async (id: string) => [await lab.sysctl(id, 'net.ipv4.tcp_tw_reuse'), await lab.sysctl(id, 'net.ipv4.ip_local_port_range')];
const changedLines = (a: Buffer, b: Buffer) => {
  const [x, y] = [a.toString('latin1').split('\n'), b.toString('latin1').split('\n')];
  return y.filter((l, i) => l !== x[i]);
};

describe('diagnose', () => {
  it('collects TIME_WAIT, kernel values, RST mode and SIP connections, changing nothing', async () => {
    await lab.makeTimeWait('lab1', 300);
    await lab.holdSipTcp('lab1', 4);
    const run = await f.store.createRun({ kind: 'diagnose', playbook: null, serverId: 'lab1', customerId: 'acme', status: 'running', requestedBy: 'test' });
    const { run: done, facts } = await f.runner().diagnose(run, f.server('lab1'));
    expect(done.status).toBe('diagnosed');
    expect(facts!.timeWaitCount).toBeGreaterThanOrEqual(270);
    expect(facts!.timeWaitSource).toBe('ss');
    expect(facts!.portRange).toEqual({ low: 32768, high: 60999, size: 28232 });
    expect(facts!.tcpTwReuse).toBe(0);
    expect(facts!.tcpCloseReset).toBe('Off');
    expect(facts!.sipTcpConnections).toBeGreaterThanOrEqual(4);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    await lab.releaseSipTcp('lab1');
  });

  it('falls back to netstat where ss is missing', async () => {
    await lab.makeTimeWait('lab3', 50);
    const run = await f.store.createRun({ kind: 'diagnose', playbook: null, serverId: 'lab3', customerId: 'acme', status: 'running', requestedBy: 'test' });
    const { facts } = await f.runner().diagnose(run, f.server('lab3'));
    expect(facts!.timeWaitSource).toBe('netstat');
    expect(facts!.timeWaitCount).toBeGreaterThanOrEqual(45);
  });
});

describe('port_exhaustion', () => {
  it('dry run plans three changes and touches nothing', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, f.server('lab1'), { dryRun: true });
    expect(r.status).toBe('diagnosed');
    expect(r.changes.map((c) => [c.key, c.changed])).toEqual([
      ['SS_TCP_CLOSE_RESET', true],
      ['net.ipv4.tcp_tw_reuse', true],
      ['net.ipv4.ip_local_port_range', true],
    ]);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
    expect(backups('lab1')).toEqual([]);
    expect(await lab.daemonLog('lab1')).toEqual([]);
  });

  it('applies exactly the planned line and kernel values, reparses, verifies; a second run is a no-op; rollback restores everything', async () => {
    const progress: string[] = [];
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner({ onProgress: (p) => progress.push(`${p.step}/${p.total} ${p.label}`) }).execute(run.id, f.server('lab1'));
    expect(r.status).toBe('succeeded');
    expect(r.verified).toBe(true);
    const after = await lab.readConf('lab1');
    expect(changedLines(original.get('lab1')!, after)).toEqual(['SS_TCP_CLOSE_RESET="On"']);
    expect(after.length).toBe(original.get('lab1')!.length - 1);
    expect(await kernel('lab1')).toEqual(['1', '1024 65535']);
    expect(readFileSync(`${lab.host('lab1').localSysctlDir}/90-vos-assist.conf`, 'utf8')).toMatch(/net\.ipv4\.tcp_tw_reuse = 1\nnet\.ipv4\.ip_local_port_range = 1024 65535/);
    expect((await lab.daemonLog('lab1')).filter((l) => l.includes('reparse'))).toHaveLength(1);
    expect(await lab.effective('lab1')).toBe('On');
    expect(progress).toEqual(['1/4 backup saved', '2/4 SS_TCP_CLOSE_RESET On, softswitch reparsed', '3/4 kernel settings applied', '4/4 verified']);
    const steps = await f.store.listSteps(run.id);
    expect(steps.every((s) => s.status !== 'started')).toBe(true);
    expect(steps.find((s) => s.phase === 'reload')?.exitCode).toBe(0);

    const again = await newRun(f, 'port_exhaustion', 'lab1');
    const r2 = await f.runner().execute(again.id, f.server('lab1'));
    expect(r2.status).toBe('succeeded');
    expect(r2.changes.every((c) => !c.changed)).toBe(true);
    expect(await lab.readConf('lab1')).toEqual(after);
    expect((await lab.daemonLog('lab1')).filter((l) => l.includes('reparse'))).toHaveLength(1);

    const rb = await f.store.createRun({ kind: 'rollback', playbook: 'port_exhaustion', serverId: 'lab1', customerId: 'acme', status: 'running', requestedBy: 'test', rollbackOf: run.id });
    const r3 = await f.runner().rollback(rb.id, f.server('lab1'));
    expect(r3.status).toBe('succeeded');
    // What each setting is now and what it goes back to.
    expect(r3.changes.map((c) => [c.key, c.from, c.to])).toEqual([
      ['net.ipv4.ip_local_port_range', '1024 65535', '32768 60999'],
      ['net.ipv4.tcp_tw_reuse', '1', '0'],
      ['SS_TCP_CLOSE_RESET', 'On', 'Off'],
    ]);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
    expect(existsSync(`${lab.host('lab1').localSysctlDir}/90-vos-assist.conf`)).toBe(false);
    expect((await f.store.getRun(run.id))!.status).toBe('rolled_back');
    expect((await f.store.getRun(run.id))!.rolledBackBy).toBe(rb.id);
  });

  it('counts TIME_WAIT again after the change, from /proc/net/sockstat, also where ss is missing', async () => {
    for (const id of ['lab1', 'lab3']) {
      await lab.makeTimeWait(id, 30);
      const run = await newRun(f, 'port_exhaustion', id);
      expect((await f.runner().execute(run.id, f.server(id))).status).toBe('succeeded');
      const stored = (await f.store.getRun(run.id))!;
      const before = stored.factsBefore as { timeWaitCount: number; timeWaitSource: string; sipTcpConnections: number | null };
      const after = stored.factsAfter as { timeWaitCount: number; timeWaitSource: string; sipTcpConnections: number | null; tcpTwReuse: number };
      expect(before.timeWaitSource).toBe(id === 'lab3' ? 'netstat' : 'ss');
      expect(before.timeWaitCount).toBeGreaterThanOrEqual(30);
      expect(before.sipTcpConnections).toBe(0);
      // The sockets stay in TIME_WAIT for a minute: the count after is the same order.
      expect(after).toMatchObject({ timeWaitSource: 'sockstat', sipTcpConnections: null, tcpTwReuse: 1 });
      expect(after.timeWaitCount).toBeGreaterThanOrEqual(30);
    }
  });

  it('writes KEY=V on hosts that use the older bare style', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab2');
    expect((await f.runner().execute(run.id, f.server('lab2'))).status).toBe('succeeded');
    expect(changedLines(original.get('lab2')!, await lab.readConf('lab2'))).toEqual(['SS_TCP_CLOSE_RESET=On']);
  });

  it('keeps RST Off on a server tagged nat-phones and still tunes the kernel', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab4');
    const r = await f.runner().execute(run.id, f.server('lab4'));
    expect(r.status).toBe('succeeded');
    expect(r.changes.map((c) => c.key)).toEqual(['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range']);
    expect(await lab.readConf('lab4')).toEqual(original.get('lab4'));
    expect(await kernel('lab4')).toEqual(['1', '1024 65535']);
    const plan = (await f.store.getRun(run.id))!.plan as { intent: { skipped: { reason: string }[] } };
    expect(plan.intent.skipped[0]!.reason).toMatch(/NAT/);
  });
});

describe('sessions: one for read and apply where nobody is asked, none left open while a person decides', () => {
  /** f.openTarget, counting the sessions a run opens and how many are open at a time. */
  const counting = () => {
    const n = { exec: 0, prepare: 0, run: 0, open: 0 };
    const openTarget: EngineDeps['openTarget'] = async (server, signal) => {
      const t = await f.openTarget(server, signal);
      return {
        ...t,
        exec: (command, options) => {
          n.exec++;
          n.open++;
          return t.exec(command, options).finally(() => n.open--);
        },
        prepare: (preamble) => {
          n.prepare++;
          const p = t.prepare!(preamble);
          return { ...p, run: (command, options) => (n.run++, p.run(command, options)) };
        },
      };
    };
    return { n, openTarget };
  };

  it('reads and applies in one session when nothing waits on a person', async () => {
    const { n, openTarget } = counting();
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner({ openTarget }).execute(run.id, f.server('lab1'));
    expect(r).toMatchObject({ status: 'succeeded', verified: true });
    expect(n).toMatchObject({ prepare: 1, run: 1, exec: 0 });
  });

  it('ends the read before asking, and applies in a new session after the answer', async () => {
    const { n, openTarget } = counting();
    let openWhileAsking = -1;
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner({ openTarget }).execute(run.id, f.server('lab1'), {
      confirm: async () => {
        openWhileAsking = n.open;
        return true;
      },
    });
    expect(r).toMatchObject({ status: 'succeeded', verified: true });
    expect(openWhileAsking).toBe(0);
    expect(n).toMatchObject({ prepare: 0, exec: 2 });
    expect(await kernel('lab1')).toEqual(['1', '1024 65535']);
  });

  it('runs a command that comes too late for its prepared session in a session of its own', async () => {
    const target = await connectSsh(f.server('lab1'), { preparedWaitMs: 200 });
    try {
      const pid = async (wait: number) => {
        const p = target.prepare!({ script: 'echo $$; echo @@end', endMarker: '@@end\n' });
        const before = (await p.preambleOutput!).toString().split('\n')[0];
        await new Promise((r) => setTimeout(r, wait));
        const after = (await p.run('echo $$')).stdout.toString().trim().split('\n').at(-1);
        return { before, after };
      };
      const soon = await pid(0);
      expect(soon.after).toBe(soon.before);
      const late = await pid(400);
      expect(late.after).toMatch(/^\d+$/);
      expect(late.after).not.toBe(late.before);
    } finally {
      await target.close();
    }
  });

  it('on a connection that has ended rejects as a lost connection instead of crashing the process', async () => {
    const target = await f.openTarget(f.server('lab1'));
    await target.close();
    await new Promise((r) => setTimeout(r, 50));
    const reading = readStateAndPrepare(target, f.server('lab1'), []);
    await expect(reading.state).rejects.toMatchObject({ code: 'CONNECTION_LOST' });
  });
});

describe('nat_unregistered and firewall_rst', () => {
  it('turn RST back Off after it was On', async () => {
    await lab.writeConf('lab1', original.get('lab1')!.toString('latin1').replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'));
    for (const pb of ['nat_unregistered', 'firewall_rst'] as const) {
      const run = await newRun(f, pb, 'lab1');
      const r = await f.runner().execute(run.id, f.server('lab1'));
      expect(r.status).toBe('succeeded');
      expect((await lab.readConf('lab1')).toString()).toContain('SS_TCP_CLOSE_RESET="Off"');
    }
    expect(await lab.effective('lab1')).toBe('Off');
  });
});

describe('failures leave the server as it was', () => {
  it('refuses a wrong host key and touches nothing', async () => {
    const server = { ...f.server('lab1'), hostKeySha256: 'SHA256:' + 'B'.repeat(43) };
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, server);
    expect(r.status).toBe('failed');
    expect(r.errorCode).toBe('HOST_KEY_MISMATCH');
    expect(r.outcome).toMatch(/refusing|pins/);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await lab.daemonLog('lab1')).toEqual([]);
  });

  it('reports an unreachable host as retryable with nothing changed', async () => {
    await lab.stopSshd('lab1');
    try {
      const run = await newRun(f, 'port_exhaustion', 'lab1');
      const r = await f.runner().execute(run.id, { ...f.server('lab1'), connectTimeoutMs: 2000 });
      expect(r.status).toBe('failed');
      expect(r.errorCode).toBe('CONNECT_FAILED');
      expect(r.retryable).toBe(true);
      expect(r.outcome).toMatch(/nothing was changed/);
    } finally {
      await lab.startSshd('lab1');
    }
  });

  it('reports permission denied for a key the server does not accept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vos-key-'));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'id')]);
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, { ...f.server('lab1'), privateKeyPath: join(dir, 'id') });
    expect(r.status).toBe('failed');
    expect(r.errorCode).toBe('AUTH_FAILED');
    expect(r.outcome).toMatch(/permission denied/);
    expect(r.retryable).toBe(false);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
  });

  it('fails clearly, changing nothing, when the user may not read softswitch.conf', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, { ...f.server('lab1'), username: 'nobody' });
    expect(r.status).toBe('failed');
    expect(r.outcome).toMatch(/softswitch\.conf.*nothing was changed/);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
  });

  it('rolls back when the reload command fails', async () => {
    await lab.setReloadBehaviour('lab1', 'fail');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, f.server('lab1'));
    expect(r.status).toBe('failed');
    expect(r.outcome).toMatch(/reloading the softswitch \(service mbx3000d reparse\) failed \(exit 1\): .*rolled back/);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
  });

  it('stops a reload that hangs at the command timeout, restores the file and says a person must check', async () => {
    await lab.setReloadBehaviour('lab1', 'hang');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, { ...f.server('lab1'), commandTimeoutMs: 2000 });
    expect(r.status).toBe('failed');
    expect(r.outcome).toMatch(/stopped answering while the change was applied; ROLLBACK INCOMPLETE \(reloading the softswitch \(service mbx3000d reparse\) did not finish\): a person must check lab1/);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
    const steps = await f.store.listSteps(run.id);
    expect(steps.some((s) => s.status === 'started')).toBe(false);
  }, 60_000);

  it('rolls back when verification fails (the softswitch reverts the file)', async () => {
    await lab.setReloadBehaviour('lab1', 'revert');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const r = await f.runner().execute(run.id, f.server('lab1'));
    expect(r.status).toBe('failed');
    expect(r.errorCode).toBe('VERIFY_FAILED');
    expect(r.outcome).toMatch(/verification failed .*SS_TCP_CLOSE_RESET is Off, expected On/);
    expect(await kernel('lab1')).toEqual(['0', '32768 60999']);
    expect((await lab.readConf('lab1')).toString()).toContain('SS_TCP_CLOSE_RESET="Off"');
  });
});

describe('hostile softswitch.conf', () => {
  it.each([
    ['no trailing newline, CRLF, duplicates', Buffer.from('# hdr\r\nSS_A="1"\r\nSS_TCP_CLOSE_RESET="Off"\r\nSS_B="2"\r\nSS_TCP_CLOSE_RESET="off"', 'latin1')],
    ['key absent', Buffer.from('SS_A="1"\nSS_B="2"\n')],
    ['5 MB of padding and junk', Buffer.concat([Buffer.from('SS_TCP_CLOSE_RESET="Off"\n'), Buffer.alloc(5 * 1024 * 1024, '# padding line with junk \xff\xfe\n', 'latin1')])],
  ])('%s: applies and rolls back byte for byte', async (_n, content) => {
    await lab.writeConf('lab1', content);
    const run = await newRun(f, 'nat_unregistered', 'lab1');
    await lab.writeConf('lab1', Buffer.from(content.toString('latin1').replace(/SS_TCP_CLOSE_RESET="Off"/i, 'SS_TCP_CLOSE_RESET="On"').replace(/SS_TCP_CLOSE_RESET="off"/, 'SS_TCP_CLOSE_RESET="on"'), 'latin1'));
    const onContent = await lab.readConf('lab1');
    const r = await f.runner().execute(run.id, f.server('lab1'));
    expect(r.status).toBe('succeeded');
    const after = await lab.readConf('lab1');
    expect(after.length).toBeGreaterThan(0);
    expect(after.toString('latin1')).not.toMatch(/SS_TCP_CLOSE_RESET="on"/i);
    const rb = await f.store.createRun({ kind: 'rollback', playbook: 'nat_unregistered', serverId: 'lab1', customerId: 'acme', status: 'running', requestedBy: 'test', rollbackOf: run.id });
    if (onContent.toString('latin1').match(/SS_TCP_CLOSE_RESET="?on/i)) {
      expect((await f.runner().rollback(rb.id, f.server('lab1'))).status).toBe('succeeded');
      expect((await lab.readConf('lab1')).equals(onContent)).toBe(true);
    }
  });
});
