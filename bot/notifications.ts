import type { Engineer, ServerConfig } from '../config/schema.js';
import type { Facts } from '../executors/facts.js';
import type { PlaybookId } from '../playbooks/ids.js';
import { resultFromRun, type Progress } from '../runs/engine/index.js';
import { actorName, actorText } from '../runs/actors.js';
import type { ProposalOutcome } from '../runs/lifecycle.js';
import { saidAbout, StoredMemoryError } from '../runs/memory.js';
import type { RunChange } from '../runs/outbox.js';
import { changesMade } from '../runs/plan.js';
import type { TypedRun } from '../runs/records.js';
import { watchOf } from '../runs/watch.js';
import type { ChatState } from './conversation.js';
import { chatKey, type Directory } from './directory.js';
import { handOff, notifyEngineers, reply, setChatState, waitsFor, type BotReads, type Effect } from './effects.js';
import { languageOf, type Language } from './i18n/index.js';
import { healthReport, readHealth } from './questions/index.js';
import * as say from './replies.js';

// Who is told what when something happens to a run. Every function here decides and reads;
// none writes or sends. A chat's part is decided with the chat's state, which the assistant
// reads under that chat's lock; the engineers' part needs no chat.

/** What the notifications are decided with. */
export interface NotifyContext {
  readonly directory: Directory;
  readonly reads: BotReads;
  readonly now: Date;
}

/** How far back a NAT or firewall complaint looks for the run that turned RST On. */
const HISTORY_MS = 14 * 24 * 3600_000;

/** Every chat that asked for a run: the one that started it and those whose messages joined it. */
export function chatsOf(run: Pick<TypedRun, 'chat' | 'requests'>): string[] {
  const chats = [...(run.chat ? [run.chat] : []), ...run.requests.map((r) => r.chat)];
  const seen = new Set<string>();
  return chats.filter((c) => !seen.has(chatKey(c)) && seen.add(chatKey(c)));
}

/** The chats that hear of a change: the end of a fix goes to every chat that asked for it; the rest to the chat that started the run. */
export function chatsToTell(change: RunChange): string[] {
  const { run } = change;
  // The proposal was told as it was made (the `propose` effect).
  if (change.type === 'proposed') return [];
  if ((change.type === 'ended' || change.type === 'followed_up') && run.kind !== 'diagnose') return chatsOf(run);
  return run.chat ? [run.chat] : [];
}

/** The language a chat asked for a run in (what it wrote when it asked). */
function languageFor(run: Pick<TypedRun, 'requests' | 'symptomText' | 'chat'>, chat: string): Language {
  const asked = run.requests.find((r) => chatKey(r.chat) === chatKey(chat))?.text ?? (run.chat && chatKey(run.chat) === chatKey(chat) ? run.symptomText : null);
  return languageOf(asked);
}

/** The settings a run's plan changes, as memory keeps them. */
const changedSettings = (run: Pick<TypedRun, 'plan'>) => (run.plan ? changesMade(run.plan).map((c) => ({ key: c.key, from: c.from, to: c.to })) : []);

/**
 * What a run change means for the customer memory: a rejection with its reason, the settings a
 * remediation changed, a rollback that undid a run. Everything else is remembered by the runs.
 */
export async function memoryEffects(change: RunChange, ctx: NotifyContext): Promise<Effect[]> {
  const { run } = change;
  const remember = (entry: Extract<Effect, { type: 'remember' }>['entry']): Effect[] => [{ type: 'remember', customerId: run.customerId, entry }];
  if (change.type === 'rejected' && run.kind === 'remediate') {
    return remember({ kind: 'rejected', at: run.approvedAt ?? run.finishedAt ?? ctx.now.toISOString(), serverId: run.serverId, runId: run.id, playbook: run.playbook, by: change.by, reason: run.decisionNote ?? '', changes: changedSettings(run) });
  }
  if (change.type !== 'ended' || run.status !== 'succeeded') return [];
  if (run.kind === 'remediate' && changedSettings(run).length) {
    return remember({ kind: 'applied', at: run.finishedAt ?? ctx.now.toISOString(), serverId: run.serverId, runId: run.id, playbook: run.playbook, changes: changedSettings(run) });
  }
  const undone = run.kind === 'rollback' && run.rollbackOf ? await ctx.reads.run(run.rollbackOf) : null;
  if (!undone) return [];
  return remember({ kind: 'rolled_back', at: run.finishedAt ?? ctx.now.toISOString(), serverId: run.serverId, runId: undone.id, rollbackId: run.id, by: run.approvedBy ?? run.requestedBy, changes: changedSettings(undone) });
}

