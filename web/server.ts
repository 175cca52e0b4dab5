import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { Queue } from 'bullmq';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { Conversations, type Send } from '../conversations/index.js';
import type { RunLifecycle } from '../runs/lifecycle.js';
import type { Config, WebSettings } from '../config/schema.js';
import type { RunStore } from '../store/types.js';
import { loginRoutes, logoutRoute, requireLogin, wantsJson, type LoginOptions } from './auth.js';
import type { WebContext, WebhookFailure } from './context.js';
import { verifyCsrf } from './csrf.js';
import { createMetrics, type Metrics } from './metrics.js';
import { apiRoutes } from './routes/api.js';
import { bullBoardRoutes } from './routes/bull-board.js';
import { conversationRoutes } from './routes/conversations.js';
import { decisionRoutes } from './routes/decisions.js';
import { healthRoutes } from './routes/health.js';
import { pageRoutes, sendHtml } from './routes/pages.js';
import { webhookRoutes } from './routes/webhooks.js';
import { staticRoutes } from './routes/static.js';
import { SessionStore } from './sessions.js';
import { errorView } from './views/login.js';

/** What the dashboard needs from the rest of the program. */
export interface WebDeps {
  readonly store: RunStore;
  /** The same actions the chat uses: a decision in the browser and one in WhatsApp race fairly. */
  readonly actions: RunLifecycle;
  /** The config, or a function returning the current one (read on every request). */
  readonly config: Config | (() => Config);
  /** BullMQ queues for Bull Board, queue depth and readiness (e.g. `Object.values(producer.queues)`). */
  readonly queues?: readonly Queue[];
  /** Shared metrics, fed by the worker and the bot; created here when not given. */
  readonly metrics?: Metrics;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** The conversations the bot records into. @defaultValue one over `store.conversations` */
  readonly conversations?: Conversations;
  /**
   * Sends text to a chat: the channel's send, for replies typed on the dashboard (and the
   * engineers' notices about them). @defaultValue none: replies are refused with a reason
   */
  readonly send?: Send;
  /** Webhook deliveries that gave up, for the Webhooks page. @defaultValue none: the page says there is no webhook queue here */
  readonly webhookFailures?: (limit: number) => Promise<readonly WebhookFailure[]>;
}

/** Options of {@link createWebServer}; every field has a default. */
export interface WebServerOptions {
  /** Mark cookies Secure: set when the dashboard is served over HTTPS. @defaultValue false */
  cookieSecure?: boolean;
  /** Send Strict-Transport-Security (180 days). @defaultValue the value of cookieSecure */
  hsts?: boolean;
  /** Session lifetime. @defaultValue 12 hours */
  sessionTtlMs?: number;
  /** Login rate limits per IP address, and per engineer id and address. */
  login?: LoginOptions;
  /** Bearer token for /metrics. @defaultValue unset: /metrics is open, like /healthz */
  metricsToken?: string;
  /** Behind a reverse proxy: Fastify's trustProxy (the client address for the login limits and logs). @defaultValue false */
  trustProxy?: FastifyServerOptions['trustProxy'];
  /** Fastify's logger option. @defaultValue false */
  logger?: FastifyServerOptions['logger'];
}

/**
 * The options a config's `settings.web` asks for. The /metrics token comes from the
 * environment variable `metricsTokenEnv` names, which the caller reads.
 */
export function webServerOptions(settings: WebSettings, metricsToken?: string): WebServerOptions {
  return { cookieSecure: settings.secureCookies, hsts: settings.hsts, trustProxy: settings.trustProxy, ...(metricsToken ? { metricsToken } : {}) };
}

/**
 * Builds the engineers' dashboard: login, pending approvals, runs, run detail, server
 * history, conversations (transcripts, take, release, reply), the JSON API, Bull Board,
 * `/metrics`, `/healthz` and `/readyz`. It does not listen; the caller does
 * (`await app.listen({ host: '127.0.0.1', port: 8080 })`) and closes it on shutdown.
 *
 * ```ts
 * const app = await createWebServer({ store, actions, config, queues: Object.values(producer.queues), metrics, conversations, send: (chat, text) => channel.send(chat, text) }, {});
 * await app.listen({ host, port });
 * ```
 */
export async function createWebServer(deps: WebDeps, options: WebServerOptions = {}): Promise<FastifyInstance> {
  const config = typeof deps.config === 'function' ? deps.config : () => deps.config as Config;
  const now = deps.now ?? (() => new Date());
  const metrics = deps.metrics ?? createMetrics();
  const queues = deps.queues ?? [];
  metrics.attach({ store: deps.store, queues });
  const ctx: WebContext = {
    store: deps.store,
    actions: deps.actions,
    config,
    now,
    sessions: new SessionStore(deps.store, { now, ...(options.sessionTtlMs ? { ttlMs: options.sessionTtlMs } : {}) }),
    metrics,
    cookieSecure: options.cookieSecure ?? false,
    conversations: deps.conversations ?? new Conversations({ store: deps.store.conversations, config, now }),
    send: deps.send ?? null,
    webhookFailures: deps.webhookFailures ?? null,
  };

  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 64 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.decorateRequest('engineer', null);
  app.decorateRequest('webSession', null);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        objectSrc: ["'none'"],
      },
    },
    // HSTS only makes sense (and only takes effect) over HTTPS.
    strictTransportSecurity: (options.hsts ?? ctx.cookieSecure) ? { maxAge: 180 * 24 * 3600 } : false,
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many login attempts from this address. Try again in ${context.after}.`), { statusCode: 429 }),
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error({ err: error }, 'dashboard request failed');
    const message = status >= 500 ? 'Something went wrong on our side; the details are in the log.' : error.message;
    if (wantsJson(request) || /^\/(metrics|healthz|readyz)\b/.test(request.url)) return reply.code(status).send({ error: status >= 500 ? 'internal' : 'bad_request', message });
    return sendHtml(reply, errorView(status === 429 ? 'Slow down' : status >= 500 ? 'Error' : 'Bad request', message, '/pending'), status);
  });
  app.setNotFoundHandler((request, reply) => {
    if (wantsJson(request)) return reply.code(404).send({ error: 'not_found', message: 'no such endpoint' });
    return sendHtml(reply, errorView('Not found', 'There is no such page.'), 404);
  });

  await app.register(staticRoutes);
  await app.register(healthRoutes({ store: deps.store, queues, metrics }, options.metricsToken ? { metricsToken: options.metricsToken } : {}));
  await app.register(loginRoutes(ctx, options.login));

  // Everything below needs a logged-in engineer who is still in the config.
  await app.register(async (scope) => {
    scope.addHook('onRequest', requireLogin(ctx));
    await scope.register(async (forms) => {
      forms.addHook('preHandler', verifyCsrf);
      await forms.register(pageRoutes(ctx));
      await forms.register(apiRoutes(ctx));
      await forms.register(logoutRoute(ctx));
      await forms.register(decisionRoutes(ctx));
      await forms.register(conversationRoutes(ctx));
      await forms.register(webhookRoutes(ctx));
    });
    if (queues.length) await scope.register(bullBoardRoutes(queues));
    else scope.get('/queues', async (_request, reply) => sendHtml(reply, errorView('No queues', 'This process has no job queues (no Redis configured), so there is nothing to show.'), 404));
  });

  return app;
}
