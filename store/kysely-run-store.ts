import { sql, type Expression, type ExpressionBuilder, type Insertable, type Kysely, type SqlBool } from 'kysely';
import { compiledOnce, definedOnly } from './compiled.js';
import { rollbackConflict, RunNotFoundError, StepNotFoundError } from './errors.js';
import { createKyselyConversationStore } from './kysely-conversation-store.js';
import {
  decodeJson,
  finishStepToRow,
  newRunToRow,
  newStepToRow,
  parseRunId,
  rowToRun,
  rowToStep,
  runPatchToRow,
} from './mapper.js';
import type { RunsTable, StoreDatabase } from './schema.js';
import { createKyselyServerLocks } from './kysely-server-locks.js';
import type { NewStep, Run, RunFilter, RunStore, Step } from './types.js';
import { containsPattern, isoInstant, pageLimit, pageOffset } from './paging.js';

// Rows per statement in putDocs: 4 parameters a row stays far below PostgreSQL's 65,535.
const DOCS_PER_STATEMENT = 1000;

/** Options of {@link createKyselyRunStore}. */
export interface KyselyRunStoreOptions {
  /** Clock for createdAt, updatedAt, startedAt of steps and docs' updated_at. Default: `() => new Date()`. */
  now?: () => Date;
}

/**
 * The RunStore over an open, migrated Kysely database, SQLite (better-sqlite3) or PostgreSQL:
 * one query path for both; the few dialect differences live in the migrations and in how
 * each database is opened (sqlite.ts, postgres.ts). `close()` destroys `db` (twice is fine).
 *
 * Beyond the seam's own comments:
 * - an id that is not `R-<n>` is simply unknown: getRun → null, listSteps → [];
 *   updateRun, transition and appendStep(s) throw RunNotFoundError, finishStep StepNotFoundError
 *   (transition returns null only for a run that exists in another status);
 * - patches: an `undefined` field is left alone, `null` clears it;
 * - finishStep sets finishedAt to now unless the patch gives one or keeps status `started`;
 * - listRuns: limit default 50, clamped to 0…1000; `from`/`to` must parse as dates
 *   (RangeError otherwise) and are compared as instants;
 * - putDoc(undefined) stores null; getDoc cannot tell a stored null from a missing doc,
 *   listDocs can.
 */
