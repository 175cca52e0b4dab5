import type { Enqueue, RunLifecycle } from '../runs/lifecycle.js';
import type { ServerConfig } from '../config/schema.js';
import type { Facts } from '../executors/facts.js';
import { resultFromRun, type Progress } from '../runs/engine/index.js';
import { actorName, actorText } from '../runs/actors.js';
import { typedRun, type TypedRun } from '../runs/records.js';
import type { PlaybookId } from '../playbooks/ids.js';
import type { Run, RunStore } from '../store/types.js';
import type { ChatMessage } from './channel.js';
import { parseCommand } from './commands.js';
import { chatStateSchema, customerTurn, reportsSymptom, type ChatState, type TurnAction } from './conversation.js';
import { chatKey, type Directory, type Party } from './directory.js';
import type { Matcher, MatchResult } from './matcher/index.js';
import { createQuestionMatcher, deploymentFrom, healthReport, knowledge, knowledgeEntry, NOT_READ, type QuestionMatcher } from './questions/index.js';
import * as say from './replies.js';

/** Messages longer than this are cut before anything reads them. */
export const MAX_MESSAGE_BYTES = 4 * 1024;

export interface AssistantOptions {
  /** Messages per sender per minute before we stop answering for a while. Default 12. */
  ratePerMinute?: number;
  /** How long an unknown number is not answered again. Default 24 h. */
  unknownCooldownMs?: number;
}

export interface AssistantDeps {
  readonly store: RunStore;
  readonly directory: Directory;
  readonly matcher: Matcher;
  /** Recognises questions, advice and health-check requests. Default: one built for the directory's servers. */
  readonly questions?: QuestionMatcher;
  readonly actions: RunLifecycle;
  readonly queue: Enqueue;
  /** Sends text to a chat (the channel, possibly several). */
  readonly send: (chat: string, text: string) => Promise<void>;
  readonly now?: () => Date;
  readonly log?: (msg: string) => void;
  /** Told about each match decision (metrics). */
  readonly onMatch?: (match: MatchResult) => void;
}

/** One incoming message with what the pipeline learned about it. */
interface Turn {
  readonly message: ChatMessage;
  text: string;
  party: Party;
}

type Middleware = (turn: Turn, next: () => Promise<void>) => Promise<void>;

const STATE_NS = 'chat-state';
const NOTIFIED_NS = 'run-notified';
const UNKNOWN_NS = 'unknown-senders';

/**
 * The assistant: takes chat messages from any channel, runs them through a short
 * middleware chain (size cap, identify, unknown senders, rate limit, media), then the
 * customer conversation or the engineer commands; and turns run events (diagnosed,
 * decided, progress, finished) into messages. All state lives in the run store.
 */
export class Assistant {
  private readonly now: () => Date;
  private readonly chain: Middleware[];
  private readonly perChat = new Map<string, Promise<void>>();
  private readonly rate = new Map<string, { windowStart: number; count: number; warned: boolean }>();
  private readonly questions: QuestionMatcher;
  private readonly states = new Map<string, ChatState>();
  private statesLoaded = false;

  constructor(
    private readonly deps: AssistantDeps,
    private readonly options: AssistantOptions = {},
  ) {
    this.now = deps.now ?? (() => new Date());
    this.questions = deps.questions ?? warmedUp(createQuestionMatcher({ servers: deps.directory.config.servers.map((s) => ({ id: s.id, host: s.host, ...(s.name ? { name: s.name } : {}) })) }));
    this.chain = [this.ownerTyped, this.capSize, this.identify, this.unknownSender, this.rateLimit, this.mediaOnly];
  }

  /** Entry point for channels. Messages of one chat are handled in order; chats run concurrently. */
  handle = (message: ChatMessage): Promise<void> => this.inChat(message.chat, () => this.run(message));

  /** Resolves when every message received so far has been handled. */
  async idle(): Promise<void> {
    while (this.perChat.size) await Promise.all([...this.perChat.values()]);
  }

  private async run(message: ChatMessage): Promise<void> {
    const turn: Turn = { message, text: message.text ?? '', party: { kind: 'unknown' } };
    let i = 0;
    const next = async (): Promise<void> => {
      const mw = this.chain[i++];
      if (mw) return mw(turn, next);
      return this.route(turn);
    };
    await next();
  }

