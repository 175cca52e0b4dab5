import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import type { Conversation, ConversationStore, Handoff, NewTranscriptMessage, TakeOutcome } from './conversation-types.js';
import { newHandoffToRow, newMessageToRow, parseHandoffId, preview, rowToConversation, rowToHandoff, rowToMessage } from './conversation-mapper.js';
import { compiledOnce } from './compiled.js';
import { pageLimit } from './paging.js';
import type { ConversationsTable, StoreDatabase } from './schema.js';

// Rows per insert of appendMessages: 10 parameters a row stays far below SQLite's 32,766.
const MESSAGES_PER_STATEMENT = 500;
// A compare-and-set lost to another writer is tried again this many times in all.
const ATTEMPTS = 5;
// Re-announcements claimed per call; the rest wait for the next call.
const CLAIMS_PER_CALL = 100;

type Row = Selectable<ConversationsTable>;
type Db = Kysely<StoreDatabase> | Transaction<StoreDatabase>;

/** Another writer changed the conversation between our read and our write: roll back, read again. */
class Contended extends Error {}

/** True for the unique-index violation of `index` (SQLite or PostgreSQL). */
function violates(err: unknown, index: string, column: string): boolean {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown };
  return (e.code === '23505' && e.constraint === index) || (e.code === 'SQLITE_CONSTRAINT_UNIQUE' && String(e.message).includes(column));
}

/** Messages by a person through the bot, or on the bot's phone: they read the chat to write in it. */
const byPerson = (authorKind: string) => authorKind === 'engineer' || authorKind === 'owner';

/**
 * The ConversationStore over the run store's Kysely database (SQLite or PostgreSQL). State
 * changes read the conversation, decide, and write only if the row is still as read (in SQLite
 * the transaction holds the write lock anyway; in PostgreSQL a concurrent change makes the
 * write miss and the step is tried again).
 */
