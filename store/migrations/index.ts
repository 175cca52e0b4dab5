import type { Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';
import { initialMigration } from './0001-initial.js';

/**
 * Every store migration, by name. Kysely runs them in name order, so a new migration gets
 * the next number (`0002-…`) and an existing one is never renamed or edited once released.
 */
export function storeMigrations(dialect: StoreDialect): Record<string, Migration> {
  return {
    '0001-initial': initialMigration(dialect),
  };
}
