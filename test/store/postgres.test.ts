// Needs a PostgreSQL server: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
// Required: when the server cannot be reached, beforeAll throws and the suite fails.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresRunStore } from '../../store/postgres.js';
import type { NewRun } from '../../store/types.js';
import { runStoreContract } from './run-store.contract.js';
import { serverLocksContract } from './server-locks.contract.js';
import { STORE_MIGRATION_NAMES } from '../../store/migrations/index.js';

const url = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const schemaName = (): string => `vt_${randomBytes(6).toString('hex')}`;
const schema = schemaName();
const createdSchemas = [schema];

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin((c) => c.query(`create schema ${schema}`));
});
afterAll(async () => {
  await admin(async (c) => {
    for (const s of createdSchemas) await c.query(`drop schema if exists ${s} cascade`);
  });
});

runStoreContract('postgres', ({ now }) => openPostgresRunStore(url, { schema, now }));
serverLocksContract('postgres', ({ now }) => openPostgresRunStore(url, { schema, now }));

describe('openPostgresRunStore', () => {
  const input: NewRun = {
    kind: 'remediate',
    playbook: 'firewall_rst',
    serverId: 'vos1',
    customerId: 'acme',
    status: 'awaiting_approval',
    requestedBy: 'chat:+8801700000001',
  };

  it('lets two store instances on one schema see each other\'s writes', async () => {
    const a = await openPostgresRunStore(url, { schema });
    const b = await openPostgresRunStore(url, { schema });
    try {
      const run = await a.createRun(input);
      expect(await b.getRun(run.id)).toEqual(run);
      const step = await b.appendStep(run.id, { phase: 'plan', name: 'plan' });
      expect(await a.listSteps(run.id)).toEqual([step]);
      await b.putDoc('chat', run.id, { from: 'b' });
      expect(await a.getDoc('chat', run.id)).toEqual({ from: 'b' });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('lets exactly one of two instances win a transition race', async () => {
    const stores = await Promise.all([openPostgresRunStore(url, { schema }), openPostgresRunStore(url, { schema })]);
    try {
      const run = await stores[0]!.createRun(input);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => stores[i % 2]!.transition(run.id, ['awaiting_approval'], 'queued')),
      );
      expect(results.filter((r) => r !== null)).toHaveLength(1);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  it('migrates a fresh schema safely when several instances open it at once', async () => {
    const fresh = schemaName();
    createdSchemas.push(fresh);
    // Each instance has its own pool, hence its own sessions: as good as separate processes
    // for the migrator's advisory lock. The schema does not exist yet either.
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresRunStore(url, { schema: fresh })));
    try {
      const run = await stores[3]!.createRun(input);
      expect(await stores[0]!.getRun(run.id)).toEqual(run);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    const applied = await admin((c) => c.query(`select name from ${fresh}.kysely_migration`));
    expect(applied.rows).toEqual(STORE_MIGRATION_NAMES.map((name) => ({ name })));
  });

  it('keeps its tables inside its schema', async () => {
    const tables = await admin((c) =>
      c.query<{ table_name: string }>(
        'select table_name from information_schema.tables where table_schema = $1 order by table_name',
        [schema],
      ),
    );
    expect(tables.rows.map((r) => r.table_name)).toEqual(['chat_messages', 'conversations', 'docs', 'handoffs', 'kysely_migration', 'kysely_migration_lock', 'run_steps', 'runs', 'server_locks']);
  });

  it('rejects a schema name that would need quoting', async () => {
    await expect(openPostgresRunStore(url, { schema: 'Bad-Name' })).rejects.toThrow(TypeError);
  });
});
