import type { Config, ServerConfig } from '../config/schema.js';
import type { PlaybookId } from '../playbooks/ids.js';
import { RollbackExistsError } from '../store/errors.js';
import type { Run, RunStore } from '../store/types.js';
import { actorLabel, actorName, actorText, type Actor } from './actors.js';
import { RunLedger } from './ledger.js';
import { MemoryStore, StoredMemoryError, type Hold } from './memory.js';
import { applyMemory, type MemoryVerdict } from './memory-policy.js';
import type { Decision, Plan, RunRequest } from './model.js';
import { changeKey, isEmptyPlan } from './plan.js';
import type { TypedRun } from './records.js';

/** Why an action was refused: an expected outcome, returned as data. */
export type ActionRefusal = 'not_found' | 'forbidden' | 'already_decided' | 'expired' | 'not_applicable';

export type ActionResult = { ok: true; run: TypedRun } | { ok: false; reason: ActionRefusal; run?: TypedRun; message: string };

/** What starting work needs: something that enqueues runs (the queue's Producer). */
export interface Enqueue {
  enqueue(run: Pick<Run, 'id' | 'kind' | 'createdAt'>): Promise<unknown>;
  enqueueMany?(runs: readonly Pick<Run, 'id' | 'kind' | 'createdAt'>[]): Promise<unknown>;
}

/** A decision about a run, for whoever tells people (the bot) and counts (metrics). */
export interface DecisionEvent {
  readonly type: 'approved' | 'rejected' | 'expired' | 'rollback_requested';
  readonly run: TypedRun;
  readonly by: string;
}

export interface LifecycleDeps {
  readonly store: RunStore;
  /** Where queued runs go. Absent for the command line's direct runs, which never queue. */
  readonly queue?: Enqueue;
  /** The config in force; read at each call, so a reload takes effect at once. */
  readonly config: () => Config;
  readonly now?: () => Date;
  readonly onDecision?: (event: DecisionEvent) => void;
}

/**
 * What became of a diagnosis that was to lead to a proposal. `decision` is what the diagnosis
 * decided (null on diagnoses made before decisions were stored); only `propose` and
 * `propose_part` decisions lead to a proposal.
 */
export type ProposalOutcome = { diagnosis: TypedRun } & (
  /** A new proposal waits for an engineer (the whole fix, or the part the decision keeps); `holds`: what the customer memory left out of it. */
  | { kind: 'proposed'; run: TypedRun; plan: Plan; decision: Decision | null; holds?: readonly Hold[] }
  /** Every change of the fix is held back by the customer memory (a rejection, a revert): nothing proposed. */
  | { kind: 'held'; plan: Plan; holds: readonly Hold[] }
  /** The same fix already waits on this server; the message was added to it. */
  | { kind: 'joined'; run: TypedRun; decision: Decision | null }
  /**
   * Nothing to approve: the decision saw nothing to fix (`decision.outcome` nothing_to_change:
   * its `seen` says what was seen), or the settings are already as the fix wants them.
   */
  | { kind: 'nothing_to_change'; diagnosis: TypedRun; plan: Plan; decision: Decision | null }
  /** Not visible now, likely to come back: re-check later for `decision.watchFor`. */
  | { kind: 'watch'; diagnosis: TypedRun; plan: Plan; decision: Extract<Decision, { outcome: 'watch' }> }
  /** The evidence points at another problem (`decision.found`): people take it on. */
  | { kind: 'hand_off'; diagnosis: TypedRun; plan: Plan; decision: Extract<Decision, { outcome: 'hand_off' }> }
  /** The fix could not be planned on this server (its softswitch.conf unreadable, …). */
  | { kind: 'unplannable'; diagnosis: TypedRun }
);

/** What a diagnosis is asked for. */
export interface DiagnosisRequest {
  /** The playbook to plan for; null for a health check (the facts are the answer). */
  readonly playbook: PlaybookId | null;
  readonly server: ServerConfig;
  readonly requestedBy: string;
  readonly chat: string | null;
  readonly text: string;
  readonly evidence: unknown;
}

/** How a proposal is asked for. */
export interface ProposeOptions {
  /** An engineer asked for it: what the customer memory holds back is proposed all the same. */
  readonly ignoreMemory?: boolean;
}

const canApprove = (a: Actor) => a.kind === 'cli' || (a.kind === 'engineer' && a.engineer.role === 'approver');

