// The fleet command's wait, against a real Redis, real BullMQ and a real SQLite store, no lab:
// the worker writes a run's end before its job completes, and the last progress lines of a
// run travel in the queue's event stream after that write. Needs Redis on 127.0.0.1:6379.
// Redis isolation: database 9 (see worker.lab.test.ts) and a random key prefix, whose keys
// are deleted afterwards.
import { randomUUID } from 'node:crypto';
import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { waitForRuns } from '../../cli/commands/wait-for-runs.js';
import { createRedis } from '../../queue/connection.js';
import { openRunEvents } from '../../queue/events.js';
import { QUEUES, type JobData, type JobProgress } from '../../queue/jobs.js';
import { Producer } from '../../queue/producer.js';
import { openSqliteRunStore } from '../../store/sqlite.js';
import { deleteKeys } from '../queue/fixture.js';
import { testRedisUrl } from '../helpers/redis.js';

const url = testRedisUrl(9);
const redis = createRedis(url);
afterAll(() => redis.disconnect());

describe('waitForRuns', () => {
  it("returns once each run is final and its job's own end has come through, so a progress line sent after the run's end is not cut off", async () => {
    const prefix = `vw${randomUUID().slice(0, 8)}`;
    const store = await openSqliteRunStore(':memory:');
    const producer = new Producer(redis, prefix);
    const events = await openRunEvents(url, { prefix, queues: ['remediate'] });
    const seen: string[] = [];
    events.subscribe({ progress: (p) => seen.push(`${p.runId} ${p.step}/${p.total} ${p.label}`) });
    // A processor that ends the run in the store, then reports its last step a moment later,
    // as a slow Redis round trip would deliver it.
    const worker = new Worker<JobData>(
      QUEUES.remediate,
      async (job) => {
        const { runId } = job.data;
        await job.updateProgress({ runId, step: 1, total: 2, label: 'applied' } satisfies JobProgress);
        await store.updateRun(runId, { status: 'succeeded', startedAt: new Date().toISOString(), finishedAt: new Date().toISOString() });
        await new Promise((r) => setTimeout(r, 1_200));
        await job.updateProgress({ runId, step: 2, total: 2, label: 'verified' } satisfies JobProgress);
      },
      { connection: redis.duplicate(), prefix },
    );
    try {
      const run = await store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: 'vos1', customerId: 'acme', status: 'queued', requestedBy: 'test' });
      await producer.enqueueMany([run]);
      const results = await waitForRuns(store, [run.id], events, { pollMs: 50 });
      await events.close();
      expect(results.map((r) => [r.runId, r.status])).toEqual([[run.id, 'succeeded']]);
      expect(seen).toEqual([`${run.id} 1/2 applied`, `${run.id} 2/2 verified`]);
    } finally {
      await events.close();
      await worker.close();
      await producer.close();
      await store.close();
      await deleteKeys(redis, `${prefix}:*`);
    }
  });

  it('does not wait past its grace for a job whose end never comes: the store says how the run ended', async () => {
    const store = await openSqliteRunStore(':memory:');
    const events = await openRunEvents(url, { prefix: `vw${randomUUID().slice(0, 8)}`, queues: ['remediate'] });
    try {
      // A run that ended without a job on this queue (finished elsewhere): no event will come.
      const run = await store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: 'vos1', customerId: 'acme', status: 'failed', requestedBy: 'test' });
      const results = await waitForRuns(store, [run.id], events, { pollMs: 50, settleGraceMs: 300 });
      expect(results.map((r) => [r.runId, r.status, r.verified])).toEqual([[run.id, 'failed', false]]);
    } finally {
      await events.close();
      await store.close();
    }
  });
});