export function createKyselyRunStore(db: Kysely<StoreDatabase>, options: KyselyRunStoreOptions = {}): RunStore {
  const now = options.now ?? (() => new Date());
  const stamp = (): string => now().toISOString();
  let closing: Promise<void> | undefined;

  // The statements of every chat message, compiled once (see compiled.ts).
  const insertRun = compiledOnce((row: Insertable<RunsTable>) => db.insertInto('runs').values(row).returningAll());
  const selectRun = compiledOnce(({ seq }: { seq: number }) => db.selectFrom('runs').selectAll().where('seq', '=', seq));
  const upsertDoc = compiledOnce((doc: { namespace: string; key: string; value: string; updated_at: string }) =>
    db
      .insertInto('docs')
      .values(doc)
      .onConflict((oc) => oc.columns(['namespace', 'key']).doUpdateSet({ value: doc.value, updated_at: doc.updated_at })),
  );

  // Lists of runs, one compiled statement per set of conditions (the bot asks for a customer's
  // open runs on many messages).
  const selectRuns = compiledOnce((v: RunQueryValues & { limit: number; offset: number }, shape) =>
    db.selectFrom('runs').selectAll().where(runConditions(v, shape)).orderBy('created_at', 'desc').orderBy('seq', 'desc').limit(v.limit).offset(v.offset),
  );
  const countRunsOf = compiledOnce((v: RunQueryValues, shape) =>
    db
      .selectFrom('runs')
      .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
      .where(runConditions(v, shape)),
  );

  async function runExists(seq: number): Promise<boolean> {
    const row = await db.selectFrom('runs').select('seq').where('seq', '=', seq).executeTakeFirst();
    return row !== undefined;
  }

  async function appendSteps(runId: string, steps: readonly NewStep[]): Promise<Step[]> {
    const runSeq = parseRunId(runId);
    if (runSeq === null) throw new RunNotFoundError(runId);
    if (steps.length === 0) {
      if (!(await runExists(runSeq))) throw new RunNotFoundError(runId);
      return [];
    }
    return db.transaction().execute(async (trx) => {
      // Bumping the run's counter locks the run row (PostgreSQL) or the database (SQLite,
      // `begin immediate`) until commit, so concurrent appends get consecutive seqs
      // instead of colliding on max(seq) + 1.
      const counter = await trx
        .updateTable('runs')
        .set((eb) => ({ last_step_seq: eb('last_step_seq', '+', steps.length) }))
        .where('seq', '=', runSeq)
        .returning('last_step_seq')
        .executeTakeFirst();
      if (!counter) throw new RunNotFoundError(runId);
      const first = counter.last_step_seq - steps.length + 1;
      const at = stamp();
      const rows = await trx
        .insertInto('run_steps')
        .values(steps.map((step, i) => newStepToRow(runSeq, first + i, step, at)))
        .returningAll()
        .execute();
      return rows.map(rowToStep).sort((a, b) => a.seq - b.seq);
    });
  }

  return {
    async createRun(input) {
      try {
        const row = definedOnly(newRunToRow(input, stamp()));
        const [created] = (await insertRun(db, row, Object.keys(row).join())).rows;
        if (!created) throw new Error('the database returned no row for the new run');
        return rowToRun(created);
      } catch (err) {
        throw rollbackConflict(err, input.rollbackOf);
      }
    },

    async getRun(id) {
      const seq = parseRunId(id);
      if (seq === null) return null;
      const [row] = (await selectRun(db, { seq })).rows;
      return row ? rowToRun(row) : null;
    },

    async updateRun(id, patch) {
      const seq = parseRunId(id);
      if (seq === null) throw new RunNotFoundError(id);
      const row = await db
        .updateTable('runs')
        .set({ ...runPatchToRow(patch), updated_at: stamp() })
        .where('seq', '=', seq)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new RunNotFoundError(id);
      return rowToRun(row);
    },

    async transition(id, from, to, patch = {}) {
      const seq = parseRunId(id);
      if (seq === null) throw new RunNotFoundError(id);
      // One statement: the status check and the write cannot be split by another writer.
      // PostgreSQL re-checks the WHERE on the row a concurrent winner committed, SQLite
      // serialises writers; either way exactly one caller gets the row back.
      const row =
        from.length === 0
          ? undefined
          : await db
              .updateTable('runs')
              .set({ ...runPatchToRow(patch), status: to, updated_at: stamp() })
              .where('seq', '=', seq)
              .where('status', 'in', from)
              .returningAll()
              .executeTakeFirst();
      if (row) return rowToRun(row);
      if (!(await runExists(seq))) throw new RunNotFoundError(id);
      return null;
    },

    async listRuns(filter = {}) {
      const { values, shape } = runQuery(filter);
      const { rows } = await selectRuns(db, { ...values, limit: pageLimit(filter.limit), offset: pageOffset(filter.offset) }, shape);
      return rows.map(rowToRun);
    },

    async countRuns(filter = {}) {
      const { values, shape } = runQuery(filter);
      const [row] = (await countRunsOf(db, values, shape)).rows;
      return Number(row!.n); // PostgreSQL's count(*) is a bigint, which pg returns as a string
    },

    async appendStep(runId, step) {
      return (await appendSteps(runId, [step]))[0]!;
    },

    appendSteps,

    async finishStep(runId, seq, patch) {
      const runSeq = parseRunId(runId);
      if (runSeq === null || !Number.isInteger(seq)) throw new StepNotFoundError(runId, seq);
      const row = await db
        .updateTable('run_steps')
        .set(finishStepToRow(patch, stamp))
        .where('run_seq', '=', runSeq)
        .where('seq', '=', seq)
        .returningAll()
        .executeTakeFirst();
      if (!row) throw new StepNotFoundError(runId, seq);
      return rowToStep(row);
    },

    async listSteps(runId) {
      const runSeq = parseRunId(runId);
      if (runSeq === null) return [];
      const rows = await db.selectFrom('run_steps').selectAll().where('run_seq', '=', runSeq).orderBy('seq').execute();
      return rows.map(rowToStep);
    },

    async listServerSteps(serverId, phases) {
      if (phases.length === 0) return [];
      const rows = await db
        .selectFrom('run_steps as s')
        .innerJoin('runs as r', 'r.seq', 's.run_seq')
        .selectAll('s')
        .select(['r.kind as run_kind', 'r.status as run_status', 'r.rollback_of as run_rollback_of'])
        .where('r.server_id', '=', serverId)
        .where('s.phase', 'in', phases)
        .orderBy('s.run_seq')
        .orderBy('s.seq')
        .execute();
      return rows.map((row) => {
        const step = rowToStep(row);
        return { run: { id: step.runId, kind: row.run_kind as Run['kind'], status: row.run_status as Run['status'], rollbackOf: row.run_rollback_of }, step };
      });
    },

    serverLocks: createKyselyServerLocks(db, now),

    async getDoc<T>(namespace: string, key: string) {
      const row = await db
        .selectFrom('docs')
        .select('value')
        .where('namespace', '=', namespace)
        .where('key', '=', key)
        .executeTakeFirst();
      return row ? (decodeJson(row.value) as T) : null;
    },

    async putDoc(namespace, key, value) {
      await upsertDoc(db, { namespace, key, value: JSON.stringify(value ?? null), updated_at: stamp() });
    },

    async putDocs(namespace, entries) {
      if (entries.length === 0) return;
      // A Map keeps the last value given for a key; one row per key also keeps PostgreSQL's
      // upsert from touching a row twice in one statement.
      const last = new Map(entries.map((entry) => [entry.key, entry.value]));
      const gone = [...last].filter(([, value]) => value === null).map(([key]) => key);
      const updated_at = stamp();
      const rows = [...last].filter(([, value]) => value !== null).map(([key, value]) => ({ namespace, key, value: JSON.stringify(value), updated_at }));
      await db.transaction().execute(async (trx) => {
        for (let i = 0; i < gone.length; i += DOCS_PER_STATEMENT) {
          await trx.deleteFrom('docs').where('namespace', '=', namespace).where('key', 'in', gone.slice(i, i + DOCS_PER_STATEMENT)).execute();
        }
        for (let i = 0; i < rows.length; i += DOCS_PER_STATEMENT) {
          await trx
            .insertInto('docs')
            .values(rows.slice(i, i + DOCS_PER_STATEMENT))
            .onConflict((oc) => oc.columns(['namespace', 'key']).doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updated_at: eb.ref('excluded.updated_at') })))
            .execute();
        }
      });
    },

    async deleteDoc(namespace, key) {
      await db.deleteFrom('docs').where('namespace', '=', namespace).where('key', '=', key).execute();
    },

    async listDocs<T>(namespace: string) {
      const rows = await db.selectFrom('docs').select(['key', 'value']).where('namespace', '=', namespace).orderBy('key').execute();
      return rows.map((row) => ({ key: row.key, value: decodeJson(row.value) as T }));
    },

    conversations: createKyselyConversationStore(db, { now }),

    close() {
      closing ??= db.destroy();
      return closing;
    },
  };
}

