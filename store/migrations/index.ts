import type { Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';
import { initialMigration } from './0001-initial.js';
import { requestsAndReadingsMigration } from './0002-requests-and-readings.js';
import { STORE_MIGRATION_NAMES } from './names.js';

const byName = {
  '0001-initial': initialMigration,
  '0002-requests-and-readings': requestsAndReadingsMigration,
} satisfies Record<(typeof STORE_MIGRATION_NAMES)[number], (dialect: StoreDialect) => Migration>;

/**
 * Every store migration, by name. Kysely runs them in name order, so a new migration gets
 * the next number (`0002-…`, listed in names.ts too) and an existing one is never renamed
 * or edited once released.
 */
export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return Object.fromEntries(STORE_MIGRATION_NAMES.map((name) => [name, byName[name](dialect)]));
}
