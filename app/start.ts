import type { FastifyInstance } from 'fastify';
import type { Redis } from 'ioredis';
import { Assistant, Directory, type AssistantOptions, type Channel } from '../bot/index.js';
import { ConfigError } from '../config/errors.js';
import { ConfigHolder, describeChanges, type ConfigChanges } from '../config/holder.js';
import type { Config, ServerConfig } from '../config/schema.js';
import type { Target } from '../executors/target.js';
import { Conversations } from '../conversations/index.js';
import { startConversationJobs, type ConversationJobName, type ConversationJobs } from '../queue/conversation-jobs.js';
import { createRedis } from '../queue/connection.js';
import { handoffEvent, runEvents, type WebhookEvent } from '../queue/webhook-events.js';
import { startWebhookWorker, WebhookProducer, type DeliveryOptions } from '../queue/webhooks.js';
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
  /** The config to start with, or the holder of the current one (a reload replaces its config). */
  readonly config: Config | ConfigHolder;
  /** Reads and validates the config file again (`reload`, SIGHUP); throws ConfigError when the file is refused. Without it, reload is refused. */
  readonly loadConfig?: () => Promise<Config>;
  readonly store: RunStore;
  readonly redisUrl: string;
  readonly channel: Channel;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly log: (msg: string) => void;
  readonly now?: () => Date;
  /** Where webhook secrets come from (`secretEnv`) and where a relative `secretFile` is found. @defaultValue process.env, the working directory */
  readonly env?: NodeJS.ProcessEnv;
  readonly configDir?: string;
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
  /** Retries of webhook deliveries (tests shorten them). */
  webhooks?: DeliveryOptions;
  /** How often the conversations' jobs look for due reminders, idle takeovers, old transcripts. @defaultValue see CONVERSATION_JOBS_EVERY_MS */
  conversationJobsEveryMs?: Partial<Record<ConversationJobName, number>>;
}

/** What a reload did: the new config is in force, or the file was refused and the running one stays. */
export type ReloadOutcome =
  | { readonly ok: true; readonly changes: ConfigChanges; readonly summary: string }
  | { readonly ok: false; readonly error: string };

/** The running product. */
export interface App {
  /** The config in force now. */
  readonly config: ConfigHolder;
  /**
   * Reads the config file again. A valid file takes effect at once (new customers, servers and
   * engineers for the bot, the dashboard and the next jobs; jobs already running keep the config
   * they started with); settings read only at start are reported as needing a restart. A file
   * that is refused changes nothing, and the outcome says file, line and reason.
   */
  reload(): Promise<ReloadOutcome>;
  readonly assistant: Assistant;
  readonly actions: RunLifecycle;
  /** Transcripts, hand-offs, takeovers: the one instance the bot, the dashboard and the jobs share (a hand-off also goes to the webhooks). */
  readonly conversations: Conversations;
  readonly producer: Producer;
  /** Watches of servers (read-only checks until a problem shows up). */
  readonly watches: Watches;
  /** Outgoing webhooks: the queue of deliveries. */
  readonly webhooks: WebhookProducer;
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
  const { store, log } = deps;
  const holder = deps.config instanceof ConfigHolder ? deps.config : new ConfigHolder(deps.config);
  // Read once: what the process is built with (worker count, dashboard settings) needs a restart to change.
  const config = holder.current();
  const now = deps.now ? { now: deps.now } : {};
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const connection: Redis = createRedis(deps.redisUrl);
  connection.on('error', (e) => log(`redis: ${e.message}`));
  const producer = new Producer(connection, options.prefix);
  const metrics = createMetrics({ processMetrics: true });
  const directory = new Directory(holder.current);
  const webhooks = new WebhookProducer(connection, () => holder.current().webhooks, { ...prefix, ...options.webhooks });
  // Not awaited: while Redis is away the add waits for it, and people hear about runs meanwhile.
  // The job id is the event's, so an event queued again (a drain told twice) is one delivery.
  const emit = (events: readonly WebhookEvent[]) => void webhooks.emit(events).catch((e: Error) => log(`webhooks: could not queue ${events.map((x) => `${x.type} ${x.id}`).join(', ')}: ${e.message}`));
  const conversations = new Conversations({ store: store.conversations, config: holder.current, ...now, onHandOff: (h) => emit([handoffEvent(h)]) });
  const outbox = new RunOutbox(store, { log, ...now });
  const feed = new RunFeed(outbox, { log, ...(options.outboxCheckMs ? { everyMs: options.outboxCheckMs } : {}) });
  const actions = new RunLifecycle({
    store,
    queue: producer,
    config: holder.current,
    ...now,
    onDecision: (e) => {
      metrics.observeDecision(e);
      feed.wake();
    },
  });
  const send = (chat: string, text: string) => deps.channel.send(chat, text);
  // Watches and follow-ups: read-only checks, scheduled as delayed jobs, their state in the store.
  const watches = new Watches({ store, scheduler: producer, requestDiagnosis: (r) => actions.requestDiagnosis(r), config: holder.current, openTarget: deps.openTarget, log, ...now });
  const followUps = new FollowUps({ store, scheduler: producer, checks: () => holder.current().settings.checks, ...now });
  const assistant = new Assistant({ store, directory, lifecycle: actions, conversations, watches, send, log, onMatch: (m) => metrics.observeMatch(m), ...now }, options.bot);

