import type { Engineer, ServerConfig } from '../config/schema.js';
import type { Holder, MediaKind, Notice } from '../conversations/index.js';
import type { Facts } from '../executors/facts.js';
import type { PlaybookId } from '../playbooks/ids.js';
import type { CustomerMemory, NewMemoryEntry, SaidTopic } from '../runs/memory.js';
import type { TypedRun } from '../runs/records.js';
import type { RunFilter } from '../store/types.js';
import type { ChatState } from './conversation.js';
import type { Language } from './i18n/index.js';

/**
 * What the assistant does, as data. Every handler (a customer's turn, an engineer's command,
 * a run event) decides on a list of effects and performs none of them; the interpreter
 * (bot/interpreter.ts) performs them in order. Effects that ask the run lifecycle for
 * something (a diagnosis, a proposal, a decision) are answered by further effects, decided
 * from the answer by the same handlers.
 */
export type Effect =
  /** Sends text to one chat. */
  | { readonly type: 'reply'; readonly chat: string; readonly text: string }
  /** Sends text to the engineers: their group when there is one, else each engineer's first chat. */
  | { readonly type: 'notifyEngineers'; readonly text: string }
  /**
   * Asks for a person (`Conversations.handOff`, the one place a hand-off is opened): hand-off
   * `H-<n>` waits until an engineer takes it, and the engineers are told with the customer, their
   * servers, the last messages, `facts` already read and the id to take it by. When the hand-off
   * cannot be stored (the store is what failed), the engineers get `fallback` instead.
   */
  | { readonly type: 'handOff'; readonly chat: string; readonly reason: string; readonly facts?: readonly string[]; readonly runId?: string | null; readonly fallback: string }
  /** Records a message the customer wrote in their chat (the transcript). */
  | { readonly type: 'recordIncoming'; readonly chat: string; readonly text: string | null; readonly media: MediaKind | null; readonly at: Date }
  /** A person typed on the bot's own account in a customer's chat: recorded, and the chat is theirs (a takeover). */
  | { readonly type: 'ownerTyped'; readonly chat: string; readonly text: string | null; readonly media: MediaKind | null; readonly at: Date }
  /** Messages for engineers that the conversations decided (to the team, or to one engineer). */
  | { readonly type: 'notices'; readonly notices: readonly Notice[] }
  /**
   * An engineer's word about a customer chat, said in `chat`: take it, give it back, or write to
   * the customer through the bot. The engineer hears the answer in `chat`.
   */
  | { readonly type: 'take'; readonly chat: string; readonly engineer: Engineer; readonly target: string }
  | { readonly type: 'release'; readonly chat: string; readonly engineer: Engineer; readonly target: string | null }
  | { readonly type: 'replyAsBot'; readonly chat: string; readonly engineer: Engineer; readonly target: string; readonly text: string }
  /** Records where a chat stands (`idle` forgets it). */
  | { readonly type: 'setChatState'; readonly chat: string; readonly state: ChatState }
  /** Records that an unknown number was answered, so that it is not answered again for a while. */
  | { readonly type: 'noteUnknownSender'; readonly sender: string; readonly at: string }
  /**
   * Asks for a read-only diagnosis of `server`; the chat then waits for it: for a fix when a
   * playbook is given (`diagnosing`), else for the numbers themselves (`health_check`).
   */
  | {
      readonly type: 'requestDiagnosis';
      readonly chat: string;
      readonly requestedBy: string;
      readonly playbook: PlaybookId | null;
      readonly server: ServerConfig;
      readonly text: string;
      readonly evidence: unknown;
    }
  /**
   * Turns a finished diagnosis into a proposal; the chat and the engineers hear what it became.
   * `askedBy`: an engineer asked for it, so the customer memory holds nothing back (and the
   * customer's chat state, not held here, is left as it is).
   */
  | { readonly type: 'propose'; readonly diagnosisId: string; readonly server: ServerConfig; readonly facts: Facts; readonly askedBy?: Engineer }
  /** Adds to what is remembered about a customer (runs/memory.ts). */
  | { readonly type: 'remember'; readonly customerId: string; readonly entry: NewMemoryEntry }
  /** An engineer corrects the memory: removes what `what` picks, and hears what went. */
  | { readonly type: 'forget'; readonly chat: string; readonly customerId: string; readonly what: MemoryPick }
  /** An engineer's decision on a run, answered in their chat. */
  | { readonly type: 'approve'; readonly chat: string; readonly runId: string; readonly engineer: Engineer }
  | { readonly type: 'reject'; readonly chat: string; readonly runId: string; readonly engineer: Engineer; readonly reason: string }
  | { readonly type: 'requestRollback'; readonly chat: string; readonly runId: string; readonly engineer: Engineer }
  /** Watches the server of a diagnosis that decided to watch (runs/watch.ts); the chat hears when and how often. */
  | { readonly type: 'startWatch'; readonly chat: string; readonly diagnosisId: string; readonly at: { readonly hour: number; readonly minute: number } | null; readonly lang: Language }
  /** Stops the active watches of a customer (`customerId`) or on a server (`serverId`); the chat hears which. */
  | { readonly type: 'stopWatch'; readonly chat: string; readonly customerId?: string; readonly serverId?: string; readonly by: string }
  /** The active watches, told to an engineer's chat. */
  | { readonly type: 'listWatches'; readonly chat: string };

