import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { html } from '../html.js';
import { page } from '../views/layout.js';
import { webhooksView } from '../views/webhooks.js';
import { pageFrame, sendHtml } from './pages.js';

/** The Webhooks page: the configured URLs and the deliveries that gave up. Behind requireLogin. */
export function webhookRoutes(ctx: WebContext) {
  return async (app: FastifyInstance) => {
    app.get('/webhooks', async (request, reply) => {
      const frame = await pageFrame(ctx, request, 'Webhooks', 'webhooks');
      const urls = ctx.config().webhooks.map((w) => ({ url: w.url, events: w.events }));
      if (!ctx.webhookFailures) return sendHtml(reply, page(frame, html`<h1>Webhooks</h1><p>This process has no webhook queue (no Redis), so no deliveries are shown.</p>`));
      return sendHtml(reply, page(frame, webhooksView(urls, await ctx.webhookFailures(100))));
    });
  };
}
