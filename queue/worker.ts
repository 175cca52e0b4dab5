import { DelayedError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { Engine, type RunResult } from '../runs/engine/index.js';
import { RunLedger } from '../runs/ledger.js';
import type { RunStore } from '../store/types.js';
import { QUEUES, jobDataSchema, type JobData, type JobProgress } from './jobs.js';
import { ServerLocks } from './server-lock.js';

/** Options of the workers; every field has a default suited to production. */
export interface WorkerOptions {
  /** Jobs run at once per queue in this process. Default 10. */
  concurrency?: number;
  /** BullMQ job lock; a dead worker's job is taken over after about this long. Default 30 000 ms. */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for. Default lockDurationMs. */
  stalledIntervalMs?: number;
  /** TTL of the per-server lock, renewed while a run goes on. Default 30 000 ms. */
  serverLockTtlMs?: number;
  /** How long a job waits before trying again when its server is busy. Default 500 ms. */
  busyRetryMs?: number;
  /** Redis key prefix (tests isolate themselves with it). Default "bull". */
  prefix?: string;
}

export interface WorkerDeps {
  /** A connection with maxRetriesPerRequest: null; each Worker duplicates it. */
  readonly connection: Redis;
  readonly store: RunStore;
  readonly serverById: (id: string) => ServerConfig | undefined;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly log?: (msg: string) => void;
}

/** The running workers of this process. */
export interface Workers {
  readonly diagnose: Worker<JobData>;
  readonly remediate: Worker<JobData>;
  /** Stops taking jobs, lets running steps finish, closes connections. */
  close(): Promise<void>;
}

/** Thrown to make BullMQ retry: only for failures where nothing on the server changed. */
class RetryableRunError extends Error {
  override readonly name = 'RetryableRunError';
  readonly code = 'RETRYABLE' as const;
}

/**
 * Starts the diagnose and remediate workers. Remediation and rollback jobs take the
 * per-server lock first; when the server is busy the job goes back to the delayed set
 * and waits (it does not fail or use up an attempt).
 */
export function startWorkers(deps: WorkerDeps, opts: WorkerOptions = {}): Workers {
  // The workers' own connection: a lock release sent before a job completes reaches Redis first.
  const ledger = new RunLedger(deps.store);
  const locks = new ServerLocks(deps.connection, { ttlMs: opts.serverLockTtlMs ?? 30_000, ...(opts.prefix ? { prefix: opts.prefix } : {}) });
  const common = {
    connection: deps.connection,
    concurrency: opts.concurrency ?? 10,
    lockDuration: opts.lockDurationMs ?? 30_000,
    stalledInterval: opts.stalledIntervalMs ?? opts.lockDurationMs ?? 30_000,
    // A stalled apply job is resumed from the journal, so letting it be picked up again is safe.
    maxStalledCount: 3,
    ...(opts.prefix ? { prefix: opts.prefix } : {}),
  };

  const runnerFor = (job: Job<JobData>) =>
    new Engine({
      store: deps.store,
      openTarget: deps.openTarget,
      onProgress: (p) => void job.updateProgress(p satisfies JobProgress).catch(() => {}),
    });

  const loadRun = async (job: Job<JobData>) => {
    const { runId, createdAt } = jobDataSchema.parse(job.data);
    const run = await deps.store.getRun(runId);
    if (!run) return { runId, run: null, server: null };
    if (createdAt && createdAt !== run.createdAt) {
      // Same id, another store's run: running it would change a server nobody approved here.
      deps.log?.(`job ${job.id} is for run ${runId} created ${createdAt}, but this store's ${runId} was created ${run.createdAt}: skipped`);
      return { runId, run: null, server: null };
    }
    const server = deps.serverById(run.serverId) ?? null;
    if (!server) {
      await ledger.move(runId, 'failed', { outcome: `server ${run.serverId} is not in this worker's config; nothing was changed`, finishedAt: new Date().toISOString(), error: { code: 'UNKNOWN_SERVER', message: run.serverId } }, ['queued', 'running']);
    }
    return { runId, run, server };
  };

  const mayRetry = (job: Job<JobData>) => job.attemptsMade + 1 < (job.opts.attempts ?? 1);

  const diagnose = new Worker<JobData>(
    QUEUES.diagnose,
    async (job) => {
      const { run, server } = await loadRun(job);
      if (!run || !server) return null;
      if (run.status !== 'queued' && run.status !== 'running') return { runId: run.id, status: run.status };
      const { run: done } = await runnerFor(job).diagnose(run, server, { mayRetry: mayRetry(job) });
      if (done.status === 'queued') throw new RetryableRunError(done.outcome ?? 'retry');
      return { runId: done.id, status: done.status };
    },
    common,
  );

  const remediate = new Worker<JobData>(
    QUEUES.remediate,
    async (job, token) => {
      const { run, server } = await loadRun(job);
      if (!run || !server) return null;
      // The owner includes this processing's BullMQ token: if the job is taken over while an
      // earlier processing still runs (its job lock lapsed during a Redis outage or a blocked
      // event loop), the taker waits for that one to finish instead of running alongside it.
      const lock = await locks.acquire(server.id, `${job.id ?? run.id}#${token ?? ''}`);
      if (!lock) {
        // Another run holds this server: wait without failing or spending an attempt.
        await job.moveToDelayed(Date.now() + (opts.busyRetryMs ?? 500), token);
        throw new DelayedError();
      }
      try {
        const runner = runnerFor(job);
        const retry = { mayRetry: mayRetry(job) };
        const result: RunResult = job.name === 'rollback' ? await runner.rollback(run.id, server, retry) : await runner.execute(run.id, server, retry);
        deps.log?.(`${run.id} ${server.id}: ${result.status} — ${result.outcome}`);
        if (result.status === 'queued' && result.retryable) throw new RetryableRunError(result.outcome);
        return result;
      } finally {
        // Sent now, not awaited: BullMQ completes the job (and takes this slot's next one) on
        // the same connection, so Redis runs the release first. Waiting for its reply held the
        // slot for an event-loop turn: tens of ms in the fleet benchmark, behind other runs' SSH traffic.
        void lock.release();
      }
    },
    common,
  );

  // A job that failed for good (attempts used up) while its run is still `queued` never got
  // as far as the runner: nothing was changed, so the run fails with the reason instead of
  // staying queued for ever (and `playbook run --queue` waiting for ever). A `running` run is
  // left as it is: its journal may hold changes, and the next worker start resumes it.
  const settleFailedJob = async (job: Job<JobData> | undefined, err: Error) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1) || err instanceof RetryableRunError) return;
    const parsed = jobDataSchema.safeParse(job.data);
    if (!parsed.success) return;
    const failed = await ledger.move(parsed.data.runId, 'failed', {
      outcome: `the job failed ${job.attemptsMade} time(s) before the run could start (${err.message}); nothing was changed`,
      error: { code: 'JOB_FAILED', message: err.message },
      finishedAt: new Date().toISOString(),
    }, ['queued']);
    deps.log?.(`${parsed.data.runId}: job ${job.id} failed for good: ${err.message}${failed ? '; run marked failed' : ''}`);
  };

  for (const w of [diagnose, remediate]) {
    // Errors (Redis down, …) are reported, not thrown: ioredis reconnects and the worker goes on.
    w.on('error', (err) => deps.log?.(`worker error: ${err.message}`));
    w.on('failed', (job, err) => void settleFailedJob(job, err).catch((e: Error) => deps.log?.(`cannot record the failed job: ${e.message}`)));
  }

  return {
    diagnose,
    remediate,
    close: async () => {
      await Promise.all([diagnose.close(), remediate.close()]);
    },
  };
}
