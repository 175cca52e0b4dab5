import * as z from 'zod';
import { jsonSchema } from './json.js';

// The people side of customer chats, as the store keeps it: every message in and out
// (transcripts), where each chat stands (with the bot, waiting for a person, taken by one),
// and the hand-offs that asked for a person. The wording and the rules of who may take what
// live above the store (conversations/); here are the records and the atomic steps.

/** `in`: the customer wrote; `out`: the customer was written to (by the bot or a person). */
export const messageDirections = ['in', 'out'] as const;
export const messageDirectionSchema = z.enum(messageDirections);
export type MessageDirection = z.infer<typeof messageDirectionSchema>;

/**
 * Who wrote a message: the customer, the bot, an engineer (through the bot: the chat command
 * `reply` or the dashboard), or a person typing on the bot's own WhatsApp account (`owner`:
 * which engineer is not known).
 */
export const authorKinds = ['customer', 'bot', 'engineer', 'owner'] as const;
export const authorKindSchema = z.enum(authorKinds);
export type AuthorKind = z.infer<typeof authorKindSchema>;

/** One message of a transcript. `id` orders a chat's messages as they were recorded. */
export const transcriptMessageSchema = z.object({
  id: z.number().int().positive(),
  /** The chat, in its one written form (`chatKey`: "+8801700000001", or a JID as written). */
  chat: z.string(),
  customerId: z.string().nullable(),
  direction: messageDirectionSchema,
  authorKind: authorKindSchema,
  /** The customer's or the engineer's id; null for the bot and the bot's phone. */
  author: z.string().nullable(),
  /** The text, capped; media is recorded by kind ("[image]", "[image] caption"), never downloaded. */
  text: z.string(),
  /** The media kind when the message carried media ("image", "audio" …). */
  media: z.string().nullable(),
  at: z.string(), // ISO 8601
  /** The run the message belongs to, when the writer knew it. */
  runId: z.string().nullable(),
});
export type TranscriptMessage = z.infer<typeof transcriptMessageSchema>;
/** A message to append; the store hands out the id. */
export type NewTranscriptMessage = Omit<TranscriptMessage, 'id'>;

/**
 * Where a chat stands: the bot answers it (`bot`), a hand-off waits for a person (`waiting`:
 * the bot still answers), or a person has taken it (`taken`: the bot stays silent there).
 */
export const conversationStates = ['bot', 'waiting', 'taken'] as const;
export const conversationStateSchema = z.enum(conversationStates);
export type ConversationState = z.infer<typeof conversationStateSchema>;

/** How a chat was taken: the engineers' chat, the dashboard, or by writing on the bot's phone. */
export const takeoverVias = ['chat', 'web', 'phone'] as const;
export const takeoverViaSchema = z.enum(takeoverVias);
export type TakeoverVia = z.infer<typeof takeoverViaSchema>;

