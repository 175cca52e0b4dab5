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
  server_locks: ServerLocksTable;
}

/** Which SQL dialect a store talks; the only place queries or migrations may differ. */
export type StoreDialect = 'sqlite' | 'postgres';
