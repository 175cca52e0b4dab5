import * as z from 'zod';
import { playbookIdSchema } from '../playbooks/id-schema.js';
import type { ConversationStore } from './conversation-types.js';
import { jsonSchema } from './json.js';

/**
 * Run status. `diagnosed` is the final state of read-only (diagnose-only) runs.
 * Transitions: awaiting_approval → (rejected | expired | queued); queued → running;
 * running → (succeeded | failed); succeeded|failed → rolled_back (by a later rollback run).
 */
export const runStatuses = [
  'awaiting_approval',
  'rejected',
  'expired',
  'queued',
  'running',
  'succeeded',
  'failed',
  'rolled_back',
  'diagnosed',
] as const;
export const runStatusSchema = z.enum(runStatuses);
export type RunStatus = z.infer<typeof runStatusSchema>;

/** Statuses a run never leaves (except a finished remediation becoming `rolled_back`). */
export const finalStatuses: ReadonlySet<RunStatus> = new Set<RunStatus>(['succeeded', 'failed', 'rolled_back', 'rejected', 'expired', 'diagnosed']);

/** True when a run has ended. */
export const isFinal = (status: RunStatus): boolean => finalStatuses.has(status);

/** What a run does: collect facts only, apply a playbook, or undo an earlier run. */
export const runKinds = ['diagnose', 'remediate', 'rollback'] as const;
export const runKindSchema = z.enum(runKinds);
export type RunKind = z.infer<typeof runKindSchema>;


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
  followUp: jsonSchema.nullable(), // the read-only check some minutes after a successful fix
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

/** One run, as the store keeps it. */
export type Run = z.infer<typeof runSchema>;

/** Fields a caller provides when creating a run; the rest default to null/now. */
export type NewRun = Pick<Run, 'kind' | 'playbook' | 'serverId' | 'customerId' | 'status' | 'requestedBy'> &
  Partial<Pick<Run, 'dryRun' | 'symptomText' | 'matchEvidence' | 'factsBefore' | 'plan' | 'rollbackOf' | 'chat' | 'requests'>>;

/** Fields that may change after creation. */
export type RunPatch = Partial<
  Pick<
    Run,
    | 'status'
    | 'approvedBy'
    | 'approvedAt'
    | 'decisionNote'
    | 'factsBefore'
    | 'factsAtApply'
    | 'requests'
    | 'plan'
    | 'factsAfter'
    | 'verification'
    | 'followUp'
    | 'outcome'
    | 'error'
    | 'rolledBackBy'
    | 'startedAt'
    | 'finishedAt'
    | 'matchEvidence'
  >
>;

export const stepStatuses = ['started', 'ok', 'failed', 'skipped'] as const;
export const stepStatusSchema = z.enum(stepStatuses);
export type StepStatus = z.infer<typeof stepStatusSchema>;

/**
 * One entry of a run's step journal. A mutating step is written as `started` with its
 * intent (in `data`) *before* the server is touched, and finished afterwards: after a
 * crash, a `started` step tells the resumer exactly what may or may not have happened.
 */
