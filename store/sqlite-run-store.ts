import type Database from 'better-sqlite3';
import type { Selectable } from 'kysely';
import { rollbackConflict, RunNotFoundError, StepNotFoundError } from './errors.js';
import { decodeJson, finishStepToRow, newRunToRow, newStepToRow, parseRunId, rowToRun, rowToStep, runPatchToRow } from './mapper.js';
import { containsPattern, isoInstant, pageLimit, pageOffset } from './paging.js';
import type { RunsTable, RunStepsTable } from './schema.js';
import type { DocEntry, NewStep, RunFilter, RunStore, Step } from './types.js';

/** Options of the SQLite store (openSqliteRunStore). */
export interface SqliteRunStoreOptions {
  /** Clock for createdAt, updatedAt, startedAt of steps and docs' updated_at. Default: `() => new Date()`. */
  now?: () => Date;
}

type Row = Record<string, unknown>;
// Rows are written only by this store (see mapper.ts): read back as the table's types.
const asRun = (row: Row) => rowToRun(row as unknown as Selectable<RunsTable>);
const asStep = (row: Row) => rowToStep(row as unknown as Selectable<RunStepsTable>);

/**
 * The RunStore over an open, migrated SQLite database, in plain SQL through better-sqlite3.
 * It behaves exactly as the Kysely store over PostgreSQL (kysely-run-store.ts; the contract
 * suite runs both): a SQLite store is what every command opens, and Kysely costs each one
 * about 20 ms to load and build its queries. `close()` closes the database (twice is fine).
 */
export function createSqliteRunStore(database: Database.Database, options: SqliteRunStoreOptions = {}): RunStore {
  const now = options.now ?? (() => new Date());
  const stamp = (): string => now().toISOString();
  const statements = new Map<string, Database.Statement>();
  const prepare = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = database.prepare(sql)));
    return s;
  };
  const one = (sql: string, params: unknown[]) => prepare(sql).get(...params) as Row | undefined;
  const all = (sql: string, params: unknown[]) => prepare(sql).all(...params) as Row[];
  let closing: Promise<void> | undefined;

  const runExists = (seq: number) => one('select "seq" from "runs" where "seq" = ?', [seq]) !== undefined;

  // `begin immediate`: the write lock up front, so a writer in another process is waited for
  // (busy_timeout) instead of failing a read-then-write transaction with SQLITE_BUSY.
  const appendInTransaction = database
    .transaction((runId: string, runSeq: number, steps: readonly NewStep[]): Step[] => {
      // Bumping the run's counter hands out consecutive seqs.
      const counter = one('update "runs" set "last_step_seq" = "last_step_seq" + ? where "seq" = ? returning "last_step_seq"', [steps.length, runSeq]);
      if (!counter) throw new RunNotFoundError(runId);
      const first = (counter.last_step_seq as number) - steps.length + 1;
      const at = stamp();
      return steps
        .map((step, i) => asStep(one(...insert('run_steps', newStepToRow(runSeq, first + i, step, at)))!))
        .sort((a, b) => a.seq - b.seq);
    }).immediate;

  async function appendSteps(runId: string, steps: readonly NewStep[]): Promise<Step[]> {
    const runSeq = parseRunId(runId);
    if (runSeq === null) throw new RunNotFoundError(runId);
    if (steps.length === 0) {
      if (!runExists(runSeq)) throw new RunNotFoundError(runId);
      return [];
    }
    return appendInTransaction(runId, runSeq, steps);
  }

  const run = (row: Row | undefined) => (row ? asRun(row) : null);

  const upsertDoc = (namespace: string, key: string, value: unknown, at: string) =>
    prepare(
      'insert into "docs" ("namespace", "key", "value", "updated_at") values (?, ?, ?, ?) on conflict ("namespace", "key") do update set "value" = excluded."value", "updated_at" = excluded."updated_at"',
    ).run(namespace, key, JSON.stringify(value ?? null), at);
  const removeDoc = (namespace: string, key: string) => prepare('delete from "docs" where "namespace" = ? and "key" = ?').run(namespace, key);
  const putDocsInTransaction = database.transaction((namespace: string, entries: readonly DocEntry[]) => {
    const at = stamp();
    // A Map keeps the last value given for a key.
    for (const [key, value] of new Map(entries.map((entry) => [entry.key, entry.value]))) {
      if (value === null) removeDoc(namespace, key);
      else upsertDoc(namespace, key, value, at);
    }
  }).immediate;

  return {
    async createRun(input) {
      try {
        return asRun(one(...insert('runs', newRunToRow(input, stamp())))!);
      } catch (err) {
        throw rollbackConflict(err, input.rollbackOf);
      }
    },

    async getRun(id) {
      const seq = parseRunId(id);
      return seq === null ? null : run(one('select * from "runs" where "seq" = ?', [seq]));
    },

    async updateRun(id, patch) {
      const seq = parseRunId(id);
      if (seq === null) throw new RunNotFoundError(id);
      const updated = run(one(...update('runs', { ...runPatchToRow(patch), updated_at: stamp() }, '"seq" = ?', [seq])));
      if (!updated) throw new RunNotFoundError(id);
      return updated;
    },

    async transition(id, from, to, patch = {}) {
      const seq = parseRunId(id);
      if (seq === null) throw new RunNotFoundError(id);
      // One statement: the status check and the write cannot be split by another writer.
      const row =
        from.length === 0
          ? undefined
          : one(...update('runs', { ...runPatchToRow(patch), status: to, updated_at: stamp() }, `"seq" = ? and "status" in (${from.map(() => '?').join(', ')})`, [seq, ...from]));
      if (row) return asRun(row);
      if (!runExists(seq)) throw new RunNotFoundError(id);
      return null;
    },

    async listRuns(filter = {}) {
      const [where, params] = runFilter(filter);
      const rows = all(`select * from "runs" ${where} order by "created_at" desc, "seq" desc limit ? offset ?`, [...params, pageLimit(filter.limit), pageOffset(filter.offset)]);
      return rows.map(asRun);
    },

    async countRuns(filter = {}) {
      const [where, params] = runFilter(filter);
      return Number(one(`select count(*) as "n" from "runs" ${where}`, params)!.n);
    },

    async appendStep(runId, step) {
      return (await appendSteps(runId, [step]))[0]!;
    },

    appendSteps,

    async finishStep(runId, seq, patch) {
      const runSeq = parseRunId(runId);
      if (runSeq === null || !Number.isInteger(seq)) throw new StepNotFoundError(runId, seq);
      const changes = finishStepToRow(patch, stamp);
      const where = '"run_seq" = ? and "seq" = ?';
      const row = Object.keys(changes).length ? one(...update('run_steps', changes, where, [runSeq, seq])) : one(`select * from "run_steps" where ${where}`, [runSeq, seq]);
      if (!row) throw new StepNotFoundError(runId, seq);
      return asStep(row);
    },

    async listSteps(runId) {
      const runSeq = parseRunId(runId);
      if (runSeq === null) return [];
      return all('select * from "run_steps" where "run_seq" = ? order by "seq"', [runSeq]).map(asStep);
    },

    async getDoc<T>(namespace: string, key: string) {
      const row = one('select "value" from "docs" where "namespace" = ? and "key" = ?', [namespace, key]);
      return row ? (decodeJson(row.value as string) as T) : null;
    },

    async putDoc(namespace, key, value) {
      upsertDoc(namespace, key, value, stamp());
    },

    async putDocs(namespace, entries) {
      if (entries.length > 0) putDocsInTransaction(namespace, entries);
    },

    async deleteDoc(namespace, key) {
      removeDoc(namespace, key);
    },

    async listDocs<T>(namespace: string) {
      return all('select "key", "value" from "docs" where "namespace" = ? order by "key"', [namespace]).map((row) => ({
        key: row.key as string,
        value: decodeJson(row.value as string) as T,
      }));
    },

    close() {
      closing ??= Promise.resolve().then(() => {
        database.close();
      });
      return closing;
    },
  };
}

