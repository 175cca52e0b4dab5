import { createHash } from 'node:crypto';
import { parsePatch } from 'diff';
import * as z from 'zod';
import { plannedChangeSchema } from '../executors/changes/spec.js';
import { intentSchema } from '../playbooks/plan.js';
import { planSchema, runtimeChangeSchema, type FileDiff, type Plan } from './model.js';

// Plans written before plans were bound to approvals, read as today's plans so their runs
// stay readable on the dashboard and in the chat. Their binding is one no fresh plan can have:
// approving such a proposal re-reads the server and sends a fresh proposal instead of applying.

/** A plan an earlier version recorded when it ran: its diff was one rendered text. */
const executedSchema = z.object({
  intent: intentSchema,
  changes: z.array(plannedChangeSchema),
  files: z.array(z.object({ path: z.string(), beforeSha: z.string().nullable(), afterSha: z.string(), bytes: z.number().int() })),
  runtime: z.array(runtimeChangeSchema),
  reload: z.boolean(),
  diff: z.string(),
});

/** A proposal an earlier version made from the facts alone, without reading the files. */
const proposedSchema = z.object({
  intent: intentSchema,
  proposed: z.array(z.object({ key: z.string(), from: z.string().nullable(), to: z.string(), changed: z.boolean() })),
});

const unbound = (value: unknown) => createHash('sha256').update(`legacy:${JSON.stringify(value)}`).digest('hex');

function diffFor(text: string, path: string): FileDiff {
  const file = parsePatch(text).find((p) => p.oldFileName?.startsWith(path) || p.newFileName?.startsWith(path));
  return { kind: 'hunks', hunks: (file?.hunks ?? []).map((h) => ({ oldStart: h.oldStart, oldLines: h.oldLines, newStart: h.newStart, newLines: h.newLines, lines: h.lines })) };
}

/** Reads a plan of an earlier version as a Plan; null when it is not one. */
export function upgradeLegacyPlan(value: unknown, readAt: string): Plan | null {
  const executed = executedSchema.safeParse(value);
  if (executed.success) {
    const p = executed.data;
    return planSchema.parse({
      intent: p.intent,
      changes: p.changes,
      files: p.files.map((f) => ({ ...f, diff: diffFor(p.diff, f.path) })),
      runtime: p.runtime,
      reload: p.reload,
      sources: [],
      binding: unbound(value),
      readAt,
    });
  }
  const proposed = proposedSchema.safeParse(value);
  if (proposed.success) {
    const p = proposed.data;
    return planSchema.parse({
      intent: p.intent,
      changes: p.proposed.map((c) => {
        const d = p.intent.desired.find((x) => x.key === c.key);
        return { id: d?.id ?? c.key, kind: d?.kind ?? 'sysctl', key: c.key, from: c.from, to: c.to, changed: c.changed, path: '(not read)' };
      }),
      files: [],
      runtime: [],
      reload: false,
      sources: [],
      binding: unbound(value),
      readAt,
    });
  }
  return null;
}
