import { createNormaliser, TIME_WAIT_JOIN, type Join, type Normaliser } from '../matcher/normalise.js';
import { canonicalWords, protectedWords, stopWords } from './vocabulary.js';

/** Joins that must happen before tokenising ("close notify", "health check"), besides TIME_WAIT. */
const JOINS: readonly Join[] = [TIME_WAIT_JOIN, { pattern: /\bclose[\s-]+notify\b/g, to: 'closenotify' }, { pattern: /\bhealth[\s-]+check\b/g, to: 'healthcheck' }];

/**
 * The shared text normaliser set up for questions: the question words of vocabulary.ts,
 * misspellings corrected against the words of the training questions (`targets`), only the
 * start of a message read (a question is short, and junk must stay cheap), and every word of
 * two letters or more a feature except numbers.
 */
export function createQuestionNormaliser(targets: Iterable<string>): Normaliser {
  return createNormaliser({
    canonicalWords,
    targets,
    protectedWords,
    stopWords,
    joins: JOINS,
    maxChars: 1024,
    maxWords: 120,
    minFeatureLength: 2,
    shortFeatures: [],
    numberFeatures: [],
    fuzzyBudget: 120,
  });
}
