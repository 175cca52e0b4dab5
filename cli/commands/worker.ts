import { checkRedis, createRedis, DEFAULT_REDIS_URL, Producer, startWorkers } from '../../queue/index.js';
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
  const env = await setup(ctx, undefined, { longRunning: true });
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
  const workers = startWorkers(
    { connection, store: env.store, serverById: (id) => env.config.servers.find((s) => s.id === id), servers: () => env.config.servers, openTarget: env.openTarget, log },
    { concurrency, ...timing, backups: { retentionDays: env.config.settings.backups.retentionDays } },
  );
  const producer = new Producer(connection);
  const requeued = await producer.reconcile(env.store);
  if (requeued.length) log(`re-enqueued ${requeued.length} run(s) the store had as pending: ${requeued.join(', ')}`);
  log(`worker ready (concurrency ${concurrency}, Redis ${url})`);
  await onShutdown();
  // Closing first: only then does "stopping" promise that no new job is taken.
  const closing = workers.close();
  log('stopping: no new jobs; waiting for running steps to finish');
  await closing;
  await producer.close();
  connection.disconnect();
  await env.close();
  log('stopped');
  return EXIT.ok;
}
