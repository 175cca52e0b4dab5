// Integration suite: `vos-assist worker` processes killed with -9 in the middle of a
// remediation against lab hosts, then a second worker finishing the job (BullMQ stalled-job
// recovery + the runner's resume from the step journal). The workers run with the production
// timing (no --stall-ms): a dead worker's job comes back within resumeBoundMs() of it, and
// bench/faults measures how long it takes. Also SIGTERM = graceful stop.
// Needs root (the lab), Redis on 127.0.0.1:6379 and the built CLI (`node scripts/build.mjs`).
// Redis isolation: database 11 of the shared Redis (see worker.lab.test.ts for the others);
// the CLI uses BullMQ's default prefix there, and only those keys are deleted.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { sha256 } from '../../executors/state.js';
import { backupPathFor } from '../../runs/engine/index.js';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { Producer } from '../../queue/producer.js';
import { jobIdFor } from '../../queue/jobs.js';
import { openRunStore } from '../../store/open.js';
import { isFinal, type Run, type RunStore, type Step } from '../../store/types.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { deleteKeys } from './fixture.js';
import { isAlive, sleep, spawnCli, until, type CliProcess } from './helpers.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(11);

let lab: Lab;
let dir: string;
let configPath: string;
let dataDir: string;
let store: RunStore;
let redis: Redis;
let producer: Producer;
const original = new Map<string, Buffer>();
const procs: CliProcess[] = [];
/** Stops of the samplers still running (sampleConf). */
const samplers: (() => Promise<unknown>)[] = [];

const clearQueueKeys = async () => {
  await deleteKeys(redis, 'bull:vos-*');
  await deleteKeys(redis, 'vos-assist:*');
};

beforeAll(async () => {
  lab = await createLab({ hosts: 2, name: 'queue-crash' });
  dir = mkdtempSync(join(tmpdir(), 'vos-crash-'));
  configPath = join(dir, 'vos-assist.yaml');
  dataDir = join(dir, 'data');
  await lab.writeConfig(configPath);
  store = await openRunStore({ dataDir });
  redis = createRedis(REDIS_URL);
  await clearQueueKeys();
  producer = new Producer(redis);
  for (const h of lab.hosts) original.set(h.id, await lab.readConf(h.id));
});
afterAll(async () => {
  await producer?.close();
  if (redis) await clearQueueKeys();
  redis?.disconnect();
  await store?.close();
  await lab?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await Promise.all(lab.hosts.map((h) => lab.reset(h.id)));
});
afterEach(async () => {
  for (const p of procs.splice(0)) if (isAlive(p.pid)) p.child.kill('SIGKILL');
  // A test that failed before stopping its sampler: stopped here, before the lab is reset or torn down under it.
  for (const stop of samplers.splice(0)) await stop();
});

/** A worker process with the production timing; resolves once it is connected and taking jobs. */
async function startWorker(): Promise<CliProcess> {
  const p = spawnCli(['--config', configPath, '--data', dataDir, 'worker', '--concurrency', '2'], { REDIS_URL });
  procs.push(p);
  await p.waitFor('worker ready');
  return p;
}

async function kill9(p: CliProcess): Promise<void> {
  p.child.kill('SIGKILL');
  expect((await p.exited).signal).toBe('SIGKILL');
}

async function queuedRun(serverId: string): Promise<Run> {
  const run = await store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId, customerId: 'acme', status: 'queued', requestedBy: 'test' });
  await producer.enqueue(run);
  return run;
}

const waitFinal = (runId: string, timeoutMs = 45_000) =>
  until(async () => {
    const r = await store.getRun(runId);
    return r && isFinal(r.status) ? r : null;
  }, `run ${runId} to finish`, timeoutMs);

/**
 * Reads softswitch.conf every few ms until stopped: every sample must be the original or the
 * planned content, never anything in between (a half-written file).
 */
function sampleConf(hostId: string, planned: Buffer) {
  const path = lab.host(hostId).localConfPath;
  const bad: string[] = [];
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const now = readFileSync(path);
      samples++;
      if (!now.equals(original.get(hostId)!) && !now.equals(planned) && bad.length < 3) bad.push(now.toString('latin1').slice(0, 200));
      await sleep(3);
    }
  })();
  const stop = async () => {
    running = false;
    await loop;
    const at = samplers.indexOf(stop);
    if (at >= 0) samplers.splice(at, 1);
    return { samples, bad };
  };
  samplers.push(stop);
  return { stop };
}

