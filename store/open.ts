import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError } from './errors.js';
import { redactDatabaseUrl } from './database-url.js';
import { openSqliteRunStore } from './sqlite.js';
import type { RunStore } from './types.js';

/** Options of {@link openRunStore}. */
export interface OpenRunStoreOptions {
  /** Data directory; the SQLite store is `<dataDir>/vos-assist.db`. Created if missing. */
  dataDir: string;
  /** `DATABASE_URL`: a postgres:// or postgresql:// URL selects PostgreSQL. Default (or empty): SQLite. */
  databaseUrl?: string;
  /** PostgreSQL only: schema for the tables (search_path). Default: the server's search_path. */
  schema?: string;
  /** Clock for the store's timestamps. Default: `() => new Date()`. */
  now?: () => Date;
}

/** SQLite file name inside the data directory. */
export const SQLITE_FILE_NAME = 'vos-assist.db';

/**
 * Opens the run store the deployment asked for: PostgreSQL when `databaseUrl` is set (several
 * workers on several machines), else the SQLite file in `dataDir`. Migrates on first use.
 *
 * ```ts
 * const store = await openRunStore({ dataDir: ctx.dataDir, databaseUrl: ctx.env.DATABASE_URL });
 * try { … } finally { await store.close(); }
 * ```
 *
 * @throws StoreError `STORE_BAD_URL`, `STORE_UNAVAILABLE`, `STORE_MIGRATION_FAILED`
 */
export async function openRunStore(options: OpenRunStoreOptions): Promise<RunStore> {
  const url = options.databaseUrl?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//i.test(url)) {
      throw new StoreError(
        'STORE_BAD_URL',
        `DATABASE_URL must start with postgres:// or postgresql:// (got ${redactDatabaseUrl(url)}); ` +
          'unset it to use the SQLite file in the data directory',
      );
    }
    // Loaded only here: the PostgreSQL driver, which a SQLite store never needs.
    const { openPostgresRunStore } = await import('./postgres.js');
    return openPostgresRunStore(url, { schema: options.schema, now: options.now });
  }
  try {
    mkdirSync(options.dataDir, { recursive: true });
  } catch (err) {
    throw new StoreError(
      'STORE_UNAVAILABLE',
      `cannot create the data directory ${options.dataDir}: ${(err as Error).message}. Check --data and its permissions.`,
      { cause: err },
    );
  }
  return openSqliteRunStore(join(options.dataDir, SQLITE_FILE_NAME), { now: options.now });
}
