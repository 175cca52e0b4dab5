import { chatKey } from '../directory.js';
import type { Middleware, Turn } from '../pipeline.js';

/** Options of {@link RateLimiter}. */
export interface RateLimitOptions {
  /** Messages per sender per window before the rest waits. @defaultValue 12 */
  readonly perWindow?: number;
  /** @defaultValue 60 000 ms */
  readonly windowMs?: number;
  readonly now: () => Date;
}

/** What the limiter says about one message: go on now, or wait (and whether to tell the sender). */
export interface Admission {
  readonly delayMs: number;
  /** True for the first message of a burst that has to wait. */
  readonly warn: boolean;
}

/**
 * Counts each sender's messages in fixed windows. Over the limit a message is not dropped: it
 * opens the next window and waits for it, so a burst is read at the limit's pace, in order
 * (the messages of a chat are handled one after another). `release()` ends every wait at once
 * (shutting down: nothing is left unread).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number; warned: boolean }>();
  private readonly sleepers = new Set<() => void>();
  private released = false;

  constructor(private readonly options: RateLimitOptions) {}

  /** Counts a message of `sender` and says when it may be read. */
  admit(sender: string): Admission {
    if (this.released) return { delayMs: 0, warn: false };
    const key = chatKey(sender);
    const t = this.options.now().getTime();
    const size = this.options.windowMs ?? 60_000;
    let w = this.windows.get(key);
    // A window that has passed ends the burst: the next one starts now, and may warn again.
    if (!w || t >= w.start + size) w = { start: t, count: 0, warned: false };
    if (w.count < (this.options.perWindow ?? 12)) {
      this.windows.set(key, { ...w, count: w.count + 1 });
      return { delayMs: Math.max(0, w.start - t), warn: false };
    }
    const start = w.start + size;
    this.windows.set(key, { start, count: 1, warned: true });
    return { delayMs: start - t, warn: !w.warned };
  }

  /** Waits `ms`, or less if released meanwhile. */
  sleep(ms: number): Promise<void> {
    if (this.released || ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }

  /** Ends every wait now and lets every later message through. */
  release(): void {
    this.released = true;
    for (const wake of [...this.sleepers]) wake();
  }
}

/**
 * Rate limit for customers only: engineers' commands are never held back. A customer over the
 * limit is told once that the rest will be read shortly (`warn`), then the message waits for
 * its window and goes on.
 */
export const rateLimit =
  (limiter: RateLimiter, warn: (turn: Turn) => Promise<void>): Middleware =>
  async (turn, next) => {
    if (turn.party.kind !== 'customer') return next();
    const { delayMs, warn: tell } = limiter.admit(turn.message.sender);
    if (delayMs === 0) return next();
    if (tell) await warn(turn);
    await limiter.sleep(delayMs);
    return next();
  };
