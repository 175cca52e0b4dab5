import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis } from 'ioredis';
import { createRedis } from './connection.js';

// 1: renewed. 2: it had expired and nobody took it, so it is ours again. -1: another holder.
const RENEW = `local v = redis.call('get', KEYS[1])
if v == ARGV[1] then redis.call('pexpire', KEYS[1], ARGV[2]) return 1 end
if not v then redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2]) return 2 end
return -1`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** Who holds a lease, as stored in Redis. */
export interface LeaseHolder {
  readonly host: string;
  readonly pid: number;
  /** When it took the lease (ISO 8601). */
  readonly since: string;
}

/** A lease this process holds; renewed in the background until released or lost. */
export interface HeldLease {
  /**
   * Resolves with why, in plain words, when the lease is lost while held: another process holds
   * it now, or it could not be renewed for a whole TTL (Redis did not answer), after which
   * another process may have taken it. Never rejects; stays pending while held or once released.
   */
  readonly lost: Promise<string>;
  /** True while Redis names this holder; false otherwise, also when Redis cannot be asked. */
  check(): Promise<boolean>;
  /** Stops renewing and deletes the lease if it is still this holder's. Idempotent. */
  release(): Promise<void>;
}

/** A named lease in Redis: at most one holder at a time across processes and machines. */
export interface Lease {
  readonly name: string;
  /**
   * Waits until this process holds the lease, asking Redis every `pollMs`. While another process
   * holds it, `onWait` is told who (null: Redis does not answer), each time that changes.
   * Rejects only when `signal` aborts, with its reason.
   */
  acquire(options: { signal: AbortSignal; onWait: (holder: LeaseHolder | null) => void }): Promise<HeldLease>;
  /** Who holds the lease now, or null (free, or Redis does not answer). */
  holder(): Promise<LeaseHolder | null>;
}

/** Options of {@link createLease}. */
export interface LeaseOptions {
  /** Key prefix; the key is `<prefix>:lease:<name>`. @defaultValue "vos-assist" */
  prefix?: string;
  /**
   * How long the lease lasts without renewal, in ms: a holder that dies is replaced after at most
   * this long. It is renewed every third of it. @defaultValue 30000
   */
  ttlMs?: number;
  /** How often a waiting process asks again, in ms. @defaultValue a sixth of `ttlMs` */
  pollMs?: number;
  /** Who this process is, for the processes that wait. @defaultValue this host's name and pid */
  owner?: { host: string; pid: number };
  /** Clock for `since`. @defaultValue `() => new Date()` */
  now?: () => Date;
}

function parseHolder(value: string | null): LeaseHolder | null {
  if (!value) return null;
  try {
    const parsed = JSON.parse(value) as Partial<LeaseHolder>;
    if (typeof parsed.host === 'string' && typeof parsed.pid === 'number' && typeof parsed.since === 'string') {
      return { host: parsed.host, pid: parsed.pid, since: parsed.since };
    }
  } catch {
    // Not ours to read: reported as an unknown holder below.
  }
  return { host: 'unknown', pid: 0, since: '' };
}

/** `promise`, or a rejection after `ms`: a Redis that hangs must not stall renewals or the wait. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', aborted);
      resolve();
    };
    const aborted = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', aborted, { once: true });
  });
}

/**
 * A lease over Redis, the house lock (token + TTL + renewal by Lua) for a long-lived owner: one
 * process holds it while others wait, and a holder that dies stops renewing, so the lease lapses
 * after `ttlMs` and a waiting process takes over. A holder cut off from Redis for a whole TTL
 * counts the lease as lost (another process may hold it by then). Each acquisition stores a fresh
 * token with the holder's host, pid and start time; only that token renews or releases it.
 *
 * Commands time out after a third of the TTL; give it a connection that fails commands while
 * disconnected (`enableOfflineQueue: false`, as {@link openLease} does), or a command sent while
 * Redis was away could take the lease later, for a wait that has already moved on.
 *
 * ```ts
 * const lease = createLease(redis, 'whatsapp');
 * const held = await lease.acquire({ signal, onWait: (h) => log(`held by ${h?.host}`) });
 * held.lost.then((why) => log(`lost: ${why}`));
 * await held.release();
 * ```
 */
