import type { Customer, ServerConfig } from '../config/schema.js';
import { customerTurn, reportsSymptom, type TurnAction } from './conversation.js';
import type { Directory } from './directory.js';
import { notifyEngineers, reply, setChatState, type BotReads, type Effect } from './effects.js';
import type { Matcher, MatchResult } from './matcher/index.js';
import { NOT_READ, type QuestionMatcher } from './questions/index.js';
import { statusOf } from './replies.js';

/** What a customer's turn is read with. */
export interface CustomerDeps {
  readonly matcher: Matcher;
  readonly questions: QuestionMatcher;
  readonly directory: Directory;
  readonly now: () => Date;
  /** Told about each match decision (metrics). */
  readonly onMatch?: (match: MatchResult) => void;
}

/** The customer who wrote, with their servers. */
export interface CustomerParty {
  readonly customer: Customer;
  readonly servers: readonly ServerConfig[];
}

/**
 * A customer's message → effects: both matchers read it, the conversation reducer decides
 * (bot/conversation.ts), and its actions become effects. Replies come first, so that the first
 * answer never waits behind the store; then the chat's new state, then the rest.
 */
export async function customerEffects(chat: string, text: string, party: CustomerParty, reads: BotReads, deps: CustomerDeps): Promise<Effect[]> {
  const match = deps.matcher.match(text);
  deps.onMatch?.(match);
  const state = await reads.chatState(chat);
  const now = deps.now();
  // Right after an answer, "what about TLS?" is still about SS_TCP_CLOSE_RESET. A message
  // with a log signature is a problem report whatever it asks: no need to read it twice.
  const question = reportsSymptom(match) ? NOT_READ : deps.questions.analyse(text, { followUp: state.step === 'offered_check' || state.step === 'advice' });
  const turn = customerTurn(state, {
    text,
    match,
    question,
    customerName: party.customer.name,
    chat,
    servers: party.servers,
    pickServer: (s, a) => deps.directory.pickServer(s, a),
    now,
  });
  const rest = await Promise.all(turn.actions.filter((a) => a.type !== 'reply').map((a) => effectOf(a, chat, reads, deps, now)));
  return [...turn.actions.flatMap((a) => (a.type === 'reply' ? [reply(chat, a.text)] : [])), setChatState(chat, turn.state), ...rest];
}

async function effectOf(a: Exclude<TurnAction, { type: 'reply' }>, chat: string, reads: BotReads, deps: CustomerDeps, now: Date): Promise<Effect> {
  switch (a.type) {
    case 'notifyEngineers':
      return notifyEngineers(a.text);
    case 'status': {
      const run = await reads.run(a.runId);
      return reply(chat, statusOf(run, run ? deps.directory.server(run.serverId) : undefined, now));
    }
    case 'diagnose':
      return a.purpose === 'health_check'
        ? { type: 'requestDiagnosis', chat, requestedBy: `chat:${chat}`, playbook: null, server: a.server, text: a.request, evidence: a.evidence }
        : { type: 'requestDiagnosis', chat, requestedBy: `chat:${chat}`, playbook: a.playbook, server: a.server, text: a.symptom, evidence: a.evidence };
  }
}
