import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteRunStore } from '../../store/sqlite.js';
import { runStoreContract } from './run-store.contract.js';
import { serverLocksContract } from './server-locks.contract.js';
import { STORE_MIGRATION_NAMES } from '../../store/migrations/index.js';

const root = mkdtempSync(join(tmpdir(), 'vos-store-sqlite-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let files = 0;
const freshFile = (): string => join(root, `store-${++files}.db`);

// Every test gets its own database file.
runStoreContract('sqlite', ({ now }) => openSqliteRunStore(freshFile(), { now }));
serverLocksContract('sqlite', ({ now }) => openSqliteRunStore(freshFile(), { now }));

describe('openSqliteRunStore', () => {
  const migrationRows = (file: string) => {
    const db = new Database(file, { readonly: true });
    try {
      return db.prepare('select name, timestamp from kysely_migration order by name').all();
    } finally {
      db.close();
    }
  };

  it('keeps the data when the file is reopened, without running the migrations again', async () => {
    const file = freshFile();
    const first = await openSqliteRunStore(file);
    const run = await first.createRun({
      kind: 'diagnose',
      playbook: null,
      serverId: 'vos1',
      customerId: 'acme',
      status: 'diagnosed',
      requestedBy: 'cli:root',
    });
    await first.appendStep(run.id, { phase: 'diagnose', name: 'probe', data: { ok: true } });
    await first.putDoc('chat', 'x', { a: 1 });
    await first.close();
    const applied = migrationRows(file);
    expect(applied).toHaveLength(STORE_MIGRATION_NAMES.length);

    const second = await openSqliteRunStore(file);
    try {
      expect(await second.getRun(run.id)).toEqual(run);
      expect(await second.listSteps(run.id)).toHaveLength(1);
      expect(await second.getDoc('chat', 'x')).toEqual({ a: 1 });
      const next = await second.createRun({ ...run, status: 'awaiting_approval' });
      expect(next.id).not.toBe(run.id);
    } finally {
      await second.close();
    }
    expect(migrationRows(file)).toEqual(applied);
  });

  it('is created and migrated once when several processes open a new file at once', async () => {
    // The command line (npm test builds it first) opens the store in the data directory.
    const dataDir = join(root, 'shared');
    const config = join(root, 'empty.yaml');
    writeFileSync(config, 'customers: []\nservers: []\nengineers: []\n');
    const runs = () =>
      new Promise<{ code: number | null; stderr: string }>((done) => {
        const child = spawn(process.execPath, [resolve('bin/vos-assist.js'), '--config', config, '--data', dataDir, 'runs', '--json']);
        let stderr = '';
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stderr }));
      });
    const results = await Promise.all(Array.from({ length: 4 }, runs));
    expect(results).toEqual(Array.from({ length: 4 }, () => ({ code: 0, stderr: '' })));
    expect(migrationRows(join(dataDir, 'vos-assist.db')).map((r) => (r as { name: string }).name)).toEqual([...STORE_MIGRATION_NAMES]);
  });

  it('puts the database in WAL mode', async () => {
    const file = freshFile();
    await (await openSqliteRunStore(file)).close();
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('never reuses the id of a deleted run', async () => {
    const file = freshFile();
    const store = await openSqliteRunStore(file);
    const input = { kind: 'diagnose', playbook: null, serverId: 's', customerId: 'c', status: 'diagnosed', requestedBy: 'cli:root' } as const;
    const first = await store.createRun(input);
    await store.close();
    const db = new Database(file);
    db.prepare('delete from runs').run();
    db.close();
    const reopened = await openSqliteRunStore(file);
    try {
      expect((await reopened.createRun(input)).id).not.toBe(first.id);
    } finally {
      await reopened.close();
    }
  });

  it('walks the server index, not the status index, for "runs of server X with status Y"', async () => {
    // Guards the statistics the migration writes (see pinSqlitePlans): without them SQLite
    // picks an index at random among equally rated ones.
    const file = freshFile();
    await (await openSqliteRunStore(file)).close();
    const db = new Database(file, { readonly: true });
    try {
      const plan = db
        .prepare('explain query plan select * from runs where server_id = ? and status = ? order by created_at desc, seq desc limit 50')
        .all('vos1', 'failed') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' | ')).toContain('runs_server_id_idx');
    } finally {
      db.close();
    }
  });

  it('serves a thousand calls at once in the order they came, transactions among them', async () => {
    const store = await openSqliteRunStore(':memory:');
    try {
      const chat = '+8801700000001';
      const at = (i: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, i % 60, i)).toISOString();
      const calls = Array.from({ length: 1000 }, (_, i) =>
        i % 4 === 3
          ? store.conversations.listMessages(chat, { limit: 1000 }).then((list) => list.length)
          : store.conversations
              .appendMessages([{ chat, customerId: 'acme', direction: 'in', authorKind: 'customer', author: 'acme', text: `m${i}`, media: null, at: at(i), runId: null }])
              .then(() => -1),
      );
      const seen = await Promise.all(calls);
      // Each read sees exactly the writes called before it: first come, first served.
      seen.forEach((n, i) => {
        if (i % 4 === 3) expect(n, `read ${i}`).toBe(Math.floor(i / 4) * 3 + 3);
      });
      const texts = (await store.conversations.listMessages(chat, { limit: 1000 })).map((m) => m.text).reverse();
      expect(texts).toEqual(Array.from({ length: 1000 }, (_, i) => i).filter((i) => i % 4 !== 3).map((i) => `m${i}`));
    } finally {
      await store.close();
    }
  });

  it('works in memory', async () => {
    const store = await openSqliteRunStore(':memory:');
    try {
      await store.putDoc('n', 'k', 1);
      expect(await store.getDoc('n', 'k')).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('fails with STORE_UNAVAILABLE when the file is not a database', async () => {
    const file = join(root, 'not-a-db.db');
    writeFileSync(file, 'this is a text file, not SQLite '.repeat(100));
    const err = await openSqliteRunStore(file).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', code: 'STORE_UNAVAILABLE' });
    expect((err as Error).message).toContain(file);
    expect((err as Error).cause).toBeInstanceOf(Error);
  });

  it('can be closed twice', async () => {
    const store = await openSqliteRunStore(freshFile());
    await store.close();
    await store.close();
  });
});
