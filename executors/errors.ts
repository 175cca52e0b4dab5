/** Why talking to a server failed. `retryable` is true only when nothing can have changed yet. */
export type TargetErrorCode = 'HOST_KEY_MISMATCH' | 'CONNECT_FAILED' | 'AUTH_FAILED' | 'KEY_UNAVAILABLE' | 'CONNECTION_LOST';

/** A failure to reach, trust or stay connected to a server. Expected; carried into the run's outcome. */
export class TargetError extends Error {
  override readonly name = 'TargetError';
  /** The server did not answer in time (as opposed to refusing, or breaking the connection). */
  readonly timedOut: boolean;
  constructor(
    readonly code: TargetErrorCode,
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown; timedOut?: boolean },
  ) {
    super(message, options);
    this.timedOut = options?.timedOut ?? false;
  }
}

/** A remote step found the server in a state it did not expect (someone edited the file meanwhile). */
export class DriftError extends Error {
  override readonly name = 'DriftError';
  readonly code = 'DRIFT' as const;
  constructor(message: string, readonly path: string) {
    super(message);
  }
}

/** A value or key that is not on the allow-list; never sent to a server. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  readonly code = 'INVALID_CHANGE' as const;
}
