import { describe, expect, it } from 'vitest';
import { classLabels, createNormaliser, trainClassifier } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';

const n = createNormaliser();
const docs = Object.fromEntries(classLabels.map((l) => [l, trainingExamples[l].map((t) => [...n.normalise(t).stems])])) as Record<(typeof classLabels)[number], string[][]>;
const clf = trainClassifier(classLabels, docs);

describe('trainClassifier', () => {
  it("scores exactly as natural's trained BayesClassifier does", () => {
    for (const text of ['address already in use', 'phones behind nat unregistered', 'firewall drops rst', 'please send the invoice', 'since yesterday calls fail']) {
      const stems = [...n.normalise(text).stems];
      const ours = clf.logScores(stems);
      const theirs = clf.natural.getClassifications(stems);
      for (const { label, value } of theirs) {
        expect(value).toBeGreaterThan(0); // short messages do not underflow
        expect(ours[label as keyof typeof ours]).toBeCloseTo(Math.log(value), 9);
      }
      expect(clf.natural.classify(stems)).toBe(theirs[0]?.label);
    }
  });

  it('needs known words: with none, every class scores the same (natural would pick the commonest)', () => {
    const r = clf.score(['qwertyuiop', 'zxcvbnm']);
    expect(r.knownTerms).toBe(0);
    expect(new Set(Object.values(r.scores)).size).toBe(1);
    expect(clf.natural.classify(['qwertyuiop'])).toBe('none');
  });

  it('normalises its scores to sum to 1 and names the terms that pulled hardest', () => {
    const r = clf.score([...n.normalise('iptables drops the rst packets').stems]);
    expect(Object.values(r.scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(r.scores.firewall_rst).toBeGreaterThan(0.5);
    expect(r.topTerms).toContain('rst');
  });

  it('knows several hundred stems', () => {
    expect(clf.vocabularySize).toBeGreaterThan(500);
  });
});
