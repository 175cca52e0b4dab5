import { z } from 'zod';
import { playbookIdSchema } from '../playbooks/ids-schema.js';
import { runKinds, runStatuses, stepStatuses } from './types.js';

// zod schemas of what the store keeps. Kept apart from types.ts so that code on the
// command line's hot path (which needs only the types and constants) does not load zod.

export const runStatusSchema = z.enum(runStatuses);
export const runKindSchema = z.enum(runKinds);

/** JSON-able blob stored as text (SQLite) or jsonb-compatible text (PostgreSQL). */
export const jsonSchema: z.ZodType<unknown> = z.unknown();

/** One run, as the store keeps it. JSON columns are opaque to the store. */
export const runSchema = z.object({
  id: z.string(), // "R-<n>": never all digits, never contains ":" (BullMQ job ids derive from it)
  kind: runKindSchema,
  playbook: playbookIdSchema.nullable(),
  serverId: z.string(),
  customerId: z.string(),
  status: runStatusSchema,
  dryRun: z.boolean(),
  requestedBy: z.string(), // "cli:root", "chat:+8801700000001", "web:rahim"
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(), // ISO 8601
  decisionNote: z.string().nullable(), // rejection reason, expiry note
  symptomText: z.string().nullable(),
  matchEvidence: jsonSchema.nullable(),
  factsBefore: jsonSchema.nullable(), // the read the proposal (or a direct run) was made from
  factsAtApply: jsonSchema.nullable(), // the read right before an approved run changed the server
  plan: jsonSchema.nullable(),
  factsAfter: jsonSchema.nullable(),
  verification: jsonSchema.nullable(),
  outcome: z.string().nullable(), // one human sentence: why it ended as it did
  error: jsonSchema.nullable(), // { code, message } when failed
  rollbackOf: z.string().nullable(), // for kind=rollback: the run it undoes
  rolledBackBy: z.string().nullable(), // set on the original run when undone
  chat: z.string().nullable(), // the chat that asked, to report back to
  requests: jsonSchema.nullable(), // every chat message that asked for this run, oldest first
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
});

export const stepStatusSchema = z.enum(stepStatuses);

/**
 * One entry of a run's step journal. A mutating step is written as `started` with its
 * intent (in `data`) *before* the server is touched, and finished afterwards: after a
 * crash, a `started` step tells the resumer exactly what may or may not have happened.
 */
export const stepSchema = z.object({
  runId: z.string(),
  seq: z.number().int(), // 1, 2, 3 … within the run
  phase: z.enum(['connect', 'diagnose', 'plan', 'backup', 'apply', 'reload', 'verify', 'rollback', 'resume']),
  name: z.string(), // "apply net.ipv4.tcp_tw_reuse"
  changeId: z.string().nullable(),
  command: z.string().nullable(), // the remote command line as run (no secrets)
  exitCode: z.number().int().nullable(),
  output: z.string().nullable(), // stdout+stderr, capped
  changed: z.boolean().nullable(),
  status: stepStatusSchema,
  data: jsonSchema.nullable(), // intent and results: { from, to, backupPath, beforeSha, afterSha, … }
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** A run as stored. */
export type RunRecord = z.infer<typeof runSchema>;
/** A journal step as stored. */
export type StepRecord = z.infer<typeof stepSchema>;