/**
 * The run lifecycle's use cases, the same whether they come from WhatsApp, the console, the
 * dashboard or the command line: ask for a diagnosis, turn it into a proposal, approve,
 * reject, expire, roll back, start a run from the command line or a fleet. Runs are created
 * and moved only here and in the engine, through the ledger (state machine + typed JSON).
 */
export class RunLifecycle {
  readonly ledger: RunLedger;
  private readonly now: () => Date;

  constructor(private readonly deps: LifecycleDeps) {
    this.ledger = new RunLedger(deps.store);
    this.now = deps.now ?? (() => new Date());
  }

  private iso(): string {
    return this.now().toISOString();
  }

  private get queue(): Enqueue {
    if (!this.deps.queue) throw new Error('this process has no job queue: run the command with --queue, or through `vos-assist start`');
    return this.deps.queue;
  }

  /** The proposal's expiry time, from settings.proposalTtlMinutes. */
  expiresAt(run: Pick<Run, 'createdAt'>): Date {
    return new Date(Date.parse(run.createdAt) + this.deps.config().settings.proposalTtlMinutes * 60_000);
  }

  /** A read-only diagnosis through the queue: for a proposal (with a playbook) or a health check. */
  async requestDiagnosis(req: DiagnosisRequest): Promise<TypedRun> {
    const run = await this.ledger.create({
      kind: 'diagnose',
      playbook: req.playbook,
      serverId: req.server.id,
      customerId: req.server.customer,
      status: 'queued',
      requestedBy: req.requestedBy,
      symptomText: req.text,
      matchEvidence: req.evidence,
      chat: req.chat,
      ...(req.chat ? { requests: [{ chat: req.chat, text: req.text, at: this.iso() }] } : {}),
    });
    await this.queue.enqueue(run);
    return run;
  }

  /**
   * Turns a finished diagnosis into what the engineers decide on, as its decision says: only
   * a decision to propose (all or part of the fix) asks for approval; nothing to change, watch
   * and hand off come back for the chat to tell. The plan comes from the diagnosis's own read
   * of the server and holds only the changes the decision keeps. A plan that changes nothing is
   * not sent for approval. What the customer memory holds back is left out of the plan, or the
   * whole proposal is held (`remembered`); a fix already waiting on this server takes the
   * message instead of a second proposal.
   */
  async propose(diagnosisId: string, options: ProposeOptions = {}): Promise<ProposalOutcome> {
    const diagnosis = await this.ledger.get(diagnosisId);
    if (!diagnosis || diagnosis.kind !== 'diagnose' || !diagnosis.playbook) throw new Error(`${diagnosisId} is not a diagnosis for a playbook`);
    if (!diagnosis.plan) return { kind: 'unplannable', diagnosis };
    const decided = diagnosis.plan;
    const decision = decided.decision ?? null;
    if (decision?.outcome === 'watch') return { kind: 'watch', diagnosis, plan: decided, decision };
    if (decision?.outcome === 'hand_off') return { kind: 'hand_off', diagnosis, plan: decided, decision };
    if (decision?.outcome === 'nothing_to_change' || isEmptyPlan(decided)) return { kind: 'nothing_to_change', diagnosis, plan: decided, decision };
    const remembered = await this.remembered(diagnosis, decided, options);
    if (remembered.kind === 'held') return { kind: 'held', diagnosis, plan: remembered.plan, holds: remembered.holds };
    const plan = remembered.plan;
    const holds = remembered.kind === 'narrowed' ? { holds: remembered.holds } : {};
    const request: RunRequest = diagnosis.requests[0] ?? { chat: diagnosis.chat ?? diagnosis.requestedBy, text: diagnosis.symptomText ?? '', at: this.iso() };
    const pending = await this.pendingProposal(diagnosis.serverId, changeKey(plan));
    if (pending) {
      const joined = await this.ledger.recordWhile(pending.id, 'awaiting_approval', { requests: [...pending.requests, request] });
      if (joined) return { kind: 'joined', run: joined, diagnosis, decision };
    }
    const run = await this.ledger.create({
      kind: 'remediate',
      playbook: diagnosis.playbook,
      serverId: diagnosis.serverId,
      customerId: diagnosis.customerId,
      status: 'awaiting_approval',
      requestedBy: diagnosis.requestedBy,
      symptomText: diagnosis.symptomText,
      matchEvidence: diagnosis.matchEvidence,
      factsBefore: diagnosis.factsBefore,
      plan,
      chat: diagnosis.chat,
      requests: [request],
    });
    return { kind: 'proposed', run, plan, diagnosis, decision, ...holds };
  }

