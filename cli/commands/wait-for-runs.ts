import type { RunEventStream } from '../../queue/index.js';
import { resultFromRun, type RunResult } from '../../runs/engine/index.js';
import { isFinal, type RunStore } from '../../store/types.js';

/** Options of {@link waitForRuns}. */
export interface WaitForRunsOptions {
  /** How often the store is read when no event wakes the wait. @defaultValue 500 */
  readonly pollMs?: number;
  /** How long a job that failed for good may leave its run unfinished before it counts as failed. @defaultValue 2000 */
  readonly failedGraceMs?: number;
  /**
   * How long to wait, once every run is final, for the jobs' own completed or failed events.
   * A job's progress events come before those in the queue's event stream, so waiting for
   * them lets the last progress lines reach the listeners before the stream is closed. It
   * costs nothing when the events come, and only this wait when they are lost.
   * @defaultValue 5000
   */
  readonly settleGraceMs?: number;
}

/**
 * Waits until every run is final: woken by queue events, with a store poll as the safety net.
 * A job that failed for good while its run is still not final after a grace period (a worker
 * that kept dying, so the job stalled too often) counts as failed rather than waited for.
 * The store says how each run ended; the events only wake the wait and order the output.
 */
export async function waitForRuns(store: RunStore, runIds: readonly string[], events: RunEventStream, options: WaitForRunsOptions = {}): Promise<RunResult[]> {
  const { pollMs = 500, failedGraceMs = 2_000, settleGraceMs = 5_000 } = options;
  const done = new Map<string, RunResult>();
  const settled = new Set<string>();
  const jobFailed = new Map<string, { reason: string; at: number }>();
  let wake: () => void = () => {};
  const sleep = (ms: number) => new Promise<void>((r) => ((wake = r), setTimeout(r, ms)));
  const unsubscribe = events.subscribe({
    settled: ({ runId, outcome, reason }) => {
      settled.add(runId);
      if (outcome === 'failed') jobFailed.set(runId, { reason: reason ?? 'unknown', at: Date.now() });
      wake();
    },
  });
  try {
    while (done.size < runIds.length) {
      for (const id of runIds) {
        if (done.has(id)) continue;
        const run = await store.getRun(id);
        const failed = jobFailed.get(id);
        if (run && isFinal(run.status)) done.set(id, resultFromRun(run));
        else if (run && failed && Date.now() - failed.at > failedGraceMs) {
          done.set(id, { ...resultFromRun(run), status: 'failed', verified: false, outcome: `its job failed (${failed.reason}); the run is still ${run.status} and resumes at the next worker start` });
        }
      }
      if (done.size < runIds.length) await sleep(pollMs);
    }
    // The worker writes the run's end before its job completes: give the event stream that moment.
    const until = Date.now() + settleGraceMs;
    while (runIds.some((id) => !settled.has(id)) && Date.now() < until) await sleep(Math.min(pollMs, until - Date.now()));
  } finally {
    unsubscribe();
  }
  return runIds.map((id) => done.get(id)!);
}
