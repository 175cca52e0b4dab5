// One change at a time per server, also from the command line: `rollback` and `playbook run`
// take the run store's server lock, the one queue workers take. The built CLI as processes,
// a lab host, and (for the worker) a redis-server of this file's own. Needs root (the lab).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { Producer } from '../../queue/producer.js';
import { openRunStore } from '../../store/open.js';
import { acquireServerLock, serverLockOwner } from '../../store/server-lock.js';
import type { RunStore } from '../../store/types.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { closedPort, isAlive, spawnCli, until, type CliProcess } from '../queue/helpers.js';

const BIN = resolve('bin/vos-assist.js');
let lab: Lab;
let dir: string;
let config: string;
let data: string;
let store: RunStore;
let redis: RedisServer;
const procs: CliProcess[] = [];

interface Done {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The CLI as a process of its own, started now; resolves when it exits. */
function cli(args: string[], env: Record<string, string> = {}): Promise<Done> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, '--config', config, '--data', data, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}
const lastJson = (d: Done) => JSON.parse(d.stdout.trim().split('\n').at(-1)!) as { runId: string; status: string };

beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'cli-lock' });
  dir = mkdtempSync(join(tmpdir(), 'vos-cli-lock-'));
  config = join(dir, 'vos-assist.yaml');
  data = join(dir, 'data');
  await lab.writeConfig(config);
  store = await openRunStore({ dataDir: data });
  redis = await spawnRedisServer({ binary: findExecutable('redis-server', process.env.PATH)!, dir: join(dir, 'redis'), port: await closedPort() });
});
afterAll(async () => {
  await store?.close();
  await redis?.stop();
  await lab?.teardown();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => lab.reset('lab1'));
afterEach(() => {
  for (const p of procs.splice(0)) if (isAlive(p.pid)) p.child.kill('SIGKILL');
});

describe('rollback from the command line', () => {
  it('three rollbacks of one run at once make one rollback run; the others say it was done, and none reports a false ROLLBACK INCOMPLETE', async () => {
    const original = await lab.readConf('lab1');
    const applied = lastJson(await cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes', '--json']));
    expect(applied.status).toBe('succeeded');

    const results = await Promise.all([1, 2, 3].map(() => cli(['rollback', applied.runId, '--yes', '--json'])));
    const all = results.map((r) => r.stdout + r.stderr).join('\n');
    expect(all).not.toMatch(/ROLLBACK INCOMPLETE/);
    const won = results.filter((r) => r.code === 0);
    expect(won).toHaveLength(1);
    expect(lastJson(won[0]!).status).toBe('succeeded');
    const lost = results.filter((r) => r.code !== 0);
    expect(lost.map((r) => r.code)).toEqual([2, 2]);
    const rollbackId = lastJson(won[0]!).runId;
    for (const r of lost) expect(r.stderr).toMatch(new RegExp(`${applied.runId} (was already rolled back by ${rollbackId}|already has a rollback run, ${rollbackId})`));

    expect(await store.countRuns({ serverId: 'lab1', kind: 'rollback' })).toBe(1);
    expect((await store.getRun(applied.runId))!).toMatchObject({ status: 'rolled_back', rolledBackBy: rollbackId });
    expect(await lab.readConf('lab1')).toEqual(original);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect(await store.serverLocks.holder('lab1')).toBeNull();
  });
});

describe('a command-line run while a queue worker changes the server', () => {
  it('waits, saying which run holds the server, and runs once the worker is done, never alongside it', async () => {
    const env = { REDIS_URL: redis.url };
    const worker = spawnCli(['--config', config, '--data', data, 'worker', '--concurrency', '1'], env);
    procs.push(worker);
    await worker.waitFor('worker ready');
    const connection = createRedis(redis.url);
    const producer = new Producer(connection);
    try {
      // The worker's reparse takes 3 s: it holds lab1 meanwhile.
      await lab.setReloadBehaviour('lab1', 'slow');
      const queued = await store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: 'lab1', customerId: 'acme', status: 'queued', requestedBy: 'test' });
      await producer.enqueue(queued);
      await until(async () => (await store.listSteps(queued.id)).some((s) => s.phase === 'reload' && s.status === 'started'), 'the worker to be reloading', 20_000, 20);

      const direct = await cli(['playbook', 'run', 'nat_unregistered', '--server', 'lab1', '--yes', '--json']);
      expect(direct.stderr).toMatch(new RegExp(`lab1 is busy: ${queued.id}-apply \\(worker \\S+ pid \\d+\\) is changing it; waiting up to 120 s`));
      expect(direct.stderr).toMatch(/lab1 is free now; going on/);
      expect(direct.code, direct.stderr).toBe(0);
      const mine = (await store.getRun(lastJson(direct).runId))!;
      const theirs = (await store.getRun(queued.id))!;
      expect([theirs.status, mine.status]).toEqual(['succeeded', 'succeeded']);
      // One after the other: the command line started its run after the worker had finished.
      expect(Date.parse(mine.startedAt!)).toBeGreaterThanOrEqual(Date.parse(theirs.finishedAt!));
      // And the server has the command line's change on top of the worker's.
      expect(await lab.effective('lab1')).toBe('Off');
      expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    } finally {
      await producer.close();
      connection.disconnect();
    }
  }, 90_000);

  it('with --wait 0, refuses at once with exit 1, naming the holder, and creates no run', async () => {
    const held = (await acquireServerLock(store.serverLocks, 'lab1', serverLockOwner('R-99-apply (worker elsewhere pid 7)'), { ttlMs: 60_000 }))!;
    try {
      const before = await store.countRuns({ serverId: 'lab1' });
      for (const args of [['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes', '--wait', '0'], ['rollback', (await store.listRuns({ serverId: 'lab1', kind: 'remediate', status: 'succeeded', limit: 1 }))[0]!.id, '--yes', '--wait', '0']]) {
        const r = await cli(args);
        expect(r.code, r.stderr).toBe(1);
        expect(r.stderr).toMatch(/lab1 is busy: R-99-apply \(worker elsewhere pid 7\) is changing it; nothing was changed\. Try again once that run has finished, or wait longer with --wait SECONDS\./);
      }
      expect(await store.countRuns({ serverId: 'lab1' })).toBe(before);
      expect(await lab.daemonLog('lab1')).toEqual([]);
      // A dry run changes nothing, so it does not wait.
      const dry = await cli(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--dry-run', '--json', '--wait', '0']);
      expect(dry.code, dry.stderr).toBe(0);
    } finally {
      await held.release();
    }
  });
});
