import type { ServerConfig } from '../../config/schema.js';
import type { ChangeSet, FileEdit } from '../../executors/changes/change-set.js';
import { changeKinds } from '../../executors/changes/kinds.js';
import { OP_EXIT, runBatch, type Op, type OpResult } from '../../executors/ops.js';
import { afterProbes, parseState, readServerState, stateSections, type Probe, type ServerState } from '../../executors/state.js';
import type { PreparedExec, Target } from '../../executors/target.js';
import type { Step } from '../../store/types.js';
import type { EngineContext } from './context.js';
import { settleStarted } from './resume.js';
import { backupPathFor, describeOp, failureOf, type StepData } from './steps.js';

/** What an apply came to: every op ran (with the state read right after), or where it stopped and why. */
export type ApplyOutcome =
  | { ok: true; total: number; state: ServerState | null }
  | { ok: false; total: number; failure: string; code: 'DRIFT' | 'BACKUP_CONFLICT' | 'APPLY_FAILED' | 'APPLY_INTERRUPTED'; state: ServerState | null };

interface PlannedOp {
  readonly op: Op;
  readonly phase: Step['phase'];
  readonly changeId: string | null;
  readonly data: StepData;
}

/**
 * Builds the ops for a change set (backups, file rewrites, the reload, kernel values), journals
 * each as `started` before the server is touched, then runs them in one round trip and reads
 * the result back in the same one.
 */
