// A redis-server of a test's (or benchmark's) own, with a connection that can see who else is
// connected: what a suite uses to show that a shutdown left no connection open.
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { findExecutable, spawnRedisServer, type RedisServer } from '../queue/embedded-redis.js';
import { closedPort } from './wait.js';

export interface PrivateRedis {
  readonly server: RedisServer;
  /** The CLIENT LIST lines of every connection but the one this object looks through. */
  otherClients(): Promise<string[]>;
  /** The keys matching `pattern` (KEYS: a private server is small). */
  keys(pattern: string): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts redis-server on a free port with its files under `dir`. */
export async function startPrivateRedis(dir: string): Promise<PrivateRedis> {
  const binary = findExecutable('redis-server', process.env.PATH);
  if (!binary) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const server = await spawnRedisServer({ binary, dir: join(dir, 'redis'), port: await closedPort() });
  const probe = new Redis(server.url, { connectionName: 'private-redis-probe' });
  return {
    server,
    otherClients: async () => ((await probe.client('LIST')) as string).split('\n').filter((l) => l.trim() && !l.includes(' name=private-redis-probe ')),
    keys: (pattern) => probe.keys(pattern),
    close: async () => {
      probe.disconnect();
      await server.stop();
    },
  };
}
