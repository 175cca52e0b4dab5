import { audienceChats, type Conversations, type Notice } from '../conversations/index.js';
import { actorName } from '../runs/actors.js';
import type { RunLifecycle } from '../runs/lifecycle.js';
import type { MemoryEntry, MemoryStore } from '../runs/memory.js';
import type { Watches } from '../runs/watch.js';
import type { ChatStore } from './chat-store.js';
import type { Directory } from './directory.js';
import type { TranscriptWriter } from './transcripts.js';
import { notifyEngineers, reply, waitingFor, type BotReads, type Effect, type EffectOf, type MemoryPick } from './effects.js';
import { decisionAnswer } from './engineer.js';
import { proposalEffects } from './notifications.js';
import { forgotten, watchList, watchNotAvailable, watchStarted, watchStartedForEngineers, watchStopped } from './replies.js';

/** What performing effects needs: the way out (the channel), the store of chat states, the run lifecycle. */
export interface InterpreterDeps {
  /** Sends text to a chat (the channel). */
  readonly send: (chat: string, text: string) => Promise<void>;
  readonly directory: Directory;
  /** Transcripts, hand-offs and takeovers. */
  readonly conversations: Conversations;
  /** Where the messages of the customer chats are recorded, behind the replies. */
  readonly transcripts: TranscriptWriter;
  readonly lifecycle: RunLifecycle;
  readonly chats: ChatStore;
  /** What is remembered about customers. */
  readonly memory: MemoryStore;
  readonly reads: BotReads;
  /** Watches of servers (absent: this process cannot start them, and says so). */
  readonly watches?: Watches;
  readonly now: () => Date;
  readonly log: (msg: string) => void;
}

/** A message that could not be sent, and why. */
export interface Undelivered {
  readonly chat: string;
  readonly text: string;
  readonly error: Error;
}

const isSend = (e: Effect) => e.type === 'reply' || e.type === 'notifyEngineers' || e.type === 'notices';

/**
 * Performs effects, in order: the one place where the bot sends, writes chat state, and asks
 * the run lifecycle and the conversations for something. The lifecycle's answers are turned
 * into further effects by the handlers that know their wording, and performed in turn. Every
 * text sent to a customer's chat is recorded in its transcript as the bot's, with the run the
 * chat waits for. A send that fails does not stop the rest; the caller gets the list of what
 * was not delivered and decides who to tell.
 */
export class Interpreter {
  constructor(private readonly deps: InterpreterDeps) {}

  async perform(effects: readonly Effect[]): Promise<Undelivered[]> {
    const undelivered: Undelivered[] = [];
    let replied = false;
    for (const e of effects) {
      // A reply goes out before the writes it comes with. Handing the event loop back once
      // before the first write lets every chat of a burst get its first reply before any
      // chat's writes (they would otherwise interleave).
      if (replied && !isSend(e)) {
        replied = false;
        await new Promise<void>((r) => setImmediate(r));
      }
      if (isSend(e)) replied = true;
      undelivered.push(...(await this.one(e)));
    }
    return undelivered;
  }

  private async one(e: Effect): Promise<Undelivered[]> {
    const { deps } = this;
    switch (e.type) {
      case 'reply':
        return this.send(e.chat, e.text);
      case 'notifyEngineers':
        return (await Promise.all(deps.directory.engineerChats().map((c) => this.send(c, e.text)))).flat();
      case 'setChatState':
        await deps.chats.setState(e.chat, e.state);
        return [];
      case 'handOff':
        return this.handOff(e);
      case 'recordIncoming':
        deps.transcripts.add({ chat: e.chat, author: { kind: 'customer' }, text: e.text, media: e.media, at: e.at, runId: await this.runOf(e.chat) });
        return [];
      case 'ownerTyped': {
        await deps.transcripts.flush(e.chat);
        const { notices } = await deps.conversations.ownerTyped({ chat: e.chat, text: e.text, media: e.media, at: e.at });
        return this.notices(notices);
      }
      case 'notices':
        return this.notices(e.notices);
      case 'take':
      case 'release':
      case 'replyAsBot': {
        const by = { engineerId: e.engineer.id, via: 'chat' as const };
        // What the bot said before comes before what the engineer does in the transcript.
        await deps.transcripts.flush();
        const told =
          e.type === 'take'
            ? await deps.conversations.take({ target: e.target, by })
            : e.type === 'release'
              ? await deps.conversations.release({ target: e.target, by })
              : // The customer sees the bot's number; Conversations records the text as the engineer's.
                await deps.conversations.reply({ target: e.target, by, text: e.text }, deps.send);
        return [...(await this.send(e.chat, told.answer)), ...(await this.notices(told.notices))];
      }
      case 'noteUnknownSender':
        await deps.chats.noteUnknownSender(e.sender, e.at);
        return [];
      case 'requestDiagnosis': {
        const run = await deps.lifecycle.requestDiagnosis({ playbook: e.playbook, server: e.server, requestedBy: e.requestedBy, chat: e.chat, text: e.text, evidence: e.evidence });
        return this.perform([waitingFor(e, run, deps.now())]);
      }
      case 'propose': {
        const outcome = await deps.lifecycle.propose(e.diagnosisId, e.askedBy ? { ignoreMemory: true } : {});
        return this.perform(await proposalEffects(outcome, e.server, e.facts, { directory: deps.directory, reads: deps.reads, now: deps.now() }, e.askedBy));
      }
      case 'remember':
        await deps.memory.add(e.customerId, e.entry, deps.now());
        return [];
      case 'forget': {
        const gone = await deps.memory.forget(e.customerId, picks(e.what));
        return this.perform([reply(e.chat, forgotten(e.customerId, gone, (raw) => actorName(deps.directory.config, raw).name, deps.now()))]);
      }
      case 'approve':
      case 'reject':
      case 'requestRollback': {
        const actor = { kind: 'engineer' as const, engineer: e.engineer, via: 'chat' as const };
        const result =
          e.type === 'approve'
            ? await deps.lifecycle.approve(e.runId, actor)
            : e.type === 'reject'
              ? await deps.lifecycle.reject(e.runId, actor, e.reason)
              : await deps.lifecycle.requestRollback(e.runId, actor);
        return this.perform([decisionAnswer(e, result)]);
      }
      case 'startWatch':
      case 'stopWatch':
      case 'listWatches':
        return this.watch(e);
    }
  }