/** A chat that waited for this run waits no more. */
const release = (chat: string, state: ChatState, runId: string): Effect[] => (waitsFor(state, runId) ? [setChatState(chat, { step: 'idle' })] : []);

/** What one chat is told about a change, and how its state moves. */
export async function forChat(change: RunChange, chat: string, state: ChatState, ctx: NotifyContext): Promise<Effect[]> {
  const { run } = change;
  const server = ctx.directory.server(run.serverId);
  const who = () => actorName(ctx.directory.config, 'by' in change ? change.by : '').name;
  switch (change.type) {
    case 'proposed':
      return [];
    case 'approved':
      return server ? [reply(chat, say.approvedBy(who(), server))] : [];
    case 'rejected':
      return [...release(chat, state, run.id), reply(chat, say.rejected(run.id, run.decisionNote ?? 'no reason given'))];
    case 'expired':
      return [...release(chat, state, run.id), reply(chat, say.expired(run.id))];
    case 'rollback_requested':
      return server ? [reply(chat, say.undoing(who(), run.rollbackOf ?? run.id, server))] : [];
    case 'ended':
      if (!server) return [];
      if (run.kind === 'diagnose') return diagnosed(run, chat, state, server, ctx);
      if (run.error?.code === 'PLAN_CHANGED') return planChanged(run, chat, state, server, ctx);
      return [...release(chat, state, run.id), reply(chat, run.kind === 'rollback' ? say.rollbackResult(resultFromRun(run), run.rollbackOf, server, run.error) : say.resultForCustomer(run, server, resultFromRun(run), languageFor(run, chat)))];
    case 'followed_up':
      // A follow-up that could not read the server is the engineers' to check; the customer hears figures only.
      return server && run.followUp?.status === 'done' ? [reply(chat, say.followUpForCustomer(run.followUp, server, languageFor(run, chat)))] : [];
    case 'watch_ended':
      return [reply(chat, say.watchEnded(change.watch, server?.name ?? run.serverId, zoneOf(run.customerId, ctx)))];
  }
}

/** The time zone a customer's times are read and told in. */
const zoneOf = (customerId: string, ctx: NotifyContext) => ctx.directory.config.customers.find((c) => c.id === customerId)?.timezone ?? ctx.directory.config.settings.timezone;

/** What the engineers are told about a change (a diagnosis tells them through its chat's part). */
export async function forEngineers(change: RunChange, ctx: NotifyContext): Promise<Effect[]> {
  const { run } = change;
  switch (change.type) {
    case 'proposed':
      return [];
    case 'approved':
    case 'rejected':
      return run.chat ? [notifyEngineers(say.decidedForEngineers(run.id, change.type, actorText(actorName(ctx.directory.config, change.by))))] : [];
    case 'expired':
      return run.chat ? [notifyEngineers(say.expiredForEngineers(run.id))] : [];
    case 'rollback_requested':
      return [];
    case 'ended': {
      if (run.kind === 'diagnose') return [];
      const server = ctx.directory.server(run.serverId);
      if (run.error?.code !== 'PLAN_CHANGED' || !server) return [notifyEngineers(say.endedForEngineers(run, resultFromRun(run)))];
      const fresh = run.error.freshRunId ? await ctx.reads.run(run.error.freshRunId) : null;
      const out: Effect[] = [notifyEngineers(say.planChangedForEngineers(run))];
      if (fresh?.plan && fresh.factsBefore) {
        const history = await historyNote(fresh.plan.intent.playbook, server, ctx);
        out.push(notifyEngineers(say.engineerProposal(fresh, customerName(run, ctx), server, fresh.factsBefore, fresh.plan, history)));
      }
      return out;
    }
    case 'followed_up': {
      const f = run.followUp;
      return f && (f.persists || f.status === 'failed') ? [notifyEngineers(say.followUpForEngineers(run, f, customerName(run, ctx), run.chat))] : [];
    }
    case 'watch_ended':
      return [notifyEngineers(say.watchEndedForEngineers(change.watch, customerName(run, ctx), run.id))];
  }
}

/**
 * A diagnosis ended: the numbers (a health check), the failure, or on to a proposal. Only when
 * the chat still waits for this diagnosis: a newer request in the chat takes over. A health
 * check holds the figures against what the customer told us; when RST is On where their NAT
 * phones or TLS need it Off, a customer is offered the change.
 */
