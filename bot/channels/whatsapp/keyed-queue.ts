/** Runs tasks one after another per key; different keys do not wait for each other. */
export interface KeyedQueue {
  /**
   * Runs `task` after every earlier task of `key` has settled. Resolves or rejects with the task;
   * a failure does not stop later tasks. Nothing is dropped.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void>;
}

interface Lane {
  tail: Promise<void>;
  pending: number;
}

/**
 * A per-key serial queue: the WhatsApp channel hands each chat's incoming messages to the
 * conversation in order, while a slow conversation does not hold up the other chats.
 *
 * ```ts
 * const q = createKeyedQueue();
 * await Promise.all([q.run(chat, () => handle(a)), q.run(chat, () => handle(b))]); // b after a
 * ```
 */
export function createKeyedQueue(): KeyedQueue {
  const lanes = new Map<string, Lane>();

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      let lane = lanes.get(key);
      if (!lane) {
        lane = { tail: Promise.resolve(), pending: 0 };
        lanes.set(key, lane);
      }
      const current = lane;
      current.pending += 1;
      const result = current.tail.then(task);
      current.tail = result.then(
        () => undefined,
        () => undefined,
      );
      void current.tail.then(() => {
        current.pending -= 1;
        // An idle lane is dropped, so the map does not grow with every chat ever seen.
        if (current.pending === 0 && lanes.get(key) === current) lanes.delete(key);
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
