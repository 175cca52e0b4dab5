import * as z from 'zod';

/** Queue names. No ':' (BullMQ uses it as its key separator). */
export const QUEUES = { diagnose: 'vos-diagnose', remediate: 'vos-remediate', checks: 'vos-checks' } as const;

/** Job names on the remediate queue. */
export type RemediateJobName = 'apply' | 'rollback';

/**
 * A job carries only a run id: the run store is the source of truth, and job data is
 * stored in Redis in clear, so no secrets or customer text go in it. `createdAt` (the
 * run's) tells runs of two stores apart that share one Redis and so one id space: a new
 * store (another --data directory, a deleted SQLite file) numbers its runs, …
 * again, and its R-1 is not the R-1 an old job in Redis points at.
 */
export const jobDataSchema = z.strictObject({ runId: z.string().regex(/^R-[1-9][0-9]*$/), createdAt: z.string().optional() });
export type JobData = z.infer<typeof jobDataSchema>;

/** Progress as reported by a running job (QueueEvents `progress`). */
export const jobProgressSchema = z.object({ runId: z.string(), step: z.number().int(), total: z.number().int(), label: z.string() });
export type JobProgress = z.infer<typeof jobProgressSchema>;

/**
 * Job ids derive from the run id, so approving twice or enqueuing from two processes
 * adds one job. BullMQ forbids ':' and all-digit custom ids; "R-12-apply" is neither.
 */
export const jobIdFor = (runId: string, name: RemediateJobName | 'diagnose') => `${runId}-${name}`;

/** The run a job belongs to: "R-12-apply" → "R-12" (the inverse of {@link jobIdFor}). */
export const runIdOfJob = (jobId: string): string => jobId.replace(/-(apply|rollback|diagnose)$/, '');

/**
 * Jobs of the checks queue, read-only re-reads of a server: a run's follow-up (`follow-up`,
 * the run id) and one check of a watch (`watch`: the server, when the watch was started, the
 * check's number). Like run jobs, they carry ids only.
 */
export const followUpJobSchema = z.strictObject({ runId: z.string().regex(/^R-[1-9][0-9]*$/), createdAt: z.string() });
export const watchJobSchema = z.strictObject({ serverId: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/), startedAt: z.string(), n: z.number().int().min(1) });
export type CheckJobData = z.infer<typeof followUpJobSchema> | z.infer<typeof watchJobSchema>;

/** Job ids of the checks queue: one follow-up per run, one job per check of a watch. */
export const followUpJobId = (runId: string) => `${runId}-follow-up`;
export const watchJobId = (serverId: string, startedAt: string, n: number) => `watch-${serverId}-${Date.parse(startedAt)}-${n}`;
