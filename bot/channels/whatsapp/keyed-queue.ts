/** Options of {@link createKeyedQueue}. */
export interface KeyedQueueOptions {
  /** Minimum time between the starts of two tasks with the same key, in ms. @defaultValue 0 */
  intervalMs?: number;
  /** Clock in ms. @defaultValue `Date.now` */
  now?: () => number;
  /** Waits `ms`. @defaultValue a `setTimeout` promise */
  sleep?: (ms: number) => Promise<void>;
}

/** Runs tasks one after another per key; different keys do not wait for each other. */
export interface KeyedQueue {
  /**
   * Runs `task` after every earlier task of `key` has settled and at least `intervalMs` after the
   * previous one of `key` started. Resolves or rejects with the task; a failure does not stop
   * later tasks. Nothing is dropped.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void>;
}

interface Lane {
  tail: Promise<void>;
  lastStart: number;
  pending: number;
}

/**
 * A per-key serial queue with optional spacing: the WhatsApp channel sends at most one message
 * per `intervalMs` to each chat, in order, and delivers each chat's messages in order.
 *
 * ```ts
 * const q = createKeyedQueue({ intervalMs: 1000 });
 * await Promise.all([q.run(jid, () => send('a')), q.run(jid, () => send('b'))]); // b ≥ 1 s after a
 * ```
 */
export function createKeyedQueue(options: KeyedQueueOptions = {}): KeyedQueue {
  const intervalMs = options.intervalMs ?? 0;
  // Read the clock at call time (not a captured Date.now), so fake timers in tests apply.
  const now = options.now ?? (() => Date.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const lanes = new Map<string, Lane>();

  function prune(): void {
    // Idle lanes are kept until their interval has passed (so the spacing survives a quiet
    // moment), then dropped so the map does not grow with every chat ever seen.
    const t = now();
    for (const [key, lane] of lanes) {
      if (lane.pending === 0 && t - lane.lastStart >= intervalMs) lanes.delete(key);
    }
  }

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      if (lanes.size > 256) prune();
      let lane = lanes.get(key);
      if (!lane) {
        lane = { tail: Promise.resolve(), lastStart: Number.NEGATIVE_INFINITY, pending: 0 };
        lanes.set(key, lane);
      }
      const current = lane;
      current.pending += 1;
      const result = current.tail.then(async () => {
        const wait = current.lastStart + intervalMs - now();
        if (wait > 0) await sleep(wait);
        current.lastStart = now();
        return task();
      });
      current.tail = result.then(
        () => undefined,
        () => undefined,
      );
      void current.tail.then(() => {
        current.pending -= 1;
      });
      return result;
    },

    async idle(): Promise<void> {
      // Tasks queued while waiting extend the tails; loop until nothing is pending.
      for (;;) {
        const busy = [...lanes.values()].filter((lane) => lane.pending > 0);
        if (busy.length === 0) return;
        await Promise.all(busy.map((lane) => lane.tail));
      }
    },
  };
}
