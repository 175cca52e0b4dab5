import type { ServerConfig } from '../config/schema.js';
import type { AuthorKind } from '../store/conversation-types.js';
import type { Holder, TypedHandoff } from './model.js';
import { cap } from './text.js';

// What engineers are told about hand-offs and takeovers, in the tone of the chat: short, numbers
// not adjectives, and always the word to act with. Pure functions of what they are given.

/** 45 → "45 min", 120 → "2 h", 135 → "2 h 15 min". */
export function minutesText(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  return m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

/** How long ago `iso` was, as minutesText. */
export const sinceText = (iso: string, now: Date): string => minutesText((now.getTime() - Date.parse(iso)) / 60_000);

const quote = (text: string, max = 200) => `"${cap(text.replace(/\s+/g, ' ').trim(), max)}"`;
const who: Record<AuthorKind, string> = { customer: 'customer', bot: 'bot', engineer: 'engineer', owner: "bot's phone" };

/** A server as engineers know it: its name with its id, or the id. */
const serverText = (s: ServerConfig) => (s.name ? `${s.id} (${s.name})` : s.id);

/** What a hand-off announcement names: the chat's label and the customer's servers. */
export interface HandoffContext {
  /** "ACME Telecom (+8801700000001)" */
  readonly label: string;
  readonly servers: readonly ServerConfig[];
}

/**
 * The first announcement of a hand-off: who, what they wrote, their servers, the messages
 * before, anything already read, and the word to take it.
 *
 * ```
 * ← [H-31] ACME Telecom (+8801700000001) needs a person: "one way audio on the KSA route"
 * servers: vos1, vos2 (backup switch)
 * before that:
 *   customer: "hi, calls to KSA have no audio one way"
 *   bot: "Sorry, which one fits best? …"
 * take H-31
 * ```
 */
export function announcement(h: TypedHandoff, ctx: HandoffContext): string {
  // The customer's message the hand-off is about is quoted once, on the first line.
  const said = h.lastMessages.findLastIndex((m) => m.author === 'customer' && h.reason.startsWith(m.text.replace(/…$/, '')));
  const earlier = h.lastMessages.filter((_, i) => i !== said);
  return [
    `← [${h.id}] ${ctx.label} needs a person: ${quote(h.reason, 300)}`,
    ctx.servers.length ? `servers: ${ctx.servers.map(serverText).join(', ')}` : 'no servers in the config',
    ...(earlier.length ? ['before that:', ...earlier.map((m) => `  ${who[m.author]}: ${quote(m.text, 160)}`)] : []),
    ...(h.facts?.length ? ['already read:', ...h.facts.map((f) => `  ${f}`)] : []),
    ...(h.runId ? [`run ${h.runId}`] : []),
    `take ${h.id}`,
  ].join('\n');
}

/** A hand-off announced again because nobody took it; the last reminder says so. */
export function reannouncement(h: TypedHandoff, ctx: HandoffContext, now: Date, last: boolean): string {
  return [
    `← [${h.id}] still waiting for a person after ${sinceText(h.createdAt, now)}: ${ctx.label}: ${quote(h.reason)}`,
    `take ${h.id}`,
    ...(last ? ["Last reminder; it stays on the dashboard's list of waiting chats."] : []),
  ].join('\n');
}

/** The customer wrote again while their hand-off waits. */
export const wroteAgain = (h: Pick<TypedHandoff, 'id'>, label: string, text: string): string => `← [${h.id}] ${label} wrote again: ${quote(text)} · take ${h.id}`;

/** A person wrote on the bot's phone in a chat nobody held: it is theirs now. */
export const ownerTook = (label: string, word: string): string =>
  `Someone on the bot's phone is answering ${label}. I stay quiet there until someone says release ${word}.`;

/** The engineer who took a chat is told it is theirs (and from whom, if someone had it). */
export function tookAnswer(label: string, word: string, previous: { name: string } | null): string {
  return `You have ${label}.${previous ? ` ${previous.name} had it until now.` : ''} I stay quiet there until you say release ${word}.`;
}

/** The team hears who took a chat, where they did not see it happen. */
export const tookForTeam = (name: string, label: string, handoffId: string | null, via: 'web' | 'phone' | 'chat'): string =>
  `${name} took ${label}${handoffId ? ` (${handoffId})` : ''}${via === 'web' ? ' on the dashboard' : ''}.`;

/** The engineer a chat was taken from. */
export const takenFromYou = (name: string, label: string): string => `${name} took ${label} over from you.`;

/** Someone else holds the chat. */
export function heldByOther(holderName: string, holder: Holder, label: string, now: Date, idleMinutes: number): string {
  return `${holderName} has ${label} (taken ${sinceText(holder.since, now)} ago). Ask them to release it; it goes back to the bot by itself after ${minutesText(idleMinutes)} without activity.`;
}

export const releasedAnswer = (label: string): string => `${label} is back with the bot.`;
export const releasedByOther = (name: string, label: string): string => `${name} gave ${label} back to the bot.`;
export const notHeld = (label: string): string => `${label} is with the bot already.`;
export const HOLD_NONE = 'You hold no chat. Say release <customer> to give back a chat someone else holds.';
export const holdSeveral = (labels: readonly string[], word: string): string => `You hold ${labels.join(', ')}. Say which one: release ${word}.`;

/** A takeover that saw no activity for the idle time ends; its holder is told (the team, for the phone). */
export function idleEnded(label: string, word: string, holder: Holder, idleMinutes: number): string {
  return holder.engineerId === null
    ? `${label} went back to the bot: nobody wrote there from the bot's phone for ${minutesText(idleMinutes)}.`
    : `${label} went back to the bot: nothing from you there for ${minutesText(idleMinutes)}. Say take ${word} to take it again.`;
}

export function replySent(label: string, word: string, took: boolean): string {
  return `Sent to ${label}.${took ? ` You have the chat now; I stay quiet there until you say release ${word}.` : ''}`;
}
export const replyFailed = (label: string, why: string): string => `Could not send to ${label}: ${why}. Nothing was sent; try again.`;
export const replyEmpty = (word: string): string => `Nothing to send. Say reply ${word}: your text.`;
export const replyTooLong = (max: number): string => `That is longer than ${max.toLocaleString('en-US')} characters; send it in parts.`;

export const unknownTarget = (word: string): string =>
  `I know no customer, customer chat or hand-off called "${cap(word, 60)}". Say take acme, take +8801700000001 or take H-7.`;
export const unknownHandoff = (id: string): string => `There is no hand-off ${id}.`;
export const noChat = (customerName: string): string => `${customerName} has no chat in the config; add one under its chats.`;

/** The engineer's help for these words, a few lines of the help screen. */
export const CONVERSATION_HELP = [
  'take acme · take +8801… · take H-7 — you answer that customer; I stay quiet there (and still record it)',
  'reply acme: text — I send your text to the customer from this number',
  'release acme — the chat goes back to me (by itself after a while without activity)',
].join('\n');
