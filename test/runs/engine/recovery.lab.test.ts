// Recovery that tells the truth: rollbacks after a lost link, backups that belong to their run,
// a symlinked softswitch.conf, temp files after a failed rename. Against lab hosts over real SSH;
// needs root (the lab).
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerConfig } from '../../../config/schema.js';
import { backupPathFor } from '../../../runs/engine/index.js';
import { RunLifecycle } from '../../../runs/lifecycle.js';
import { typedRun } from '../../../runs/records.js';
import { engineFixture, newRun, type EngineFixture } from '../../helpers/engine.js';
import { createLab, type Lab } from '../../../testkit/lab/index.js';

let lab: Lab;
let f: EngineFixture;
let lifecycle: RunLifecycle;
const CLI = { kind: 'cli' as const, user: 'test' };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const t0 = Date.now();
  while (!(await check())) {
    if (Date.now() - t0 > timeoutMs) throw new Error('condition not met in time');
    await sleep(50);
  }
}

/** Rolls a run back as the command line does: a rollback run, executed in this process. */
async function rollBack(runId: string, server: ServerConfig) {
  const requested = await lifecycle.requestRollback(runId, CLI, { now: true });
  if (!requested.ok) throw new Error(requested.message);
  return f.runner().rollback(requested.run.id, server);
}

beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'recovery' });
  f = await engineFixture(lab);
  lifecycle = new RunLifecycle({ store: f.store, config: () => f.config });
});
afterAll(async () => {
  await f?.close();
  await lab?.teardown();
});
beforeEach(() => lab.reset('lab1'));

