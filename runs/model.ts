import * as z from 'zod';
import { plannedChangeSchema, sysctlKeys } from '../executors/changes/spec.js';
import { factsSchema } from '../executors/facts.js';
import { decisionSchema } from '../playbooks/decide/types.js';
import { intentSchema } from '../playbooks/plan.js';

// The JSON a run keeps, one zod schema each. Everything that writes a run's plan,
// verification, facts, requests or step data checks it against these first, and everything
// that reads them back checks again (runs/records.ts): a shape that one side changed and the
// other did not fails loudly instead of rendering as "nothing planned".

const sha = z.string().regex(/^[0-9a-f]{64}$/);

/** One hunk of a unified diff, as data: lines start with ' ', '-' or '+'. */
export const diffHunkSchema = z.strictObject({
  oldStart: z.number().int(),
  oldLines: z.number().int(),
  newStart: z.number().int(),
  newLines: z.number().int(),
  lines: z.array(z.string()),
});
export type DiffHunk = z.infer<typeof diffHunkSchema>;

/** How a file's content changes: hunks, or only the sizes when it is too large to show. */
export const fileDiffSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('hunks'), hunks: z.array(diffHunkSchema) }),
  z.strictObject({ kind: z.literal('too_large'), beforeBytes: z.number().int(), afterBytes: z.number().int() }),
]);
export type FileDiff = z.infer<typeof fileDiffSchema>;

/** A whole-file rewrite the plan makes: from which content, to which, and the diff between. */
export const planFileSchema = z.strictObject({
  path: z.string(),
  /** null: the file does not exist yet and the plan creates it. */
  beforeSha: sha.nullable(),
  afterSha: sha,
  bytes: z.number().int(),
  diff: fileDiffSchema,
});
export type PlanFile = z.infer<typeof planFileSchema>;

/** A kernel value set at run time (`sysctl -w`), besides its persisted line. */
export const runtimeChangeSchema = z.strictObject({ key: z.enum(sysctlKeys), from: z.string().nullable(), to: z.string() });

/** A file the plan was computed from, with the content hash it had (null: absent). */
export const planSourceSchema = z.strictObject({ path: z.string(), sha: sha.nullable() });

/**
 * What will run, exactly: the playbook's intent on this server, each change with its current
 * and planned value, the file rewrites with their diffs, the run-time kernel values and
 * whether the softswitch reloads. `binding` is a hash of all of that and of the files it was
 * computed from: an approval is given to one binding, and the engine applies only a plan
 * with the same binding (runs/plan.ts).
 */
export const planSchema = z.strictObject({
  intent: intentSchema,
  changes: z.array(plannedChangeSchema),
  files: z.array(planFileSchema),
  runtime: z.array(runtimeChangeSchema),
  reload: z.boolean(),
  sources: z.array(planSourceSchema),
  binding: sha,
  /** When the server was read for this plan. */
  readAt: z.string(),
  /** The proposal this one replaces because the server changed before it was applied. */
  revises: z.string().optional(),
  /**
   * What the diagnosis decided from the facts, the customer's words and the server's history
   * (propose, propose part, nothing to change, watch, hand off) and why. The plan holds only
   * the changes it keeps. Absent on plans made before decisions, and on plans of direct runs.
   */
  decision: decisionSchema.optional(),
});
export type Plan = z.infer<typeof planSchema>;

/** The verification record: each change re-read after the apply. */
export const verificationSchema = z.strictObject({
  ok: z.boolean(),
  checks: z.array(
    z.strictObject({
      changeId: z.string(),
      key: z.string(),
      expected: z.string(),
      actual: z.string().nullable(),
      /** Kernel values: the value in our persisted block. */
      persisted: z.string().nullable().optional(),
      ok: z.boolean(),
    }),
  ),
});
export type Verification = z.infer<typeof verificationSchema>;

/** A chat message that asked for a run (the first one, and any that joined it later). */
export const runRequestSchema = z.strictObject({
  chat: z.string(),
  text: z.string(),
  at: z.string(),
});
export type RunRequest = z.infer<typeof runRequestSchema>;

/** Why a run failed: a stable code for programs, a sentence for people. */
export const runErrorSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    /** PLAN_CHANGED: the fresh proposal made from the server as it is now. */
    freshRunId: z.string().optional(),
    /** The server did not answer in time (rather than refusing or breaking the connection). */
    timedOut: z.boolean().optional(),
    /** A run that had changed something: whether putting it back left the server provably as before. */
    rolledBack: z.boolean().optional(),
  })
  .loose();
export type RunError = z.infer<typeof runErrorSchema>;

/**
 * The figures of a symptom at one moment, as a follow-up compares them: TIME_WAIT on the
 * ephemeral ports, bind failures in the softswitch log, packets dropped by firewall rules that
 * drop RST. null: not read at that moment (the probe was not run, or the tool is missing).
 */
export const symptomFiguresSchema = z.strictObject({
  at: z.string(),
  timeWait: z.strictObject({ count: z.number().int(), rangeSize: z.number().int(), share: z.number() }).nullable(),
  bindFailuresLastHour: z.number().int().nullable(),
  /** Bind failure lines newer than the fix (the follow-up point only). */
  bindFailuresSinceFix: z.number().int().nullable(),
  rstDropPackets: z.number().int().nullable(),
});
export type SymptomFigures = z.infer<typeof symptomFiguresSchema>;

/** Which figures judge whether a fix worked, from what its decision rested on. */
export const followUpSignals = ['time_wait_share', 'bind_failures', 'rst_drops'] as const;
export type FollowUpSignal = (typeof followUpSignals)[number];

/**
 * The read-only check some minutes after a successful fix (settings.checks.followUpMinutes):
 * the symptom's figures before the change, right after it and at the follow-up, and whether
 * the symptom is still there. Written `scheduled` when the fix succeeds, `done` (or `failed`,
 * the server could not be read) when the check ran.
 */
export const followUpSchema = z.strictObject({
  status: z.enum(['scheduled', 'done', 'failed']),
  dueAt: z.string(),
  signals: z.array(z.enum(followUpSignals)).min(1),
  before: symptomFiguresSchema.nullable(),
  after: symptomFiguresSchema.nullable(),
  followUp: symptomFiguresSchema.nullable(),
  /** Still there at the follow-up; null until the check ran (or when it could not read). */
  persists: z.boolean().nullable(),
  /** What the follow-up saw, in words, one line a signal. */
  findings: z.array(z.string()),
  checkedAt: z.string().nullable(),
  error: z.string().nullable(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export { factsSchema, decisionSchema };
export type { Decision } from '../playbooks/decide/types.js';
export type { Facts } from '../executors/facts.js';
