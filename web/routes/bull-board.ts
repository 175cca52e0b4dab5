import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { Queue } from 'bullmq';
import type { FastifyInstance } from 'fastify';
import { requireApprover } from '../auth.js';
import { verifySameOrigin } from '../csrf.js';

// Bull Board's UI sets inline style attributes (React) and a <base href>, so its pages get
// a CSP of their own: scripts stay 'self'-only, styles may be inline.
const BOARD_CSP = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      baseUri: ["'self'"],
      objectSrc: ["'none'"],
    },
  },
};

function board(queues: readonly Queue[], basePath: string, readOnlyMode: boolean): FastifyAdapter {
  const adapter = new FastifyAdapter();
  adapter.setBasePath(basePath);
  createBullBoard({
    queues: queues.map((q) => new BullMQAdapter(q, { readOnlyMode, allowRetries: !readOnlyMode })),
    // @bull-board/fastify pins its own copy of @bull-board/api's types (one patch version
    // apart); the runtime contract is the same.
    serverAdapter: adapter as unknown as Parameters<typeof createBullBoard>[0]['serverAdapter'],
    options: {
      uiConfig: {
        boardTitle: readOnlyMode ? 'Queues (read-only)' : 'Queues',
        miscLinks: [{ text: 'Back to the dashboard', url: '/pending' }],
        hideDocsLink: true,
      },
    },
  });
  return adapter;
}

/**
 * Bull Board behind the dashboard login (register inside the requireLogin scope). Bull
 * Board has no per-user permissions, so there are two boards over the same queues:
 * `/queues/view` is read-only for every engineer, `/queues/manage` can retry, remove and
 * pause, for approvers only. `/queues` sends each engineer to theirs.
 */
export function bullBoardRoutes(queues: readonly Queue[]) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/queues', async (request, reply) => reply.redirect(request.engineer?.role === 'approver' ? '/queues/manage/' : '/queues/view/', 303));

    for (const { path, readOnly } of [
      { path: '/queues/view', readOnly: true },
      { path: '/queues/manage', readOnly: false },
    ]) {
      await app.register(async (scope) => {
        scope.addHook('onRoute', (route) => {
          route.config = { ...(route.config as object | undefined), helmet: BOARD_CSP } as typeof route.config;
        });
        if (!readOnly) scope.addHook('preHandler', requireApprover);
        scope.addHook('preHandler', verifySameOrigin);
        await scope.register(board(queues, path, readOnly).registerPlugin(), { prefix: path });
      });
    }
  };
}
