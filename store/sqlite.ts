import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type SqliteDatabase, type SqliteDialectConfig } from 'kysely';
import { StoreError } from './errors.js';
import { createKyselyRunStore, type KyselyRunStoreOptions } from './kysely-run-store.js';
import { migrateToLatest } from './migrate.js';
import type { StoreDatabase } from './schema.js';
import type { RunStore } from './types.js';

/** Options of {@link openSqliteRunStore}. */
export type SqliteRunStoreOptions = KyselyRunStoreOptions;

/**
 * Opens (creating and migrating if needed) the SQLite store in `file`; `':memory:'` gives a
 * private in-memory store, handy for other folders' tests. The directory must exist.
 *
 * @throws StoreError `STORE_UNAVAILABLE` (cannot open the file), `STORE_MIGRATION_FAILED`
 */
export async function openSqliteRunStore(file: string, options: SqliteRunStoreOptions = {}): Promise<RunStore> {
  const database = openDatabase(file);
  const db = new Kysely<StoreDatabase>({ dialect: new StoreSqliteDialect({ database: preparedOnce(database) }) });
  try {
    await migrateToLatest(db, 'sqlite');
  } catch (err) {
    await db.destroy();
    throw err;
  }
  return createKyselyRunStore(db, options);
}

/**
 * better-sqlite3's addon, named directly: left to itself it finds the addon through `bindings`,
 * which walks the stack and tries a dozen paths on every start. Null (that search) when the
 * addon is not where a normal install puts it.
 */
function nativeBinding(): string | null {
  try {
    return createRequire(import.meta.url).resolve('better-sqlite3/build/Release/better_sqlite3.node');
  } catch {
    return null;
  }
}

function openDatabase(file: string): Database.Database {
  let database: Database.Database | undefined;
  try {
    const addon = nativeBinding();
    database = new Database(file, addon ? { nativeBinding: addon } : {});
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

/** Statements a store keeps prepared; more distinct ones (long `in (…)` lists) start the cache afresh. */
const MAX_STATEMENTS = 500;

/**
 * The database as Kysely's dialect uses it, each distinct statement prepared once: Kysely
 * prepares every query it runs, and a store runs the same few dozen again and again (a
 * quarter of the time of a typical store call here). Kysely runs one query at a time on the
 * connection, so a statement is never reused while it runs.
 */
function preparedOnce(database: Database.Database): SqliteDatabase {
  const statements = new Map<string, Database.Statement>();
  return {
    prepare(sql) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= MAX_STATEMENTS) statements.clear();
        statements.set(sql, (statement = database.prepare(sql)));
      }
      return statement;
    },
    close: () => database.close(),
  };
}

/**
 * Turns at the one connection, first come first served. Kysely's own SQLite lock wakes every
 * waiter on each release and all but one go back to waiting: with a thousand chats at once
 * that is half a million wake-ups and tens of megabytes of garbage for one burst. Taking a
 * turn here first means Kysely's lock is always free when it is asked.
 */
class Turns {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  take(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  /** Hands the connection to the next in line, or frees it. */
  pass(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

// Kysely starts SQLite transactions with a plain (deferred) `begin`. A deferred transaction
// that reads and then writes fails with SQLITE_BUSY, without waiting, when another process
// wrote in between; `begin immediate` takes the write lock up front and so waits politely
// (busy_timeout) instead.
class ImmediateSqliteDriver extends SqliteDriver {
  readonly #turns = new Turns();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#turns.take();
    try {
      return await super.acquireConnection();
    } catch (err) {
      this.#turns.pass();
      throw err;
    }
  }

  override async releaseConnection(): Promise<void> {
    try {
      await super.releaseConnection();
    } finally {
      this.#turns.pass();
    }
  }

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