  // Created as start-up goes; stop() takes down whatever exists, so a start-up that fails
  // half-way (the channel refusing to start: logged out, replaced, forbidden) leaves nothing
  // running while the caller closes the store.
  let events: RunEventStream | null = null;
  let workers: Workers | null = null;
  let webhookWorker: { close(): Promise<void> } | null = null;
  let conversationJobs: ConversationJobs | null = null;
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
      await conversationJobs?.close();
      await workers?.close();
      await webhookWorker?.close();
      await webhooks.close();
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
        { connection, store, serverById: (id) => directory.server(id), servers: () => holder.current().servers, openTarget: deps.openTarget, followUps, watches, onChecked: () => feed.wake(), log },
        { concurrency: config.settings.workerConcurrency, backups: { retentionDays: config.settings.backups.retentionDays }, ...prefix, ...options.workerOptions },
      );
      webhookWorker = startWebhookWorker(
        { connection, webhooks: () => holder.current().webhooks, env: deps.env ?? process.env, baseDir: deps.configDir ?? process.cwd(), log, onResult: (result, job) => metrics.observeWebhook(result, job.type) },
        { ...prefix, ...options.webhooks },
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
        { store, actions, config: holder.current, queues: [...Object.values(producer.queues), producer.checks, webhooks.queue], metrics, conversations, webhookFailures: (limit) => webhooks.failed(limit), send, ...now },
        webServerOptions(config.settings.web, options.web.metricsToken),
      );
      webUrl = await web.listen({ host: options.web.host, port: options.web.port });
      log(`dashboard on ${webUrl}`);
    }

    await assistant.load();
    // The process with the chat channel runs them: what they find is told through it.
    conversationJobs = startConversationJobs(
      { connection, conversations, deliver: (notices) => assistant.deliver(notices), canDeliver: () => deps.channel.status?.().state !== 'standby', log },
      { ...prefix, ...(options.conversationJobsEveryMs ? { everyMs: options.conversationJobsEveryMs } : {}) },
    );
    await feed.start(async (changes, run) => {
      emit(runEvents(changes, deps.now?.() ?? new Date()));
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

  // One reload at a time: a SIGHUP during `vos-assist reload` waits for it.
  let reloading: Promise<ReloadOutcome> = Promise.resolve({ ok: false, error: 'no reload yet' });
  const reload = () =>
    (reloading = reloading.catch(() => null).then(async (): Promise<ReloadOutcome> => {
      if (!deps.loadConfig) return { ok: false, error: 'this process was started without a config file to read again' };
      let next: Config;
      try {
        next = await deps.loadConfig();
      } catch (err) {
        const error = err instanceof ConfigError ? `${err.problemsText}\nFix the file and reload again; the running config stays in force.` : `cannot read the config: ${(err as Error).message}`;
        log(`reload refused: ${error}`);
        return { ok: false, error };
      }
      const changes = holder.replace(next);
      const summary = describeChanges(changes);
      log(`config reloaded: ${summary}`);
      return { ok: true, changes, summary };
    }));

  return {
    config: holder,
    reload,
    assistant,
    actions,
    conversations,
    producer,
    watches,
    webhooks,
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
