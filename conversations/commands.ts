import type { Config } from '../config/schema.js';
import { readTarget } from './targets.js';

/** An engineer's word about a chat: take it, give it back, or write to the customer through the bot. */
export type ConversationCommand =
  | { readonly cmd: 'take'; readonly target: string }
  | { readonly cmd: 'release'; readonly target: string | null }
  | { readonly cmd: 'reply'; readonly target: string; readonly text: string };

const USAGE = {
  take: 'usage: take <customer> | take +8801… | take H-7',
  reply: 'usage: reply <customer>: text',
} as const;

/**
 * Parses `take TARGET`, `release [TARGET]` and `reply TARGET: text` (case-insensitive, a
 * leading "/" allowed). A target is a customer id or name, a chat number, or a hand-off id,
 * resolved later against the config and the store. The target of `reply` is what comes before
 * the first ":" when that names one ("reply acme telecom: …", "reply +880 1700 000001: …"),
 * else its first word ("reply acme checking now", "reply H-7 call me at 10:30"). Anything else
 * is null: not one of these words.
 */
export function parseConversationCommand(text: string, config: Pick<Config, 'customers'>): ConversationCommand | { readonly cmd: 'invalid'; readonly message: string } | null {
  const line = text.trim().replace(/^\//, '');
  const verb = /^(take|release|reply)\b/i.exec(line)?.[1]?.toLowerCase();
  if (!verb) return null;
  const rest = line.slice(verb.length).trim();
  if (verb === 'take') return rest ? { cmd: 'take', target: rest.replace(/[.!]+$/, '') } : { cmd: 'invalid', message: USAGE.take };
  if (verb === 'release') return { cmd: 'release', target: rest ? rest.replace(/[.!]+$/, '') : null };
  const colon = rest.indexOf(':');
  const head = colon > 0 ? rest.slice(0, colon).trim() : '';
  const [target, body] = head && readTarget(head, config) ? [head, rest.slice(colon + 1)] : [rest.split(/[\s:]/, 1)[0] ?? '', rest.replace(/^[^\s:]+:?/, '')];
  if (!target || !body.trim()) return { cmd: 'invalid', message: USAGE.reply };
  return { cmd: 'reply', target, text: body.trim() };
}
