import type { Middleware } from '../pipeline.js';

/**
 * A person typing on the bot's own number (the phone, WhatsApp Web) is talking to the
 * customer themselves: the bot never answers that as if a stranger wrote.
 */
export const ownerTyped = (): Middleware => (turn, next) => (turn.message.fromOwner ? Promise.resolve([]) : next());
