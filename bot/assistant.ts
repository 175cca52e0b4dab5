import type { Config } from '../config/schema.js';
import { Conversations, type Notice } from '../conversations/index.js';
import { trainingExamples } from '../playbooks/examples/index.js';
import type { Progress } from '../runs/engine/index.js';
import type { Watches } from '../runs/watch.js';
import type { RunLifecycle } from '../runs/lifecycle.js';
import { MemoryStore } from '../runs/memory.js';
import type { RunChange } from '../runs/outbox.js';
import type { TypedRun } from '../runs/records.js';
import type { RunStore } from '../store/types.js';
import type { ChatMessage } from './channel.js';
import { ChatStore } from './chat-store.js';
import { customerEffects } from './customer.js';
import { chatKey, type Directory } from './directory.js';
import { handOff, notifyEngineers, reply, type BotReads, type Effect } from './effects.js';
import { engineerEffects } from './engineer.js';
import { Interpreter, type Undelivered } from './interpreter.js';
import { createMatcher, type Matcher, type MatchResult } from './matcher/index.js';
import { capSize, identify, mediaOnly, ownerTyped, rateLimit, RateLimiter, transcribe, unknownSenders } from './middleware/index.js';
import { chatsToTell, forChat, forEngineers, memoryEffects, progressEffects, type NotifyContext } from './notifications.js';
import { compose, newTurn, type Turn } from './pipeline.js';
import { createQuestionMatcher, knowledge, readChatRequest, type QuestionMatcher } from './questions/index.js';
import { holdBack } from './held-chat.js';
import { Holders } from './holders.js';
import { Lanes } from './lanes.js';
import { TranscriptWriter } from './transcripts.js';
import * as say from './replies.js';

export interface AssistantOptions {
  /** Messages per customer per window before the rest waits its turn. @defaultValue 12 */
  ratePerMinute?: number;
  /** The rate limit's window. @defaultValue 60 000 ms */
  rateWindowMs?: number;
  /** How long an unknown number is not answered again. @defaultValue 24 hours */
  unknownCooldownMs?: number;
}

export interface AssistantDeps {
  readonly store: RunStore;
  readonly directory: Directory;
  /** Recognises symptoms. Default: one built for the directory's servers, warmed up. */
  readonly matcher?: Matcher;
  /** Recognises questions, advice and health-check requests. Default: one built for the directory's servers. */
  readonly questions?: QuestionMatcher;
  /** Every run the bot asks for, and every decision, goes through the run lifecycle. */
  readonly lifecycle: RunLifecycle;
  /** Watches of servers a customer accepted ("watch", "check at 21:00"); absent: they cannot be started here. */
  readonly watches?: Watches;
  /** Sends text to a chat (the channel, possibly several). */
  readonly send: (chat: string, text: string) => Promise<void>;
  /** Transcripts, hand-offs, takeovers. Default: one over `store.conversations` and the directory's config. */
  readonly conversations?: Conversations;
  readonly now?: () => Date;
  readonly log?: (msg: string) => void;
  /** Told about each match decision (metrics). */
  readonly onMatch?: (match: MatchResult) => void;
}

/**
 * The assistant: takes chat messages from any channel through a short middleware pipeline
 * (size cap, identify, unknown senders, rate limit, media) to the customer conversation or the
 * engineer commands, and tells people what happens to runs. Handlers decide effects; one
 * interpreter performs them. All state lives in the run store.
 *
 * Messages of one chat are read one after another, in order (a rate-limited customer's
 * messages wait their turn there). Whatever reads and then changes a chat's state (a message's
 * handler, a run event) holds that chat's lock, so a run event is not held up by a message
 * that waits for its rate window.
 */
