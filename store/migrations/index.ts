import type { Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';
import { initialMigration } from './0001-initial.js';
import { requestsAndReadingsMigration } from './0002-requests-and-readings.js';
import { conversationsMigration } from './0003-conversations.js';
import { serverLocksMigration } from './0004-server-locks.js';
import { followUpMigration } from './0005-follow-up.js';

/**
 * Every store migration, by name. Kysely runs them in name order, so a new migration gets
 * the next number (`0003-…`) and an existing one is never renamed or edited once released.
 */
const byName: Record<string, (dialect: StoreDialect) => Migration> = {
  '0001-initial': initialMigration,
  '0002-requests-and-readings': requestsAndReadingsMigration,
  '0003-conversations': conversationsMigration,
  '0004-server-locks': serverLocksMigration,
  '0005-follow-up': followUpMigration,
};

/** The store's migrations, in the order they run. */
export const STORE_MIGRATION_NAMES: readonly string[] = Object.keys(byName).sort();

/** Where Kysely's migrator records applied migrations (its default name, kept explicit). */
export const MIGRATION_TABLE = 'kysely_migration';

/** Every store migration for `dialect`, by name. */
export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return Object.fromEntries(STORE_MIGRATION_NAMES.map((name) => [name, byName[name]!(dialect)]));
}
