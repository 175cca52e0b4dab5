import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import type { RunStore } from '../store/types.js';

/** Docs namespace of dashboard sessions. Keys are hashes of the session ids, never the ids. */
export const SESSIONS_NAMESPACE = 'web-sessions';

/** One logged-in browser. Stored in the run store so sessions survive restarts. */
export const sessionSchema = z.object({
  engineerId: z.string(),
  csrf: z.string().min(32),
  createdAt: z.string(),
  expiresAt: z.string(),
});
/** A stored session (value of a `web-sessions` doc). */
export type Session = z.infer<typeof sessionSchema>;

/** A session together with the id the browser holds (only in its cookie). */
export interface ActiveSession extends Session {
  readonly id: string;
}

/** A random, URL-safe token of `bytes` bytes. */
export const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

// Only the hash is stored: someone who can read the database (a backup, a replica) cannot
// replay a live session from it.
const keyOf = (id: string) => createHash('sha256').update(id).digest('base64url');

/** Compares two secrets in constant time; false when either is missing. */
export function sameSecret(a: string | undefined | null, b: string | undefined | null): boolean {
  if (!a || !b) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Options of {@link SessionStore}. */
export interface SessionStoreOptions {
  /** Absolute lifetime of a session. @defaultValue 12 hours */
  ttlMs?: number;
  /** @defaultValue `() => new Date()` */
  now?: () => Date;
}

/** Creates, finds and ends dashboard sessions in the run store's docs. */
export class SessionStore {
  private readonly ttlMs: number;
  private readonly now: () => Date;
  constructor(
    private readonly store: RunStore,
    options: SessionStoreOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? 12 * 3600_000;
    this.now = options.now ?? (() => new Date());
  }

  /** Starts a session for an engineer (a fresh id each login: no session fixation). */
  async create(engineerId: string): Promise<ActiveSession> {
    const now = this.now();
    const session: Session = {
      engineerId,
      csrf: randomToken(),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.ttlMs).toISOString(),
    };
    const id = randomToken(32);
    await this.store.putDoc(SESSIONS_NAMESPACE, keyOf(id), session);
    return { id, ...session };
  }

  /** The live session with this id, or null (unknown, unreadable or expired; expired ones are deleted). */
  async find(id: string | undefined): Promise<ActiveSession | null> {
    if (!id || id.length > 100) return null;
    const parsed = sessionSchema.safeParse(await this.store.getDoc(SESSIONS_NAMESPACE, keyOf(id)));
    if (!parsed.success) return null;
    if (Date.parse(parsed.data.expiresAt) <= this.now().getTime()) {
      await this.store.deleteDoc(SESSIONS_NAMESPACE, keyOf(id));
      return null;
    }
    return { id, ...parsed.data };
  }

  /** Ends a session (logout, or its engineer left the config). */
  async destroy(id: string): Promise<void> {
    await this.store.deleteDoc(SESSIONS_NAMESPACE, keyOf(id));
  }

  /** Ends every session of an engineer (after a password change); returns how many. */
  async destroyAllFor(engineerId: string): Promise<number> {
    let removed = 0;
    for (const { key, value } of await this.store.listDocs(SESSIONS_NAMESPACE)) {
      const parsed = sessionSchema.safeParse(value);
      if (parsed.success && parsed.data.engineerId === engineerId) {
        await this.store.deleteDoc(SESSIONS_NAMESPACE, key);
        removed++;
      }
    }
    return removed;
  }

  /** Deletes expired sessions; returns how many. Cheap enough to call on each login. */
  async sweep(): Promise<number> {
    const now = this.now().getTime();
    let removed = 0;
    for (const { key, value } of await this.store.listDocs(SESSIONS_NAMESPACE)) {
      const parsed = sessionSchema.safeParse(value);
      if (!parsed.success || Date.parse(parsed.data.expiresAt) <= now) {
        await this.store.deleteDoc(SESSIONS_NAMESPACE, key);
        removed++;
      }
    }
    return removed;
  }
}
