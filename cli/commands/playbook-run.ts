import { isPlaybookId, playbookIds } from '../../playbooks/ids.js';
import { UsageError, type CliContext } from '../context.js';
import type { PlaybookRunOptions } from './options.js';
import { findServer, setup } from '../setup.js';

/**
 * `vos-assist playbook run ID --server ID [--dry-run] [--yes] [--json]` (and `--queue` for fleets).
 * This module checks the command line and starts the connection; it imports little, so the
 * server is reached early and the engine (playbook-run-direct.ts) loads while it answers.
 */
export async function playbookRun(ctx: CliContext, id: string, opts: PlaybookRunOptions): Promise<number> {
  if (!isPlaybookId(id)) throw new UsageError(`unknown playbook "${id}"; one of: ${playbookIds.join(', ')}`);
  if (opts.queue) return (await import('./playbook-run-queue.js')).playbookRunQueue(ctx, id, opts);
  if (opts.customer || opts.all) throw new UsageError('--customer and --all run through the job queue: add --queue');
  if (opts.server.length !== 1) throw new UsageError('give exactly one --server (or several with --queue)');
  if (!opts.dryRun && !opts.yes && !ctx.interactive) throw new UsageError('not a terminal: pass --yes to apply, or --dry-run to only show the plan');

  // The connection starts once the command line and the config are known to be good (inside
  // setup); the store, the engine and this command's body load while the server answers. The
  // body waits for the next turn of the event loop: in the bundled command line import() is a
  // require() in a microtask, and the SSH client (loaded and started in the microtasks setup
  // queues first) must send its first bytes before tens of ms of loading hold the thread.
  const started = setup(ctx, (config) => findServer(config, opts.server[0]!));
  const body = new Promise<void>((resolve) => setImmediate(resolve)).then(() => import('./playbook-run-direct.js'));
  body.catch(() => {}); // awaited below, once setup has settled
  const env = await started;
  try {
    const { playbookRunDirect } = await body;
    return await playbookRunDirect(ctx, env, id, opts);
  } finally {
    await env.close();
  }
}