async function diagnosed(run: TypedRun, chat: string, state: ChatState, server: ServerConfig, ctx: NotifyContext): Promise<Effect[]> {
  const healthCheck = run.playbook === null;
  // A watch saw the problem and asked for this diagnosis: it goes on to the proposal whatever the chat does meanwhile.
  if (watchOf(run) && run.status === 'diagnosed' && run.factsBefore) return [{ type: 'propose', diagnosisId: run.id, server, facts: run.factsBefore }];
  if (!waitsFor(state, run.id) || state.step !== (healthCheck ? 'health_check' : 'diagnosing')) return [];
  const facts = run.factsBefore;
  if (run.status !== 'diagnosed' || !facts) {
    return [
      setChatState(chat, { step: 'idle' }),
      reply(chat, say.checkFailed(server, run.error, languageFor(run, chat))),
      notifyEngineers(say.checkFailedForEngineers(run.id, healthCheck, server.id, run.outcome)),
    ];
  }
  if (!healthCheck) return [{ type: 'propose', diagnosisId: run.id, server, facts }];
  // A health check ends here: the numbers and what they mean are the answer; no remediation follows.
  // A memory document in another shape costs the comparison with what the customer said, not the answer.
  const said = saidAbout(await ctx.reads.memory(run.customerId).catch((err: unknown) => (err instanceof StoredMemoryError ? null : Promise.reject(err))), server.id);
  const report = healthReport(server.name ?? server.id, run.id, facts, said, ctx.now);
  const guard = readHealth(facts, said, ctx.now).guard;
  if (guard && facts.tcpCloseReset === 'On' && ctx.directory.identify(chat).kind === 'customer') {
    const playbook: PlaybookId | null = guard.nat ? 'nat_unregistered' : null;
    return [setChatState(chat, { step: 'offered_fix', playbook, serverId: server.id, why: guard.text, since: ctx.now.toISOString() }), reply(chat, `${report}\n${say.fixOffer(server, playbook !== null)}`)];
  }
  return [setChatState(chat, { step: 'idle' }), reply(chat, report)];
}

/** An approved plan the server no longer called for: nothing was changed; the chat follows the fresh proposal, if any. */
async function planChanged(run: TypedRun, chat: string, state: ChatState, server: ServerConfig, ctx: NotifyContext): Promise<Effect[]> {
  const fresh = run.error?.freshRunId ? await ctx.reads.run(run.error.freshRunId) : null;
  const follow: Effect[] =
    state.step === 'proposed' && state.runId === run.id ? [setChatState(chat, fresh ? { ...state, runId: fresh.id, since: ctx.now.toISOString() } : { step: 'idle' })] : [];
  return [...follow, reply(chat, say.planChangedForCustomer(run, server, fresh?.id ?? null))];
}

/**
 * What a diagnosis led to, for the chat and the engineers: a proposal (with exactly what would
 * run, and what the customer memory left out of it), the message joining one already waiting,
 * or, when there is nothing to approve or the memory holds every change back, what was found
 * (a rejection's reason quoted), with a person taking over. The engineers see what else waits
 * on the server. A proposal an engineer asked for (`askedBy`) leaves the customer's chat state
 * alone: that chat's lock is not held here.
 */
