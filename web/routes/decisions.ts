import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../runs/actors.js';
import type { ActionResult } from '../../runs/lifecycle.js';
import type { Engineer } from '../../config/schema.js';
import { requireApprover } from '../auth.js';
import type { WebContext } from '../context.js';
import { errorView } from '../views/login.js';
import { sendHtml } from './pages.js';

type Verb = 'approve' | 'reject' | 'rollback';

/**
 * POST /runs/:id/approve, /reject and /rollback: the same run lifecycle the chat uses, so
 * whichever of web and chat comes first wins and the other sees "already decided".
 * Behind requireLogin and verifyCsrf; approvers only.
 */
export function decisionRoutes(ctx: WebContext) {
  function done(request: FastifyRequest, reply: FastifyReply, verb: Verb, runId: string, result: ActionResult) {
    const body = (request.body ?? {}) as { next?: unknown };
    if (!result.ok && result.reason === 'forbidden') return sendHtml(reply, errorView('Not allowed', result.message), 403);
    if (!result.ok && result.reason === 'not_found') return sendHtml(reply, errorView('Not found', `There is no run ${runId}.`, '/runs'), 404);
    const notice = result.ok ? (verb === 'approve' ? 'approved' : verb === 'reject' ? 'rejected' : 'rollback') : result.reason;
    request.log.info({ runId, verb, ok: result.ok, reason: result.ok ? undefined : result.reason, engineer: request.engineer?.id }, 'dashboard decision');
    // A rollback creates a new run: show that one. Otherwise back where the engineer was.
    const target = result.ok && verb === 'rollback' ? `/runs/${encodeURIComponent(result.run.id)}` : body.next === 'pending' ? '/pending' : `/runs/${encodeURIComponent(runId)}`;
    return reply.redirect(`${target}?notice=${notice}`, 303);
  }

  const actor = (request: FastifyRequest): Actor => ({ kind: 'engineer', engineer: request.engineer as Engineer, via: 'web' });

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.addHook('preHandler', requireApprover);

    app.post('/runs/:id/approve', async (request, reply) => {
      const { id } = request.params as { id: string };
      return done(request, reply, 'approve', id, await ctx.actions.approve(id, actor(request)));
    });

    app.post('/runs/:id/reject', async (request, reply) => {
      const { id } = request.params as { id: string };
      const reason = (request.body as { reason?: unknown } | undefined)?.reason;
      return done(request, reply, 'reject', id, await ctx.actions.reject(id, actor(request), typeof reason === 'string' ? reason : ''));
    });

    app.post('/runs/:id/rollback', async (request, reply) => {
      const { id } = request.params as { id: string };
      return done(request, reply, 'rollback', id, await ctx.actions.requestRollback(id, actor(request)));
    });
  };
}
