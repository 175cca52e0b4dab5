import Database from 'better-sqlite3';
import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, SqliteDialect } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { compiledOnce, definedOnly } from '../../store/compiled.js';

interface Db {
  docs: { namespace: string; key: string; value: string; n: number };
}

// PostgreSQL's SQL without a server: Kysely's own compiler behind a driver that runs nothing.
const postgres = new Kysely<Db>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});
const sqlite = new Kysely<Db>({ dialect: new SqliteDialect({ database: new Database(':memory:') }) });
afterAll(async () => {
  await sqlite.destroy();
  await postgres.destroy();
});

type Doc = { namespace: string; key: string; value: string; n: number };
const upsert = (db: Kysely<Db>) => (doc: Doc, shape: string) =>
  db
    .insertInto('docs')
    .values(doc)
    .onConflict((oc) => oc.columns(['namespace', 'key']).doUpdateSet(shape === 'add' ? (eb) => ({ value: doc.value, n: eb('docs.n', '+', doc.n) }) : { value: doc.value, n: doc.n }))
    .returningAll();

describe('compiledOnce', () => {
  it('runs the SQL and parameters Kysely compiles for the same values, shape by shape, in both dialects', () => {
    for (const db of [sqlite, postgres]) {
      const seen: { sql: string; parameters: readonly unknown[] }[] = [];
      const recorder = { executeQuery: async (q: { sql: string; parameters: readonly unknown[] }) => (seen.push(q), { rows: [] }) };
      const run = compiledOnce(upsert(db));
      const calls: [Doc, string][] = [
        [{ namespace: 'a', key: 'k1', value: '1', n: 1 }, 'set'],
        [{ namespace: 'b', key: 'k2', value: '"x"', n: 5 }, 'add'],
        [{ namespace: 'c', key: 'k3', value: 'null', n: 7 }, 'set'],
        [{ namespace: 'd', key: 'k1', value: '[]', n: 0 }, 'add'],
      ];
      for (const [doc, shape] of calls) void run(recorder, doc, shape);
      expect(seen.map((q) => ({ sql: q.sql, parameters: q.parameters }))).toEqual(
        calls.map(([doc, shape]) => {
          const q = upsert(db)(doc, shape).compile();
          return { sql: q.sql, parameters: q.parameters };
        }),
      );
    }
  });

  it('writes and reads back through a real database, the same statement reused with new values', async () => {
    await sqlite.schema.createTable('docs').addColumn('namespace', 'text').addColumn('key', 'text').addColumn('value', 'text').addColumn('n', 'integer').addPrimaryKeyConstraint('docs_pkey', ['namespace', 'key']).execute();
    const run = compiledOnce(upsert(sqlite));
    expect((await run(sqlite, { namespace: 'a', key: 'k', value: '1', n: 2 }, 'add')).rows).toEqual([{ namespace: 'a', key: 'k', value: '1', n: 2 }]);
    expect((await run(sqlite, { namespace: 'a', key: 'k', value: '2', n: 3 }, 'add')).rows).toEqual([{ namespace: 'a', key: 'k', value: '2', n: 5 }]);
    expect((await run(sqlite, { namespace: 'a', key: 'k', value: '3', n: 4 }, 'set')).rows).toEqual([{ namespace: 'a', key: 'k', value: '3', n: 4 }]);
    await sqlite.transaction().execute(async (trx) => {
      await run(trx, { namespace: 'b', key: 'k', value: '4', n: 1 }, 'set');
    });
    expect(await sqlite.selectFrom('docs').selectAll().orderBy('namespace').execute()).toEqual([
      { namespace: 'a', key: 'k', value: '3', n: 4 },
      { namespace: 'b', key: 'k', value: '4', n: 1 },
    ]);
  });
});

describe('definedOnly', () => {
  it('leaves out undefined fields and keeps null, 0, false and empty strings', () => {
    expect(definedOnly({ a: undefined, b: null, c: 0, d: false, e: '' })).toEqual({ b: null, c: 0, d: false, e: '' });
    expect(Object.keys(definedOnly({ a: undefined, b: 1 }))).toEqual(['b']);
  });
});
