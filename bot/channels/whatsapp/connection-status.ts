// The WhatsApp channel's connection status: the state engineers and the dashboard see, the count
// of failures in a row the backoff grows with, and when both go back to normal.
import type { ChannelState, ChannelStatus } from '../../channel.js';

/** Options of {@link createConnectionStatus}. */
export interface ConnectionStatusOptions {
  /** Failures in a row after which the state is `failing`. @defaultValue 5 */
  failingAfter?: number;
  /** How long a connection must stay open before the failures are forgotten, in ms. @defaultValue 60000 */
  stableAfterMs?: number;
  /** Clock. @defaultValue `() => new Date()` */
  now?: () => Date;
  /** Called with the new status whenever the state changes. */
  onChange?: (status: ChannelStatus) => void;
}

/** The status of one channel, moved along by the channel's connection events. */
export interface ConnectionStatus {
  /** The status now. */
  status(): ChannelStatus;
  /** Failures in a row (what the backoff grows with). */
  readonly attempts: number;
  /** A new connection is being opened (first, or after a failure). */
  connecting(): void;
  /**
   * The connection is open. The state is `open` at once, except after `failingAfter` failures:
   * then it stays `failing` until the connection has been stable for `stableAfterMs`, so a
   * connection that drops every few seconds is not reported as fine in between.
   */
  opened(): void;
  /** A connection failed or dropped: one more failure in a row. */
  failed(reason: string): void;
  /** Another process holds the session; `reason` says which. Not a failure. */
  standby(reason: string): void;
  /** The channel ended: `stopped` (reason null after a plain stop) or `logged_out`. */
  ended(state: 'stopped' | 'logged_out', reason: string | null): void;
  /** Called once the connection has been stable (failures forgotten). */
  onStable(listener: () => void): void;
}

/**
 * Tracks the channel's {@link ChannelStatus}. Failures count in a row until a connection stays
 * open for `stableAfterMs`: a connection that opens and drops again at once keeps the backoff
 * growing instead of starting over at the shortest delay on every open.
 *
 * ```ts
 * const status = createConnectionStatus({ onChange: (s) => log(s.state) });
 * status.connecting(); status.failed('connection lost'); status.attempts; // 1
 * ```
 */
export function createConnectionStatus(options: ConnectionStatusOptions = {}): ConnectionStatus {
  const failingAfter = options.failingAfter ?? 5;
  const stableAfterMs = options.stableAfterMs ?? 60_000;
  const now = options.now ?? (() => new Date());
  let state: ChannelState = 'stopped';
  let since = now();
  let lastError: string | null = null;
  let attempts = 0;
  let stableTimer: NodeJS.Timeout | undefined;
  const stableListeners: (() => void)[] = [];

  const snapshot = (): ChannelStatus => ({ state, since, lastError, attempts });

  function move(next: ChannelState): void {
    if (next === state) return;
    state = next;
    since = now();
    options.onChange?.(snapshot());
  }

  function disarm(): void {
    if (stableTimer) clearTimeout(stableTimer);
    stableTimer = undefined;
  }

  return {
    status: snapshot,
    get attempts() {
      return attempts;
    },
    connecting() {
      disarm();
      move(attempts >= failingAfter ? 'failing' : 'connecting');
    },
    opened() {
      disarm();
      if (state !== 'failing') move('open');
      stableTimer = setTimeout(() => {
        stableTimer = undefined;
        attempts = 0;
        lastError = null;
        move('open');
        for (const listener of stableListeners) listener();
      }, stableAfterMs);
      stableTimer.unref?.();
    },
    failed(reason) {
      disarm();
      attempts += 1;
      lastError = reason;
      move(attempts >= failingAfter ? 'failing' : 'connecting');
    },
    standby(reason) {
      disarm();
      lastError = reason;
      move('standby');
    },
    ended(next, reason) {
      disarm();
      lastError = reason;
      move(next);
    },
    onStable(listener) {
      stableListeners.push(listener);
    },
  };
}
