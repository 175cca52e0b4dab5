import type { Customer, ServerConfig } from '../config/schema.js';
import { changesMade } from '../runs/plan.js';
import type { TypedRun } from '../runs/records.js';
import { customerTurn, reportsSymptom, type TurnAction } from './conversation.js';
import type { Directory } from './directory.js';
import { handOff, notifyEngineers, reply, setChatState, type BotReads, type Effect } from './effects.js';
import type { Matcher, MatchResult } from './matcher/index.js';
import { NOT_READ, type QuestionMatcher } from './questions/index.js';
import * as say from './replies.js';

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

/** How far back "what did you change?" and "roll back" look. */
const HISTORY_DAYS = 14;
const OPEN = ['awaiting_approval', 'queued', 'running'] as const;
/** How a change of ours can have ended (rejected and expired proposals changed nothing). */
const ENDED = ['succeeded', 'failed', 'rolled_back'] as const;

/**
 * A customer's message → effects: both matchers read it, the conversation reducer decides
 * (bot/conversation.ts) with the customer's open runs at hand, and its actions become effects.
 * Replies come first, in the reducer's order, then the chat's new state, then the rest.
 */
export async function customerEffects(chat: string, text: string, party: CustomerParty, reads: BotReads, deps: CustomerDeps): Promise<Effect[]> {
  const match = deps.matcher.match(text);
  deps.onMatch?.(match);
  const state = await reads.chatState(chat);
  const now = deps.now();
  // Right after an answer, "what about TLS?" is still about SS_TCP_CLOSE_RESET. A message
  // with a log signature is a problem report whatever it asks: no need to read it twice.
  const question = reportsSymptom(match) ? NOT_READ : deps.questions.analyse(text, { followUp: state.step === 'offered_check' || state.step === 'advice' });
  const input = { text, match, question, customerName: party.customer.name, chat, servers: party.servers, pickServer: deps.directory.pickServer.bind(deps.directory), now };
  let turn = customerTurn(state, input);
  let open: readonly TypedRun[] | null = null;
  // Decided again with the customer's runs when its words depend on them (what waits, where things stand).
  if (turn.readsRuns) {
    const runs = await runsOf(party.customer.id, reads, turn.readsRuns === 'history');
    open = runs.open;
    turn = customerTurn(state, { ...input, ...runs });
  }
  const ctx: TurnContext = { chat, party, reads, deps, now, open: async () => (open ??= (await runsOf(party.customer.id, reads, false)).open) };
  const effects = (await Promise.all(turn.actions.map((a) => effectsOf(a, ctx)))).flat();
  return [...effects.filter((e) => e.type === 'reply'), setChatState(chat, turn.state), ...effects.filter((e) => e.type !== 'reply')];
}

interface TurnContext {
  readonly chat: string;
  readonly party: CustomerParty;
  readonly reads: BotReads;
  readonly deps: CustomerDeps;
  readonly now: Date;
  /** The customer's open runs (read once, when something needs them). */
  readonly open: () => Promise<readonly TypedRun[]>;
}

/** The customer's runs that wait or run, and (`last`) their last change that ended. */
async function runsOf(customerId: string, reads: BotReads, last: boolean): Promise<{ open: TypedRun[]; lastChange: TypedRun | null }> {
  const [open, ended] = await Promise.all([reads.runs({ customerId, status: [...OPEN], limit: 10 }), last ? reads.runs({ customerId, status: [...ENDED], limit: 10 }) : []]);
  return { open, lastChange: ended.find((r) => r.kind !== 'diagnose') ?? null };
}

