import type { FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { wantsJson } from './auth.js';
import { toHtmlString } from './html.js';
import { sameSecret } from './sessions.js';
import { errorView } from './views/login.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * True when the browser says the request came from another site. Modern browsers send
 * Sec-Fetch-Site on every request and Origin on every POST; a request with neither (curl,
 * tests) is judged by its token alone.
 */
export function isCrossSite(request: FastifyRequest): boolean {
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') return true;
  const origin = request.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') {
    try {
      // Through URL on both sides, so "host:80" on http and "host" compare equal.
      return new URL(origin).host !== new URL(`${request.protocol}://${request.host}`).host;
    } catch {
      return true;
    }
  }
  return origin === 'null';
}

function refuse(request: FastifyRequest, reply: Parameters<preHandlerAsyncHookHandler>[1], why: string) {
  request.log.warn({ url: request.url, why }, 'request refused by CSRF protection');
  if (wantsJson(request)) return reply.code(403).send({ error: 'csrf', message: why });
  return reply
    .code(403)
    .type('text/html; charset=utf-8')
    .send(toHtmlString(errorView('Request refused', `${why} Reload the page and try again.`)));
}

/**
 * preHandler for pages and forms: every state-changing request carries the session's CSRF
 * token (form field `_csrf`, or header `x-csrf-token`) and does not come from another site.
 */
export const verifyCsrf: preHandlerAsyncHookHandler = async (request, reply) => {
  if (SAFE_METHODS.has(request.method)) return;
  if (isCrossSite(request)) return refuse(request, reply, 'The request came from another site.');
  const body = request.body as Record<string, unknown> | undefined;
  const token = typeof body?._csrf === 'string' ? body._csrf : request.headers['x-csrf-token'];
  if (!sameSecret(typeof token === 'string' ? token : null, request.webSession?.csrf)) {
    return refuse(request, reply, 'The form was missing its security token or it was out of date.');
  }
};

/**
 * preHandler for Bull Board, whose own script sends JSON requests without our token:
 * state changes must at least come from this site (SameSite cookies aside).
 */
export const verifySameOrigin: preHandlerAsyncHookHandler = async (request, reply) => {
  if (SAFE_METHODS.has(request.method)) return;
  if (isCrossSite(request)) return refuse(request, reply, 'The request came from another site.');
  if (!request.headers.origin && !request.headers['sec-fetch-site']) return refuse(request, reply, 'The request did not say where it came from.');
};
