import { factsSchema } from '../../executors/facts.js';
import { EXIT, type CliContext } from '../context.js';
import { formatFacts } from '../format.js';
import { findServer, setup } from '../setup.js';

/** `vos-assist diagnose --server ID [--json]`: read-only facts, recorded as a `diagnosed` run. */
export async function diagnose(ctx: CliContext, opts: { server: string; json?: boolean }): Promise<number> {
  // As for `playbook run`: the connection starts first, the store and the engine load meanwhile.
  const env = await setup(ctx, (config) => findServer(config, opts.server));
  try {
    const { Runner } = await import('../../playbooks/runner.js');
    const server = findServer(env.config, opts.server);
    const run = await env.store.createRun({ kind: 'diagnose', playbook: null, serverId: server.id, customerId: server.customer, status: 'running', requestedBy: env.requestedBy });
    const { run: done, facts } = await new Runner({ store: env.store, openTarget: env.openTarget }).diagnose(run, server);
    if (!facts) {
      ctx.stderr.write(`${done.id} ${server.id}: ${done.outcome}\n`);
      if (opts.json) ctx.stdout.write(`${JSON.stringify({ runId: done.id, status: done.status, error: done.error })}\n`);
      return EXIT.failed;
    }
    if (opts.json) ctx.stdout.write(`${JSON.stringify({ runId: done.id, status: done.status, facts: factsSchema.parse(facts) })}\n`);
    else ctx.stdout.write(`${formatFacts(facts)}\n(run ${done.id})\n`);
    return EXIT.ok;
  } finally {
    await env.close();
  }
}
