import type { ServerConfig } from '../../config/schema.js';
import { computeChangeSet } from '../../executors/changes/change-set.js';
import { TargetError, ValidationError } from '../../executors/errors.js';
import { factsFromState, type Facts } from '../../executors/facts.js';
import { ALL_PROBES, legacyOf, readServerState, readStateAndPrepare } from '../../executors/state.js';
import type { PreparedExec, Target } from '../../executors/target.js';
import { getPlaybook, probesFor } from '../../playbooks/library.js';
import { decide } from '../../playbooks/decide/index.js';
import { SAYS_NOTHING } from '../../playbooks/decide/types.js';
import { intend } from '../../playbooks/plan.js';
import { isFinal, type Run, type Step } from '../../store/types.js';
import type { Plan } from '../model.js';
import { buildPlan, isEmptyPlan, planDrift } from '../plan.js';
import { customerSays, recentHistory } from '../decision-input.js';
import type { TypedRun } from '../records.js';
import { applyChangeSet } from './apply.js';
import { EngineContext, type EngineDeps } from './context.js';
import { resultOf, type RunResult } from './result.js';
import { mergeChanges, reloadPending, settleStarted } from './resume.js';
import { rollbackRun } from './rollback.js';
import { verifyChanges } from './verify.js';

/** Asked after planning and before applying (interactive command line); false declines. */
export type Confirm = (plan: Plan, facts: Facts) => Promise<boolean>;

export interface ExecuteOptions {
  readonly dryRun?: boolean;
  readonly confirm?: Confirm;
  /**
   * The caller (the queue) will try again: a failure that is safe to retry (nothing
   * changed yet) leaves the run `queued` instead of `failed`.
   */
  readonly mayRetry?: boolean;
}

const errorOf = (err: unknown) => ({
  code: err instanceof Error && 'code' in err && typeof err.code === 'string' ? err.code : 'ERROR',
  message: err instanceof Error ? err.message : String(err),
  ...(err instanceof TargetError && err.timedOut ? { timedOut: true } : {}),
});

/**
 * The remediation engine: diagnose, plan, apply, verify and roll back one run on one server,
 * journaling every step in the run store before it touches the server. Its phases live in
 * their own modules (apply, verify, resume, rollback); this class runs them in order and
 * moves the run to where it ends up.
 */
export class Engine {
  private readonly ctx: EngineContext;

  constructor(deps: EngineDeps) {
    this.ctx = new EngineContext(deps);
  }

  /**
   * Reads the server and records the facts; the run ends `diagnosed`. A diagnosis for a
   * playbook also decides, from the facts, what the customer said and the server's recent
   * runs, whether to propose the fix (all of it or part), and plans what it keeps from the same
   * read, so the proposal shows exactly what would run (and is bound to it). The decision is
   * stored with the plan. Nothing is changed.
   */
  async diagnose(run: Run, server: ServerConfig, options: Pick<ExecuteOptions, 'mayRetry'> = {}): Promise<{ run: Run; facts: Facts | null }> {
    const { ctx } = this;
    const t0 = performance.now();
    await ctx.ledger.move(run.id, 'running', { startedAt: ctx.iso() }, ['queued', 'running']);
    let target: Target | null = null;
    try {
      const connected = await this.connect(server);
      target = connected.target;
      const reading = readServerState(target, server, { probes: ALL_PROBES, ...ctx.sig() });
      await this.journalConnect(run.id, server, connected.ms);
      const state = await reading;
      const facts = factsFromState(server, state, ctx.now());
      await ctx.journal(run.id, 'diagnose', 'collect facts', null, { status: 'ok', output: `${state.durationMs} ms` });
      // A server we cannot plan for (its softswitch.conf unreadable) still has its facts; the reason is the outcome.
      const playbook = run.playbook ? getPlaybook(run.playbook) : undefined;
      let plan: Plan | null = null;
      let unplannable: string | null = null;
      if (playbook) {
        const history = await recentHistory(ctx.ledger, server.id, ctx.now());
        const decision = decide(playbook, { facts, customer: customerSays(run.matchEvidence), history, mode: 'complaint', now: ctx.now() });
        const intent = intend(playbook, facts, decision);
        try {
          plan = buildPlan(intent, computeChangeSet(state, intent.desired, server), state, ctx.iso(), undefined, decision);
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          unplannable = err.message;
        }
      }
      const took = `facts collected in ${Math.round(performance.now() - t0)} ms`;
      const updated = await ctx.end(run.id, 'diagnosed', { factsBefore: facts, plan, finishedAt: ctx.iso(), outcome: unplannable ? `${took}; no plan: ${unplannable}` : took });
      return { run: updated, facts };
    } catch (err) {
      const e = errorOf(err);
      const retry = options.mayRetry && err instanceof TargetError && err.retryable;
      const updated = retry ? await ctx.end(run.id, 'queued', { error: e, outcome: `will retry: ${e.message}` }) : await ctx.end(run.id, 'failed', { error: e, outcome: e.message, finishedAt: ctx.iso() });
      return { run: updated, facts: null };
    } finally {
      await target?.close();
    }
  }

