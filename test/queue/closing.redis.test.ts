// A closing worker starts no job, against a real Redis and real BullMQ workers, no lab: a job
// that arrives after close() began waits for another worker. Needs Redis on 127.0.0.1:6379.
// Redis isolation: database 9 (see worker.lab.test.ts) and a random key prefix, whose keys are
// deleted afterwards.
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { jobIdFor } from '../../queue/jobs.js';
import { Producer } from '../../queue/producer.js';
import { startWorkers } from '../../queue/worker.js';
import { openSqliteRunStore } from '../../store/sqlite.js';
import { deleteKeys } from './fixture.js';
import { testRedisUrl } from '../helpers/redis.js';

const redis = createRedis(testRedisUrl(9));
afterAll(() => redis.disconnect());

describe('startWorkers close()', () => {
  it('starts no job that arrives once closing began: the run stays queued and its job waits for another worker', async () => {
    const prefix = `vc${randomUUID().slice(0, 8)}`;
    const store = await openSqliteRunStore(':memory:');
    const producer = new Producer(redis, prefix);
    // No server is known: a job that got as far as the runner would fail its run at once.
    const workers = startWorkers({ connection: redis, store, serverById: () => undefined, openTarget: () => Promise.reject(new Error('no SSH here')) }, { prefix, concurrency: 1 });
    try {
      // Idle: the workers are blocked waiting for work, as between two chats.
      await Promise.all([workers.diagnose, workers.remediate].map((w) => new Promise<void>((r) => w.once('drained', () => r()))));
      const runs = await Promise.all(
        ['diagnose', 'remediate'].map((kind) => store.createRun({ kind: kind as 'diagnose' | 'remediate', playbook: 'port_exhaustion', serverId: 'vos1', customerId: 'acme', status: 'queued', requestedBy: 'test' })),
      );
      const closed = workers.close();
      await producer.enqueueMany(runs);
      await closed;
      for (const run of runs) {
        expect((await store.getRun(run.id))!.status, run.kind).toBe('queued');
        const job = await producer.queues[run.kind === 'diagnose' ? 'diagnose' : 'remediate'].getJob(jobIdFor(run.id, run.kind === 'diagnose' ? 'diagnose' : 'apply'));
        expect(await job!.getState(), run.kind).toBe('waiting');
        expect(job!.attemptsMade, run.kind).toBe(0);
      }
    } finally {
      await workers.close();
      await producer.close();
      await store.close();
      await deleteKeys(redis, `${prefix}:*`);
    }
  });
});
