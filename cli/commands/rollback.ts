import { Engine } from '../../runs/engine/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { formatResult, resultJson } from '../format.js';
import { askYesNo } from '../prompt.js';
import { findServer, setup } from '../setup.js';
import type { HeldServerLock } from '../../store/server-lock.js';
import { holdServer } from './hold-server.js';

/**
 * `vos-assist rollback RUN_ID [--yes] [--json] [--wait SECONDS]`: undo what a run changed, as a
 * new run, holding the server's lock (see hold-server.ts) from the request to the end.
 */
export async function rollback(ctx: CliContext, runId: string, opts: { yes?: boolean; json?: boolean; wait?: number }): Promise<number> {
  if (!opts.yes && !ctx.interactive) throw new UsageError('not a terminal: pass --yes to roll back');
  const env = await setup(ctx);
  let lock: HeldServerLock | null = null;
  try {
    const lifecycle = new RunLifecycle({ store: env.store, config: () => env.config });
    const original = await lifecycle.ledger.get(runId);
    const refusal = await lifecycle.rollbackRefusal(original, runId);
    if (refusal || !original) throw new UsageError(refusal?.message ?? `no run ${runId}`);
    const server = findServer(env.config, original.serverId);
    if (!opts.yes && !(await askYesNo(ctx, `Restore on ${server.id} what ${runId} changed?`))) {
      ctx.stderr.write('nothing done\n');
      return EXIT.ok;
    }
    // Asked again under the lock: a rollback that held the server before this one may have done it.
    lock = await holdServer(ctx, env.store, server.id, `rollback of ${runId}`, env.requestedBy, opts.wait);
    const requested = await lifecycle.requestRollback(runId, { kind: 'cli', user: env.requestedBy.replace(/^cli:/, '') }, { now: true });
    if (!requested.ok) throw new UsageError(requested.message);
    const result = await new Engine({ store: env.store, openTarget: env.openTarget }).rollback(requested.run.id, server);
    ctx.stdout.write(opts.json ? `${resultJson(result)}\n` : `${formatResult(result, server.id)}\n`);
    return result.status === 'succeeded' ? EXIT.ok : EXIT.failed;
  } finally {
    await lock?.release();
    await env.close();
  }
}
