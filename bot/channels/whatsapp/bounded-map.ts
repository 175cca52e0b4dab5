/**
 * A Map that forgets its oldest entries beyond `limit` (insertion order; `set` on an existing key
 * refreshes it). Used for the ids already delivered, recently sent messages and learned LIDs:
 * each must stay small however long the bot runs.
 */
export class BoundedMap<K, V> {
  private readonly map = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }

  /** The value for `key`, or undefined. */
  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** True when `key` is (still) remembered. */
  has(key: K): boolean {
    return this.map.has(key);
  }

  /** Remembers `key`, dropping the oldest entry when full. */
  set(key: K, value: V): this {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.limit) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
    return this;
  }

  /** Number of remembered entries. */
  get size(): number {
    return this.map.size;
  }
}
