import { checkRedis, createRedis, DEFAULT_REDIS_URL, openRunEvents, Producer, startWorkers, type RunEventStream, type Workers } from '../../queue/index.js';
import type { PlaybookId } from '../../playbooks/ids.js';
import type { ServerConfig } from '../../config/schema.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { formatResult, resultJson } from '../format.js';
import type { PlaybookRunOptions } from './options.js';
import { findServer, setup } from '../setup.js';
import { waitForRuns } from './wait-for-runs.js';

/**
 * `playbook run ID (--server A --server B … | --customer ID | --all) --queue`: one run per
 * server through the job queue; live progress on stderr, one result per server at the end.
 */
export async function playbookRunQueue(ctx: CliContext, id: string, opts: PlaybookRunOptions): Promise<number> {
  const chosen = [opts.server.length > 0, !!opts.customer, !!opts.all].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('choose the servers with --server (repeatable), --customer ID or --all');
  if (opts.dryRun) throw new UsageError('--dry-run runs in-process: drop --queue');
  if (!opts.yes && !ctx.interactive) throw new UsageError('not a terminal: pass --yes to apply through the queue');

  const env = await setup(ctx);
  const redisUrl = ctx.env.REDIS_URL ?? DEFAULT_REDIS_URL;
  let workers: Workers | null = null;
  let events: RunEventStream | null = null;
  const connection = createRedis(redisUrl);
  connection.on('error', () => {});
  const producer = new Producer(connection);
  try {
    await checkRedis(redisUrl, { warn: (m) => ctx.stderr.write(`warning: ${m}\n`) });
    const servers = selectServers(env.config, opts);
    if (servers.length === 0) throw new UsageError('no servers match');

    events = await openRunEvents(redisUrl, { queues: ['remediate'] });
    const names = new Map<string, string>();
    events.subscribe({
      progress: (p) => {
        if (names.has(p.runId)) ctx.stderr.write(`  ${p.runId} ${names.get(p.runId)} ${p.step}/${p.total} ${p.label}\n`);
      },
    });

    if ((await producer.remediateWorkers()) === 0) {
      ctx.stderr.write(`no worker is connected to ${redisUrl}: running one in this process (start more with \`vos-assist worker\`)\n`);
      workers = startWorkers({ connection, store: env.store, serverById: (sid) => env.config.servers.find((s) => s.id === sid), openTarget: env.openTarget }, { concurrency: env.config.settings.workerConcurrency });
    }

    const runs = await new RunLifecycle({ store: env.store, config: () => env.config, queue: producer }).startFleet(id as PlaybookId, servers, env.requestedBy);
    for (const r of runs) names.set(r.id, r.serverId);
    const runIds = runs.map((r) => r.id);
    if (!opts.json) for (const r of runs) ctx.stderr.write(`${r.id} ${r.serverId}: queued\n`);

    const results = await waitForRuns(env.store, runIds, events);
    for (const [i, r] of results.entries()) ctx.stdout.write(opts.json ? `${resultJson(r)}\n` : `${formatResult(r, servers[i]!.id)}\n`);
    return results.some((r) => r.status !== 'succeeded') ? EXIT.failed : EXIT.ok;
  } finally {
    await workers?.close();
    await events?.close();
    await producer.close();
    connection.disconnect();
    await env.close();
  }
}

function selectServers(config: Parameters<typeof findServer>[0], opts: PlaybookRunOptions): ServerConfig[] {
  if (opts.all) return config.servers;
  if (opts.customer) {
    if (!config.customers.some((c) => c.id === opts.customer)) throw new UsageError(`unknown customer "${opts.customer}"`);
    return config.servers.filter((s) => s.customer === opts.customer);
  }
  return [...new Set(opts.server)].map((s) => findServer(config, s));
}
