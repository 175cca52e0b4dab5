// Integration suite: Redis going away and coming back while jobs wait, against lab hosts.
// Needs root (the lab) and redis-server on PATH: this file runs its own redis-server
// (append-only, free port, temp dir) so it can SHUTDOWN, restart and FLUSHDB it freely.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { createRedis } from '../../queue/connection.js';
import { jobIdFor } from '../../queue/jobs.js';
import type { Workers } from '../../queue/worker.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { queueFixture, type QueueFixture } from './fixture.js';
import { closedPort, sleep, until } from './helpers.js';

const binary = findExecutable('redis-server', process.env.PATH)!;
let lab: Lab;
let dir: string;
let port: number;
let redis: RedisServer | null = null;
let q: QueueFixture;
let workers: Workers | null = null;

const startRedis = async () => (redis = await spawnRedisServer({ binary, dir: join(dir, 'redis'), port }));
const stopRedis = async () => {
  await redis?.stop();
  redis = null;
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-restart-'));
  port = await closedPort();
  await startRedis();
  lab = await createLab({ hosts: 2, name: 'queue-restart' });
  q = await queueFixture(lab, `redis://127.0.0.1:${port}`);
});
afterAll(async () => {
  if (!redis) await startRedis(); // close() deletes its keys
  await q?.close();
  await stopRedis();
  await lab?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  await Promise.all(lab.hosts.map((h) => lab.reset(h.id)));
});
afterEach(async () => {
  if (!redis) await startRedis();
  await workers?.close();
  workers = null;
});

const startWorkers = () => (workers = q.startWorkers({ concurrency: 2, lockDurationMs: 5_000 }));

describe('Redis restarts', () => {
  it('keeps approved jobs across a restart while no worker runs; a worker started afterwards runs them all', async () => {
    const runs = [await q.queuedRun('port_exhaustion', 'lab1'), await q.queuedRun('port_exhaustion', 'lab2')];
    for (const r of runs) await q.producer.enqueue(r);
    const pid = redis!.pid;
    // SHUTDOWN as an operator would send it: Redis writes the append-only file and exits.
    const admin = createRedis(`redis://127.0.0.1:${port}`, { retryStrategy: () => null });
    admin.on('error', () => {});
    await admin.call('SHUTDOWN').catch(() => {}); // the connection closes before a reply
    admin.disconnect();
    await until(() => redis!.exited, 'redis-server to exit after SHUTDOWN', 10_000);
    redis = null;
    await startRedis();
    expect(redis!.pid).not.toBe(pid);
    expect(await q.producer.queues.remediate.getJobCounts('wait')).toEqual({ wait: 2 });

    startWorkers();
    for (const r of runs) expect((await q.waitFinal(r.id)).status).toBe('succeeded');
    expect(await lab.effective('lab1')).toBe('On');
    expect(await lab.effective('lab2')).toBe('On');
  });

  it('keeps a running worker working across a restart: it reconnects by itself and takes the next job', async () => {
    startWorkers();
    const first = await q.queuedRun('port_exhaustion', 'lab1');
    await q.producer.enqueue(first);
    expect((await q.waitFinal(first.id)).status).toBe('succeeded');
    await stopRedis();
    await sleep(500);
    await startRedis();
    const second = await q.queuedRun('port_exhaustion', 'lab2');
    await q.producer.enqueue(second);
    expect((await q.waitFinal(second.id)).status).toBe('succeeded');
  });

  it('a worker started while Redis is down keeps trying and processes jobs once Redis is up', async () => {
    await stopRedis();
    const errors: string[] = [];
    const w = startWorkers();
    w.remediate.on('error', (e) => errors.push(e.message));
    await sleep(1_500);
    await startRedis();
    const run = await q.queuedRun('port_exhaustion', 'lab1');
    await q.producer.enqueue(run);
    expect((await q.waitFinal(run.id)).status).toBe('succeeded');
    expect(errors.some((e) => /ECONNREFUSED|Connection is closed/.test(e))).toBe(true);
  });
});

describe('Producer.reconcile', () => {
  it('re-enqueues the queued and running runs when Redis lost everything, and only those; the running ones only when asked', async () => {
    const queued = await q.queuedRun('port_exhaustion', 'lab1');
    await q.producer.enqueue(queued);
    // A run a worker had begun (journal empty: it died before connecting) whose job is gone too.
    const running = await q.queuedRun('port_exhaustion', 'lab2');
    await q.f.store.transition(running.id, ['queued'], 'running', { startedAt: new Date().toISOString() });
    const awaiting = await q.f.store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: 'lab2', customerId: 'acme', status: 'awaiting_approval', requestedBy: 'test' });

    const admin = createRedis(`redis://127.0.0.1:${port}`);
    try {
      await admin.flushdb();
    } finally {
      admin.disconnect();
    }
    expect(await q.producer.queues.remediate.getJob(jobIdFor(queued.id, 'apply'))).toBeUndefined();

    // After a reconnect, a running run is left to the worker that may still be on it.
    expect(await q.producer.reconcile(q.f.store, { running: false })).toEqual([queued.id]);
    expect(await q.producer.reconcile(q.f.store)).toEqual([running.id]);
    expect(await q.producer.reconcile(q.f.store)).toEqual([]); // the jobs exist now
    startWorkers();
    expect((await q.waitFinal(queued.id)).status).toBe('succeeded');
    expect((await q.waitFinal(running.id)).status).toBe('succeeded');
    expect((await q.f.store.getRun(awaiting.id))!.status).toBe('awaiting_approval');
    expect(await q.producer.queues.remediate.getJob(jobIdFor(awaiting.id, 'apply'))).toBeUndefined();
  });
});
