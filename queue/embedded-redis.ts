import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { checkRedis, DEFAULT_REDIS_URL, redactUrl } from './connection.js';
import { QueueUnavailableError, RedisServerMissingError, RedisStartError } from './errors.js';

/** Options of {@link ensureRedis}. */
export interface EnsureRedisOptions {
  /** The data directory (`--data`); an embedded Redis keeps its files in `<dataDir>/redis`. */
  readonly dataDir: string;
  /** `REDIS_URL` and `PATH` are read from here (only main.ts files read process.env). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Progress and warnings (eviction policy, which Redis is used). Default: silent. */
  readonly log?: (msg: string) => void;
  /** Where a Redis that already runs on this machine is looked for. Default redis://127.0.0.1:6379. */
  readonly localUrl?: string;
  /** How long the embedded redis-server may take to answer. Default 10 000 ms. */
  readonly startTimeoutMs?: number;
}

/** Where the Redis in use came from. */
export type RedisSource = 'env' | 'local' | 'embedded';

/** The Redis the queue uses; `stop()` ends it only if this process started (or adopted) it. */
export interface RedisHandle {
  readonly url: string;
  readonly source: RedisSource;
  /** The embedded redis-server's pid (source `embedded` only). */
  readonly pid?: number;
  /** Stops the embedded Redis (SIGTERM: it fsyncs the append-only file), waits for it to exit. Idempotent; a no-op otherwise. */
  stop(): Promise<void>;
}

/**
 * Finds the Redis for `start`: `REDIS_URL` when set (must answer, else QueueUnavailableError
 * naming it); else a Redis already answering on 127.0.0.1:6379; else a private
 * `redis-server` started from PATH, bound to 127.0.0.1 on a free port, with its data in
 * `<dataDir>/redis` (append-only, `noeviction`, no RDB snapshots). A redis-server left
 * running by a `start` that was killed is adopted rather than started twice on one
 * directory. Warns when an external Redis may evict keys.
 *
 * ```ts
 * const redis = await ensureRedis({ dataDir: ctx.dataDir, env: ctx.env, log });
 * try { … createRedis(redis.url) … } finally { await redis.stop(); }
 * ```
 *
 * @throws QueueUnavailableError  REDIS_URL is set but does not answer
 * @throws RedisServerMissingError nothing answers and redis-server is not installed (says how to install it)
 * @throws RedisStartError        redis-server is installed but did not come up (carries its log)
 */
export async function ensureRedis(opts: EnsureRedisOptions): Promise<RedisHandle> {
  const log = opts.log ?? (() => {});
  const warn = (m: string) => log(`warning: ${m}`);
  const noop = async () => {};

  const fromEnv = opts.env.REDIS_URL?.trim();
  if (fromEnv) {
    await checkRedis(fromEnv, { warn });
    log(`using Redis at ${redactUrl(fromEnv)} (REDIS_URL)`);
    return { url: fromEnv, source: 'env', stop: noop };
  }

  const localUrl = opts.localUrl ?? DEFAULT_REDIS_URL;
  try {
    await checkRedis(localUrl, { warn, timeoutMs: 1_000 });
    log(`using the Redis that answers at ${localUrl}`);
    return { url: localUrl, source: 'local', stop: noop };
  } catch (err) {
    if (!(err instanceof QueueUnavailableError)) throw err;
  }

  const dir = join(resolve(opts.dataDir), 'redis');
  mkdirSync(dir, { recursive: true });
  const adopted = await adoptLeftover(dir, log);
  if (adopted) return adopted;

  const binary = findExecutable('redis-server', opts.env.PATH);
  if (!binary) throw new RedisServerMissingError(localUrl);
  // A free port can be taken between probing and binding: try a few.
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    try {
      const server = await spawnRedisServer({ binary, dir, port, ...(opts.startTimeoutMs ? { startTimeoutMs: opts.startTimeoutMs } : {}) });
      writeFileSync(stateFile(dir), `${JSON.stringify({ pid: server.pid, port, binary, startedAt: new Date().toISOString() })}\n`);
      log(`started ${binary} (pid ${server.pid}) at ${server.url}, data in ${dir}`);
      return {
        url: server.url,
        source: 'embedded',
        pid: server.pid,
        stop: async () => {
          await server.stop();
          rmSync(stateFile(dir), { force: true });
        },
      };
    } catch (err) {
      lastError = err;
      if (!(err instanceof RedisStartError) || !/address already in use/i.test(err.message)) throw err;
    }
  }
  throw lastError;
}

/** Options of {@link spawnRedisServer}. */
export interface SpawnRedisOptions {
  /** The redis-server binary. */
  readonly binary: string;
  /** Its working directory: the append-only files and redis.log go here. Created if missing. */
  readonly dir: string;
  /** TCP port on 127.0.0.1. */
  readonly port: number;
  /** Default 10 000 ms. */
  readonly startTimeoutMs?: number;
  /** More `--name value` arguments (tests use them, e.g. another eviction policy). */
  readonly extraArgs?: readonly string[];
}

