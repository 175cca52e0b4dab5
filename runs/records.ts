import type { z } from 'zod';
import type { Run, RunPatch } from '../store/types.js';
import { upgradeLegacyPlan } from './legacy.js';
import { factsSchema, followUpSchema, planSchema, runErrorSchema, runRequestSchema, verificationSchema, type Facts, type FollowUp, type Plan, type RunError, type RunRequest, type Verification } from './model.js';

/** A run with its JSON read through the schemas: what the rest of the program works with. */
export interface TypedRun extends Omit<Run, 'plan' | 'factsBefore' | 'factsAtApply' | 'factsAfter' | 'verification' | 'followUp' | 'error' | 'requests'> {
  readonly plan: Plan | null;
  readonly factsBefore: Facts | null;
  readonly factsAtApply: Facts | null;
  readonly factsAfter: Facts | null;
  readonly verification: Verification | null;
  /** The read-only check some minutes after a successful fix (runs/follow-up.ts). */
  readonly followUp: FollowUp | null;
  readonly error: RunError | null;
  /** Every chat message that asked for the run, oldest first (empty for command-line runs). */
  readonly requests: readonly RunRequest[];
}

/** Stored JSON that does not have the shape its schema says: a writer and a reader disagree. */
export class StoredRunError extends Error {
  override readonly name = 'StoredRunError';
  readonly code = 'STORED_RUN_INVALID' as const;
  constructor(
    readonly runId: string,
    readonly field: string,
    readonly issue: string,
  ) {
    super(`${runId}: the stored ${field} does not have the expected shape (${issue}); it was written by another version or by hand`);
  }
}

const requestsSchema = runRequestSchema.array();
const columns = {
  plan: planSchema,
  factsBefore: factsSchema,
  factsAtApply: factsSchema,
  factsAfter: factsSchema,
  verification: verificationSchema,
  followUp: followUpSchema,
  error: runErrorSchema,
  requests: requestsSchema,
} satisfies Record<string, z.ZodType>;
type Column = keyof typeof columns;

function parseColumn<C extends Column>(runId: string, column: C, value: unknown): z.infer<(typeof columns)[C]> | null {
  if (value === null || value === undefined) return null;
  const r = columns[column].safeParse(value);
  if (!r.success) throw new StoredRunError(runId, column, r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  return r.data as z.infer<(typeof columns)[C]>;
}

/**
 * Reads a stored run's JSON through its schemas. Throws StoredRunError on a shape mismatch;
 * a plan an earlier version wrote is read as today's (runs/legacy.ts).
 */
export function typedRun(run: Run): TypedRun {
  const legacy = run.plan !== null && !planSchema.safeParse(run.plan).success ? upgradeLegacyPlan(run.plan, run.createdAt) : null;
  return {
    ...run,
    plan: legacy ?? parseColumn(run.id, 'plan', run.plan),
    factsBefore: parseColumn(run.id, 'factsBefore', run.factsBefore),
    factsAtApply: parseColumn(run.id, 'factsAtApply', run.factsAtApply),
    factsAfter: parseColumn(run.id, 'factsAfter', run.factsAfter),
    verification: parseColumn(run.id, 'verification', run.verification),
    followUp: parseColumn(run.id, 'followUp', run.followUp),
    error: parseColumn(run.id, 'error', run.error),
    requests: parseColumn(run.id, 'requests', run.requests) ?? [],
  };
}

/** The JSON fields a write may carry, typed. */
export type TypedJson = Partial<{
  plan: Plan | null;
  factsBefore: Facts | null;
  factsAtApply: Facts | null;
  factsAfter: Facts | null;
  verification: Verification | null;
  followUp: FollowUp | null;
  error: RunError | null;
  requests: readonly RunRequest[];
}>;

/**
 * Checks the JSON fields of a run about to be written against their schemas, so a bad shape
 * fails at the writer, not later at a reader. Returns the fields as the store takes them.
 */
export function checkedJson<T extends TypedJson>(runId: string, fields: T): Omit<T, keyof TypedJson> & RunPatch {
  const out: Record<string, unknown> = { ...fields };
  for (const column of Object.keys(columns) as Column[]) {
    if (!(column in fields)) continue;
    const value = (fields as Record<string, unknown>)[column];
    if (value !== null && value !== undefined) out[column] = parseColumn(runId, column, value);
  }
  return out as Omit<T, keyof TypedJson> & RunPatch;
}
