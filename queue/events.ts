import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { createRedis } from './connection.js';
import { QUEUES, jobProgressSchema, runIdOfJob, type JobProgress } from './jobs.js';

/** A job that ended in Redis: its run, the queue it was on, and whether BullMQ counts it done or failed. */
export interface SettledJob {
  readonly runId: string;
  readonly queue: keyof typeof QUEUES;
  readonly outcome: 'completed' | 'failed';
  /** Why it failed (BullMQ's failedReason); absent when it completed. */
  readonly reason?: string;
}

/** What a listener may be told. Every handler is optional. */
export interface RunEventHandlers {
  /** A running job reported a step (remediate queue only: diagnoses report none). */
  progress?(p: JobProgress): void;
  /** A job completed or failed. The run store, not this event, says how the run ended. */
  settled?(job: SettledJob): void;
}

/** Options of {@link openRunEvents}. */
export interface RunEventOptions {
  /** BullMQ key prefix. @defaultValue "bull" */
  readonly prefix?: string;
  /** Which queues to listen to. @defaultValue both */
  readonly queues?: readonly (keyof typeof QUEUES)[];
  /** Redis errors (a restart, …); ioredis reconnects by itself. @defaultValue ignored */
  readonly onError?: (err: Error) => void;
}

/**
 * Run events as Redis relays them from every worker on every machine: progress and settled
 * jobs. They are hints that make the chat prompt, never the record: events published while
 * a listener was away, or lost with Redis, are gone; the run store keeps the truth.
 */
export interface RunEventStream {
  /** Adds handlers; returns a function that removes them. */
  subscribe(handlers: RunEventHandlers): () => void;
  /** Stops listening and closes the connections this stream opened. Idempotent. */
  close(): Promise<void>;
}

/** Listens to the queues' events at `url`; resolves once listening. */
export async function openRunEvents(url: string, options: RunEventOptions = {}): Promise<RunEventStream> {
  const handlers = new Set<RunEventHandlers>();
  const each = (fn: (h: RunEventHandlers) => void) => {
    for (const h of handlers) fn(h);
  };
  const onError = options.onError ?? (() => {});
  const connections: Redis[] = [];
  const listeners: QueueEvents[] = [];
  for (const queue of options.queues ?? (Object.keys(QUEUES) as (keyof typeof QUEUES)[])) {
    // QueueEvents duplicates the connection it is given and never closes the original: ours to close.
    const connection = createRedis(url, { lazyConnect: true });
    connection.on('error', onError);
    connections.push(connection);
    const events = new QueueEvents(QUEUES[queue], { connection, ...(options.prefix ? { prefix: options.prefix } : {}) });
    // Without a listener BullMQ prints every Redis error of a restart to stderr.
    events.on('error', onError);
    events.on('progress', ({ data }) => {
      const p = jobProgressSchema.safeParse(data);
      if (p.success) each((h) => h.progress?.(p.data));
    });
    events.on('completed', ({ jobId }) => each((h) => h.settled?.({ runId: runIdOfJob(jobId), queue, outcome: 'completed' })));
    events.on('failed', ({ jobId, failedReason }) => each((h) => h.settled?.({ runId: runIdOfJob(jobId), queue, outcome: 'failed', reason: failedReason })));
    listeners.push(events);
  }
  await Promise.all(listeners.map((e) => e.waitUntilReady()));
  let closing: Promise<void> | null = null;
  return {
    subscribe(h) {
      handlers.add(h);
      return () => void handlers.delete(h);
    },
    close: () =>
      (closing ??= (async () => {
        handlers.clear();
        await Promise.all(listeners.map((e) => e.close()));
        for (const c of connections) c.disconnect();
      })()),
  };
}