// Column names come from the mapper, never from input; values are always bound.
const columns = (row: object) => Object.entries(row).filter(([, v]) => v !== undefined);

function insert(table: string, row: object): [string, unknown[]] {
  const c = columns(row);
  return [`insert into "${table}" (${c.map(([k]) => `"${k}"`).join(', ')}) values (${c.map(() => '?').join(', ')}) returning *`, c.map(([, v]) => v)];
}

function update(table: string, row: object, where: string, whereParams: unknown[]): [string, unknown[]] {
  const c = columns(row);
  return [`update "${table}" set ${c.map(([k]) => `"${k}" = ?`).join(', ')} where ${where} returning *`, [...c.map(([, v]) => v), ...whereParams]];
}

/** The WHERE clause shared by listRuns and countRuns: every given filter, ANDed. */
function runFilter(filter: RunFilter): [string, unknown[]] {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const eq = (column: string, value: unknown) => {
    conditions.push(`"${column}" = ?`);
    params.push(value);
  };
  if (filter.serverId !== undefined) eq('server_id', filter.serverId);
  if (filter.customerId !== undefined) eq('customer_id', filter.customerId);
  if (filter.playbook !== undefined) eq('playbook', filter.playbook);
  if (filter.kind !== undefined) eq('kind', filter.kind);
  if (filter.status !== undefined) {
    const statuses = Array.isArray(filter.status) ? filter.status : [filter.status];
    // `in ()` is a syntax error.
    conditions.push(statuses.length > 0 ? `"status" in (${statuses.map(() => '?').join(', ')})` : '1 = 0');
    params.push(...statuses);
  }
  if (filter.from !== undefined) {
    conditions.push('"created_at" >= ?');
    params.push(isoInstant(filter.from));
  }
  if (filter.to !== undefined) {
    conditions.push('"created_at" <= ?');
    params.push(isoInstant(filter.to));
  }
  if (filter.q) {
    // symptom_search is lower case; lowering the pattern in JavaScript matches as the PostgreSQL store does.
    conditions.push(`"symptom_search" like ? escape '\\'`);
    params.push(containsPattern(filter.q.toLowerCase()));
  }
  return [conditions.length ? `where ${conditions.join(' and ')}` : '', params];
}