  /**
   * Runs a remediation run to a final state. An approved proposal is applied only if the server
   * still calls for exactly the plan that was approved. A run that already has journal steps
   * (a worker died mid-run) is resumed: the journal and the server's real state decide what
   * already happened, and nothing is applied twice.
   */
  async execute(runId: string, server: ServerConfig, options: ExecuteOptions = {}): Promise<RunResult> {
    const { ctx } = this;
    const t0 = performance.now();
    const run = await ctx.store.getRun(runId);
    if (!run) throw new Error(`run ${runId} not found`);
    if (run.kind !== 'remediate' || !run.playbook) throw new Error(`run ${runId} is not a remediation run`);
    const playbook = getPlaybook(run.playbook);
    if (!playbook) throw new Error(`unknown playbook ${run.playbook}`);
    if (isFinal(run.status)) return resultOf(run, t0);

    const started = await ctx.ledger.move(runId, 'running', run.startedAt ? {} : { startedAt: ctx.iso() }, ['queued', 'running']);
    if (!started) return resultOf((await ctx.store.getRun(runId)) ?? run, t0);
    const previous = await ctx.store.listSteps(runId);
    const resuming = previous.some((s) => s.phase !== 'connect' && s.phase !== 'diagnose');

    const probes = probesFor(playbook);
    let target: Target | null = null;
    let prepared: PreparedExec | undefined;
    try {
      const connected = await this.connect(server);
      target = connected.target;
      // One session reads the facts and then waits for the apply batch; the journal is
      // written while the read is under way. A run that asks a person first (or only plans)
      // ends the read before the question; its apply opens a session of its own.
      const reading = options.confirm || options.dryRun ? { state: readServerState(target, server, { probes, ...ctx.sig() }), prepared: null } : readStateAndPrepare(target, server, probes);
      prepared = reading.prepared ?? undefined;
      await this.journalConnect(runId, server, connected.ms);
      const state = await reading.state;
      const facts = factsFromState(server, state, ctx.now());
      // A proposal keeps the facts it was made from; the read right before the change is its own record.
      const approvedPlan = started.plan;
      if (!resuming) {
        await ctx.journal(runId, 'diagnose', 'collect facts', null, { status: 'ok', output: `${state.durationMs} ms` });
        await ctx.ledger.record(runId, approvedPlan ? { factsAtApply: facts } : { factsBefore: facts });
      } else {
        await settleStarted(ctx, runId, previous, state);
        // An attempt that had already failed (a step failed, or it was rolling back) is
        // never applied again: finish its rollback from the journal and end it failed.
        const failedStep = previous.find((s) => s.status === 'failed' && s.phase !== 'rollback');
        if (failedStep || previous.some((s) => s.phase === 'rollback')) {
          const rb = await rollbackRun(ctx, runId, server, target, 'resumed after an interruption', { known: state, probes });
          const why = failedStep ? `${failedStep.name} failed${failedStep.output ? `: ${failedStep.output.split('\n')[0]}` : ''}` : 'the run was being rolled back when its worker stopped';
          const r = await ctx.end(runId, 'failed', { factsAfter: ctx.factsOf(server, rb.state), error: { code: 'APPLY_FAILED', message: why, rolledBack: rb.ok }, outcome: `${why}; ${rb.summary}`, finishedAt: ctx.iso() });
          return resultOf(r, t0, started.plan?.changes);
        }
      }

      // An approved proposal (or a resumed run) carries its intent: facts may have moved
      // since (TIME_WAIT drained) but what the engineer approved must not. A run without a
      // proposal is an engineer's own request (prevention): no evidence is needed and earlier
      // decisions do not bind it, but what the facts speak against is still left out, and a
      // wider port range still reserves the ports in use.
      const intent = approvedPlan?.intent ?? intend(playbook, facts, decide(playbook, { facts, customer: SAYS_NOTHING, history: [], mode: 'prevention', now: ctx.now() }));
      const set = computeChangeSet(state, intent.desired, server);
      const plan = buildPlan(intent, set, state, ctx.iso(), approvedPlan?.revises);
      if (!resuming && approvedPlan && plan.binding !== approvedPlan.binding) return this.planChanged(started, approvedPlan, plan, facts, t0);
      // What was approved stays the record; a run without a proposal records the plan it makes now.
      if (!resuming && !approvedPlan) await ctx.ledger.record(runId, { plan });

      if (options.dryRun) {
        const r = await ctx.end(runId, 'diagnosed', { finishedAt: ctx.iso(), outcome: `dry run: ${set.changes.filter((c) => c.changed).length} change(s) planned, nothing changed` });
        return resultOf(r, t0, set.changes);
      }
      if (options.confirm && !(await options.confirm(plan, facts))) {
        const r = await ctx.end(runId, 'rejected', { decisionNote: 'declined at the terminal', finishedAt: ctx.iso(), outcome: 'declined; nothing was changed' });
        return resultOf(r, t0, set.changes);
      }

      // Only an interrupted attempt can have written the file without reloading.
      const pending = resuming && reloadPending(await ctx.store.listSteps(runId), server.softswitchConf);
      const applied = await applyChangeSet(ctx, runId, server, target, set, { reloadPending: pending, probes, legacy: legacyOf(server, state), ...(prepared ? { prepared } : {}) });
      const reportChanges = resuming && approvedPlan ? mergeChanges(approvedPlan.changes, await ctx.store.listSteps(runId)) : set.changes;
      if (!applied.ok) {
        const rb = await rollbackRun(ctx, runId, server, target, 'apply failed', { known: applied.state, probes });
        const r = await ctx.end(runId, 'failed', { factsAfter: ctx.factsOf(server, rb.state), error: { code: applied.code, message: applied.failure, rolledBack: rb.ok }, outcome: `${applied.failure}; ${rb.summary}`, finishedAt: ctx.iso() });
        return resultOf(r, t0, reportChanges);
      }

      ctx.progress(runId, applied.total, applied.total, 'verified');
      // The apply batch re-read the server after its last op: verify against that read.
      const stateAfter = applied.state ?? state;
      const verification = verifyChanges(stateAfter, intent.desired);
      const factsAfter = factsFromState(server, stateAfter, ctx.now());
      await ctx.journal(runId, 'verify', 'verify', null, { status: verification.ok ? 'ok' : 'failed', data: verification, output: verification.checks.map((c) => `${c.key}: ${c.actual ?? 'unknown'} (${c.ok ? 'ok' : `expected ${c.expected}`})`).join('\n') });
      if (!verification.ok) {
        const bad = verification.checks.filter((c) => !c.ok).map((c) => `${c.key} is ${c.actual ?? 'unknown'}, expected ${c.expected}`);
        const rb = await rollbackRun(ctx, runId, server, target, 'verification failed', { known: stateAfter, probes });
        const r = await ctx.end(runId, 'failed', { verification, factsAfter: ctx.factsOf(server, rb.state) ?? factsAfter, error: { code: 'VERIFY_FAILED', message: bad.join('; '), rolledBack: rb.ok }, outcome: `verification failed (${bad.join('; ')}); ${rb.summary}`, finishedAt: ctx.iso() });
        return resultOf(r, t0, reportChanges);
      }
      const changedCount = reportChanges.filter((c) => c.changed).length;
      const r = await ctx.end(runId, 'succeeded', { verification, factsAfter, outcome: changedCount ? `${changedCount} change(s) applied and verified` : 'already in the desired state; nothing changed', finishedAt: ctx.iso() });
      return resultOf(r, t0, reportChanges);
    } catch (err) {
      return this.failRun(runId, err, t0, server, target, options.mayRetry);
    } finally {
      prepared?.cancel();
      await target?.close();
    }
  }

