import type { ServerConfig } from '../config/schema.js';
import { computeChangeSet, currentValue, persistedValue, switchValue, type ChangeSet, type FileEdit } from '../executors/changes/change-set.js';
import { readValue, removeKey, setValue } from '../executors/changes/softswitch-conf.js';
import { sysctlProcPath, type ChangeSpec, type PlannedChange, type SysctlKey } from '../executors/changes/spec.js';
import { removeBlockValue, upsertBlockValue } from '../executors/changes/sysctl-block.js';
import { TargetError, ValidationError } from '../executors/errors.js';
import { factsFromState, type Facts } from '../executors/facts.js';
import { runBatch, OP_EXIT, type Op, type OpResult } from '../executors/ops.js';
import { ALL_PROBES, afterProbes, legacyOf, parseState, readServerState, readStateAndPrepare, sha256, stateSections, type Probe, type ServerState } from '../executors/state.js';
import type { PreparedExec, Target } from '../executors/target.js';
import { isFinal, type Run, type RunStore, type Step } from '../store/types.js';
import { getPlaybook, probesFor } from './library.js';
import { intend } from './plan.js';
import type { Plan, Verification } from '../runs/model.js';
import { buildPlan, isEmptyPlan, planDrift } from '../runs/plan.js';
import { RunLedger, type TypedPatch } from '../runs/ledger.js';
import { typedRun, type TypedRun } from '../runs/records.js';

/** A step the customer can follow: "2/4 SS_TCP_CLOSE_RESET On, softswitch reparsed". */
export interface Progress {
  readonly runId: string;
  readonly step: number;
  readonly total: number;
  readonly label: string;
}

/** What the engine needs from the outside world; injected so queue, CLI and tests share it. */
export interface RunnerDeps {
  readonly store: RunStore;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly now?: () => Date;
  readonly onProgress?: (p: Progress) => void;
  readonly signal?: AbortSignal;
}

/** How a run ended, in the shape `playbook run --json` prints. */
export interface RunResult {
  readonly runId: string;
  readonly status: Run['status'];
  readonly changes: { kind: string; key: string; from: string | null; to: string; changed: boolean }[];
  readonly verified: boolean;
  readonly durationMs: number;
  readonly outcome: string;
  /** True when the failure happened before anything changed and a retry is safe. */
  readonly retryable?: boolean;
  readonly errorCode?: string;
}

/** Asked after planning and before applying (interactive CLI); false declines. */
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

/** The data every mutating journal step carries, so a resumer or a rollback knows what happened. */
type StepData =
  | { type: 'backup'; path: string; backupPath: string }
  | { type: 'file'; path: string; beforeSha: string | null; afterSha: string; backupPath: string | null; keys: { kind: 'softswitchParam' | 'sysctl'; key: string; from: string | null; fromRaw: string | null }[] }
  | { type: 'sysctl'; key: SysctlKey; from: string | null; to: string }
  | { type: 'reload' };

/**
 * Where a run keeps its backup of a file: the run id and the first 12 hex of the content's hash
 * make the name unique, so a backup left by a run of another store (another data directory,
 * a reinstall, staging on the same server) with the same run id is never taken for this one.
 */
export const backupPathFor = (path: string, runId: string, beforeSha: string) => `${path}.vos-assist-${runId}-${beforeSha.slice(0, 12)}.bak`;
const errorOf = (err: unknown) => ({ code: (err as { code?: string }).code ?? 'ERROR', message: (err as Error).message ?? String(err) });

/**
 * The remediation engine: diagnose, plan, apply, verify and roll back one run on one
 * server, journaling every step in the run store before it touches the server.
 */
export class Runner {
  private readonly now: () => Date;
  private readonly ledger: RunLedger;
  constructor(private readonly deps: RunnerDeps) {
    this.now = deps.now ?? (() => new Date());
    this.ledger = new RunLedger(deps.store);
  }

  /**
   * Moves a run this engine holds (running) to where it ends up; a safe retry goes back to
   * queued. Throws when the run is not running: another process took it over.
   */
  private async end(runId: string, to: 'succeeded' | 'failed' | 'diagnosed' | 'rejected' | 'queued', patch: TypedPatch): Promise<TypedRun> {
    const moved = await this.ledger.move(runId, to, patch, ['running']);
    if (!moved) throw new Error(`${runId} is no longer running here: another worker took it over; this one stops`);
    return moved;
  }

