import type { BotReads, Effect } from '../effects.js';
import type { Middleware } from '../pipeline.js';

/**
 * Every message a customer writes in their chat is recorded before anything answers it (so
 * the transcript keeps the order the customer saw). While a person holds the chat, the bot
 * answers nothing there: the message is recorded and the engineer holding it hears of it (on
 * the bot's phone the person sees it already).
 *
 * `perform` is the interpreter: the recording is an effect like any other, performed before
 * the rest of the chain runs.
 */
export const transcribe =
  (reads: Pick<BotReads, 'holder'>, perform: (effects: readonly Effect[]) => Promise<unknown>, forHolder: (customerName: string, chat: string, text: string) => string): Middleware =>
  async (turn, next) => {
    const { message, party } = turn;
    if (party.kind !== 'customer' || message.group) return next();
    const holder = await reads.holder(message.chat);
    await perform([{ type: 'recordIncoming', chat: message.chat, text: message.text === null ? null : turn.text, media: message.media ?? null, at: message.at }]);
    if (!holder) return next();
    const text = message.text === null ? `[${message.media ?? 'media'}]` : turn.text;
    return holder.engineerId ? [{ type: 'notices', notices: [{ to: { kind: 'engineer', engineerId: holder.engineerId }, text: forHolder(party.customer.name, message.chat, text) }] }] : [];
  };
