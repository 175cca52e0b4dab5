import { reply } from '../effects.js';
import type { Middleware } from '../pipeline.js';
import { MEDIA_ONLY } from '../replies.js';

/** Media without a caption gets a request for text; an empty or blank message gets nothing. */
export const mediaOnly = (): Middleware => (turn, next) => {
  if (turn.message.text === null) return Promise.resolve([reply(turn.message.chat, MEDIA_ONLY)]);
  if (turn.text.trim() === '') return Promise.resolve([]);
  return next();
};
