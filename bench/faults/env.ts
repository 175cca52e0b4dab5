// The environment the fault areas share: lab hosts, a private redis-server, a config file.
import { resolve } from 'node:path';
import type { Config, ServerConfig } from '../../config/schema.js';
import { connectSsh } from '../../executors/ssh.js';
import type { Target } from '../../executors/target.js';
import type { RedisServer } from '../../queue/embedded-redis.js';
import type { Lab } from '../../testkit/lab/index.js';

export interface FaultEnv {
  readonly lab: Lab;
  /** A scratch directory of the run, removed at the end. */
  readonly dir: string;
  /** The lab's config, as a file and parsed. */
  readonly configPath: string;
  readonly config: Config;
  /** A redis-server of the benchmark's own (areas that kill Redis start their own). */
  readonly redis: RedisServer;
  readonly say: (line: string) => void;
}

/** The built command line. */
export const BIN = resolve('bin/vos-assist.js');

export function serverOf(env: FaultEnv, id: string): ServerConfig {
  const s = env.config.servers.find((x) => x.id === id);
  if (!s) throw new Error(`no server ${id} in the lab config`);
  return s;
}

/** The product's SSH, as the engine and the workers open it. */
export const openTarget = (server: ServerConfig, signal?: AbortSignal): Promise<Target> => connectSsh(server, signal ? { signal } : {});