/** A redis-server this process started. */
export interface RedisServer {
  readonly url: string;
  readonly port: number;
  readonly pid: number;
  /** True once the process has exited. */
  readonly exited: boolean;
  /** SIGTERM (Redis fsyncs the AOF and exits), SIGKILL after 10 s; resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts `redis-server` on 127.0.0.1:`port` with BullMQ's settings (append-only,
 * `noeviction`, no RDB snapshots) and resolves once it answers PING. It runs in its own
 * process group, so a Ctrl-C meant for `start` does not take Redis away from workers
 * that are still finishing their steps; `stop()` ends it.
 */
export async function spawnRedisServer(opts: SpawnRedisOptions): Promise<RedisServer> {
  mkdirSync(opts.dir, { recursive: true });
  const logFile = join(opts.dir, 'redis.log');
  const args = [
    '--bind', '127.0.0.1',
    '--port', String(opts.port),
    '--dir', opts.dir,
    '--appendonly', 'yes',
    '--maxmemory-policy', 'noeviction',
    '--save', '',
    '--daemonize', 'no',
    '--logfile', logFile,
    ...(opts.extraArgs ?? []),
  ];
  const logStart = fileSize(logFile);
  const child = spawn(opts.binary, args, { cwd: opts.dir, stdio: 'ignore', detached: true });
  const exit = new Promise<string>((r) => {
    child.once('exit', (code, signal) => r(signal ? `it was killed (${signal})` : `it exited with code ${code}`));
    child.once('error', (err) => r(err.message));
  });
  const url = `redis://127.0.0.1:${opts.port}`;
  // If this process ends without stop() (an uncaught error), take Redis along; kill -9 leaves it to adoptLeftover().
  const onExit = () => void child.kill('SIGTERM');
  process.once('exit', onExit);

  const deadline = Date.now() + (opts.startTimeoutMs ?? 10_000);
  let exitReason: string | null = null;
  void exit.then((r) => (exitReason = r));
  for (;;) {
    if (await pings(url, 500)) break;
    if (exitReason !== null || Date.now() > deadline) {
      process.off('exit', onExit);
      if (exitReason === null) await stopChild(child);
      throw new RedisStartError(opts.binary, exitReason ?? `no answer at ${url} within ${opts.startTimeoutMs ?? 10_000} ms`, logTail(logFile, logStart));
    }
    await sleep(25);
  }

  let stopping: Promise<void> | null = null;
  return {
    url,
    port: opts.port,
    pid: child.pid!,
    get exited() {
      return child.exitCode !== null || child.signalCode !== null;
    },
    stop: () =>
      (stopping ??= (async () => {
        process.off('exit', onExit);
        await stopChild(child);
      })()),
  };
}

/** Absolute path of an executable `name` on `path` (a PATH value), or null. */
export function findExecutable(name: string, path: string | undefined): string | null {
  for (const dir of (path ?? '').split(delimiter)) {
    if (!dir || !isAbsolute(dir)) continue;
    const full = join(dir, name);
    try {
      accessSync(full, constants.X_OK);
      if (statSync(full).isFile()) return full;
    } catch {
      // not here
    }
  }
  return null;
}

// ---- internals ------------------------------------------------------------------

const stateFile = (dir: string) => join(dir, 'embedded.json');

/**
 * A `start` killed with -9 leaves its redis-server running on the data directory. Starting a
 * second one there would have two servers append to one AOF; use the survivor instead.
 */
async function adoptLeftover(dir: string, log: (m: string) => void): Promise<RedisHandle | null> {
  let state: { pid?: unknown; port?: unknown };
  try {
    state = JSON.parse(readFileSync(stateFile(dir), 'utf8')) as typeof state;
  } catch {
    return null;
  }
  const { pid, port } = state;
  if (typeof pid !== 'number' || typeof port !== 'number' || !isRedisProcess(pid)) {
    rmSync(stateFile(dir), { force: true });
    return null;
  }
  const url = `redis://127.0.0.1:${port}`;
  if (!(await pings(url, 1_000))) {
    // Alive but not answering (hung, or still loading a large AOF): end it, start afresh.
    log(`warning: the embedded Redis left running (pid ${pid}) does not answer at ${url}; stopping it`);
    await stopPid(pid);
    rmSync(stateFile(dir), { force: true });
    return null;
  }
  log(`using the embedded Redis left running by an earlier start (pid ${pid}) at ${url}`);
  let stopping: Promise<void> | null = null;
  return {
    url,
    source: 'embedded',
    pid,
    stop: () =>
      (stopping ??= (async () => {
        await stopPid(pid);
        rmSync(stateFile(dir), { force: true });
      })()),
  };
}

function isRedisProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'latin1').split('\0')[0]!.includes('redis-server');
  } catch {
    return false;
  }
}

async function pings(url: string, timeoutMs: number): Promise<boolean> {
  const probe = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: timeoutMs, enableOfflineQueue: false, disconnectTimeout: 50 });
  probe.on('error', () => {});
  try {
    await probe.connect();
    return (await probe.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    probe.disconnect();
  }
}

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no free port'))));
    });
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** Stops a process that is not our child (adopted): SIGTERM, poll, SIGKILL after 10 s. */
async function stopPid(pid: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(pid, 0);
      return isRedisProcess(pid);
    } catch {
      return false;
    }
  };
  if (!alive()) return;
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 10_000;
  while (alive()) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(25);
  }
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The last lines this start wrote to redis.log (older runs' lines left out). */
function logTail(path: string, from: number): string {
  try {
    const text = readFileSync(path).subarray(from).toString('utf8');
    return text.trim().split('\n').slice(-3).join(' | ');
  } catch {
    return '';
  }
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