  /**
   * Undoes what a run changed, as a run of kind `rollback` (created by the caller, queued or
   * running). The original run becomes rolled_back only when the server is provably as before.
   */
  async rollback(rollbackRunId: string, server: ServerConfig, options: Pick<ExecuteOptions, 'mayRetry'> = {}): Promise<RunResult> {
    const { ctx } = this;
    const t0 = performance.now();
    const rb = await ctx.store.getRun(rollbackRunId);
    if (!rb?.rollbackOf) throw new Error(`run ${rollbackRunId} is not a rollback run`);
    const started = await ctx.ledger.move(rollbackRunId, 'running', { startedAt: ctx.iso() }, ['queued', 'running']);
    if (!started) return resultOf(rb, t0);
    let target: Target | null = null;
    try {
      target = (await this.connect(server)).target;
      await this.journalConnect(rollbackRunId, server, 0);
      const playbook = rb.playbook ? getPlaybook(rb.playbook) : undefined;
      const probes = playbook ? probesFor(playbook) : [];
      const before = await readServerState(target, server, { probes, ...ctx.sig() });
      await ctx.ledger.record(rollbackRunId, { factsBefore: factsFromState(server, before, ctx.now()) });
      const result = await rollbackRun(ctx, rb.rollbackOf, server, target, `rollback run ${rollbackRunId}`, { journalRunId: rollbackRunId, known: before, probes });
      const factsAfter = ctx.factsOf(server, result.state);
      if (!result.ok) {
        const r = await ctx.end(rollbackRunId, 'failed', { factsAfter, error: { code: 'ROLLBACK_INCOMPLETE', message: result.summary }, outcome: result.summary, finishedAt: ctx.iso() });
        return resultOf(r, t0, result.changes);
      }
      await ctx.ledger.move(rb.rollbackOf, 'rolled_back', { rolledBackBy: rollbackRunId });
      const r = await ctx.end(rollbackRunId, 'succeeded', { factsAfter, verification: { ok: true, checks: [] }, outcome: result.summary, finishedAt: ctx.iso() });
      return resultOf(r, t0, result.changes);
    } catch (err) {
      return this.failRun(rollbackRunId, err, t0, server, target, options.mayRetry);
    } finally {
      await target?.close();
    }
  }

