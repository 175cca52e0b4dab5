import { createHash } from 'node:crypto';
import * as evaluation from '../../testkit/evaluation/index.js';
import type { EvalItem } from '../../testkit/evaluation/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';

/** A message of the project's and where it is held ("tuning12Set[40]", "training.none[3]"). */
export interface HeldMessage {
  readonly text: string;
  readonly where: string;
}

/**
 * Every message the project holds: the training examples and every evaluation set, taken from the evaluation module's
 * exports so that a set added there is in without a list to extend.
 */
export function everyMessage(): HeldMessage[] {
  const sets = Object.entries(evaluation).filter(([name, value]) => name.endsWith('Set') && Array.isArray(value)) as [string, readonly EvalItem[]][];
  return [
    ...Object.entries(trainingExamples).flatMap(([label, texts]) => texts.map((text, i) => ({ text, where: `training.${label}[${i}]` }))),
    ...sets.flatMap(([name, items]) => items.map((e, i) => ({ text: e.text, where: `${name}[${i}]` }))),
  ];
}

/**
 * How a failing assertion names a message: by where it is held and its text, but a never-tuned set's message by where
 * it is held only, so that a failure does not put its words in front of whoever tunes the rules.
 */
export const labelOf = (m: HeldMessage): string => (m.where.startsWith('neverTuned') ? m.where : `${m.where}: ${m.text}`);

/**
 * Words read from a message, as a failing assertion may show them: as they are, but a never-tuned set's as a digest,
 * which still tells two readings apart without putting the message's words in view.
 */
export const wordsOf = (m: HeldMessage, words: string): string =>
  m.where.startsWith('neverTuned') ? `#${createHash('sha256').update(words).digest('hex').slice(0, 12)}` : words;
