/** Why the store itself cannot be used (as opposed to a run that does not exist). */
export type StoreErrorCode =
  /** The database cannot be opened or reached: SQLite file unwritable, PostgreSQL down or refusing us. */
  | 'STORE_UNAVAILABLE'
  /** DATABASE_URL is neither empty nor a postgres:// or postgresql:// URL. */
  | 'STORE_BAD_URL'
  /** The schema migrations failed; the database is left as the last successful migration left it. */
  | 'STORE_MIGRATION_FAILED';

/**
 * The store's infrastructure is broken or misconfigured. Messages say what to check and
 * never contain a database password.
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** No run has this id (or the id is not of the form `R-<n>`). */
export class RunNotFoundError extends Error {
  override readonly name = 'RunNotFoundError';
  readonly code = 'RUN_NOT_FOUND' as const;
  constructor(
    readonly runId: string,
    options?: { cause?: unknown },
  ) {
    super(`run ${runId} not found`, options);
  }
}

/** The run has no journal entry with this seq (or the run does not exist). */
export class StepNotFoundError extends Error {
  override readonly name = 'StepNotFoundError';
  readonly code = 'STEP_NOT_FOUND' as const;
  constructor(
    readonly runId: string,
    readonly seq: number,
    options?: { cause?: unknown },
  ) {
    super(`step ${seq} of run ${runId} not found`, options);
  }
}

/** A rollback of this run exists already: the store keeps one rollback per run. */
export class RollbackExistsError extends Error {
  override readonly name = 'RollbackExistsError';
  readonly code = 'ROLLBACK_EXISTS' as const;
  constructor(
    readonly runId: string,
    options?: { cause?: unknown },
  ) {
    super(`${runId} already has a rollback run; ask for its status instead of starting another`, options);
  }
}

/**
 * Turns the unique-index violation of `runs.rollback_of` (SQLite or PostgreSQL) into a
 * RollbackExistsError; any other error is returned as it is.
 */
export function rollbackConflict(err: unknown, rollbackOf: string | null | undefined): unknown {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  const sqlite = e.code === 'SQLITE_CONSTRAINT_UNIQUE' && String(e.message).includes('runs.rollback_of');
  const postgres = e.code === '23505' && e.constraint === 'runs_rollback_of_key';
  return rollbackOf && (sqlite || postgres) ? new RollbackExistsError(rollbackOf, { cause: err }) : err;
}

/** Another run (a worker's, another command line's) is changing the server; nothing was changed here. */
export class ServerBusyError extends Error {
  override readonly name = 'ServerBusyError';
  readonly code = 'SERVER_BUSY' as const;
  constructor(
    readonly serverId: string,
    /** Who holds the server, as its lock says; null when it was freed just as the wait ended. */
    readonly holder: string | null,
    waitedMs: number,
  ) {
    super(
      `${serverId} is busy${holder ? `: ${holder} is changing it` : ''}${waitedMs > 0 ? `, still after ${Math.round(waitedMs / 1000)} s` : ''}; nothing was changed. ` +
        'Try again once that run has finished, or wait longer with --wait SECONDS.',
    );
  }
}
