import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../bot/matcher/index.js';
import { trainingStems } from '../../bot/matcher/training-stems.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet } from '../../testkit/evaluation/index.js';
import { builtInTrainingStems } from '../../testkit/training-stems.js';

describe('the training stems kept in bot/matcher/training-stems.ts', () => {
  it('are the ones the normaliser reads from the training examples now: after either changes, run npm run training-stems', () => {
    expect(builtInTrainingStems()).toEqual(trainingStems);
  });

  it('hold every training message, each as its stems between single spaces (none for a message of stop words only)', () => {
    for (const label of Object.keys(trainingExamples) as (keyof typeof trainingExamples)[]) {
      expect(trainingStems[label]).toHaveLength(trainingExamples[label].length);
      for (const doc of trainingStems[label]) expect(doc).toMatch(/^(?:\S+(?: \S+)*)?$/);
    }
  });

  it('train the classifier a matcher reading the examples afresh trains: the same scores on every message of the held-out set', () => {
    const kept = createMatcher();
    const afresh = createMatcher({ examples: trainingExamples });
    for (const { text } of evalSet) {
      const a = kept.match(text);
      const b = afresh.match(text);
      expect(a.evidence.classifier).toEqual(b.evidence.classifier);
      expect([a.decision, a.playbook, a.confidence]).toEqual([b.decision, b.playbook, b.confidence]);
    }
  });
});
