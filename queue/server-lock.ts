import type { Redis } from 'ioredis';

const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/** A held lock; renewed in the background until released. */
export interface HeldLock {
  release(): Promise<void>;
}

/**
 * One remediation per server across every worker on every machine: a Redis key with a
 * TTL, renewed while the run goes on. A worker killed mid-run stops renewing, so the
 * lock frees itself after `ttlMs` and the resumed job can take it.
 */
export class ServerLocks {
  constructor(
    private readonly redis: Redis,
    private readonly opts: { prefix?: string; ttlMs?: number } = {},
  ) {}

  private key(serverId: string) {
    return `${this.opts.prefix ?? 'vos-assist'}:server-lock:${serverId}`;
  }

  /** Takes the lock for `serverId` or returns null when another run holds it. */
  async acquire(serverId: string, owner: string): Promise<HeldLock | null> {
    const ttl = this.opts.ttlMs ?? 30_000;
    const key = this.key(serverId);
    const ok = await this.redis.set(key, owner, 'PX', ttl, 'NX');
    if (ok !== 'OK') {
      // Same owner (a retried attempt of the same job) may take it again.
      if ((await this.redis.get(key)) !== owner) return null;
    }
    const timer = setInterval(() => {
      this.redis.eval(RENEW, 1, key, owner, String(ttl)).catch(() => {});
    }, Math.max(250, Math.floor(ttl / 3)));
    timer.unref();
    return {
      release: async () => {
        clearInterval(timer);
        await this.redis.eval(RELEASE, 1, key, owner).catch(() => {});
      },
    };
  }

  /** Who holds the lock now, if anyone (for the dashboard and tests). */
  holder(serverId: string): Promise<string | null> {
    return this.redis.get(this.key(serverId));
  }
}
