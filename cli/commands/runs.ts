import { EXIT, type CliContext } from '../context.js';
import { setup } from '../setup.js';

/** `vos-assist runs [--server ID] [--limit N] [--json]`: past runs, newest first. */
export async function runs(ctx: CliContext, opts: { server?: string; limit: number; json?: boolean }): Promise<number> {
  const env = await setup(ctx);
  try {
    const list = await env.store.listRuns({ ...(opts.server ? { serverId: opts.server } : {}), limit: Math.min(opts.limit, 1000) });
    for (const r of list) {
      if (opts.json) {
        ctx.stdout.write(
          `${JSON.stringify({ runId: r.id, playbook: r.playbook, server: r.serverId, customer: r.customerId, status: r.status, requestedBy: r.requestedBy, approvedBy: r.approvedBy, startedAt: r.startedAt, finishedAt: r.finishedAt })}\n`,
        );
      } else {
        ctx.stdout.write(`${r.id.padEnd(8)} ${r.createdAt.slice(0, 19).replace('T', ' ')}  ${r.serverId.padEnd(12)} ${(r.playbook ?? r.kind).padEnd(17)} ${r.status.padEnd(17)} ${r.requestedBy}${r.rollbackOf ? ` (rollback of ${r.rollbackOf})` : ''}\n`);
      }
    }
    if (!opts.json && list.length === 0) ctx.stderr.write('no runs yet\n');
    return EXIT.ok;
  } finally {
    await env.close();
  }
}
