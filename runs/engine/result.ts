import type { PlannedChange } from '../../executors/changes/spec.js';
import type { Run } from '../../store/types.js';
import { typedRun } from '../records.js';

/** How a run ended, in the shape `playbook run --json` prints. */
export interface RunResult {
  readonly runId: string;
  readonly status: Run['status'];
  readonly changes: { kind: string; key: string; from: string | null; to: string; changed: boolean }[];
  readonly verified: boolean;
  readonly durationMs: number;
  readonly outcome: string;
  /** True when the failure happened before anything changed and a retry is safe. */
  readonly retryable?: boolean;
  readonly errorCode?: string;
}

/** The result of a finished run as stored (also for runs that ran in another process). */
export function resultFromRun(stored: Run): RunResult {
  const run = typedRun(stored);
  const start = run.startedAt ? Date.parse(run.startedAt) : NaN;
  const end = run.finishedAt ? Date.parse(run.finishedAt) : NaN;
  return {
    runId: run.id,
    status: run.status,
    changes: (run.plan?.changes ?? []).map((c) => ({ kind: c.kind, key: c.key, from: c.from, to: c.to, changed: c.changed })),
    verified: run.status === 'succeeded' && !!run.verification?.ok,
    durationMs: Number.isFinite(start) && Number.isFinite(end) ? end - start : 0,
    outcome: run.outcome ?? '',
    ...(run.error ? { errorCode: run.error.code } : {}),
  };
}

/** The stored result, with this call's duration and (when given) the changes it reported. */
export function resultOf(run: Run, t0: number, changes?: readonly PlannedChange[]): RunResult {
  return {
    ...resultFromRun(run),
    ...(changes ? { changes: changes.map((c) => ({ kind: c.kind, key: c.key, from: c.from, to: c.to, changed: c.changed })) } : {}),
    durationMs: Math.round(performance.now() - t0),
  };
}
