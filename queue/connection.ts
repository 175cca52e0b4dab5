import { Redis, ReplyError, type RedisOptions } from 'ioredis';
import { QueueUnavailableError, RedisDatabaseError } from './errors.js';

export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

/** Hides a password in a Redis URL for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

/**
 * A Redis connection for BullMQ. Workers need `maxRetriesPerRequest: null` so a Redis
 * restart pauses them instead of failing their commands; ioredis reconnects by itself.
 */
export function createRedis(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 6), 5_000),
    ...extra,
  });
}

/**
 * Checks that Redis answers within `timeoutMs` and has the database the URL names, and
 * warns (via `warn`) when its eviction policy could drop queue keys. Throws
 * QueueUnavailableError or RedisDatabaseError naming the URL.
 */
export async function checkRedis(url: string, opts: { timeoutMs?: number; warn?: (msg: string) => void } = {}): Promise<void> {
  // disconnectTimeout: after a refused connection ioredis would otherwise keep a 2 s timer
  // waiting for a socket that is already closed, and a failing command would exit 2 s late.
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: opts.timeoutMs ?? 2_000, disconnectTimeout: 50 });
  // connect() rejects with a bare "Connection is closed."; the error event says why (ECONNREFUSED, …).
  let cause: Error | null = null;
  probe.on('error', (err: Error) => (cause ??= err));
  try {
    await probe.connect();
    await probe.ping();
    await checkDatabase(probe, url);
    const policy = (await probe.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') {
      opts.warn?.(`Redis at ${redactUrl(url)} has maxmemory-policy ${policy[1]}: BullMQ needs noeviction or queued jobs can vanish (redis-cli config set maxmemory-policy noeviction)`);
    }
  } catch (err) {
    if (err instanceof RedisDatabaseError) throw err;
    const why = (cause ?? (err as Error)).message || 'no answer';
    throw new QueueUnavailableError(redactUrl(url), why.replace(/\.$/, ''), { cause: cause ?? err });
  } finally {
    probe.disconnect();
  }
}

/**
 * ioredis sends SELECT on connect, but a refused one only fires an error event and leaves
 * the connection on database 0 for the probe, while BullMQ's connections then fail on every
 * reconnect: ask again here, where the answer can stop the start.
 */
async function checkDatabase(probe: Redis, url: string): Promise<void> {
  const db = probe.options.db ?? 0;
  if (db === 0) return;
  try {
    await probe.select(db);
  } catch (err) {
    if (!(err instanceof ReplyError)) throw err; // the connection failed, not the SELECT
    const reason = (err as Error).message;
    // CONFIG is often disabled on managed Redis; then the SELECT error is all there is.
    const reply = (await probe.config('GET', 'databases').catch(() => [])) as string[];
    const databases = Number(reply[1]);
    throw new RedisDatabaseError(redactUrl(url), db, Number.isInteger(databases) && databases > 0 ? databases : null, reason, { cause: err });
  }
}
