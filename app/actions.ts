import type { Config } from '../config/schema.js';
import { actorLabel, type Actor } from '../runs/actors.js';
import { typedRun } from '../runs/records.js';

export { actorLabel, type Actor } from '../runs/actors.js';
import type { Run, RunStore } from '../store/types.js';

/** Why an action was refused: an expected outcome, returned as data. */
export type ActionRefusal = 'not_found' | 'forbidden' | 'already_decided' | 'expired' | 'not_applicable';

export type ActionResult = { ok: true; run: Run } | { ok: false; reason: ActionRefusal; run?: Run; message: string };

/** What actions need to start work: something that enqueues a run (the queue Producer). */
export interface Enqueue {
  enqueue(run: Pick<Run, 'id' | 'kind'>): Promise<unknown>;
}

export interface ActionsDeps {
  readonly store: RunStore;
  readonly queue: Enqueue;
  readonly config: Config;
  readonly now?: () => Date;
  /** Told about every decision (the bot notifies chats, the dashboard counts). */
  readonly onDecision?: (event: { type: 'approved' | 'rejected' | 'expired' | 'rollback_requested'; run: Run; by: string }) => void;
}

const canApprove = (a: Actor) => a.kind === 'cli' || (a.kind === 'engineer' && a.engineer.role === 'approver');

/**
 * Approve, reject, expire and roll back: the same actions whether they come from
 * WhatsApp, the console or the dashboard. Decisions are compare-and-set on the run's
 * status, so whichever comes first wins and the other is told it was already decided.
 */
export class RunActions {
  private readonly now: () => Date;
  constructor(private readonly deps: ActionsDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The proposal's expiry time, from settings.proposalTtlMinutes. */
  expiresAt(run: Run): Date {
    return new Date(Date.parse(run.createdAt) + this.deps.config.settings.proposalTtlMinutes * 60_000);
  }

  async approve(runId: string, actor: Actor): Promise<ActionResult> {
    const run = await this.deps.store.getRun(runId);
    if (!run) return { ok: false, reason: 'not_found', message: `no run ${runId}` };
    if (!canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can approve' };
    if (run.status === 'awaiting_approval' && this.now() >= this.expiresAt(run)) {
      await this.expire(run);
      return { ok: false, reason: 'expired', run, message: `${runId} expired at ${this.expiresAt(run).toISOString()}` };
    }
    // An approval is given to a plan; a proposal without one has nothing to bind it to.
    if (run.kind === 'remediate' && run.status === 'awaiting_approval' && !typedRun(run).plan) return { ok: false, reason: 'not_applicable', run, message: `${runId} has no plan to approve; reject it and ask for a fresh check` };
    const by = actorLabel(actor);
    const updated = await this.deps.store.transition(runId, ['awaiting_approval'], 'queued', { approvedBy: by, approvedAt: this.now().toISOString() });
    if (!updated) return this.decided(runId);
    await this.deps.queue.enqueue(updated);
    this.deps.onDecision?.({ type: 'approved', run: updated, by });
    return { ok: true, run: updated };
  }

  async reject(runId: string, actor: Actor, reason: string): Promise<ActionResult> {
    const run = await this.deps.store.getRun(runId);
    if (!run) return { ok: false, reason: 'not_found', message: `no run ${runId}` };
    if (!canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can reject' };
    const by = actorLabel(actor);
    const note = reason.trim().slice(0, 500) || 'no reason given';
    const updated = await this.deps.store.transition(runId, ['awaiting_approval'], 'rejected', { approvedBy: by, approvedAt: this.now().toISOString(), decisionNote: note, finishedAt: this.now().toISOString(), outcome: `rejected: ${note}` });
    if (!updated) return this.decided(runId);
    this.deps.onDecision?.({ type: 'rejected', run: updated, by });
    return { ok: true, run: updated };
  }

  /** Marks a proposal expired (idempotent); returns the run if this call expired it. */
  async expire(run: Run): Promise<Run | null> {
    const updated = await this.deps.store.transition(run.id, ['awaiting_approval'], 'expired', { decisionNote: 'not approved in time', finishedAt: this.now().toISOString(), outcome: 'expired before an engineer approved it; nothing was changed' });
    if (updated) this.deps.onDecision?.({ type: 'expired', run: updated, by: 'system' });
    return updated;
  }

  /** Expires every proposal past its time; returns those it expired. */
  async expireDue(): Promise<Run[]> {
    const pending = await this.deps.store.listRuns({ status: 'awaiting_approval', limit: 1000 });
    const out: Run[] = [];
    for (const r of pending) if (this.now() >= this.expiresAt(r)) {
      const e = await this.expire(r);
      if (e) out.push(e);
    }
    return out;
  }

  /** Creates and enqueues a rollback run for a finished remediation. */
  async rollback(runId: string, actor: Actor, chat: string | null = null): Promise<ActionResult> {
    const run = await this.deps.store.getRun(runId);
    if (!run) return { ok: false, reason: 'not_found', message: `no run ${runId}` };
    if (!canApprove(actor)) return { ok: false, reason: 'forbidden', run, message: 'only engineers with the approver role can roll back' };
    if (run.kind !== 'remediate' || !['succeeded', 'failed'].includes(run.status)) return { ok: false, reason: 'not_applicable', run, message: `${runId} is ${run.status}: nothing to roll back` };
    if (run.rolledBackBy) return { ok: false, reason: 'already_decided', run, message: `${runId} was already rolled back by ${run.rolledBackBy}` };
    const existing = await this.deps.store.listRuns({ kind: 'rollback', serverId: run.serverId, status: ['queued', 'running'], limit: 50 });
    if (existing.some((r) => r.rollbackOf === runId)) return { ok: false, reason: 'already_decided', run, message: `a rollback of ${runId} is already under way` };
    const by = actorLabel(actor);
    const rb = await this.deps.store.createRun({ kind: 'rollback', playbook: run.playbook, serverId: run.serverId, customerId: run.customerId, status: 'queued', requestedBy: by, rollbackOf: run.id, chat: chat ?? run.chat });
    const approved = await this.deps.store.updateRun(rb.id, { approvedBy: by, approvedAt: this.now().toISOString() });
    await this.deps.queue.enqueue(approved);
    this.deps.onDecision?.({ type: 'rollback_requested', run: approved, by });
    return { ok: true, run: approved };
  }

  private async decided(runId: string): Promise<ActionResult> {
    const now = await this.deps.store.getRun(runId);
    const who = now?.approvedBy ? ` by ${now.approvedBy}` : '';
    return { ok: false, reason: 'already_decided', ...(now ? { run: now } : {}), message: `${runId} was already decided${who}: ${now?.status ?? 'unknown'}` };
  }
}
