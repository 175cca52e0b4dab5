import { sql, type Kysely, type Migration } from 'kysely';

/**
 * - `requests`: every chat message that asked for the run (a second complaint about the same
 *   change on the same server joins the pending proposal instead of making a second run).
 * - `facts_at_apply`: the server as read right before an approved run changed it; `facts_before`
 *   stays the read the proposal was made from.
 * - one rollback per run: a unique index on `rollback_of`. Rollbacks a race created twice before
 *   this migration keep their record; all but the first lose the link and say why.
 */
export function requestsAndReadingsMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('runs').addColumn('requests', 'text').execute();
      await db.schema.alterTable('runs').addColumn('facts_at_apply', 'text').execute();
      const duplicates = await db
        .selectFrom('runs as r')
        .select(['r.seq', 'r.rollback_of'])
        .where('r.rollback_of', 'is not', null)
        .where((eb) => eb.exists(eb.selectFrom('runs as o').select('o.seq').whereRef('o.rollback_of', '=', 'r.rollback_of').whereRef('o.seq', '<', 'r.seq')))
        .execute();
      for (const d of duplicates as { seq: number; rollback_of: string }[]) {
        await db
          .updateTable('runs')
          .set({ rollback_of: null, decision_note: sql`coalesce(decision_note || ' · ', '') || ${`a second rollback of ${d.rollback_of}, made by a race; the first one counts`}` })
          .where('seq', '=', d.seq)
          .execute();
      }
      await db.schema.createIndex('runs_rollback_of_key').on('runs').column('rollback_of').unique().where(sql.ref('rollback_of'), 'is not', null).execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.dropIndex('runs_rollback_of_key').execute();
      await db.schema.alterTable('runs').dropColumn('facts_at_apply').execute();
      await db.schema.alterTable('runs').dropColumn('requests').execute();
    },
  };
}