  /** Reads the server and records the facts; the run ends `diagnosed`. Nothing is changed. */
  async diagnose(run: Run, server: ServerConfig, options: Pick<ExecuteOptions, 'mayRetry'> = {}): Promise<{ run: Run; facts: Facts | null }> {
    const t0 = performance.now();
    await this.ledger.move(run.id, 'running', { startedAt: this.iso() }, ['queued', 'running']);
    let target: Target | null = null;
    try {
      const connected = await this.connect(server);
      target = connected.target;
      const reading = readServerState(target, server, { probes: ALL_PROBES, ...this.sig() });
      await this.journalConnect(run, server, connected.ms);
      const state = await reading;
      const facts = factsFromState(server.id, state, server.tags, this.now());
      await this.journal(run.id, 'diagnose', 'collect facts', null, { status: 'ok', output: `${state.durationMs} ms` });
      // A diagnosis for a playbook plans the fix from the same read, so the proposal shows
      // exactly what would run (and is bound to it). A server we cannot plan for (its
      // softswitch.conf unreadable) still has its facts; the reason is the outcome.
      const playbook = run.playbook ? getPlaybook(run.playbook) : undefined;
      let plan: Plan | null = null;
      let unplannable: string | null = null;
      if (playbook) {
        const intent = intend(playbook, facts);
        try {
          plan = buildPlan(intent, computeChangeSet(state, intent.desired, server), state, this.iso());
        } catch (err) {
          if (!(err instanceof ValidationError)) throw err;
          unplannable = err.message;
        }
      }
      const took = `facts collected in ${Math.round(performance.now() - t0)} ms`;
      const updated = await this.end(run.id, 'diagnosed', { factsBefore: facts, plan, finishedAt: this.iso(), outcome: unplannable ? `${took}; no plan: ${unplannable}` : took });
      return { run: updated, facts };
    } catch (err) {
      const retry = options.mayRetry && err instanceof TargetError && err.retryable;
      const updated = retry
        ? await this.end(run.id, 'queued', { error: errorOf(err), outcome: `will retry: ${(err as Error).message}` })
        : await this.end(run.id, 'failed', { error: errorOf(err), outcome: (err as Error).message, finishedAt: this.iso() });
      return { run: updated, facts: null };
    } finally {
      await target?.close();
    }
  }