  // ---- middleware -------------------------------------------------------------

  /**
   * A person typing on the bot's own number (the phone, WhatsApp Web) is talking to the
   * customer themselves: the bot never answers that as if a stranger wrote.
   */
  private ownerTyped: Middleware = async (turn, next) => {
    if (turn.message.fromOwner) return;
    await next();
  };

  private capSize: Middleware = async (turn, next) => {
    const buf = Buffer.from(turn.text, 'utf8');
    if (buf.length > MAX_MESSAGE_BYTES) turn.text = buf.subarray(0, MAX_MESSAGE_BYTES).toString('utf8').replace(/\uFFFD+$/, '');
    // Control characters never help and may confuse terminals and logs.
    turn.text = turn.text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
    await next();
  };

  private identify: Middleware = async (turn, next) => {
    turn.party = this.deps.directory.identify(turn.message.sender);
    await next();
  };

  private unknownSender: Middleware = async (turn, next) => {
    if (turn.party.kind !== 'unknown') return next();
    if (turn.message.group) return; // a group member we do not know: stay quiet
    const key = chatKey(turn.message.sender);
    const last = await this.deps.store.getDoc<{ at: string }>(UNKNOWN_NS, key);
    const cooldown = this.options.unknownCooldownMs ?? 24 * 3600_000;
    if (last && this.now().getTime() - Date.parse(last.at) < cooldown) return;
    await this.deps.store.putDoc(UNKNOWN_NS, key, { at: this.now().toISOString() });
    await this.reply(turn.message.chat, say.UNKNOWN_SENDER);
    await this.notifyEngineers(`← unknown number ${turn.message.sender} wrote: "${turn.text.slice(0, 200)}"`);
  };

  private rateLimit: Middleware = async (turn, next) => {
    const key = chatKey(turn.message.sender);
    const t = this.now().getTime();
    const r = this.rate.get(key) ?? { windowStart: t, count: 0, warned: false };
    if (t - r.windowStart > 60_000) Object.assign(r, { windowStart: t, count: 0, warned: false });
    r.count++;
    this.rate.set(key, r);
    if (r.count > (this.options.ratePerMinute ?? 12)) {
      if (!r.warned) {
        r.warned = true;
        await this.reply(turn.message.chat, 'That is a lot of messages at once; I will read on in a minute.');
      }
      return;
    }
    await next();
  };

  private mediaOnly: Middleware = async (turn, next) => {
    if (turn.message.text === null || turn.text.trim() === '') {
      if (turn.message.text === null) await this.reply(turn.message.chat, say.MEDIA_ONLY);
      return;
    }
    await next();
  };

  // ---- routing ----------------------------------------------------------------

  private async route(turn: Turn): Promise<void> {
    if (turn.party.kind === 'engineer') return this.engineerTurn(turn, turn.party.engineer);
    if (turn.party.kind === 'customer') return this.customerTurn(turn, turn.party);
  }

  private async customerTurn(turn: Turn, party: Extract<Party, { kind: 'customer' }>): Promise<void> {
    const chat = turn.message.chat;
    const match = this.deps.matcher.match(turn.text);
    this.deps.onMatch?.(match);
    const state = await this.state(chat);
    // Right after an answer, "what about TLS?" is still about SS_TCP_CLOSE_RESET. A message
    // with a log signature is a problem report whatever it asks: no need to read it twice.
    const question = reportsSymptom(match) ? NOT_READ : this.questions.analyse(turn.text, { followUp: state.step === 'offered_check' || state.step === 'advice' });
    const { state: nextState, actions } = customerTurn(state, {
      text: turn.text,
      match,
      question,
      customerName: party.customer.name,
      chat,
      servers: party.servers,
      pickServer: (s, a) => this.deps.directory.pickServer(s, a),
      now: this.now(),
    });
    // Replies go out before the state is written: the first answer must not wait behind
    // the store. The state is cached, so the next message of this chat sees it at once.
    this.cacheState(chat, nextState);
    for (const a of actions) if (a.type === 'reply') await this.perform(a, chat, party.customer.id);
    // Yield to the event loop before store work, so that in a burst every chat's first
    // reply goes out before any chat's writes (they would otherwise interleave).
    await new Promise<void>((r) => setImmediate(r));
    await this.setState(chat, nextState);
    for (const a of actions) if (a.type !== 'reply') await this.perform(a, chat, party.customer.id);
  }