describe('rollback after an apply whose link was lost', () => {
  it('settles what the server really did and undoes all of it, reloading the softswitch, instead of claiming the server is as before', { timeout: 90_000 }, async () => {
    const confBefore = await lab.readConf('lab1');
    // A short command limit so the lost link is noticed in seconds.
    const server: ServerConfig = { ...f.server('lab1'), commandTimeoutMs: 6_000 };
    await lab.setReloadBehaviour('lab1', 'slow');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const applying = f.runner().execute(run.id, server);
    await until(async () => (await f.store.listSteps(run.id)).some((s) => s.phase === 'reload' && s.status === 'started'));
    await lab.cutLink('lab1');
    const result = await applying;
    expect(result.status).toBe('failed');

    // The server went on without us: the reparse completed, then the kernel values and the
    // persisted file. Our journal still has those steps `started`.
    await until(async () => (await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')) === '1024 65535');
    expect(await lab.effective('lab1')).toBe('On');
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    const started = (await f.store.listSteps(run.id)).filter((s) => s.status === 'started').map((s) => s.phase);
    expect(started).toContain('reload');

    await lab.restoreLink('lab1');
    await lab.setReloadBehaviour('lab1', 'ok');
    const rolledBack = await rollBack(run.id, server);
    expect(rolledBack.status).toBe('succeeded');
    expect(rolledBack.outcome).toMatch(/the server is as it was before/);
    // And it is: the file byte for byte, the running softswitch, the kernel, no persisted file.
    expect((await lab.readConf('lab1')).equals(confBefore)).toBe(true);
    expect(await lab.effective('lab1')).toBe('Off');
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect(await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('32768 60999');
    expect((await lab.ssh('lab1', 'test -e /etc/sysctl.d/90-vos-assist.conf; echo $?')).stdout.trim()).toBe('1');
    // The settled steps say what was found.
    const settled = (await f.store.listSteps(run.id)).filter((s) => s.output?.startsWith('resumed:'));
    expect(settled.map((s) => s.phase)).toEqual(expect.arrayContaining(['reload', 'apply']));
    expect((await f.store.getRun(run.id))!.status).toBe('rolled_back');
  });

  it('says a person must check when the server is not as the run found it after the rollback', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const server = f.server('lab1');
    expect((await f.runner().execute(run.id, server)).status).toBe('succeeded');
    // Someone sets the kernel value to a third value by hand: the rollback leaves it (not ours
    // to undo), and must not claim the server is as before.
    await lab.setSysctl('lab1', 'net.ipv4.ip_local_port_range', '20000 40000');
    const rolledBack = await rollBack(run.id, server);
    expect(rolledBack.status).toBe('failed');
    expect(rolledBack.outcome).toMatch(/ROLLBACK INCOMPLETE \(net\.ipv4\.ip_local_port_range is 20000 40000, it was 32768 60999\): a person must check lab1/);
    expect(typedRun((await f.store.getRun(run.id))!).status).toBe('succeeded');
  });
});

describe('backups that belong to their run', () => {
  const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';

  it('leaves alone a file it finds under its backup name and changes nothing', async () => {
    const original = await lab.readConf('lab1');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    // What another store's run with the same id (or anyone) left under exactly our name.
    const name = backupPathFor(CONF, run.id, sha(original));
    await lab.ssh('lab1', `printf 'SS_TCP_CLOSE_RESET="On"\\nSS_OLD="1"\\n' > ${name}`);
    const result = await f.runner().execute(run.id, f.server('lab1'));
    expect(result.status).toBe('failed');
    expect(result.outcome).toMatch(/is not this run's backup; left alone/);
    expect((await lab.readConf('lab1')).equals(original)).toBe(true);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect((await lab.ssh('lab1', `cat ${name}`)).stdout).toContain('SS_OLD');
  });

  it('an old-style backup of another store is never restored: a run backs up under its own name and restores only that', async () => {
    const original = await lab.readConf('lab1');
    await lab.ssh('lab1', `printf 'SS_TCP_CLOSE_RESET="On"\\nSS_FROM_STAGING="1"\\n' > ${CONF}.vos-assist-R-1.bak`);
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    expect((await f.runner().execute(run.id, f.server('lab1'))).status).toBe('succeeded');
    const rolledBack = await rollBack(run.id, f.server('lab1'));
    expect(rolledBack.status).toBe('succeeded');
    expect((await lab.readConf('lab1')).equals(original)).toBe(true);
  });

  it('refuses to restore a backup that no longer holds what the run recorded, and says a person must check', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    const original = await lab.readConf('lab1');
    expect((await f.runner().execute(run.id, f.server('lab1'))).status).toBe('succeeded');
    await lab.ssh('lab1', `printf 'SS_TCP_CLOSE_RESET="On"\\n' > ${backupPathFor(CONF, run.id, sha(original))}`);
    const applied = await lab.readConf('lab1');
    const rolledBack = await rollBack(run.id, f.server('lab1'));
    expect(rolledBack.status).toBe('failed');
    expect(rolledBack.outcome).toMatch(/ROLLBACK INCOMPLETE .*a person must check lab1/);
    expect((await lab.readConf('lab1')).equals(applied)).toBe(true);
  });
});

describe('a symlinked softswitch.conf', () => {
  it('is written and restored through the link: the link stays, its target changes and comes back byte for byte', async () => {
    await lab.ssh('lab1', 'cd /home/kunshi/mbx3000/etc && mv softswitch.conf softswitch.conf.real && ln -s softswitch.conf.real softswitch.conf');
    const original = await lab.readConf('lab1');
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    expect((await f.runner().execute(run.id, f.server('lab1'))).status).toBe('succeeded');
    const isLink = async () => (await lab.ssh('lab1', 'test -h /home/kunshi/mbx3000/etc/softswitch.conf; echo $?')).stdout.trim() === '0';
    expect(await isLink()).toBe(true);
    expect((await lab.ssh('lab1', 'cat /home/kunshi/mbx3000/etc/softswitch.conf.real')).stdout).toMatch(/^SS_TCP_CLOSE_RESET="On"/m);
    expect(await lab.effective('lab1')).toBe('On');
    expect((await rollBack(run.id, f.server('lab1'))).status).toBe('succeeded');
    expect(await isLink()).toBe(true);
    expect((await lab.readConf('lab1')).equals(original)).toBe(true);
    expect(await lab.effective('lab1')).toBe('Off');
  });
});

describe('a second rollback of a run already rolled back', () => {
  it('is refused naming the rollback run that did it, not as a run with nothing to undo', async () => {
    const run = await newRun(f, 'port_exhaustion', 'lab1');
    expect((await f.runner().execute(run.id, f.server('lab1'))).status).toBe('succeeded');
    const rolledBack = await rollBack(run.id, f.server('lab1'));
    expect(rolledBack.status).toBe('succeeded');
    const again = await lifecycle.requestRollback(run.id, CLI, { now: true });
    expect(again).toMatchObject({ ok: false, message: `${run.id} was already rolled back by ${rolledBack.runId}` });
  });
});
