// Every evaluation split in one list, read off the evaluation module's exports: a set exported there is benchmarked,
// held against the others and checked for shape without a second list to extend by hand (a hand-kept list once timed
// one split under another's name and left four out).
import type { EvalItem } from './evaluate.js';
import * as sets from './index.js';

/** The held-out set (the rules were tuned with it in view), a never-tuned set (never tuned on) or a tuning split. */
export type SplitKind = 'held-out' | 'never-tuned' | 'tuning';

export interface EvaluationSplit {
  /** As the bench and the tests name it: "held-out", "never-tuned", "never-tuned-246", "tuning", "tuning-245". */
  readonly name: string;
  readonly kind: SplitKind;
  /** Its place among the splits of its kind; the first of a kind has no number in its name. */
  readonly ordinal: number;
  readonly items: readonly EvalItem[];
  /** The messages by family, as the set's file groups them; the held-out set has none. */
  readonly families: Readonly<Record<string, readonly EvalItem[]>>;
}

const SET_EXPORT = /^(neverTuned|tuning)(\d*)Set$/;
const KIND_ORDER: Record<SplitKind, number> = { 'held-out': 0, 'never-tuned': 1, tuning: 2 };

function readSplits(): EvaluationSplit[] {
  const exports = sets as unknown as Record<string, unknown>;
  const out: EvaluationSplit[] = [{ name: 'held-out', kind: 'held-out', ordinal: 1, items: sets.evalSet, families: {} }];
  for (const [exported, items] of Object.entries(exports)) {
    const m = SET_EXPORT.exec(exported);
    if (m === null) continue;
    const [, prefix, digits] = m as unknown as [string, 'neverTuned' | 'tuning', string];
    const families = exports[`${prefix}${digits}Families`];
    if (families === undefined) throw new Error(`testkit/evaluation exports ${exported} without ${prefix}${digits}Families: export both from the set's file`);
    const kind: SplitKind = prefix === 'tuning' ? 'tuning' : 'never-tuned';
    out.push({ name: digits === '' ? kind : `${kind}-${digits}`, kind, ordinal: digits === '' ? 1 : Number(digits), items: items as readonly EvalItem[], families: families as Record<string, readonly EvalItem[]> });
  }
  // The first never-tuned set goes before the tuning splits, as it was written before them; later ones after, by number.
  const rank = (s: EvaluationSplit) => (s.kind === 'never-tuned' && s.ordinal > 1 ? 3 : KIND_ORDER[s.kind]);
  return out.sort((a, b) => rank(a) - rank(b) || a.ordinal - b.ordinal);
}

/** Every split: the held-out set, the first never-tuned set, the tuning splits in order, then the later never-tuned sets. */
export const evaluationSplits: readonly EvaluationSplit[] = readSplits();

/** The split a set's file holds, from the file's name ("tuning-245-set.ts" holds "tuning-245"). */
export const splitNameOfFile = (file: string): string | null => /^(.+)-set\.ts$/.exec(file)?.[1] ?? null;
