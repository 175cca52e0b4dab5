import type { Kysely, Migration } from 'kysely';

/**
 * `follow_up`: what the read-only check some minutes after a successful fix found (JSON: when
 * it is due, the symptom's figures before, right after and at the follow-up, whether it is
 * still there). A column of the run, so the run page and the run's announcements read it with
 * the run.
 */
export function followUpMigration(): Migration {
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('runs').addColumn('follow_up', 'text').execute();
    },
    async down(db: Kysely<any>): Promise<void> {
      await db.schema.alterTable('runs').dropColumn('follow_up').execute();
    },
  };
}
