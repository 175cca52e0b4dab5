import { createTwoFilesPatch } from 'diff';
import type { ChangeSet } from '../executors/changes/change-set.js';

/** Largest file we render a line diff for; bigger ones get a one-line summary. */
const MAX_DIFF_INPUT = 1024 * 1024;

/**
 * The dry-run diff: a unified diff per file plus the runtime kernel changes, as text
 * for people (terminal, chat, dashboard).
 */
export function renderDiff(set: ChangeSet): string {
  const parts: string[] = [];
  for (const f of set.files) {
    const before = f.before?.toString('latin1') ?? '';
    const after = f.after.toString('latin1');
    if (before.length > MAX_DIFF_INPUT || after.length > MAX_DIFF_INPUT) {
      parts.push(`--- ${f.path}\n+++ ${f.path}\n(${before.length} → ${after.length} bytes; too large to show line by line)`);
      continue;
    }
    const patch = createTwoFilesPatch(f.path, f.path, before, after, f.before ? 'current' : '(new file)', 'planned', { context: 2 });
    parts.push(patch.split('\n').slice(1).join('\n').trimEnd());
  }
  for (const r of set.runtime) parts.push(`sysctl -w ${r.key}: ${r.from ?? 'unknown'} → ${r.to}`);
  return parts.join('\n');
}
