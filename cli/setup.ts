import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import type { Config, ServerConfig } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import { connectSsh } from '../executors/ssh.js';
import type { RunStore } from '../store/types.js';
import type { Target } from '../executors/target.js';
import { UsageError, type CliContext } from './context.js';

type OpenTarget = (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;

/** Config, store and SSH for one command; close() when done. */
export interface CommandEnv {
  readonly config: Config;
  readonly store: RunStore;
  readonly openTarget: OpenTarget;
  readonly requestedBy: string;
  close(): Promise<void>;
}

/** The config file of this command line (exit 2 on problems). */
export function loadCommandConfig(ctx: CliContext): Promise<Config> {
  return loadConfig(ctx.configPath, { cacheDir: ctx.dataDir });
}

/**
 * Loads the config and opens the run store. `first`, when given, is a server the command
 * will talk to: its connection starts before the store and the rest of the command load, and
 * `openTarget` hands it out the first time that server is asked for.
 */
export async function setup(ctx: CliContext, first?: (config: Config) => ServerConfig): Promise<CommandEnv> {
  const config = await loadCommandConfig(ctx);
  const baseDir = dirname(ctx.configPath);
  const connect: OpenTarget = (server, signal) => connectSsh(server, { env: ctx.env, baseDir, ...(signal ? { signal } : {}) });
  let openTarget = connect;
  let started: { server: ServerConfig; target: Promise<Target> } | null = null;
  if (first) {
    const server = first(config);
    started = { server, target: connect(server) };
    started.target.catch(() => {}); // reported by whoever takes it
    // The store loads and opens below in microtasks only (SQLite is synchronous): without a
    // turn of the event loop first, the connection would not leave before all of it ran.
    await new Promise((resolve) => setImmediate(resolve));
    openTarget = (server, signal) => {
      if (started?.server.id !== server.id) return connect(server, signal);
      const { target } = started;
      started = null;
      return target;
    };
  }
  try {
    const { openRunStore } = await import('../store/open.js');
    const store = await openRunStore({ dataDir: ctx.dataDir, ...(ctx.env.DATABASE_URL ? { databaseUrl: ctx.env.DATABASE_URL } : {}) });
    return {
      config,
      store,
      openTarget,
      requestedBy: `cli:${safeUser()}`,
      close: async () => {
        // A connection started for a command that ended before it used it.
        await started?.target.then((t) => t.close(), () => {});
        await store.close();
      },
    };
  } catch (err) {
    await started?.target.then((t) => t.close(), () => {});
    throw err;
  }
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** The server with this id, or a usage error listing the known ones. */
export function findServer(config: Config, id: string): ServerConfig {
  const s = config.servers.find((x) => x.id === id);
  if (!s) throw new UsageError(`unknown server "${id}"; known: ${config.servers.map((x) => x.id).join(', ') || '(none in the config)'}`);
  return s;
}
