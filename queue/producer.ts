import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { isFinal, type Run, type RunStore } from '../store/types.js';
import { QUEUES, jobIdFor, type JobData, type RemediateJobName } from './jobs.js';

/** Which queue and job name a run goes to. */
export function jobFor(run: Pick<Run, 'id' | 'kind'>): { queue: keyof typeof QUEUES; name: RemediateJobName | 'diagnose'; jobId: string } {
  const name = run.kind === 'diagnose' ? 'diagnose' : run.kind === 'rollback' ? 'rollback' : 'apply';
  return { queue: run.kind === 'diagnose' ? 'diagnose' : 'remediate', name, jobId: jobIdFor(run.id, name) };
}

const jobOptions = (name: string, jobId: string): JobsOptions => ({
  jobId,
  // Retried only when the runner says it is safe (nothing changed yet); see worker.ts.
  attempts: name === 'diagnose' ? 2 : 3,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
});

/** What enqueueing needs of a run: its id and kind, and (to tell stores apart) when it was created. */
export type EnqueueRun = Pick<Run, 'id' | 'kind'> & Partial<Pick<Run, 'createdAt'>>;

/** Enqueues runs. The store stays the source of truth; a job only points at a run. */
export class Producer {
  readonly queues: { diagnose: Queue<JobData>; remediate: Queue<JobData> };

  /**
   * @param prefix  BullMQ key prefix. Default "bull".
   * @param onError Redis errors of the queues (a restart, …); ioredis reconnects by itself.
   *                Default: ignored (without a listener BullMQ prints each one to stderr).
   */
  private readonly db: number;

  constructor(connection: Redis, prefix?: string, onError: (err: Error) => void = () => {}) {
    this.db = connection.options.db ?? 0;
    const opts = { connection, ...(prefix ? { prefix } : {}) };
    this.queues = { diagnose: new Queue<JobData>(QUEUES.diagnose, opts), remediate: new Queue<JobData>(QUEUES.remediate, opts) };
    for (const q of Object.values(this.queues)) q.on('error', onError);
  }

  /**
   * Adds the job for a run; a second call for the same run while the job exists adds nothing.
   * With `createdAt` (pass the whole run), a finished job left in Redis by a run of another
   * store that had the same id is replaced instead of silently swallowing this run.
   */
  async enqueue(run: EnqueueRun): Promise<string> {
    const [jobId] = await this.enqueueMany([run]);
    return jobId!;
  }

  /**
   * Adds the jobs of several runs in one round trip per queue (a fleet run): the first jobs
   * do not wait for the last ones to be added. Same rules as {@link enqueue}; returns the
   * job ids in the order given.
   */
  async enqueueMany(runs: readonly EnqueueRun[]): Promise<string[]> {
    const items = runs.map((run) => {
      const { queue, name, jobId } = jobFor(run);
      const data: JobData = { runId: run.id, ...(run.createdAt ? { createdAt: run.createdAt } : {}) };
      return { run, queue, name, jobId, data };
    });
    for (const queue of ['diagnose', 'remediate'] as const) {
      const mine = items.filter((i) => i.queue === queue);
      if (mine.length === 1) await this.queues[queue].add(mine[0]!.name, mine[0]!.data, jobOptions(mine[0]!.name, mine[0]!.jobId));
      else if (mine.length > 1) await this.queues[queue].addBulk(mine.map((i) => ({ name: i.name, data: i.data, opts: jobOptions(i.name, i.jobId) })));
    }
    await Promise.all(items.filter((i) => i.run.createdAt).map((i) => this.replaceStale(this.queues[i.queue], i.name, i.jobId, i.data)));
    return items.map((i) => i.jobId);
  }

  /** A job with this id but another run's `createdAt` (another store's run): replace it if it is finished. */
  private async replaceStale(q: Queue<JobData>, name: string, jobId: string, data: JobData): Promise<void> {
    const job = await q.getJob(jobId);
    if (!job?.data.createdAt || job.data.createdAt === data.createdAt) return;
    const state = await job.getState();
    if (state !== 'completed' && state !== 'failed') {
      throw new Error(`job ${jobId} in Redis belongs to another run ${data.runId} (created ${job.data.createdAt}, not ${data.createdAt}) and is ${state}: two run stores share this Redis; give each its own REDIS_URL (or database index)`);
    }
    await job.remove();
    await q.add(name, data, jobOptions(name, jobId));
  }

  /**
   * How many workers take remediation jobs from this queue. BullMQ finds them by client name
   * in CLIENT LIST, which is server-wide: workers of the same queue on another database of the
   * same Redis (another deployment, a test) would count too, so they are left out.
   */
  async remediateWorkers(): Promise<number> {
    const clients = (await this.queues.remediate.getWorkers()) as { db?: string }[];
    return clients.filter((c) => c.db === undefined || Number(c.db) === this.db).length;
  }

  /**
   * Makes sure every run the store says is queued or running has a live job: after a
   * Redis restart without persistence, or a job that failed by stalling, nothing
   * approved is lost. Returns the run ids that were (re-)enqueued.
   */
  async reconcile(store: RunStore): Promise<string[]> {
    const pending = await store.listRuns({ status: ['queued', 'running'], limit: 1000 });
    const added: string[] = [];
    for (const run of pending) {
      const { queue, jobId } = jobFor(run);
      const job = await this.queues[queue].getJob(jobId);
      if (job) {
        const state = await job.getState();
        if (state !== 'completed' && state !== 'failed') continue;
        const fresh = await store.getRun(run.id);
        if (!fresh || isFinal(fresh.status)) continue;
        await job.remove().catch(() => {});
      }
      await this.enqueue(run);
      added.push(run.id);
    }
    return added;
  }

  async close(): Promise<void> {
    await Promise.all([this.queues.diagnose.close(), this.queues.remediate.close()]);
  }
}
