import { chatKey } from '../directory.js';
import { notifyEngineers, reply, type BotReads } from '../effects.js';
import type { Middleware } from '../pipeline.js';
import { UNKNOWN_SENDER, unknownSenderForEngineers } from '../replies.js';

/** Options of {@link unknownSenders}. */
export interface UnknownSenderOptions {
  /** How long an unknown number is not answered again. @defaultValue 24 hours */
  readonly cooldownMs?: number;
  readonly now: () => Date;
}

/**
 * A number the config does not know gets one polite reply and the engineers are told; it is
 * not answered again for a while. Strangers in a group are not answered at all.
 */
export const unknownSenders =
  (reads: Pick<BotReads, 'unknownSenderSeen'>, options: UnknownSenderOptions): Middleware =>
  async (turn, next) => {
    if (turn.party.kind !== 'unknown') return next();
    const { message } = turn;
    if (message.group) return [];
    const now = options.now();
    const last = await reads.unknownSenderSeen(chatKey(message.sender));
    if (last && now.getTime() - last.getTime() < (options.cooldownMs ?? 24 * 3600_000)) return [];
    return [
      { type: 'noteUnknownSender', sender: message.sender, at: now.toISOString() },
      reply(message.chat, UNKNOWN_SENDER),
      notifyEngineers(unknownSenderForEngineers(message.sender, turn.text)),
    ];
  };
