import type { Engineer } from '../config/schema.js';
import { parseConversationCommand } from '../conversations/index.js';
import { actorName } from '../runs/actors.js';
import type { ActionResult } from '../runs/lifecycle.js';
import { holdsFor } from '../runs/memory.js';
import { FORGET_USAGE, parseCommand, parseRunId } from './commands.js';
import type { Directory } from './directory.js';
import { reply, type BotReads, type Effect, type EffectOf, type MemoryPick } from './effects.js';
import { deploymentFrom, knowledgeEntry, type QuestionMatcher } from './questions/index.js';
import * as say from './replies.js';

/** What an engineer's turn is read with. */
export interface EngineerDeps {
  readonly questions: QuestionMatcher;
  readonly directory: Directory;
  readonly now: () => Date;
}

/**
 * An engineer's message → effects: a command (approve, reject, rollback, runs, run, check,
 * propose, memory, forget, take, release, reply, help) or a question. Decisions are effects the
 * interpreter takes to the run lifecycle; {@link decisionAnswer} words what it answered. A
 * message that replies to a hand-off announcement ("← [H-7] …", `quoted`) and is no command
 * goes to that customer, as `reply H-7: …` would.
 */
export async function engineerEffects(chat: string, text: string, engineer: Engineer, group: boolean, reads: BotReads, deps: EngineerDeps, quoted?: string): Promise<Effect[]> {
  const words = parseConversationCommand(text, deps.directory.config);
  if (words) {
    switch (words.cmd) {
      case 'invalid':
        return [reply(chat, words.message)];
      case 'take':
        return [{ type: 'take', chat, engineer, target: words.target }];
      case 'release':
        return [{ type: 'release', chat, engineer, target: words.target }];
      case 'reply':
        return [{ type: 'replyAsBot', chat, engineer, target: words.target, text: words.text }];
    }
  }
  const cmd = parseCommand(text);
  const handoff = quoted ? QUOTED_HANDOFF.exec(quoted)?.[1] : undefined;
  if (!cmd && handoff) return [{ type: 'replyAsBot', chat, engineer, target: handoff, text }];
  if (!cmd) return engineerQuestion(chat, text, group, deps.questions);
  switch (cmd.cmd) {
    case 'invalid':
      return [reply(chat, cmd.message)];
    case 'help':
      return [reply(chat, say.HELP)];
    case 'approve':
      return [{ type: 'approve', chat, runId: cmd.runId, engineer }];
    case 'reject':
      if (!cmd.reason.trim()) return [reply(chat, say.rejectNeedsReason(cmd.runId))];
      return [{ type: 'reject', chat, runId: cmd.runId, engineer, reason: cmd.reason }];
    case 'rollback':
      return [{ type: 'requestRollback', chat, runId: cmd.runId, engineer }];
    case 'runs': {
      const runs = await reads.runs({ ...(cmd.customer ? { customerId: cmd.customer } : {}), limit: 10 });
      return [reply(chat, runs.length ? runs.map(say.runLine).join('\n') : say.NO_RUNS)];
    }
    case 'run': {
      const run = await reads.run(cmd.runId);
      return [reply(chat, run ? say.runDetail(run) : say.noRun(cmd.runId))];
    }
    case 'check': {
      const servers = deps.directory.config.servers;
      const server = deps.directory.pickServer(servers, cmd.server);
      if (!server) return [reply(chat, say.noServer(cmd.server, servers))];
      const state = await reads.chatState(chat);
      const pending = state.step === 'health_check' ? await reads.run(state.runId) : null;
      if (pending && (pending.status === 'queued' || pending.status === 'running')) return [reply(chat, say.oneCheckAtATime(pending))];
      return [
        reply(chat, say.checking(server)),
        { type: 'requestDiagnosis', chat, requestedBy: `chat:${engineer.id}`, playbook: null, server, text, evidence: { kind: 'health_check', by: engineer.id } },
      ];
    }
    case 'propose': {
      // What the customer memory held back (a rejection, a revert) is proposed when an engineer asks.
      const run = await reads.run(cmd.runId);
      if (!run) return [reply(chat, say.noRun(cmd.runId))];
      const server = deps.directory.server(run.serverId);
      if (run.kind !== 'diagnose' || !run.playbook || run.status !== 'diagnosed' || !run.factsBefore || !server) return [reply(chat, say.notProposable(run.id))];
      return [{ type: 'propose', diagnosisId: run.id, server, facts: run.factsBefore, askedBy: engineer }];
    }
    case 'memory': {
      const customer = deps.directory.customer(cmd.customer);
      if (!customer) return [reply(chat, say.noCustomer(cmd.customer, deps.directory.config.customers))];
      const memory = await reads.memory(customer.id);
      const now = deps.now();
      const holdMs = deps.directory.config.settings.memoryHoldHours * 3600_000;
      const names = (raw: string) => actorName(deps.directory.config, raw).name;
      const holds = deps.directory.config.servers.filter((s) => s.customer === customer.id).flatMap((s) => holdsFor(memory, s.id, now, holdMs, names).map((h) => ({ ...h, serverId: s.id })));
      return [reply(chat, say.memoryText(customer, memory, holds, names, now))];
    }
    case 'watches':
      return [{ type: 'listWatches', chat }];
    case 'unwatch': {
      const servers = deps.directory.config.servers;
      const server = deps.directory.pickServer(servers, cmd.server);
      if (!server) return [reply(chat, say.noServer(cmd.server, servers))];
      return [{ type: 'stopWatch', chat, serverId: server.id, by: `chat:${engineer.id}` }];
    }
    case 'forget': {
      const customer = deps.directory.customer(cmd.customer);
      if (!customer) return [reply(chat, say.noCustomer(cmd.customer, deps.directory.config.customers))];
      const what = memoryPick(cmd.what);
      if (!what) return [reply(chat, FORGET_USAGE)];
      return [{ type: 'forget', chat, customerId: customer.id, what }];
    }
  }
}

