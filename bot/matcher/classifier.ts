import { BayesClassifier } from './natural.js';
import type { ClassLabel, ClassifierEvidence } from './types.js';

/** Training documents per class, each already normalised to its stems. */
export type TrainingStems = Readonly<Record<ClassLabel, readonly (readonly string[])[]>>;

/** Training documents per class with each document's stems joined by spaces, as training-stems.ts keeps them (a stem holds no space). */
export type PackedTrainingStems = Readonly<Record<ClassLabel, readonly string[]>>;

/** The stems of each training message, per class, in the order given. */
export function stemsOf(labels: readonly ClassLabel[], normalise: (text: string) => { readonly stems: readonly string[] }, examples: Readonly<Partial<Record<ClassLabel, readonly string[]>>>): Record<ClassLabel, string[][]> {
  const out = {} as Record<ClassLabel, string[][]>;
  for (const label of labels) out[label] = (examples[label] ?? []).map((text) => [...normalise(text).stems]);
  return out;
}

/** Training stems joined for keeping in a module (see PackedTrainingStems). */
export function packTrainingStems(stems: TrainingStems): Record<ClassLabel, string[]> {
  const out = {} as Record<ClassLabel, string[]>;
  for (const label of Object.keys(stems) as ClassLabel[]) out[label] = stems[label].map((doc) => doc.join(' '));
  return out;
}

/** Training stems as packTrainingStems kept them. */
export function unpackTrainingStems(packed: PackedTrainingStems): Record<ClassLabel, string[][]> {
  const out = {} as Record<ClassLabel, string[][]>;
  for (const label of Object.keys(packed) as ClassLabel[]) out[label] = packed[label].map((doc) => (doc === '' ? [] : doc.split(' ')));
  return out;
}

/** Tuning of the classifier; every field has a default. */
export interface ClassifierOptions {
  /** Additive smoothing handed to natural's BayesClassifier. @defaultValue 1 */
  readonly smoothing?: number;
  /**
   * Naive Bayes adds one log-likelihood per word, so its posteriors approach 0 or 1 after a
   * handful of words. Scores are divided by `temperature × knownTerms^tempering` before
   * normalising. @defaultValue 2.5
   */
  readonly temperature?: number;
  /** Exponent on the number of known terms in the divisor above. @defaultValue 0.2 */
  readonly tempering?: number;
}

/** A trained classifier reduced to per-stem weights, so scoring one message is a few map look-ups. */
export interface TrainedClassifier {
  /** Scores a message given as distinct stems (see Normalised.stems). */
  score(stems: readonly string[]): ClassifierEvidence;
  /** The raw log scores natural's classifier would compute (log of its getClassifications values). */
  logScores(stems: readonly string[]): Record<ClassLabel, number>;
  /** Distinct stems the classifier knows. */
  readonly vocabularySize: number;
  /** The trained natural classifier itself, for inspection and tests. */
  readonly natural: BayesClassifier;
}

/**
 * Trains natural's BayesClassifier on stemmed documents, then reads the trained counts back out
 * as one weight vector per stem: the classifier scores log P(class) + Σ log P(stem | class) over
 * the stems present, exactly as natural does, without natural's per-call pass over the whole
 * vocabulary. Unknown stems contribute nothing; with no known stem every class scores the same
 * (natural would fall back on the commonest class).
 */
