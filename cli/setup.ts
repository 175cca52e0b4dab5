import { dirname } from 'node:path';
import { userInfo } from 'node:os';
import type { Config, ServerConfig } from '../config/schema.js';
import { loadConfig } from '../config/load.js';
import type { RunStore } from '../store/types.js';
import type { Target } from '../executors/target.js';
import { UsageError, type CliContext } from './context.js';
import { earlyConfig, takeEarlyConnection } from './early-connect.js';

/** Config, store and SSH for one command; close() when done. */
export interface CommandEnv {
  readonly config: Config;
  readonly store: RunStore;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly requestedBy: string;
  close(): Promise<void>;
}

/**
 * Loads the config (exit 2 on problems) and opens the run store. `early` runs between the
 * two: a command that will talk to a server starts connecting there, so the SSH handshake
 * overlaps opening the store.
 */
export async function setup(ctx: CliContext, early?: (config: Config, openTarget: CommandEnv['openTarget']) => void): Promise<CommandEnv> {
  const config = await (earlyConfig(ctx.configPath) ?? loadConfig(ctx.configPath, { cacheDir: ctx.dataDir }));
  const baseDir = dirname(ctx.configPath);
  const openTarget: CommandEnv['openTarget'] = async (server, signal) => {
    const started = takeEarlyConnection(ctx.configPath, server.id);
    if (started) return started.target;
    const { connectSsh } = await import('../executors/ssh.js');
    return connectSsh(server, { env: ctx.env, baseDir, ...(signal ? { signal } : {}) });
  };
  early?.(config, openTarget);
  const { openRunStore } = await import('../store/open.js');
  const store = await openRunStore({ dataDir: ctx.dataDir, ...(ctx.env.DATABASE_URL ? { databaseUrl: ctx.env.DATABASE_URL } : {}) });
  return {
    config,
    store,
    openTarget,
    requestedBy: `cli:${safeUser()}`,
    close: () => store.close(),
  };
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
