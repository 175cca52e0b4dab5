import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Assistant, Directory, type AssistantOptions, type Channel } from '../bot/index.js';
import type { Config, ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { createRedis } from '../queue/connection.js';
import { openRunEvents, type RunEventStream } from '../queue/events.js';
import { Producer } from '../queue/producer.js';
import { startWorkers, type WorkerOptions, type Workers } from '../queue/worker.js';
import { FollowUps } from '../runs/follow-up.js';
import { RunLifecycle } from '../runs/lifecycle.js';
import { Watches } from '../runs/watch.js';
import { RunFeed, RunOutbox } from '../runs/outbox.js';
import type { RunStore } from '../store/types.js';
import { createMetrics, type Metrics } from '../web/metrics.js';

/** Everything `start` runs in one process, already created by the caller where it needs I/O choices. */
export interface AppDeps {
  readonly config: Config;
  readonly store: RunStore;
  readonly redisUrl: string;
  readonly channel: Channel;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly log: (msg: string) => void;
  readonly now?: () => Date;
}

export interface AppOptions {
  /** Run queue workers in this process. @defaultValue true */
  workers?: boolean;
  workerOptions?: WorkerOptions;
  /** Serve the dashboard here (config `settings.web` for TLS; the /metrics token, if any); null: no dashboard. @defaultValue null */
  web?: { host: string; port: number; metricsToken?: string } | null;
  /** How often proposals are checked for expiry. @defaultValue 30 000 ms */
  expiryCheckMs?: number;
  /** How often the run outbox is read when no queue event or decision wakes it. @defaultValue 2 000 ms */
  outboxCheckMs?: number;
  /** BullMQ key prefix of the queues, workers and events (tests share a Redis database with it). @defaultValue "bull" */
  prefix?: string;
  /** The assistant's rate limits and cool-downs. */
  bot?: AssistantOptions;
}

/** The running product. */
export interface App {
  readonly assistant: Assistant;
  readonly actions: RunLifecycle;
  readonly producer: Producer;
  /** Watches of servers (read-only checks until a problem shows up). */
  readonly watches: Watches;
  readonly metrics: Metrics;
  readonly web: FastifyInstance | null;
  /** The dashboard's address when it listens. */
  readonly webUrl: string | null;
  /**
   * What a start does to catch up, done now: reads the chats' states from the store again,
   * re-enqueues runs whose jobs Redis no longer has, and tells people what happened to runs
   * while nobody was listening.
   */
  resync(): Promise<void>;
  /** Ordered shutdown: held-back messages, channel, dashboard, workers, queue connections (the caller closes the store after). Idempotent. */
  stop(): Promise<void>;
}

/**
 * Wires channel → assistant → run lifecycle → queue → workers → store, and the dashboard, in
 * one process. People hear about runs from the store's run outbox, so a run that a worker on
 * another machine finished, or that ended while Redis lost its events, is still announced;
 * queue events only make that prompt. Whenever the Redis connection comes back, the store's
 * queued runs are checked against the queue.
 *
 * When start-up fails (Redis refuses, the dashboard's port is taken, the chat channel will not
 * start), what had started is stopped in order before the error is passed on: nothing of the
 * app runs on while the caller closes the store.
 */
export async function startApp(deps: AppDeps, options: AppOptions = {}): Promise<App> {
  const { config, store, log } = deps;
  const now = deps.now ? { now: deps.now } : {};
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const connection: Redis = createRedis(deps.redisUrl);
  connection.on('error', (e) => log(`redis: ${e.message}`));
  const producer = new Producer(connection, options.prefix);
  const metrics = createMetrics({ processMetrics: true });
  const directory = new Directory(config);
  const outbox = new RunOutbox(store, { log, ...now });
  const feed = new RunFeed(outbox, { log, ...(options.outboxCheckMs ? { everyMs: options.outboxCheckMs } : {}) });
  const actions = new RunLifecycle({
    store,
    queue: producer,
    config: () => config,
    ...now,
    onDecision: (e) => {
      metrics.observeDecision(e);
      feed.wake();
    },
  });
  // Watches and follow-ups: read-only checks, scheduled as delayed jobs, their state in the store.
  const watches = new Watches({ store, scheduler: producer, requestDiagnosis: (r) => actions.requestDiagnosis(r), config: () => config, openTarget: deps.openTarget, log, ...now });
  const followUps = new FollowUps({ store, scheduler: producer, checks: () => config.settings.checks, ...now });
  const assistant = new Assistant(
    { store, directory, lifecycle: actions, watches, send: (chat, text) => deps.channel.send(chat, text), log, onMatch: (m) => metrics.observeMatch(m), ...now },
    options.bot,
  );

  // Created as start-up goes; stop() takes down whatever exists, so a start-up that fails
  // half-way (the channel refusing to start: logged out, replaced, forbidden) leaves nothing
  // running while the caller closes the store.
  let events: RunEventStream | null = null;
  let workers: Workers | null = null;
  let stopReconciling: (() => void) | null = null;
  let web: FastifyInstance | null = null;
  let webUrl: string | null = null;
  let expiry: NodeJS.Timeout | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= (async () => {
      if (expiry) clearInterval(expiry);
      // Messages held back by the rate limit are read now, while the channel can still answer.
      assistant.release();
      await assistant.idle();
      await deps.channel.stop().catch((e: Error) => log(`channel stop: ${e.message}`));
      await assistant.idle();
      await feed.stop();
      await events?.close();
      await web?.close();
      await workers?.close();
      stopReconciling?.();
      await producer.close();
      connection.disconnect();
    })());

  const reconcile = async (running: boolean) => {
    const requeued = await producer.reconcile(store, { running });
    if (requeued.length) log(`re-enqueued ${requeued.length} pending run(s): ${requeued.join(', ')}`);
    // Follow-ups and watch checks Redis lost are scheduled again (one job each, whoever asks).
    const due = await followUps.reconcile();
    const watching = await watches.reconcile();
    if (due.length || watching) log(`scheduled: ${due.length} follow-up(s)${due.length ? ` (${due.join(', ')})` : ''}, ${watching} watch(es)`);
  };
  try {
    const stream = (events = await openRunEvents(deps.redisUrl, prefix));
    stream.subscribe({
      // A step is told after what the outbox holds (the approval comes before "1/4 …").
      progress: (p) => void feed.flush().then(() => assistant.onProgress(p)).catch((e: Error) => log(`progress of ${p.runId}: ${e.message}`)),
      settled: () => feed.wake(),
    });

    if (options.workers !== false) {
      workers = startWorkers(
        { connection, store, serverById: (id) => directory.server(id), servers: () => config.servers, openTarget: deps.openTarget, followUps, watches, onChecked: () => feed.wake(), log },
        { concurrency: config.settings.workerConcurrency, backups: { retentionDays: config.settings.backups.retentionDays }, ...prefix, ...options.workerOptions },
      );
    }
    // Running runs only when this process's own workers start: elsewhere a worker may still be on them.
    await reconcile(workers !== null);
    stopReconciling = producer.reconcileOnReconnect(store, (ids, err) => {
      log(err ? `Redis is back; checking the queued runs failed: ${err.message}` : `Redis is back; ${ids.length ? `re-enqueued ${ids.join(', ')}` : 'every queued run still has its job'}`);
      void Promise.all([followUps.reconcile(), watches.reconcile()]).catch((e: Error) => log(`Redis is back; scheduling follow-ups and watches again failed: ${e.message}`));
    });

    if (options.web) {
      const { createWebServer, webServerOptions } = await import('../web/server.js');
      web = await createWebServer(
        { store, actions, config, queues: [...Object.values(producer.queues), producer.checks], metrics, ...now },
        webServerOptions(config.settings.web, options.web.metricsToken),
      );
      webUrl = await web.listen({ host: options.web.host, port: options.web.port });
      log(`dashboard on ${webUrl}`);
    }

    await assistant.load();
    await feed.start(async (changes, run) => {
      await assistant.onRunChanges(changes);
      if (changes.some((c) => c.type === 'ended')) metrics.observeRun(run);
    });
    expiry = setInterval(() => void actions.expireDue().catch((e: Error) => log(`expiry check: ${e.message}`)), options.expiryCheckMs ?? 30_000);
    expiry.unref();
    await deps.channel.start(assistant.handle);
  } catch (err) {
    log(`start-up failed; stopping what had started (chat channel, dashboard, workers, queue connections): ${(err as Error).message}`);
    await stop().catch((e: Error) => log(`shutdown: ${e.message}`));
    throw err;
  }

  return {
    assistant,
    actions,
    producer,
    watches,
    metrics,
    web,
    webUrl,
    resync: async () => {
      await assistant.load();
      await reconcile(workers !== null);
      await outbox.sweep();
      await feed.flush();
    },
    stop,
  };
}
