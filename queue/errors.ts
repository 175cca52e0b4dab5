/** Redis could not be reached or is unusable for the queue. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  readonly code = 'QUEUE_UNAVAILABLE' as const;
  constructor(readonly url: string, reason: string, options?: { cause?: unknown }) {
    super(`cannot use Redis at ${url}: ${reason}. Start Redis there, or set REDIS_URL to one that runs (redis://host:6379).`, options);
  }
}
