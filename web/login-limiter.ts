/** Options of {@link LoginLimiter}. */
export interface LoginLimiterOptions {
  /** Failed logins of one engineer id from one address before that pair is locked. @defaultValue 5 */
  freeFailures?: number;
  /** The first lock; each further failure doubles it. @defaultValue 1 minute */
  baseLockMs?: number;
  /** The longest lock. @defaultValue 1 hour */
  maxLockMs?: number;
  /** A pair without a failure for this long starts again from nothing. @defaultValue 24 hours */
  forgetAfterMs?: number;
  /** Pairs remembered at most; the least recently failed are forgotten first. @defaultValue 10 000 */
  maxEntries?: number;
  /** @defaultValue `() => Date.now()` */
  now?: () => number;
}

interface Failures {
  count: number;
  last: number;
  lockedUntil: number;
}

/**
 * Counts failed logins per engineer id *and* client address, and locks a pair with a
 * backoff that doubles on each further failure (1, 2, 4 … minutes, at most an hour). Keyed
 * by the pair, not the id alone: a lock on the id would let anyone lock every engineer out,
 * the right password included, by guessing wrong five times. A guesser spread over many
 * addresses is held back by the per-address rate limit in front of this. In memory: a
 * restart forgets, which only helps a guesser by one lock.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, Failures>();
  private readonly freeFailures: number;
  private readonly baseLockMs: number;
  private readonly maxLockMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.freeFailures = options.freeFailures ?? 5;
    this.baseLockMs = options.baseLockMs ?? 60_000;
    this.maxLockMs = options.maxLockMs ?? 3600_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 24 * 3600_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? (() => Date.now());
  }

  private entry(id: string, address: string): { key: string; failures: Failures | undefined } {
    // JSON keeps the two parts apart whatever characters they hold.
    const key = JSON.stringify([id, address]);
    const failures = this.failures.get(key);
    if (failures && this.now() - failures.last > this.forgetAfterMs) {
      this.failures.delete(key);
      return { key, failures: undefined };
    }
    return { key, failures };
  }

  /** Milliseconds until this engineer id may try again from this address; 0 when it may try now. */
  retryAfterMs(id: string, address: string): number {
    const { failures } = this.entry(id, address);
    return failures ? Math.max(0, failures.lockedUntil - this.now()) : 0;
  }

  /** Records a failed login; returns how long the pair is now locked (0: not locked). */
  fail(id: string, address: string): number {
    const { key, failures } = this.entry(id, address);
    const now = this.now();
    const count = (failures?.count ?? 0) + 1;
    const over = count - this.freeFailures;
    const lockMs = over < 0 ? 0 : Math.min(this.baseLockMs * 2 ** Math.min(over, 30), this.maxLockMs);
    // Re-inserted, so the map's order is least recently failed first.
    this.failures.delete(key);
    this.failures.set(key, { count, last: now, lockedUntil: now + lockMs });
    if (this.failures.size > this.maxEntries) {
      const oldest = this.failures.keys().next();
      if (!oldest.done) this.failures.delete(oldest.value);
    }
    return lockMs;
  }

  /** Forgets the failures of this engineer id from this address (after a successful login there). */
  reset(id: string, address: string): void {
    this.failures.delete(this.entry(id, address).key);
  }
}