export function createLease(redis: Redis, name: string, options: LeaseOptions = {}): Lease {
  const key = `${options.prefix ?? 'vos-assist'}:lease:${name}`;
  const ttlMs = options.ttlMs ?? 30_000;
  const pollMs = options.pollMs ?? Math.max(50, Math.floor(ttlMs / 6));
  const renewMs = Math.max(50, Math.floor(ttlMs / 3));
  const owner = options.owner ?? { host: hostname(), pid: process.pid };
  const now = options.now ?? (() => new Date());

  function hold(value: string): HeldLease {
    let released = false;
    let lastRenewed = Date.now();
    let resolveLost!: (reason: string) => void;
    const lost = new Promise<string>((resolve) => (resolveLost = resolve));
    const lose = (reason: string) => {
      if (released) return;
      released = true;
      clearInterval(timer);
      resolveLost(reason);
    };
    const timer = setInterval(() => {
      within(redis.eval(RENEW, 1, key, value, String(ttlMs)) as Promise<number>, renewMs).then(
        (result) => {
          if (result === -1) lose('another process holds the lease now');
          else lastRenewed = Date.now();
        },
        (error: Error) => {
          if (Date.now() - lastRenewed >= ttlMs) lose(`it could not be renewed for ${Math.round(ttlMs / 1000)} s: ${error.message}`);
        },
      );
    }, renewMs);
    timer.unref();
    return {
      lost,
      async check() {
        if (released) return false;
        return within(redis.get(key), renewMs).then(
          (current) => current === value,
          () => false,
        );
      },
      async release() {
        if (released) return;
        released = true;
        clearInterval(timer);
        await within(redis.eval(RELEASE, 1, key, value) as Promise<number>, renewMs).catch(() => undefined);
      },
    };
  }

  return {
    name,

    async acquire({ signal, onWait }) {
      let told: string | undefined;
      const tell = (holder: LeaseHolder | null) => {
        const id = JSON.stringify(holder);
        if (id === told) return;
        told = id;
        onWait(holder);
      };
      for (;;) {
        signal.throwIfAborted();
        const value = JSON.stringify({ token: randomUUID(), host: owner.host, pid: owner.pid, since: now().toISOString() });
        let current: string | null;
        try {
          if ((await within(redis.set(key, value, 'PX', ttlMs, 'NX'), renewMs)) === 'OK') {
            const held = hold(value);
            if (!signal.aborted) return held;
            await held.release();
            throw signal.reason;
          }
          current = await within(redis.get(key), renewMs);
        } catch {
          if (signal.aborted) throw signal.reason;
          tell(null);
          await pause(pollMs, signal);
          continue;
        }
        // Gone between the two commands: it just lapsed, try again at once.
        if (current === null) continue;
        tell(parseHolder(current));
        await pause(pollMs, signal);
      }
    },

    async holder() {
      return within(redis.get(key), renewMs).then(parseHolder, () => null);
    },
  };
}

/** A {@link Lease} with its own Redis connection, closed by `close()`. */
export interface OwnedLease extends Lease {
  /** Closes the connection (release held leases first). */
  close(): Promise<void>;
}

/**
 * Opens a connection to `url` made for leases (commands fail at once while disconnected instead
 * of waiting in a queue) and a {@link Lease} named `name` over it.
 *
 * ```ts
 * const lease = await openLease(redisUrl, 'whatsapp');
 * try { … } finally { await lease.close(); }
 * ```
 */
export async function openLease(url: string, name: string, options: LeaseOptions = {}): Promise<OwnedLease> {
  const redis = createRedis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  // Failures surface as lost leases and unknown holders; ioredis would also print each one.
  redis.on('error', () => undefined);
  await redis.connect();
  const lease = createLease(redis, name, options);
  return {
    ...lease,
    async close() {
      redis.disconnect();
    },
  };
}
