import { chatKey } from '../config/chat.js';
import type { Config } from '../config/schema.js';
import type { Conversation, ConversationFilter, ConversationState, ConversationStore, NewTranscriptMessage, PurgeCounts, TranscriptMessage } from '../store/conversation-types.js';
import {
  handoffPartsSchema,
  holderOf,
  MAX_QUOTED_CHARS,
  MAX_QUOTED_MESSAGES,
  MAX_TRANSCRIPT_CHARS,
  typedHandoff,
  type Actor,
  type Author,
  type HandoffMessage,
  type Holder,
  type MediaKind,
  type Notice,
  type TypedHandoff,
} from './model.js';
import * as say from './notices.js';
import { audienceChats, chatLabel, chatWord, customerOfChat, engineerName, serversOf } from './people.js';
import { readTarget } from './targets.js';
import { cap, transcriptText } from './text.js';

/** A hand-off is announced when it opens and again every interval while nobody takes it, this many times in all. */
export const MAX_ANNOUNCEMENTS = 4;

/** What the conversations need: their store, the config (names, settings), a clock. */
export interface ConversationsDeps {
  /** `RunStore.conversations`. */
  readonly store: ConversationStore;
  /** The current config: customers and engineers by chat and name, `settings.conversations`. */
  readonly config: () => Config;
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Told of every hand-off opened (outgoing webhooks); must not throw. */
  readonly onHandOff?: (handoff: TypedHandoff) => void;
}

/** One message to record. `text` null: media without a caption. */
export interface RecordInput {
  readonly chat: string;
  readonly author: Author;
  readonly text: string | null;
  /** The media kind, when the message carried media; `media` when the channel cannot say which. Default: `media` when `text` is null. */
  readonly media?: MediaKind | null;
  /** @defaultValue now */
  readonly at?: Date;
  readonly runId?: string | null;
}

/** A recorded message and its chat as it stands after it. */
export interface Recorded {
  readonly message: TranscriptMessage;
  readonly conversation: Conversation;
}

/** What the engineers are told, and what the one who asked hears back (`answer`, for the chat). */
interface Told {
  readonly answer: string;
  readonly notices: readonly Notice[];
}

export type HandOffResult =
  /** A new hand-off (`created`) announced, or the waiting one told that the customer wrote again. */
  | { readonly ok: true; readonly created: boolean; readonly handoff: TypedHandoff; readonly notices: readonly Notice[] }
  /** A person holds the chat already: nothing was opened. */
  | { readonly ok: false; readonly holder: Holder | null; readonly notices: readonly Notice[] };

export type TakeResult =
  | (Told & { readonly ok: true; readonly chat: string; readonly conversation: Conversation; readonly previous: Holder | null; readonly handoff: TypedHandoff | null })
  | (Told & { readonly ok: false; readonly reason: 'unknown_target' | 'taken'; readonly chat: string | null; readonly holder: Holder | null });

export type ReleaseResult =
  | (Told & { readonly ok: true; readonly chat: string; readonly previous: Holder | null; readonly handoff: TypedHandoff | null })
  | (Told & { readonly ok: false; readonly reason: 'unknown_target' | 'not_held' | 'none_held' | 'several_held'; readonly chat: string | null });

export type ReplyResult =
  /** Sent and recorded; `took`: the chat was not the writer's yet and is now. */
  | (Told & { readonly ok: true; readonly chat: string; readonly took: boolean; readonly message: TranscriptMessage })
  | (Told & { readonly ok: false; readonly reason: 'unknown_target' | 'taken' | 'empty' | 'too_long' | 'send_failed'; readonly chat: string | null });

/** A takeover that ended for want of activity. */
export interface IdleEnd {
  readonly chat: string;
  readonly holder: Holder;
  readonly notices: readonly Notice[];
}

/** Sends text to a chat: the channel's send. */
export type Send = (chat: string, text: string) => Promise<void>;

type Resolved = { readonly ok: true; readonly chat: string } | { readonly ok: false; readonly answer: string };

