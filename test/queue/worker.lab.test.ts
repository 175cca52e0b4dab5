// Integration suite: BullMQ producer and in-process workers on a real Redis, running real
// remediations over SSH against lab hosts. Needs root (the lab) and Redis on 127.0.0.1:6379.
// Redis isolation: database 9 (test/queue files use 9–12: worker 9, and 10 read-only for the
// other-database check; crash 11; cli 12; restart runs its own redis-server) plus a random
// BullMQ prefix whose keys close() deletes.
import type { Job } from 'bullmq';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { Producer } from '../../queue/producer.js';
import { jobIdFor, type JobData } from '../../queue/jobs.js';
import type { Workers } from '../../queue/worker.js';
import { acquireServerLock, lockHolderLabel, serverLockOwner } from '../../store/server-lock.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { deleteKeys, queueFixture, type QueueFixture } from './fixture.js';
import { sleep, until } from './helpers.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(9);

let lab: Lab;
let q: QueueFixture;
let workers: Workers;
const original = new Map<string, Buffer>();
/** Every job the remediate worker took up (one entry per processing, retries and busy waits included). */
const active: { runId: string; at: number; attemptsMade: number }[] = [];
const failedEvents: { runId: string; at: number; reason: string }[] = [];

beforeAll(async () => {
  lab = await createLab({ hosts: 3, name: 'queue-worker' });
  q = await queueFixture(lab, REDIS_URL, { serverExtra: { lab3: { connectTimeoutMs: 2000 } } });
  for (const h of lab.hosts) original.set(h.id, await lab.readConf(h.id));
  workers = q.startWorkers({ concurrency: 2, busyRetryMs: 200, lockDurationMs: 5_000, serverLockTtlMs: 5_000 });
  workers.remediate.on('active', (job: Job<JobData>) => active.push({ runId: job.data.runId, at: Date.now(), attemptsMade: job.attemptsMade }));
  workers.remediate.on('failed', (job: Job<JobData> | undefined, err: Error) => job && failedEvents.push({ runId: job.data.runId, at: Date.now(), reason: err.message }));
  await workers.remediate.waitUntilReady();
});
afterAll(async () => {
  await q?.close();
  await lab?.teardown();
});
beforeEach(async () => {
  await Promise.all(lab.hosts.map((h) => lab.reset(h.id)));
});

const kernel = async (id: string) => [await lab.sysctl(id, 'net.ipv4.tcp_tw_reuse'), await lab.sysctl(id, 'net.ipv4.ip_local_port_range')];
const reparses = async (id: string) => (await lab.daemonLog(id)).filter((l) => l.includes('reparse'));
const activeFor = (runId: string) => active.filter((a) => a.runId === runId);
const windowOf = async (runId: string) => {
  const r = (await q.f.store.getRun(runId))!;
  return { id: runId, start: Date.parse(r.startedAt!), end: Date.parse(r.finishedAt!) };
};

describe('Producer.enqueue', () => {
  it('adds one job per run however often and from however many producers it is enqueued, and the run executes once', async () => {
    const run = await q.queuedRun('port_exhaustion', 'lab1');
    const other = new Producer(q.connection, q.prefix);
    try {
      const ids = await Promise.all([q.producer.enqueue(run), q.producer.enqueue(run), other.enqueue(run), other.enqueueMany([run, run])]);
      expect(new Set(ids.flat())).toEqual(new Set([jobIdFor(run.id, 'apply')]));
      const jobs = await q.producer.queues.remediate.getJobs(['wait', 'active', 'delayed', 'completed', 'failed', 'prioritized']);
      expect(jobs.filter((j) => j.data.runId === run.id)).toHaveLength(1);

      const done = await q.waitFinal(run.id);
      expect(done.status).toBe('succeeded');
      // Approving again after it finished adds nothing either.
      await other.enqueue(run);
      await sleep(500);
      expect(activeFor(run.id)).toHaveLength(1);
      const steps = await q.f.store.listSteps(run.id);
      expect(steps.filter((s) => s.phase === 'connect')).toHaveLength(1);
      expect(steps.filter((s) => s.phase === 'apply' && s.status === 'ok')).toHaveLength(4);
      expect(await reparses('lab1')).toHaveLength(1);
      expect(await q.producer.queues.remediate.getJobCounts('completed', 'failed')).toMatchObject({ failed: 0 });
    } finally {
      await other.close();
    }
  });
  it("does not let a finished job of another store's run with the same id swallow this run, nor run that job on this store's run", async () => {
    const run = await q.queuedRun('port_exhaustion', 'lab1');
    // What a store that also numbered a run this way left in Redis (another --data directory, same Redis).
    const stale = await q.producer.queues.remediate.add('apply', { runId: run.id, createdAt: '2001-01-01T00:00:00.000Z' }, { jobId: jobIdFor(run.id, 'apply') });
    await until(async () => (await stale.getState()) === 'completed', 'the stale job to be processed');
    expect((await q.f.store.getRun(run.id))!.status).toBe('queued');
    expect(await lab.daemonLog('lab1')).toEqual([]);

    await q.producer.enqueue(run);
    expect((await q.waitFinal(run.id)).status).toBe('succeeded');
    expect(await lab.effective('lab1')).toBe('On');
  });
});

