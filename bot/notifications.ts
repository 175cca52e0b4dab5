import type { ServerConfig } from '../config/schema.js';
import type { Facts } from '../executors/facts.js';
import type { PlaybookId } from '../playbooks/ids.js';
import { resultFromRun, type Progress } from '../runs/engine/index.js';
import { actorName, actorText } from '../runs/actors.js';
import type { ProposalOutcome } from '../runs/lifecycle.js';
import type { RunChange } from '../runs/outbox.js';
import type { TypedRun } from '../runs/records.js';
import type { ChatState } from './conversation.js';
import { chatKey, type Directory } from './directory.js';
import { notifyEngineers, reply, setChatState, waitsFor, type BotReads, type Effect } from './effects.js';
import { healthReport } from './questions/index.js';
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
  if (change.type === 'ended' && run.kind !== 'diagnose') return chatsOf(run);
  return run.chat ? [run.chat] : [];
}

/** A chat that waited for this run waits no more. */
const release = (chat: string, state: ChatState, runId: string): Effect[] => (waitsFor(state, runId) ? [setChatState(chat, { step: 'idle' })] : []);

/** What one chat is told about a change, and how its state moves. */
export async function forChat(change: RunChange, chat: string, state: ChatState, ctx: NotifyContext): Promise<Effect[]> {
  const { run } = change;
  const server = ctx.directory.server(run.serverId);
  const who = () => actorName(ctx.directory.config, change.type === 'ended' ? '' : change.by).name;
  switch (change.type) {
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
      if (run.kind === 'diagnose') return diagnosed(run, chat, state, server);
      if (run.error?.code === 'PLAN_CHANGED') return planChanged(run, chat, state, server, ctx);
      return [...release(chat, state, run.id), reply(chat, run.kind === 'rollback' ? say.rollbackResult(resultFromRun(run), run.rollbackOf, server) : say.resultForCustomer(run, server, resultFromRun(run)))];
  }
}

/** What the engineers are told about a change (a diagnosis tells them through its chat's part). */
export async function forEngineers(change: RunChange, ctx: NotifyContext): Promise<Effect[]> {
  const { run } = change;
  switch (change.type) {
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
  }
}

/**
 * A diagnosis ended: the numbers (a health check), the failure, or on to a proposal. Only when
 * the chat still waits for this diagnosis: a newer request in the chat takes over.
 */
function diagnosed(run: TypedRun, chat: string, state: ChatState, server: ServerConfig): Effect[] {
  const healthCheck = run.playbook === null;
  if (!waitsFor(state, run.id) || state.step !== (healthCheck ? 'health_check' : 'diagnosing')) return [];
  const facts = run.factsBefore;
  if (run.status !== 'diagnosed' || !facts) {
    return [
      setChatState(chat, { step: 'idle' }),
      reply(chat, say.checkFailed(server, run.outcome)),
      notifyEngineers(say.checkFailedForEngineers(run.id, healthCheck, server.id, run.outcome)),
    ];
  }
  // A health check ends here: the numbers and what they mean are the answer; no remediation follows.
  if (healthCheck) return [setChatState(chat, { step: 'idle' }), reply(chat, healthReport(server.name ?? server.id, run.id, facts))];
  return [{ type: 'propose', diagnosisId: run.id, server, facts }];
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
 * run), the message joining one already waiting, or, when there is nothing to approve, what was
 * found, with a person taking over.
 */
export async function proposalEffects(outcome: ProposalOutcome, server: ServerConfig, facts: Facts, ctx: NotifyContext): Promise<Effect[]> {
  const d = outcome.diagnosis;
  const chat = d.chat;
  if (!chat) return [];
  const name = customerName(d, ctx);
  const since = ctx.now.toISOString();
  switch (outcome.kind) {
    case 'unplannable':
      return [setChatState(chat, { step: 'idle' }), reply(chat, say.cannotPlan(server)), notifyEngineers(say.unplannableForEngineers(d.id, name, chat, d.symptomText ?? '', server.id, d.outcome))];
    case 'nothing_to_change':
      // The server shows nothing to fix: what was seen. The settings already as the fix wants
      // them while the problem is there: a person takes it.
      if (outcome.decision?.outcome === 'nothing_to_change') return [setChatState(chat, { step: 'idle' }), reply(chat, say.decidedNothing(server, outcome.decision))];
      return [
        setChatState(chat, { step: 'idle' }),
        reply(chat, `${say.findings(server, facts, outcome.plan.intent)}\n${say.nothingToChange(server, outcome.plan)}`),
        notifyEngineers(say.engineerNothingToChange(d.id, name, chat, server, facts, outcome.plan, d.symptomText ?? '')),
      ];
    case 'watch':
    case 'hand_off':
      return [
        setChatState(chat, { step: 'idle' }),
        reply(chat, outcome.decision.outcome === 'watch' ? say.decidedWatch(server, outcome.decision) : say.decidedHandOff(server, outcome.decision)),
        notifyEngineers(say.engineerDecision(d.id, name, chat, server, facts, outcome.decision, d.symptomText ?? '')),
      ];
    case 'joined': {
      const { run } = outcome;
      return [
        setChatState(chat, { step: 'proposed', runId: run.id, serverId: server.id, since }),
        reply(chat, say.joinedPending(run, ctx.now)),
        notifyEngineers(say.engineerJoined(run.id, name, chat, run.requests.at(-1)?.text ?? '')),
      ];
    }
    case 'proposed': {
      const { run, plan } = outcome;
      const history = await historyNote(plan.intent.playbook, server, ctx);
      return [
        setChatState(chat, { step: 'proposed', runId: run.id, serverId: server.id, since }),
        reply(chat, `${say.findings(server, facts, plan.intent)}\n${say.proposal(run.id, plan, history)}`),
        notifyEngineers(say.engineerProposal(run, name, server, facts, plan, history)),
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
