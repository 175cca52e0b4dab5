// Producer against a real Redis with real BullMQ workers, no lab: how a fleet of jobs is added.
// Needs Redis on 127.0.0.1:6379. Redis isolation: database 9 (see worker.lab.test.ts) and a
// random key prefix per test, whose keys are deleted afterwards.
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { jobIdFor, QUEUES } from '../../queue/jobs.js';
import { Producer } from '../../queue/producer.js';
import { deleteKeys } from './fixture.js';
import { until } from './helpers.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(9);

let redis: Redis;
const cleanup: (() => Promise<void>)[] = [];

beforeAll(() => {
  redis = createRedis(REDIS_URL);
});
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});
afterAll(() => redis?.disconnect());

/** A producer and (optionally) a worker that does nothing, on a key prefix of their own. */
async function setup(withWorker: boolean) {
  const prefix = `vp${randomUUID().slice(0, 8)}`;
  const producer = new Producer(redis, prefix);
  const worker = withWorker ? new Worker(QUEUES.remediate, async () => null, { connection: redis, prefix, concurrency: 5 }) : null;
  // The first empty fetch: the worker is now blocked waiting for jobs, as a worker is between fleet runs.
  const idle = worker ? new Promise<void>((r) => worker.once('drained', () => r())) : null;
  cleanup.push(async () => {
    await worker?.close();
    await producer.close();
    await deleteKeys(redis, `${prefix}:*`);
  });
  await idle;
  return { producer, worker };
}

const runsOf = (n: number, createdAt = new Date().toISOString()) => Array.from({ length: n }, (_, i) => ({ id: `R-${i + 1}`, kind: 'remediate' as const, createdAt }));

describe('Producer.enqueueMany', () => {
  it('lets a worker in the same process take the first jobs while the later ones are still being added', async () => {
    const { producer, worker } = await setup(true);
    const runs = runsOf(200);
    let completed = 0;
    worker!.on('completed', () => void completed++);
    const ids = await producer.enqueueMany(runs);
    expect(ids).toEqual(runs.map((r) => jobIdFor(r.id, 'apply')));
    await until(() => completed === runs.length, 'all jobs to complete', 20_000, 20);
    const jobs = await Promise.all(ids.map((id) => producer.queues.remediate.getJob(id)));
    // BullMQ's own clocks: timestamp is when a job was added, processedOn when a worker took it.
    // Had every job been built and sent before any was taken (one addBulk), every timestamp
    // would come before the first processedOn.
    const firstTaken = Math.min(...jobs.map((j) => j!.processedOn!));
    const lastAdded = Math.max(...jobs.map((j) => j!.timestamp));
    expect(firstTaken).toBeLessThan(lastAdded);
    expect(await producer.queues.remediate.getJobCounts('completed')).toEqual({ completed: runs.length });
  });

  it("replaces a finished job left by another store's run with the same id, and runs it again", async () => {
    const { producer, worker } = await setup(true);
    const done: string[] = [];
    worker!.on('completed', (job) => void done.push(job.id!));
    const old = runsOf(3, '2001-01-01T00:00:00.000Z');
    await producer.enqueueMany(old);
    await until(() => done.length === 3, 'the old jobs to complete', 10_000, 20);

    const fresh = runsOf(3);
    fresh[1] = old[1]!; // the same run as before: its job stays as it is
    await producer.enqueueMany(fresh);
    await until(() => done.length === 5, 'the replaced jobs to complete', 10_000, 20);
    const jobs = await Promise.all(fresh.map((r) => producer.queues.remediate.getJob(jobIdFor(r.id, 'apply'))));
    expect(jobs.map((j) => j!.data.createdAt)).toEqual(fresh.map((r) => r.createdAt));
    expect(done.slice(3).sort()).toEqual(['R-1-apply', 'R-3-apply']);
  });

  it("refuses, naming the job, when another store's run with the same id still has a job waiting", async () => {
    const { producer } = await setup(false);
    await producer.enqueueMany(runsOf(2, '2001-01-01T00:00:00.000Z'));
    await expect(producer.enqueueMany(runsOf(2))).rejects.toThrow(/job R-[12]-apply in Redis belongs to another run R-[12] .* and is waiting: two run stores share this Redis/);
    // Neither job was touched: both still point at the other store's runs.
    const jobs = await producer.queues.remediate.getJobs(['wait']);
    expect(jobs.map((j) => j.data.createdAt)).toEqual(['2001-01-01T00:00:00.000Z', '2001-01-01T00:00:00.000Z']);
  });
});
