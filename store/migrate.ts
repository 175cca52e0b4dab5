import { Migrator, sql, type Kysely } from 'kysely';
import { StoreError } from './errors.js';
import { MIGRATION_TABLE, storeMigrations } from './migrations/index.js';
import type { StoreDialect } from './schema.js';

/**
 * Brings the database to the latest schema. Safe to call from several processes at once:
 * on PostgreSQL, Kysely's migrator holds a session advisory lock while it migrates; on
 * SQLite, the store's dialect runs the migrations in one `begin immediate` transaction.
 *
 * @param schema PostgreSQL only: the schema the tables live in (default: current_schema()).
 * @throws StoreError `STORE_MIGRATION_FAILED`
 */
export async function migrateToLatest(db: Kysely<any>, dialect: StoreDialect, schema?: string): Promise<void> {
  const migrations = storeMigrations(dialect);
  // Fast path for every start but the first: one indexed read instead of the migrator's
  // table introspection and locking (several queries, a few ms on SQLite).
  if (await allApplied(db, Object.keys(migrations))) return;

  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Without a schema, the migrator believes its table exists if *any* schema has one
    // (another app's, another test's) and then fails to find it on the search_path.
    migrationTableSchema: dialect === 'postgres' ? (schema ?? (await currentSchema(db))) : undefined,
    migrationTableName: MIGRATION_TABLE,
    // Migrations written side by side stand on their own (0004 needs nothing of 0003): a
    // database that got a later one first still takes the earlier one when it arrives.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error === undefined) return;
  const failed = results?.find((r) => r.status === 'Error')?.migrationName;
  throw new StoreError(
    'STORE_MIGRATION_FAILED',
    `store migration ${failed ?? '(setup)'} failed: ${error instanceof Error ? error.message : String(error)}`,
    { cause: error },
  );
}

async function allApplied(db: Kysely<any>, names: readonly string[]): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
    const applied = new Set(rows.map((r) => r.name));
    return names.every((name) => applied.has(name));
  } catch {
    return false; // no migration table yet; the migrator creates it
  }
}

async function currentSchema(db: Kysely<any>): Promise<string | undefined> {
  const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema ?? undefined;
}