  private async perform(a: TurnAction, chat: string, customerId: string): Promise<void> {
    switch (a.type) {
      case 'reply':
        return this.reply(chat, a.text);
      case 'notifyEngineers':
        return this.notifyEngineers(a.text);
      case 'status':
        return this.reply(chat, await this.statusText(a.runId));
      case 'diagnose': {
        if (a.purpose === 'health_check') return this.startHealthCheck(a.server, chat, `chat:${chat}`, a.request, a.evidence);
        const run = await this.deps.actions.requestDiagnosis({ playbook: a.playbook, server: a.server, requestedBy: `chat:${chat}`, chat, text: a.symptom, evidence: a.evidence });
        await this.setState(chat, { step: 'diagnosing', runId: run.id, playbook: a.playbook, serverId: a.server.id, symptom: a.symptom, evidence: a.evidence, since: this.now().toISOString() });
      }
    }
  }

  /**
   * A read-only health check: a diagnose run without a playbook, so that when it ends
   * onDiagnosed answers with the numbers instead of proposing a fix.
   */
  private async startHealthCheck(server: ServerConfig, chat: string, requestedBy: string, request: string, evidence: unknown): Promise<void> {
    const run = await this.deps.actions.requestDiagnosis({ playbook: null, server, requestedBy, chat, text: request, evidence });
    await this.setState(chat, { step: 'health_check', runId: run.id, serverId: server.id, since: this.now().toISOString() });
  }

  private async statusText(runId: string): Promise<string> {
    const run = await this.deps.store.getRun(runId);
    if (!run) return 'I have no open request for you right now. Describe the problem and I will look.';
    const mins = Math.max(1, Math.round((this.now().getTime() - Date.parse(run.createdAt)) / 60_000));
    switch (run.status) {
      case 'awaiting_approval':
        return `${run.id} is waiting for an engineer's approval (proposed ${mins} min ago). I'll tell you when it starts.`;
      case 'queued':
      case 'running':
        return run.kind === 'diagnose' ? `Still checking ${run.serverId} (read-only)…` : `${run.id} is being applied on ${run.serverId}; I'll report when it is done.`;
      case 'diagnosed': {
        // A health check whose answer was missed (a restart in between): the answer is in the run.
        const server = this.deps.directory.server(run.serverId);
        const facts = typedRun(run).factsBefore;
        if (run.playbook === null && facts && server) return healthReport(server.name ?? server.id, run.id, facts);
        return `${run.id} ended: ${run.status}. Describe the problem again if it is still there.`;
      }
      default:
        return `${run.id} ended: ${run.status}. Describe the problem again if it is still there.`;
    }
  }

  private async engineerTurn(turn: Turn, engineer: Extract<Party, { kind: 'engineer' }>['engineer']): Promise<void> {
    const chat = turn.message.chat;
    const cmd = parseCommand(turn.text);
    const actor = { kind: 'engineer' as const, engineer, via: 'chat' as const };
    if (!cmd) return this.engineerQuestion(turn);
    switch (cmd.cmd) {
      case 'invalid':
        return this.reply(chat, cmd.message);
      case 'help':
        return this.reply(chat, say.HELP);
      case 'approve': {
        const r = await this.deps.actions.approve(cmd.runId, actor);
        return this.reply(chat, r.ok ? `${cmd.runId} approved; it is queued and I will post progress.` : r.message);
      }
      case 'reject': {
        if (!cmd.reason.trim()) return this.reply(chat, `Give a reason the customer will read: reject ${cmd.runId} <reason>`);
        const r = await this.deps.actions.reject(cmd.runId, actor, cmd.reason);
        return this.reply(chat, r.ok ? `${cmd.runId} rejected; the customer is told.` : r.message);
      }
      case 'rollback': {
        const r = await this.deps.actions.requestRollback(cmd.runId, actor);
        return this.reply(chat, r.ok ? `Rolling back ${cmd.runId} as ${r.run.id}.` : r.message);
      }
      case 'runs': {
        const runs = await this.deps.store.listRuns({ ...(cmd.customer ? { customerId: cmd.customer } : {}), limit: 10 });
        return this.reply(chat, runs.length ? runs.map(say.runLine).join('\n') : 'No runs yet.');
      }
      case 'run': {
        const run = await this.deps.store.getRun(cmd.runId);
        return this.reply(chat, run ? say.runDetail(typedRun(run)) : `No run ${cmd.runId}.`);
      }
      case 'check': {
        const servers = this.deps.directory.config.servers;
        const server = this.deps.directory.pickServer(servers, cmd.server);
        if (!server) return this.reply(chat, `No server "${cmd.server}". Servers: ${servers.map((s) => s.id).join(', ')}`);
        const state = await this.state(chat);
        const pending = state.step === 'health_check' ? await this.deps.store.getRun(state.runId) : null;
        if (pending && (pending.status === 'queued' || pending.status === 'running')) return this.reply(chat, `Still checking ${pending.serverId} (${pending.id}); one check at a time in this chat.`);
        await this.reply(chat, say.checking(server));
        return this.startHealthCheck(server, chat, `chat:${engineer.id}`, turn.text, { kind: 'health_check', by: engineer.id });
      }
    }
  }

