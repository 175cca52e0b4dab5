import { Runner } from '../../playbooks/runner.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { formatResult, resultJson } from '../format.js';
import { askYesNo } from '../prompt.js';
import { findServer, setup } from '../setup.js';

/** `vos-assist rollback RUN_ID [--yes] [--json]`: undo what a run changed, as a new run. */
export async function rollback(ctx: CliContext, runId: string, opts: { yes?: boolean; json?: boolean }): Promise<number> {
  if (!opts.yes && !ctx.interactive) throw new UsageError('not a terminal: pass --yes to roll back');
  const env = await setup(ctx);
  try {
    const original = await env.store.getRun(runId);
    if (!original) throw new UsageError(`no run ${runId}`);
    if (original.kind !== 'remediate') throw new UsageError(`${runId} is a ${original.kind} run: only remediation runs can be rolled back`);
    if (original.rolledBackBy) throw new UsageError(`${runId} was already rolled back by ${original.rolledBackBy}`);
    if (!['succeeded', 'failed'].includes(original.status)) throw new UsageError(`${runId} is ${original.status}: nothing of it to roll back`);
    const server = findServer(env.config, original.serverId);
    if (!opts.yes && !(await askYesNo(ctx, `Restore on ${server.id} what ${runId} changed?`))) {
      ctx.stderr.write('nothing done\n');
      return EXIT.ok;
    }
    const rb = await env.store.createRun({
      kind: 'rollback',
      playbook: original.playbook,
      serverId: server.id,
      customerId: server.customer,
      status: 'running',
      requestedBy: env.requestedBy,
      rollbackOf: original.id,
    });
    const result = await new Runner({ store: env.store, openTarget: env.openTarget }).rollback(rb.id, server);
    ctx.stdout.write(opts.json ? `${resultJson(result)}\n` : `${formatResult(result, server.id)}\n`);
    return result.status === 'succeeded' ? EXIT.ok : EXIT.failed;
  } finally {
    await env.close();
  }
}