  /**
   * What the customer memory makes of a plan (runs/memory-policy.ts): changes rejected or
   * reverted within settings.memoryHoldHours, or ruled out by what the customer told us, are
   * left out with the reason; when nothing is left, the proposal is held. An engineer who asks
   * for the proposal (`ignoreMemory`) gets the plan as planned, its wording aside.
   */
  private async remembered(diagnosis: TypedRun, plan: Plan, options: ProposeOptions): Promise<MemoryVerdict> {
    const config = this.deps.config();
    // A memory document in another shape must not stop proposals: the plan goes as planned, and
    // `memory CUSTOMER` and the dashboard say what is wrong with the document.
    const memory = options.ignoreMemory ? null : await new MemoryStore(this.deps.store).read(diagnosis.customerId).catch((err: unknown) => {
      if (err instanceof StoredMemoryError) return null;
      throw err;
    });
    const policy = { now: this.now(), holdMs: config.settings.memoryHoldHours * 3600_000, names: (raw: string) => actorName(config, raw).name };
    return applyMemory(plan, diagnosis.factsBefore, memory, diagnosis.serverId, policy);
  }

  /** A proposal waiting for approval on this server that makes the same changes, if any. */
  private async pendingProposal(serverId: string, key: string): Promise<TypedRun | null> {
    const waiting = await this.ledger.list({ serverId, kind: 'remediate', status: 'awaiting_approval', limit: 20 });
    return waiting.find((r) => r.plan && changeKey(r.plan) === key && this.now() < this.expiresAt(r)) ?? null;
  }

