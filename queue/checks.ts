import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { runFollowUp } from '../runs/follow-up.js';
import type { CheckResult, Watches } from '../runs/watch.js';
import type { RunStore } from '../store/types.js';
import { QUEUES, followUpJobSchema, watchJobSchema, type CheckJobData } from './jobs.js';

/** What the checks worker needs. */
export interface CheckWorkerDeps {
  readonly connection: Redis;
  readonly store: RunStore;
  readonly serverById: (id: string) => ServerConfig | undefined;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly watches: Watches;
  /** Told when a check asked for a diagnosis or a follow-up was recorded: the run feed tells people sooner. */
  readonly onChecked?: () => void;
  readonly log?: (msg: string) => void;
}

/**
 * The worker of the checks queue: a run's follow-up and a watch's checks, both read-only
 * (runs/follow-up.ts, runs/watch.ts). They take no server lock: nothing they do changes a
 * server, and a read beside a running change only sees it half-way, which the next check sees
 * whole. A job whose server left the config does nothing.
 */
export function startCheckWorker(deps: CheckWorkerDeps, opts: { concurrency?: number; prefix?: string } = {}): Worker<CheckJobData> {
  const worker = new Worker<CheckJobData>(
    QUEUES.checks,
    async (job): Promise<string> => {
      if (job.name === 'follow-up') {
        const { runId, createdAt } = followUpJobSchema.parse(job.data);
        const run = await deps.store.getRun(runId);
        if (!run || run.createdAt !== createdAt) return `${runId}: not this store's run`;
        const server = deps.serverById(run.serverId);
        if (!server) return `${runId}: server ${run.serverId} is not in this worker's config`;
        const done = await runFollowUp({ store: deps.store, openTarget: deps.openTarget, ...(deps.log ? { log: deps.log } : {}) }, runId, server);
        if (done) deps.onChecked?.();
        return `${runId}: follow-up ${done?.followUp?.status ?? 'not due'}${done?.followUp?.persists ? ' (symptom still there)' : ''}`;
      }
      const key = watchJobSchema.parse(job.data);
      const server = deps.serverById(key.serverId);
      if (!server) return `watch of ${key.serverId}: the server is not in this worker's config`;
      const result: CheckResult = await deps.watches.check(key, server);
      if (result.kind === 'ended') deps.onChecked?.();
      if (result.kind === 'found') {
        deps.log?.(`watch of ${key.serverId}: the problem showed up (${result.watch.found?.seen.join('; ')}); diagnosis ${result.diagnosis.id}`);
        deps.onChecked?.();
      }
      return `watch of ${key.serverId} check ${key.n}: ${result.kind}`;
    },
    { connection: deps.connection, concurrency: opts.concurrency ?? 5, ...(opts.prefix ? { prefix: opts.prefix } : {}) },
  );
  worker.on('error', (err) => deps.log?.(`checks worker: ${err.message}`));
  worker.on('failed', (job, err) => deps.log?.(`check ${job?.id ?? '?'} failed: ${err.message}`));
  return worker;
}