export function createKyselyConversationStore(db: Kysely<StoreDatabase>, options: { now?: () => Date } = {}): ConversationStore {
  const now = options.now ?? (() => new Date());
  const stamp = (): string => now().toISOString();

  const read = (executor: Db, chat: string) => executor.selectFrom('conversations').selectAll().where('chat', '=', chat).executeTakeFirst();

  /** The row is still as `prev` was read: same state, holder, activity and hand-off. */
  const unchanged = (prev: Row) => (eb: ExpressionBuilder<StoreDatabase, 'conversations'>) =>
    eb.and([
      eb('chat', '=', prev.chat),
      eb('state', '=', prev.state),
      prev.taken_by === null ? eb('taken_by', 'is', null) : eb('taken_by', '=', prev.taken_by),
      prev.taken_via === null ? eb('taken_via', 'is', null) : eb('taken_via', '=', prev.taken_via),
      prev.active_at === null ? eb('active_at', 'is', null) : eb('active_at', '=', prev.active_at),
      prev.handoff_seq === null ? eb('handoff_seq', 'is', null) : eb('handoff_seq', '=', prev.handoff_seq),
    ]);

  /** Writes `patch` over `prev` (or a new conversation when there was none); Contended when someone was quicker. */
  async function write(trx: Transaction<StoreDatabase>, chat: string, prev: Row | undefined, patch: Partial<Row>, at: string): Promise<Row> {
    const row = prev
      ? await trx.updateTable('conversations').set({ ...patch, updated_at: at }).where(unchanged(prev)).returningAll().executeTakeFirst()
      : await trx
          .insertInto('conversations')
          .values({ chat, customer_id: null, state: 'bot', last_at: at, unread: 0, created_at: at, updated_at: at, ...patch })
          .onConflict((oc) => oc.column('chat').doNothing())
          .returningAll()
          .executeTakeFirst();
    if (!row) throw new Contended();
    return row;
  }

  /** Runs `step` in a transaction, again from the start when it lost a race. */
  async function atomically<T>(step: (trx: Transaction<StoreDatabase>) => Promise<T>, retryOn: (err: unknown) => boolean = () => false): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await db.transaction().execute(step);
      } catch (err) {
        if (attempt >= ATTEMPTS || !(err instanceof Contended || retryOn(err))) {
          if (err instanceof Contended) throw new Error('conversation store: the chat changed under every attempt; try again');
          throw err;
        }
      }
    }
  }

  async function handoffBySeq(executor: Db, seq: number | null): Promise<Handoff | null> {
    if (seq === null) return null;
    const row = await executor.selectFrom('handoffs').selectAll().where('seq', '=', seq).executeTakeFirst();
    return row ? rowToHandoff(row) : null;
  }

  /** The conversation's summary after a group of messages; two shapes: a person wrote in the group (`cleared`) or not. */
  const upsertSummary = compiledOnce((v: { chat: string; customer_id: string | null; added: number; at: string; active_at: string | null; last_seq: number; last_at: string; last_text: string; last_author_kind: string }, shape) =>
    db
      .insertInto('conversations')
      .values({ chat: v.chat, customer_id: v.customer_id, state: 'bot', unread: v.added, created_at: v.at, updated_at: v.at, last_seq: v.last_seq, last_at: v.last_at, last_text: v.last_text, last_author_kind: v.last_author_kind })
      .onConflict((oc) =>
        oc.column('chat').doUpdateSet((eb) => {
          // Two writers of one chat may commit out of seq order (PostgreSQL): the summary keeps the higher seq.
          const newer = eb.or([eb('conversations.last_seq', 'is', null), eb('conversations.last_seq', '<', eb.ref('excluded.last_seq'))]);
          const pick = <C extends 'last_seq' | 'last_at' | 'last_text' | 'last_author_kind'>(column: C) =>
            eb.case().when(newer).then(eb.ref(`excluded.${column}`)).else(eb.ref(`conversations.${column}`)).end();
          const cleared = shape === 'cleared';
          return {
            customer_id: eb.fn.coalesce('excluded.customer_id', 'conversations.customer_id'),
            last_seq: pick('last_seq'),
            last_at: pick('last_at'),
            last_text: pick('last_text'),
            last_author_kind: pick('last_author_kind'),
            unread: cleared ? eb.val(v.added) : eb('conversations.unread', '+', v.added),
            ...(cleared ? { active_at: eb.case().when('conversations.state', '=', 'taken').then(v.active_at).else(eb.ref('conversations.active_at')).end() } : {}),
            updated_at: v.at,
          };
        }),
      )
      .returningAll(),
  );

  async function appendGroup(trx: Transaction<StoreDatabase>, chat: string, rows: Selectable<StoreDatabase['chat_messages']>[], at: string): Promise<Row> {
    const last = rows[rows.length - 1]!;
    const cleared = rows.findLastIndex((r) => byPerson(r.author_kind));
    const added = rows.slice(cleared + 1).filter((r) => r.direction === 'in').length;
    const activeAt = cleared === -1 ? null : rows[cleared]!.at;
    const values = { chat, customer_id: last.customer_id, added, at, active_at: activeAt, last_seq: last.seq, last_at: last.at, last_text: preview(last.text), last_author_kind: last.author_kind };
    const [row] = (await upsertSummary(trx, values, activeAt === null ? '' : 'cleared')).rows;
    if (!row) throw new Error(`the database returned no conversation row for ${chat}`);
    return row;
  }

  return {
    async appendMessages(messages: readonly NewTranscriptMessage[]) {
      if (messages.length === 0) return { messages: [], conversations: [] };
      const at = stamp();
      return db.transaction().execute(async (trx) => {
        const rows: Selectable<StoreDatabase['chat_messages']>[] = [];
        for (let i = 0; i < messages.length; i += MESSAGES_PER_STATEMENT) {
          rows.push(...(await trx.insertInto('chat_messages').values(messages.slice(i, i + MESSAGES_PER_STATEMENT).map(newMessageToRow)).returningAll().execute()));
        }
        rows.sort((a, b) => a.seq - b.seq);
        const byChat = new Map<string, typeof rows>();
        for (const row of rows) byChat.set(row.chat, [...(byChat.get(row.chat) ?? []), row]);
        const conversations: Conversation[] = [];
        for (const [chat, group] of byChat) conversations.push(rowToConversation(await appendGroup(trx, chat, group, at)));
        return { messages: rows.map(rowToMessage), conversations };
      });
    },

    async listMessages(chat, options = {}) {
      let query = db.selectFrom('chat_messages').selectAll().where('chat', '=', chat);
      if (options.before !== undefined) query = query.where('seq', '<', options.before);
      const rows = await query.orderBy('seq', 'desc').limit(pageLimit(options.limit)).execute();
      return rows.map(rowToMessage);
    },

    async getConversation(chat) {
      const row = await read(db, chat);
      return row ? rowToConversation(row) : null;
    },

    async listConversations(filter = {}) {
      let query = db.selectFrom('conversations').selectAll();
      if (filter.state !== undefined) query = query.where('state', '=', filter.state);
      const after = filter.after;
      if (after) query = query.where((eb) => eb(eb.refTuple('last_at', 'chat'), '<', eb.tuple(after.lastAt, after.chat)));
      const rows = await query.orderBy('last_at', 'desc').orderBy('chat', 'desc').limit(pageLimit(filter.limit)).execute();
      return rows.map(rowToConversation);
    },

    async countConversations(filter = {}) {
      let query = db.selectFrom('conversations').select((eb) => eb.fn.countAll<number | string | bigint>().as('n'));
      if (filter.state !== undefined) query = query.where('state', '=', filter.state);
      return Number((await query.executeTakeFirstOrThrow()).n);
    },

    async markRead(chat) {
      await db.updateTable('conversations').set({ unread: 0 }).where('chat', '=', chat).where('unread', '<>', 0).execute();
    },

    take(chat, taker, options = {}) {
      return atomically(async (trx): Promise<TakeOutcome> => {
        const prev = await read(trx, chat);
        const at = stamp();
        const held = prev?.state === 'taken';
        const onPhone = held && prev.taken_by === null && prev.taken_via === 'phone';
        const same = held && (taker.by === null ? onPhone : prev.taken_by === taker.by);
        // The phone never takes a chat from anyone; an engineer takes one from the phone freely.
        if (held && !same && (taker.by === null || (!onPhone && !options.force))) return { ok: false, conversation: rowToConversation(prev) };
        const row = await write(
          trx,
          chat,
          prev,
          {
            state: 'taken',
            taken_by: taker.by,
            taken_via: same ? prev.taken_via : taker.via,
            taken_at: same ? prev.taken_at : at,
            active_at: at,
            customer_id: prev?.customer_id ?? options.customerId ?? null,
          },
          at,
        );
        let handoff = await handoffBySeq(trx, row.handoff_seq);
        if (handoff && !same) {
          const taken = await trx
            .updateTable('handoffs')
            .set({ status: 'taken', taken_by: taker.by, taken_via: taker.via, taken_at: at })
            .where('seq', '=', row.handoff_seq!)
            .where('status', 'in', ['waiting', 'taken'])
            .returningAll()
            .executeTakeFirst();
          handoff = taken ? rowToHandoff(taken) : handoff;
        }
        return { ok: true, conversation: rowToConversation(row), previous: prev ? rowToConversation(prev) : null, handoff };
      });
    },

    release(chat, closedBy, note, options = {}) {
      return atomically(async (trx) => {
        const prev = await read(trx, chat);
        if (!prev || prev.state === 'bot') return null;
        const since = options.ifIdleSince;
        if (since !== undefined && !(prev.state === 'taken' && prev.active_at !== null && prev.active_at <= since)) return null;
        const at = stamp();
        const row = await write(trx, chat, prev, { state: 'bot', taken_by: null, taken_via: null, taken_at: null, active_at: null, handoff_seq: null }, at);
        let handoff: Handoff | null = null;
        if (prev.handoff_seq !== null) {
          const closed = await trx
            .updateTable('handoffs')
            .set({ status: 'closed', closed_at: at, closed_by: closedBy, closed_note: note })
            .where('seq', '=', prev.handoff_seq)
            .where('status', '<>', 'closed')
            .returningAll()
            .executeTakeFirst();
          handoff = closed ? rowToHandoff(closed) : await handoffBySeq(trx, prev.handoff_seq);
        }
        return { conversation: rowToConversation(row), previous: rowToConversation(prev), handoff };
      });
    },

    async touch(chat, at) {
      const result = await db.updateTable('conversations').set({ active_at: at }).where('chat', '=', chat).where('state', '=', 'taken').executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    createHandoff(input) {
      return atomically(
        async (trx) => {
          const prev = await read(trx, input.chat);
          if (prev?.state === 'taken') return { ok: false as const, conversation: rowToConversation(prev) };
          const waiting = prev?.state === 'waiting' ? await handoffBySeq(trx, prev.handoff_seq) : null;
          if (prev && waiting) return { ok: true as const, created: false, handoff: waiting, conversation: rowToConversation(prev) };
          const at = stamp();
          const created = await trx.insertInto('handoffs').values(newHandoffToRow(input, at)).returningAll().executeTakeFirstOrThrow();
          const row = await write(trx, input.chat, prev, { state: 'waiting', handoff_seq: created.seq, customer_id: prev?.customer_id ?? input.customerId }, at);
          return { ok: true as const, created: true, handoff: rowToHandoff(created), conversation: rowToConversation(row) };
        },
        (err) => violates(err, 'handoffs_waiting_key', 'handoffs.chat'),
      );
    },

    async getHandoff(id) {
      const seq = parseHandoffId(id);
      return seq === null ? null : handoffBySeq(db, seq);
    },

    async listHandoffs(filter = {}) {
      let query = db.selectFrom('handoffs').selectAll();
      if (filter.status !== undefined) query = query.where('status', '=', filter.status);
      if (filter.chat !== undefined) query = query.where('chat', '=', filter.chat);
      const rows = await query.orderBy('seq', filter.oldestFirst ? 'asc' : 'desc').limit(pageLimit(filter.limit)).execute();
      return rows.map(rowToHandoff);
    },

    async claimReannouncements(cutoff, maxAnnouncements) {
      const due = await db
        .selectFrom('handoffs')
        .selectAll()
        .where('status', '=', 'waiting')
        .where('announced_at', '<=', cutoff)
        .where('announcements', '<', maxAnnouncements)
        .orderBy('seq')
        .limit(CLAIMS_PER_CALL)
        .execute();
      const claimed: Handoff[] = [];
      for (const h of due) {
        // Claimed only if nobody else announced it since we read it.
        const row = await db
          .updateTable('handoffs')
          .set((eb) => ({ announced_at: stamp(), announcements: eb('announcements', '+', 1) }))
          .where('seq', '=', h.seq)
          .where('status', '=', 'waiting')
          .where('announced_at', '=', h.announced_at)
          .returningAll()
          .executeTakeFirst();
        if (row) claimed.push(rowToHandoff(row));
      }
      return claimed;
    },

    async listIdleTakeovers(cutoff) {
      const rows = await db.selectFrom('conversations').selectAll().where('state', '=', 'taken').where('active_at', '<=', cutoff).orderBy('active_at').execute();
      return rows.map(rowToConversation);
    },

    async purgeTranscripts(olderThan) {
      return db.transaction().execute(async (trx) => {
        const messages = await trx.deleteFrom('chat_messages').where('at', '<', olderThan).executeTakeFirst();
        const handoffs = await trx.deleteFrom('handoffs').where('status', '=', 'closed').where('created_at', '<', olderThan).executeTakeFirst();
        const conversations = await trx.deleteFrom('conversations').where('state', '=', 'bot').where('last_at', '<', olderThan).executeTakeFirst();
        // What stays (a chat someone holds or waits in) keeps no text of a purged message.
        await trx
          .updateTable('conversations')
          .set({ last_text: null, last_author_kind: null, last_seq: null })
          .where('last_at', '<', olderThan)
          .where('last_seq', 'is not', null)
          .execute();
        return { messages: Number(messages.numDeletedRows), handoffs: Number(handoffs.numDeletedRows), conversations: Number(conversations.numDeletedRows) };
      });
    },
  };
}
