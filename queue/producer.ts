import { Queue, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { isFinal, type Run, type RunStatus, type RunStore } from '../store/types.js';
import type { FollowUpScheduler } from '../runs/follow-up.js';
import type { WatchCheckKey, WatchScheduler } from '../runs/watch.js';
import { QUEUES, followUpJobId, jobIdFor, watchJobId, type CheckJobData, type JobData, type RemediateJobName } from './jobs.js';

/** Which queue and job name a run goes to. */
export function jobFor(run: Pick<Run, 'id' | 'kind'>): { queue: 'diagnose' | 'remediate'; name: RemediateJobName | 'diagnose'; jobId: string } {
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

/** A read-only check, delayed until it is due; retried a few times when the server cannot be reached. */
const checkJobOptions = (jobId: string, at: Date): JobsOptions => ({
  jobId,
  delay: Math.max(0, at.getTime() - Date.now()),
  attempts: 3,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: 7 * 24 * 3600, count: 5_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
});

/** Lets I/O callbacks run (a worker's wake-up, a reply) before going on. */
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What enqueueing needs of a run: its id and kind, and (to tell stores apart) when it was created. */
export type EnqueueRun = Pick<Run, 'id' | 'kind'> & Partial<Pick<Run, 'createdAt'>>;

/** Enqueues runs. The store stays the source of truth; a job only points at a run. */
export class Producer implements FollowUpScheduler, WatchScheduler {
  readonly queues: { diagnose: Queue<JobData>; remediate: Queue<JobData> };
  /** Read-only re-checks of servers: follow-ups and watches (not runs). */
  readonly checks: Queue<CheckJobData>;

  private readonly db: number;
  private readonly connection: Redis;

  /**
   * @param prefix  BullMQ key prefix. Default "bull".
   * @param onError Redis errors of the queues (a restart, …); ioredis reconnects by itself.
   *                Default: ignored (without a listener BullMQ prints each one to stderr).
   */
  constructor(connection: Redis, prefix?: string, onError: (err: Error) => void = () => {}) {
    this.db = connection.options.db ?? 0;
    this.connection = connection;
    const opts = { connection, ...(prefix ? { prefix } : {}) };
    this.queues = { diagnose: new Queue<JobData>(QUEUES.diagnose, opts), remediate: new Queue<JobData>(QUEUES.remediate, opts) };
    this.checks = new Queue<CheckJobData>(QUEUES.checks, opts);
    for (const q of [...Object.values(this.queues), this.checks]) q.on('error', onError);
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
   * Adds the jobs of several runs (a fleet run) without waiting for a reply in between. Same
   * rules as {@link enqueue}; returns the job ids in the order given.
   *
   * Each job is sent as soon as it is built, and the event loop is handed back before the
   * next one: a worker in this process (`start`, the fleet command) takes the first jobs
   * while the others are still being added. With one `addBulk`, every job waited until all
   * of them had been built, written and run by Redis (about 10 ms for 20 jobs in a fresh
   * process), and the worker could not take any of them before that.
   */
  async enqueueMany(runs: readonly EnqueueRun[]): Promise<string[]> {
    const items = runs.map((run) => {
      const { queue, name, jobId } = jobFor(run);
      const data: JobData = { runId: run.id, ...(run.createdAt ? { createdAt: run.createdAt } : {}) };
      return { run, queue, name, jobId, data };
    });
    const added: Promise<unknown>[] = [];
    for (const [k, i] of items.entries()) {
      if (k > 0) await yieldToEventLoop();
      const add = this.queues[i.queue].add(i.name, i.data, jobOptions(i.name, i.jobId));
      add.catch(() => {}); // awaited below; not an unhandled rejection while the loop goes on
      added.push(add);
    }
    await Promise.all(added);
    await this.replaceStaleJobs(items.filter((i) => i.run.createdAt));
    return items.map((i) => i.jobId);
  }

  /**
   * Finds, in one round trip, the jobs that already existed for another store's run with the
   * same id (their stored `createdAt` differs), so adding them did nothing, and replaces them.
   * Reads only the data field: parsing whole jobs here would compete with the worker taking
   * the jobs just added.
   */
  private async replaceStaleJobs(items: readonly { queue: 'diagnose' | 'remediate'; name: string; jobId: string; data: JobData }[]): Promise<void> {
    if (!items.length) return;
    const stored = await this.readJobData(items.map((i) => this.queues[i.queue].toKey(i.jobId)));
    await Promise.all(
      items.map((i, k) => {
        const [err, raw] = stored[k] ?? [null, null];
        if (err) throw err;
        const createdAt = typeof raw === 'string' ? (JSON.parse(raw) as { createdAt?: unknown }).createdAt : undefined;
        return createdAt && createdAt !== i.data.createdAt ? this.replaceStale(this.queues[i.queue], i.name, i.jobId, i.data) : undefined;
      }),
    );
  }

  /**
   * The `data` field of each job key, in one round trip. A single job (every chat's diagnosis)
   * is one plain command: an ioredis pipeline copies every script BullMQ defined on the
   * connection into itself, about 15 KB of garbage each, a thousand times in a burst of chats.
   */
  private async readJobData(keys: readonly string[]): Promise<[Error | null, unknown][]> {
    if (keys.length === 1) return [[null, await this.connection.hget(keys[0]!, 'data')]];
    const read = this.connection.pipeline();
    for (const key of keys) read.hget(key, 'data');
    return (await read.exec()) ?? [];
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
   * Makes sure every run the store says is queued (and, unless `running: false`, running) has
   * a live job: after a Redis restart without persistence, or a job that failed by stalling,
   * nothing approved is lost. Returns the run ids that were (re-)enqueued.
   *
   * `running: false` is for a process whose workers may be in the middle of a run: its job can
   * have vanished with Redis while the worker still applies it, and a second job would run it
   * twice. Such a run ends by itself; one whose worker died is picked up at the next start.
   */
  async reconcile(store: RunStore, options: { running?: boolean } = {}): Promise<string[]> {
    const statuses: RunStatus[] = options.running === false ? ['queued'] : ['queued', 'running'];
    const pending = await store.listRuns({ status: statuses, limit: 1000 });
    const added: string[] = [];
    for (const run of pending) {
      const { queue, jobId } = jobFor(run);
      const job = await this.queues[queue].getJob(jobId);
      if (job) {
        const state = await job.getState();
        if (state !== 'completed' && state !== 'failed') continue;
      }
      // Read again: the run may have moved on (or ended) since the list was read.
      const fresh = await store.getRun(run.id);
      if (!fresh || isFinal(fresh.status) || !statuses.includes(fresh.status)) continue;
      if (job) await job.remove().catch(() => {});
      await this.enqueue(fresh);
      added.push(run.id);
    }
    return added;
  }

  /**
   * Reconciles the queued runs every time the connection comes back after it was lost (a Redis
   * restart, a network cut): a Redis that restarted empty forgot the jobs of approved runs,
   * and they would wait for the next process start. Returns a function that stops it.
   */
  reconcileOnReconnect(store: RunStore, report: (requeued: string[], err?: Error) => void = () => {}): () => void {
    let lost = false;
    const onClose = () => (lost = true);
    const onReady = () => {
      if (!lost) return;
      lost = false;
      this.reconcile(store, { running: false }).then(
        (ids) => report(ids),
        (err: Error) => report([], err),
      );
    };
    this.connection.on('close', onClose);
    this.connection.on('ready', onReady);
    return () => {
      this.connection.off('close', onClose);
      this.connection.off('ready', onReady);
    };
  }

  /** The follow-up of a run, as a delayed job due at `at` (once per run however often asked). */
  async scheduleFollowUp(run: Pick<Run, 'id' | 'createdAt'>, at: Date): Promise<void> {
    await this.checks.add('follow-up', { runId: run.id, createdAt: run.createdAt }, checkJobOptions(followUpJobId(run.id), at));
  }

  /** One check of a watch, as a delayed job due at `at`. */
  async scheduleWatchCheck(key: WatchCheckKey, at: Date): Promise<void> {
    await this.checks.add('watch', { serverId: key.serverId, startedAt: key.startedAt, n: key.n }, checkJobOptions(watchJobId(key.serverId, key.startedAt, key.n), at));
  }

  async close(): Promise<void> {
    await Promise.all([this.queues.diagnose.close(), this.queues.remediate.close(), this.checks.close()]);
  }
}
