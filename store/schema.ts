import type { Generated } from 'kysely';

// Column types are chosen to mean the same in SQLite and PostgreSQL: timestamps are ISO
// 8601 text (text order = time order in both), booleans are 0/1 integers (better-sqlite3
// cannot bind booleans), JSON is text parsed on read (no jsonb-only operators anywhere).

/** One row of `runs`. The public run id is `R-<seq>`. */
export interface RunsTable {
  seq: Generated<number>;
  kind: string;
  playbook: string | null;
  server_id: string;
  customer_id: string;
  status: string;
  dry_run: number;
  requested_by: string;
  approved_by: string | null;
  approved_at: string | null;
  decision_note: string | null;
  symptom_text: string | null;
  /** `symptom_text` lower-cased in JavaScript, so `q` matches case-insensitively the same way in both dialects. */
  symptom_search: string | null;
  match_evidence: string | null;
  facts_before: string | null;
  /** JSON: the read right before an approved run changed the server. */
  facts_at_apply: string | null;
  /** JSON: the chat messages that asked for this run (see RunRequest). */
  requests: string | null;
  plan: string | null;
  facts_after: string | null;
  verification: string | null;
  /** JSON: the read-only check some minutes after a successful fix (runs/follow-up.ts). */
  follow_up: string | null;
  outcome: string | null;
  error: string | null;
  rollback_of: string | null;
  rolled_back_by: string | null;
  chat: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  updated_at: string;
  /** Highest step seq handed out; bumping it row-locks the run, so concurrent appends never collide. */
  last_step_seq: Generated<number>;
}

/** One row of `run_steps`, keyed by (run_seq, seq). */
export interface RunStepsTable {
  run_seq: number;
  seq: number;
  phase: string;
  name: string;
  change_id: string | null;
  command: string | null;
  exit_code: number | null;
  output: string | null;
  changed: number | null;
  status: string;
  data: string | null;
  started_at: string;
  finished_at: string | null;
}

/** One row of `docs`: a JSON-encoded value under (namespace, key). */
export interface DocsTable {
  namespace: string;
  key: string;
  value: string;
  updated_at: string;
}

/** One row of `chat_messages`: one message of a transcript. The order of `seq` is the order of recording. */
export interface ChatMessagesTable {
  seq: Generated<number>;
  chat: string;
  customer_id: string | null;
  direction: string;
  author_kind: string;
  author: string | null;
  text: string;
  media: string | null;
  at: string;
  run_id: string | null;
}

/** One row of `conversations`: a chat's state and the summary lists show, keyed by chat. */
export interface ConversationsTable {
  chat: string;
  customer_id: string | null;
  state: string;
  taken_by: string | null;
  taken_via: string | null;
  taken_at: string | null;
  active_at: string | null;
  /** The open hand-off (waiting, or taken with the chat). */
  handoff_seq: number | null;
  last_seq: number | null;
  last_at: string;
  last_text: string | null;
  last_author_kind: string | null;
  unread: number;
  created_at: string;
  updated_at: string;
}

/** One row of `handoffs`. The public id is `H-<seq>`. */
export interface HandoffsTable {
  seq: Generated<number>;
  chat: string;
  customer_id: string | null;
  reason: string;
  /** JSON: the messages that led to it. */
  last_messages: string;
  /** JSON: what was already read from the servers. */
  facts: string | null;
  run_id: string | null;
  status: string;
  created_at: string;
  announced_at: string;
  announcements: number;
  taken_by: string | null;
  taken_via: string | null;
  taken_at: string | null;
  closed_at: string | null;
  closed_by: string | null;
  closed_note: string | null;
}

/**
 * One row of `server_locks`: who is changing a server now, until when. A row whose
 * `expires_at` has passed is free (its holder died); a holder renews it while it works.
 */
export interface ServerLocksTable {
  server_id: string;
  /** What holds it, readable, then `#` and a token unique to the holding: `R-12-apply (worker box pid 81)#3f…`. */
  owner: string;
  /** ISO 8601 by the holder's clock; text order is time order. */
  expires_at: string;
}

/** The store's tables, as Kysely sees them. */
export interface StoreDatabase {
  runs: RunsTable;
  run_steps: RunStepsTable;
  docs: DocsTable;
  chat_messages: ChatMessagesTable;
  conversations: ConversationsTable;
  handoffs: HandoffsTable;
  server_locks: ServerLocksTable;
}

/** Which SQL dialect a store talks; the only place queries or migrations may differ. */
export type StoreDialect = 'sqlite' | 'postgres';
