import type { FastifyInstance } from 'fastify';
import { APP_CSS, ASSET_PATHS, PENDING_JS } from '../assets.js';

/** Serves the stylesheet and the script. Their URLs carry a content hash, so they are cached for a year. */
export async function staticRoutes(app: FastifyInstance): Promise<void> {
  const immutable = 'public, max-age=31536000, immutable';
  app.get(ASSET_PATHS.css, async (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', immutable).send(APP_CSS));
  app.get(ASSET_PATHS.js, async (_request, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', immutable).send(PENDING_JS));
}
