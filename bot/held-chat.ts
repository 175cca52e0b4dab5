import type { Holder } from '../conversations/index.js';
import type { Effect } from './effects.js';

/**
 * While a person holds a customer's chat the bot says nothing there, run news included: what
 * it would have told the customer goes to the person holding the chat (the team, when it was
 * taken on the bot's phone), who passes it on with `reply` if they want to. Everything else the
 * effects decide (the chat's state, the engineers' messages, the memory) happens as usual.
 */
export function holdBack(effects: readonly Effect[], chat: string, holder: Holder, wouldSay: (text: string) => string): Effect[] {
  const to = holder.engineerId ? { kind: 'engineer' as const, engineerId: holder.engineerId } : { kind: 'team' as const };
  return effects.map((e) => (e.type === 'reply' && e.chat === chat ? { type: 'notices', notices: [{ to, text: wouldSay(e.text) }] } : e));
}
