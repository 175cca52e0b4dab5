import type { Confirm } from '../../runs/engine/index.js';
import type { PlaybookId } from '../../playbooks/ids.js';
import { EXIT, type CliContext } from '../context.js';
import { formatPlan, formatResult, resultJson } from '../format.js';
import type { PlaybookRunOptions } from './options.js';
import { askYesNo } from '../prompt.js';
import { findServer, type CommandEnv } from '../setup.js';
import { typedRun } from '../../runs/records.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { Engine } from '../../runs/engine/index.js';
import type { HeldServerLock } from '../../store/server-lock.js';
import { holdServer } from './hold-server.js';

/** The body of `playbook run` on one server, once playbook-run.ts has checked it and started the connection. */
export async function playbookRunDirect(ctx: CliContext, env: CommandEnv, id: PlaybookId, opts: PlaybookRunOptions): Promise<number> {
  let lock: HeldServerLock | null = null;
  try {
    const server = findServer(env.config, opts.server[0]!);
    // One change at a time per server, whoever makes it (a worker, another command line). A
    // dry run changes nothing and does not wait.
    if (!opts.dryRun) lock = await holdServer(ctx, env.store, server.id, `playbook run ${id}`, env.requestedBy, opts.wait);
    const run = await new RunLifecycle({ store: env.store, config: () => env.config }).startDirect('remediate', id, server, env.requestedBy, { dryRun: !!opts.dryRun });
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
  }
}
