import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { createRedis } from '../../queue/connection.js';
import { openRunEvents, type RunEventStream } from '../../queue/events.js';
import { Producer } from '../../queue/producer.js';
import { startWorkers, type WorkerOptions, type Workers } from '../../queue/worker.js';
import { isFinal, type Run } from '../../store/types.js';
import { engineFixture, type EngineFixture } from '../helpers/engine.js';
import type { ConfigYamlOptions, Lab } from '../../testkit/lab/index.js';
import { until } from './helpers.js';

/**
 * Engine fixture (store + lab config + SSH) plus a Redis connection and a BullMQ key prefix
 * of its own: `randomUUID` in the prefix keeps parallel test files and reruns apart even on
 * one database, and close() deletes exactly the keys under it.
 */
export interface QueueFixture {
  readonly f: EngineFixture;
  readonly url: string;
  readonly prefix: string;
  readonly connection: Redis;
  readonly producer: Producer;
  startWorkers(opts?: WorkerOptions): Workers;
  /** Run events of the remediate queue under this fixture's prefix. */
  runEvents(): Promise<RunEventStream>;
  /** A remediation run as an approval leaves it: queued. */
  queuedRun(playbook: 'port_exhaustion' | 'nat_unregistered' | 'firewall_rst', serverId: string): Promise<Run>;
  waitFinal(runId: string, timeoutMs?: number): Promise<Run>;
  close(): Promise<void>;
}

export async function queueFixture(lab: Lab, url: string, labOpts?: ConfigYamlOptions): Promise<QueueFixture> {
  const f = await engineFixture(lab, labOpts);
  const prefix = `vq${randomUUID().slice(0, 8)}`;
  const connection = createRedis(url);
  connection.on('error', () => {});
  const producer = new Producer(connection, prefix);
  const started: Workers[] = [];
  const events: RunEventStream[] = [];
  return {
    f,
    url,
    prefix,
    connection,
    producer,
    startWorkers: (opts = {}) => {
      const w = startWorkers(
        { connection, store: f.store, serverById: (id) => f.config.servers.find((s) => s.id === id), openTarget: f.openTarget },
        { prefix, ...opts },
      );
      started.push(w);
      return w;
    },
    runEvents: async () => {
      const stream = await openRunEvents(url, { prefix, queues: ['remediate'] });
      events.push(stream);
      return stream;
    },
    queuedRun: (playbook, serverId) => {
      const s = f.server(serverId);
      return f.store.createRun({ kind: 'remediate', playbook, serverId, customerId: s.customer, status: 'queued', requestedBy: 'test' });
    },
    waitFinal: (runId, timeoutMs = 25_000) =>
      until(async () => {
        const r = await f.store.getRun(runId);
        return r && isFinal(r.status) ? r : null;
      }, `run ${runId} to finish`, timeoutMs),
    close: async () => {
      await Promise.all(started.map((w) => w.close()));
      await Promise.all(events.map((e) => e.close()));
      await producer.close();
      await deleteKeys(connection, `${prefix}:*`);
      connection.disconnect();
      await f.close();
    },
  };
}

/** Deletes the keys matching `pattern` (SCAN, not KEYS: the database is shared). */
export async function deleteKeys(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length) await redis.del(...keys);
  } while (cursor !== '0');
}
