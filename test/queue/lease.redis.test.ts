// Leases against a real Redis (TEST_REDIS_ADDR, default 127.0.0.1:6379; database 14). Each test
// uses its own lease name, so nothing is flushed. Fails when Redis cannot be reached.
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { createLease, openLease, type HeldLease, type LeaseHolder, type OwnedLease } from '../../queue/lease.js';
import { testRedisUrl } from '../helpers/redis.js';
import { closedPort, sleep, until } from './helpers.js';

const REDIS_URL = testRedisUrl(14);
const TTL = 600;

let name: string;
let admin: Redis;
const opened: OwnedLease[] = [];
const held: HeldLease[] = [];
const waits: AbortController[] = [];

beforeEach(async () => {
  name = `test-${randomUUID()}`;
  admin = createRedis(REDIS_URL);
  await admin.ping();
});
afterEach(async () => {
  for (const w of waits.splice(0)) w.abort();
  for (const h of held.splice(0)) await h.release();
  for (const l of opened.splice(0)) await l.close();
  await admin.del(`vos-assist:lease:${name}`);
  admin.disconnect();
});

async function process_(host: string, pid: number): Promise<OwnedLease> {
  const lease = await openLease(REDIS_URL, name, { ttlMs: TTL, pollMs: 50, owner: { host, pid } });
  opened.push(lease);
  return lease;
}

/** Starts waiting for `lease`; records whom it was told about. */
function waitFor(lease: OwnedLease) {
  const told: (LeaseHolder | null)[] = [];
  const signal = new AbortController();
  waits.push(signal);
  const acquired = lease.acquire({ signal: signal.signal, onWait: (h) => told.push(h) }).then((h) => {
    held.push(h);
    return h;
  });
  acquired.catch(() => undefined);
  return { told, acquired, abort: () => signal.abort(new Error('stopped waiting')) };
}

describe('createLease', () => {
  it('gives the lease to one process; the other is told who holds it and takes over when it is released', async () => {
    const a = await process_('host-a', 1001);
    const b = await process_('host-b', 2002);
    const first = await waitFor(a).acquired;
    const second = waitFor(b);
    await until(() => second.told.length > 0, 'the second process to be told', 2000, 10);
    expect(second.told).toEqual([{ host: 'host-a', pid: 1001, since: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);
    expect(await b.holder()).toMatchObject({ host: 'host-a', pid: 1001 });
    await sleep(TTL * 2); // renewed all along: still the first one's
    expect(await first.check()).toBe(true);
    expect(second.told).toHaveLength(1);
    const releasedAt = Date.now();
    await first.release();
    const taken = await second.acquired;
    expect(Date.now() - releasedAt).toBeLessThan(TTL);
    expect(await taken.check()).toBe(true);
    expect(await first.check()).toBe(false);
    expect(await a.holder()).toMatchObject({ host: 'host-b', pid: 2002 });
  });

  it('lapses when its holder stops renewing (the process died), and a waiting process takes it', async () => {
    const a = await process_('host-a', 1001);
    const b = await process_('host-b', 2002);
    const first = await waitFor(a).acquired;
    const second = waitFor(b);
    await until(() => second.told.length > 0, 'the second process to wait', 2000, 10);
    const diedAt = Date.now();
    await a.close(); // no more renewals, no release
    await second.acquired;
    expect(Date.now() - diedAt).toBeGreaterThanOrEqual(TTL / 3);
    expect(Date.now() - diedAt).toBeLessThan(TTL * 2);
    // The cut-off holder finds out too, once it has not renewed for a whole TTL.
    expect(await first.lost).toMatch(/could not be renewed for 1 s/);
  });

  it('tells its holder when another process holds it now', async () => {
    const a = await process_('host-a', 1001);
    const first = await waitFor(a).acquired;
    await admin.set(`vos-assist:lease:${name}`, JSON.stringify({ token: 'x', host: 'host-c', pid: 3, since: new Date().toISOString() }), 'PX', TTL);
    expect(await first.lost).toBe('another process holds the lease now');
    expect(await first.check()).toBe(false);
    // Releasing a lost lease leaves the new holder alone.
    await first.release();
    expect(await a.holder()).toMatchObject({ host: 'host-c' });
  });

  it('keeps a lease that expired while nobody else took it (a pause longer than the TTL)', async () => {
    const a = await process_('host-a', 1001);
    const first = await waitFor(a).acquired;
    await admin.del(`vos-assist:lease:${name}`);
    await sleep(TTL);
    expect(await first.check()).toBe(true);
    expect(await Promise.race([first.lost, sleep(10).then(() => 'held')])).toBe('held');
  });

  it('says the holder is unknown while Redis does not answer, and rejects once the wait is aborted', async () => {
    // Nothing listens there: every command fails at once, as with a Redis that went away.
    const redis = createRedis(`redis://127.0.0.1:${await closedPort()}`, { enableOfflineQueue: false, maxRetriesPerRequest: 0 });
    redis.on('error', () => undefined);
    const lease = createLease(redis, name, { ttlMs: TTL, pollMs: 20 });
    const told: (LeaseHolder | null)[] = [];
    const signal = new AbortController();
    const waiting = lease.acquire({ signal: signal.signal, onWait: (h) => told.push(h) });
    await until(() => told.length > 0, 'the wait to report an unknown holder', 2000, 10);
    await sleep(100);
    expect(told).toEqual([null]);
    signal.abort(new Error('stopped waiting'));
    await expect(waiting).rejects.toThrow('stopped waiting');
    expect(await lease.holder()).toBeNull();
    redis.disconnect();
  });
});