export class Assistant {
  private readonly now: () => Date;
  private readonly log: (msg: string) => void;
  private readonly chats: ChatStore;
  private readonly reads: BotReads;
  private readonly interpreter: Interpreter;
  private readonly limiter: RateLimiter;
  private matcher: Matcher;
  private questions: QuestionMatcher;
  /** The servers (id, host, name) the default matchers were built for; null when the caller gave matchers. */
  private matchersFor: string | null = null;
  /** The config the servers of `matchersFor` were last compared from. */
  private matchersConfig: Config | null = null;
  private readonly pipeline: (turn: Turn) => Promise<readonly Effect[]>;
  /** Transcripts, hand-offs and takeovers of the customer chats. */
  readonly conversations: Conversations;
  private readonly transcripts: TranscriptWriter;
  private readonly holders: Holders;
  /** Messages of a chat, in order. */
  private readonly lanes = new Lanes();
  /** Sections that read and change a chat's state. */
  private readonly locks = new Lanes();

  constructor(
    private readonly deps: AssistantDeps,
    options: AssistantOptions = {},
  ) {
    this.now = deps.now ?? (() => new Date());
    this.log = deps.log ?? (() => {});
    const servers = serverNames(deps.directory);
    this.matcher = deps.matcher ?? warmedUpMatcher(createMatcher({ servers }));
    this.questions = deps.questions ?? warmedUp(createQuestionMatcher({ servers }));
    if (!deps.matcher && !deps.questions) this.matchersFor = JSON.stringify(servers);
    warmUpRequests();
    this.chats = new ChatStore(deps.store);
    const memory = new MemoryStore(deps.store);
    const conversations = (this.conversations = deps.conversations ?? new Conversations({ store: deps.store.conversations, config: () => deps.directory.config, now: this.now }));
    const holders = (this.holders = new Holders(conversations, this.log));
    this.reads = {
      chatState: (chat) => this.chats.state(chat),
      unknownSenderSeen: (sender) => this.chats.unknownSenderSeen(sender),
      run: (id) => deps.lifecycle.ledger.get(id),
      runs: (filter) => deps.lifecycle.ledger.list(filter),
      memory: (customerId) => memory.read(customerId),
      holder: (chat) => holders.of(chat),
    };
    this.transcripts = new TranscriptWriter(conversations, this.log);
    this.interpreter = new Interpreter({ send: deps.send, directory: deps.directory, conversations, transcripts: this.transcripts, lifecycle: deps.lifecycle, chats: this.chats, memory, reads: this.reads, ...(deps.watches ? { watches: deps.watches } : {}), now: this.now, log: this.log });
    const perform = (effects: readonly Effect[]) => this.interpreter.perform(effects);
    this.limiter = new RateLimiter({ now: this.now, ...(options.ratePerMinute ? { perWindow: options.ratePerMinute } : {}), ...(options.rateWindowMs ? { windowMs: options.rateWindowMs } : {}) });
    this.pipeline = compose(
      [
        ownerTyped(deps.directory),
        capSize(),
        identify(deps.directory),
        transcribe(this.reads, perform, say.heldChatWrote),
        unknownSenders(this.reads, { now: this.now, ...(options.unknownCooldownMs !== undefined ? { cooldownMs: options.unknownCooldownMs } : {}) }),
        rateLimit(this.limiter, async (turn) => void (await this.interpreter.perform([reply(turn.message.chat, say.RATE_LIMITED)]))),
        mediaOnly(),
      ],
      (turn) => this.locks.run(chatKey(turn.message.chat), () => this.route(turn)),
    );
  }

  /** Entry point for channels. Messages of one chat are handled in order; chats run concurrently. */
  handle = (message: ChatMessage): Promise<void> => this.lanes.run(chatKey(message.chat), () => this.process(message));

  /** Reads every chat's state, and who holds which chat, into memory, and indexes the config (at start, before the first message). */
  async load(): Promise<void> {
    this.deps.directory.prepare();
    await this.chats.load();
    await this.holders.readAll();
  }

