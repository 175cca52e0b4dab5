import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRunStore, redactDatabaseUrl, SQLITE_FILE_NAME, StoreError } from '../../store/index.js';

const root = mkdtempSync(join(tmpdir(), 'vos-store-open-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('openRunStore', () => {
  it('creates the data directory and the SQLite file when no database URL is given', async () => {
    const dataDir = join(root, 'a', 'b', 'data');
    const store = await openRunStore({ dataDir, databaseUrl: '' });
    await store.close();
    expect(existsSync(join(dataDir, SQLITE_FILE_NAME))).toBe(true);
  });

  it('refuses a URL of another database with STORE_BAD_URL, without echoing the password', async () => {
    const err = await openRunStore({ dataDir: root, databaseUrl: 'mysql://vos:s3cret@db/vos' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'STORE_BAD_URL' });
    expect((err as Error).message).not.toContain('s3cret');
  });

  it('reports an unreachable PostgreSQL as STORE_UNAVAILABLE, naming the URL without the password', async () => {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    const err = await openRunStore({ dataDir: root, databaseUrl: 'postgresql://vos:s3cret@127.0.0.1:1/vos' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ name: 'StoreError', code: 'STORE_UNAVAILABLE' });
    const message = (err as Error).message;
    expect(message).toContain('postgresql://vos:***@127.0.0.1:1/vos');
    expect(message).not.toContain('s3cret');
    expect(message).toMatch(/ECONNREFUSED/);
    expect(message).toMatch(/Check that the server is running/);
    expect((err as Error).cause).toBeDefined();
  });

  it('reports a data directory it cannot create as STORE_UNAVAILABLE', async () => {
    const file = join(root, 'plain-file');
    writeFileSync(file, '');
    const err = await openRunStore({ dataDir: join(file, 'data') }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StoreError', code: 'STORE_UNAVAILABLE' });
  });
});

describe('redactDatabaseUrl', () => {
  it('hides passwords in the user info and in parameters', () => {
    expect(redactDatabaseUrl('postgres://vos:s3cret@db:5432/vos')).toBe('postgres://vos:***@db:5432/vos');
    expect(redactDatabaseUrl('postgres://db/vos?user=vos&password=s3cret')).toBe('postgres://db/vos?user=vos&password=***');
    expect(redactDatabaseUrl('postgres://vos@db/vos')).toBe('postgres://vos@db/vos');
    expect(redactDatabaseUrl('not a url s3cret')).not.toContain('s3cret');
  });
});
