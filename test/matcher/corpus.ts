import * as evaluation from '../../testkit/evaluation/index.js';
import type { EvalItem } from '../../testkit/evaluation/index.js';
import { trainingExamples } from '../../playbooks/examples/index.js';

/**
 * Every message the project holds: the training examples and every evaluation set, taken from the evaluation module's
 * exports so that a set added there is in without a list to extend.
 */
export function everyMessage(): string[] {
  const sets = Object.entries(evaluation).filter(([name, value]) => name.endsWith('Set') && Array.isArray(value)) as [string, readonly EvalItem[]][];
  return [...Object.values(trainingExamples).flat(), ...sets.flatMap(([, items]) => items.map((e) => e.text))];
}