  /**
   * Engineers ask the same questions as customers and get the same answers, without the
   * offer (they have `check <server>`) and without a dialogue: advice comes in one message.
   * In a group, only clear questions about the parameter are answered: engineers talk there.
   */
  private async engineerQuestion(turn: Turn): Promise<void> {
    const chat = turn.message.chat;
    const q = this.questions.analyse(turn.text);
    const isQuestion = q.intent !== null && q.intent !== 'health_check' && q.intent !== 'help';
    if (turn.message.group && !(isQuestion && turn.text.includes('?'))) return;
    if (q.intent === 'help') return this.reply(chat, say.HELP);
    if (q.intent === 'advice') return this.reply(chat, say.adviceOnce(deploymentFrom(turn.text)));
    if (q.intent === 'health_check') return this.reply(chat, 'For a read-only health check: check <server>');
    if (q.intent !== null) return this.reply(chat, say.answer(knowledgeEntry(q.intent), null));
    return this.reply(chat, `I did not get that. ${say.HELP}`);
  }

  // ---- run events ---------------------------------------------------------------

  /**
   * A diagnose run finished: propose the fix (or report the failure) to the chat that asked.
   * A health check (a diagnose run without a playbook) ends here: the numbers and what they
   * mean are the answer; the run stays `diagnosed` and no remediation is created.
   */
  async onDiagnosed(runId: string): Promise<void> {
    const run = await this.deps.store.getRun(runId);
    if (!run?.chat || run.kind !== 'diagnose') return;
    await this.inChat(run.chat, async () => {
      const state = await this.state(run.chat!);
      const healthCheck = run.playbook === null;
      if (healthCheck ? state.step !== 'health_check' || state.runId !== runId : state.step !== 'diagnosing' || state.runId !== runId) return;
      const server = this.deps.directory.server(run.serverId);
      if (!server) return;
      const facts = typedRun(run).factsBefore;
      if (run.status !== 'diagnosed' && run.status !== 'failed') return; // still running or waiting to retry
      if (run.status === 'failed' || !facts) {
        await this.setState(run.chat!, { step: 'idle' });
        await this.reply(run.chat!, `I could not check ${server.name ?? server.id}: ${run.outcome ?? 'unknown error'}. Nothing was changed; I have told the support team.`);
        await this.notifyEngineers(`[${run.id}] ${healthCheck ? 'health check' : 'diagnosis'} of ${server.id} failed: ${run.outcome}`);
        return;
      }
      if (healthCheck || state.step !== 'diagnosing') {
        await this.setState(run.chat!, { step: 'idle' });
        await this.reply(run.chat!, healthReport(server.name ?? server.id, run.id, facts));
        return;
      }
      await this.propose(run.id, server, facts);
    });
  }

