// The seam through which the WhatsApp channel makes sure one process at a time owns the session.

/** Who holds a {@link SessionLease}. */
export interface SessionLeaseHolder {
  readonly host: string;
  readonly pid: number;
  /** When it took the lease (ISO 8601). */
  readonly since: string;
}

/** A lease this process holds until it releases it or loses it. */
export interface HeldSessionLease {
  /**
   * Resolves, with why in plain words, if the lease is lost while held: another process holds it
   * now, or it could not be renewed for longer than it lasts (the lease store did not answer).
   * Never rejects; stays pending while the lease is held.
   */
  readonly lost: Promise<string>;
  /** True while the lease store still names this process as the holder; false when it cannot tell. */
  check(): Promise<boolean>;
  /** Lets go (once; later calls do nothing). A process waiting for the lease takes it next. */
  release(): Promise<void>;
}

/**
 * One WhatsApp session, one process. Two processes that open the same session push each other
 * off (close code 440) in a loop; with a lease, the second one waits until the first lets go or
 * dies. Implemented over Redis in the queue layer; the channel sees only this.
 */
export interface SessionLease {
  /**
   * Waits until this process holds the lease. While another holds it, `onWait` is told who (null:
   * the lease store cannot be asked right now), each time that changes. Rejects only when `signal`
   * aborts.
   */
  acquire(options: { signal: AbortSignal; onWait: (holder: SessionLeaseHolder | null) => void }): Promise<HeldSessionLease>;
}
