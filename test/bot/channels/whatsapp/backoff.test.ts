import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../../bot/channels/whatsapp/backoff.js';

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, spread by the jitter', () => {
    const mid = () => 0.5;
    expect([0, 1, 2, 3, 10].map((n) => backoffDelay(n, { initialMs: 100, maxMs: 500 }, mid))).toEqual([100, 200, 400, 500, 500]);
    expect(backoffDelay(0, { initialMs: 1000, jitter: 0.2 }, () => 0)).toBe(800);
    expect(backoffDelay(0, { initialMs: 1000, jitter: 0.2 }, () => 1)).toBe(1200);
  });
});