export async function proposalEffects(outcome: ProposalOutcome, server: ServerConfig, facts: Facts, ctx: NotifyContext, askedBy?: Engineer): Promise<Effect[]> {
  const d = outcome.diagnosis;
  const chat = d.chat;
  if (!chat) return [];
  const name = customerName(d, ctx);
  const since = ctx.now.toISOString();
  const lang = languageFor(d, chat);
  const state = (s: ChatState): Effect[] => (askedBy ? [] : [setChatState(chat, s)]);
  const newRun = outcome.kind === 'proposed' || outcome.kind === 'joined' ? outcome.run.id : null;
  const waiting = (await ctx.reads.runs({ serverId: server.id, kind: 'remediate', status: 'awaiting_approval', limit: 10 })).filter((r) => r.id !== newRun);
  const also = say.alsoWaiting(server.id, waiting);
  const withAlso = (text: string) => (also ? `${text}\n${also}` : text);
  switch (outcome.kind) {
    case 'unplannable':
      return [...state({ step: 'idle' }), reply(chat, say.cannotPlan(server, lang)), notifyEngineers(withAlso(say.unplannableForEngineers(d.id, name, chat, d.symptomText ?? '', server.id, d.outcome)))];
    case 'nothing_to_change':
      // The server shows nothing to fix: what was seen. The settings already as the fix wants
      // them while the problem is there: a person takes it.
      if (outcome.decision?.outcome === 'nothing_to_change') return [setChatState(chat, { step: 'idle' }), reply(chat, say.decidedNothing(server, outcome.decision))];
      return [
        ...state({ step: 'idle' }),
        reply(chat, `${say.findings(server, facts, outcome.plan.intent)}\n${say.nothingToChange(server, outcome.plan, lang)}`),
        notifyEngineers(withAlso(say.engineerNothingToChange(d.id, name, chat, server, facts, outcome.plan, d.symptomText ?? ''))),
      ];
    case 'held':
      return [
        ...state({ step: 'idle' }),
        reply(chat, `${say.findings(server, facts, outcome.plan.intent)}\n${say.heldForCustomer(server, outcome.plan, outcome.holds, lang)}`),
        notifyEngineers(withAlso(say.heldForEngineers(d.id, name, d.customerId, chat, server, say.keyFacts(facts), outcome.plan, outcome.holds, d.symptomText ?? ''))),
      ];
    case 'watch':
      return [
        // The customer may take the offer: "watch", "yes", "check at 21:00".
        ...state(ctx.directory.identify(chat).kind === 'customer' ? { step: 'offered_watch', diagnosisId: d.id, serverId: server.id, since } : { step: 'idle' }),
        reply(chat, say.decidedWatch(server, outcome.decision, ctx.directory.config.settings.checks.watchEveryMinutes, ctx.directory.config.settings.checks.watchHours)),
        notifyEngineers(say.engineerDecision(d.id, name, chat, server, facts, outcome.decision, d.symptomText ?? '')),
      ];
    case 'hand_off': {
      // What the diagnosis read goes with the hand-off: the engineer who takes it starts from there.
      const { decision } = outcome;
      const read = [`${server.id}: ${say.keyFacts(facts)}`, `decided: ${decision.outcome} (${decision.rule}): ${decision.reasons.map((r) => r.text).join('; ') || 'no evidence'}`, ...decision.found]
        .map((line) => line.slice(0, 300))
        .slice(0, 20);
      return [
        setChatState(chat, { step: 'idle' }),
        reply(chat, say.decidedHandOff(server, decision)),
        handOff(chat, d.symptomText || `diagnosis ${d.id} on ${server.id}`, say.engineerDecision(d.id, name, chat, server, facts, decision, d.symptomText ?? ''), { facts: read, runId: d.id }),
      ];
    }
    case 'joined': {
      const { run } = outcome;
      return [
        ...state({ step: 'proposed', runId: run.id, serverId: server.id, since }),
        reply(chat, say.joinedPending(run, ctx.now)),
        notifyEngineers(say.engineerJoined(run.id, name, chat, run.requests.at(-1)?.text ?? '')),
      ];
    }
    case 'proposed': {
      const { run, plan } = outcome;
      const history = await historyNote(plan.intent.playbook, server, ctx);
      const watch = watchOf(d);
      const saw = watch ? say.watchSaw(server.name ?? server.id, watch.at, watch.seen, zoneOf(d.customerId, ctx)) : null;
      return [
        ...state({ step: 'proposed', runId: run.id, serverId: server.id, since }),
        reply(chat, `${saw ? `${saw}\n` : ''}${say.findings(server, facts, plan.intent)}\n${say.proposal(run.id, plan, history, lang)}`),
        notifyEngineers(say.engineerProposal(run, name, server, facts, plan, history, askedBy ? `proposed at ${askedBy.name}'s request` : saw ?? undefined, also)),
      ];
    }
  }
}

/** A step of a running fix, for the chat that asked (diagnoses report no steps). */
export function progressEffects(p: Progress, run: TypedRun | null): Effect[] {
  return run?.chat && run.kind !== 'diagnose' ? [reply(run.chat, say.progressLine(p))] : [];
}

/** The run that turned RST On on this server lately, when a NAT or firewall complaint may be its doing. */
async function historyNote(playbook: PlaybookId, server: ServerConfig, ctx: NotifyContext): Promise<string | null> {
  if (playbook === 'port_exhaustion') return null;
  const from = new Date(ctx.now.getTime() - HISTORY_MS).toISOString();
  const recent = await ctx.reads.runs({ serverId: server.id, kind: 'remediate', status: 'succeeded', from, limit: 20 });
  const culprit = recent.find((r) => (r.plan?.changes ?? []).some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On' && c.changed));
  return culprit ? say.earlierRstOn(playbook, server, culprit, new Date(culprit.finishedAt ?? culprit.createdAt), ctx.now) : null;
}

const customerName = (run: Pick<TypedRun, 'customerId'>, ctx: NotifyContext) => ctx.directory.customer(run.customerId)?.name ?? run.customerId;