export async function applyChangeSet(
  ctx: EngineContext,
  runId: string,
  server: ServerConfig,
  target: Target,
  set: ChangeSet,
  options: { reloadPending: boolean; probes: readonly Probe[]; legacy: boolean; prepared?: PreparedExec },
): Promise<ApplyOutcome> {
  const planned: PlannedOp[] = [];
  const conf = set.files.find((f) => f.path === server.softswitchConf);
  const persist = set.files.find((f) => f.path !== server.softswitchConf);
  // Each changed setting of a file, with the value it had and its spelling there: a rollback
  // of someone's later edit puts back exactly that.
  const keysIn = (f: FileEdit) =>
    set.changes
      .filter((c) => c.changed && c.path === f.path)
      .map((c) => ({ kind: c.kind, key: c.key, from: c.from, fromRaw: f.before ? changeKinds[c.kind].recorded(f.before.toString('latin1'), c.key) : null }));
  const backupOf = (f: FileEdit) => (f.beforeSha ? backupPathFor(f.path, runId, f.beforeSha) : null);

  for (const f of [conf, persist]) {
    const backupPath = f && backupOf(f);
    if (!f?.beforeSha || !backupPath) continue;
    planned.push({ op: { op: 'backup', label: `backing up ${f.path}`, path: f.path, backupPath, expectSha: f.beforeSha }, phase: 'backup', changeId: null, data: { type: 'backup', path: f.path, backupPath } });
  }
  if (conf) {
    const keys = keysIn(conf);
    planned.push({
      op: { op: 'write', label: `writing ${keys.map((k) => `${k.key} ${set.changes.find((c) => c.key === k.key)?.to}`).join(', ')} to ${conf.path}`, path: conf.path, expectSha: conf.beforeSha, content: conf.after, contentSha: conf.afterSha },
      phase: 'apply',
      changeId: set.changes.find((c) => c.path === conf.path && c.changed)?.id ?? null,
      data: { type: 'file', path: conf.path, beforeSha: conf.beforeSha, afterSha: conf.afterSha, backupPath: backupOf(conf), keys },
    });
  }
  if (set.reload || options.reloadPending) {
    planned.push({ op: { op: 'command', label: `reloading the softswitch (${server.reloadCommand})`, command: server.reloadCommand }, phase: 'reload', changeId: null, data: { type: 'reload' } });
  }
  for (const r of set.runtime) {
    planned.push({
      op: { op: 'sysctl', label: `setting ${r.key} to ${r.to}`, key: r.key, value: r.to },
      phase: 'apply',
      changeId: set.changes.find((c) => c.key === r.key)?.id ?? null,
      data: { type: 'sysctl', key: r.key, from: r.from, to: r.to },
    });
  }
  if (persist) {
    planned.push({
      op: { op: 'write', label: `persisting the kernel settings in ${persist.path}`, path: persist.path, expectSha: persist.beforeSha, content: persist.after, contentSha: persist.afterSha },
      phase: 'apply',
      changeId: null,
      data: { type: 'file', path: persist.path, beforeSha: persist.beforeSha, afterSha: persist.afterSha, backupPath: backupOf(persist), keys: keysIn(persist) },
    });
  }

  // Progress is reported per stage a customer understands, not per shell step.
  const stageOf = (p: PlannedOp) => (p.phase === 'backup' ? 0 : p.data.type === 'reload' || (p.data.type === 'file' && p.data.path === server.softswitchConf) ? 1 : 2);
  const confLabel = set.changes.filter((c) => c.changed && changeKinds[c.kind].reloads).map((c) => `${c.key} ${c.to}`).join(', ');
  const stageLabels = ['backup saved', `${confLabel || 'softswitch'}${conf || options.reloadPending ? ', softswitch reparsed' : ''}`, 'kernel settings applied'];
  const stages = [...new Set(planned.map(stageOf))];
  const lastOfStage = new Map(stages.map((st) => [st, planned.map(stageOf).lastIndexOf(st)]));
  const total = stages.length + 1;
  if (planned.length === 0) return { ok: true, total, state: null };

  // Intent first: a worker killed from here on leaves `started` steps that say what may have happened.
  const steps = await ctx.store.appendSteps(
    runId,
    planned.map((p) => ({ phase: p.phase, name: p.op.label, changeId: p.changeId, command: describeOp(p.op), data: p.data, status: 'started' as const })),
  );
  let writes = Promise.resolve();
  const finished = new Set<number>();
  const finish = (r: OpResult) => {
    if (finished.has(r.index) || r.exitCode === null) return;
    finished.add(r.index);
    const step = steps[r.index]!;
    const stage = stageOf(planned[r.index]!);
    if (r.exitCode === 0 && lastOfStage.get(stage) === r.index) ctx.progress(runId, stages.indexOf(stage) + 1, total, stageLabels[stage]!);
    writes = writes.then(async () => {
      await ctx.store.finishStep(runId, step.seq, { status: r.exitCode === 0 ? 'ok' : 'failed', exitCode: r.exitCode, output: r.output, changed: r.exitCode === 0 && step.phase !== 'backup', finishedAt: ctx.iso() });
    });
  };
  const probesAfter = afterProbes(options.probes);
  const after = stateSections(server, probesAfter, { legacy: options.legacy });
  const batch = await runBatch(
    target,
    planned.map((p) => p.op),
    { after, onOpDone: finish, ...(options.prepared ? { prepared: options.prepared } : {}), ...ctx.sig() },
  );
  batch.results.forEach(finish);
  await writes;
  const state = batch.complete ? parseState(server, batch.sections, probesAfter, batch.durationMs) : null;
  if (batch.ok && state) return { ok: true, total, state };
  const failed = batch.results.find((r) => r.exitCode !== null && r.exitCode !== 0);
  if (!failed) {
    // Cut off mid-batch (connection lost, timeout): settle the started steps against the server.
    const now = await readServerState(target, server, { probes: [], ...ctx.sig() });
    await settleStarted(ctx, runId, await ctx.store.listSteps(runId), now);
    return { ok: false, total, failure: batch.timedOut ? 'the server stopped answering while the change was applied' : 'the connection broke while the change was applied', code: 'APPLY_INTERRUPTED', state: now };
  }
  for (const [i, s] of steps.entries()) {
    if (!finished.has(i)) await ctx.store.finishStep(runId, s.seq, { status: 'skipped', output: `not run: ${failed.label} failed first`, finishedAt: ctx.iso() });
  }
  if (failed.exitCode === OP_EXIT.drift) return { ok: false, total, failure: `${failed.label}: the file changed on the server since it was read`, code: 'DRIFT', state };
  if (failed.exitCode === OP_EXIT.backup) return { ok: false, total, failure: failureOf(failed.label, null, failed.output), code: 'BACKUP_CONFLICT', state };
  return { ok: false, total, failure: failureOf(failed.label, failed.exitCode, failed.output), code: 'APPLY_FAILED', state };
}
