import { describe, expect, it } from 'vitest';
import { LoginLimiter } from '../../web/login-limiter.js';

const MIN = 60_000;
const ATTACKER = '203.0.113.9';
const OFFICE = '198.51.100.20';

/** A limiter on a clock the test moves. */
function limiter(options: ConstructorParameters<typeof LoginLimiter>[0] = {}) {
  let now = Date.parse('2025-01-01T00:00:00Z');
  const l = new LoginLimiter({ ...options, now: () => now });
  return { l, tick: (ms: number) => (now += ms) };
}

describe('LoginLimiter', () => {
  it('locks an engineer id from one address after five failures, and only from that address', () => {
    const { l } = limiter();
    for (let i = 0; i < 4; i++) expect(l.fail('rahim', ATTACKER)).toBe(0);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(0);
    expect(l.fail('rahim', ATTACKER)).toBe(MIN);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(MIN);
    expect(l.retryAfterMs('rahim', OFFICE)).toBe(0);
    expect(l.retryAfterMs('nadia', ATTACKER)).toBe(0);
  });

  it('doubles the lock with each further failure, up to the longest lock', () => {
    const { l, tick } = limiter();
    for (let i = 0; i < 4; i++) l.fail('rahim', ATTACKER);
    const locks: number[] = [];
    for (let i = 0; i < 9; i++) {
      locks.push(l.fail('rahim', ATTACKER));
      tick(l.retryAfterMs('rahim', ATTACKER)); // waits out each lock, then guesses again
      expect(l.retryAfterMs('rahim', ATTACKER)).toBe(0);
    }
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60].map((m) => m * MIN));
  });

  it('counts down while locked', () => {
    const { l, tick } = limiter();
    for (let i = 0; i < 6; i++) l.fail('rahim', ATTACKER);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(2 * MIN);
    tick(90_000);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(30_000);
  });

  it('forgets a pair after a quiet day, and on a successful login from that address only', () => {
    const { l, tick } = limiter();
    for (let i = 0; i < 7; i++) {
      l.fail('rahim', ATTACKER);
      l.fail('rahim', OFFICE);
    }
    l.reset('rahim', OFFICE);
    expect(l.retryAfterMs('rahim', OFFICE)).toBe(0);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(4 * MIN);
    expect(l.fail('rahim', OFFICE)).toBe(0); // counting starts again there

    tick(24 * 3600_000 + 1);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(0);
    expect(l.fail('rahim', ATTACKER)).toBe(0); // back to five free failures
  });

  it('keeps the parts of the key apart', () => {
    const { l } = limiter({ freeFailures: 1 });
    l.fail('a","b', 'c');
    expect(l.retryAfterMs('a","b', 'c')).toBe(MIN);
    expect(l.retryAfterMs('a', 'b","c')).toBe(0);
  });

  it('remembers at most maxEntries pairs, forgetting the least recently failed first', () => {
    const { l } = limiter({ freeFailures: 1, maxEntries: 3 });
    l.fail('rahim', ATTACKER);
    l.fail('x', '10.0.0.1');
    l.fail('y', '10.0.0.2');
    l.fail('rahim', ATTACKER); // most recent again
    l.fail('z', '10.0.0.3');
    expect(l.retryAfterMs('x', '10.0.0.1')).toBe(0);
    expect(l.retryAfterMs('rahim', ATTACKER)).toBe(2 * MIN);
  });
});
