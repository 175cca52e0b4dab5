import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreDialect } from '../schema.js';

/**
 * Transcripts, chat states and hand-offs:
 * - `chat_messages`: every message in and out of a customer chat. A transcript is read by
 *   (chat, seq); the retention purge deletes by `at`.
 * - `conversations`: one row per chat, with what the conversations page lists (state, holder,
 *   last message, unread count), so the list never reads the messages: newest first by
 *   `last_at`, also within one state.
 * - `handoffs`: `H-<seq>`; at most one waits per chat (a partial unique index, so two
 *   processes asking at once cannot open two); due re-announcements are found by
 *   (status, announced_at).
 * - `runs.chat` gets an index: a conversation shows the runs its chat asked for.
 */
export function conversationsMigration(dialect: StoreDialect): Migration {
  // As for runs: ids end up in chats (`take H-7`), so SQLite never hands a seq out twice.
  const identity = (col: any) => (dialect === 'sqlite' ? col.primaryKey().autoIncrement() : col.primaryKey().generatedByDefaultAsIdentity());
  return {
    async up(db: Kysely<any>): Promise<void> {
      await db.schema
        .createTable('chat_messages')
        .addColumn('seq', 'integer', identity)
        .addColumn('chat', 'text', (col) => col.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('direction', 'text', (col) => col.notNull())
        .addColumn('author_kind', 'text', (col) => col.notNull())
        .addColumn('author', 'text')
        .addColumn('text', 'text', (col) => col.notNull())
        .addColumn('media', 'text')
        .addColumn('at', 'text', (col) => col.notNull())
        .addColumn('run_id', 'text')
        .execute();
      await db.schema.createIndex('chat_messages_chat_idx').on('chat_messages').columns(['chat', 'seq']).execute();
      await db.schema.createIndex('chat_messages_at_idx').on('chat_messages').column('at').execute();

      await db.schema
        .createTable('conversations')
        .addColumn('chat', 'text', (col) => col.primaryKey())
        .addColumn('customer_id', 'text')
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('taken_by', 'text')
        .addColumn('taken_via', 'text')
        .addColumn('taken_at', 'text')
        .addColumn('active_at', 'text')
        .addColumn('handoff_seq', 'integer')
        .addColumn('last_seq', 'integer')
        .addColumn('last_at', 'text', (col) => col.notNull())
        .addColumn('last_text', 'text')
        .addColumn('last_author_kind', 'text')
        .addColumn('unread', 'integer', (col) => col.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      const newest = ['last_at desc', 'chat desc'];
      await db.schema.createIndex('conversations_last_idx').on('conversations').columns(newest).execute();
      await db.schema.createIndex('conversations_state_idx').on('conversations').columns(['state', ...newest]).execute();

      await db.schema
        .createTable('handoffs')
        .addColumn('seq', 'integer', identity)
        .addColumn('chat', 'text', (col) => col.notNull())
        .addColumn('customer_id', 'text')
        .addColumn('reason', 'text', (col) => col.notNull())
        .addColumn('last_messages', 'text', (col) => col.notNull())
        .addColumn('facts', 'text')
        .addColumn('run_id', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('announced_at', 'text', (col) => col.notNull())
        .addColumn('announcements', 'integer', (col) => col.notNull().defaultTo(1))
        .addColumn('taken_by', 'text')
        .addColumn('taken_via', 'text')
        .addColumn('taken_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('closed_note', 'text')
        .execute();
      await db.schema.createIndex('handoffs_waiting_key').on('handoffs').column('chat').unique().where(sql.ref('status'), '=', sql.lit('waiting')).execute();
      await db.schema.createIndex('handoffs_status_idx').on('handoffs').columns(['status', 'announced_at']).execute();
      await db.schema.createIndex('handoffs_chat_idx').on('handoffs').columns(['chat', 'seq']).execute();

      await db.schema.createIndex('runs_chat_idx').on('runs').columns(['chat', 'created_at desc', 'seq desc']).execute();
      if (dialect === 'sqlite') {
        // The runs table's statistics are pinned (0001); without a line for the new index SQLite
        // would guess. A chat asks for a handful of runs.
        await db.insertInto('sqlite_stat1').values({ tbl: 'runs', idx: 'runs_chat_idx', stat: '100000 5 1 1' }).execute();
        await sql`analyze sqlite_schema`.execute(db);
      }
    },

    async down(db: Kysely<any>): Promise<void> {
      if (dialect === 'sqlite') await db.deleteFrom('sqlite_stat1').where('tbl', '=', 'runs').where('idx', '=', 'runs_chat_idx').execute();
      await db.schema.dropIndex('runs_chat_idx').execute();
      await db.schema.dropTable('handoffs').execute();
      await db.schema.dropTable('conversations').execute();
      await db.schema.dropTable('chat_messages').execute();
    },
  };
}
