import { dirname } from 'node:path';
import { checkRedis, createRedis, DEFAULT_REDIS_URL, Producer, startWebhookWorker, startWorkers } from '../../queue/index.js';
import { FollowUps } from '../../runs/follow-up.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { Watches } from '../../runs/watch.js';
import { EXIT, type CliContext } from '../context.js';
import { setup } from '../setup.js';
import { onShutdown } from '../shutdown.js';

export interface WorkerCommandOptions {
  concurrency?: number;
  /** Lock duration / stalled check / server lock TTL in ms (how fast a dead worker's job is taken over). */
  stallMs?: number;
}

/** `vos-assist worker`: run queue workers until SIGTERM/SIGINT, then finish running steps and exit. */
export async function worker(ctx: CliContext, opts: WorkerCommandOptions): Promise<number> {
  const env = await setup(ctx);
  const url = ctx.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  const log = (m: string) => ctx.stderr.write(`${new Date().toISOString()} ${m}\n`);
  try {
    await checkRedis(url, { warn: (m) => log(`warning: ${m}`) });
  } catch (err) {
    await env.close();
    throw err;
  }
  const connection = createRedis(url);
  connection.on('error', () => {});
  const concurrency = opts.concurrency ?? env.config.settings.workerConcurrency;
  const timing = opts.stallMs ? { lockDurationMs: opts.stallMs, stalledIntervalMs: opts.stallMs, serverLockTtlMs: opts.stallMs } : {};
  const producer = new Producer(connection);
  // Follow-ups of the fixes this worker applies, and the checks of watches (a watch that sees the problem asks for a diagnosis).
  const lifecycle = new RunLifecycle({ store: env.store, queue: producer, config: () => env.config });
  const followUps = new FollowUps({ store: env.store, scheduler: producer, checks: () => env.config.settings.checks });
  const watches = new Watches({ store: env.store, scheduler: producer, requestDiagnosis: (r) => lifecycle.requestDiagnosis(r), config: () => env.config, openTarget: env.openTarget, log });
  const workers = startWorkers(
    { connection, store: env.store, serverById: (id) => env.config.servers.find((s) => s.id === id), servers: () => env.config.servers, openTarget: env.openTarget, followUps, watches, log },
    { concurrency, ...timing, backups: { retentionDays: env.config.settings.backups.retentionDays } },
  );
  // Webhook deliveries too: with `start --no-workers` these are the only workers.
  const webhooks = startWebhookWorker({ connection, webhooks: () => env.config.webhooks, env: ctx.env, baseDir: dirname(ctx.configPath), log });
  const requeued = await producer.reconcile(env.store);
  if (requeued.length) log(`re-enqueued ${requeued.length} run(s) the store had as pending: ${requeued.join(', ')}`);
  await followUps.reconcile();
  await watches.reconcile();
  log(`worker ready (concurrency ${concurrency}, Redis ${url})`);
  await onShutdown();
  // Closing first: only then does "stopping" promise that no new job is taken.
  const closing = Promise.all([workers.close(), webhooks.close()]);
  log('stopping: no new jobs; waiting for running steps to finish');
  await closing;
  await producer.close();
  connection.disconnect();
  await env.close();
  log('stopped');
  return EXIT.ok;
}
