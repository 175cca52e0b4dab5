import { Redis, type RedisOptions } from 'ioredis';
import { QueueUnavailableError } from './errors.js';

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
 * Checks that Redis answers within `timeoutMs`, and warns (via `warn`) when its eviction
 * policy could drop queue keys. Throws QueueUnavailableError naming the URL.
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
    const policy = (await probe.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') {
      opts.warn?.(`Redis at ${redactUrl(url)} has maxmemory-policy ${policy[1]}: BullMQ needs noeviction or queued jobs can vanish (redis-cli config set maxmemory-policy noeviction)`);
    }
  } catch (err) {
    const why = (cause ?? (err as Error)).message || 'no answer';
    throw new QueueUnavailableError(redactUrl(url), why.replace(/\.$/, ''), { cause: cause ?? err });
  } finally {
    probe.disconnect();
  }
}