/** The hand-off an announcement (or a reminder, or "wrote again") is about: "← [H-7] …". */
const QUOTED_HANDOFF = /^← \[(H-\d+)\]/;

/** What `forget acme …` names: an entry number, a topic, a run, or everything. */
function memoryPick(word: string): MemoryPick | null {
  if (/^\d{1,6}$/.test(word)) return { entry: Number(word) };
  if (word === 'all') return { all: true };
  if (word === 'tls' || word === 'nat' || word === 'cps') return { topic: word };
  if (word === 'udp' || word === 'udp_only') return { topic: 'udp_only' };
  const runId = parseRunId(word);
  return runId ? { runId } : null;
}

/**
 * Engineers ask the same questions as customers and get the same answers, without the
 * offer (they have `check <server>`) and without a dialogue: advice comes in one message.
 * In a group, only clear questions about the parameter are answered: engineers talk there.
 */
function engineerQuestion(chat: string, text: string, group: boolean, questions: QuestionMatcher): Effect[] {
  const q = questions.analyse(text);
  const isQuestion = q.intent !== null && q.intent !== 'health_check' && q.intent !== 'help';
  if (group && !(isQuestion && text.includes('?'))) return [];
  if (q.intent === 'help') return [reply(chat, say.HELP)];
  if (q.intent === 'advice') return [reply(chat, say.adviceOnce(deploymentFrom(text)))];
  if (q.intent === 'health_check') return [reply(chat, say.HEALTH_CHECK_HOWTO)];
  if (q.intent !== null) return [reply(chat, say.answer(knowledgeEntry(q.intent), null))];
  return [reply(chat, say.NOT_UNDERSTOOD)];
}

/** What the engineer hears back after a decision they asked for (pure). */
export function decisionAnswer(e: EffectOf<'approve' | 'reject' | 'requestRollback'>, result: ActionResult): EffectOf<'reply'> {
  if (!result.ok) return reply(e.chat, result.message);
  if (e.type === 'approve') return reply(e.chat, say.approvedAnswer(e.runId));
  if (e.type === 'reject') return reply(e.chat, say.rejectedAnswer(e.runId));
  return reply(e.chat, say.rollbackAnswer(e.runId, result.run.id));
}
