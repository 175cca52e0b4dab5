// Two WhatsApp channels on one session, with the session lease over a real Redis
// (TEST_REDIS_ADDR, default 127.0.0.1:6379; database 14; a lease name per test, nothing flushed).
import { randomUUID } from 'node:crypto';
import { DisconnectReason } from '@whiskeysockets/baileys';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRedis } from '../../../../queue/connection.js';
import { openLease, type OwnedLease } from '../../../../queue/lease.js';
import { openSqliteRunStore, type RunStore } from '../../../../store/index.js';
import { testRedisUrl } from '../../../helpers/redis.js';
import { closeHarnesses, harness, type Harness } from './harness.js';

const REDIS_URL = testRedisUrl(14);
const TTL = 600;

let name: string;
let admin: Redis;
let store: RunStore;
const leases: OwnedLease[] = [];

beforeEach(async () => {
  name = `wa-${randomUUID()}`;
  admin = createRedis(REDIS_URL);
  store = await openSqliteRunStore(':memory:');
});
afterEach(async () => {
  await closeHarnesses();
  for (const lease of leases.splice(0)) await lease.close();
  await admin.del(`vos-assist:lease:${name}`);
  admin.disconnect();
});

/** One `start` process: a channel with its own lease connection, on the shared store. */
async function processOn(host: string, pid: number): Promise<{ h: Harness; lease: OwnedLease }> {
  const lease = await openLease(REDIS_URL, name, { ttlMs: TTL, pollMs: 50, owner: { host, pid } });
  leases.push(lease);
  return { h: await harness({ store, lease }), lease };
}

/** Starts a channel that will wait: resolves once it is in standby. */
async function startInStandby(h: Harness): Promise<void> {
  await h.channel.start(async (m) => void h.messages.push(m));
  expect(h.channel.status().state).toBe('standby');
}

describe('createWhatsAppChannel with a session lease', () => {
  it('a second process waits in standby, says who holds the session, and takes over when the first stops', async () => {
    const a = await processOn('host-a', 1001);
    const b = await processOn('host-b', 2002);
    const first = await a.h.connect();
    await startInStandby(b.h);
    expect(b.h.sockets).toHaveLength(0);
    expect(b.h.logs).toContain('whatsapp: another VOS Assist process (host-a, pid 1001) holds the WhatsApp session; waiting');
    expect(b.h.channel.status().lastError).toBe('another VOS Assist process (host-a, pid 1001) holds the WhatsApp session');
    await expect(b.h.channel.send('+8801700000001', 'hello')).rejects.toMatchObject({ code: 'WA_STANDBY' });
    await new Promise((resolve) => setTimeout(resolve, TTL)); // renewed: still waiting
    expect(b.h.sockets).toHaveLength(0);

    await a.h.channel.stop();
    const second = await b.h.socket(0);
    expect(first.ended).toBe(true);
    second.open();
    await vi.waitFor(() => expect(b.h.channel.status().state).toBe('open'));
    expect(b.h.logs).toContain('whatsapp: took over the WhatsApp session');
    await b.h.channel.send('+8801700000001', 'hello again');
    expect(second.calls.filter((c) => c.what === 'send').map((c) => c.text)).toEqual(['hello again']);
  });

  it('takes over when the holder is cut off from Redis; the holder lets go of its socket and waits', async () => {
    const a = await processOn('host-a', 1001);
    const b = await processOn('host-b', 2002);
    const first = await a.h.connect();
    await startInStandby(b.h);
    await a.lease.close(); // A keeps running but can no longer renew

    const second = await b.h.socket(0);
    second.open();
    await vi.waitFor(() => expect(b.h.channel.status().state).toBe('open'));
    await vi.waitFor(() => expect(first.ended).toBe(true), { timeout: TTL * 3 });
    await vi.waitFor(() => expect(a.h.channel.status().state).toBe('standby'));
    expect(a.h.logs.some((l) => /lost the WhatsApp session lease \(it could not be renewed for 1 s: .*\); disconnecting and waiting/.test(l))).toBe(true);
    expect(a.h.sockets).toHaveLength(1);
    expect(await Promise.race([a.h.channel.closed, Promise.resolve('still running')])).toBe('still running');
  });

  it('on 440 steps back into standby when another process holds the lease, and ends when it still holds it', async () => {
    const a = await processOn('host-a', 1001);
    const sock = await a.h.connect();
    // Another process took the lease (after a pause of this one, say) and opened the session.
    await admin.set(`vos-assist:lease:${name}`, JSON.stringify({ token: 't', host: 'host-c', pid: 3003, since: new Date().toISOString() }), 'PX', 60_000);
    sock.close(DisconnectReason.connectionReplaced, 'Stream Errored (conflict)');
    await vi.waitFor(() => expect(a.h.channel.status()).toMatchObject({ state: 'standby', lastError: expect.stringContaining('host-c, pid 3003') }));
    expect(a.h.sockets).toHaveLength(1);
    expect(await Promise.race([a.h.channel.closed, Promise.resolve('still running')])).toBe('still running');
    await admin.del(`vos-assist:lease:${name}`);

    // A client outside the lease (a copy of the data directory on another Redis) replaced the session.
    const again = await a.h.socket(1);
    again.open();
    await vi.waitFor(() => expect(a.h.channel.status().state).toBe('open'));
    again.close(DisconnectReason.connectionReplaced, 'Stream Errored (conflict)');
    expect(await a.h.channel.closed).toMatchObject({ code: 'WA_CONNECTION_REPLACED' });
    // The lease is let go, so a process in standby meets WhatsApp's answer itself.
    await vi.waitFor(async () => expect(await admin.exists(`vos-assist:lease:${name}`)).toBe(0));
  });
});
