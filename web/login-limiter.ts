/** Options of {@link FailureLimiter}. */
export interface FailureLimiterOptions {
  /** Failures allowed within the window before the key is locked. @defaultValue 5 */
  maxFailures?: number;
  /** Window length. @defaultValue 15 minutes */
  windowMs?: number;
  /** @defaultValue `() => Date.now()` */
  now?: () => number;
}

/**
 * Counts failed logins per key (the user name) in a sliding window. The per-IP limit is
 * @fastify/rate-limit's job; this one stops a slow guess spread over many addresses from
 * hammering one account. In memory: a restart forgets, which only helps the attacker by
 * one window.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: FailureLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? (() => Date.now());
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const list = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (list.length) this.failures.set(key, list);
    else this.failures.delete(key);
    return list;
  }

  /** Milliseconds until the key may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const list = this.recent(key);
    if (list.length < this.maxFailures) return 0;
    const oldest = list[list.length - this.maxFailures] ?? this.now();
    return Math.max(1, oldest + this.windowMs - this.now());
  }

  /** Records a failed attempt. */
  fail(key: string): void {
    this.failures.set(key, [...this.recent(key), this.now()]);
    // A flood of made-up names must not grow the map without bound.
    if (this.failures.size > 10_000) {
      const first = this.failures.keys().next();
      if (!first.done) this.failures.delete(first.value);
    }
  }

  /** Forgets the failures of a key (after a successful login). */
  reset(key: string): void {
    this.failures.delete(key);
  }
}