  private async connect(server: ServerConfig): Promise<{ target: Target; ms: number }> {
    const t = performance.now();
    const target = await this.ctx.openTarget(server);
    return { target, ms: Math.round(performance.now() - t) };
  }

  private journalConnect(runId: string, server: ServerConfig, ms: number): Promise<void> {
    return this.ctx.journal(runId, 'connect', `connect ${server.username}@${server.host}:${server.port}`, null, { status: 'ok', output: `${ms ? `${ms} ms, ` : ''}host key ${server.hostKeySha256}` });
  }

  private async failRun(runId: string, err: unknown, t0: number, server: ServerConfig, target: Target | null, mayRetry = false): Promise<RunResult> {
    const { ctx } = this;
    const steps = await ctx.store.listSteps(runId).catch((): Step[] => []);
    const touched = steps.some((s) => s.phase === 'apply' || s.phase === 'reload');
    const e: ReturnType<typeof errorOf> & { rolledBack?: boolean } = { ...errorOf(err), ...(touched ? { rolledBack: false } : {}) };
    let outcome: string;
    if (err instanceof TargetError || err instanceof ValidationError) outcome = touched ? e.message : `${e.message.replace(/; nothing was (changed|touched)\.?$/, '')}; nothing was changed`;
    else outcome = `unexpected error: ${e.message}`;
    if (touched && target) {
      const rb = await rollbackRun(ctx, runId, server, target, 'error').catch((x: Error) => ({ ok: false, summary: `ROLLBACK INCOMPLETE (${x.message}): a person must check ${server.id}` }));
      outcome += `; ${rb.summary}`;
      e.rolledBack = rb.ok;
    }
    const retryable = err instanceof TargetError && err.retryable && !touched;
    if (retryable && mayRetry) {
      const r = await ctx.end(runId, 'queued', { error: e, outcome: `will retry: ${outcome}` });
      return { ...resultOf(r, t0), retryable, errorCode: e.code };
    }
    const r = await ctx.end(runId, 'failed', { error: e, outcome, finishedAt: ctx.iso() });
    return { ...resultOf(r, t0), retryable, errorCode: e.code };
  }

  /**
   * The server no longer calls for the plan an engineer approved (someone edited
   * softswitch.conf, a value was changed by hand): nothing is applied under the old approval.
   * The run ends before any change, saying what differs, and the plan for the server as it is
   * now goes to the engineers as a fresh proposal (unless there is nothing left to change).
   */
  private async planChanged(run: TypedRun, approved: Plan, now: Plan, facts: Facts, t0: number): Promise<RunResult> {
    const { ctx } = this;
    const drift = planDrift(approved, now);
    await ctx.journal(run.id, 'plan', 'compare with the approved plan', null, { status: 'failed', output: drift.join('\n') });
    const fresh = isEmptyPlan(now)
      ? null
      : await ctx.ledger.create({
          kind: 'remediate',
          playbook: run.playbook,
          serverId: run.serverId,
          customerId: run.customerId,
          status: 'awaiting_approval',
          requestedBy: run.requestedBy,
          symptomText: run.symptomText,
          matchEvidence: run.matchEvidence,
          factsBefore: facts,
          plan: { ...now, revises: run.id, ...(approved.decision ? { decision: approved.decision } : {}) },
          chat: run.chat,
          requests: run.requests,
        });
    const what = `the server changed since the proposal (${drift.join('; ')})`;
    const next = fresh ? `a fresh proposal ${fresh.id} went to the engineers` : 'the settings are already as the fix wants them, so there is nothing to approve';
    const r = await ctx.end(run.id, 'failed', {
      factsAtApply: facts,
      error: { code: 'PLAN_CHANGED', message: what, ...(fresh ? { freshRunId: fresh.id } : {}) },
      outcome: `not applied: ${what}; nothing was changed; ${next}`,
      finishedAt: ctx.iso(),
    });
    return resultOf(r, t0, approved.changes);
  }
}