  /**
   * Runs a remediation run to a final state. A run that already has journal steps (a
   * worker died mid-run) is resumed: the journal and the server's real state decide
   * what already happened, and nothing is applied twice.
   */
  async execute(runId: string, server: ServerConfig, options: ExecuteOptions = {}): Promise<RunResult> {
    const { store } = this.deps;
    const t0 = performance.now();
    const run = await store.getRun(runId);
    if (!run) throw new Error(`run ${runId} not found`);
    if (run.kind !== 'remediate' || !run.playbook) throw new Error(`run ${runId} is not a remediation run`);
    const playbook = getPlaybook(run.playbook);
    if (!playbook) throw new Error(`unknown playbook ${run.playbook}`);
    if (isFinal(run.status)) return this.resultOf(run, t0);

    const started = await this.ledger.move(runId, 'running', run.startedAt ? {} : { startedAt: this.iso() }, ['queued', 'running']);
    if (!started) return this.resultOf((await store.getRun(runId))!, t0);
    const previous = await store.listSteps(runId);
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
      const reading = options.confirm || options.dryRun ? { state: readServerState(target, server, { probes, ...this.sig() }), prepared: null } : readStateAndPrepare(target, server, probes);
      prepared = reading.prepared ?? undefined;
      await this.journalConnect(started, server, connected.ms);
      const state = await reading.state;
      const facts = factsFromState(server.id, state, server.tags, this.now());
      // A proposal keeps the facts it was made from; the read right before the change is its own record.
      const approvedPlan = started.plan;
      if (!resuming) {
        await this.journal(runId, 'diagnose', 'collect facts', null, { status: 'ok', output: `${state.durationMs} ms` });
        await this.ledger.record(runId, approvedPlan ? { factsAtApply: facts } : { factsBefore: facts });
      } else {
        await this.settleStarted(runId, previous, state);
        // An attempt that had already failed (a step failed, or it was rolling back) is
        // never applied again: finish its rollback from the journal and end it failed.
        const failedStep = previous.find((s) => s.status === 'failed' && s.phase !== 'rollback');
        if (failedStep || previous.some((s) => s.phase === 'rollback')) {
          const rb = await this.rollbackSteps(runId, server, target, 'resumed after an interruption', runId, state, probes);
          const why = failedStep ? `${failedStep.name} failed${failedStep.output ? `: ${failedStep.output.split('\n')[0]}` : ''}` : 'the run was being rolled back when its worker stopped';
          const r = await this.end(runId, 'failed', { factsAfter: this.factsOf(server, rb.state), error: { code: 'APPLY_FAILED', message: why }, outcome: `${why}; ${rb.summary}`, finishedAt: this.iso() });
          return this.resultOf(r, t0, started.plan?.changes);
        }
      }

      // An approved proposal (or a resumed run) carries its intent: facts may have moved
      // since (TIME_WAIT drained) but what the engineer approved must not.
      const intent = approvedPlan?.intent ?? intend(playbook, facts);
      const set = computeChangeSet(state, intent.desired, server);
      const plan = buildPlan(intent, set, state, this.iso(), approvedPlan?.revises);
      if (!resuming && approvedPlan && plan.binding !== approvedPlan.binding) return this.planChanged(started, approvedPlan, plan, facts, t0);
      // What was approved stays the record; a run without a proposal records the plan it makes now.
      if (!resuming && !approvedPlan) await this.ledger.record(runId, { plan });

      if (options.dryRun) {
        const r = await this.end(runId, 'diagnosed', { finishedAt: this.iso(), outcome: `dry run: ${set.changes.filter((c) => c.changed).length} change(s) planned, nothing changed` });
        return this.resultOf(r, t0, set.changes);
      }
      if (options.confirm && !(await options.confirm(plan, facts))) {
        const r = await this.end(runId, 'rejected', { decisionNote: 'declined at the terminal', finishedAt: this.iso(), outcome: 'declined; nothing was changed' });
        return this.resultOf(r, t0, set.changes);
      }

      // Only an interrupted attempt can have written the file without reloading.
      const reloadPending = resuming && this.reloadPending(await store.listSteps(runId));
      const applied = await this.apply(started, server, target, set, reloadPending, probes, legacyOf(server, state), prepared);
      const reportChanges = resuming && approvedPlan ? this.mergeChanges(approvedPlan.changes, await store.listSteps(runId)) : set.changes;
      if (!applied.ok) {
        const rb = await this.rollbackSteps(runId, server, target, 'apply failed', runId, applied.state, probes);
        const outcome = `${applied.failure}; ${rb.summary}`;
        const r = await this.end(runId, 'failed', { factsAfter: this.factsOf(server, rb.state), error: { code: applied.code, message: applied.failure }, outcome, finishedAt: this.iso() });
        return this.resultOf(r, t0, reportChanges);
      }

      this.progress(runId, applied.total, applied.total, 'verified');
      // The apply batch re-read the server after its last op: verify against that read.
      const stateAfter = applied.state ?? state;
      const verification = this.verify(stateAfter, intent.desired);
      const factsAfter = factsFromState(server.id, stateAfter, server.tags, this.now());
      await this.journal(runId, 'verify', 'verify', null, { status: verification.ok ? 'ok' : 'failed', data: verification, output: verification.checks.map((c) => `${c.key}: ${c.actual ?? 'unknown'} (${c.ok ? 'ok' : `expected ${c.expected}`})`).join('\n') });
      if (!verification.ok) {
        const bad = verification.checks.filter((c) => !c.ok).map((c) => `${c.key} is ${c.actual ?? 'unknown'}, expected ${c.expected}`);
        const rb = await this.rollbackSteps(runId, server, target, 'verification failed', runId, stateAfter, probes);
        const r = await this.end(runId, 'failed', { verification, factsAfter: this.factsOf(server, rb.state) ?? factsAfter, error: { code: 'VERIFY_FAILED', message: bad.join('; ') }, outcome: `verification failed (${bad.join('; ')}); ${rb.summary}`, finishedAt: this.iso() });
        return this.resultOf(r, t0, reportChanges);
      }
      const changedCount = reportChanges.filter((c) => c.changed).length;
      const r = await this.end(runId, 'succeeded', {
        verification,
        factsAfter,
        outcome: changedCount ? `${changedCount} change(s) applied and verified` : 'already in the desired state; nothing changed',
        finishedAt: this.iso(),
      });
      return this.resultOf(r, t0, reportChanges);
    } catch (err) {
      return this.failRun(runId, err, t0, server, target, options.mayRetry);
    } finally {
      prepared?.cancel();
      await target?.close();
    }
  }

  /**
   * Undoes what `originalId` changed, as a new run of kind `rollback` (already created
   * by the caller, status queued or running). Files go back byte for byte from the run's
   * backups when nobody touched them since; otherwise only our keys are reverted.
   */
  async rollback(rollbackRunId: string, server: ServerConfig, options: Pick<ExecuteOptions, 'mayRetry'> = {}): Promise<RunResult> {
    const { store } = this.deps;
    const t0 = performance.now();
    const rb = await store.getRun(rollbackRunId);
    if (!rb?.rollbackOf) throw new Error(`run ${rollbackRunId} is not a rollback run`);
    const started = await this.ledger.move(rollbackRunId, 'running', { startedAt: this.iso() }, ['queued', 'running']);
    if (!started) return this.resultOf(rb, t0);
    let target: Target | null = null;
    try {
      target = (await this.connect(server)).target;
      await this.journalConnect(started, server, 0);
      const probes = rb.playbook ? probesFor(getPlaybook(rb.playbook)!) : [];
      const before = await readServerState(target, server, { probes, ...this.sig() });
      await this.ledger.record(rollbackRunId, { factsBefore: factsFromState(server.id, before, server.tags, this.now()) });
      const result = await this.rollbackSteps(rb.rollbackOf, server, target, `rollback run ${rollbackRunId}`, rollbackRunId, before, probes);
      const factsAfter = this.factsOf(server, result.state);
      if (!result.ok) {
        const r = await this.end(rollbackRunId, 'failed', { factsAfter, error: { code: 'ROLLBACK_INCOMPLETE', message: result.summary }, outcome: result.summary, finishedAt: this.iso() });
        return this.resultOf(r, t0, result.changes);
      }
      await this.ledger.move(rb.rollbackOf, 'rolled_back', { rolledBackBy: rollbackRunId });
      const r = await this.end(rollbackRunId, 'succeeded', { factsAfter, verification: { ok: true, checks: [] }, outcome: result.summary, finishedAt: this.iso() });
      return this.resultOf(r, t0, result.changes);
    } catch (err) {
      return this.failRun(rollbackRunId, err, t0, server, target, options.mayRetry);
    } finally {
      await target?.close();
    }
  }

  // ---- phases -------------------------------------------------------------------

  private async connect(server: ServerConfig): Promise<{ target: Target; ms: number }> {
    const t = performance.now();
    const target = await this.deps.openTarget(server, this.deps.signal);
    return { target, ms: Math.round(performance.now() - t) };
  }

  private journalConnect(run: Run, server: ServerConfig, ms: number): Promise<void> {
    return this.journal(run.id, 'connect', `connect ${server.username}@${server.host}:${server.port}`, null, { status: 'ok', output: `${ms ? `${ms} ms, ` : ''}host key ${server.hostKeySha256}` });
  }

  /** Builds the ops for a change set, journals each as `started`, then runs them in one round trip. */
  private async apply(
    run: Run,
    server: ServerConfig,
    target: Target,
    set: ChangeSet,
    reloadPending: boolean,
    probes: readonly Probe[],
    legacy: boolean,
    prepared?: PreparedExec,
  ): Promise<{ ok: true; total: number; state: ServerState | null } | { ok: false; total: number; failure: string; code: string; state: ServerState | null }> {
    const { store } = this.deps;
    const planned: { op: Op; phase: Step['phase']; changeId: string | null; data: StepData }[] = [];
    const conf = set.files.find((f) => f.path === server.softswitchConf);
    const persist = set.files.find((f) => f.path !== server.softswitchConf);
    const keysIn = (f: FileEdit) =>
      set.changes
        .filter((c) => c.changed && c.path === f.path)
        .map((c) => ({ kind: c.kind, key: c.key, from: c.from, fromRaw: c.kind === 'softswitchParam' && f.before ? readValue(f.before.toString('latin1'), c.key) : c.from }));

    for (const f of [conf, persist]) {
      if (!f?.before || !f.beforeSha) continue;
      const backupPath = backupPathFor(f.path, run.id, f.beforeSha);
      planned.push({ op: { op: 'backup', label: `backup ${f.path}`, path: f.path, backupPath, expectSha: f.beforeSha }, phase: 'backup', changeId: null, data: { type: 'backup', path: f.path, backupPath } });
    }
    if (conf) {
      const keys = keysIn(conf);
      const label = keys.map((k) => `${k.key} ${set.changes.find((c) => c.key === k.key)?.to}`).join(', ');
      planned.push({
        op: { op: 'write', label: `write ${label}`, path: conf.path, expectSha: conf.beforeSha, content: conf.after, contentSha: conf.afterSha },
        phase: 'apply',
        changeId: set.changes.find((c) => c.path === conf.path && c.changed)?.id ?? null,
        data: { type: 'file', path: conf.path, beforeSha: conf.beforeSha, afterSha: conf.afterSha, backupPath: conf.beforeSha ? backupPathFor(conf.path, run.id, conf.beforeSha) : null, keys },
      });
    }
    if (conf || reloadPending) {
      planned.push({ op: { op: 'command', label: 'softswitch reparsed', command: server.reloadCommand }, phase: 'reload', changeId: null, data: { type: 'reload' } });
    }
    for (const r of set.runtime) {
      planned.push({
        op: { op: 'sysctl', label: `${r.key} ${r.to}`, key: r.key, value: r.to },
        phase: 'apply',
        changeId: set.changes.find((c) => c.key === r.key)?.id ?? null,
        data: { type: 'sysctl', key: r.key, from: r.from, to: r.to },
      });
    }
    if (persist) {
      planned.push({
        op: { op: 'write', label: `persist kernel settings in ${persist.path}`, path: persist.path, expectSha: persist.beforeSha, content: persist.after, contentSha: persist.afterSha },
        phase: 'apply',
        changeId: null,
        data: { type: 'file', path: persist.path, beforeSha: persist.beforeSha, afterSha: persist.afterSha, backupPath: persist.beforeSha ? backupPathFor(persist.path, run.id, persist.beforeSha) : null, keys: keysIn(persist) },
      });
    }
    // Progress is reported per stage a customer understands, not per shell step.
    const stageOf = (p: (typeof planned)[number]) => (p.phase === 'backup' ? 0 : p.data.type === 'reload' || (p.data.type === 'file' && p.data.path === server.softswitchConf) ? 1 : 2);
    const confLabel = set.changes.filter((c) => c.changed && c.kind === 'softswitchParam').map((c) => `${c.key} ${c.to}`).join(', ');
    const stageLabels = ['backup saved', `${confLabel || 'softswitch'}${conf || reloadPending ? ', softswitch reparsed' : ''}`, 'kernel settings applied'];
    const stages = [...new Set(planned.map(stageOf))];
    const lastOfStage = new Map(stages.map((st) => [st, planned.map(stageOf).lastIndexOf(st)]));
    const total = stages.length + 1;
    if (planned.length === 0) return { ok: true, total, state: null };

    // Intent first: a worker killed from here on leaves `started` steps that say what may have happened.
    const steps = await store.appendSteps(
      run.id,
      planned.map((p) => ({ phase: p.phase, name: p.op.label, changeId: p.changeId, command: describeOp(p.op), data: p.data, status: 'started' as const })),
    );
    let writes = Promise.resolve();
    const finished = new Set<number>();
    const finish = (r: OpResult) => {
      if (finished.has(r.index) || r.exitCode === null) return;
      finished.add(r.index);
      const step = steps[r.index]!;
      const stage = stageOf(planned[r.index]!);
      if (r.exitCode === 0 && lastOfStage.get(stage) === r.index) this.progress(run.id, stages.indexOf(stage) + 1, total, stageLabels[stage]!);
      writes = writes.then(async () => {
        await store.finishStep(run.id, step.seq, { status: r.exitCode === 0 ? 'ok' : 'failed', exitCode: r.exitCode, output: r.output, changed: r.exitCode === 0 && step.phase !== 'backup', finishedAt: this.iso() });
      });
    };
    const probesAfter = afterProbes(probes);
    const after = stateSections(server, probesAfter, { legacy });
    const batch = await runBatch(target, planned.map((p) => p.op), { after, onOpDone: finish, ...(prepared ? { prepared } : {}), ...this.sig() });
    batch.results.forEach(finish);
    await writes;
    const state = batch.complete ? parseState(server, batch.sections, probesAfter, batch.durationMs) : null;
    if (batch.ok && state) return { ok: true, total, state };
    const failed = batch.results.find((r) => r.exitCode !== null && r.exitCode !== 0);
    if (!failed) {
      // Cut off mid-batch (connection lost, timeout): settle the started steps against the server.
      const now = await readServerState(target, server, { probes: [], ...this.sig() });
      await this.settleStarted(run.id, await store.listSteps(run.id), now);
      return { ok: false, total, failure: batch.timedOut ? 'the server stopped answering while applying' : 'the connection broke while applying', code: 'APPLY_INTERRUPTED', state: now };
    }
    for (const [i, s] of steps.entries()) {
      if (!finished.has(i)) await store.finishStep(run.id, s.seq, { status: 'skipped', output: `not run: ${failed.label} failed first`, finishedAt: this.iso() });
    }
    const why0 = failed.exitCode === OP_EXIT.drift ? `${failed.label}: the file changed on the server since it was read` : `${failed.label} failed (exit ${failed.exitCode})${failed.output ? `: ${failed.output.split('\n')[0]}` : ''}`;
    return { ok: false, total, failure: why0, code: failed.exitCode === OP_EXIT.drift ? 'DRIFT' : 'APPLY_FAILED', state };
  }

  /**
   * Decides, from the server's real state, what each `started` step of an interrupted
   * attempt actually did, and records it. The hashes in the step data make this exact for
   * files; kernel values are compared with the intended value.
   */
  private async settleStarted(runId: string, steps: Step[], state: ServerState): Promise<void> {
    const { store } = this.deps;
    for (const s of steps.filter((x) => x.status === 'started')) {
      const d = s.data as StepData | null;
      let status: Step['status'] = 'skipped';
      let note = 'not applied (server unchanged)';
      if (d?.type === 'file') {
        const file = d.path === state.conf.path ? state.conf : state.persist;
        if (file.sha256 === d.afterSha) [status, note] = ['ok', 'applied before the interruption (file matches the planned content)'];
        else if (file.sha256 !== d.beforeSha) [status, note] = ['failed', 'file differs from both the old and the planned content'];
      } else if (d?.type === 'sysctl') {
        if (state.sysctl[d.key] === d.to) [status, note] = ['ok', `applied before the interruption (${d.key} = ${d.to})`];
      } else if (d?.type === 'backup') {
        [status, note] = ['ok', 'backup (kept; never overwritten)'];
      } else if (d?.type === 'reload') {
        note = 'unknown whether it ran; it runs again';
        status = 'skipped';
      }
      await store.finishStep(runId, s.seq, {
        status,
        changed: status === 'ok' && d?.type !== 'backup',
        output: `resumed: ${note}`,
        finishedAt: this.iso(),
        ...(d?.type === 'reload' ? { data: { type: 'reload', outcome: 'unknown' } } : {}),
      });
    }
    if (steps.some((x) => x.status === 'started')) await this.journal(runId, 'resume', 'resumed after an interruption', null, { status: 'ok' });
  }

  /** A conf write that happened without a confirmed reload means the reload must run again. */
  private reloadPending(steps: Step[]): boolean {
    const wroteConf = steps.some((s) => s.status === 'ok' && (s.data as StepData | null)?.type === 'file' && s.phase === 'apply' && s.name.startsWith('write'));
    const reloaded = steps.some((s) => s.status === 'ok' && s.phase === 'reload');
    return wroteConf && !reloaded;
  }

  /** Re-reads each change: the live value and (kernel) the persisted one must equal the target. */
  private verify(state: ServerState, desired: readonly ChangeSpec[]): Verification {
    const checks = desired.map((c) => {
      const actual = currentValue(state, c);
      if (c.kind === 'sysctl') {
        const persisted = persistedValue(state, c.key);
        return { changeId: c.id, key: c.key, expected: c.value, actual, persisted, ok: actual === c.value && persisted === c.value };
      }
      return { changeId: c.id, key: c.key, expected: c.value, actual, ok: actual === c.value };
    });
    return { ok: checks.every((c) => c.ok), checks };
  }

  /**
   * Undoes the applied (`ok`) steps of `runId` in reverse. Journals into `journalRunId`
   * (the run itself for an automatic rollback, or a separate rollback run).
   */
  private async rollbackSteps(
    runId: string,
    server: ServerConfig,
    target: Target,
    reason: string,
    journalRunId: string = runId,
    known: ServerState | null = null,
    probes: readonly Probe[] = [],
  ): Promise<{ ok: boolean; summary: string; changes: PlannedChange[]; state: ServerState | null }> {
    const { store } = this.deps;
    const state = known ?? (await readServerState(target, server, { probes, ...this.sig() }));
    // Steps an interrupted attempt left `started` may or may not have happened: the server's
    // real state says which, before anything is undone (a lost link can leave every step after
    // it started while the server went on and did them all).
    const journal = await store.listSteps(runId);
    if (journal.some((s) => s.status === 'started')) await this.settleStarted(runId, journal, state);
    const allSteps = await store.listSteps(runId);
    const steps = allSteps.filter((s) => s.status === 'ok');
    const ops: Op[] = [];
    const changes: PlannedChange[] = [];
    const skipped: string[] = [];
    let confTouched = false;
    for (const s of [...steps].reverse()) {
      const d = s.data as StepData | null;
      if (d?.type === 'sysctl') {
        const now = state.sysctl[d.key];
        if (d.from === null) skipped.push(`${d.key}: previous value unknown`);
        else if (now === d.to) {
          ops.push({ op: 'sysctl', label: `${d.key} back to ${d.from}`, key: d.key, value: d.from });
          changes.push({ id: s.changeId ?? d.key, kind: 'sysctl', key: d.key, from: now, to: d.from, changed: true, path: state.persist.path });
        } else if (now !== d.from) skipped.push(`${d.key}: changed by someone else since (now ${now}); left alone`);
      } else if (d?.type === 'file') {
        const file = d.path === state.conf.path ? state.conf : state.persist;
        const isConf = d.path === state.conf.path;
        if (file.sha256 === d.beforeSha) continue; // already as before
        if (file.sha256 === d.afterSha) {
          if (d.backupPath && d.beforeSha) ops.push({ op: 'restore', label: `restore ${d.path} from backup`, path: d.path, backupPath: d.backupPath, expectSha: d.afterSha, backupSha: d.beforeSha });
          else ops.push({ op: 'remove', label: `remove ${d.path} (created by run ${runId})`, path: d.path, expectSha: d.afterSha });
        } else if (file.content) {
          // Someone edited the file since: put back only our keys, keep their edits.
          let text = file.content.toString('latin1');
          for (const k of d.keys) {
            if (k.kind === 'softswitchParam') text = k.fromRaw === null ? removeKey(text, k.key) : setValue(text, k.key, k.fromRaw);
            else text = k.from === null ? removeBlockValue(text, k.key) : upsertBlockValue(text, k.key, k.from);
          }
          const content = Buffer.from(text, 'latin1');
          ops.push({ op: 'write', label: `revert our keys in ${d.path}`, path: d.path, expectSha: file.sha256, content, contentSha: sha256(content) });
        } else {
          skipped.push(`${d.path}: cannot read it to revert`);
          continue;
        }
        if (isConf) confTouched = true;
        for (const k of d.keys) if (k.kind === 'softswitchParam') changes.push({ id: s.changeId ?? k.key, kind: 'softswitchParam', key: k.key, from: switchValue(file.content, k.key), to: k.from ?? 'Off', changed: true, path: d.path });
      }
    }
    // Reload only if the softswitch may have taken the change (a reload that ran, or was cut
    // off): after a reload that failed, it still runs the old settings.
    const reloaded = allSteps.some((s) => s.phase === 'reload' && (s.status === 'ok' || (s.data as { outcome?: string } | null)?.outcome === 'unknown'));
    if (confTouched && reloaded) ops.push({ op: 'command', label: 'softswitch reparsed', command: server.reloadCommand });
    if (ops.length === 0) {
      // Applied steps whose effect is gone: an earlier (maybe interrupted) rollback undid them.
      const hadChanges = steps.some((s) => ['file', 'sysctl'].includes((s.data as StepData | null)?.type ?? ''));
      const differs = beforeStateMismatch(allSteps, state);
      const summary = differs.length
        ? `ROLLBACK INCOMPLETE (${differs.join('; ')}): a person must check ${server.id}`
        : skipped.length
          ? `nothing to restore (${skipped.join('; ')})`
          : hadChanges
            ? 'rolled back: the server is as it was before'
            : 'nothing had been changed, the server is as it was';
      await this.journal(journalRunId, 'rollback', 'rollback', null, { status: differs.length ? 'failed' : 'ok', output: `${reason}: ${summary}` });
      return { ok: skipped.length === 0 && differs.length === 0, summary, changes, state };
    }
    const rbSteps = await store.appendSteps(
      journalRunId,
      ops.map((op) => ({ phase: 'rollback' as const, name: op.label, command: describeOp(op), data: { reason }, status: 'started' as const })),
    );
    const probesAfter = afterProbes(probes);
    const batch = await runBatch(target, ops, { after: stateSections(server, probesAfter, { legacy: legacyOf(server, state) }), ...this.sig() });
    for (const [i, s] of rbSteps.entries()) {
      const r = batch.results[i];
      await store.finishStep(journalRunId, s.seq, { status: r ? (r.exitCode === 0 ? 'ok' : 'failed') : 'skipped', exitCode: r?.exitCode ?? null, output: r?.output ?? null, changed: r?.exitCode === 0, finishedAt: this.iso() });
    }
    const after = batch.complete ? parseState(server, batch.sections, probesAfter, batch.durationMs) : null;
    // The server must now be as the run found it: every file back to its recorded hash and every
    // kernel value to its recorded one. What cannot be read back cannot be claimed.
    const differs = !batch.ok ? [] : after ? beforeStateMismatch(allSteps, after) : ['the server could not be read back after the rollback'];
    const ok = batch.ok && skipped.length === 0 && differs.length === 0;
    const summary = !batch.ok
      ? `ROLLBACK INCOMPLETE (${batch.results.find((r) => r.exitCode !== 0)?.label ?? `${ops[batch.results.length]?.label ?? 'a step'} did not finish`}): a person must check ${server.id}`
      : differs.length
        ? `ROLLBACK INCOMPLETE (${differs.join('; ')}): a person must check ${server.id}`
        : `rolled back: the server is as it was before${skipped.length ? ` (except: ${skipped.join('; ')})` : ''}`;
    return { ok, summary, changes, state: after };
  }

  // ---- helpers ------------------------------------------------------------------

  private factsOf(server: ServerConfig, state: ServerState | null): Facts | null {
    return state ? factsFromState(server.id, state, server.tags, this.now()) : null;
  }

  private async failRun(runId: string, err: unknown, t0: number, server: ServerConfig, target: Target | null, mayRetry = false): Promise<RunResult> {
    const { store } = this.deps;
    const e = errorOf(err);
    const steps = await store.listSteps(runId).catch(() => [] as Step[]);
    const touched = steps.some((s) => s.phase === 'apply' || s.phase === 'reload');
    let outcome: string;
    if (err instanceof TargetError || err instanceof ValidationError) outcome = touched ? `${e.message}` : `${e.message.replace(/; nothing was (changed|touched)\.?$/, '')}; nothing was changed`;
    else outcome = `unexpected error: ${e.message}`;
    if (touched && target) {
      const rb = await this.rollbackSteps(runId, server, target, 'error').catch((x: Error) => ({ summary: `rollback failed: ${x.message}` }));
      outcome += `; ${rb.summary}`;
    }
    const retryable = err instanceof TargetError && err.retryable && !touched;
    if (retryable && mayRetry) {
      const r = await this.end(runId, 'queued', { error: e, outcome: `will retry: ${outcome}` });
      return { ...this.resultOf(r, t0), retryable, errorCode: e.code };
    }
    const r = await this.end(runId, 'failed', { error: e, outcome, finishedAt: this.iso() });
    return { ...this.resultOf(r, t0), retryable, errorCode: e.code };
  }

  /**
   * The server no longer calls for the plan an engineer approved (someone edited
   * softswitch.conf, a value was changed by hand): nothing is applied under the old approval.
   * The run ends before any change, saying what differs, and the plan for the server as it is
   * now goes to the engineers as a fresh proposal (unless there is nothing left to change).
   */
  private async planChanged(run: TypedRun, approved: Plan, now: Plan, facts: Facts, t0: number): Promise<RunResult> {
    const drift = planDrift(approved, now);
    await this.journal(run.id, 'plan', 'compare with the approved plan', null, { status: 'failed', output: drift.join('\n') });
    const fresh = isEmptyPlan(now)
      ? null
      : await this.ledger.create({
            kind: 'remediate',
            playbook: run.playbook,
            serverId: run.serverId,
            customerId: run.customerId,
            status: 'awaiting_approval',
            requestedBy: run.requestedBy,
            symptomText: run.symptomText,
            matchEvidence: run.matchEvidence,
            factsBefore: facts,
            plan: { ...now, revises: run.id },
            chat: run.chat,
            requests: run.requests,
          });
    const what = `the server changed since the proposal (${drift.join('; ')})`;
    const next = fresh ? `a fresh proposal ${fresh.id} went to the engineers` : 'the settings are already as the fix wants them, so there is nothing to approve';
    const r = await this.end(run.id, 'failed', {
        factsAtApply: facts,
        error: { code: 'PLAN_CHANGED', message: what, ...(fresh ? { freshRunId: fresh.id } : {}) },
        outcome: `not applied: ${what}; nothing was changed; ${next}`,
        finishedAt: this.iso(),
      });
    return this.resultOf(r, t0, approved.changes);
  }

  /** On resume, report the original plan's changes with `changed` from what the journal settled. */
  private mergeChanges(planned: PlannedChange[], steps: Step[]): PlannedChange[] {
    return planned.map((c) => ({ ...c, changed: c.changed && steps.some((s) => s.status === 'ok' && (s.changeId === c.id || ((s.data as StepData | null)?.type === 'file' && (s.data as { keys: { key: string }[] }).keys.some((k) => k.key === c.key)))) }));
  }

  /** The stored result, with this call's duration and (when given) the changes it reported. */
  private resultOf(run: Run, t0: number, changes?: PlannedChange[]): RunResult {
    const r = resultFromRun(run);
    return {
      ...r,
      ...(changes ? { changes: changes.map((c) => ({ kind: c.kind, key: c.key, from: c.from, to: c.to, changed: c.changed })) } : {}),
      durationMs: Math.round(performance.now() - t0),
    };
  }

  /** Records a step that already happened, in one write. */
  private async journal(runId: string, phase: Step['phase'], name: string, changeId: string | null, fin: { status: Step['status']; output?: string; data?: unknown }): Promise<void> {
    await this.deps.store.appendStep(runId, { phase, name, changeId, status: fin.status, output: fin.output ?? null, finishedAt: this.iso(), ...(fin.data !== undefined ? { data: fin.data } : {}) });
  }

  private progress(runId: string, step: number, total: number, label: string): void {
    this.deps.onProgress?.({ runId, step, total, label });
  }

  private iso(): string {
    return this.now().toISOString();
  }

  private sig(): { signal?: AbortSignal } {
    return this.deps.signal ? { signal: this.deps.signal } : {};
  }
}

