import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNormaliser } from '../../bot/matcher/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { evalSet, neverTunedFamilies, neverTunedSet, tuningFamilies, type EvalItem } from '../../testkit/evaluation/index.js';
import { evaluationSplits, splitNameOfFile, type EvaluationSplit } from '../../testkit/evaluation/splits.js';

const training = Object.values(trainingExamples).flat();
const n = createNormaliser();
// Every split is held against every other, so each message's forms are worked out once and kept.
const formsOf = new Map<string, string[]>();
/** The forms under which two messages count as the same: as written, as words, as the classifier's stems. */
function forms(t: string): string[] {
  let f = formsOf.get(t);
  if (f === undefined) formsOf.set(t, (f = readForms(t)));
  return f;
}
function readForms(t: string): string[] {
  const read = n.normalise(t);
  // A message the matcher reads little of (emoji only, mostly another script, by its words or by its
  // letters where the script has no spaces) is compared as written only: two different Russian
  // questions both read as "timewait vos cps" are not the same.
  const written = t.split(/\s+/).filter((w) => w !== '').length;
  if (read.words.length * 2 < written || read.phrase.length * 2 < t.length || read.stems.length === 0) return [`raw:${t.trim().toLowerCase()}`];
  // The figures, in any script's digits, belong to the message: "about 80 sockets" and "about 70" read alike otherwise.
  const figures = (t.match(/\p{Nd}+/gu) ?? []).join(',');
  return [`raw:${t.trim().toLowerCase()}`, `phrase:${read.phrase.trim()}|${figures}`, `stems:${read.stems.join(' ')}|${figures}`];
}
/** The messages of `items` that are also, in any of the forms above, among `others`. */
function shared(items: readonly EvalItem[], others: readonly string[]): string[] {
  const seen = new Set(others.flatMap(forms));
  return items.filter((e) => forms(e.text).some((f) => seen.has(f))).map((e) => e.text);
}
const texts = (items: readonly EvalItem[]) => items.map((e) => e.text);

const PLAYBOOKS = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const;
const LOOK_ALIKES = ['bindOnePort', 'registrationOtherCause', 'questionsSmallFigures', 'firewallNoRst', 'negationContext'] as const;
const LOOK_ALIKES_NAMED_PLAINLY = ['oneListeningPort', 'otherRegistrationCause', 'smallFigures', 'firewallNoRst', 'negationContext'] as const;

/** Every split, apart from the training examples: none may share a message with another or with the training. */
const splits = evaluationSplits;

/** At least `min` messages, each named negative family with `perFamily` negatives only, and `perPlaybook` of each playbook. */
function expectShape(items: readonly EvalItem[], families: Record<string, readonly EvalItem[]>, negatives: readonly string[], sizes: { min: number; perFamily: number; perPlaybook: number }) {
  expect(items.length).toBeGreaterThanOrEqual(sizes.min);
  for (const family of negatives) {
    expect(families[family]?.length ?? 0, family).toBeGreaterThanOrEqual(sizes.perFamily);
    expect(families[family]!.every((e) => e.expect === null), family).toBe(true);
  }
  for (const id of PLAYBOOKS) expect(items.filter((e) => e.expect === id).length, id).toBeGreaterThanOrEqual(sizes.perPlaybook);
}

describe('the evaluation sets and tuning splits', () => {
  it('the first set has at least 200 messages, a third of them negatives, and 30 of each playbook', () => {
    expect(evalSet.filter((e) => e.expect === null).length).toBeGreaterThanOrEqual(evalSet.length / 3);
    expectShape(evalSet, {}, [], { min: 200, perFamily: 0, perPlaybook: 30 });
  });

  it('the first never-tuned set has at least 150 messages: every look-alike family, and fresh messages of each playbook', () => {
    expectShape(neverTunedSet, neverTunedFamilies, LOOK_ALIKES.filter((f) => f !== 'negationContext'), { min: 150, perFamily: 20, perPlaybook: 20 });
  });

  it('the first tuning split covers the same families as the first never-tuned set', () => {
    expect(Object.keys(tuningFamilies)).toEqual(Object.keys(neverTunedFamilies));
    for (const [family, items] of Object.entries(tuningFamilies)) expect(items.length, family).toBeGreaterThanOrEqual(3);
  });

  it('the second tuning split, written with the first families, has at least 15 of each', () => {
    const second = splits.find((s) => s.name === 'tuning-2')!;
    expectShape(second.items, second.families, LOOK_ALIKES, { min: 150, perFamily: 15, perPlaybook: 20 });
  });

  /** The splits written since, to the same brief: every look-alike family named plainly, at least 20 of each. */
  const later = splits.filter((s) => s.ordinal > 2);
  it('are many: the later never-tuned sets and tuning splits are all there', () => {
    expect(later.filter((s) => s.kind === 'never-tuned').length).toBeGreaterThanOrEqual(4);
    expect(later.filter((s) => s.kind === 'tuning').length).toBeGreaterThanOrEqual(240);
  });
  it.each(later)('$name has at least 150 messages: 20 of every look-alike family, and 20 of each playbook', ({ items, families }: EvaluationSplit) => {
    expectShape(items, families, LOOK_ALIKES_NAMED_PLAINLY, { min: 150, perFamily: 20, perPlaybook: 20 });
  });

  it('every set file in testkit/evaluation is one split, exported once and named after its file', () => {
    const files = readdirSync(new URL('../../testkit/evaluation/', import.meta.url)).map(splitNameOfFile).filter((n): n is string => n !== null);
    expect(splits.map((s) => s.name).sort()).toEqual(files.sort());
    expect(new Set(splits.map((s) => s.items)).size).toBe(splits.length);
  });

  it.each(splits)('$name has no duplicates of its own', ({ items }) => {
    expect(new Set(texts(items)).size).toBe(items.length);
  });

  // Every message's forms are worked out once, before the cases that compare them: on a busy machine that alone takes
  // longer than one case may.
  beforeAll(() => {
    for (const t of training) forms(t);
    for (const split of splits) for (const e of split.items) forms(e.text);
  }, 300_000);

  it.each(splits)('$name shares no message with the training examples or any other split, not even after normalisation', ({ name, items }) => {
    expect(shared(items, training)).toEqual([]);
    for (const other of splits) if (other.name !== name) expect(shared(items, texts(other.items)), other.name).toEqual([]);
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