/**
 * The people side of customer chats: transcripts, hand-offs to a person, takeovers, replies
 * through the bot. The bot, the dashboard and the scheduled jobs all go through one instance
 * (or several over one store: it keeps no state of its own). Steps return what people are to be
 * told (`answer`, `notices`) and send nothing themselves, except `reply`, whose whole point is
 * a message to the customer (through the `send` it is given).
 *
 * ```ts
 * const conversations = new Conversations({ store: store.conversations, config: () => config });
 * const { conversation } = await conversations.record({ chat, author: { kind: 'customer' }, text, at });
 * if (conversation.state === 'taken') return; // a person has the chat: the bot stays silent
 * ```
 */
export class Conversations {
  private readonly now: () => Date;
  private readonly listeners = new Set<(chat: string) => void>();

  constructor(private readonly deps: ConversationsDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Calls `listener` with a chat's key whenever this instance changed who holds it (a take, a
   * release, a reply that took it, the bot's phone, an idle end). Changes other processes make
   * are not seen here. Returns the way to stop listening.
   */
  onHolderChange(listener: (chat: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(chat: string): void {
    for (const listener of this.listeners) listener(chat);
  }

  private get config(): Config {
    return this.deps.config();
  }

  private get settings() {
    return this.config.settings.conversations;
  }

  // ---- transcripts ------------------------------------------------------------

  /**
   * Records one message in or out of a customer chat: text capped, media by kind, the customer
   * from the config. The direction follows the author (the customer writes in, everyone else
   * out). Returns the chat as it stands after, so a caller learns in the same step whether a
   * person has it.
   */
  async record(input: RecordInput): Promise<Recorded> {
    const { messages, conversations } = await this.deps.store.appendMessages([this.transcriptMessage(input)]);
    return { message: messages[0]!, conversation: conversations[0]! };
  }

  /**
   * Records several messages in one write, in the order given (a burst of chats: one
   * transaction instead of one per message). Returns each chat as it stands after.
   */
  async recordAll(inputs: readonly RecordInput[]): Promise<Recorded['conversation'][]> {
    return (await this.deps.store.appendMessages(inputs.map((i) => this.transcriptMessage(i)))).conversations;
  }

  private transcriptMessage(input: RecordInput): NewTranscriptMessage {
    const chat = chatKey(input.chat);
    const customer = customerOfChat(this.config, chat);
    const { author } = input;
    const media = input.media ?? (input.text === null ? 'media' : null);
    return {
      chat,
      customerId: customer?.id ?? null,
      direction: author.kind === 'customer' ? 'in' : 'out',
      authorKind: author.kind,
      author: author.kind === 'customer' ? (customer?.id ?? null) : author.kind === 'engineer' ? author.engineerId : null,
      text: transcriptText(input.text, media),
      media,
      at: (input.at ?? this.now()).toISOString(),
      runId: input.runId ?? null,
    };
  }

  /**
   * A message a person typed on the bot's own WhatsApp account (`ChatMessage.fromOwner`): that
   * person is answering the customer, so the chat is theirs — taken on the phone unless an
   * engineer holds it already — and the message is recorded. The team is told when the chat was
   * not taken before.
   */
  async ownerTyped(input: Omit<RecordInput, 'author' | 'runId'>): Promise<Recorded & { readonly took: boolean; readonly notices: readonly Notice[] }> {
    const chat = chatKey(input.chat);
    const taken = await this.deps.store.take(chat, { by: null, via: 'phone' }, { customerId: customerOfChat(this.config, chat)?.id ?? null });
    const took = taken.ok && taken.previous?.state !== 'taken';
    if (took) this.changed(chat);
    const recorded = await this.record({ ...input, chat, author: { kind: 'owner' } });
    return { ...recorded, took, notices: took ? [{ to: { kind: 'team' }, text: say.ownerTook(chatLabel(this.config, chat), chatWord(this.config, chat)) }] : [] };
  }

  /** A chat's messages, oldest first: the newest `limit` (default 100), or those before message `before`; `earlier` says whether older ones exist. */
  async transcript(chat: string, options: { before?: number; limit?: number } = {}): Promise<{ messages: TranscriptMessage[]; earlier: boolean }> {
    const limit = options.limit ?? 100;
    const newestFirst = await this.deps.store.listMessages(chatKey(chat), { limit: limit + 1, ...(options.before !== undefined ? { before: options.before } : {}) });
    return { messages: newestFirst.slice(0, limit).reverse(), earlier: newestFirst.length > limit };
  }

  /** Deletes what is older than `olderThan` (see ConversationStore.purgeTranscripts). */
  purgeTranscripts(olderThan: Date): Promise<PurgeCounts> {
    return this.deps.store.purgeTranscripts(olderThan.toISOString());
  }

  /** Deletes what is older than `settings.conversations.retentionDays`: the scheduled job's one call. */
  purgeExpired(now: Date = this.now()): Promise<PurgeCounts> {
    return this.purgeTranscripts(new Date(now.getTime() - this.settings.retentionDays * 86_400_000));
  }

  // ---- hand-offs --------------------------------------------------------------

  /**
   * Asks for a person: opens hand-off `H-<n>` and puts the chat in "waiting for a person", with
   * the messages that led to it (by default the chat's last five, up to the customer's last),
   * any facts already read (one short line each) and the run it concerns. Returns the
   * announcement for the team. While one waits in the chat, a second request joins it (the team
   * hears that the customer wrote again); in a chat a person holds, nothing is opened.
   */
  async handOff(input: { chat: string; reason: string; facts?: readonly string[]; runId?: string | null; lastMessages?: readonly HandoffMessage[] }): Promise<HandOffResult> {
    const chat = chatKey(input.chat);
    const customer = customerOfChat(this.config, chat);
    const lastMessages = input.lastMessages ?? (await this.ledTo(chat));
    const parts = handoffPartsSchema.parse({ lastMessages, facts: input.facts?.length ? input.facts : null });
    const outcome = await this.deps.store.createHandoff({ chat, customerId: customer?.id ?? null, reason: cap(input.reason, MAX_TRANSCRIPT_CHARS), ...parts, runId: input.runId ?? null });
    if (!outcome.ok) return { ok: false, holder: holderOf(outcome.conversation), notices: [] };
    const handoff = typedHandoff(outcome.handoff);
    if (outcome.created) this.deps.onHandOff?.(handoff);
    const label = chatLabel(this.config, chat);
    const text = outcome.created ? say.announcement(handoff, { label, servers: serversOf(this.config, customer?.id ?? null) }) : say.wroteAgain(handoff, label, input.reason);
    return { ok: true, created: outcome.created, handoff, notices: [{ to: { kind: 'team' }, text }] };
  }

  /**
   * The chat's last messages up to the customer's last one: what the bot said after it (that it
   * passed them on, what it checked) the customer was told, and the hand-off says itself.
   */
  private async ledTo(chat: string): Promise<HandoffMessage[]> {
    const newestFirst = await this.deps.store.listMessages(chat, { limit: MAX_QUOTED_MESSAGES * 2 });
    const fromCustomer = newestFirst.findIndex((m) => m.authorKind === 'customer');
    return newestFirst
      .slice(Math.max(0, fromCustomer), Math.max(0, fromCustomer) + MAX_QUOTED_MESSAGES)
      .reverse()
      .map((m) => ({ at: m.at, author: m.authorKind, text: cap(m.text, MAX_QUOTED_CHARS) }));
  }

  /**
   * The hand-offs nobody took within `settings.conversations.handoffReannounceMinutes` (since
   * they opened or were last announced), each claimed so that no other caller announces it too,
   * as notices for the team. Each is announced MAX_ANNOUNCEMENTS times at most; the last says so.
   */
  async dueReannouncements(now: Date = this.now()): Promise<Notice[]> {
    const cutoff = new Date(now.getTime() - this.settings.handoffReannounceMinutes * 60_000).toISOString();
    const claimed = await this.deps.store.claimReannouncements(cutoff, MAX_ANNOUNCEMENTS);
    return claimed.map(typedHandoff).map((h) => ({
      to: { kind: 'team' },
      text: say.reannouncement(h, { label: chatLabel(this.config, h.chat), servers: serversOf(this.config, h.customerId) }, now, h.announcements >= MAX_ANNOUNCEMENTS),
    }));
  }

  /** The hand-offs waiting for a person, the longest waiting first. */
  async waiting(limit = 50): Promise<TypedHandoff[]> {
    return (await this.deps.store.listHandoffs({ status: 'waiting', oldestFirst: true, limit })).map(typedHandoff);
  }

  /** A hand-off by id ("H-7"), its JSON checked; null when there is none. */
  async handoff(id: string): Promise<TypedHandoff | null> {
    const h = await this.deps.store.getHandoff(id);
    return h ? typedHandoff(h) : null;
  }

  // ---- takeovers --------------------------------------------------------------

  /**
   * An engineer takes a chat: `target` is a customer ("acme"), a customer's chat ("+8801…") or a
   * hand-off ("H-7"). Refused when another engineer holds it, unless `force` (the dashboard's
   * "take over"); a chat held on the bot's phone is taken freely. A waiting hand-off of the chat
   * is taken with it. The previous holder, and the team for a take on the dashboard, are told.
   */
  async take(input: { target: string; by: Actor; force?: boolean }): Promise<TakeResult> {
    const resolved = await this.resolve(input.target);
    if (!resolved.ok) return { ok: false, reason: 'unknown_target', chat: null, holder: null, answer: resolved.answer, notices: [] };
    return this.takeChat(resolved.chat, input.by, input.force ?? false);
  }

  private async takeChat(chat: string, by: Actor, force: boolean): Promise<TakeResult> {
    const { config } = this;
    const label = chatLabel(config, chat);
    const outcome = await this.deps.store.take(chat, { by: by.engineerId, via: by.via }, { customerId: customerOfChat(config, chat)?.id ?? null, force });
    if (!outcome.ok) {
      const holder = holderOf(outcome.conversation)!;
      return { ok: false, reason: 'taken', chat, holder, answer: say.heldByOther(engineerName(config, holder.engineerId), holder, label, this.now(), this.settings.takeoverIdleMinutes), notices: [] };
    }
    this.changed(chat);
    const previous = holderOf(outcome.previous);
    const changedHands = previous?.engineerId !== by.engineerId;
    const name = engineerName(config, by.engineerId);
    const notices: Notice[] = [];
    if (changedHands && previous?.engineerId) notices.push({ to: { kind: 'engineer', engineerId: previous.engineerId }, text: say.takenFromYou(name, label) });
    // In the chat, the team sees the command; a take on the dashboard they would not see.
    if (changedHands && by.via === 'web') notices.push({ to: { kind: 'team' }, text: say.tookForTeam(name, label, outcome.conversation.handoffId, 'web') });
    const answer = say.tookAnswer(label, chatWord(config, chat), changedHands && previous ? { name: engineerName(config, previous.engineerId) } : null);
    return { ok: true, chat, conversation: outcome.conversation, previous, handoff: outcome.handoff ? typedHandoff(outcome.handoff) : null, answer, notices };
  }

  /**
   * Gives a chat back to the bot (and closes its hand-off): a waiting one nobody took, or a
   * taken one, whoever holds it. Without a target, the one chat the engineer holds. A holder who
   * did not release it themselves is told.
   */
  async release(input: { target: string | null; by: Actor }): Promise<ReleaseResult> {
    const { config } = this;
    let chat: string;
    if (input.target === null) {
      const held = (await this.deps.store.listConversations({ state: 'taken', limit: 1000 })).filter((c) => c.takenBy === input.by.engineerId);
      if (held.length !== 1) {
        const labels = held.map((c) => chatLabel(config, c.chat));
        return held.length === 0
          ? { ok: false, reason: 'none_held', chat: null, answer: say.HOLD_NONE, notices: [] }
          : { ok: false, reason: 'several_held', chat: null, answer: say.holdSeveral(labels, chatWord(config, held[0]!.chat)), notices: [] };
      }
      chat = held[0]!.chat;
    } else {
      const resolved = await this.resolve(input.target);
      if (!resolved.ok) return { ok: false, reason: 'unknown_target', chat: null, answer: resolved.answer, notices: [] };
      chat = resolved.chat;
    }
    const label = chatLabel(config, chat);
    const name = engineerName(config, input.by.engineerId);
    const outcome = await this.deps.store.release(chat, input.by.engineerId, `given back by ${name}`);
    if (!outcome) return { ok: false, reason: 'not_held', chat, answer: say.notHeld(label), notices: [] };
    this.changed(chat);
    const previous = holderOf(outcome.previous);
    const notices: Notice[] = previous?.engineerId && previous.engineerId !== input.by.engineerId ? [{ to: { kind: 'engineer', engineerId: previous.engineerId }, text: say.releasedByOther(name, label) }] : [];
    return { ok: true, chat, previous, handoff: outcome.handoff ? typedHandoff(outcome.handoff) : null, answer: say.releasedAnswer(label), notices };
  }

  /** True when a person holds the chat: the bot stays silent there. */
  async isTaken(chat: string): Promise<boolean> {
    return (await this.deps.store.getConversation(chatKey(chat)))?.state === 'taken';
  }

  /** Who holds the chat; null when nobody does. */
  async whoHas(chat: string): Promise<Holder | null> {
    return holderOf(await this.deps.store.getConversation(chatKey(chat)));
  }

  /**
   * Activity of whoever holds the chat (an engineer's command about it, say), which keeps the
   * takeover from ending as idle. Their messages count by themselves. False when nobody holds it.
   */
  touch(chat: string): Promise<boolean> {
    return this.deps.store.touch(chatKey(chat), this.now().toISOString());
  }

  /**
   * Ends the takeovers whose holder did nothing there for `settings.conversations.takeoverIdleMinutes`:
   * each chat goes back to the bot, and its holder (the team, for the bot's phone) is told.
   */
  async idleTakeovers(now: Date = this.now()): Promise<IdleEnd[]> {
    const { config } = this;
    const minutes = this.settings.takeoverIdleMinutes;
    const cutoff = new Date(now.getTime() - minutes * 60_000).toISOString();
    const ended: IdleEnd[] = [];
    for (const idle of await this.deps.store.listIdleTakeovers(cutoff)) {
      const outcome = await this.deps.store.release(idle.chat, null, `no activity for ${say.minutesText(minutes)}`, { ifIdleSince: cutoff });
      const holder = holderOf(outcome?.previous ?? null);
      if (!holder) continue; // someone was active, or gave it back, meanwhile
      this.changed(idle.chat);
      const text = say.idleEnded(chatLabel(config, idle.chat), chatWord(config, idle.chat), holder, minutes);
      ended.push({ chat: idle.chat, holder, notices: [{ to: holder.engineerId ? { kind: 'engineer', engineerId: holder.engineerId } : { kind: 'team' }, text }] });
    }
    return ended;
  }

  // ---- replies through the bot ------------------------------------------------

  /**
   * An engineer writes to a customer through the bot: the text goes out with `send` (the
   * channel: the customer sees the bot's number) and is recorded as theirs. A chat nobody holds
   * (or held on the bot's phone) becomes theirs first, so the bot does not talk over them; a chat
   * another engineer holds is refused. Nothing is recorded when the send fails.
   */
  async reply(input: { target: string; by: Actor; text: string; runId?: string | null }, send: Send): Promise<ReplyResult> {
    const text = input.text.trim();
    const resolved = await this.resolve(input.target);
    if (!resolved.ok) return { ok: false, reason: 'unknown_target', chat: null, answer: resolved.answer, notices: [] };
    const { chat } = resolved;
    const word = chatWord(this.config, chat);
    if (!text) return { ok: false, reason: 'empty', chat, answer: say.replyEmpty(word), notices: [] };
    if (text.length > MAX_TRANSCRIPT_CHARS) return { ok: false, reason: 'too_long', chat, answer: say.replyTooLong(MAX_TRANSCRIPT_CHARS), notices: [] };
    let notices: readonly Notice[] = [];
    const took = (await this.whoHas(chat))?.engineerId !== input.by.engineerId;
    if (took) {
      const taken = await this.takeChat(chat, input.by, false);
      if (!taken.ok) return { ...taken, reason: 'taken' };
      notices = taken.notices;
    }
    const label = chatLabel(this.config, chat);
    try {
      await send(chat, text);
    } catch (err) {
      return { ok: false, reason: 'send_failed', chat, answer: say.replyFailed(label, err instanceof Error ? err.message : String(err)), notices };
    }
    const { message } = await this.record({ chat, author: { kind: 'engineer', engineerId: input.by.engineerId }, text, runId: input.runId ?? null });
    return { ok: true, chat, took, message, answer: say.replySent(label, word, took), notices };
  }

  // ---- reads for lists and pages ----------------------------------------------

  /** A chat's conversation; null when nothing was ever recorded or decided there. */
  conversation(chat: string): Promise<Conversation | null> {
    return this.deps.store.getConversation(chatKey(chat));
  }

  /** Chats by their last message, newest first. */
  list(filter: ConversationFilter = {}): Promise<Conversation[]> {
    return this.deps.store.listConversations(filter);
  }

  /** How many chats are in `state` (all chats without one). */
  count(state?: ConversationState): Promise<number> {
    return this.deps.store.countConversations(state ? { state } : {});
  }

  /** An engineer read the chat: its customer messages are no longer unread. */
  markRead(chat: string): Promise<void> {
    return this.deps.store.markRead(chatKey(chat));
  }

  // ---- targets ----------------------------------------------------------------

  /** The chat a target names; for a customer with several chats, the one someone waits or works in, else the latest. */
  private async resolve(word: string): Promise<Resolved> {
    const target = readTarget(word, this.config);
    if (!target) return { ok: false, answer: say.unknownTarget(word) };
    if (target.kind === 'chat') return { ok: true, chat: target.chat };
    if (target.kind === 'handoff') {
      const h = await this.deps.store.getHandoff(target.handoffId);
      return h ? { ok: true, chat: h.chat } : { ok: false, answer: say.unknownHandoff(target.handoffId) };
    }
    const chats = [...new Set(target.customer.chats.map(chatKey))];
    if (chats.length === 0) return { ok: false, answer: say.noChat(target.customer.name) };
    if (chats.length === 1) return { ok: true, chat: chats[0]! };
    const known = (await Promise.all(chats.map((c) => this.deps.store.getConversation(c)))).filter((c): c is Conversation => c !== null);
    const open = known.find((c) => c.state !== 'bot');
    const latest = [...known].sort((a, b) => b.lastAt.localeCompare(a.lastAt))[0];
    return { ok: true, chat: (open ?? latest)?.chat ?? chats[0]! };
  }
}

/**
 * Sends notices to the chats their audience has (see `audienceChats`). A send that fails does
 * not stop the others; the failures are returned.
 */
export async function deliverNotices(config: Config, notices: readonly Notice[], send: Send): Promise<{ chat: string; error: Error }[]> {
  const failed: { chat: string; error: Error }[] = [];
  for (const notice of notices) {
    for (const chat of audienceChats(config, notice.to)) {
      await send(chat, notice.text).catch((err: unknown) => failed.push({ chat, error: err instanceof Error ? err : new Error(String(err)) }));
    }
  }
  return failed;
}