  /**
   * Changes of one run, from the run outbox: remembers what it means for the customer (a
   * rejection, a change made or undone), tells each chat that asked, and the engineers.
   * Throws when telling failed for a reason other than a send (the outbox then tries again).
   */
  async onRunChanges(changes: readonly RunChange[]): Promise<void> {
    for (const change of changes) {
      const ctx = this.context();
      for (const chat of chatsToTell(change)) {
        await this.locks.run(chatKey(chat), async () => void (await this.interpreter.perform(await this.unlessHeld(chat, await forChat(change, chat, await this.chats.state(chat), ctx)))));
      }
      await this.interpreter.perform(await forEngineers(change, ctx));
      // People are told even when the memory cannot be written (a broken document): they come first.
      await memoryEffects(change, ctx)
        .then((effects) => this.interpreter.perform(effects))
        .catch((err: Error) => this.log(`memory of ${change.run.customerId} (${change.run.id} ${change.type}): ${err.message}`));
    }
  }

  /** Progress of a running remediation: short lines to the chat that asked. */
  async onProgress(p: Progress): Promise<void> {
    const run: TypedRun | null = await this.reads.run(p.runId);
    const effects = progressEffects(p, run);
    const chat = run?.chat;
    if (chat && effects.length) await this.locks.run(chatKey(chat), async () => void (await this.interpreter.perform(await this.unlessHeld(chat, effects))));
  }

  /** Tells engineers what the conversations decided (reminders of hand-offs, idle takeovers that ended). */
  async deliver(notices: readonly Notice[]): Promise<void> {
    await this.interpreter.perform([{ type: 'notices', notices }]);
  }

  /** Stops holding back rate-limited messages: they are read now (shutting down). */
  release(): void {
    this.limiter.release();
  }

  /** Resolves when every message received so far, and every run event under way, has been handled and recorded. */
  async idle(): Promise<void> {
    while (!this.lanes.empty || !this.locks.empty) await Promise.all([this.lanes.idle(), this.locks.idle()]);
    await this.transcripts.flush();
  }

  /** A run's news for a chat a person holds goes to that person, not to the customer. */
  private async unlessHeld(chat: string, effects: readonly Effect[]): Promise<readonly Effect[]> {
    const holder = await this.reads.holder(chat);
    if (!holder) return effects;
    const party = this.deps.directory.identify(chat);
    const name = party.kind === 'customer' ? party.customer.name : chat;
    return holdBack(effects, chat, holder, (text) => say.heldChatNews(name, chat, text));
  }

  private context(): NotifyContext {
    return { directory: this.deps.directory, reads: this.reads, now: this.now() };
  }

  /**
   * One message through the pipeline. Whatever fails on the way (a store that is gone, a bug)
   * ends in a polite reply and a hand-off to the engineers, never in silence.
   */
  private async process(message: ChatMessage): Promise<void> {
    const turn = newTurn(message);
    try {
      await this.handOff(await this.interpreter.perform(await this.pipeline(turn)));
    } catch (err) {
      this.log(`chat ${message.chat}: ${(err as Error).stack ?? String(err)}`);
      await this.interpreter.perform(failed(turn, err)).catch((e: Error) => this.log(`chat ${message.chat}: could not even say so: ${e.message}`));
    }
  }

  /** The handler of an identified sender: decides under the chat's lock, and performs there. */
  private async route(turn: Turn): Promise<readonly Effect[]> {
    this.followServers();
    const { message, party } = turn;
    const chat = message.chat;
    let effects: readonly Effect[] = [];
    if (party.kind === 'engineer') {
      effects = await engineerEffects(chat, turn.text, party.engineer, !!message.group, this.reads, { questions: this.questions, directory: this.deps.directory, now: this.now }, message.quoted);
    } else if (party.kind === 'customer') {
      effects = await customerEffects(chat, turn.text, party, this.reads, { matcher: this.matcher, questions: this.questions, directory: this.deps.directory, now: this.now, ...(this.deps.onMatch ? { onMatch: this.deps.onMatch } : {}) });
    }
    await this.handOff(await this.interpreter.perform(effects));
    return [];
  }