const plannedConf = (hostId: string) => Buffer.from(original.get(hostId)!.toString('latin1').replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'), 'latin1');
const stepType = (s: Step) => (s.data as { type?: string } | null)?.type;

const reparses = (log: string[]) => log.filter((l) => /reparse SS_TCP_CLOSE_RESET=On/.test(l)).length;

/**
 * The checks every crash scenario ends with. `reloadedBefore`: reparses the killed worker's
 * batch made before the kill landed; a resume cannot know of them and reloads once more.
 */
async function expectFinishedOnce(hostId: string, runId: string, reloadedBefore = 0) {
  const run = (await store.getRun(runId))!;
  expect(run.status, run.outcome ?? '').toBe('succeeded');
  const h = lab.host(hostId);
  expect(await lab.readConf(hostId)).toEqual(plannedConf(hostId));
  expect([await lab.sysctl(hostId, 'net.ipv4.tcp_tw_reuse'), await lab.sysctl(hostId, 'net.ipv4.ip_local_port_range')]).toEqual(['1', '1024 65535']);
  expect(readFileSync(join(h.localSysctlDir, '90-vos-assist.conf'), 'utf8')).toMatch(/net\.ipv4\.tcp_tw_reuse = 1\nnet\.ipv4\.ip_local_port_range = 1024 65535/);
  expect(await lab.effective(hostId)).toBe('On');
  // One backup of softswitch.conf, byte-equal to the original; the sysctl file was new (no backup); no temp files left.
  const confDir = dirname(h.localConfPath);
  const backup = basename(backupPathFor(h.localConfPath, runId, sha256(original.get(hostId)!)));
  expect(readdirSync(confDir).filter((n) => n.includes('vos-assist'))).toEqual([backup]);
  expect(readFileSync(join(confDir, backup))).toEqual(original.get(hostId));
  expect(readdirSync(h.localSysctlDir).filter((n) => n !== '90-vos-assist.conf')).toEqual([]);
  // Each file written exactly once (one `ok` write per path), every step settled, one successful reparse.
  const steps = await store.listSteps(runId);
  const writes = steps.filter((s) => s.phase === 'apply' && stepType(s) === 'file' && s.status === 'ok').map((s) => (s.data as { path: string }).path);
  expect(writes.sort()).toEqual(['/etc/sysctl.d/90-vos-assist.conf', '/home/kunshi/mbx3000/etc/softswitch.conf']);
  expect(steps.filter((s) => s.status === 'started')).toEqual([]);
  expect(reparses(await lab.daemonLog(hostId))).toBe(1 + reloadedBefore);
  return steps;
}

// Each scenario waits for stalled-job detection (5 to 10 s with the production timing) and starts two worker processes.
describe('a worker killed with -9 mid-remediation', { timeout: 60_000 }, () => {
  it('(a) as soon as the run is running: the second worker runs it from the start, once', async () => {
    const sampler = sampleConf('lab1', plannedConf('lab1'));
    const a = await startWorker();
    const run = await queuedRun('lab1');
    await until(async () => (await store.getRun(run.id))?.status === 'running', 'the run to start', 20_000, 2);
    await kill9(a);
    const killedAt = await store.listSteps(run.id);
    expect(killedAt.filter((s) => s.phase === 'apply' || s.phase === 'backup')).toEqual([]);

    await startWorker();
    await waitFinal(run.id);
    const { samples, bad } = await sampler.stop();
    expect(bad).toEqual([]);
    expect(samples).toBeGreaterThan(50);
    const steps = await expectFinishedOnce('lab1', run.id);
    // The journal shows the second attempt: the connect of the killed one (if it got that far) and a new one.
    expect(steps.filter((s) => s.phase === 'connect').length).toBe(killedAt.filter((s) => s.phase === 'connect').length + 1);
    expect(await lab.daemonLog('lab1')).toHaveLength(1);
  });

  it('(b) once the intent is journaled (apply steps started): the second worker settles them against the server and finishes', async () => {
    const sampler = sampleConf('lab1', plannedConf('lab1'));
    const a = await startWorker();
    const run = await queuedRun('lab1');
    await until(async () => (await store.listSteps(run.id)).some((s) => s.phase === 'apply' && s.status === 'started'), 'an apply step to be started', 20_000, 2);
    await kill9(a);
    const atKill = await store.listSteps(run.id);
    expect(atKill.some((s) => s.status === 'started')).toBe(true);

    await startWorker();
    // The batch goes out right after its steps are journaled, so on a busy machine the kill can
    // land after the server ran the reload. Whatever the log holds now is the killed worker's:
    // the second one takes the job only once it is seen stalled (seconds later).
    const reloadedBefore = reparses(await lab.daemonLog('lab1'));
    expect(reloadedBefore).toBeLessThanOrEqual(1);
    await waitFinal(run.id);
    const { samples, bad } = await sampler.stop();
    expect(bad).toEqual([]);
    expect(samples).toBeGreaterThan(50);
    const steps = await expectFinishedOnce('lab1', run.id, reloadedBefore);
    expect(steps.filter((s) => s.phase === 'resume')).toHaveLength(1);
    // Every step the killed worker left `started` was settled by the resume, not left open.
    for (const s of atKill.filter((x) => x.status === 'started')) {
      expect(steps.find((x) => x.seq === s.seq)!.output).toMatch(/^resumed: /);
    }
  });

  it('(c) while the softswitch reload hangs: the second worker keeps the written file, reloads again and finishes', async () => {
    await lab.setReloadBehaviour('lab1', 'hang');
    const sampler = sampleConf('lab1', plannedConf('lab1'));
    const a = await startWorker();
    const run = await queuedRun('lab1');
    await until(async () => (await lab.daemonLog('lab1')).some((l) => l.includes('reparse hang')), 'the reload to hang', 20_000, 10);
    await kill9(a);
    // The file was already written (atomically) before the reload started.
    expect(await lab.readConf('lab1')).toEqual(plannedConf('lab1'));
    await lab.setReloadBehaviour('lab1', 'ok');

    await startWorker();
    await waitFinal(run.id);
    const { samples, bad } = await sampler.stop();
    expect(bad).toEqual([]);
    expect(samples).toBeGreaterThan(50);
    const steps = await expectFinishedOnce('lab1', run.id);
    expect(steps.filter((s) => s.phase === 'resume')).toHaveLength(1);
    const reloads = steps.filter((s) => s.phase === 'reload');
    expect(reloads.map((s) => s.status)).toEqual(['skipped', 'ok']);
    expect(reloads[0]!.output).toMatch(/resumed: .*runs again/);
    expect((await lab.daemonLog('lab1')).map((l) => l.replace(/^\S+ \S+ /, ''))).toEqual(['reparse hang', 'reparse SS_TCP_CLOSE_RESET=On']);
  });
  it('(d) while it rolls back a failed reload: the second worker ends the run failed with the server as it was', async () => {
    await lab.setReloadBehaviour('lab1', 'fail');
    const sampler = sampleConf('lab1', plannedConf('lab1'));
    const a = await startWorker();
    const run = await queuedRun('lab1');
    await until(async () => (await store.listSteps(run.id)).some((s) => s.phase === 'rollback'), 'the rollback to start', 20_000, 2);
    await kill9(a);

    await startWorker();
    const done = await waitFinal(run.id);
    const { samples, bad } = await sampler.stop();
    expect(bad).toEqual([]);
    expect(samples).toBeGreaterThan(50);
    expect(done.status).toBe('failed');
    expect(done.outcome).toMatch(/rolled back: the server is as it was before/);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    expect([await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse'), await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')]).toEqual(['0', '32768 60999']);
    const confDir = dirname(lab.host('lab1').localConfPath);
    const backup = basename(backupPathFor(lab.host('lab1').localConfPath, run.id, sha256(original.get('lab1')!)));
    expect(readdirSync(confDir).filter((n) => n.includes('vos-assist'))).toEqual([backup]);
    expect(readFileSync(join(confDir, backup))).toEqual(original.get('lab1'));
    expect((await store.listSteps(run.id)).filter((s) => s.status === 'started')).toEqual([]);
  });
  it('(e) after the rollback of a failed reload ran, before the run was marked failed: the second worker does not apply it again', async () => {
    // The kill window here is a few milliseconds (between the rollback batch and the final
    // store update), too short to hit with a signal reliably; the store is put back into the
    // state such a kill leaves (run `running`, journal complete up to the rollback) instead.
    await lab.setReloadBehaviour('lab1', 'fail');
    const a = await startWorker();
    const run = await queuedRun('lab1');
    expect((await waitFinal(run.id)).status).toBe('failed');
    a.child.kill('SIGTERM');
    expect((await a.exited).code).toBe(0);
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    await store.updateRun(run.id, { status: 'running', outcome: null, error: null, finishedAt: null, factsAfter: null });

    const sampler = sampleConf('lab1', plannedConf('lab1'));
    const b = await startWorker(); // its start-up reconcile re-enqueues the `running` run
    expect(b.stderr()).toMatch(new RegExp(`re-enqueued 1 run\\(s\\).*${run.id}`));
    const done = await waitFinal(run.id);
    const { bad } = await sampler.stop();
    expect(bad).toEqual([]);
    expect(done.status).toBe('failed');
    expect(await lab.readConf('lab1')).toEqual(original.get('lab1'));
    // The change the first attempt undid is not written a second time…
    const steps = await store.listSteps(run.id);
    expect(steps.filter((s) => s.phase === 'apply' && stepType(s) === 'file' && s.status === 'ok').map((s) => s.seq)).toHaveLength(1);
    // …and the outcome says what happened: rolled back, not "incomplete".
    expect(done.outcome).toMatch(/rolled back: the server is as it was before/);
  });
});

describe('SIGTERM', { timeout: 60_000 }, () => {
  it('finishes the running job, takes no new one, and exits 0', async () => {
    const w = await startWorker();
    const run = await queuedRun('lab1');
    await until(async () => (await store.getRun(run.id))?.status === 'running', 'the run to start', 20_000, 2);
    w.child.kill('SIGTERM');
    await w.waitFor('stopping');
    const later = await queuedRun('lab2');
    const { code } = await w.exited;
    expect(code, w.stderr()).toBe(0);
    expect(w.stderr()).toMatch(/stopped\n$/);
    expect((await store.getRun(run.id))!.status).toBe('succeeded');
    await expectFinishedOnce('lab1', run.id);
    // The job enqueued after SIGTERM waits for another worker.
    expect((await store.getRun(later.id))!.status).toBe('queued');
    expect(await (await producer.queues.remediate.getJob(jobIdFor(later.id, 'apply')))!.getState()).toBe('waiting');
    expect(await lab.daemonLog('lab2')).toEqual([]);
  });
});
