import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../bot/matcher/index.js';
import { evalSet, evaluate } from '../../testkit/evaluation/index.js';

// The bar the product needs: proposing a fix for the wrong problem is the worst error, so a
// negative may almost never come out confident, and a positive never as another playbook.
describe('matcher accuracy on the held-out evaluation set', () => {
  const matcher = createMatcher();
  const report = evaluate((t) => matcher.match(t), evalSet);
  const misses = report.misses.map((m) => `${m.item.expect ?? 'none'} → ${m.decision} ${m.playbook ?? ''} (${m.confidence}): ${m.item.text.slice(0, 80)}`);

  it('decides at least 95 % of the messages right', () => {
    expect(report.accuracy, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('gives at most 1 % of the negatives a confident playbook', () => {
    expect(report.negativesConfident, misses.join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('asks a needless question on at most 5 % of the negatives', () => {
    expect(report.negativesAmbiguous, misses.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it('almost never names the wrong playbook with confidence (at most 1 % of the positives)', () => {
    expect(report.positivesConfidentWrong, misses.join('\n')).toBeLessThanOrEqual(0.01);
  });
});
