/**
 * Work queued per key, one task at a time per key, keys concurrently: a chat's messages in
 * the order they came, or the sections that read and change one chat's state.
 */
export class Lanes {
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * Runs `task` after the tasks queued under `key` before it; resolves (or rejects) with it. A
   * task whose key is free starts at once: in a burst, each message gets as far as it can
   * before the next one starts.
   */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key);
    const result = prev ? prev.then(task) : start(task);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return result;
  }

  get empty(): boolean {
    return this.tails.size === 0;
  }

  /** Resolves when every task queued so far has ended. */
  async idle(): Promise<void> {
    await Promise.all([...this.tails.values()]);
  }
}

function start<T>(task: () => Promise<T>): Promise<T> {
  try {
    return task();
  } catch (err) {
    return Promise.reject(err);
  }
}