  async approve(runId: string, actor: Actor): Promise<ActionResult> {
    const run = await this.ledger.get(runId);
    if (!run) return { ok: false, reason: 'not_found', message: `no run ${runId}` };
    if (!canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can approve' };
    if (run.status === 'awaiting_approval' && this.now() >= this.expiresAt(run)) {
      await this.expire(run);
      return { ok: false, reason: 'expired', run, message: `${runId} expired at ${this.expiresAt(run).toISOString()}` };
    }
    // An approval is given to a plan; a proposal without one has nothing to bind it to.
    if (run.kind === 'remediate' && run.status === 'awaiting_approval' && !run.plan) return { ok: false, reason: 'not_applicable', run, message: `${runId} has no plan to approve; reject it and ask for a fresh check` };
    const by = actorLabel(actor);
    const updated = await this.ledger.move(runId, 'queued', { approvedBy: by, approvedAt: this.iso() }, ['awaiting_approval']);
    if (!updated) return this.decided(runId);
    await this.queue.enqueue(updated);
    this.deps.onDecision?.({ type: 'approved', run: updated, by });
    return { ok: true, run: updated };
  }

  async reject(runId: string, actor: Actor, reason: string): Promise<ActionResult> {
    const run = await this.ledger.get(runId);
    if (!run) return { ok: false, reason: 'not_found', message: `no run ${runId}` };
    if (!canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can reject' };
    const by = actorLabel(actor);
    const note = reason.trim().slice(0, 500) || 'no reason given';
    const updated = await this.ledger.move(runId, 'rejected', { approvedBy: by, approvedAt: this.iso(), decisionNote: note, finishedAt: this.iso(), outcome: `rejected: ${note}` }, ['awaiting_approval']);
    if (!updated) return this.decided(runId);
    this.deps.onDecision?.({ type: 'rejected', run: updated, by });
    return { ok: true, run: updated };
  }

  /** Marks a proposal expired (idempotent); returns the run if this call expired it. */
  async expire(run: Pick<Run, 'id'>): Promise<TypedRun | null> {
    const updated = await this.ledger.move(run.id, 'expired', { decisionNote: 'not approved in time', finishedAt: this.iso(), outcome: 'expired before an engineer approved it; nothing was changed' });
    if (updated) this.deps.onDecision?.({ type: 'expired', run: updated, by: 'system' });
    return updated;
  }

  /** Expires every proposal past its time; returns those it expired. */
  async expireDue(): Promise<TypedRun[]> {
    const pending = await this.deps.store.listRuns({ status: 'awaiting_approval', limit: 1000 });
    const out: TypedRun[] = [];
    for (const r of pending) {
      if (this.now() < this.expiresAt(r)) continue;
      const e = await this.expire(r);
      if (e) out.push(e);
    }
    return out;
  }

  /** Why a run cannot be rolled back now, or null when it can. One rule for the chat, the dashboard and the command line. */
  async rollbackRefusal(run: TypedRun | null, runId: string): Promise<{ reason: ActionRefusal; message: string } | null> {
    if (!run) return { reason: 'not_found', message: `no run ${runId}` };
    if (run.kind !== 'remediate') return { reason: 'not_applicable', message: `${runId} is a ${run.kind} run: only remediation runs can be rolled back` };
    // Rolled back first: a rolled_back run says by whom (a second request that waited for the first one's lock hears this).
    if (run.rolledBackBy) return { reason: 'already_decided', message: `${runId} was already rolled back by ${run.rolledBackBy}` };
    if (!['succeeded', 'failed'].includes(run.status)) return { reason: 'not_applicable', message: `${runId} is ${run.status}: nothing of it to roll back` };
    const existing = await this.ledger.list({ kind: 'rollback', serverId: run.serverId, limit: 200 });
    const other = existing.find((r) => r.rollbackOf === runId);
    if (other) return { reason: 'already_decided', message: `${runId} already has a rollback run, ${other.id} (${other.status})` };
    return null;
  }

  /**
   * Creates the rollback run of a finished remediation: queued for a worker (chat, dashboard)
   * or running in this process (`now`, the command line). The store keeps one rollback per run,
   * so two requests at once make one.
   */
  async requestRollback(runId: string, actor: Actor, options: { chat?: string | null; now?: boolean } = {}): Promise<ActionResult> {
    const run = await this.ledger.get(runId);
    if (run && !canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can roll back' };
    const refusal = await this.rollbackRefusal(run, runId);
    if (refusal || !run) return { ok: false, ...(refusal ?? { reason: 'not_found', message: `no run ${runId}` }), ...(run ? { run } : {}) };
    const by = actorLabel(actor);
    let rb: TypedRun;
    try {
      rb = await this.ledger.create({
        kind: 'rollback',
        playbook: run.playbook,
        serverId: run.serverId,
        customerId: run.customerId,
        status: options.now ? 'running' : 'queued',
        requestedBy: by,
        rollbackOf: run.id,
        chat: options.chat ?? run.chat,
      });
    } catch (err) {
      if (err instanceof RollbackExistsError) return { ok: false, reason: 'already_decided', run, message: `a rollback of ${runId} was just started by someone else` };
      throw err;
    }
    const approved = await this.ledger.record(rb.id, { approvedBy: by, approvedAt: this.iso() });
    if (!options.now) await this.queue.enqueue(approved);
    this.deps.onDecision?.({ type: 'rollback_requested', run: approved, by });
    return { ok: true, run: approved };
  }

  /** A run the command line applies itself, without a proposal (`playbook run`, `diagnose`). */
  async startDirect(kind: 'remediate' | 'diagnose', playbook: PlaybookId | null, server: ServerConfig, requestedBy: string, options: { dryRun?: boolean } = {}): Promise<TypedRun> {
    return this.ledger.create({ kind, playbook, serverId: server.id, customerId: server.customer, status: 'running', requestedBy, dryRun: !!options.dryRun });
  }

  /** One run per server through the queue, approved by whoever asked (`playbook run --queue`). */
  async startFleet(playbook: PlaybookId, servers: readonly ServerConfig[], requestedBy: string): Promise<TypedRun[]> {
    const runs: TypedRun[] = [];
    for (const server of servers) {
      const run = await this.ledger.create({ kind: 'remediate', playbook, serverId: server.id, customerId: server.customer, status: 'queued', requestedBy });
      runs.push(await this.ledger.record(run.id, { approvedBy: requestedBy, approvedAt: this.iso() }));
    }
    // All jobs at once: the first servers do not wait for the last jobs to be added.
    if (this.queue.enqueueMany) await this.queue.enqueueMany(runs);
    else for (const r of runs) await this.queue.enqueue(r);
    return runs;
  }

  private async decided(runId: string): Promise<ActionResult> {
    const now = await this.ledger.get(runId);
    const who = now?.approvedBy ? ` by ${actorText(actorName(this.deps.config(), now.approvedBy))}` : '';
    return { ok: false, reason: 'already_decided', ...(now ? { run: now } : {}), message: `${runId} was already decided${who}: ${now?.status ?? 'unknown'}` };
  }
}