/** One customer chat: its state, who holds it, and a summary of its transcript for lists. */
export const conversationSchema = z.object({
  chat: z.string(),
  customerId: z.string().nullable(),
  state: conversationStateSchema,
  /** The engineer who took it; null when nobody has it, or when it was taken on the bot's phone. */
  takenBy: z.string().nullable(),
  takenVia: takeoverViaSchema.nullable(),
  takenAt: z.string().nullable(),
  /** The last activity of whoever took it (their messages, a touch); idle takeovers end from it. */
  activeAt: z.string().nullable(),
  /** The open hand-off ("H-7"): waiting, or taken with the chat. */
  handoffId: z.string().nullable(),
  lastMessageId: z.number().int().nullable(),
  /** When the last message was written; the conversation's creation while it has none. Lists sort by it. */
  lastAt: z.string(),
  /** The start of the last message, for lists; null when there is none (or it was purged). */
  lastText: z.string().nullable(),
  lastAuthorKind: authorKindSchema.nullable(),
  /** Customer messages since an engineer last read the chat (opened it, or wrote in it). */
  unread: z.number().int().nonnegative(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conversation = z.infer<typeof conversationSchema>;

/** A hand-off: `waiting` for a person, `taken` with its chat, `closed` when the chat went back to the bot. */
export const handoffStatuses = ['waiting', 'taken', 'closed'] as const;
export const handoffStatusSchema = z.enum(handoffStatuses);
export type HandoffStatus = z.infer<typeof handoffStatusSchema>;

/** A request for a person, as the store keeps it. JSON parts are opaque to the store. */
export const handoffSchema = z.object({
  id: z.string(), // "H-<n>"
  chat: z.string(),
  customerId: z.string().nullable(),
  reason: z.string(),
  /** The messages that led to it (conversations/ gives this its schema). */
  lastMessages: jsonSchema,
  /** What was already read from the customer's servers, if anything. */
  facts: jsonSchema.nullable(),
  runId: z.string().nullable(),
  status: handoffStatusSchema,
  createdAt: z.string(),
  /** When it was last announced to the engineers (first at creation). */
  announcedAt: z.string(),
  announcements: z.number().int().positive(),
  takenBy: z.string().nullable(),
  takenVia: takeoverViaSchema.nullable(),
  takenAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
  /** Why it closed, in words ("released by rahim", "idle for 2 h"). */
  closedNote: z.string().nullable(),
});
export type Handoff = z.infer<typeof handoffSchema>;
export type NewHandoff = Pick<Handoff, 'chat' | 'customerId' | 'reason' | 'lastMessages'> & Partial<Pick<Handoff, 'facts' | 'runId'>>;

/** Who takes a chat: an engineer (through the chat or the dashboard), or a person on the bot's phone (`by` null). */
export interface Taker {
  readonly by: string | null;
  readonly via: TakeoverVia;
}

/** Filters of {@link ConversationStore.listConversations}. */
export interface ConversationFilter {
  state?: ConversationState;
  customerId?: string;
  /** The page after this conversation of the previous page (its lastAt and chat). */
  after?: { lastAt: string; chat: string };
  /** Default 50, max 1000. */
  limit?: number;
}

/** What {@link ConversationStore.take} did. */
export type TakeOutcome =
  /** The chat is the taker's now; `previous` is how it stood before. */
  | { readonly ok: true; readonly conversation: Conversation; readonly previous: Conversation | null; readonly handoff: Handoff | null }
  /** Someone else holds it (and `force` was not given); nothing changed. */
  | { readonly ok: false; readonly conversation: Conversation };

/** What {@link ConversationStore.release} did: null when the chat was with the bot already (or unknown). */
export type ReleaseOutcome = { readonly conversation: Conversation; readonly previous: Conversation; readonly handoff: Handoff | null } | null;

/** What {@link ConversationStore.createHandoff} did. */
export type HandoffOutcome =
  /** A new hand-off (`created`), or the one already waiting in that chat. */
  | { readonly ok: true; readonly created: boolean; readonly handoff: Handoff; readonly conversation: Conversation }
  /** The chat is taken: a person has it already; nothing was created. */
  | { readonly ok: false; readonly conversation: Conversation };

/** How many records a purge removed. */
export interface PurgeCounts {
  readonly messages: number;
  readonly handoffs: number;
  readonly conversations: number;
}

/**
 * Transcripts, chat states and hand-offs, in the run store's database (one Kysely path for
 * SQLite and PostgreSQL, reached as `RunStore.conversations`). Every state change is a
 * compare-and-set, so of two engineers taking one chat at once exactly one gets it. Who may
 * take what, and what people are told, is decided above (conversations/).
 *
 * Summaries are kept with the messages: a customer's message adds one to `unread`, a message
 * by an engineer or the bot's phone clears it (they read the chat to write in it) and counts as
 * the activity of whoever took the chat.
 */
export interface ConversationStore {
  /**
   * Appends messages in the order given, and updates each chat's conversation (created in
   * state `bot` when new), in one transaction. Returns the messages with their ids, and the
   * conversations as they stand after.
   */
  appendMessages(messages: readonly NewTranscriptMessage[]): Promise<{ messages: TranscriptMessage[]; conversations: Conversation[] }>;
  /** A chat's messages, newest first: the `limit` (default 50, max 1000) before message `before` (default: the newest). */
  listMessages(chat: string, options?: { before?: number; limit?: number }): Promise<TranscriptMessage[]>;
  getConversation(chat: string): Promise<Conversation | null>;
  /** Newest last message first (lastAt desc, then chat desc). */
  listConversations(filter?: ConversationFilter): Promise<Conversation[]>;
  countConversations(filter?: Pick<ConversationFilter, 'state'>): Promise<number>;
  /** Sets `unread` to 0 (an engineer read the chat). */
  markRead(chat: string): Promise<void>;
  /**
   * Gives the chat to `taker`, creating the conversation when new. Refused when another
   * engineer holds it, unless `force`; a chat held on the bot's phone goes to any engineer who
   * takes it, and the phone never takes a chat from anyone. A waiting hand-off of the chat
   * becomes `taken`. Taking a chat one holds already keeps `takenAt` and counts as activity.
   */
  take(chat: string, taker: Taker, options?: { customerId?: string | null; force?: boolean }): Promise<TakeOutcome>;
  /**
   * Gives a waiting or taken chat back to the bot and closes its hand-off, with `note` saying
   * why. `ifIdleSince`: only if whoever holds it has done nothing since then (the idle end).
   */
  release(chat: string, closedBy: string | null, note: string, options?: { ifIdleSince?: string }): Promise<ReleaseOutcome>;
  /** Counts as activity of whoever holds the chat; false when nobody does. */
  touch(chat: string, at: string): Promise<boolean>;
  /**
   * Opens a hand-off and puts the chat in `waiting`, unless one is waiting there already (it
   * is returned, `created` false) or the chat is taken (ok false). At most one hand-off waits
   * per chat, also when two processes ask at once.
   */
  createHandoff(input: NewHandoff): Promise<HandoffOutcome>;
  /** Null for unknown and malformed ids. */
  getHandoff(id: string): Promise<Handoff | null>;
  /** Newest first (`oldestFirst`: the longest waiting first); limit default 50, max 1000. */
  listHandoffs(filter?: { status?: HandoffStatus; chat?: string; limit?: number; oldestFirst?: boolean }): Promise<Handoff[]>;
  /**
   * The waiting hand-offs last announced at or before `cutoff` and announced fewer than
   * `maxAnnouncements` times, each marked announced now. A hand-off is claimed by one caller
   * only, so two schedulers never announce it twice.
   */
  claimReannouncements(cutoff: string, maxAnnouncements: number): Promise<Handoff[]>;
  /** The taken chats whose holder has been idle since `cutoff` or longer, as they stood. */
  listIdleTakeovers(cutoff: string): Promise<Conversation[]>;
  /**
   * Deletes messages written before `olderThan`, closed hand-offs opened before it, and
   * conversations with the bot whose last message was before it; conversations that stay
   * (waiting, taken) lose the preview of a purged last message.
   */
  purgeTranscripts(olderThan: string): Promise<PurgeCounts>;
}