async function effectsOf(a: TurnAction, ctx: TurnContext): Promise<Effect[]> {
  const { chat, reads, deps, now, party } = ctx;
  const server = (id: string) => deps.directory.server(id);
  switch (a.type) {
    case 'reply':
      return [reply(chat, a.text)];
    case 'notifyEngineers':
      return [notifyEngineers(a.text)];
    case 'handOff':
      return [handOff(chat, a.reason, a.fallback, { runId: a.runId })];
    case 'status': {
      const run = a.runId ? await reads.run(a.runId) : null;
      const others = (await ctx.open()).filter((r) => r.id !== a.runId).map((r) => say.openRunLine(r, server(r.serverId), now));
      return [reply(chat, [...(a.runId || others.length === 0 ? [say.statusOf(run, run ? server(run.serverId) : undefined, now)] : []), ...others].join('\n'))];
    }
    case 'rollback':
      return rollbackRequest(a, ctx);
    case 'changes': {
      const from = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
      const runs = (await reads.runs({ customerId: party.customer.id, from, limit: 50 })).filter((r) => r.kind !== 'diagnose' && r.status !== 'rejected' && r.status !== 'expired');
      return [reply(chat, say.changesList(runs.slice(0, 6), server, now, HISTORY_DAYS))];
    }
    case 'remember':
      return a.said.map((s) => ({ type: 'remember', customerId: party.customer.id, entry: { kind: 'said', at: now.toISOString(), serverId: a.serverId, topic: s.topic, value: s.value, text: a.text, chat } }));
    case 'watch':
      return [{ type: 'startWatch', chat, diagnosisId: a.diagnosisId, at: a.at, lang: a.lang }];
    case 'stopWatch':
      return [{ type: 'stopWatch', chat, customerId: party.customer.id, by: `chat:${chat}` }];
    case 'diagnose':
      return [
        a.purpose === 'health_check'
          ? { type: 'requestDiagnosis', chat, requestedBy: `chat:${chat}`, playbook: null, server: a.server, text: a.request, evidence: a.evidence }
          : { type: 'requestDiagnosis', chat, requestedBy: `chat:${chat}`, playbook: a.playbook, server: a.server, text: a.symptom, evidence: a.evidence },
      ];
  }
}

/** A change of ours that can still be undone: applied (or failed part-way), not rolled back. */
const undoable = (r: TypedRun) => r.kind === 'remediate' && (r.status === 'succeeded' || r.status === 'failed') && !r.rolledBackBy && !!r.plan && changesMade(r.plan).length > 0;

/**
 * "Roll back", "undo R-2", "put it back as it was": the run is the one named, or the customer's
 * latest change that can be undone (today's, when they say today). The customer cannot roll
 * back by themselves: the engineers get the request with `rollback R-n` to act on it. When
 * there is nothing to undo, the customer is told why and the engineers still hear of it.
 */
async function rollbackRequest(a: Extract<TurnAction, { type: 'rollback' }>, ctx: TurnContext): Promise<Effect[]> {
  const { chat, party, reads, deps, now } = ctx;
  const customer = party.customer;
  const refuse = (why: string) => [reply(chat, say.noRollback(why)), notifyEngineers(say.noRollbackForEngineers(customer.name, chat, a.text, why))];
  let run: TypedRun | null;
  if (a.runId) {
    run = await reads.run(a.runId);
    if (!run || run.customerId !== customer.id) return refuse(`I can't find ${a.runId} among the changes we made on your servers.`);
    if (run.status === 'awaiting_approval') return refuse(`${run.id} has not been applied: it is still waiting for an engineer, so there is nothing to undo yet.`);
    if (run.rolledBackBy || run.status === 'rolled_back') return refuse(`${run.id} was already rolled back.`);
    if (!undoable(run)) return refuse(`${run.id} changed nothing that can be undone (it is a ${run.kind} run, ${run.status}).`);
  } else {
    const from = new Date(now.getTime() - HISTORY_DAYS * 86_400_000).toISOString();
    const today = now.toISOString().slice(0, 10);
    const runs = (await reads.runs({ customerId: customer.id, kind: 'remediate', from, limit: 50 })).filter(undoable).filter((r) => !a.today || (r.finishedAt ?? r.createdAt).slice(0, 10) === today);
    run = runs.find((r) => r.status === 'succeeded') ?? runs[0] ?? null;
    if (!run) return refuse(`I can't find a change of ours on your servers ${a.today ? 'today' : `in the last ${HISTORY_DAYS} days`} to undo.`);
  }
  return [reply(chat, say.rollbackAsked(run, deps.directory.server(run.serverId), now)), notifyEngineers(say.rollbackAskedForEngineers(customer.name, chat, run, a.text, now))];
}