/** The values of a runs query, normalised (instants, the LIKE pattern), by the name of its condition; numbers: the page. */
type RunQueryValues = Record<string, string | number>;

/** Columns a filter compares for equality, by the filter's field. */
const EQUALS = { serverId: 'server_id', customerId: 'customer_id', playbook: 'playbook', kind: 'kind', chat: 'chat' } as const;

/**
 * A filter as the values of its conditions and its shape: which conditions it has, in a fixed
 * order ("customerId,status3"), so that one compiled statement serves every filter of a shape.
 */
function runQuery(filter: RunFilter): { values: RunQueryValues; shape: string } {
  const values: RunQueryValues = {};
  const parts: string[] = [];
  for (const field of Object.keys(EQUALS) as (keyof typeof EQUALS)[]) {
    const value = filter[field];
    if (value !== undefined) {
      values[field] = value;
      parts.push(field);
    }
  }
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    statuses.forEach((status, i) => (values[`status${i}`] = status));
    parts.push(`status${statuses.length}`);
  }
  if (filter.from !== undefined) {
    values.from = isoInstant(filter.from);
    parts.push('from');
  }
  if (filter.to !== undefined) {
    values.to = isoInstant(filter.to);
    parts.push('to');
  }
  if (filter.q) {
    // symptom_search is already lower case; LIKE is case-sensitive in PostgreSQL and
    // ASCII-only case-insensitive in SQLite, so both sides are lowered in JavaScript.
    values.q = containsPattern(filter.q.toLowerCase());
    parts.push('q');
  }
  return { values, shape: parts.join(',') };
}

/** The WHERE clause of listRuns and countRuns for a shape of {@link runQuery}: every condition, ANDed. */
function runConditions(values: RunQueryValues, shape: string) {
  // Every condition's value is a string (runQuery puts them there); only the page is numbers.
  const v = values as Record<string, string>;
  return (eb: ExpressionBuilder<StoreDatabase, 'runs'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    for (const part of shape ? shape.split(',') : []) {
      if (part in EQUALS) conditions.push(eb(EQUALS[part as keyof typeof EQUALS], '=', v[part]!));
      else if (part.startsWith('status')) {
        const n = Number(part.slice('status'.length));
        // `in ()` is a syntax error; an empty or() is Kysely's portable "1 = 0".
        conditions.push(n > 0 ? eb('status', 'in', Array.from({ length: n }, (_, i) => v[`status${i}`]!)) : eb.or([]));
      } else if (part === 'from') conditions.push(eb('created_at', '>=', v.from!));
      else if (part === 'to') conditions.push(eb('created_at', '<=', v.to!));
      else if (part === 'q') conditions.push(sql<SqlBool>`${eb.ref('symptom_search')} like ${v.q!} escape ${'\\'}`);
    }
    return eb.and(conditions);
  };
}
