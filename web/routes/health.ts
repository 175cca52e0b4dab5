import type { FastifyInstance } from 'fastify';
import type { RunStore } from '../../store/types.js';
import { withTimeout, type CountableQueue, type Metrics } from '../metrics.js';
import { sameSecret } from '../sessions.js';

/** Options of {@link healthRoutes}. */
export interface HealthOptions {
  /** When set, `/metrics` wants `Authorization: Bearer <token>`. @defaultValue unset: open, like /healthz */
  metricsToken?: string;
  /** How long a dependency may take to answer /readyz. @defaultValue 2000 ms */
  readyTimeoutMs?: number;
}

/**
 * `/healthz` (the process answers), `/readyz` (the store and Redis answer) and `/metrics`. No login.
 * `/readyz` also shows the chat channel's status when there is one (`channel`); it is reported,
 * not checked: a process whose WhatsApp connection fails, or waits in standby, still serves.
 */
export function healthRoutes(
  // Any chat Channel fits `channel`; typed by shape so the dashboard does not depend on the bot.
  deps: { store: RunStore; queues: readonly CountableQueue[]; metrics: Metrics; channel?: { status?(): object } },
  options: HealthOptions = {},
) {
  const timeout = options.readyTimeoutMs ?? 2_000;
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

    app.get('/readyz', async (_request, reply) => {
      const checks: Record<string, string> = {};
      const check = async (name: string, probe: () => Promise<unknown>) => {
        try {
          await withTimeout(probe(), timeout, name);
          checks[name] = 'ok';
        } catch (err) {
          checks[name] = (err as Error).message ?? 'failed';
        }
      };
      await Promise.all([
        check('store', () => deps.store.countRuns({ status: 'awaiting_approval' })),
        // Counting jobs is a Redis round trip through the queue's own connection.
        ...deps.queues.map((q) => check(`queue ${q.name}`, () => q.getJobCounts())),
      ]);
      const ready = Object.values(checks).every((v) => v === 'ok');
      const channel = deps.channel?.status?.();
      return reply
        .code(ready ? 200 : 503)
        .header('cache-control', 'no-store')
        .send({ status: ready ? 'ready' : 'not ready', checks, ...(channel ? { channel } : {}) });
    });

    app.get('/metrics', async (request, reply) => {
      if (options.metricsToken) {
        const auth = request.headers.authorization ?? '';
        const token = auth.startsWith('Bearer ') ? auth.slice(7) : null;
        if (!sameSecret(token, options.metricsToken)) return reply.code(401).header('www-authenticate', 'Bearer').send({ error: 'unauthorized' });
      }
      const text = await deps.metrics.render();
      return reply.type(deps.metrics.registry.contentType).header('cache-control', 'no-store').send(text);
    });
  };
}
