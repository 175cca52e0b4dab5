import * as z from 'zod';
import { authorKindSchema, type Conversation, type Handoff, type TakeoverVia } from '../store/conversation-types.js';
import { StoredHandoffError } from './errors.js';

/** Media a message carried, by kind; never downloaded. `media` when the channel cannot tell which. */
export const mediaKinds = ['image', 'video', 'audio', 'document', 'sticker', 'location', 'contact', 'media'] as const;
export const mediaKindSchema = z.enum(mediaKinds);
export type MediaKind = z.infer<typeof mediaKindSchema>;

/**
 * Who wrote a message: the customer of the chat, the bot, an engineer through the bot (the
 * `reply` command or the dashboard), or a person typing on the bot's own WhatsApp account.
 */
export type Author = { readonly kind: 'customer' } | { readonly kind: 'bot' } | { readonly kind: 'engineer'; readonly engineerId: string } | { readonly kind: 'owner' };

/** A transcript keeps at most this many characters of a message. */
export const MAX_TRANSCRIPT_CHARS = 4000;
/** A hand-off carries at most this many characters of each earlier message. */
export const MAX_QUOTED_CHARS = 300;
/** …and at most this many earlier messages. */
export const MAX_QUOTED_MESSAGES = 5;

/** One of the messages that led to a hand-off, as it is kept with it. */
export const handoffMessageSchema = z.strictObject({
  at: z.string(),
  author: authorKindSchema,
  text: z.string().max(MAX_QUOTED_CHARS),
});
export type HandoffMessage = z.infer<typeof handoffMessageSchema>;

/** What was already read from the customer's servers, one short line each ("vos1: 312 sockets in TIME_WAIT"). */
export const handoffFactsSchema = z.array(z.string().min(1).max(300)).max(20);

/** The JSON parts of a hand-off: checked when written and when read. */
export const handoffPartsSchema = z.strictObject({
  lastMessages: z.array(handoffMessageSchema).max(MAX_QUOTED_MESSAGES),
  facts: handoffFactsSchema.nullable(),
});

/** A hand-off with its JSON parts read through their schema. */
export type TypedHandoff = Omit<Handoff, 'lastMessages' | 'facts'> & z.infer<typeof handoffPartsSchema>;

/** A stored hand-off with its JSON parts checked. Throws StoredHandoffError on a shape mismatch. */
export function typedHandoff(handoff: Handoff): TypedHandoff {
  const parts = handoffPartsSchema.safeParse({ lastMessages: handoff.lastMessages, facts: handoff.facts });
  if (!parts.success) throw new StoredHandoffError(handoff.id, parts.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  return { ...handoff, ...parts.data };
}

/** Who holds a taken chat: an engineer, or (`engineerId` null) someone on the bot's phone. */
export interface Holder {
  readonly engineerId: string | null;
  readonly via: TakeoverVia;
  /** When they took it. */
  readonly since: string;
  /** Their last activity in it. */
  readonly activeAt: string;
}

/** The holder of a conversation; null unless it is taken. */
export function holderOf(conversation: Conversation | null): Holder | null {
  if (!conversation || conversation.state !== 'taken' || conversation.takenVia === null) return null;
  const since = conversation.takenAt ?? conversation.updatedAt;
  return { engineerId: conversation.takenBy, via: conversation.takenVia, since, activeAt: conversation.activeAt ?? since };
}

/** Who a notice is for: the engineers (their group, else each engineer's chat), or one engineer. */
export type Audience = { readonly kind: 'team' } | { readonly kind: 'engineer'; readonly engineerId: string };

/** A message for engineers that a step produced; the caller sends it (see `audienceChats`). */
export interface Notice {
  readonly to: Audience;
  readonly text: string;
}

/** An engineer acting on a chat, and where from. */
export interface Actor {
  readonly engineerId: string;
  readonly via: 'chat' | 'web';
}
