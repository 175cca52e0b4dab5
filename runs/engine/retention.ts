import type { ServerConfig } from '../../config/schema.js';
import { runBatch, type Op } from '../../executors/ops.js';
import type { Target } from '../../executors/target.js';
import { isFinal, type Run, type ServerStep, type Step } from '../../store/types.js';
import { EngineContext, type EngineDeps } from './context.js';
import { backupPathFor, describeOp, stepData } from './steps.js';

const DAY_MS = 24 * 3600 * 1000;

/** The journal phases backup retention reads: the backups, the files they belong to, rollbacks, earlier clean-ups. */
export const RETENTION_PHASES: readonly Step['phase'][] = ['backup', 'apply', 'rollback', 'cleanup'];

/** A backup a run made on a server, as its journal records it. */
export interface RunBackup {
  readonly runId: string;
  /** The file that was backed up. */
  readonly path: string;
  readonly backupPath: string;
  /** The sha256 the file had when it was backed up: the bytes the backup holds. */
  readonly sha: string;
  /** When the backup was made (its journal entry). */
  readonly madeAt: string;
}

/** A backup older than the retention that stays, and why. */
export interface KeptBackup {
  readonly backup: Pick<RunBackup, 'runId' | 'path' | 'backupPath' | 'madeAt'>;
  readonly why: string;
}

/** What retention does on one server: the backups to remove, and the old ones that stay. */
export interface RetentionPlan {
  readonly remove: readonly RunBackup[];
  readonly kept: readonly KeptBackup[];
}

/**
 * Which backups of one server's runs go (pure). A backup goes when it is older than
 * `retentionDays`, its run has ended, and the journal knows its hash and it has exactly the
 * name that run gives its backups. Whatever its age, a backup stays when it is:
 * - the last good one of its file: the newest backup made by a run that changed the file and
 *   succeeded (the one to go back to);
 * - of a run whose rollback did not complete (a person must check that server, and the backup
 *   may be what they need), unless the run was rolled back since.
 * Backups the journal already records as dealt with are left out.
 */
export function retentionPlan(entries: readonly ServerStep[], now: Date, retentionDays: number): RetentionPlan {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const runs = new Map<string, { run: ServerStep['run']; steps: Step[] }>();
  for (const { run, step } of entries) {
    const r = runs.get(run.id) ?? { run, steps: [] };
    r.steps.push(step);
    runs.set(run.id, r);
  }

  const incomplete = new Set<string>();
  for (const { run, steps } of runs.values()) {
    if (run.kind === 'rollback' && run.status === 'failed' && run.rollbackOf) incomplete.add(run.rollbackOf);
    if (steps.filter((s) => s.phase === 'rollback').at(-1)?.status === 'failed') incomplete.add(run.id);
  }

  const found: { backup: Omit<RunBackup, 'sha'> & { sha: string | null }; run: ServerStep['run']; changedFile: boolean }[] = [];
  for (const { run, steps } of runs.values()) {
    if (run.kind !== 'remediate') continue;
    const data = steps.map((s) => ({ s, d: stepData(s) }));
    const gone = new Set(data.flatMap(({ d }) => (d?.type === 'cleanup' ? [d.backupPath] : [])));
    for (const { s, d } of data) {
      if (s.phase !== 'backup' || s.status !== 'ok' || d?.type !== 'backup' || gone.has(d.backupPath)) continue;
      const file = data.find((x) => x.d?.type === 'file' && x.d.backupPath === d.backupPath)?.d;
      const sha = file?.type === 'file' ? file.beforeSha : null;
      const changedFile = data.some(({ s: f, d: fd }) => f.phase === 'apply' && f.status === 'ok' && fd?.type === 'file' && fd.path === d.path);
      found.push({ backup: { runId: run.id, path: d.path, backupPath: d.backupPath, sha, madeAt: s.finishedAt ?? s.startedAt }, run, changedFile });
    }
  }

  // Later runs come later in `entries`: the last one seen per file is the newest.
  const lastGood = new Map<string, string>();
  for (const f of found) if (f.run.status === 'succeeded' && f.changedFile) lastGood.set(f.backup.path, f.backup.backupPath);

  const remove: RunBackup[] = [];
  const kept: KeptBackup[] = [];
  for (const { backup, run } of found) {
    if (Date.parse(backup.madeAt) > cutoff) continue;
    const why = keepReason(backup, run, lastGood, incomplete);
    if (why || backup.sha === null) kept.push({ backup, why: why ?? 'the journal has no hash for it, so it cannot be told from another file' });
    else remove.push({ ...backup, sha: backup.sha });
  }
  return { remove, kept };
}

