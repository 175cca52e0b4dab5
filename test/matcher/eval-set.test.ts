import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet } from '../../testkit/evaluation/index.js';

const training = Object.values(trainingExamples).flat();

describe('the evaluation set', () => {
  it('has at least 200 messages, a third of them negatives, and some of each playbook', () => {
    expect(evalSet.length).toBeGreaterThanOrEqual(200);
    expect(evalSet.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(evalSet.length / 3);
    for (const id of ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const) {
      expect(evalSet.filter((e) => e.expect === id).length).toBeGreaterThanOrEqual(30);
    }
  });

  it('has no duplicates of its own', () => {
    expect(new Set(evalSet.map((e) => e.text)).size).toBe(evalSet.length);
  });

  it('shares no message with the training examples, not even after normalisation', () => {
    const n = createNormaliser();
    const phrase = (t: string) => n.normalise(t).phrase.trim();
    // The classifier's view: the stems in order (stop words, punctuation, emoji, case gone).
    // A message without a single stem teaches the classifier nothing, so those are left out.
    const stems = (t: string) => n.normalise(t).stems.join(' ') || `(nothing) ${t}`;
    const raw = new Set(training.map((t) => t.trim().toLowerCase()));
    const phrases = new Set(training.map(phrase));
    const stemLists = new Set(training.map(stems));
    const overlaps = evalSet.filter((e) => raw.has(e.text.trim().toLowerCase()) || phrases.has(phrase(e.text)) || stemLists.has(stems(e.text)));
    expect(overlaps.map((e) => e.text)).toEqual([]);
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
