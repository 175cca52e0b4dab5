import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import * as z from 'zod';
import { SESSION_COOKIE, type WebContext } from './context.js';
import { checkEngineerPassword } from './credentials.js';
import { toHtmlString } from './html.js';
import { LoginLimiter, type LoginLimiterOptions } from './login-limiter.js';
import { randomToken, sameSecret } from './sessions.js';
import { errorView, loginView } from './views/login.js';

/** Cookie holding the login form's CSRF token (double submit: before login there is no session). */
const LOGIN_COOKIE = 'vos_login';

/** Options of {@link loginRoutes}. */
export interface LoginOptions {
  /** Login attempts per IP address and window (all attempts, right or wrong). @defaultValue 10 per minute */
  perIp?: { max: number; timeWindowMs: number };
  /**
   * Failed logins per engineer id and client address before that pair is locked, and the
   * backoff. @defaultValue 5, then 1, 2, 4 … minutes, at most an hour
   */
  lockout?: LoginLimiterOptions;
}

/** True for requests that expect JSON (the API and Bull Board's API), which get 401 rather than a redirect. */
export const wantsJson = (request: FastifyRequest): boolean => request.url.startsWith('/api/') || /^\/queues\/[^/]+\/api\//.test(request.url);

/**
 * Where to go after login: only a path on this site. "//evil.example" and "/\evil" are
 * protocol-relative in browsers, so both are refused.
 */
export function safeNext(next: unknown): string {
  if (typeof next !== 'string' || !/^\/(?![/\\])[^\s\\]*$/.test(next) || next.startsWith('/login') || next.length > 500) return '/pending';
  return next;
}

/**
 * Finds the session of a request and the engineer it belongs to, as the config says now:
 * an engineer removed from the config is logged out on their next request.
 */
export async function loadSession(ctx: WebContext, request: FastifyRequest): Promise<void> {
  request.engineer = null;
  request.webSession = null;
  const session = await ctx.sessions.find(request.cookies[SESSION_COOKIE]);
  if (!session) return;
  const engineer = ctx.config().engineers.find((e) => e.id === session.engineerId);
  if (!engineer) {
    await ctx.sessions.destroy(session.id);
    return;
  }
  request.engineer = engineer;
  request.webSession = session;
}

/** onRequest hook for every page behind the login: anonymous requests go to /login (or get 401 JSON). */
export function requireLogin(ctx: WebContext): onRequestAsyncHookHandler {
  return async (request, reply) => {
    await loadSession(ctx, request);
    if (request.engineer) return;
    if (wantsJson(request)) return reply.code(401).send({ error: 'unauthorized', message: 'log in first' });
    if (request.method === 'GET' || request.method === 'HEAD') return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return reply
      .code(401)
      .type('text/html; charset=utf-8')
      .send(toHtmlString(errorView('Logged out', 'Your session ended. Log in again and repeat the action.', '/login')));
  };
}

/** preHandler: only approvers pass (viewers read, approvers decide). */
export const requireApprover: preHandlerAsyncHookHandler = async (request, reply) => {
  if (request.engineer?.role === 'approver') return;
  if (wantsJson(request)) return reply.code(403).send({ error: 'forbidden', message: 'approvers only' });
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(toHtmlString(errorView('Not allowed', 'Only engineers with the approver role can approve, reject or roll back runs.')));
};

const loginBody = z.object({
  username: z.string().max(200).default(''),
  password: z.string().max(1024).default(''),
  _csrf: z.string().max(200).default(''),
  next: z.string().max(1000).optional(),
});

/** GET/POST /login and POST /logout (the latter registered where sessions and CSRF are checked). */
export function loginRoutes(ctx: WebContext, options: LoginOptions = {}) {
  const lockout = new LoginLimiter(options.lockout);
  const perIp = options.perIp ?? { max: 10, timeWindowMs: 60_000 };
  const loginCookie = { path: '/login', httpOnly: true, sameSite: 'strict' as const, secure: ctx.cookieSecure, maxAge: 3600 };

  function showLogin(reply: FastifyReply, status: number, next: string, error: string | null, username = '') {
    const csrf = randomToken();
    return reply
      .code(status)
      .header('cache-control', 'no-store')
      .setCookie(LOGIN_COOKIE, csrf, loginCookie)
      .type('text/html; charset=utf-8')
      .send(toHtmlString(loginView(csrf, next, error, username)));
  }

  return async function plugin(app: FastifyInstance): Promise<void> {
    app.get('/login', async (request, reply) => {
      const next = safeNext((request.query as { next?: unknown }).next);
      await loadSession(ctx, request);
      if (request.engineer) return reply.redirect(next, 303);
      return showLogin(reply, 200, next, null);
    });

    app.post('/login', { config: { rateLimit: { max: perIp.max, timeWindow: perIp.timeWindowMs } } }, async (request, reply) => {
      const parsed = loginBody.safeParse(request.body ?? {});
      const body = parsed.success ? parsed.data : { username: '', password: '', _csrf: '', next: undefined };
      const next = safeNext(body.next);
      const username = body.username.trim().toLowerCase();
      if (!sameSecret(body._csrf, request.cookies[LOGIN_COOKIE])) {
        return showLogin(reply, 403, next, 'The login form expired. Please try again.', username);
      }
      // request.ip is the client's own address behind a proxy only with trustProxy set.
      const wait = lockout.retryAfterMs(username, request.ip);
      if (wait > 0) {
        reply.header('retry-after', String(Math.ceil(wait / 1000)));
        return showLogin(reply, 429, next, `Too many failed logins for this engineer from this address. Try again in ${waitText(wait)}.`, username);
      }
      const engineer = ctx.config().engineers.find((e) => e.id === username);
      // Always hash, also for unknown ids, so timing does not tell which ids exist.
      const passwordOk = await checkEngineerPassword(ctx.store, /^[a-z0-9][a-z0-9_-]{0,62}$/.test(username) ? username : '-', body.password);
      if (!engineer || !passwordOk) {
        const lockedMs = lockout.fail(username, request.ip);
        request.log.info({ username: username.slice(0, 63), ip: request.ip, lockedMs }, 'dashboard login failed');
        return showLogin(reply, 401, next, 'Wrong engineer id or password.', username);
      }
      lockout.reset(username, request.ip);
      const session = await ctx.sessions.create(engineer.id);
      ctx.sessions.sweep().catch((err: unknown) => request.log.warn({ err }, 'could not sweep expired sessions'));
      request.log.info({ engineer: engineer.id }, 'dashboard login');
      return reply
        .clearCookie(LOGIN_COOKIE, { path: '/login' })
        .setCookie(SESSION_COOKIE, session.id, {
          path: '/',
          httpOnly: true,
          // Lax, not Strict: a link to a run pasted into a chat should open logged in. Every
          // state change is a POST with a CSRF token, which Lax does not send cross-site anyway.
          sameSite: 'lax',
          secure: ctx.cookieSecure,
          expires: new Date(session.expiresAt),
        })
        .redirect(next, 303);
    });
  };
}

const waitText = (ms: number) => (ms <= 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.ceil(ms / 60_000)} min`);

/** POST /logout: ends the session (inside the scope that checks login and CSRF). */
export function logoutRoute(ctx: WebContext) {
  return async function plugin(app: FastifyInstance): Promise<void> {
    app.post('/logout', async (request, reply) => {
      if (request.webSession) await ctx.sessions.destroy(request.webSession.id);
      return reply.clearCookie(SESSION_COOKIE, { path: '/' }).redirect('/login', 303);
    });
  };
}