function keepReason(backup: Omit<RunBackup, 'sha'> & { sha: string | null }, run: Pick<Run, 'id' | 'status'>, lastGood: Map<string, string>, incomplete: Set<string>): string | null {
  if (lastGood.get(backup.path) === backup.backupPath) return `the last good backup of ${backup.path}`;
  if (!isFinal(run.status)) return `${run.id} has not ended`;
  if (incomplete.has(run.id) && run.status !== 'rolled_back') return `the rollback of ${run.id} did not complete; a person must check the server`;
  // Only exactly the name this run gives its backups: a journal entry can never make us remove another file.
  if (backup.sha !== null && backup.backupPath !== backupPathFor(backup.path, run.id, backup.sha)) return 'its name is not the one this run gives its backups';
  return null;
}

/** What retention did on one server. */
export interface BackupCleanup {
  readonly serverId: string;
  readonly removed: readonly RunBackup[];
  /** Due, but gone already or no longer holding the run's bytes: left as they are, and not looked at again. */
  readonly leftAlone: readonly KeptBackup[];
  /** Older than the retention and kept on purpose. */
  readonly kept: readonly KeptBackup[];
  /** Why it stopped before every due backup was looked at (the server could not be reached, the link broke); null when it did not. */
  readonly stopped: string | null;
}

/**
 * Removes the backups of one server's runs that retention says may go (see {@link retentionPlan}),
 * through the `remove` op: each only if it still holds exactly the bytes the run backed up, by
 * its exact name, never a pattern. Every backup dealt with is journaled in the run that made it
 * (phase `cleanup`), so a later rollback of that run knows to put its keys back instead. Connects
 * to the server only when something is due. The caller holds the server's lock.
 */
export async function cleanBackups(deps: EngineDeps, server: ServerConfig, options: { retentionDays: number }): Promise<BackupCleanup> {
  const ctx = new EngineContext(deps);
  const plan = retentionPlan(await ctx.store.listServerSteps(server.id, RETENTION_PHASES), ctx.now(), options.retentionDays);
  const result = { serverId: server.id, removed: [] as RunBackup[], leftAlone: [] as KeptBackup[], kept: [...plan.kept], stopped: null as string | null };
  if (plan.remove.length === 0) return result;
  let target: Target | null = null;
  try {
    target = await ctx.openTarget(server);
    let rest = plan.remove;
    while (rest.length > 0) {
      const ops: Op[] = rest.map((b) => ({ op: 'remove', label: `removing ${b.backupPath}, the backup ${b.runId} made of ${b.path} on ${b.madeAt.slice(0, 10)}`, path: b.backupPath, expectSha: b.sha }));
      const batch = await runBatch(target, ops, ctx.sig());
      const done = batch.results.filter((r) => r.exitCode !== null);
      for (const r of done) {
        const b = rest[r.index]!;
        const ok = r.exitCode === 0;
        await ctx.store.appendStep(b.runId, {
          phase: 'cleanup',
          name: ops[r.index]!.label,
          command: describeOp(ops[r.index]!),
          status: ok ? 'ok' : 'skipped',
          exitCode: r.exitCode,
          output: ok ? `removed: older than ${options.retentionDays} days` : `left alone: ${r.output.split('\n')[0] || 'not this run\'s backup any more'}`,
          data: { type: 'cleanup', path: b.path, backupPath: b.backupPath },
          finishedAt: ctx.iso(),
        });
        if (ok) result.removed.push(b);
        else result.leftAlone.push({ backup: b, why: r.output.split('\n')[0] || 'not this run\'s backup any more' });
      }
      // The batch stops at the first op that did not remove its file; go on after it.
      const last = done.at(-1);
      if (!last || (last.exitCode === 0 && done.length < rest.length)) {
        result.stopped = batch.timedOut ? 'the server stopped answering' : 'the connection broke';
        break;
      }
      rest = rest.slice(done.length);
    }
  } catch (err) {
    result.stopped = (err as Error).message;
  } finally {
    await target?.close();
  }
  return result;
}