describe('Producer.remediateWorkers', () => {
  it('counts the workers of this queue on this Redis database only', async () => {
    expect(await q.producer.remediateWorkers()).toBeGreaterThanOrEqual(1);
    // Same key prefix and queue name, another database of the same Redis: BullMQ's own
    // getWorkers() (CLIENT LIST is server-wide) lists this file's worker there too.
    const elsewhere = createRedis(testRedisUrl(10));
    const other = new Producer(elsewhere, q.prefix);
    try {
      expect((await other.queues.remediate.getWorkers()).length).toBeGreaterThanOrEqual(1);
      expect(await other.remediateWorkers()).toBe(0);
    } finally {
      await other.close();
      await deleteKeys(elsewhere, `${q.prefix}:*`); // the queues' meta keys
      elsewhere.disconnect();
    }
  });
});

describe('per-server lock', () => {
  it('runs two remediations of one server one after the other (the second waits, neither fails) while another server runs alongside', async () => {
    const locks = q.f.store.serverLocks;
    /** The job holding a server's lock in the run store ("R-3-apply"), if any. */
    const holderJob = async (serverId: string) => {
      const h = await locks.holder(serverId);
      return h ? lockHolderLabel(h.owner).replace(/ \(.*$/, '') : null;
    };
    const a = await q.queuedRun('port_exhaustion', 'lab1');
    const b = await q.queuedRun('nat_unregistered', 'lab1');
    const c = await q.queuedRun('port_exhaustion', 'lab2');
    for (const r of [a, b, c]) await q.producer.enqueue(r);

    // Sample the lock holder while they run: only ever one of lab1's jobs, and both in turn.
    const holders = new Set<string>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        const h = await holderJob('lab1');
        if (h) holders.add(h);
        await sleep(20);
      }
    })();
    // When BullMQ reports a job completed (its slot may already hold the next job), the job's
    // server lock is free: the release is not left for later.
    const heldAfterCompletion: string[] = [];
    const checks: Promise<void>[] = [];
    const onCompleted = (job: Job<JobData>) =>
      checks.push(
        (async () => {
          for (const h of lab.hosts) if ((await holderJob(h.id)) === job.id) heldAfterCompletion.push(`${job.id} on ${h.id}`);
        })(),
      );
    workers.remediate.on('completed', onCompleted);
    const [ra, rb, rc] = await Promise.all([q.waitFinal(a.id), q.waitFinal(b.id), q.waitFinal(c.id)]);
    sampling = false;
    await sampler;
    await until(() => checks.length >= 3, 'the three jobs to be reported completed', 5_000, 10);
    workers.remediate.off('completed', onCompleted);
    await Promise.all(checks);
    expect(heldAfterCompletion).toEqual([]);

    expect([ra.status, rb.status, rc.status]).toEqual(['succeeded', 'succeeded', 'succeeded']);
    expect(holders).toEqual(new Set([jobIdFor(a.id, 'apply'), jobIdFor(b.id, 'apply')]));
    const [first, second] = [await windowOf(a.id), await windowOf(b.id)].sort((x, y) => x.start - y.start);
    expect(second!.start).toBeGreaterThanOrEqual(first!.end);
    // The waiting job was put back (busy), not failed, and used no attempt.
    const waiter = second!.id;
    expect(activeFor(waiter).length).toBeGreaterThan(1);
    expect(activeFor(waiter).every((x) => x.attemptsMade === 0)).toBe(true);
    expect(failedEvents.filter((e) => [a.id, b.id, c.id].includes(e.runId))).toEqual([]);
    // lab2 did not wait for lab1: its run overlaps lab1's first one.
    const w = await windowOf(c.id);
    expect(w.start < first!.end && first!.start < w.end).toBe(true);
    expect(await locks.holder('lab1')).toBeNull();
  });

  it('makes a job taken over from a processing that still runs wait until that one lets go of the server', async () => {
    const run = await q.queuedRun('port_exhaustion', 'lab2');
    // An earlier processing of this very job (say its job lock lapsed while Redis was away) still holds lab2.
    const earlier = (await acquireServerLock(q.f.store.serverLocks, 'lab2', serverLockOwner(`${jobIdFor(run.id, 'apply')} (an earlier processing)`), { ttlMs: 5_000 }))!;
    await q.producer.enqueue(run);
    await until(() => activeFor(run.id).length >= 2, 'the job to find lab2 busy', 10_000);
    expect((await q.f.store.getRun(run.id))!.status).toBe('queued');
    expect(await lab.daemonLog('lab2')).toEqual([]);
    await earlier.release();
    expect((await q.waitFinal(run.id)).status).toBe('succeeded');
    expect(activeFor(run.id).every((x) => x.attemptsMade === 0)).toBe(true);
  });
});

