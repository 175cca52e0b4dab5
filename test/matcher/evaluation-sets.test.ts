import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet, neverTuned4Families, neverTuned4Set, neverTunedFamilies, neverTunedSet, tuning2Families, tuning2Set, tuning3Families, tuning3Set, tuningFamilies, tuningSet, type EvalItem } from '../../testkit/evaluation/index.js';

const training = Object.values(trainingExamples).flat();
const n = createNormaliser();
/** The forms under which two messages count as the same: as written, as words, as the classifier's stems. */
const forms = (t: string): string[] => [
  `raw:${t.trim().toLowerCase()}`,
  `phrase:${n.normalise(t).phrase.trim()}`,
  // A message without a single stem teaches the classifier nothing, so those are left out.
  `stems:${n.normalise(t).stems.join(' ') || `(nothing) ${t}`}`,
];
/** The messages of `items` that are also, in any of the forms above, among `others`. */
function shared(items: readonly EvalItem[], others: readonly string[]): string[] {
  const seen = new Set(others.flatMap(forms));
  return items.filter((e) => forms(e.text).some((f) => seen.has(f))).map((e) => e.text);
}
const texts = (items: readonly EvalItem[]) => items.map((e) => e.text);

describe('the first evaluation set', () => {
  it('has at least 200 messages, a third of them negatives, and some of each playbook', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(200);
    expect(evalSet.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(evalSet.length / 3);
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(evalSet.filter((e) => e.expect === id).length).toBeGreaterThanOrEqual(30);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(evalSet)).size).toBe(evalSet.length);
  });

  it('shares no message with the training examples, not even after normalisation', () => {
    expect(shared(evalSet, training)).toEqual([]);
  });
});

describe('the never-tuned evaluation set', () => {
  it('has at least 150 messages: every look-alike family and fresh messages of each playbook', () => {
    expect(neverTunedSet.length).toBeGreaterThanOrEqual(150);
    for (const family of ['bindOnePort', 'registrationOtherCause', 'questionsSmallFigures', 'firewallNoRst'] as const) {
      expect(neverTunedFamilies[family].length, family).toBeGreaterThanOrEqual(20);
      expect(neverTunedFamilies[family].every((e) => e.expect === null), family).toBe(true);
    }
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(neverTunedSet.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(20);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(neverTunedSet)).size).toBe(neverTunedSet.length);
  });

  it('shares no message with the training examples or the first evaluation set, not even after normalisation', () => {
    expect(shared(neverTunedSet, training)).toEqual([]);
    expect(shared(neverTunedSet, texts(evalSet))).toEqual([]);
  });
});

describe('the fourth never-tuned evaluation set', () => {
  it('has at least 150 messages: every look-alike family, negation and context, and fresh messages of each playbook', () => {
    expect(neverTuned4Set.length).toBeGreaterThanOrEqual(150);
    for (const family of ['oneListeningPort', 'otherRegistrationCause', 'smallFigures', 'firewallNoRst', 'negationContext'] as const) {
      expect(neverTuned4Families[family].length, family).toBeGreaterThanOrEqual(20);
      expect(neverTuned4Families[family].every((e) => e.expect === null), family).toBe(true);
    }
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(neverTuned4Set.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(20);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(neverTuned4Set)).size).toBe(neverTuned4Set.length);
  });

  it('shares no message with the training examples, the other evaluation sets or the tuning splits, not even after normalisation', () => {
    expect(shared(neverTuned4Set, training)).toEqual([]);
    expect(shared(neverTuned4Set, texts(evalSet))).toEqual([]);
    expect(shared(neverTuned4Set, texts(neverTunedSet))).toEqual([]);
    expect(shared(neverTuned4Set, texts(tuning3Set))).toEqual([]);
    expect(shared(neverTuned4Set, texts(tuning2Set))).toEqual([]);
    expect(shared(neverTuned4Set, texts(tuningSet))).toEqual([]);
  });
});

describe('the tuning split', () => {
  it('covers the same families as the never-tuned set', () => {
    expect(Object.keys(tuningFamilies)).toEqual(Object.keys(neverTunedFamilies));
    for (const [family, items] of Object.entries(tuningFamilies)) expect(items.length, family).toBeGreaterThanOrEqual(3);
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(tuningSet)).size).toBe(tuningSet.length);
  });

  it('shares no message with the training examples or any evaluation set, not even after normalisation', () => {
    expect(shared(tuningSet, training)).toEqual([]);
    expect(shared(tuningSet, texts(evalSet))).toEqual([]);
    expect(shared(tuningSet, texts(neverTunedSet))).toEqual([]);
    expect(shared(tuningSet, texts(tuning2Set))).toEqual([]);
  });
});

describe('the second tuning split', () => {
  it('has at least 150 messages: every look-alike family, negation and context, and fresh messages of each playbook', () => {
    expect(tuning2Set.length).toBeGreaterThanOrEqual(150);
    for (const family of ['bindOnePort', 'registrationOtherCause', 'questionsSmallFigures', 'firewallNoRst', 'negationContext'] as const) {
      expect(tuning2Families[family].length, family).toBeGreaterThanOrEqual(15);
      expect(tuning2Families[family].every((e) => e.expect === null), family).toBe(true);
    }
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(tuning2Set.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(20);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(tuning2Set)).size).toBe(tuning2Set.length);
  });

  it('shares no message with the training examples or the evaluation sets, not even after normalisation', () => {
    expect(shared(tuning2Set, training)).toEqual([]);
    expect(shared(tuning2Set, texts(evalSet))).toEqual([]);
    expect(shared(tuning2Set, texts(neverTunedSet))).toEqual([]);
  });
});

describe('the third tuning split', () => {
  it('has at least 150 messages: every look-alike family, negation and context, and fresh messages of each playbook', () => {
    expect(tuning3Set.length).toBeGreaterThanOrEqual(150);
    for (const family of ['oneListeningPort', 'otherRegistrationCause', 'smallFigures', 'firewallNoRst', 'negationContext'] as const) {
      expect(tuning3Families[family].length, family).toBeGreaterThanOrEqual(20);
      expect(tuning3Families[family].every((e) => e.expect === null), family).toBe(true);
    }
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(tuning3Set.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(20);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(texts(tuning3Set)).size).toBe(tuning3Set.length);
  });

  it('shares no message with the training examples, the evaluation sets or the other tuning splits, not even after normalisation', () => {
    expect(shared(tuning3Set, training)).toEqual([]);
    expect(shared(tuning3Set, texts(evalSet))).toEqual([]);
    expect(shared(tuning3Set, texts(neverTunedSet))).toEqual([]);
    expect(shared(tuning3Set, texts(tuning2Set))).toEqual([]);
    expect(shared(tuning3Set, texts(tuningSet))).toEqual([]);
  });
});

describe('the training examples', () => {
  it('are several hundred messages, with every class well represented', () => {
    expect(training.length).toBeGreaterThanOrEqual(400);
    for (const list of Object.values(trainingExamples)) expect(list.length).toBeGreaterThanOrEqual(100);
    expect(trainingExamples.none.length).toBeGreaterThanOrEqual(training.length / 3);
  });

  it('do not repeat a message or put one message under two labels', () => {
    expect(new Set(training.map((t) => t.trim().toLowerCase())).size).toBe(training.length);
  });
});
