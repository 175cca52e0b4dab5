import { hostname } from 'node:os';
import { DelayedError, WaitingError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { Engine, type RunResult } from '../runs/engine/index.js';
import type { FollowUps } from '../runs/follow-up.js';
import type { Watches } from '../runs/watch.js';
import { RunLedger } from '../runs/ledger.js';
import { acquireServerLock, SERVER_LOCK_TTL_MS, serverLockOwner } from '../store/server-lock.js';
import type { RunStore } from '../store/types.js';
import { QUEUES, jobDataSchema, type JobData, type JobProgress } from './jobs.js';
import { startCheckWorker } from './checks.js';
import { startMaintenance, type BackupRetentionOptions } from './maintenance.js';

/** Options of the workers; every field has a default suited to production. */
export interface WorkerOptions {
  /** Jobs run at once per queue in this process. @defaultValue 10 */
  concurrency?: number;
  /**
   * BullMQ's job lock, renewed every half of it while the job runs. A worker that dies stops
   * renewing; its job is seen stalled once the lock has lapsed. @defaultValue 5 000 ms
   */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for (one check per interval across all workers). @defaultValue lockDurationMs */
  stalledIntervalMs?: number;
  /** Lifetime of the per-server lock in the run store, renewed every third of it. @defaultValue {@link SERVER_LOCK_TTL_MS} (10 000 ms) */
  serverLockTtlMs?: number;
  /** How long a job waits before trying again when its server is busy. @defaultValue 500 ms */
  busyRetryMs?: number;
  /** Redis key prefix (tests isolate themselves with it). @defaultValue "bull" */
  prefix?: string;
  /** Run backup retention in this process (needs `servers` in the deps). @defaultValue off */
  backups?: BackupRetentionOptions;
}

/** The workers' timing by default: a dead worker's job resumes within {@link resumeBoundMs} of these, 10.5 s. */
export const WORKER_DEFAULTS = { lockDurationMs: 5_000, serverLockTtlMs: SERVER_LOCK_TTL_MS, busyRetryMs: 500 } as const;

/**
 * The longest a job whose worker died waits before another worker resumes it. BullMQ finds a
 * stalled job in two passes: a check marks every active job, the next one moves those whose lock
 * is gone back to waiting; the lock lapses `lockDuration` after the last renewal, which was at
 * most the moment the worker died. So the job is back within max(2 × stalledInterval,
 * lockDuration + stalledInterval), an idle worker takes it at once, and it may then wait for the
 * dead worker's server lock to lapse (serverLockTtl after its last renewal), trying every busyRetry.
 */
export function resumeBoundMs(opts: Pick<WorkerOptions, 'lockDurationMs' | 'stalledIntervalMs' | 'serverLockTtlMs' | 'busyRetryMs'> = {}): number {
  const lock = opts.lockDurationMs ?? WORKER_DEFAULTS.lockDurationMs;
  const stalled = opts.stalledIntervalMs ?? lock;
  const serverLock = opts.serverLockTtlMs ?? WORKER_DEFAULTS.serverLockTtlMs;
  return Math.max(2 * stalled, lock + stalled, serverLock) + (opts.busyRetryMs ?? WORKER_DEFAULTS.busyRetryMs);
}

export interface WorkerDeps {
  /** A connection with maxRetriesPerRequest: null; each Worker duplicates it. */
  readonly connection: Redis;
  readonly store: RunStore;
  readonly serverById: (id: string) => ServerConfig | undefined;
  /** Every server of the config (backup retention goes through them). */
  readonly servers?: () => readonly ServerConfig[];
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  /** Follow-ups of successful fixes: scheduled when a fix succeeds. Absent: none. */
  readonly followUps?: FollowUps;
  /** Watches: with them (and followUps), this process also runs the read-only checks queue. */
  readonly watches?: Watches;
  /** A check asked for a diagnosis or recorded a follow-up (the run feed tells people sooner). */
  readonly onChecked?: () => void;
  readonly log?: (msg: string) => void;
}

/** The running workers of this process. */
export interface Workers {
  readonly diagnose: Worker<JobData>;
  readonly remediate: Worker<JobData>;
  /** The worker of recurring housekeeping (backup retention), when enabled. */
  readonly maintenance: Worker | null;
  /** The worker of follow-ups and watch checks, when enabled. */
  readonly checks: Worker | null;
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
  const ledger = new RunLedger(deps.store);
  const lockDuration = opts.lockDurationMs ?? WORKER_DEFAULTS.lockDurationMs;
  const serverLockTtlMs = opts.serverLockTtlMs ?? WORKER_DEFAULTS.serverLockTtlMs;
  const where = `worker ${hostname()} pid ${process.pid}`;
  const common = {
    connection: deps.connection,
    concurrency: opts.concurrency ?? 10,
    lockDuration,
    stalledInterval: opts.stalledIntervalMs ?? lockDuration,
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

  // Once closing, a job is not started: BullMQ can still hand one over that arrived while it
  // was waiting for work, and a stopping worker must not change a server for it. The job goes
  // back to waiting, untouched and without spending an attempt, for another worker.
  let closing = false;
  const handBack = async (job: Job<JobData>, token: string | undefined): Promise<never> => {
    await job.moveToWait(token);
    throw new WaitingError();
  };

  const diagnose = new Worker<JobData>(
    QUEUES.diagnose,
    async (job, token) => {
      if (closing) return handBack(job, token);
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
      if (closing) return handBack(job, token);
      const { run, server } = await loadRun(job);
      if (!run || !server) return null;
      // The server lock is the run store's, which the command line takes too. Its owner
      // includes this processing's BullMQ token: if the job is taken over while an earlier
      // processing still runs (its job lock lapsed during a Redis outage or a blocked event
      // loop), the taker waits for that one to finish instead of running alongside it.
      const owner = serverLockOwner(`${job.id ?? run.id} (${where})`, token ?? '');
      const lock = await acquireServerLock(deps.store.serverLocks, server.id, owner, { ttlMs: serverLockTtlMs, onLost: (why) => deps.log?.(`${run.id}: ${why}`) });
      if (!lock) {
        // Another run (or a command line) holds this server: wait without failing or spending an attempt.
        await job.moveToDelayed(Date.now() + (opts.busyRetryMs ?? WORKER_DEFAULTS.busyRetryMs), token);
        throw new DelayedError();
      }
      try {
        const runner = runnerFor(job);
        const retry = { mayRetry: mayRetry(job) };
        const result: RunResult = job.name === 'rollback' ? await runner.rollback(run.id, server, retry) : await runner.execute(run.id, server, retry);
        deps.log?.(`${run.id} ${server.id}: ${result.status} — ${result.outcome}`);
        if (result.status === 'queued' && result.retryable) throw new RetryableRunError(result.outcome);
        // A fix that changed something is read again later, to show whether it worked.
        if (job.name === 'apply' && result.status === 'succeeded') await deps.followUps?.schedule(run.id).catch((e: Error) => deps.log?.(`${run.id}: cannot schedule the follow-up: ${e.message}`));
        return result;
      } finally {
        // Before the job completes: the next job for this server (in this slot or another
        // worker) finds it free instead of waiting a busy retry.
        await lock.release().catch((e: Error) => deps.log?.(`${run.id}: cannot release the lock of ${server.id}: ${e.message}`));
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

  const maintenance =
    opts.backups && deps.servers
      ? startMaintenance({ connection: deps.connection, store: deps.store, servers: deps.servers, openTarget: deps.openTarget, ...(deps.log ? { log: deps.log } : {}) }, { ...opts.backups, ...(opts.prefix ? { prefix: opts.prefix } : {}) })
      : null;

  const checks = deps.watches
    ? startCheckWorker(
        { connection: deps.connection, store: deps.store, serverById: deps.serverById, openTarget: deps.openTarget, watches: deps.watches, ...(deps.onChecked ? { onChecked: deps.onChecked } : {}), ...(deps.log ? { log: deps.log } : {}) },
        opts.prefix ? { prefix: opts.prefix } : {},
      )
    : null;

  return {
    diagnose,
    remediate,
    maintenance: maintenance?.worker ?? null,
    checks,
    close: async () => {
      closing = true;
      await Promise.all([diagnose.close(), remediate.close(), maintenance?.close(), checks?.close()]);
    },
  };
}