  /**
   * Tells the chat and the engineers what a diagnosis led to: a proposal (with exactly what
   * would run), the message joining one already waiting, or, when there is nothing to approve,
   * what was found, with a person taking over.
   */
  private async propose(diagnosisId: string, server: ServerConfig, facts: Facts): Promise<void> {
    const outcome = await this.deps.actions.propose(diagnosisId);
    const { chat, customerId } = outcome.diagnosis;
    if (!chat) return;
    const customerName = this.deps.directory.customer(customerId)?.name ?? customerId;
    switch (outcome.kind) {
      case 'unplannable': {
        const d = outcome.diagnosis;
        await this.setState(chat, { step: 'idle' });
        await this.reply(chat, say.cannotPlan(server));
        return this.notifyEngineers(`[${d.id}] ${customerName} (${chat}) needs a person: "${(d.symptomText ?? '').slice(0, 200)}" · ${server.id}: ${d.outcome ?? 'no plan'}`);
      }
      case 'nothing_to_change': {
        const { diagnosis: d, plan, decision } = outcome;
        await this.setState(chat, { step: 'idle' });
        if (decision?.outcome === 'nothing_to_change') return this.reply(chat, say.decidedNothing(server, decision));
        await this.reply(chat, `${say.findings(server, facts, plan.intent)}\n${say.nothingToChange(server, plan)}`);
        return this.notifyEngineers(say.engineerNothingToChange(d.id, customerName, chat, server, facts, plan, d.symptomText ?? ''));
      }
      case 'watch':
      case 'hand_off': {
        const { diagnosis: d, decision } = outcome;
        await this.setState(chat, { step: 'idle' });
        await this.reply(chat, decision.outcome === 'watch' ? say.decidedWatch(server, decision) : say.decidedHandOff(server, decision));
        return this.notifyEngineers(say.engineerDecision(d.id, customerName, chat, server, facts, decision, d.symptomText ?? ''));
      }
      case 'joined': {
        const run = outcome.run;
        const joined = run.requests[run.requests.length - 1];
        await this.setState(chat, { step: 'proposed', runId: run.id, serverId: server.id, since: this.now().toISOString() });
        await this.reply(chat, say.joinedPending(run, this.now()));
        return this.notifyEngineers(say.engineerJoined(run.id, customerName, chat, joined?.text ?? ''));
      }
      case 'proposed': {
        const { run, plan } = outcome;
        const history = await this.history(plan.intent.playbook, server);
        await this.setState(chat, { step: 'proposed', runId: run.id, serverId: server.id, since: this.now().toISOString() });
        await this.reply(chat, `${say.findings(server, facts, plan.intent)}\n${say.proposal(run.id, plan, history)}`);
        return this.notifyEngineers(say.engineerProposal(run, customerName, server, facts, plan, history));
      }
    }
  }

