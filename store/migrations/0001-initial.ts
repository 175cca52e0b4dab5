import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

// Migrations see the database as it was when they were written, hence Kysely<any>.
// The dialects differ only in how the run sequence is declared.

/** Creates `runs`, `run_steps` and `docs` with the indexes `listRuns` relies on. */
export function initialMigration(dialect: StoreDialect): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('runs')
        .addColumn('seq', 'integer', (col) =>
          // AUTOINCREMENT: SQLite must never hand out a seq again, even after deletes,
          // because run ids end up in chats, logs and queue job ids.
          dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey().generatedByDefaultAsIdentity(),
        )
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('playbook', 'text')
        .addColumn('server_id', 'text', (col) => col.notNull())
        .addColumn('customer_id', 'text', (col) => col.notNull())
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('dry_run', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('requested_by', 'text', (col) => col.notNull())
        .addColumn('approved_by', 'text')
        .addColumn('approved_at', 'text')
        .addColumn('decision_note', 'text')
        .addColumn('symptom_text', 'text')
        .addColumn('symptom_search', 'text')
        .addColumn('match_evidence', 'text')
        .addColumn('facts_before', 'text')
        .addColumn('plan', 'text')
        .addColumn('facts_after', 'text')
        .addColumn('verification', 'text')
        .addColumn('outcome', 'text')
        .addColumn('error', 'text')
        .addColumn('rollback_of', 'text')
        .addColumn('rolled_back_by', 'text')
        .addColumn('chat', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addColumn('last_step_seq', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();

      // listRuns orders by (created_at desc, seq desc). Each filter index ends in the same
      // two columns, so "newest runs of server X" is an index range read with no sort.
      const order = ['created_at desc', 'seq desc'];
      await db.schema.createIndex('runs_created_idx').on('runs').columns(order).execute();
      for (const column of ['server_id', 'customer_id', 'status', 'playbook']) {
        await db.schema
          .createIndex(`runs_${column}_idx`)
          .on('runs')
          .columns([column, ...order])
          .execute();
      }
      if (dialect === 'sqlite') await pinSqlitePlans(db);

      await db.schema
        .createTable('run_steps')
        .addColumn('run_seq', 'integer', (col) => col.notNull().references('runs.seq').onDelete('cascade'))
        .addColumn('seq', 'integer', (col) => col.notNull())
        .addColumn('phase', 'text', (col) => col.notNull())
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('change_id', 'text')
        .addColumn('command', 'text')
        .addColumn('exit_code', 'integer')
        .addColumn('output', 'text')
        .addColumn('changed', 'integer')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('data', 'text')
        .addColumn('started_at', 'text', (col) => col.notNull())
        .addColumn('finished_at', 'text')
        .addPrimaryKeyConstraint('run_steps_pkey', ['run_seq', 'seq'])
        .execute();

      await db.schema
        .createTable('docs')
        .addColumn('namespace', 'text', (col) => col.notNull())
        .addColumn('key', 'text', (col) => col.notNull())
        .addColumn('value', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('docs_pkey', ['namespace', 'key'])
        .execute();
    },

    async down(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') await db.deleteFrom('sqlite_stat1').where('tbl', '=', 'runs').execute();
      await db.schema.dropTable('docs').execute();
      await db.schema.dropTable('run_steps').execute();
      await db.schema.dropTable('runs').execute();
    },
  };
}

/**
 * Without statistics SQLite rates every one-column equality the same and, given
 * `server_id = ? and status = ?`, may walk the status index (a seventh of all runs) instead
 * of the server's few hundred: 40 ms instead of 1 ms at 100,000 runs. Nobody runs ANALYZE
 * on a CLI's database, so the migration writes typical proportions into sqlite_stat1, as
 * https://sqlite.org/lang_analyze.html allows. A later ANALYZE replaces them with real ones.
 * PostgreSQL gathers its own statistics (autovacuum).
 */
async function pinSqlitePlans(db: Kysely<any>): Promise<void> {
  await sql`analyze`.execute(db); // creates sqlite_stat1; the tables are still empty
  // "rows in table, average rows per value of the first column, of the first two, …"
  const rowsPerValue = { server_id: 500, customer_id: 2500, status: 15000, playbook: 30000 };
  await db.deleteFrom('sqlite_stat1').where('tbl', '=', 'runs').execute();
  await db
    .insertInto('sqlite_stat1')
    .values([
      { tbl: 'runs', idx: 'runs_created_idx', stat: '100000 1 1' },
      ...Object.entries(rowsPerValue).map(([column, n]) => ({ tbl: 'runs', idx: `runs_${column}_idx`, stat: `100000 ${n} 1 1` })),
    ])
    .execute();
  // Statistics are read when a connection opens; make the connection that migrated use them too.
  await sql`analyze sqlite_schema`.execute(db);
}
