import type { ChatMessage } from './channel.js';
import type { Party } from './directory.js';
import type { Effect } from './effects.js';

/**
 * One incoming message and what the pipeline has learned about it so far. Middleware may cut
 * the text and says who wrote it; nothing else changes it.
 */
export interface Turn {
  readonly message: ChatMessage;
  /** The text as read: cut to size, control characters blanked; "" for media without a caption. */
  text: string;
  /** Who wrote it, once `identify` has run. */
  party: Party;
}

/** A new turn for a message, before any middleware ran. */
export const newTurn = (message: ChatMessage): Turn => ({ message, text: message.text ?? '', party: { kind: 'unknown' } });

/** Hands the turn to the rest of the chain; resolves with the effects decided further down. */
export type Next = () => Promise<readonly Effect[]>;

/**
 * One step of the message pipeline: it looks at the turn and either answers it itself (returns
 * effects without calling `next`) or passes it on, possibly after changing the text or learning
 * who wrote it.
 */
export type Middleware = (turn: Turn, next: Next) => Promise<readonly Effect[]>;

/** Chains middleware in front of `handler`. Calling `next` twice is a bug and throws. */
export function compose(chain: readonly Middleware[], handler: (turn: Turn) => Promise<readonly Effect[]>): (turn: Turn) => Promise<readonly Effect[]> {
  return (turn) => {
    const step = (i: number): Promise<readonly Effect[]> => {
      const mw = chain[i];
      if (!mw) return handler(turn);
      let called = false;
      return mw(turn, () => {
        if (called) return Promise.reject(new Error(`middleware ${i} called next() twice`));
        called = true;
        return step(i + 1);
      });
    };
    return step(0);
  };
}
