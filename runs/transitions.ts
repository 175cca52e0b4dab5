import type { RunKind, RunStatus } from '../store/types.js';

/**
 * The run state machine, in one place: which status may follow which. Everything that moves
 * a run (runs/ledger.ts) is checked against it.
 *
 * | from                | to                                               | by                                   |
 * |---------------------|--------------------------------------------------|--------------------------------------|
 * | (new)               | awaiting_approval                                 | a proposal                           |
 * | (new)               | queued                                            | a diagnosis, a fleet run, a rollback |
 * | (new)               | running                                           | a command-line run (no queue)        |
 * | awaiting_approval   | queued · rejected · expired                       | approve · reject · expiry            |
 * | queued              | running · failed                                  | a worker · a job that never started  |
 * | running             | succeeded · failed · diagnosed · rejected · queued | the engine (queued: a safe retry)    |
 * | running             | running                                           | a worker resuming an interrupted run |
 * | succeeded · failed  | rolled_back                                       | a rollback run that finished         |
 * | rejected · expired · diagnosed · rolled_back | (none: final)            |                                      |
 */
export const TRANSITIONS: Readonly<Record<RunStatus, readonly RunStatus[]>> = {
  awaiting_approval: ['queued', 'rejected', 'expired'],
  queued: ['running', 'failed'],
  running: ['succeeded', 'failed', 'diagnosed', 'rejected', 'queued', 'running'],
  succeeded: ['rolled_back'],
  failed: ['rolled_back'],
  rolled_back: [],
  rejected: [],
  expired: [],
  diagnosed: [],
};

/** Statuses a run may be created in, by kind. */
export const INITIAL: Readonly<Record<RunKind, readonly RunStatus[]>> = {
  diagnose: ['queued', 'running'],
  remediate: ['awaiting_approval', 'queued', 'running'],
  rollback: ['queued', 'running'],
};

/** The statuses a run may be in for `to` to follow. */
export function predecessors(to: RunStatus): RunStatus[] {
  return (Object.keys(TRANSITIONS) as RunStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

/** True when `to` may follow `from`. */
export const mayFollow = (from: RunStatus, to: RunStatus): boolean => TRANSITIONS[from].includes(to);
