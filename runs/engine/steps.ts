import * as z from 'zod';
import { sysctlKeys, sysctlProcPath } from '../../executors/changes/spec.js';
import type { Op } from '../../executors/ops.js';
import { shellQuote } from '../../executors/quote.js';
import type { Step } from '../../store/types.js';

/**
 * The data a mutating journal step carries, written before the server is touched, so a
 * resumer or a rollback knows exactly what may have happened (one schema, read back through it).
 */
export const stepDataSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('backup'), path: z.string(), backupPath: z.string() }),
  z.object({
    type: z.literal('file'),
    path: z.string(),
    beforeSha: z.string().nullable(),
    afterSha: z.string(),
    backupPath: z.string().nullable(),
    /** The settings the rewrite changes, each with the value it had and its spelling in the file (to put it back exactly). */
    keys: z.array(z.object({ kind: z.enum(['softswitchParam', 'sysctl']), key: z.string(), from: z.string().nullable(), fromRaw: z.string().nullable() })),
  }),
  z.object({ type: z.literal('sysctl'), key: z.enum(sysctlKeys), from: z.string().nullable(), to: z.string() }),
  /** `outcome: unknown`: the reload was cut off; whether it ran cannot be told. */
  z.object({ type: z.literal('reload'), outcome: z.literal('unknown').optional() }),
  /**
   * The run's backup of `path` was dealt with by the retention job, long after the run: removed
   * (step `ok`) or found gone or no longer holding the run's bytes and left alone (`skipped`).
   * Either way a rollback cannot restore from it any more.
   */
  z.object({ type: z.literal('cleanup'), path: z.string(), backupPath: z.string() }),
]);
export type StepData = z.infer<typeof stepDataSchema>;

/** A step's data through the schema; null for steps that carry none of these (verify, rollback notes). */
export function stepData(step: Pick<Step, 'data'>): StepData | null {
  const parsed = stepDataSchema.safeParse(step.data);
  return parsed.success ? parsed.data : null;
}

/**
 * Where a run keeps its backup of a file: the run id and the first 12 hex of the content's hash
 * make the name unique, so a backup left by a run of another store (another data directory,
 * a reinstall, staging on the same server) with the same run id is never taken for this one.
 */
export const backupPathFor = (path: string, runId: string, beforeSha: string) => `${path}.vos-assist-${runId}-${beforeSha.slice(0, 12)}.bak`;

/** A readable one-line description of an op for the journal (file contents are not included). */
export function describeOp(op: Op): string {
  switch (op.op) {
    case 'backup':
      return `cp -p ${shellQuote(op.path)} ${shellQuote(op.backupPath)}`;
    case 'write':
      return `write ${op.path} (${op.content.length} bytes, sha256 ${op.contentSha.slice(0, 12)}…) via temp file + rename, if sha256 is still ${op.expectSha?.slice(0, 12) ?? 'absent'}`;
    case 'restore':
      return `restore ${op.path} from ${op.backupPath} via temp file + rename`;
    case 'remove':
      return `rm -f ${shellQuote(op.path)}`;
    case 'sysctl':
      return `sysctl -w ${shellQuote(`${op.key}=${op.value}`)} (written to ${sysctlProcPath(op.key)})`;
    case 'command':
      return op.command;
  }
}

/** Why an op failed, in words for people: what was being done, and what the server said. */
export function failureOf(label: string, exitCode: number | null, output: string): string {
  const said = output.split('\n')[0];
  return `${label} failed${exitCode !== null ? ` (exit ${exitCode})` : ''}${said ? `: ${said}` : ''}`;
}
