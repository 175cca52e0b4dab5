// The framing counts of the matcher (bot/matcher/framing.ts), from the tuning splits: every split's
// positives against its negationContext family. Never the held-out set nor a never-tuned set, so
// their figures still tell how the framing check does on messages it has not seen.
import { compileRules, countFraming, createNormaliser, rules, type FramingCounts } from '../../bot/matcher/index.js';
import type { ClassLabel } from '../../bot/matcher/types.js';
import { evaluationSplits } from './splits.js';

/** The family of look-alikes whose framing the counts learn: the playbooks' words told as history, denied, explained or asked. */
const FRAMED_FAMILY = 'negationContext';

/** The labelled messages the counts come from: each tuning split's positives and its negationContext family. */
export function framingTrainingItems(): { readonly label: ClassLabel; readonly text: string }[] {
  const out: { label: ClassLabel; text: string }[] = [];
  for (const split of evaluationSplits) {
    if (split.kind !== 'tuning') continue;
    for (const [family, items] of Object.entries(split.families)) {
      for (const item of items) {
        if (item.expect === 'ambiguous') continue;
        if (item.expect === null && family !== FRAMED_FAMILY) continue;
        out.push({ label: item.expect ?? 'none', text: item.text });
      }
    }
  }
  return out;
}

/** The counts the tuning splits give with the matcher's normaliser as it is now. */
export function tuningFramingCounts(): FramingCounts {
  // The matcher's own normaliser (createMatcher builds it the same way), so features read alike.
  const normaliser = createNormaliser({ wordData: compileRules(rules).wordData });
  return countFraming(framingTrainingItems().map((d) => ({ label: d.label, normalised: normaliser.normalise(d.text) })));
}

/** The counts as the TypeScript module bot/matcher/framing-counts.ts. */
export function framingCountsModule(counts: FramingCounts): string {
  return [
    '// Written by `npm run framing-counts` from the tuning splits (testkit/evaluation/framing-counts.ts);',
    '// test/matcher/framing.test.ts fails when it no longer matches them. Do not edit by hand.',
    "import type { FramingCounts } from './framing.js';",
    '',
    'export const framingCounts: FramingCounts = {',
    `  totals: [${counts.totals.join(', ')}],`,
    `  features: ${JSON.stringify(counts.features)},`,
    `  counts: ${JSON.stringify(counts.counts)},`,
    '};',
    '',
  ].join('\n');
}
