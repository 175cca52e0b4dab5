import { Kysely, PostgresDialect, sql } from 'kysely';
import { StoreError } from './errors.js';
import { createKyselyRunStore } from './kysely-run-store.js';
import { migrateToLatest } from './migrate.js';
import type { StoreDatabase } from './schema.js';
import type { RunStore } from './types.js';
import { redactDatabaseUrl } from './database-url.js';

export { redactDatabaseUrl };

/** Options of {@link openPostgresRunStore}. */
export interface PostgresRunStoreOptions {
  /**
   * Schema for the store's tables, created if missing and used as the connections'
   * search_path (tests isolate themselves this way). Default: the server's search_path.
   */
  schema?: string;
  /** Clock for the store's timestamps. Default: `() => new Date()`. */
  now?: () => Date;
  /** Most connections in the pool. Default 10. */
  maxConnections?: number;
  /** How long to wait for a new connection, in ms. Default 5000 (pg's default is forever). */
  connectTimeoutMs?: number;
}

// Lower case only: search_path folds unquoted names to lower case, Kysely quotes them.
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/;

/**
 * Opens (migrating if needed) the store in the PostgreSQL database at `url`. Several
 * processes may open the same database at once. `pg` is loaded only here, so SQLite users
 * never pay for it.
 *
 * @throws StoreError `STORE_UNAVAILABLE` (server unreachable or refusing us), `STORE_MIGRATION_FAILED`
 */
export async function openPostgresRunStore(url: string, options: PostgresRunStoreOptions = {}): Promise<RunStore> {
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new TypeError(`invalid PostgreSQL schema name ${JSON.stringify(schema)}: use lower-case letters, digits and _`);
  }
  const { Pool } = await import('pg');
  const pool = new Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    // A CLI command that forgets close() still exits once its connections are idle.
    allowExitOnIdle: true,
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection that drops (server restart) emits 'error' on the pool, which would
  // crash the process if unhandled; the next query gets a fresh connection or the error.
  pool.on('error', () => {});
  const db = new Kysely<StoreDatabase>({ dialect: new PostgresDialect({ pool }) });

  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy();
    throw new StoreError(
      'STORE_UNAVAILABLE',
      `cannot use PostgreSQL at ${redactDatabaseUrl(url)}: ${describe(err)}. ` +
        'Check that the server is running and reachable from this machine, and that DATABASE_URL ' +
        'names the right host, port, database, user and password.',
      { cause: err },
    );
  }
  try {
    await migrateToLatest(db, 'postgres', schema);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return createKyselyRunStore(db, { now: options.now });
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // Node's happy-eyeballs connect (localhost → ::1 and 127.0.0.1) fails with an
  // AggregateError whose message is empty; its code and inner errors say what happened.
  if (err.message) return err.message;
  const inner = err instanceof AggregateError ? err.errors.map(describe).join('; ') : '';
  return inner || (err as { code?: string }).code || err.name;
}
