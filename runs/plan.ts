import { createHash } from 'node:crypto';
import { structuredPatch } from 'diff';
import type { ChangeSet } from '../executors/changes/change-set.js';
import type { ServerState } from '../executors/state.js';
import type { Intent } from '../playbooks/plan.js';
import { planSchema, type Decision, type FileDiff, type Plan, type PlanFile } from './model.js';

/** Largest file we keep a line diff of; bigger ones get their sizes only. */
const MAX_DIFF_INPUT = 1024 * 1024;
/** Lines of context around each change, as `diff -U2`. */
const CONTEXT = 2;

/** The diff of one file rewrite, as data. */
export function fileDiff(before: Buffer | null, after: Buffer): FileDiff {
  const a = before?.toString('latin1') ?? '';
  const b = after.toString('latin1');
  if (a.length > MAX_DIFF_INPUT || b.length > MAX_DIFF_INPUT) return { kind: 'too_large', beforeBytes: a.length, afterBytes: b.length };
  const patch = structuredPatch('before', 'after', a, b, '', '', { context: CONTEXT });
  return { kind: 'hunks', hunks: patch.hunks.map((h) => ({ oldStart: h.oldStart, oldLines: h.oldLines, newStart: h.newStart, newLines: h.newLines, lines: h.lines })) };
}

/** The hash an approval is bound to: every part of the plan that decides what runs, and the files it was computed from. */
export function bindingOf(plan: Omit<Plan, 'binding' | 'readAt' | 'revises' | 'decision'>): string {
  const bound = {
    desired: plan.intent.desired.map((d) => [d.id, d.kind, d.key, d.value]),
    changes: plan.changes.map((c) => [c.id, c.kind, c.key, c.from, c.to, c.changed, c.path]),
    files: plan.files.map((f) => [f.path, f.beforeSha, f.afterSha]),
    runtime: plan.runtime.map((r) => [r.key, r.from, r.to]),
    reload: plan.reload,
    sources: plan.sources.map((s) => [s.path, s.sha]),
  };
  return createHash('sha256').update(JSON.stringify(bound)).digest('hex');
}

/**
 * The plan for an intent on a server, from one read of it (pure): what changes, the file
 * rewrites with their diffs, and the binding an approval will be given to.
 */
export function buildPlan(intent: Intent, set: ChangeSet, state: ServerState, readAt: string, revises?: string, decision?: Decision): Plan {
  const files: PlanFile[] = set.files.map((f) => ({ path: f.path, beforeSha: f.beforeSha, afterSha: f.afterSha, bytes: f.after.length, diff: fileDiff(f.before, f.after) }));
  const sources = [
    ...(intent.desired.some((d) => d.kind === 'softswitchParam') ? [{ path: state.conf.path, sha: state.conf.sha256 }] : []),
    ...(intent.desired.some((d) => d.kind === 'sysctl') ? [{ path: state.persist.path, sha: state.persist.sha256 }] : []),
  ];
  const body = { intent, changes: set.changes, files, runtime: set.runtime, reload: set.reload, sources };
  return planSchema.parse({ ...body, binding: bindingOf(body), readAt, ...(revises ? { revises } : {}), ...(decision ? { decision } : {}) });
}

/** The changes a plan actually makes (the others are already as wanted). */
export const changesMade = (plan: Pick<Plan, 'changes'>) => plan.changes.filter((c) => c.changed);

/** True when a plan changes nothing on the server: there is nothing to approve. */
export const isEmptyPlan = (plan: Pick<Plan, 'changes'>) => changesMade(plan).length === 0;

/** A key for "the same change on the same server": the settings a plan changes and to what. */
export function changeKey(plan: Pick<Plan, 'changes'>): string {
  return changesMade(plan)
    .map((c) => `${c.key}=${c.to}`)
    .sort()
    .join(';');
}

/**
 * What differs between the plan an engineer approved and the plan the server calls for now,
 * in sentences for people ("SS_TCP_CLOSE_RESET is On now; it was Off when proposed").
 */
export function planDrift(approved: Plan, now: Plan): string[] {
  const out: string[] = [];
  for (const a of approved.changes) {
    const n = now.changes.find((c) => c.id === a.id);
    if (!n) out.push(`${a.key} is no longer part of the plan`);
    else if (n.from !== a.from) out.push(`${a.key} is ${n.from ?? 'unset'} now; it was ${a.from ?? 'unset'} when proposed`);
  }
  for (const n of now.changes) if (!approved.changes.some((a) => a.id === n.id)) out.push(`${n.key} is now part of the plan`);
  for (const s of approved.sources) {
    const n = now.sources.find((x) => x.path === s.path);
    if (n && n.sha !== s.sha) out.push(`${s.path} was edited since the proposal`);
  }
  if (out.length === 0 && approved.binding !== now.binding) out.push('the planned edits differ from the approved ones');
  return out;
}

/** One file's diff as unified-diff text (terminal, chat, the dashboard's copyable view). */
export function diffText(file: PlanFile): string {
  const head = [`--- ${file.path}${file.beforeSha ? '' : ' (new file)'}`, `+++ ${file.path}`];
  if (file.diff.kind === 'too_large') return [...head, `(${file.diff.beforeBytes} → ${file.diff.afterBytes} bytes; too large to show line by line)`].join('\n');
  return [...head, ...file.diff.hunks.flatMap((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines])].join('\n');
}

/** The whole plan's diff: each file, then the run-time kernel values. */
export function planDiffText(plan: Pick<Plan, 'files' | 'runtime'>): string {
  return [...plan.files.map(diffText), ...plan.runtime.map((r) => `sysctl -w ${r.key}: ${r.from ?? 'unknown'} → ${r.to}`)].join('\n');
}
