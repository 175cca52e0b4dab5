/**
 * The store's migrations, in the order they run. Kept apart from the migrations themselves,
 * which need Kysely: a store that is up to date checks these names with one query and never
 * loads Kysely.
 */
export const STORE_MIGRATION_NAMES = ['0001-initial', '0002-requests-and-readings'] as const;

/** Where Kysely's migrator records applied migrations (its default name, kept explicit). */
export const MIGRATION_TABLE = 'kysely_migration';