/** What `forget` removes: one entry, a topic the customer spoke of, a run's entries, or everything. */
export type MemoryPick = { readonly entry: number } | { readonly topic: SaidTopic } | { readonly runId: string } | { readonly all: true };

/** One of the effects, by its type. */
export type EffectOf<T extends Effect['type']> = Extract<Effect, { type: T }>;

export const reply = (chat: string, text: string): EffectOf<'reply'> => ({ type: 'reply', chat, text });
export const notifyEngineers = (text: string): EffectOf<'notifyEngineers'> => ({ type: 'notifyEngineers', text });
/** A hand-off to a person; see the `handOff` effect. */
export const handOff = (chat: string, reason: string, fallback: string, extra: { facts?: readonly string[]; runId?: string | null } = {}): EffectOf<'handOff'> => ({
  type: 'handOff',
  chat,
  reason,
  fallback,
  ...extra,
});
export const setChatState = (chat: string, state: ChatState): EffectOf<'setChatState'> => ({ type: 'setChatState', chat, state });

/**
 * What handlers may read while they decide: where a chat stands, runs, and when an unknown
 * number was last answered. Nothing here writes; writes are effects.
 */
export interface BotReads {
  chatState(chat: string): Promise<ChatState>;
  run(id: string): Promise<TypedRun | null>;
  runs(filter: RunFilter): Promise<TypedRun[]>;
  unknownSenderSeen(sender: string): Promise<Date | null>;
  /** What is remembered about a customer (empty when nothing is). */
  memory(customerId: string): Promise<CustomerMemory>;
  /** Who holds a customer chat (an engineer, or someone on the bot's phone); null when the bot has it. */
  holder(chat: string): Promise<Holder | null>;
}

/** The state a chat waits in once the diagnosis it asked for exists (pure). */
export function waitingFor(e: EffectOf<'requestDiagnosis'>, run: Pick<TypedRun, 'id'>, now: Date): EffectOf<'setChatState'> {
  const since = now.toISOString();
  return setChatState(
    e.chat,
    e.playbook
      ? { step: 'diagnosing', runId: run.id, playbook: e.playbook, serverId: e.server.id, symptom: e.text, evidence: e.evidence, since }
      : { step: 'health_check', runId: run.id, serverId: e.server.id, since },
  );
}

/** True when the chat waits for `runId` (a diagnosis, a health check or a proposal). */
export const waitsFor = (state: ChatState, runId: string): boolean =>
  (state.step === 'proposed' || state.step === 'diagnosing' || state.step === 'health_check') && state.runId === runId;
