// Integration suite: the fleet command (`playbook run … --queue`) and `vos-assist worker`
// start-up errors, through the built CLI (`node scripts/build.mjs`) against lab hosts.
// Needs root (the lab) and Redis on 127.0.0.1:6379. Redis isolation: database 12 of the
// shared Redis (see worker.lab.test.ts for the others); only BullMQ's and the lock's keys there are deleted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { openRunStore } from '../../store/open.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { deleteKeys } from './fixture.js';
import { closedPort, isAlive, spawnCli, type CliProcess } from './helpers.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(12);

let lab: Lab;
let dir: string;
let configPath: string;
let redis: Redis;
const original = new Map<string, Buffer>();
const procs: CliProcess[] = [];
let dataDir: string;
let runs = 0;

const clearQueueKeys = async () => {
  await deleteKeys(redis, 'bull:vos-*');
  await deleteKeys(redis, 'vos-assist:*');
};

beforeAll(async () => {
  lab = await createLab({ hosts: 3, name: 'queue-cli' });
  dir = mkdtempSync(join(tmpdir(), 'vos-cli-'));
  configPath = join(dir, 'vos-assist.yaml');
  await lab.writeConfig(configPath, { customers: { beta: ['lab3'] } });
  redis = createRedis(REDIS_URL);
  await clearQueueKeys();
  for (const h of lab.hosts) original.set(h.id, await lab.readConf(h.id));
});
afterAll(async () => {
  if (redis) await clearQueueKeys();
  redis?.disconnect();
  await lab?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  dataDir = join(dir, `data-${++runs}`);
});
afterEach(async () => {
  for (const p of procs.splice(0)) if (isAlive(p.pid)) p.child.kill('SIGKILL');
  await clearQueueKeys();
});

const cli = (args: string[], env: Record<string, string> = { REDIS_URL }) => {
  const p = spawnCli(['--config', configPath, '--data', dataDir, ...args], env);
  procs.push(p);
  return p;
};
const lines = (out: string) => out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('playbook run --queue', { timeout: 60_000 }, () => {
  beforeEach(async () => {
    await Promise.all(lab.hosts.map((h) => lab.reset(h.id)));
  });

  it('runs one job per server, prints one JSON line per run in the order given, exits 0', async () => {
    const p = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab2', '--server', 'lab1', '--queue', '--yes', '--json']);
    const { code } = await p.exited;
    expect(code, p.stderr()).toBe(0);
    const out = lines(p.stdout());
    expect(out).toHaveLength(2);
    for (const l of out) {
      expect(Object.keys(l).sort()).toEqual(['changes', 'durationMs', 'runId', 'status', 'verified']);
      expect(l).toMatchObject({ status: 'succeeded', verified: true });
      expect((l.changes as { key: string; changed: boolean }[]).map((c) => [c.key, c.changed])).toEqual([
        ['SS_TCP_CLOSE_RESET', true],
        ['net.ipv4.tcp_tw_reuse', true],
        ['net.ipv4.ip_local_port_range', true],
      ]);
      expect(l.durationMs).toBeGreaterThan(0);
    }
    // Order as given (lab2 first), and each line is that server's run.
    const store = await openRunStore({ dataDir });
    try {
      expect([(await store.getRun(out[0]!.runId as string))!.serverId, (await store.getRun(out[1]!.runId as string))!.serverId]).toEqual(['lab2', 'lab1']);
    } finally {
      await store.close();
    }
    expect(p.stderr()).toMatch(/running one in this process/);
    // Live progress on stderr, per run and server.
    for (const [i, host] of [[0, 'lab2'], [1, 'lab1']] as const) expect(p.stderr()).toMatch(new RegExp(`${out[i]!.runId as string} ${host} 1/\\d+ .+\n[^]*${out[i]!.runId as string} ${host} (\\d+)/\\1 verif`));
    expect(await lab.effective('lab1')).toBe('On');
    expect(await lab.effective('lab2')).toBe('On');
    expect(await lab.daemonLog('lab3')).toEqual([]);
  });

  it('uses a connected worker process, selects servers by --customer, and exits 1 with the failed run marked when one server fails', async () => {
    const worker = cli(['worker', '--stall-ms', '2000']);
    await worker.waitFor('worker ready');
    await lab.setReloadBehaviour('lab2', 'fail');
    const p = cli(['playbook', 'run', 'port_exhaustion', '--customer', 'acme', '--queue', '--yes', '--json']);
    const { code } = await p.exited;
    expect(code, p.stderr()).toBe(1);
    expect(p.stderr()).not.toMatch(/running one in this process/);
    const out = lines(p.stdout());
    expect(out.map((l) => l.status)).toEqual(['succeeded', 'failed']); // lab1, lab2 (config order); lab3 is beta's
    expect(out[1]!.verified).toBe(false);
    expect(worker.stderr()).toMatch(new RegExp(`${out[0]!.runId as string} lab1: succeeded`));
    expect(worker.stderr()).toMatch(new RegExp(`${out[1]!.runId as string} lab2: failed .*rolled back`));
    expect(await lab.readConf('lab2')).toEqual(original.get('lab2'));
    expect(await lab.daemonLog('lab3')).toEqual([]);
  });
});

describe('Redis unreachable at start', () => {
  it('vos-assist worker exits non-zero naming the URL', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}/12`;
    const p = cli(['worker'], { REDIS_URL: url });
    const { code, signal } = await p.exited;
    // A death by a signal names it and what the worker printed before it.
    expect(code, `signal ${signal}; stderr: ${p.stderr()}`).toBe(1);
    expect(p.stderr()).toContain(`cannot use Redis at ${url}: connect ECONNREFUSED`);
  });

  it('playbook run --queue exits non-zero naming the URL and creates no run', async () => {
    const url = `redis://127.0.0.1:${await closedPort()}/12`;
    const p = cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--queue', '--yes', '--json'], { REDIS_URL: url });
    const { code, signal } = await p.exited;
    expect(code, `signal ${signal}; stderr: ${p.stderr()}`).toBe(1);
    expect(p.stderr()).toContain(`cannot use Redis at ${url}`);
    expect(p.stdout()).toBe('');
    const store = await openRunStore({ dataDir });
    try {
      expect(await store.listRuns()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
