/** A stored hand-off whose JSON does not have the shape its schema says: a writer and a reader disagree. */
export class StoredHandoffError extends Error {
  override readonly name = 'StoredHandoffError';
  readonly code = 'STORED_HANDOFF_INVALID' as const;
  constructor(
    readonly handoffId: string,
    readonly issue: string,
  ) {
    super(`${handoffId}: the stored hand-off does not have the expected shape (${issue}); it was written by another version or by hand`);
  }
}
