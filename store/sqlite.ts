import Database from 'better-sqlite3';
import { StoreError } from './errors.js';
import { MIGRATION_TABLE, STORE_MIGRATION_NAMES } from './migrations/names.js';
import { createSqliteRunStore, type SqliteRunStoreOptions } from './sqlite-run-store.js';
import type { RunStore } from './types.js';

export type { SqliteRunStoreOptions };

/**
 * Opens (creating and migrating if needed) the SQLite store in `file`; `':memory:'` gives a
 * private in-memory store, handy for other folders' tests. The directory must exist.
 *
 * @throws StoreError `STORE_UNAVAILABLE` (cannot open the file), `STORE_MIGRATION_FAILED`
 */
export async function openSqliteRunStore(file: string, options: SqliteRunStoreOptions = {}): Promise<RunStore> {
  const database = openDatabase(file);
  try {
    // Every start but the first: one indexed read, and Kysely (the migrator) is not loaded.
    if (!allApplied(database)) await (await import('./sqlite-migrate.js')).migrateSqlite(database);
  } catch (err) {
    database.close();
    throw err;
  }
  return createSqliteRunStore(database, options);
}

function allApplied(database: Database.Database): boolean {
  try {
    const applied = new Set((database.prepare(`select name from ${MIGRATION_TABLE}`).all() as { name: string }[]).map((r) => r.name));
    return STORE_MIGRATION_NAMES.every((name) => applied.has(name));
  } catch {
    return false; // no migration table yet; the migrator creates it
  }
}

function openDatabase(file: string): Database.Database {
  let database: Database.Database | undefined;
  try {
    database = new Database(file);
    // busy_timeout first: switching to WAL needs a lock another process may be holding.
    database.pragma('busy_timeout = 5000');
    database.pragma('journal_mode = WAL');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash or power
    // loss can lose the last commits, never corrupt the file.
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    return database;
  } catch (err) {
    database?.close();
    throw new StoreError(
      'STORE_UNAVAILABLE',
      `cannot open the SQLite store ${file}: ${(err as Error).message}. ` +
        'Check that the data directory (--data) is writable and that the file is a VOS Assist database.',
      { cause: err },
    );
  }
}
