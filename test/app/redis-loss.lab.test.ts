// Redis loses everything while the product keeps running. The whole product in one process
// (in-memory channel → assistant → run lifecycle → BullMQ → workers → real SSH to a lab host),
// on a redis-server of this file's own that the tests kill -9 and start again, empty, on the
// same port. Needs root (the lab) and redis-server on PATH.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { parseConfig } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { openRunStore } from '../../store/open.js';
import { acquireServerLock, serverLockOwner } from '../../store/server-lock.js';
import type { Run, RunStatus, RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { closedPort, until } from '../queue/helpers.js';

const binary = findExecutable('redis-server', process.env.PATH)!;
const CUSTOMER = '+8801700000001';
const RAHIM = '+8801900000002';

let lab: Lab;
let dir: string;
let port: number;
let generation = 0;
let redis: RedisServer;
let store: RunStore;
let channel: MemoryChannel;
let app: App;
const logs: string[] = [];

/** A redis-server on the file's port with an empty directory of its own: nothing to load. */
const startEmptyRedis = async () => (redis = await spawnRedisServer({ binary, dir: join(dir, `redis-${++generation}`), port }));

/** kill -9, as a crash or an OOM kill does it, then a fresh empty Redis on the same port. */
async function loseRedis(): Promise<void> {
  process.kill(redis.pid, 'SIGKILL');
  await until(() => redis.exited, 'redis-server to die', 10_000);
  await startEmptyRedis();
}

const statusOf = async (id: string) => (await store.getRun(id))!.status;
const waitForStatus = (id: string, statuses: RunStatus[]) => until(async () => statuses.includes(await statusOf(id)), `${id} to be ${statuses.join('/')}`, 30_000);

beforeAll(async () => {
  expect(binary, 'redis-server must be installed for this suite').toBeTruthy();
  dir = mkdtempSync(join(tmpdir(), 'vos-redis-loss-'));
  port = await closedPort();
  await startEmptyRedis();
  lab = await createLab({ hosts: 1, name: 'redis-loss' });
  // A short command timeout: a reload that hangs is given up in seconds, not half a minute.
  const config = parseConfig(lab.configYaml({ serverExtra: { lab1: { commandTimeoutMs: 2000 } } }), 'lab.yaml');
  store = await openRunStore({ dataDir: join(dir, 'data') });
  channel = new MemoryChannel();
  app = await startApp(
    { config, store, redisUrl: redis.url, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: (m) => logs.push(m) },
    { web: null, expiryCheckMs: 3_600_000 },
  );
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await redis?.stop();
  await lab?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Redis restarts empty while the product runs', () => {
  let applied: Run;

  it('re-enqueues an approved run whose job was lost, applies it and tells the customer, without a restart', async () => {
    await lab.makeTimeWait('lab1', 200);
    // What the customer describes, in the softswitch log: a proposal needs evidence on the server.
    await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    let m = channel.mark();
    await channel.say(CUSTOMER, 'calls fail every evening, "bind failed: Address already in use" all over the log');
    const runId = /Proposed fix \(run (R-\d+)\)/.exec(await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m))![1]!;

    // Another run holds the server, so the approved job waits in Redis (delayed) instead of running.
    const held = await acquireServerLock(store.serverLocks, 'lab1', serverLockOwner('another run'), { ttlMs: 60_000 });
    expect(held).not.toBeNull();
    m = channel.mark();
    await channel.say(RAHIM, `approve ${runId}`);
    await channel.waitFor(CUSTOMER, /^Approved by Rahim/, 10_000, m);
    await until(async () => (await app.producer.queues.remediate.getJobCounts('delayed')).delayed === 1, 'the job to wait for the server', 10_000);
    expect(await statusOf(runId)).toBe('queued');

    await loseRedis(); // the job is gone; the server lock lives in the run store and outlives Redis
    await until(() => logs.some((l) => l.includes(`Redis is back; re-enqueued ${runId}`)), 'the run to be re-enqueued', 30_000);
    // The re-enqueued job still waits for the server: losing Redis did not free it under the other run.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await statusOf(runId)).toBe('queued');
    expect(await lab.daemonLog('lab1')).toEqual([]);
    await held!.release();

    await channel.waitFor(CUSTOMER, /^Done\. lab1 now: RST close On/, 45_000, m);
    applied = (await store.getRun(runId))!;
    expect(applied.status).toBe('succeeded');
    expect(await lab.effective('lab1')).toBe('On');
    expect(logs.join('\n')).toMatch(new RegExp(`Redis is back; re-enqueued ${runId}`));
  }, 90_000);

  it('announces a rollback that ended while Redis lost its events: ROLLBACK INCOMPLETE reaches the customer and the engineers', async () => {
    expect(applied?.status).toBe('succeeded');
    // The reload hangs: the rollback restores the file, then cannot say whether the softswitch took it.
    await lab.setReloadBehaviour('lab1', 'hang');
    const m = channel.mark();
    await channel.say(RAHIM, `rollback ${applied.id}`);
    const rollbackId = /as (R-\d+)\./.exec(await channel.waitFor(RAHIM, /^Rolling back R-\d+ as R-\d+\./, 10_000, m))![1]!;
    await channel.waitFor(CUSTOMER, new RegExp(`^An engineer \\(Rahim\\) is undoing ${applied.id} on lab1`), 10_000, m);
    await waitForStatus(rollbackId, ['running']);

    await loseRedis(); // the job, its lock and every event of its end are gone

    // The customer reads what it means in plain words; the technical reason is the engineers'.
    const told = await channel.waitFor(CUSTOMER, /^The work on lab1 did not complete and could not be fully undone\. The support team is on it now and will write here\.$/, 45_000, m);
    const rollback = (await store.getRun(rollbackId))!;
    expect(rollback.status).toBe('failed');
    expect(rollback.outcome).toMatch(/ROLLBACK INCOMPLETE .*a person must check lab1/);
    expect(told).not.toContain('ROLLBACK INCOMPLETE');
    await channel.waitFor(RAHIM, new RegExp(`^${rollbackId} lab1: failed — ROLLBACK INCOMPLETE`), 10_000, m);
    // Reconnecting did not run it a second time: its worker was still on it.
    expect((await store.listSteps(rollbackId)).filter((s) => s.phase === 'connect')).toHaveLength(1);
    // Announced once.
    await new Promise((r) => setTimeout(r, 2_500));
    expect(channel.to(CUSTOMER).filter((t) => t.startsWith('The work on lab1 did not complete'))).toHaveLength(1);
  }, 90_000);
});
