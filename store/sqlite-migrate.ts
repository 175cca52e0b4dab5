import type Database from 'better-sqlite3';
import type { DatabaseConnection, SqliteDialectConfig } from 'kysely';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver } from './kysely.js';
import { migrateToLatest } from './migrate.js';

/**
 * Runs the store's pending migrations on an open SQLite database with Kysely's migrator,
 * then lets go of Kysely; the database stays open. Loaded only when a migration is due.
 *
 * @throws StoreError `STORE_MIGRATION_FAILED`
 */
export async function migrateSqlite(database: Database.Database): Promise<void> {
  // Kysely closes the database it was given when it is destroyed; this one stays open.
  const db = new Kysely<any>({ dialect: new StoreSqliteDialect({ database: { prepare: (sql: string) => database.prepare(sql), close: () => {} } }) });
  try {
    await migrateToLatest(db, 'sqlite');
  } finally {
    await db.destroy();
  }
}

// Kysely starts SQLite transactions with a plain (deferred) `begin`. A deferred transaction
// that reads and then writes fails with SQLITE_BUSY, without waiting, when another process
// wrote in between; `begin immediate` takes the write lock up front and so waits politely
// (busy_timeout) instead.
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

// SQLite's DDL is transactional. Saying so makes Kysely's migrator run all pending
// migrations in one (immediate) transaction: two processes opening a fresh file at once
// take turns, and the second finds nothing left to do.
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class StoreSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): ImmediateSqliteDriver {
    return new ImmediateSqliteDriver(this.#config);
  }
  override createAdapter(): TransactionalDdlSqliteAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
