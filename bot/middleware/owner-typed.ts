import type { Directory } from '../directory.js';
import type { Middleware } from '../pipeline.js';

/**
 * A person typing on the bot's own number (the phone, WhatsApp Web) is talking to the customer
 * themselves: the bot never answers that as if a stranger wrote. In a customer's chat it is
 * recorded and counts as taking the chat over (the bot then stays quiet there until someone
 * says release); elsewhere it is nobody's business of the bot's.
 */
export const ownerTyped =
  (directory: Directory): Middleware =>
  (turn, next) => {
    const { message } = turn;
    if (!message.fromOwner) return next();
    if (message.group || directory.identify(message.chat).kind !== 'customer') return Promise.resolve([]);
    return Promise.resolve([{ type: 'ownerTyped', chat: message.chat, text: message.text, media: message.media ?? null, at: message.at }]);
  };