export function trainClassifier(labels: readonly ClassLabel[], docs: TrainingStems, options: ClassifierOptions = {}): TrainedClassifier {
  const smoothing = options.smoothing ?? 1;
  const temperature = options.temperature ?? 2.5;
  const tempering = options.tempering ?? 0.2;
  const clf = new BayesClassifier(undefined, smoothing);
  for (const label of labels) for (const doc of docs[label]) clf.addDocument([...doc], label);

  // natural's train() turns every document into a dense 0/1 vector by scanning the whole
  // vocabulary with indexOf (documents × vocabulary × words). The same vectors, in the same
  // feature order (Object.keys order is for…in order), built from an index instead:
  const featureKeys = Object.keys(clf.features);
  const featureIndex = new Map(featureKeys.map((k, i) => [k, i] as const));
  const naturalTextToFeatures = clf.textToFeatures.bind(clf);
  // One vector is reused: apparatus reads it in addExample and keeps nothing of it, and each
  // call first clears the bits the previous document set (saves megabytes of garbage).
  const vector = new Array<number>(featureKeys.length).fill(0);
  let lastSet: number[] = [];
  clf.textToFeatures = (observation: string | string[]): number[] => {
    if (typeof observation === 'string') return naturalTextToFeatures(observation);
    for (const i of lastSet) vector[i] = 0;
    lastSet = [];
    for (const t of observation) {
      const i = featureIndex.get(t);
      if (i !== undefined) {
        vector[i] = 1;
        lastSet.push(i);
      }
    }
    return vector;
  };
  clf.train();
  // From here on natural's own textToFeatures again (a fresh vector per call), for callers of .natural.
  clf.textToFeatures = (observation: string | string[]): number[] => {
    if (typeof observation === 'string') return naturalTextToFeatures(observation);
    const v = new Array<number>(featureKeys.length).fill(0);
    for (const t of observation) {
      const i = featureIndex.get(t);
      if (i !== undefined) v[i] = 1;
    }
    return v;
  };

  const bayes = clf.classifier;
  const k = labels.length;
  const prior = new Float64Array(k);
  labels.forEach((label, c) => {
    const total = bayes.classTotals[label] ?? 1;
    prior[c] = Math.log(total / bayes.totalExamples);
  });
  // Per stem: its log-likelihood per class, and per class how much the stem favours that class
  // over the average of the others (for ClassifierEvidence.topTerms); one look-up per stem of a
  // message, for the stem's row (at its number × k) of two flat tables.
  const perStem = new Map<string, number>();
  const weights = new Float64Array(featureKeys.length * k);
  const pulls = new Float64Array(featureKeys.length * k);
  featureKeys.forEach((key, i) => {
    const w = new Float64Array(k);
    labels.forEach((label, c) => {
      const count = bayes.classFeatures[label]?.[i] || bayes.smoothing;
      w[c] = Math.log(count / (bayes.classTotals[label] ?? 1));
    });
    let total = 0;
    for (let c = 0; c < k; c++) total += w[c] as number;
    weights.set(w, i * k);
    pulls.set(w.map((wc) => wc - (total - wc) / (k - 1)), i * k);
    perStem.set(key, i * k);
  });

  // Scratch space for one message at a time (scoring is synchronous): a message allocates
  // nothing here but what it returns.
  const s = new Float64Array(k);
  const probs = new Float64Array(k);
  const known: string[] = [];
  /** Where the rows of the known stems start. */
  const knownRows: number[] = [];

  /** Log scores per class (natural's, in log space), the stems that were known and their rows; valid until the next call. */
  function raw(stems: readonly string[]): { s: Float64Array; known: string[]; knownRows: number[] } {
    s.set(prior);
    known.length = 0;
    knownRows.length = 0;
    for (const stem of stems) {
      const row = perStem.get(stem);
      if (row === undefined) continue;
      known.push(stem);
      knownRows.push(row);
      for (let c = 0; c < k; c++) s[c] = (s[c] as number) + (weights[row + c] as number);
    }
    return { s, known, knownRows };
  }

  function toRecord(values: ArrayLike<number>): Record<ClassLabel, number> {
    const out = {} as Record<ClassLabel, number>;
    for (let c = 0; c < k; c++) out[labels[c] as ClassLabel] = values[c] as number;
    return out;
  }

  function score(stems: readonly string[]): ClassifierEvidence {
    raw(stems);
    if (known.length === 0) {
      probs.fill(1 / k);
      return { scores: toRecord(probs), knownTerms: 0, topTerms: [] };
    }
    const divisor = temperature * Math.pow(known.length, tempering);
    let max = -Infinity;
    for (let c = 0; c < k; c++) max = Math.max(max, (s[c] as number) / divisor);
    let sum = 0;
    for (let c = 0; c < k; c++) {
      const e = Math.exp((s[c] as number) / divisor - max);
      probs[c] = e;
      sum += e;
    }
    let top = 0;
    for (let c = 0; c < k; c++) {
      probs[c] = (probs[c] as number) / sum;
      if ((probs[c] as number) > (probs[top] as number)) top = c;
    }
    return { scores: toRecord(probs), knownTerms: known.length, topTerms: topTermsFor(known, knownRows, top) };
  }

  /** The (at most 5) known stems that favour class `top` most over the average of the others. */
  function topTermsFor(known: readonly string[], knownRows: readonly number[], top: number): string[] {
    const stems: string[] = [];
    const by: number[] = [];
    for (let i = 0; i < known.length; i++) {
      const pull = pulls[(knownRows[i] as number) + top] as number;
      if (pull <= 0) continue;
      // Insertion into a list kept sorted, at most 5 long; equal pulls keep their order.
      let at = by.length;
      while (at > 0 && (by[at - 1] as number) < pull) at--;
      if (at >= 5) continue;
      // Shift the tail one place right (dropping the sixth), then write at `at`.
      let j = by.length < 5 ? by.length : 4;
      while (j > at) {
        by[j] = by[j - 1] as number;
        stems[j] = stems[j - 1] as string;
        j--;
      }
      by[at] = pull;
      stems[at] = known[i] as string;
    }
    return stems;
  }

  return {
    score,
    logScores: (stems) => toRecord(raw(stems).s),
    vocabularySize: featureKeys.length,
    natural: clf,
  };
}
