import type { Confirm } from '../../runs/engine/index.js';
import { isPlaybookId, playbookIds } from '../../playbooks/ids.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { formatPlan, formatResult, resultJson } from '../format.js';
import type { PlaybookRunOptions } from './options.js';
import { askYesNo } from '../prompt.js';
import { findServer, setup } from '../setup.js';
import { typedRun } from '../../runs/records.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import type { HeldServerLock } from '../../store/server-lock.js';
import { holdServer } from './hold-server.js';

/** `vos-assist playbook run ID --server ID [--dry-run] [--yes] [--json]` (and `--queue` for fleets). */
export async function playbookRun(ctx: CliContext, id: string, opts: PlaybookRunOptions): Promise<number> {
  if (!isPlaybookId(id)) throw new UsageError(`unknown playbook "${id}"; one of: ${playbookIds.join(', ')}`);
  if (opts.queue) return (await import('./playbook-run-queue.js')).playbookRunQueue(ctx, id, opts);
  if (opts.customer || opts.all) throw new UsageError('--customer and --all run through the job queue: add --queue');
  if (opts.server.length !== 1) throw new UsageError('give exactly one --server (or several with --queue)');
  if (!opts.dryRun && !opts.yes && !ctx.interactive) throw new UsageError('not a terminal: pass --yes to apply, or --dry-run to only show the plan');

  // The connection starts once the command line and the config are known to be good; the
  // store and the engine load while the server answers.
  const env = await setup(ctx, (config) => findServer(config, opts.server[0]!));
  let lock: HeldServerLock | null = null;
  try {
    const server = findServer(env.config, opts.server[0]!);
    // One change at a time per server, whoever makes it (a worker, another command line). A
    // dry run changes nothing and does not wait.
    if (!opts.dryRun) lock = await holdServer(ctx, env.store, server.id, `playbook run ${id}`, env.requestedBy, opts.wait);
    const { Engine } = await import('../../runs/engine/index.js');
    const run = await new RunLifecycle({ store: env.store, config: () => env.config }).startDirect('remediate', id as (typeof playbookIds)[number], server, env.requestedBy, { dryRun: !!opts.dryRun });
    const confirm: Confirm | undefined =
      opts.yes || opts.dryRun
        ? undefined
        : async (plan) => {
            ctx.stderr.write(`${formatPlan(plan)}\n\n`);
            if (!plan.changes.some((c) => c.changed)) return true;
            return askYesNo(ctx, `Apply to ${server.id}?`);
          };
    const runner = new Engine({
      store: env.store,
      openTarget: env.openTarget,
      onProgress: opts.json ? undefined : (p) => ctx.stderr.write(`  ${p.step}/${p.total} ${p.label}\n`),
    });
    const result = await runner.execute(run.id, server, { dryRun: !!opts.dryRun, ...(confirm ? { confirm } : {}) });
    if (opts.json) ctx.stdout.write(`${resultJson(result)}\n`);
    else {
      if (opts.dryRun) {
        const stored = await env.store.getRun(run.id);
        const plan = stored ? typedRun(stored).plan : null;
        if (plan) ctx.stdout.write(`${formatPlan(plan)}\n\n`);
      }
      ctx.stdout.write(`${formatResult(result, server.id)}\n`);
    }
    return result.status === 'failed' ? EXIT.failed : EXIT.ok;
  } finally {
    await lock?.release();
    await env.close();
  }
}
