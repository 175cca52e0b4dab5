// The stems bot/matcher/training-stems.ts keeps: the built-in training examples as the built-in normaliser reads them.
import { classLabels, compileRules, createNormaliser, packTrainingStems, rules, stemsOf, type PackedTrainingStems } from '../bot/matcher/index.js';
import { trainingExamples } from '../playbooks/examples/index.js';

/** The training examples' stems now, read by a normaliser built as createMatcher builds it. */
export function builtInTrainingStems(): PackedTrainingStems {
  const normaliser = createNormaliser({ wordData: compileRules(rules).wordData });
  return packTrainingStems(stemsOf(classLabels, (text) => normaliser.normalise(text), trainingExamples));
}

/** The text of bot/matcher/training-stems.ts for `stems`. */
export function trainingStemsModule(stems: PackedTrainingStems): string {
  const lines = [
    '// Written by `npm run training-stems` from playbooks/examples as the normaliser reads them (testkit/training-stems.ts);',
    '// test/matcher/training-stems.test.ts fails when it no longer matches them. Do not edit by hand.',
    "import type { PackedTrainingStems } from './classifier.js';",
    '',
    'export const trainingStems: PackedTrainingStems = {',
  ];
  for (const label of classLabels) lines.push(`  ${label}: [`, ...stems[label].map((doc) => `    ${JSON.stringify(doc)},`), '  ],');
  lines.push('};', '');
  return lines.join('\n');
}
