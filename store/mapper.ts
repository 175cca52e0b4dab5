import type { Insertable, Selectable, Updateable } from 'kysely';
import type { RunsTable, RunStepsTable } from './schema.js';
import type { NewRun, NewStep, Run, RunKind, RunPatch, RunStatus, Step, StepPatch, StepStatus } from './types.js';

// Rows are written only by this store, so reading them back casts the text columns to
// their unions instead of validating each row again.

/** A seq is a 32-bit integer in PostgreSQL; a larger number cannot name a record. */
const MAX_SEQ = 2_147_483_647;

/** The seq behind a public id `<prefix>-<seq>` ("R-12", "H-7"), or null if `id` cannot name one. */
export function parseSeqId(prefix: string, id: string): number | null {
  if (!id.startsWith(`${prefix}-`) || !/^[1-9][0-9]*$/.test(id.slice(prefix.length + 1))) return null;
  const seq = Number(id.slice(prefix.length + 1));
  return seq <= MAX_SEQ ? seq : null;
}

/** The public id of the run with this seq: `R-12`. Never all digits, never contains ':'. */
export function formatRunId(seq: number): string {
  return `R-${seq}`;
}

/** The seq behind a public run id, or null if `id` cannot name a run. */
export const parseRunId = (id: string): number | null => parseSeqId('R', id);

/** JSON column value: SQL NULL for null/undefined, JSON text otherwise (so 0, false and "" survive). */
export function encodeJson(value: unknown): string | null {
  return value === undefined || value === null ? null : (JSON.stringify(value) ?? null);
}

/** Reads a JSON column back. */
export function decodeJson(text: string | null): unknown {
  return text === null ? null : JSON.parse(text);
}

const encodeBool = (value: boolean): number => (value ? 1 : 0);
const decodeBool = (value: number | null): boolean | null => (value === null ? null : value !== 0);

/** The row for a new run created at `at`. */
export function newRunToRow(input: NewRun, at: string): Insertable<RunsTable> {
  return {
    kind: input.kind,
    playbook: input.playbook,
    server_id: input.serverId,
    customer_id: input.customerId,
    status: input.status,
    dry_run: encodeBool(input.dryRun ?? false),
    requested_by: input.requestedBy,
    symptom_text: input.symptomText ?? null,
    symptom_search: input.symptomText?.toLowerCase() ?? null,
    match_evidence: encodeJson(input.matchEvidence),
    facts_before: encodeJson(input.factsBefore),
    plan: encodeJson(input.plan),
    requests: encodeJson(input.requests),
    rollback_of: input.rollbackOf ?? null,
    chat: input.chat ?? null,
    created_at: at,
    updated_at: at,
  };
}

/**
 * The columns a patch changes. `undefined` leaves a field as it is, `null` clears it; keys
 * that are not patchable (id, createdAt, …) are ignored even if a caller smuggles them in.
 */
export function runPatchToRow(patch: RunPatch): Updateable<RunsTable> {
  const row: Updateable<RunsTable> = {};
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.approvedBy !== undefined) row.approved_by = patch.approvedBy;
  if (patch.approvedAt !== undefined) row.approved_at = patch.approvedAt;
  if (patch.decisionNote !== undefined) row.decision_note = patch.decisionNote;
  if (patch.matchEvidence !== undefined) row.match_evidence = encodeJson(patch.matchEvidence);
  if (patch.factsBefore !== undefined) row.facts_before = encodeJson(patch.factsBefore);
  if (patch.factsAtApply !== undefined) row.facts_at_apply = encodeJson(patch.factsAtApply);
  if (patch.requests !== undefined) row.requests = encodeJson(patch.requests);
  if (patch.plan !== undefined) row.plan = encodeJson(patch.plan);
  if (patch.factsAfter !== undefined) row.facts_after = encodeJson(patch.factsAfter);
  if (patch.verification !== undefined) row.verification = encodeJson(patch.verification);
  if (patch.followUp !== undefined) row.follow_up = encodeJson(patch.followUp);
  if (patch.outcome !== undefined) row.outcome = patch.outcome;
  if (patch.error !== undefined) row.error = encodeJson(patch.error);
  if (patch.rolledBackBy !== undefined) row.rolled_back_by = patch.rolledBackBy;
  if (patch.startedAt !== undefined) row.started_at = patch.startedAt;
  if (patch.finishedAt !== undefined) row.finished_at = patch.finishedAt;
  return row;
}

