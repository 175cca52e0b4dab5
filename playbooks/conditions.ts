import type { Facts } from '../executors/facts.js';
import type { Condition, numericFacts } from './spec.js';

type NumericFact = (typeof numericFacts)[number];

/** Numeric view of the facts that conditions and templates use; null when unknown. */
export function numericFact(facts: Facts, name: NumericFact): number | null {
  switch (name) {
    case 'timeWaitShare':
      return facts.timeWaitCount !== null && facts.portRange ? facts.timeWaitCount / facts.portRange.size : null;
    case 'portRangeSize':
      return facts.portRange?.size ?? null;
    case 'rstDropRuleCount':
      return facts.rstDropRules?.length ?? null;
    default:
      return facts[name];
  }
}

/** Evaluates a condition; a test on an unknown fact is false (we never act on a guess). */
export function holds(cond: Condition, facts: Facts): boolean {
  if ('any' in cond) return cond.any.some((c) => holds(c, facts));
  if ('all' in cond) return cond.all.every((c) => holds(c, facts));
  if ('anyTag' in cond) return cond.anyTag.some((t) => facts.tags.includes(t));
  if ('rst' in cond) return facts.tcpCloseReset === cond.rst;
  const v = numericFact(facts, cond.fact);
  if (v === null) return false;
  if (cond.gte !== undefined && !(v >= cond.gte)) return false;
  if (cond.gt !== undefined && !(v > cond.gt)) return false;
  if (cond.lt !== undefined && !(v < cond.lt)) return false;
  if (cond.eq !== undefined && v !== cond.eq) return false;
  return true;
}
