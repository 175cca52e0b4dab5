// One place the store takes Kysely from; the CLI bundle inlines (and tree-shakes) it, which
// loads far faster than Node resolving Kysely's ~280 ESM files on every command.
export { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, SqliteDriver, sql } from 'kysely';
