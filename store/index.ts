// The run store: every run, its step journal, and small JSON documents, in SQLite or
// PostgreSQL behind one interface.

// Commonly used: open a store, the seam, its records.
export { openRunStore, SQLITE_FILE_NAME, type OpenRunStoreOptions } from './open.js';
export {
  runStatuses,
  finalStatuses,
  isFinal,
  runKinds,
  stepStatuses,
  runStatusSchema,
  runKindSchema,
  runSchema,
  stepSchema,
  stepStatusSchema,
  type RunStore,
  type Run,
  type RunStatus,
  type RunKind,
  type NewRun,
  type RunPatch,
  type RunFilter,
  type Step,
  type ServerStep,
  type ServerLockTable,
  type ServerLockHolder,
  type StepStatus,
  type NewStep,
  type StepPatch,
} from './types.js';
export { jsonSchema } from './json.js';
// Transcripts, chat states and hand-offs (`RunStore.conversations`).
export {
  messageDirections,
  authorKinds,
  conversationStates,
  takeoverVias,
  handoffStatuses,
  transcriptMessageSchema,
  conversationSchema,
  handoffSchema,
  type ConversationStore,
  type TranscriptMessage,
  type NewTranscriptMessage,
  type MessageDirection,
  type AuthorKind,
  type Conversation,
  type ConversationState,
  type ConversationFilter,
  type TakeoverVia,
  type Taker,
  type Handoff,
  type HandoffStatus,
  type NewHandoff,
  type TakeOutcome,
  type ReleaseOutcome,
  type HandoffOutcome,
  type PurgeCounts,
} from './conversation-types.js';
export { formatHandoffId, parseHandoffId, PREVIEW_CHARS } from './conversation-mapper.js';
export { acquireServerLock, waitForServerLock, serverLockOwner, lockHolderLabel, SERVER_LOCK_TTL_MS, type HeldServerLock, type ServerLockOptions, type ServerLockWait } from './server-lock.js';
export { StoreError, RunNotFoundError, StepNotFoundError, RollbackExistsError, ServerBusyError, type StoreErrorCode } from './errors.js';

// A specific backend, e.g. `openSqliteRunStore(':memory:')` in another folder's tests.
export { openSqliteRunStore, type SqliteRunStoreOptions } from './sqlite.js';
export { openPostgresRunStore, type PostgresRunStoreOptions } from './postgres.js';
export { redactDatabaseUrl } from './database-url.js';

// Run ids: "R-<n>", never all digits, never containing ':'.
export { formatRunId, parseRunId } from './mapper.js';
export { DEFAULT_LIST_LIMIT, MAX_LIST_LIMIT } from './paging.js';
