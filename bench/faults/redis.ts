// Redis faults under the running product (in-memory channel, workers, a lab host), on a
// redis-server of this area's own that it kills, pauses and starts again: approved work
// finishes once Redis is back, nothing runs twice, and a Redis that cannot serve is refused at
// start with what to do.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { startApp, type App } from '../../app/start.js';
import { checkRedis } from '../../queue/connection.js';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { openRunStore } from '../../store/open.js';
import { acquireServerLock, serverLockOwner } from '../../store/server-lock.js';
import { isFinal, type Run, type RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { BIN, type FaultEnv, openTarget, serverOf } from './env.js';
import { check, freePort, type Probe, until } from './kit.js';

const HOST = 'lab1';

/** The Redis area. */
export async function redisProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const binary = findExecutable('redis-server', process.env.PATH);
  if (!binary) throw new Error('redis-server is not on PATH');
  const port = await freePort();
  let generation = 0;
  let redis: RedisServer = await spawnRedisServer({ binary, dir: join(env.dir, `redis-area-${++generation}`), port });
  const store: RunStore = await openRunStore({ dataDir: join(env.dir, 'redis-data') });
  const logs: string[] = [];
  const app: App = await startApp(
    { config: env.config, store, redisUrl: redis.url, channel: new MemoryChannel(), openTarget, log: (m) => logs.push(m) },
    { web: null, expiryCheckMs: 3_600_000 },
  );
  const server = serverOf(env, HOST);

  /** kill -9, then (unless `keep`) an empty redis-server on the same port; with `keep`, the same data comes back. */
  const killRedis = async (keep: boolean) => {
    process.kill(redis.pid, 'SIGKILL');
    await until(() => redis.exited, 'redis-server to die', 10_000);
    redis = await spawnRedisServer({ binary, dir: join(env.dir, `redis-area-${keep ? generation : ++generation}`), port });
  };
  const approvedRun = async (): Promise<Run> => (await app.actions.startFleet('port_exhaustion', [server], 'cli:faults'))[0]!;
  const finished = (id: string, timeoutMs = 45_000) =>
    until(async () => {
      const r = await store.getRun(id);
      return r && isFinal(r.status) ? r : null;
    }, `${id} to finish`, timeoutMs);
  const attempts = async (id: string) => (await store.listSteps(id)).filter((s) => s.phase === 'connect').length;

  const probes: Probe[] = [
    {
      name: 'killed and started empty while an approved run waits for its server: the run is applied once Redis is back',
      run: async () => {
        await env.lab.reset(HOST);
        const held = (await acquireServerLock(store.serverLocks, HOST, serverLockOwner('another run'), { ttlMs: 60_000 }))!;
        const run = await approvedRun();
        await until(async () => ((await app.producer.queues.remediate.getJobCounts('delayed')).delayed ?? 0) >= 1, 'the job to wait for the server', 10_000);
        await killRedis(false);
        await until(() => logs.some((l) => l.includes(`re-enqueued ${run.id}`)), 'the run to be re-enqueued', 30_000);
        await held.release();
        const done = await finished(run.id);
        check(done.status === 'succeeded', `ended ${done.status}: ${done.outcome}`);
        check((await attempts(run.id)) === 1, 'applied more than once');
      },
    },
    {
      name: 'killed and started empty while a run is being applied: it finishes, once, and is not started again',
      run: async () => {
        await env.lab.reset(HOST);
        await env.lab.setReloadBehaviour(HOST, 'slow');
        const run = await approvedRun();
        await until(async () => (await store.listSteps(run.id)).some((s) => s.phase === 'reload' && s.status === 'started'), 'the reload to start', 20_000);
        await killRedis(false);
        const done = await finished(run.id);
        await env.lab.setReloadBehaviour(HOST, 'ok');
        check(done.status === 'succeeded', `ended ${done.status}: ${done.outcome}`);
        check((await attempts(run.id)) === 1, 'run a second time after Redis came back');
        check((await env.lab.daemonLog(HOST)).filter((l) => l.includes('reparse')).length === 1, 'the softswitch was reloaded more than once');
      },
    },
    {
      name: 'killed and started with its data (append-only file): queued work goes on',
      run: async () => {
        await env.lab.reset(HOST);
        await killRedis(true);
        const run = await approvedRun();
        const done = await finished(run.id);
        check(done.status === 'succeeded', `ended ${done.status}: ${done.outcome}`);
      },
    },
    {
      name: 'paused (SIGSTOP) for 3 s as a run is approved: the approval waits and the run is applied after',
      run: async () => {
        await env.lab.reset(HOST);
        process.kill(redis.pid, 'SIGSTOP');
        const approving = approvedRun();
        await new Promise((r) => setTimeout(r, 3_000));
        process.kill(redis.pid, 'SIGCONT');
        const run = await approving;
        const done = await finished(run.id);
        check(done.status === 'succeeded', `ended ${done.status}: ${done.outcome}`);
      },
    },
    {
      name: 'a database index the server does not have (redis://…/99) is refused at start, saying which it has',
      run: async () => {
        const err = await checkRedis(`${redis.url}/99`).then(() => null, (e: Error & { code?: string }) => e);
        check(err?.code === 'REDIS_DATABASE_MISSING', `not refused as a missing database: ${err?.message ?? 'accepted'}`);
        check(/has 16 databases \(0 to 15\)/.test(err.message), `does not say which databases there are: ${err.message}`);
      },
    },
    {
      name: 'nothing answers at REDIS_URL: refused at start, naming the URL and what to do',
      run: async () => {
        const url = `redis://127.0.0.1:${await freePort()}`;
        const err = await checkRedis(url, { timeoutMs: 1_000 }).then(() => null, (e: Error & { code?: string }) => e);
        check(err?.code === 'QUEUE_UNAVAILABLE', `not refused: ${err?.message ?? 'accepted'}`);
        check(err.message.includes(url.replace('redis://', '')) && /set REDIS_URL/.test(err.message), `unclear: ${err.message}`);
      },
    },
    {
      name: 'an eviction policy that can drop queue keys is warned about',
      run: async () => {
        const lru = await spawnRedisServer({ binary, dir: join(env.dir, 'redis-lru'), port: await freePort(), extraArgs: ['--maxmemory-policy', 'allkeys-lru'] });
        try {
          const warnings: string[] = [];
          await checkRedis(lru.url, { warn: (m) => warnings.push(m) });
          check(warnings.some((w) => /allkeys-lru.*noeviction/.test(w)), `no warning: ${warnings.join(' | ') || 'none'}`);
        } finally {
          await lru.stop();
        }
      },
    },
    {
      name: '`vos-assist worker` with a Redis that does not answer exits 1 naming it',
      run: async () => {
        const url = `redis://127.0.0.1:${await freePort()}`;
        const r = spawnSync(process.execPath, [BIN, '--config', env.configPath, '--data', join(env.dir, 'redis-cli-data'), 'worker'], { env: { ...process.env, REDIS_URL: url }, encoding: 'utf8', timeout: 30_000 });
        check(r.status === 1, `exit ${r.status}`);
        check(r.stderr.includes(url.replace('redis://', '')), `the message does not name ${url}: ${r.stderr.trim()}`);
      },
    },
  ];
  return {
    probes,
    close: async () => {
      await app.stop();
      await store.close();
      await redis.stop();
    },
  };
}