  /** Starts, stops or lists watches, and answers with what became of them. */
  private async watch(e: Extract<Effect, { type: 'startWatch' | 'stopWatch' | 'listWatches' }>): Promise<Undelivered[]> {
    const { deps } = this;
    const watches = deps.watches;
    if (!watches) return this.perform([reply(e.chat, watchNotAvailable)]);
    const name = (id: string) => deps.directory.server(id)?.name ?? id;
    switch (e.type) {
      case 'startWatch': {
        const diagnosis = await deps.reads.run(e.diagnosisId);
        if (!diagnosis) return this.perform([reply(e.chat, watchNotAvailable)]);
        const w = await watches.start(diagnosis, { chat: e.chat, requestedBy: `chat:${e.chat}` }, e.at ?? undefined);
        const zone = deps.directory.config.customers.find((c) => c.id === w.customerId)?.timezone ?? deps.directory.config.settings.timezone;
        const customer = deps.directory.customer(w.customerId)?.name ?? w.customerId;
        return this.perform([reply(e.chat, watchStarted(w, name(w.serverId), zone, e.lang)), notifyEngineers(watchStartedForEngineers(w, customer, zone))]);
      }
      case 'stopWatch': {
        const stopped = await watches.stop({ ...(e.customerId ? { customerId: e.customerId } : {}), ...(e.serverId ? { serverId: e.serverId } : {}) }, e.by);
        return this.perform([reply(e.chat, watchStopped(stopped.map((w) => name(w.serverId))))]);
      }
      case 'listWatches':
        return this.perform([reply(e.chat, watchList(await watches.active(), deps.directory.config.settings.timezone, (id) => deps.directory.customer(id)?.name ?? id))]);
    }
  }

  private async send(chat: string, text: string): Promise<Undelivered[]> {
    try {
      await this.deps.send(chat, text);
    } catch (err) {
      this.deps.log(`could not send to ${chat}: ${(err as Error).message}`);
      return [{ chat, text, error: err as Error }];
    }
    if (this.deps.directory.identify(chat).kind === 'customer') this.deps.transcripts.add({ chat, author: { kind: 'bot' }, text, runId: await this.runOf(chat) });
    return [];
  }

  /** The run a chat waits for, as its state says: what its messages relate to. */
  private async runOf(chat: string): Promise<string | null> {
    const state = await this.deps.chats.state(chat);
    return 'runId' in state ? state.runId : null;
  }

  /** Opens a hand-off and tells the engineers; when the store cannot keep it, they are told without it. */
  private async handOff(e: EffectOf<'handOff'>): Promise<Undelivered[]> {
    let notices: readonly Notice[];
    try {
      // The hand-off quotes the chat's last messages: the ones just said included.
      await this.deps.transcripts.flush(e.chat);
      const outcome = await this.deps.conversations.handOff({ chat: e.chat, reason: e.reason, runId: e.runId ?? null, ...(e.facts ? { facts: e.facts } : {}) });
      notices = outcome.notices;
    } catch (err) {
      this.deps.log(`hand-off of ${e.chat} not stored: ${(err as Error).message}`);
      return this.perform([notifyEngineers(e.fallback)]);
    }
    return this.notices(notices);
  }

  /** Sends what the conversations decided people are told. */
  private async notices(notices: readonly Notice[]): Promise<Undelivered[]> {
    const undelivered: Undelivered[] = [];
    for (const n of notices) for (const chat of audienceChats(this.deps.directory.config, n.to)) undelivered.push(...(await this.send(chat, n.text)));
    return undelivered;
  }
}

/** The entries a `forget` picks. */
function picks(what: MemoryPick): (e: MemoryEntry) => boolean {
  if ('all' in what) return () => true;
  if ('entry' in what) return (e) => e.id === what.entry;
  if ('topic' in what) return (e) => e.kind === 'said' && e.topic === what.topic;
  return (e) => 'runId' in e && (e.runId === what.runId || (e.kind === 'rolled_back' && e.rollbackId === what.runId));
}
