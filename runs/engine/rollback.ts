import type { ServerConfig } from '../../config/schema.js';
import { changeKinds } from '../../executors/changes/kinds.js';
import type { PlannedChange } from '../../executors/changes/spec.js';
import { runBatch, type Op } from '../../executors/ops.js';
import { afterProbes, legacyOf, parseState, readServerState, sha256, stateSections, type Probe, type ServerState } from '../../executors/state.js';
import type { Target } from '../../executors/target.js';
import type { Step } from '../../store/types.js';
import type { EngineContext } from './context.js';
import { settleStarted } from './resume.js';
import { describeOp, stepData } from './steps.js';

/** What a rollback came to: whether the server is provably as before, in one sentence, and the state read last. */
export interface RollbackOutcome {
  readonly ok: boolean;
  readonly summary: string;
  readonly changes: PlannedChange[];
  readonly state: ServerState | null;
}

/**
 * Undoes what run `runId` changed. Steps an interrupted attempt left `started` are first
 * settled against the server's real state (a lost link can leave every step after it started
 * while the server went on and did them all); then every applied step is undone in reverse:
 * files back from the run's own backup when nobody touched them since (else only our keys),
 * kernel values back, the softswitch reloaded if it may have taken the change. Finally the
 * server is checked against the before-state the journal recorded: what cannot be shown to
 * be as before is reported as incomplete, for a person to check. Journals into `journalRunId`
 * (the run itself for an automatic rollback, or a separate rollback run).
 */
