import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerLockHolder, ServerLockTable } from './types.js';

/**
 * How long a server lock lives without being renewed: a holder that died (kill -9, a machine
 * that went away) frees its server after at most this long. Holders renew every third of it.
 */
export const SERVER_LOCK_TTL_MS = 10_000;

/** Options of {@link acquireServerLock}. */
export interface ServerLockOptions {
  /** Lifetime without renewal. @defaultValue {@link SERVER_LOCK_TTL_MS} */
  ttlMs?: number;
  /** Told when a renewal found the lock taken by someone else, or could not reach the store. */
  onLost?: (reason: string) => void;
}

/** A server lock this process holds; renewed in the background until released. */
export interface HeldServerLock {
  readonly serverId: string;
  readonly owner: string;
  /** Stops renewing and frees the server (if this holding still has it). Twice is fine. */
  release(): Promise<void>;
}

/** Options of {@link waitForServerLock}. */
export interface ServerLockWait extends ServerLockOptions {
  /** How long to wait while the server is busy; 0 tries once. */
  waitMs: number;
  /** How often to try again while waiting. @defaultValue 250 ms */
  pollMs?: number;
  /** Told once, when the server is first found busy, who holds it. */
  onBusy?: (holder: ServerLockHolder) => void;
  signal?: AbortSignal;
}

/**
 * An owner string: a label people can read (who holds it, where) and a token unique to this
 * holding, so that two holdings with the same label are still told apart.
 *
 * ```ts
 * serverLockOwner('rollback of R-3 by root@ops1 (pid 4242)') // 'rollback of R-3 by root@ops1 (pid 4242)#9b1d…'
 * ```
 */
export const serverLockOwner = (label: string, token: string = randomUUID()): string => `${label}#${token}`;

/** The readable part of an owner string (what {@link serverLockOwner} was given). */
export function lockHolderLabel(owner: string): string {
  const at = owner.lastIndexOf('#');
  return at < 0 ? owner : owner.slice(0, at);
}

/** Takes the lock of `serverId` for `owner`, or returns null when someone else holds it. */
export async function acquireServerLock(locks: ServerLockTable, serverId: string, owner: string, options: ServerLockOptions = {}): Promise<HeldServerLock | null> {
  const ttlMs = options.ttlMs ?? SERVER_LOCK_TTL_MS;
  if (!(await locks.acquire(serverId, owner, ttlMs))) return null;
  let released = false;
  let renewing: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    renewing = locks.renew(serverId, owner, ttlMs).then(
      (held) => {
        if (!held && !released) options.onLost?.(`the lock of ${serverId} expired and was taken by someone else`);
      },
      (err: Error) => options.onLost?.(`cannot renew the lock of ${serverId}: ${err.message}`),
    );
  }, Math.max(100, Math.floor(ttlMs / 3)));
  timer.unref();
  return {
    serverId,
    owner,
    release: async () => {
      if (released) return;
      released = true;
      clearInterval(timer);
      await renewing;
      await locks.release(serverId, owner);
    },
  };
}

/**
 * Takes the lock of `serverId`, waiting up to `waitMs` while someone else holds it. A value,
 * not a throw, when the wait runs out: the caller says who holds the server.
 */
export async function waitForServerLock(
  locks: ServerLockTable,
  serverId: string,
  owner: string,
  options: ServerLockWait,
): Promise<{ ok: true; lock: HeldServerLock } | { ok: false; holder: ServerLockHolder | null }> {
  const deadline = Date.now() + options.waitMs;
  let told = false;
  for (;;) {
    const lock = await acquireServerLock(locks, serverId, owner, options);
    if (lock) return { ok: true, lock };
    const holder = await locks.holder(serverId);
    if (holder && !told) {
      told = true;
      options.onBusy?.(holder);
    }
    if (Date.now() >= deadline || options.signal?.aborted) return { ok: false, holder };
    await sleep(Math.min(options.pollMs ?? 250, Math.max(0, deadline - Date.now())), undefined, options.signal ? { signal: options.signal } : {}).catch(() => {});
  }
}
