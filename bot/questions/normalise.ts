import { AggressiveTokenizer, JaroWinklerDistance, PorterStemmer } from '../matcher/natural.js';
import { canonicalWords, protectedWords, stopWords } from './vocabulary.js';

/** A message as the question matcher reads it. */
export interface NormalisedQuestion {
  /** Lower case, accents, apostrophes and underscores dropped, "time wait" joined; punctuation kept. */
  readonly text: string;
  /** Corrected, canonical words joined by single spaces, padded with one space at each end. */
  readonly phrase: string;
  readonly words: readonly string[];
  /** Distinct stems of the content words, for the classifier. */
  readonly stems: readonly string[];
  /** Misspellings that were corrected. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  /** True when the message ends with a question mark (before trailing emoji and spaces). */
  readonly questionMark: boolean;
}

/** Normalises chat text for the question matcher. Holds caches; create one per matcher. */
export interface QuestionNormaliser {
  normalise(text: string): NormalisedQuestion;
}

/** Only the start of a message is read: a question is short, and junk must stay cheap. */
const MAX_CHARS = 1024;
const MAX_WORDS = 120;
const DROPPED = /['\u2018\u2019\u02bc`_]/g;
const NOT_WORD = /[^a-z0-9]+/g;
const ALPHA = /^[a-z]+$/;
/** Joins that must happen before tokenising, as in the symptom matcher (bot/matcher/normalise.ts). */
const JOINS: readonly [RegExp, string][] = [
  [/\b(?:time|tiem|tyme|tme|tim)[\s-]*(?:wait|wiat|wati|wayt)\b/g, 'timewait'],
  [/\bclose[\s-]+notify\b/g, 'closenotify'],
  [/\bhealth[\s-]+check\b/g, 'healthcheck'],
];

/**
 * Creates the question normaliser: lower case, shorthand and Banglish question words mapped
 * (vocabulary.ts), misspellings corrected with natural's Jaro-Winkler against the words of the
 * training questions (`targets`), then stemmed with natural's Porter stemmer.
 */
export function createQuestionNormaliser(targets: Iterable<string>, minSimilarity = 0.9): QuestionNormaliser {
  const tokenizer = new AggressiveTokenizer();
  const known = new Set<string>();
  for (const t of targets) if (t.length >= 4 && ALPHA.test(t)) known.add(t);
  const byPrefix = new Map<string, string[]>();
  for (const t of known) {
    const bucket = byPrefix.get(t.slice(0, 2)) ?? [];
    bucket.push(t);
    byPrefix.set(t.slice(0, 2), bucket);
  }
  const spelling = new Map<string, string | null>();
  const stems = new Map<string, string>();

  const stem = (w: string) => {
    let s = stems.get(w);
    if (s === undefined) {
      s = PorterStemmer.stem(w);
      if (stems.size > 20_000) stems.clear();
      stems.set(w, s);
    }
    return s;
  };

  function correct(word: string): string | null {
    if (word.length < 4 || word.length > 24 || known.has(word) || protectedWords.has(word) || stopWords.has(word) || !ALPHA.test(word)) return null;
    const hit = spelling.get(word);
    if (hit !== undefined) return hit;
    let best: string | null = null;
    let bestScore = minSimilarity;
    // Typos rarely touch the first two letters, and Jaro-Winkler rewards a shared prefix anyway.
    for (const t of byPrefix.get(word.slice(0, 2)) ?? []) {
      if (Math.abs(t.length - word.length) > (t.length >= 8 ? 2 : 1)) continue;
      const score = JaroWinklerDistance(word, t);
      if (score > bestScore) {
        best = t;
        bestScore = score;
      }
    }
    // "port" → "ports" is no correction once stemmed.
    const fixed = best !== null && stem(best) !== stem(word) ? best : null;
    if (spelling.size > 20_000) spelling.clear();
    spelling.set(word, fixed);
    return fixed;
  }

  function normalise(input: string): NormalisedQuestion {
    let text = String(input ?? '').slice(0, MAX_CHARS).toLowerCase();
    if (/[^\x00-\x7f]/.test(text)) text = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
    text = text.replace(DROPPED, '');
    for (const [pattern, to] of JOINS) text = text.replace(pattern, to);
    const questionMark = /\?[\s\p{Extended_Pictographic}\uFE0F!.)]*$/u.test(text) || /\?\s/.test(text);
    const words: string[] = [];
    const corrections: { from: string; to: string }[] = [];
    const stemSet = new Set<string>();
    for (const raw of tokenizer.tokenize(text.replace(NOT_WORD, ' ')).slice(0, MAX_WORDS)) {
      const squeezed = raw.length > 2 ? raw.replace(/([a-z])\1{2,}/g, '$1') : raw;
      const mapped = canonicalWords[squeezed];
      for (const w0 of (mapped ?? squeezed).split(' ')) {
        const fixed = mapped === undefined ? correct(w0) : null;
        const w = fixed ?? w0;
        if (fixed) corrections.push({ from: w0, to: fixed });
        words.push(w);
        if (w.length > 1 && !stopWords.has(w) && !/^\d/.test(w)) stemSet.add(stem(w));
      }
    }
    return { text, phrase: ` ${words.join(' ')} `, words, stems: [...stemSet], corrections, questionMark };
  }

  return { normalise };
}