  /** A reloaded config with other servers: the matchers learn their names (built and warmed up again, once per such reload). */
  private followServers(): void {
    if (this.matchersFor === null) return;
    // The same config object has the same servers: names and key are built only for a new one
    // (with a thousand servers, building them took longer than the rest of a message).
    const config = this.deps.directory.config;
    if (config === this.matchersConfig) return;
    this.matchersConfig = config;
    const servers = serverNames(this.deps.directory);
    const key = JSON.stringify(servers);
    if (key === this.matchersFor) return;
    this.matcher = warmedUpMatcher(createMatcher({ servers }));
    this.questions = warmedUp(createQuestionMatcher({ servers }));
    this.matchersFor = key;
  }

  /** A customer who could not be answered is the engineers' to reach. */
  private async handOff(undelivered: readonly Undelivered[]): Promise<void> {
    const engineers = new Set(this.deps.directory.engineerChats().map(chatKey));
    const lost = undelivered.filter((u) => !engineers.has(chatKey(u.chat)));
    if (lost.length) await this.interpreter.perform(lost.map((u) => undeliveredEffect(this.deps.directory, u)));
  }
}

/** A customer the bot could not reach is a person's to reach: a hand-off (the engineers get the text the customer missed). */
function undeliveredEffect(directory: Directory, u: Undelivered): Effect {
  const fallback = say.undeliveredForEngineers(u.chat, u.error.message, u.text);
  return directory.identify(u.chat).kind === 'customer' ? handOff(u.chat, say.undeliveredReason(u.error.message, u.text), fallback) : notifyEngineers(fallback);
}

/** What a failed message leads to: the customer is answered and a person takes over (a hand-off); an engineer hears why. */
function failed(turn: Turn, err: unknown): Effect[] {
  const why = err instanceof Error ? err.message : String(err);
  const { message, party } = turn;
  if (party.kind === 'engineer') return [reply(message.chat, say.failedForEngineer(why))];
  if (party.kind === 'customer') return [reply(message.chat, say.SORRY_HANDED_OFF), handOff(message.chat, say.failedReason(turn.text, why), say.failedForEngineers(party.customer.name, message.chat, turn.text, why))];
  return [notifyEngineers(say.failedForEngineers(`unknown number ${message.sender}`, message.chat, turn.text, why))];
}

/** What the matchers know of the servers: how customers name them. */
const serverNames = (directory: Directory) => directory.config.servers.map((s) => ({ id: s.id, host: s.host, ...(s.name ? { name: s.name } : {}) }));

/**
 * Runs the matcher over its own training messages a few times: the first thousand calls
 * of a cold process are ~10x slower (JIT), and the first customers should not pay for it.
 */
function warmedUpMatcher(matcher: Matcher): Matcher {
  const texts = Object.values(trainingExamples).flat();
  for (let i = 0; i < 3000; i++) matcher.match(texts[i % texts.length]!);
  return matcher;
}

let requestsWarm = false;

/**
 * Reads small talk and requests (pure) in the matcher's training messages, once per process:
 * in a cold process the first thousand messages run those patterns before the engine has
 * compiled them. A burst right after a start (everyone who wrote while it was down) paid about
 * a quarter of its time to first reply for that; this costs some 35 ms at start.
 */
function warmUpRequests(): void {
  if (requestsWarm) return;
  requestsWarm = true;
  const texts = Object.values(trainingExamples).flat();
  for (let i = 0; i < 3000; i++) readChatRequest(texts[i % texts.length]!);
}

/**
 * Runs a new question matcher over its own examples once: a cold process compiles each cue
 * pattern on first use, and the first customers should not pay for that (~10 ms in all).
 */
function warmedUp(questions: QuestionMatcher): QuestionMatcher {
  for (const e of knowledge) for (const text of e.examples) questions.analyse(text);
  return questions;
}
