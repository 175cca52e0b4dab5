import type { PlannedChange } from '../../executors/changes/spec.js';
import type { ServerState } from '../../executors/state.js';
import type { Step } from '../../store/types.js';
import type { EngineContext } from './context.js';
import { stepData } from './steps.js';

/**
 * Decides, from the server's real state, what each `started` step of an interrupted attempt
 * actually did, and records it. The hashes in the step data make this exact for files; kernel
 * values are compared with the intended value; a reload cut off is unknown and runs again.
 */
export async function settleStarted(ctx: EngineContext, runId: string, steps: readonly Step[], state: ServerState): Promise<void> {
  const started = steps.filter((x) => x.status === 'started');
  for (const s of started) {
    const d = stepData(s);
    let status: Step['status'] = 'skipped';
    let note = 'not applied (server unchanged)';
    if (d?.type === 'file') {
      const file = d.path === state.conf.path ? state.conf : state.persist;
      if (file.sha256 === d.afterSha) [status, note] = ['ok', 'applied before the interruption (file matches the planned content)'];
      else if (file.sha256 !== d.beforeSha) [status, note] = ['failed', 'file differs from both the old and the planned content'];
    } else if (d?.type === 'sysctl') {
      if (state.sysctl[d.key] === d.to) [status, note] = ['ok', `applied before the interruption (${d.key} = ${d.to})`];
    } else if (d?.type === 'backup') {
      [status, note] = ['ok', 'backup (kept; never overwritten)'];
    } else if (d?.type === 'reload') {
      note = 'unknown whether it ran; it runs again';
    }
    await ctx.store.finishStep(runId, s.seq, {
      status,
      changed: status === 'ok' && d?.type !== 'backup',
      output: `resumed: ${note}`,
      finishedAt: ctx.iso(),
      ...(d?.type === 'reload' ? { data: { type: 'reload', outcome: 'unknown' } } : {}),
    });
  }
  if (started.length) await ctx.journal(runId, 'resume', 'resumed after an interruption', null, { status: 'ok' });
}

/** A softswitch.conf write that happened without a confirmed reload means the reload must run again. */
export function reloadPending(steps: readonly Step[], confPath: string): boolean {
  const wroteConf = steps.some((s) => {
    const d = s.status === 'ok' && s.phase === 'apply' ? stepData(s) : null;
    return d?.type === 'file' && d.path === confPath;
  });
  const reloaded = steps.some((s) => s.status === 'ok' && s.phase === 'reload');
  return wroteConf && !reloaded;
}

/** On resume, the original plan's changes with `changed` from what the journal settled. */
export function mergeChanges(planned: readonly PlannedChange[], steps: readonly Step[]): PlannedChange[] {
  const done = (c: PlannedChange) =>
    steps.some((s) => {
      if (s.status !== 'ok') return false;
      if (s.changeId === c.id) return true;
      const d = stepData(s);
      return d?.type === 'file' && d.keys.some((k) => k.key === c.key);
    });
  return planned.map((c) => ({ ...c, changed: c.changed && done(c) }));
}
