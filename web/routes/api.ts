import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../context.js';
import { PAGE_SIZE, parseRunQuery, toRunFilter } from '../filters.js';

/**
 * The JSON API, behind the same session as the pages (401 JSON without one):
 * - `GET /api/runs?customer&server&playbook&status&from&to&q&limit&offset` → `{ runs, total, limit, offset }`
 *   (`total` is null for a search: counting substring matches reads every run)
 * - `GET /api/runs/:id` → `{ run, steps }`
 * - `GET /api/pending-count` → `{ count }` (the header badge polls it)
 */
export function apiRoutes(ctx: WebContext) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.addHook('onSend', async (_request, reply, payload) => {
      reply.header('cache-control', 'no-store');
      return payload;
    });

    app.get('/api/runs', async (request, reply) => {
      const { query, errors } = parseRunQuery(request.query);
      if (errors.length) return reply.code(400).send({ error: 'bad_request', message: errors.join('; ') });
      const filter = toRunFilter(query);
      const limit = query.limit ?? PAGE_SIZE;
      const offset = query.offset ?? ((query.page ?? 1) - 1) * limit;
      const [runs, total] = await Promise.all([ctx.store.listRuns({ ...filter, limit, offset }), filter.q ? null : ctx.store.countRuns(filter)]);
      return { runs, total, limit, offset };
    });

    app.get('/api/runs/:id', async (request, reply) => {
      const { id } = request.params as { id: string };
      const run = await ctx.store.getRun(id);
      if (!run) return reply.code(404).send({ error: 'not_found', message: `no run ${id}` });
      return { run, steps: await ctx.store.listSteps(run.id) };
    });

    app.get('/api/pending-count', async () => ({ count: await ctx.store.countRuns({ status: 'awaiting_approval' }) }));
  };
}