/** A `runs` row as the Run the rest of the program sees. */
export function rowToRun(row: Selectable<RunsTable>): Run {
  return {
    id: formatRunId(row.seq),
    kind: row.kind as RunKind,
    playbook: row.playbook as Run['playbook'],
    serverId: row.server_id,
    customerId: row.customer_id,
    status: row.status as RunStatus,
    dryRun: row.dry_run !== 0,
    requestedBy: row.requested_by,
    approvedBy: row.approved_by,
    approvedAt: row.approved_at,
    decisionNote: row.decision_note,
    symptomText: row.symptom_text,
    matchEvidence: decodeJson(row.match_evidence),
    factsBefore: decodeJson(row.facts_before),
    factsAtApply: decodeJson(row.facts_at_apply),
    plan: decodeJson(row.plan),
    factsAfter: decodeJson(row.facts_after),
    verification: decodeJson(row.verification),
    followUp: decodeJson(row.follow_up),
    outcome: row.outcome,
    error: decodeJson(row.error),
    rollbackOf: row.rollback_of,
    rolledBackBy: row.rolled_back_by,
    chat: row.chat,
    requests: decodeJson(row.requests),
    createdAt: row.created_at,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    updatedAt: row.updated_at,
  };
}

/** The row for journal entry `seq` of run `runSeq`, started at `at`. */
export function newStepToRow(runSeq: number, seq: number, step: NewStep, at: string): Insertable<RunStepsTable> {
  return {
    run_seq: runSeq,
    seq,
    phase: step.phase,
    name: step.name,
    change_id: step.changeId ?? null,
    command: step.command ?? null,
    status: step.status ?? 'started',
    data: encodeJson(step.data),
    started_at: at,
    ...(step.exitCode !== undefined ? { exit_code: step.exitCode } : {}),
    ...(step.output !== undefined ? { output: step.output } : {}),
    ...(step.finishedAt !== undefined ? { finished_at: step.finishedAt } : {}),
  };
}

/** The columns a step patch changes; same `undefined`/`null` rule as {@link runPatchToRow}. */
export function stepPatchToRow(patch: StepPatch): Updateable<RunStepsTable> {
  const row: Updateable<RunStepsTable> = {};
  if (patch.exitCode !== undefined) row.exit_code = patch.exitCode;
  if (patch.output !== undefined) row.output = patch.output;
  if (patch.changed !== undefined) row.changed = patch.changed === null ? null : encodeBool(patch.changed);
  if (patch.status !== undefined) row.status = patch.status;
  if (patch.data !== undefined) row.data = encodeJson(patch.data);
  if (patch.command !== undefined) row.command = patch.command;
  if (patch.finishedAt !== undefined) row.finished_at = patch.finishedAt;
  return row;
}

/**
 * The columns finishStep writes: the patch, with finishedAt set to `now()` unless the patch
 * gives one or keeps the step `started`.
 */
export function finishStepToRow(patch: StepPatch, now: () => string): Updateable<RunStepsTable> {
  return stepPatchToRow({ ...patch, finishedAt: patch.finishedAt === undefined && patch.status !== 'started' ? now() : patch.finishedAt });
}

/** A `run_steps` row as a Step. */
export function rowToStep(row: Selectable<RunStepsTable>): Step {
  return {
    runId: formatRunId(row.run_seq),
    seq: row.seq,
    phase: row.phase as Step['phase'],
    name: row.name,
    changeId: row.change_id,
    command: row.command,
    exitCode: row.exit_code,
    output: row.output,
    changed: decodeBool(row.changed),
    status: row.status as StepStatus,
    data: decodeJson(row.data),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}