describe('retries', () => {
  it('retries a run whose server refused the connection, with backoff, and it succeeds once sshd is back', async () => {
    await lab.stopSshd('lab3');
    const run = await q.queuedRun('port_exhaustion', 'lab3');
    await q.producer.enqueue(run);
    const firstFailure = await until(() => failedEvents.find((e) => e.runId === run.id), 'the first attempt to fail', 20_000, 10);
    expect((await q.f.store.getRun(run.id))!).toMatchObject({ status: 'queued' });
    expect((await q.f.store.getRun(run.id))!.outcome).toMatch(/^will retry: .*nothing was changed/);
    await lab.startSshd('lab3');

    const done = await q.waitFinal(run.id);
    expect(done.status).toBe('succeeded');
    const attempts = activeFor(run.id);
    expect(attempts.length).toBeGreaterThanOrEqual(2);
    expect(attempts[1]!.attemptsMade).toBe(1);
    // Exponential backoff, first delay 1 s.
    expect(attempts[1]!.at - firstFailure.at).toBeGreaterThanOrEqual(900);
    expect(await kernel('lab3')).toEqual(['1', '1024 65535']);
    expect(await reparses('lab3')).toHaveLength(1);
  });

  it('does not retry a failure after a change was applied: one attempt, run failed, server rolled back', async () => {
    await lab.setReloadBehaviour('lab2', 'fail');
    const run = await q.queuedRun('port_exhaustion', 'lab2');
    await q.producer.enqueue(run);
    const done = await q.waitFinal(run.id);
    await sleep(1_500); // longer than the first backoff: a retry would have started by now
    expect(done.status).toBe('failed');
    expect(done.outcome).toMatch(/reloading the softswitch \(service mbx3000d reparse\) failed \(exit 1\): .*rolled back/);
    expect(activeFor(run.id)).toHaveLength(1);
    expect(failedEvents.filter((e) => e.runId === run.id)).toEqual([]);
    const job = await q.producer.queues.remediate.getJob(jobIdFor(run.id, 'apply'));
    expect(await job!.getState()).toBe('completed');
    expect(await lab.readConf('lab2')).toEqual(original.get('lab2'));
    expect(await kernel('lab2')).toEqual(['0', '32768 60999']);
    expect(await reparses('lab2')).toEqual([expect.stringMatching(/reparse failed/)]);
  });
  it('fails a run whose job kept throwing before the run could start, instead of leaving it queued', async () => {
    // A run the runner refuses outright (a remediation without a playbook): every attempt throws.
    const run = await q.f.store.createRun({ kind: 'remediate', playbook: null, serverId: 'lab1', customerId: 'acme', status: 'queued', requestedBy: 'test' });
    await q.producer.enqueue(run);
    const done = await q.waitFinal(run.id, 20_000);
    expect(done.status).toBe('failed');
    expect(done.outcome).toMatch(/failed 3 time\(s\) before the run could start \(run R-\d+ is not a remediation run\); nothing was changed/);
    expect(activeFor(run.id)).toHaveLength(3);
    expect(await lab.daemonLog('lab1')).toEqual([]);
  });
});

describe('progress', () => {
  it('reports every step of a remediation as run events, in order, as n/total', async () => {
    const events = await q.runEvents();
    const run = await q.queuedRun('port_exhaustion', 'lab1');
    const seen: string[] = [];
    const completed = new Promise<void>((r) =>
      events.subscribe({
        progress: (p) => void (p.runId === run.id && seen.push(`${p.runId} ${p.step}/${p.total} ${p.label}`)),
        settled: (job) => void (job.runId === run.id && job.outcome === 'completed' && (seen.push('completed'), r())),
      }),
    );
    await q.producer.enqueue(run);
    await completed;
    expect((await q.f.store.getRun(run.id))!.status).toBe('succeeded');
    expect(seen.pop()).toBe('completed'); // every progress event came before the job completed
    // One event per step, numbered 1..total in order, the verification last; the labels are
    // the runner's (not asserted word for word here), each one non-empty.
    const parsed = seen.map((l) => /^(R-\d+) (\d+)\/(\d+) (.+)$/.exec(l));
    expect(parsed.every((m) => m !== null && m[1] === run.id && Number(m[3]) === parsed.length)).toBe(true);
    expect(parsed.length).toBeGreaterThanOrEqual(3);
    expect(parsed.map((m) => Number(m![2]))).toEqual(parsed.map((_m, i) => i + 1));
    expect(parsed.at(-1)![4]).toMatch(/verif/);
  });
});
