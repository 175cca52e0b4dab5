import { QueueEvents } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import type { Channel } from '../bot/channel.js';
import { Assistant } from '../bot/assistant.js';
import { Directory } from '../bot/directory.js';
import { createMatcher, type Matcher } from '../bot/matcher/index.js';
import { trainingExamples } from '../playbooks/examples/index.js';
import type { Config, ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { jobProgressSchema, QUEUES } from '../queue/jobs.js';
import { createRedis } from '../queue/connection.js';
import { Producer } from '../queue/producer.js';
import { startWorkers, type WorkerOptions, type Workers } from '../queue/worker.js';
import type { RunStore } from '../store/types.js';
import { createMetrics, type Metrics } from '../web/metrics.js';
import { RunLifecycle } from '../runs/lifecycle.js';

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
  /** BullMQ key prefix of the queues, workers and events (tests share a Redis database with it). @defaultValue "bull" */
  prefix?: string;
}

/** The running product. */
export interface App {
  readonly assistant: Assistant;
  readonly actions: RunLifecycle;
  readonly producer: Producer;
  readonly metrics: Metrics;
  readonly web: FastifyInstance | null;
  /** The dashboard's address when it listens. */
  readonly webUrl: string | null;
  /** Ordered shutdown: channel, dashboard, workers, queue connections. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Runs the matcher over its own training messages a few times: the first thousand calls
 * of a cold process are ~10x slower (JIT), and the first customers should not pay for it.
 */
function warmUp(matcher: Matcher): void {
  const texts = Object.values(trainingExamples).flat();
  for (let i = 0; i < 3000; i++) matcher.match(texts[i % texts.length]!);
}

const runIdOfJob = (jobId: string) => jobId.replace(/-(apply|rollback|diagnose)$/, '');

/**
 * Wires channel → assistant → queue → workers → store, and the dashboard, in one process.
 * Run events reach the assistant through BullMQ QueueEvents, so a worker on another
 * machine reports to the chat just the same.
 */
export async function startApp(deps: AppDeps, options: AppOptions = {}): Promise<App> {
  const { config, store, log } = deps;
  const connection: Redis = createRedis(deps.redisUrl);
  connection.on('error', (e) => log(`redis: ${e.message}`));
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const producer = new Producer(connection, options.prefix);
  const metrics = createMetrics({ processMetrics: true });
  const directory = new Directory(config);
  let assistant!: Assistant;
  const actions = new RunLifecycle({
    store,
    queue: producer,
    config: () => config,
    ...(deps.now ? { now: deps.now } : {}),
    onDecision: (e) => {
      metrics.observeDecision(e);
      void assistant.onDecision(e);
    },
  });
  const matcher = createMatcher({ servers: config.servers.map((s) => ({ id: s.id, host: s.host, ...(s.name ? { name: s.name } : {}) })) });
  warmUp(matcher);
  assistant = new Assistant({
    store,
    directory,
    matcher,
    actions,
    queue: producer,
    send: (chat, text) => deps.channel.send(chat, text),
    log,
    onMatch: (m) => metrics.observeMatch(m),
    ...(deps.now ? { now: deps.now } : {}),
  });

  const eventConnections: Redis[] = [];
  const events = (name: string) => {
    const c = createRedis(deps.redisUrl);
    c.on('error', () => {});
    eventConnections.push(c);
    return new QueueEvents(name, { connection: c, ...prefix });
  };
  const diagnoseEvents = events(QUEUES.diagnose);
  const remediateEvents = events(QUEUES.remediate);
  const finished = async (jobId: string, handler: (runId: string) => Promise<void>) => {
    const runId = runIdOfJob(jobId);
    await handler(runId);
    const run = await store.getRun(runId);
    if (run) metrics.observeRun(run);
  };
  diagnoseEvents.on('completed', ({ jobId }) => void finished(jobId, (id) => assistant.onDiagnosed(id)));
  diagnoseEvents.on('failed', ({ jobId }) => void finished(jobId, (id) => assistant.onDiagnosed(id)));
  remediateEvents.on('progress', ({ data }) => {
    const p = jobProgressSchema.safeParse(data);
    if (p.success) void assistant.onProgress(p.data);
  });
  remediateEvents.on('completed', ({ jobId }) => void finished(jobId, (id) => assistant.onRunFinished(id)));
  remediateEvents.on('failed', ({ jobId }) => void finished(jobId, (id) => assistant.onRunFinished(id)));
  await Promise.all([diagnoseEvents.waitUntilReady(), remediateEvents.waitUntilReady()]);

  let workers: Workers | null = null;
  if (options.workers !== false) {
    workers = startWorkers(
      { connection, store, serverById: (id) => directory.server(id), openTarget: deps.openTarget, log },
      { concurrency: config.settings.workerConcurrency, ...prefix, ...options.workerOptions },
    );
    const requeued = await producer.reconcile(store);
    if (requeued.length) log(`re-enqueued ${requeued.length} pending run(s): ${requeued.join(', ')}`);
  }

  let web: FastifyInstance | null = null;
  let webUrl: string | null = null;
  if (options.web) {
    const { createWebServer, webServerOptions } = await import('../web/server.js');
    web = await createWebServer(
      { store, actions, config, queues: Object.values(producer.queues), metrics, ...(deps.now ? { now: deps.now } : {}) },
      webServerOptions(config.settings.web, options.web.metricsToken),
    );
    webUrl = await web.listen({ host: options.web.host, port: options.web.port });
    log(`dashboard on ${webUrl}`);
  }

  await assistant.resync();
  const expiry = setInterval(() => void actions.expireDue().catch((e: Error) => log(`expiry check: ${e.message}`)), options.expiryCheckMs ?? 30_000);
  expiry.unref();
  await deps.channel.start(assistant.handle);

  let stopping: Promise<void> | null = null;
  return {
    assistant,
    actions,
    producer,
    metrics,
    web,
    webUrl,
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(expiry);
        await deps.channel.stop().catch((e: Error) => log(`channel stop: ${e.message}`));
        await assistant.idle();
        await web?.close();
        await workers?.close();
        await Promise.all([diagnoseEvents.close(), remediateEvents.close()]);
        await producer.close();
        for (const c of eventConnections) c.disconnect();
        connection.disconnect();
      })()),
  };
}
