// ensureRedis: REDIS_URL, a Redis already on the machine, or a private redis-server under --data.
// Needs redis-server on PATH. Every Redis here is private to this file (own process, free port),
// and the "already on the machine" address is one of those, so the shared 127.0.0.1:6379 is not used.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRedis, findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { QueueUnavailableError, RedisServerMissingError, RedisStartError } from '../../queue/errors.js';
import { closedPort, isAlive } from './helpers.js';

const PATH = process.env.PATH ?? '';
const binary = findExecutable('redis-server', PATH)!;
let tmp: string;
let closedUrl: string;

beforeAll(async () => {
  expect(binary, 'redis-server must be installed for this suite').toBeTruthy();
  tmp = mkdtempSync(join(tmpdir(), 'vos-embedded-redis-'));
  closedUrl = `redis://127.0.0.1:${await closedPort()}`;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const newDir = (name: string) => {
  const d = join(tmp, name);
  mkdirSync(d, { recursive: true });
  return d;
};

async function withClient<T>(url: string, fn: (r: Redis) => Promise<T>): Promise<T> {
  const r = new Redis(url, { maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    await r.connect();
    return await fn(r);
  } finally {
    r.disconnect();
  }
}

describe('ensureRedis', () => {
  it('starts redis-server under <data>/redis with append-only, noeviction and no snapshots, and stops it', async () => {
    const dataDir = newDir('spawn');
    const logs: string[] = [];
    const redis = await ensureRedis({ dataDir, env: { PATH }, localUrl: closedUrl, log: (m) => logs.push(m) });
    try {
      expect(redis.source).toBe('embedded');
      expect(redis.url).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
      expect(isAlive(redis.pid!)).toBe(true);
      const cfg = await withClient(redis.url, async (r) => {
        const get = async (k: string) => ((await r.config('GET', k)) as string[])[1];
        await r.set('approved', 'R-1');
        return { aof: await get('appendonly'), policy: await get('maxmemory-policy'), save: await get('save'), dir: await get('dir'), bind: await get('bind') };
      });
      expect(cfg).toEqual({ aof: 'yes', policy: 'noeviction', save: '', dir: join(dataDir, 'redis'), bind: '127.0.0.1' });
      expect(logs.join('\n')).toMatch(/started .*redis-server \(pid \d+\)/);
    } finally {
      await redis.stop();
    }
    expect(isAlive(redis.pid!)).toBe(false);
    expect(existsSync(join(dataDir, 'redis', 'appendonlydir'))).toBe(true);
    await redis.stop(); // idempotent

    // Next start: the data written before is still there (append-only file in the data dir).
    const again = await ensureRedis({ dataDir, env: { PATH }, localUrl: closedUrl });
    try {
      expect(again.pid).not.toBe(redis.pid);
      expect(await withClient(again.url, (r) => r.get('approved'))).toBe('R-1');
    } finally {
      await again.stop();
    }
  });

  it('adopts the redis-server a killed start left running instead of starting a second one on the same directory', async () => {
    const dataDir = newDir('adopt');
    const first = await ensureRedis({ dataDir, env: { PATH }, localUrl: closedUrl });
    // No stop(): as if `start` had been killed with -9.
    const second = await ensureRedis({ dataDir, env: { PATH }, localUrl: closedUrl });
    try {
      expect(second.source).toBe('embedded');
      expect(second.pid).toBe(first.pid);
      expect(second.url).toBe(first.url);
    } finally {
      await second.stop();
    }
    expect(isAlive(first.pid!)).toBe(false);
    expect(readdirSync(join(dataDir, 'redis'))).not.toContain('embedded.json');
    await first.stop();
  });

  it('says how to install redis-server when there is none on PATH', async () => {
    const emptyBin = newDir('empty-bin');
    const err = await ensureRedis({ dataDir: newDir('missing'), env: { PATH: emptyBin }, localUrl: closedUrl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisServerMissingError);
    expect((err as Error).message).toMatch(/redis-server is not on PATH/);
    expect((err as Error).message).toMatch(/apt-get install redis-server/);
    expect((err as Error).message).toMatch(/REDIS_URL/);
    expect((err as Error).message).toContain(closedUrl);
  });

  it('reports a redis-server that does not come up, with the reason', async () => {
    const bin = newDir('broken-bin');
    writeFileSync(join(bin, 'redis-server'), '#!/bin/sh\necho "FATAL: bad config" >&2\nexit 3\n', { mode: 0o755 });
    const err = await ensureRedis({ dataDir: newDir('broken'), env: { PATH: bin }, localUrl: closedUrl }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisStartError);
    expect((err as Error).message).toMatch(/exited with code 3/);
  });

  it('uses REDIS_URL when set, and fails naming it (password hidden) when nothing answers there', async () => {
    const url = closedUrl.replace('redis://', 'redis://:s3cret@');
    const err = await ensureRedis({ dataDir: newDir('env-closed'), env: { PATH, REDIS_URL: url } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueueUnavailableError);
    expect((err as Error).message).toContain(closedUrl.replace('redis://', 'redis://:***@'));
    expect((err as Error).message).not.toContain('s3cret');
    // REDIS_URL wins even though redis-server is on PATH: nothing was started under the data dir.
    expect(existsSync(join(tmp, 'env-closed', 'redis'))).toBe(false);
  });

  describe('with a Redis already running', () => {
    let lru: RedisServer;
    let plain: RedisServer;
    beforeAll(async () => {
      const [p1, p2] = [await closedPort(), await closedPort()];
      lru = await spawnRedisServer({ binary, dir: newDir('lru'), port: p1, extraArgs: ['--maxmemory-policy', 'allkeys-lru'] });
      plain = await spawnRedisServer({ binary, dir: newDir('plain'), port: p2 });
    });
    afterAll(async () => {
      await lru?.stop();
      await plain?.stop();
    });

    it('uses REDIS_URL and warns when its eviction policy could drop queue keys', async () => {
      const logs: string[] = [];
      const redis = await ensureRedis({ dataDir: newDir('env-lru'), env: { PATH, REDIS_URL: lru.url }, log: (m) => logs.push(m) });
      expect(redis).toMatchObject({ url: lru.url, source: 'env' });
      expect(logs.join('\n')).toMatch(/warning: .*maxmemory-policy allkeys-lru.*noeviction/);
      await redis.stop();
      expect(lru.exited).toBe(false); // not ours to stop
    });

    it('uses the Redis that answers on the local address, without warning when it is noeviction', async () => {
      const logs: string[] = [];
      const redis = await ensureRedis({ dataDir: newDir('local'), env: { PATH }, localUrl: plain.url, log: (m) => logs.push(m) });
      expect(redis).toMatchObject({ url: plain.url, source: 'local' });
      expect(logs.some((l) => l.startsWith('warning'))).toBe(false);
      await redis.stop();
      expect(plain.exited).toBe(false);
      expect(existsSync(join(tmp, 'local', 'redis'))).toBe(false);
    });
  });
});
