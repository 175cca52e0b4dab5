/** Redis could not be reached or is unusable for the queue. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  readonly code = 'QUEUE_UNAVAILABLE' as const;
  constructor(readonly url: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot use Redis at ${url}: ${reason}. Start Redis there, or set REDIS_URL to one that runs (redis://host:6379).`, options);
  }
}

/** No Redis to use and no `redis-server` to start one: says how to install it. */
export class RedisServerMissingError extends Error {
  override readonly name = 'RedisServerMissingError';
  readonly code = 'REDIS_SERVER_MISSING' as const;
  constructor(readonly localUrl: string) {
    super(
      `no Redis for the job queue: REDIS_URL is not set, nothing answers at ${localUrl}, and redis-server is not on PATH. ` +
        'Install it (Debian/Ubuntu: apt-get install redis-server; RHEL/CentOS: dnf install redis) and start again, ' +
        'or set REDIS_URL=redis://HOST:6379 to use a Redis that runs elsewhere.',
    );
  }
}

/** The embedded `redis-server` was found but did not come up; carries the end of its log. */
export class RedisStartError extends Error {
  override readonly name = 'RedisStartError';
  readonly code = 'REDIS_START_FAILED' as const;
  constructor(readonly binary: string, reason: string, readonly logTail: string, options?: { cause?: unknown }) {
    super(`cannot start ${binary}: ${reason}${logTail ? `; its log ends with: ${logTail}` : ''}`, options);
  }
}

/** The Redis URL names a database the server does not have (redis://host:6379/99). */
export class RedisDatabaseError extends Error {
  override readonly name = 'RedisDatabaseError';
  readonly code = 'REDIS_DATABASE_MISSING' as const;
  constructor(
    readonly url: string,
    readonly database: number,
    /** How many databases the server has; null when it would not say (CONFIG disabled). */
    readonly databases: number | null,
    reason: string,
    options?: { cause?: unknown },
  ) {
    const has = databases === null ? `refuses it (${reason})` : `has ${databases} databases (0 to ${databases - 1})`;
    super(`cannot use Redis at ${url}: it asks for database ${database}, and the server ${has}. Put a database the server has at the end of REDIS_URL (redis://host:6379/0).`, options);
  }
}