/**
 * What of the before-state a run recorded in its journal the server no longer has: files whose
 * hash differs from the one they had before the run (or that should be absent), kernel values
 * other than the ones read before. Steps that never happened (skipped) are not counted.
 */
export function beforeStateMismatch(steps: readonly Step[], state: ServerState): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of steps) {
    if (s.status !== 'ok' || s.phase === 'rollback') continue;
    const d = s.data as StepData | null;
    if (d?.type === 'file' && !seen.has(d.path)) {
      seen.add(d.path);
      const file = d.path === state.conf.path ? state.conf : d.path === state.persist.path ? state.persist : null;
      if (!file) continue;
      if (d.beforeSha === null ? file.exists : file.sha256 !== d.beforeSha) out.push(`${d.path} is not as it was before${d.beforeSha === null ? ' (it did not exist)' : ''}`);
    } else if (d?.type === 'sysctl' && !seen.has(d.key)) {
      seen.add(d.key);
      if (d.from !== null && state.sysctl[d.key] !== d.from) out.push(`${d.key} is ${state.sysctl[d.key] ?? 'unknown'}, it was ${d.from}`);
    }
  }
  return out;
}

/** The result of a finished run as stored (for runs that ran in another process). */
export function resultFromRun(stored: Run): RunResult {
  const run = typedRun(stored);
  const verification = run.verification;
  const changes = run.plan?.changes ?? [];
  const start = run.startedAt ? Date.parse(run.startedAt) : NaN;
  const end = run.finishedAt ? Date.parse(run.finishedAt) : NaN;
  return {
    runId: run.id,
    status: run.status,
    changes: changes.map((c) => ({ kind: c.kind, key: c.key, from: c.from, to: c.to, changed: c.changed })),
    verified: run.status === 'succeeded' && !!verification?.ok,
    durationMs: Number.isFinite(start) && Number.isFinite(end) ? end - start : 0,
    outcome: run.outcome ?? '',
    ...(run.error ? { errorCode: run.error.code } : {}),
  };
}

/** A readable one-line description of an op for the journal (file contents are not included). */
export function describeOp(op: Op): string {
  switch (op.op) {
    case 'backup':
      return `cp -p ${op.path} ${op.backupPath}`;
    case 'write':
      return `write ${op.path} (${op.content.length} bytes, sha256 ${op.contentSha.slice(0, 12)}…) via temp file + rename, if sha256 is still ${op.expectSha?.slice(0, 12) ?? 'absent'}`;
    case 'restore':
      return `restore ${op.path} from ${op.backupPath} via temp file + rename`;
    case 'remove':
      return `rm -f ${op.path}`;
    case 'sysctl':
      return `sysctl -w ${op.key}=${op.value} (written to ${sysctlProcPath(op.key)})`;
    case 'command':
      return op.command;
  }
}