export const stepSchema = z.object({
  runId: z.string(),
  seq: z.number().int(), // 1, 2, 3 … within the run
  phase: z.enum(['connect', 'diagnose', 'plan', 'backup', 'apply', 'reload', 'verify', 'rollback', 'resume', 'cleanup']),
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

/** One entry of a run's step journal. */
export type Step = z.infer<typeof stepSchema>;
/** A journal entry to append; a step recorded after the fact carries its output and finishedAt too. */
export type NewStep = Pick<Step, 'phase' | 'name'> & Partial<Pick<Step, 'changeId' | 'command' | 'data' | 'status' | 'exitCode' | 'output' | 'finishedAt'>>;
export type StepPatch = Partial<Pick<Step, 'exitCode' | 'output' | 'changed' | 'status' | 'data' | 'command' | 'finishedAt'>>;

/** A journal entry with the run it belongs to, as {@link RunStore.listServerSteps} returns it. */
export interface ServerStep {
  readonly run: Pick<Run, 'id' | 'kind' | 'status' | 'rollbackOf'>;
  readonly step: Step;
}

/** Who holds a server's lock, and until when (ISO 8601). */
export interface ServerLockHolder {
  readonly owner: string;
  readonly expiresAt: string;
}

/**
 * One lock per server, in the store every process that changes servers shares (the queue's
 * workers and the command line, on one machine or several): compare-and-set in one statement,
 * with an expiry so that a holder that died frees the server by itself. Expiry is by the
 * store's clock of the process that writes (machines sharing PostgreSQL keep their clocks in
 * step, NTP). Owners are opaque strings; the same owner may take its lock again.
 */
export interface ServerLockTable {
  /** Takes the lock when it is free, expired or already `owner`'s, for `ttlMs`; true when `owner` holds it now. */
  acquire(serverId: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Extends `owner`'s lock by `ttlMs` from now; false when `owner` no longer holds it. */
  renew(serverId: string, owner: string, ttlMs: number): Promise<boolean>;
  /** Frees the server if `owner` holds it; does nothing otherwise. */
  release(serverId: string, owner: string): Promise<void>;
  /** The current holder, or null when the server is free (no lock, or an expired one). */
  holder(serverId: string): Promise<ServerLockHolder | null>;
}

/** Filters for listing runs; all optional, combined with AND. */
export interface RunFilter {
  serverId?: string;
  customerId?: string;
  playbook?: string;
  status?: RunStatus | RunStatus[];
  kind?: RunKind;
  /** ISO timestamps, inclusive, compared with createdAt. */
  from?: string;
  to?: string;
  /** Case-insensitive substring of symptomText. */
  q?: string;
  /** The chat that asked for the run, exactly as stored (the bot stores a chat's one written form). */
  chat?: string;
  /** Default 50, max 1000. */
  limit?: number;
  offset?: number;
}

/** One write of {@link RunStore.putDocs}: `value` null deletes the document. */
export interface DocEntry {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The run store: the source of truth for every run. Adapters (SQLite, PostgreSQL) share
 * one schema and one query path. Deliberately excluded: anything about queues or SSH.
 */
export interface RunStore {
  /** Creates a run with a fresh id "R-<n>" (n from a shared sequence). */
  createRun(input: NewRun): Promise<Run>;
  getRun(id: string): Promise<Run | null>;
  /** Unconditional update; returns the updated run. Throws RunNotFoundError. */
  updateRun(id: string, patch: RunPatch): Promise<Run>;
  /**
   * Compare-and-set on status: applies `patch` and sets `to` only if the run is
   * currently in one of `from`. Returns the updated run, or null if it was not
   * (someone else decided first). Atomic across processes.
   */
  transition(id: string, from: readonly RunStatus[], to: RunStatus, patch?: RunPatch): Promise<Run | null>;
  /** Newest first (createdAt desc, then id desc). */
  listRuns(filter?: RunFilter): Promise<Run[]>;
  countRuns(filter?: RunFilter): Promise<number>;
  /** Appends a journal entry with the next seq for the run. */
  appendStep(runId: string, step: NewStep): Promise<Step>;
  /** Appends several entries at once (all or none), with consecutive seqs in the order given. */
  appendSteps(runId: string, steps: readonly NewStep[]): Promise<Step[]>;
  finishStep(runId: string, seq: number, patch: StepPatch): Promise<Step>;
  listSteps(runId: string): Promise<Step[]>;
  /**
   * The journal entries of the given phases of every run on one server, each with its run,
   * oldest run first and in journal order within a run: what looks at a server's whole history
   * at once (backup retention) reads, instead of every run's journal one by one.
   */
  listServerSteps(serverId: string, phases: readonly Step['phase'][]): Promise<ServerStep[]>;
  /** The per-server locks (see {@link ServerLockTable}). */
  readonly serverLocks: ServerLockTable;
  /** Small key/value documents (conversation state, channel auth), JSON-encoded. */
  getDoc<T = unknown>(namespace: string, key: string): Promise<T | null>;
  putDoc(namespace: string, key: string, value: unknown): Promise<void>;
  /**
   * Writes several documents of one namespace in one transaction: all land or none does.
   * An entry whose value is null deletes its document (unlike putDoc, which stores a JSON null);
   * when a key comes twice, the later entry wins. An empty list does nothing.
   */
  putDocs(namespace: string, entries: readonly DocEntry[]): Promise<void>;
  deleteDoc(namespace: string, key: string): Promise<void>;
  listDocs<T = unknown>(namespace: string): Promise<{ key: string; value: T }[]>;
  /** Transcripts, chat states and hand-offs, in the same database (a seam of its own). */
  readonly conversations: ConversationStore;
  close(): Promise<void>;
}
