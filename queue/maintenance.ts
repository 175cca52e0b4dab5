import { hostname } from 'node:os';
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { cleanBackups, type BackupCleanup } from '../runs/engine/retention.js';
import { acquireServerLock, serverLockOwner } from '../store/server-lock.js';
import type { RunStore } from '../store/types.js';

/** The queue of housekeeping jobs that recur (not runs): no ':' in it, as BullMQ wants. */
export const MAINTENANCE_QUEUE = 'vos-maintenance';

/** The job scheduler (and job name) of backup retention. */
export const BACKUP_RETENTION = 'backup-retention';

/** How often backup retention runs by default: cheap when nothing is due (no server is contacted). */
export const BACKUP_RETENTION_EVERY_MS = 6 * 3600 * 1000;

/** Options of backup retention in a worker process. */
export interface BackupRetentionOptions {
  /** Backups older than this go (config `settings.backups.retentionDays`). */
  retentionDays: number;
  /** How often the job runs. @defaultValue {@link BACKUP_RETENTION_EVERY_MS} */
  everyMs?: number;
}

/** What the maintenance jobs need. */
export interface MaintenanceDeps {
  readonly connection: Redis;
  readonly store: RunStore;
  /** The servers of this process's config, read when the job runs. */
  readonly servers: () => readonly ServerConfig[];
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly log?: (msg: string) => void;
}

/** One pass of backup retention: each server's outcome, or why it was left for the next pass. */
export type RetentionPass = ({ serverId: string; skipped: string } | BackupCleanup)[];

/**
 * Backup retention as a repeatable job: every worker process schedules it (one scheduler by id,
 * so one job per interval however many processes), and whichever worker is free takes it. For
 * each server it takes the server's lock, the one runs take, so it never removes a backup that
 * a rollback is about to restore; a busy server is left for the next pass.
 */
export function startMaintenance(deps: MaintenanceDeps, options: BackupRetentionOptions & { prefix?: string }) {
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const queue = new Queue(MAINTENANCE_QUEUE, { connection: deps.connection, ...prefix });
  queue.on('error', (err) => deps.log?.(`maintenance queue: ${err.message}`));
  const where = `worker ${hostname()} pid ${process.pid}`;
  const worker = new Worker(
    MAINTENANCE_QUEUE,
    async (job, token): Promise<RetentionPass> => {
      if (job.name !== BACKUP_RETENTION) return [];
      const pass: RetentionPass = [];
      for (const server of deps.servers()) {
        const lock = await acquireServerLock(deps.store.serverLocks, server.id, serverLockOwner(`backup retention (${where})`, token ?? ''));
        if (!lock) {
          pass.push({ serverId: server.id, skipped: 'busy with a run; looked at next time' });
          continue;
        }
        try {
          const done = await cleanBackups({ store: deps.store, openTarget: deps.openTarget }, server, { retentionDays: options.retentionDays });
          pass.push(done);
          if (done.removed.length || done.leftAlone.length || done.stopped) deps.log?.(describeCleanup(done));
        } finally {
          await lock.release();
        }
      }
      return pass;
    },
    { connection: deps.connection, concurrency: 1, ...prefix },
  );
  worker.on('error', (err) => deps.log?.(`maintenance worker: ${err.message}`));
  worker.on('failed', (_job, err) => deps.log?.(`backup retention failed: ${err.message}`));
  const scheduled = queue
    .upsertJobScheduler(BACKUP_RETENTION, { every: options.everyMs ?? BACKUP_RETENTION_EVERY_MS }, { name: BACKUP_RETENTION, data: {}, opts: { removeOnComplete: { count: 20 }, removeOnFail: { count: 50 } } })
    .catch((err: Error) => deps.log?.(`cannot schedule backup retention: ${err.message}`));
  return {
    worker,
    close: async () => {
      await scheduled;
      await worker.close();
      await queue.close();
    },
  };
}

/** One log line for what retention did on a server. */
export function describeCleanup(c: BackupCleanup): string {
  const parts = [`backups on ${c.serverId}: removed ${c.removed.length}${c.removed.length ? ` (${c.removed.map((b) => `${b.runId}'s of ${b.path}`).join(', ')})` : ''}`];
  if (c.leftAlone.length) parts.push(`left alone ${c.leftAlone.length} (${c.leftAlone.map((k) => `${k.backup.backupPath}: ${k.why}`).join('; ')})`);
  if (c.stopped) parts.push(`stopped: ${c.stopped}; the rest next time`);
  return parts.join(', ');
}