  /** "run R-1042 turned SS_TCP_CLOSE_RESET On yesterday at 21:14" when a NAT/firewall complaint follows it. */
  private async history(playbook: PlaybookId, server: ServerConfig): Promise<string | null> {
    if (playbook === 'port_exhaustion') return null;
    const since = new Date(this.now().getTime() - 14 * 24 * 3600_000).toISOString();
    const recent = await this.deps.store.listRuns({ serverId: server.id, kind: 'remediate', status: 'succeeded', from: since, limit: 20 });
    const culprit = recent.find((r) => (typedRun(r).plan?.changes ?? []).some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On' && c.changed));
    if (!culprit) return null;
    const at = new Date(culprit.finishedAt ?? culprit.createdAt);
    const why = playbook === 'nat_unregistered' ? 'RST does not clear NAT bindings' : 'stateful firewalls drop those RST packets';
    return `On ${server.name ?? server.id}, run ${culprit.id} turned SS_TCP_CLOSE_RESET On ${relativeDay(at, this.now())} at ${at.toISOString().slice(11, 16)} UTC — ${why}. This reverses exactly that.`;
  }

  /** Approve, reject, expire, rollback requests: tell the customer (and the engineers). */
  async onDecision(event: { type: 'approved' | 'rejected' | 'expired' | 'rollback_requested'; run: Run; by: string }): Promise<void> {
    const { run } = event;
    if (!run.chat) return;
    const server = this.deps.directory.server(run.serverId);
    const actor = actorName(this.deps.directory.config, event.by);
    const who = actor.name;
    await this.inChat(run.chat, async () => {
      if (event.type === 'approved' && server) await this.reply(run.chat!, say.approvedBy(who, server));
      if (event.type === 'rejected') {
        await this.clearIf(run.chat!, run.id);
        await this.reply(run.chat!, say.rejected(run.id, run.decisionNote ?? 'no reason given'));
      }
      if (event.type === 'expired') {
        await this.clearIf(run.chat!, run.id);
        await this.reply(run.chat!, say.expired(run.id));
        await this.notifyEngineers(`${run.id} expired without a decision.`);
      }
      if (event.type === 'rollback_requested' && server) await this.reply(run.chat!, `An engineer (${who}) is undoing ${run.rollbackOf} on ${server.name ?? server.id}…`);
    });
    if (event.type === 'approved' || event.type === 'rejected') {
      const others = this.deps.directory.engineerChats();
      await Promise.all(others.map((c) => this.reply(c, `${run.id} ${event.type} by ${actorText(actor)}.`)));
    }
  }

  /** Progress of a running remediation: short lines to the customer. */
  async onProgress(p: Progress): Promise<void> {
    const run = await this.deps.store.getRun(p.runId);
    if (!run?.chat || run.kind === 'diagnose') return;
    await this.inChat(run.chat, () => this.reply(run.chat!, say.progressLine(p)));
  }

  /**
   * A remediation or rollback ended: the result to every chat that asked for it, a summary to
   * the engineers. Once per run. An approved plan the server no longer called for (PLAN_CHANGED)
   * ends with nothing changed: the chats hear so and the engineers get the fresh proposal.
   */
  async onRunFinished(runId: string): Promise<void> {
    const stored = await this.deps.store.getRun(runId);
    if (!stored || stored.kind === 'diagnose') return;
    if (!['succeeded', 'failed', 'rolled_back'].includes(stored.status)) return;
    if (await this.deps.store.getDoc(NOTIFIED_NS, stored.id)) return;
    await this.deps.store.putDoc(NOTIFIED_NS, stored.id, { at: this.now().toISOString() });
    const run = typedRun(stored);
    const server = this.deps.directory.server(run.serverId);
    const result = resultFromRun(stored);
    if (run.error?.code === 'PLAN_CHANGED' && server) return this.onPlanChanged(run, server);
    if (server) {
      for (const chat of chatsOf(run)) {
        await this.inChat(chat, async () => {
          await this.clearIf(chat, run.id);
          if (run.kind === 'rollback') {
            await this.reply(chat, result.status === 'succeeded' ? `${run.rollbackOf} was undone on ${server.name ?? server.id}: ${result.outcome}.` : `Undoing ${run.rollbackOf} did not complete: ${result.outcome}. A person is looking at it.`);
          } else {
            await this.reply(chat, say.resultForCustomer(run, server, result));
          }
        });
      }
    }
    await this.notifyEngineers(`${run.id} ${run.serverId}: ${result.status}${result.verified ? ' (verified)' : ''} — ${result.outcome}`);
  }

  private async onPlanChanged(run: TypedRun, server: ServerConfig): Promise<void> {
    const freshId = run.error?.freshRunId ?? null;
    const fresh = freshId ? await this.deps.store.getRun(freshId) : null;
    for (const chat of chatsOf(run)) {
      await this.inChat(chat, async () => {
        const s = await this.state(chat);
        if (s.step === 'proposed' && s.runId === run.id) await this.setState(chat, fresh ? { ...s, runId: fresh.id, since: this.now().toISOString() } : { step: 'idle' });
        await this.reply(chat, say.planChangedForCustomer(run, server, fresh?.id ?? null));
      });
    }
    await this.notifyEngineers(`${run.id} ${run.serverId}: not applied — ${run.outcome ?? 'the server changed since the proposal'}`);
    const freshRun = fresh ? typedRun(fresh) : null;
    if (freshRun?.plan && freshRun.factsBefore) {
      const customerName = this.deps.directory.customer(run.customerId)?.name ?? run.customerId;
      await this.notifyEngineers(say.engineerProposal(freshRun, customerName, server, freshRun.factsBefore, freshRun.plan, await this.history(freshRun.plan.intent.playbook, server)));
    }
  }

  /** After a restart: replay events the bot missed while it was down (idempotent). */
  async resync(): Promise<void> {
    const docs = await this.deps.store.listDocs<unknown>(STATE_NS);
    // Every live conversation in memory: no store read before a first reply.
    for (const { key, value } of docs) {
      const parsed = chatStateSchema.safeParse(value);
      if (parsed.success) this.states.set(key, parsed.data);
    }
    this.statesLoaded = true;
    for (const [chat, s] of [...this.states.entries()]) {
      if (s.step === 'diagnosing' || s.step === 'health_check') {
        const run = await this.deps.store.getRun(s.runId);
        if (run && (run.status === 'diagnosed' || run.status === 'failed')) await this.onDiagnosed(run.id);
        else if (run && (run.status === 'queued' || run.status === 'running')) await this.deps.queue.enqueue(run);
      }
      if (s.step === 'proposed') {
        const run = await this.deps.store.getRun(s.runId);
        if (run && ['succeeded', 'failed', 'rolled_back'].includes(run.status)) await this.onRunFinished(run.id);
        if (run && ['rejected', 'expired'].includes(run.status)) await this.clearIf(chat, run.id);
      }
    }
  }

  // ---- helpers ------------------------------------------------------------------

  private inChat(chat: string, fn: () => Promise<void>): Promise<void> {
    const key = chatKey(chat);
    const prev = this.perChat.get(key) ?? Promise.resolve();
    const next = prev.then(fn).catch((err: Error) => this.deps.log?.(`chat ${chat}: ${err.stack ?? err.message}`));
    this.perChat.set(key, next);
    void next.then(() => {
      if (this.perChat.get(key) === next) this.perChat.delete(key);
    });
    return next;
  }

  /**
   * Chat state: written through to the store, read from memory. One process runs the bot
   * for a WhatsApp number, so this cache has a single writer.
   */
  private async state(chat: string): Promise<ChatState> {
    const key = chatKey(chat);
    const cached = this.states.get(key);
    if (cached) return cached;
    if (this.statesLoaded) return { step: 'idle' };
    const parsed = chatStateSchema.safeParse(await this.deps.store.getDoc(STATE_NS, key));
    return parsed.success ? parsed.data : { step: 'idle' };
  }

  private cacheState(chat: string, state: ChatState): void {
    if (state.step === 'idle') this.states.delete(chatKey(chat));
    else this.states.set(chatKey(chat), state);
  }

  private async setState(chat: string, state: ChatState): Promise<void> {
    this.cacheState(chat, state);
    if (state.step === 'idle') await this.deps.store.deleteDoc(STATE_NS, chatKey(chat));
    else await this.deps.store.putDoc(STATE_NS, chatKey(chat), state);
  }

  private async clearIf(chat: string, runId: string): Promise<void> {
    const s = await this.state(chat);
    if ((s.step === 'proposed' || s.step === 'diagnosing' || s.step === 'health_check') && s.runId === runId) await this.setState(chat, { step: 'idle' });
  }

  private async reply(chat: string, text: string): Promise<void> {
    try {
      await this.deps.send(chat, text);
    } catch (err) {
      this.deps.log?.(`could not send to ${chat}: ${(err as Error).message}`);
    }
  }

  private async notifyEngineers(text: string): Promise<void> {
    await Promise.all(this.deps.directory.engineerChats().map((c) => this.reply(c, text)));
  }
}

/**
 * Runs a new question matcher over its own examples once: a cold process compiles each cue
 * pattern on first use, and the first customers should not pay for that (~10 ms in all).
 */
function warmedUp(questions: QuestionMatcher): QuestionMatcher {
  for (const e of knowledge) for (const text of e.examples) questions.analyse(text);
  return questions;
}

function relativeDay(at: Date, now: Date): string {
  const days = Math.floor((Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())) / 86_400_000);
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago (${at.toISOString().slice(0, 10)})`;
}

/** Every chat that asked for a run: the one that started it and those whose messages joined it. */
function chatsOf(run: Pick<TypedRun, 'chat' | 'requests'>): string[] {
  const chats = [...(run.chat ? [run.chat] : []), ...run.requests.map((r) => r.chat)];
  const seen = new Set<string>();
  return chats.filter((c) => !seen.has(chatKey(c)) && seen.add(chatKey(c)));
}
