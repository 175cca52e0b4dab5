import type { Kysely, Migration } from 'kysely';

/**
 * `server_locks`: one row per server being changed, so that every process that changes servers
 * (queue workers, the command line, on one machine or several) takes turns per server through
 * the store they already share. Stands on its own: it touches no table of another migration.
 */
export function serverLocksMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('server_locks')
        .addColumn('server_id', 'text', (col) => col.primaryKey())
        .addColumn('owner', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropTable('server_locks').execute();
    },
  };
}