export async function rollbackRun(
  ctx: EngineContext,
  runId: string,
  server: ServerConfig,
  target: Target,
  reason: string,
  options: { journalRunId?: string; known?: ServerState | null; probes?: readonly Probe[] } = {},
): Promise<RollbackOutcome> {
  const journalRunId = options.journalRunId ?? runId;
  const probes = options.probes ?? [];
  const state = options.known ?? (await readServerState(target, server, { probes, ...ctx.sig() }));
  const journal = await ctx.store.listSteps(runId);
  if (journal.some((s) => s.status === 'started')) await settleStarted(ctx, runId, journal, state);
  const allSteps = await ctx.store.listSteps(runId);
  const steps = allSteps.filter((s) => s.status === 'ok');
  // Backups the retention job removed (or found gone) long after the run: nothing to restore from.
  const cleaned = new Set(allSteps.flatMap((s) => {
    const d = stepData(s);
    return d?.type === 'cleanup' ? [d.backupPath] : [];
  }));
  const ops: Op[] = [];
  const changes: PlannedChange[] = [];
  const skipped: string[] = [];
  let reloadingTouched = false;
  for (const s of [...steps].reverse()) {
    const d = stepData(s);
    if (d?.type === 'sysctl') {
      const now = state.sysctl[d.key];
      if (d.from === null) skipped.push(`${d.key}: previous value unknown`);
      else if (now === d.to) {
        ops.push({ op: 'sysctl', label: `setting ${d.key} back to ${d.from}`, key: d.key, value: d.from });
        changes.push({ id: s.changeId ?? d.key, kind: 'sysctl', key: d.key, from: now, to: d.from, changed: true, path: state.persist.path });
      } else if (now !== d.from) skipped.push(`${d.key}: changed by someone else since (now ${now}); left alone`);
    } else if (d?.type === 'file') {
      const file = d.path === state.conf.path ? state.conf : state.persist;
      if (file.sha256 === d.beforeSha) continue; // already as before
      const backup = d.backupPath && d.beforeSha && !cleaned.has(d.backupPath) ? d.backupPath : null;
      if (file.sha256 === d.afterSha && backup && d.beforeSha) {
        ops.push({ op: 'restore', label: `restoring ${d.path} from its backup`, path: d.path, backupPath: backup, expectSha: d.afterSha, backupSha: d.beforeSha });
      } else if (file.sha256 === d.afterSha && d.beforeSha === null) {
        ops.push({ op: 'remove', label: `removing ${d.path} (created by run ${runId})`, path: d.path, expectSha: d.afterSha });
      } else if (file.content) {
        // Someone edited the file since, or its backup is gone: put back only our keys, keep their edits.
        let text = file.content.toString('latin1');
        for (const k of d.keys) text = changeKinds[k.kind].revert(text, k.key, k.fromRaw);
        const content = Buffer.from(text, 'latin1');
        ops.push({ op: 'write', label: `putting our keys in ${d.path} back`, path: d.path, expectSha: file.sha256, content, contentSha: sha256(content) });
      } else {
        skipped.push(`${d.path}: cannot read it to revert`);
        continue;
      }
      for (const k of d.keys) {
        const kind = changeKinds[k.kind];
        if (kind.reloads) reloadingTouched = true;
        if (!kind.runtime) changes.push({ id: s.changeId ?? k.key, kind: k.kind, key: k.key, from: kind.current(state, k.key), to: k.from ?? 'unset', changed: true, path: d.path });
      }
    }
  }
  // Reload only if the softswitch may have taken the change (a reload that ran, or was cut
  // off): after a reload that failed, it still runs the old settings.
  const reloaded = allSteps.some((s) => {
    const d = s.phase === 'reload' ? stepData(s) : null;
    return s.phase === 'reload' && (s.status === 'ok' || (d?.type === 'reload' && d.outcome === 'unknown'));
  });
  if (reloadingTouched && reloaded) ops.push({ op: 'command', label: `reloading the softswitch (${server.reloadCommand})`, command: server.reloadCommand });

  if (ops.length === 0) {
    // Applied steps whose effect is gone: an earlier (maybe interrupted) rollback undid them.
    const hadChanges = steps.some((s) => ['file', 'sysctl'].includes(stepData(s)?.type ?? ''));
    const differs = beforeStateMismatch(allSteps, state);
    const summary = differs.length
      ? incomplete(differs.join('; '), server)
      : skipped.length
        ? `nothing to restore (${skipped.join('; ')})`
        : hadChanges
          ? 'rolled back: the server is as it was before'
          : 'nothing had been changed, the server is as it was';
    await ctx.journal(journalRunId, 'rollback', 'rollback', null, { status: differs.length ? 'failed' : 'ok', output: `${reason}: ${summary}` });
    return { ok: skipped.length === 0 && differs.length === 0, summary, changes, state };
  }
  const rbSteps = await ctx.store.appendSteps(
    journalRunId,
    ops.map((op) => ({ phase: 'rollback' as const, name: op.label, command: describeOp(op), data: { reason }, status: 'started' as const })),
  );
  const probesAfter = afterProbes(probes);
  const batch = await runBatch(target, ops, { after: stateSections(server, probesAfter, { legacy: legacyOf(server, state) }), ...ctx.sig() });
  for (const [i, s] of rbSteps.entries()) {
    const r = batch.results[i];
    await ctx.store.finishStep(journalRunId, s.seq, { status: r ? (r.exitCode === 0 ? 'ok' : 'failed') : 'skipped', exitCode: r?.exitCode ?? null, output: r?.output ?? null, changed: r?.exitCode === 0, finishedAt: ctx.iso() });
  }
  const after = batch.complete ? parseState(server, batch.sections, probesAfter, batch.durationMs) : null;
  // The server must now be as the run found it: every file back to its recorded hash and every
  // kernel value to its recorded one. What cannot be read back cannot be claimed.
  const differs = !batch.ok ? [] : after ? beforeStateMismatch(allSteps, after) : ['the server could not be read back after the rollback'];
  const ok = batch.ok && skipped.length === 0 && differs.length === 0;
  const stopped = batch.results.find((r) => r.exitCode !== 0);
  const summary = !batch.ok
    ? incomplete(stopped ? `${stopped.label} failed${stopped.output ? `: ${stopped.output.split('\n')[0]}` : ''}` : `${ops[batch.results.length]?.label ?? 'a step'} did not finish`, server)
    : differs.length
      ? incomplete(differs.join('; '), server)
      : `rolled back: the server is as it was before${skipped.length ? ` (except: ${skipped.join('; ')})` : ''}`;
  return { ok, summary, changes, state: after };
}

const incomplete = (why: string, server: ServerConfig) => `ROLLBACK INCOMPLETE (${why}): a person must check ${server.id}`;

/**
 * What of the before-state a run recorded in its journal the server no longer has: files whose
 * hash differs from the one they had before the run (or that should be absent), kernel values
 * other than the ones read before. Steps that never happened (skipped) are not counted.
 */
export function beforeStateMismatch(steps: readonly Step[], state: ServerState): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of steps) {
    if (s.status !== 'ok' || s.phase === 'rollback') continue;
    const d = stepData(s);
    if (d?.type === 'file' && !seen.has(d.path)) {
      seen.add(d.path);
      const file = d.path === state.conf.path ? state.conf : d.path === state.persist.path ? state.persist : null;
      if (!file) continue;
      if (d.beforeSha === null ? file.exists : file.sha256 !== d.beforeSha) out.push(`${d.path} is not as it was before${d.beforeSha === null ? ' (it did not exist)' : ''}`);
    } else if (d?.type === 'sysctl' && !seen.has(d.key)) {
      seen.add(d.key);
      if (d.from !== null && state.sysctl[d.key] !== d.from) out.push(`${d.key} is ${state.sysctl[d.key] ?? 'unknown'}, it was ${d.from}`);
    }
  }
  return out;
}
