import type { CheckSettings, ServerConfig } from '../config/schema.js';
import { factsFromState, type Facts } from '../executors/facts.js';
import { ALL_PROBES, readServerState } from '../executors/state.js';
import type { Target } from '../executors/target.js';
import { EXHAUSTED_SHARE, rstDrops } from '../playbooks/decide/signals.js';
import { formatCount } from '../playbooks/format-count.js';
import type { RunStore } from '../store/types.js';
import { RunLedger } from './ledger.js';
import type { FollowUp, FollowUpSignal, SymptomFigures } from './model.js';
import { noteFollowUp } from './outbox.js';
import type { TypedRun } from './records.js';

// The follow-up: some minutes after a fix succeeded, the symptom is read again (read-only)
// and compared with the figures before the change and right after it. Whether the fix
// worked is judged on the signals its decision rested on.

/**
 * The symptom's figures in one read of the server. With `since` (the reads before the fix),
 * bind failure lines newer than the newest one those reads saw are counted apart.
 */
export function figuresOf(facts: Facts, since?: readonly (Facts | null)[]): SymptomFigures {
  const tw = facts.timeWaitCount === null || !facts.portRange ? null : facts.timeWaitEphemeral ?? facts.timeWaitCount;
  const drops = rstDrops(facts);
  const packets = drops && drops.rst.length && drops.rst.every((r) => r.packets !== null) ? drops.rst.reduce((sum, r) => sum + (r.packets ?? 0), 0) : null;
  const b = facts.bindFailures ?? null;
  const newestBefore = (since ?? []).map((f) => f?.bindFailures?.newest?.at ?? null).reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
  return {
    at: facts.collectedAt,
    timeWait: tw === null || !facts.portRange ? null : { count: tw, rangeSize: facts.portRange.size, share: Math.round((tw / facts.portRange.size) * 1000) / 1000 },
    bindFailuresLastHour: b ? b.lastHour : null,
    bindFailuresSinceFix: since === undefined || !b ? null : newestBefore ? b.sample.filter((l) => l.at !== null && l.at > newestBefore).length : b.lastHour,
    rstDropPackets: packets,
  };
}

/**
 * The signals a fix is judged on: those its decision quoted, else the playbook's usual ones.
 * None for NAT registrations: the server shows nothing that measures them.
 */
export function signalsOf(run: Pick<TypedRun, 'plan' | 'playbook'>): FollowUpSignal[] {
  const ids = (run.plan?.decision?.reasons ?? []).map((r) => r.id);
  const used = new Set<FollowUpSignal>();
  for (const id of ids) {
    if (id.startsWith('time_wait_share')) used.add('time_wait_share');
    if (id === 'bind_failures_recent') used.add('bind_failures');
    if (id.startsWith('firewall_drops_rst')) used.add('rst_drops');
  }
  if (used.size) return [...used];
  if (run.playbook === 'port_exhaustion') return ['time_wait_share', 'bind_failures'];
  return run.playbook === 'firewall_rst' ? ['rst_drops'] : [];
}

/**
 * The follow-up a finished run gets, or null: only a remediation that succeeded, changed
 * something (a dry run, a run that found everything in place, a failure: nothing to prove) and
 * has a symptom the server can show.
 */
export function followUpFor(run: TypedRun, checks: Pick<CheckSettings, 'followUpMinutes'>, now: Date): FollowUp | null {
  if (run.kind !== 'remediate' || run.status !== 'succeeded' || run.dryRun || !(run.plan?.changes ?? []).some((c) => c.changed)) return null;
  const signals = signalsOf(run);
  if (!signals.length) return null;
  // The read right before the change, with the logs of the diagnosis's read where it did not read them.
  const atApply = run.factsAtApply ? figuresOf(run.factsAtApply) : null;
  const proposed = run.factsBefore ? figuresOf(run.factsBefore) : null;
  const before = atApply && proposed ? { ...atApply, bindFailuresLastHour: atApply.bindFailuresLastHour ?? proposed.bindFailuresLastHour, rstDropPackets: atApply.rstDropPackets ?? proposed.rstDropPackets } : (atApply ?? proposed);
  return {
    status: 'scheduled',
    dueAt: new Date(now.getTime() + checks.followUpMinutes * 60_000).toISOString(),
    signals,
    before,
    after: run.factsAfter ? figuresOf(run.factsAfter) : null,
    followUp: null,
    persists: null,
    findings: [],
    checkedAt: null,
    error: null,
  };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** Judges the follow-up's figures on the fix's signals (pure): whether the symptom is still there, and in words. */
export function judge(f: Pick<FollowUp, 'signals' | 'before' | 'after'>, now: SymptomFigures): { persists: boolean; findings: string[] } {
  const findings: string[] = [];
  let persists = false;
  for (const signal of f.signals) {
    if (signal === 'time_wait_share') {
      if (!now.timeWait) findings.push('TIME_WAIT could not be counted');
      else {
        const high = now.timeWait.share >= EXHAUSTED_SHARE;
        persists ||= high;
        findings.push(`${formatCount(now.timeWait.count)} sockets in TIME_WAIT (${pct(now.timeWait.share)} of the ports)${high ? ': still filling the port range' : ''}`);
      }
    }
    if (signal === 'bind_failures') {
      if (now.bindFailuresSinceFix === null) findings.push('the softswitch log could not be read');
      else {
        persists ||= now.bindFailuresSinceFix > 0;
        findings.push(now.bindFailuresSinceFix > 0 ? `${formatCount(now.bindFailuresSinceFix)} new bind failure${now.bindFailuresSinceFix === 1 ? '' : 's'} in the log since the fix` : 'no new bind failures since the fix');
      }
    }
    if (signal === 'rst_drops') {
      const then = f.after?.rstDropPackets ?? f.before?.rstDropPackets ?? null;
      if (now.rstDropPackets === null || then === null) findings.push('no RST drop counter to compare');
      else {
        const grew = now.rstDropPackets - then;
        persists ||= grew > 0;
        findings.push(grew > 0 ? `the firewall dropped ${formatCount(grew)} more RST packet${grew === 1 ? '' : 's'} since the fix` : 'the firewall dropped no RST packets since the fix');
      }
    }
  }
  return { persists, findings };
}

/** What a follow-up needs: the store and a way to reach the server (read-only). */
export interface FollowUpDeps {
  readonly store: RunStore;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly now?: () => Date;
  readonly log?: (msg: string) => void;
}

/**
 * Runs a due follow-up: one read-only read of the server, the figures judged against the
 * fix's signals, the result on the run, and a note in the run outbox so that the chat that
 * asked and (when the symptom is still there) the engineers hear of it. Nothing on the server
 * is changed: only the batched read runs. A follow-up that already ran is not run again (a
 * job delivered twice); a run rolled back in the meantime is not followed up.
 */
export async function runFollowUp(deps: FollowUpDeps, runId: string, server: ServerConfig): Promise<TypedRun | null> {
  const ledger = new RunLedger(deps.store);
  const now = deps.now ?? (() => new Date());
  const run = await ledger.get(runId);
  const f = run?.followUp;
  if (!run || !f || f.status !== 'scheduled') return null;
  if (run.status !== 'succeeded') {
    return ledger.record(runId, { followUp: { ...f, status: 'failed', checkedAt: now().toISOString(), error: `the run is ${run.status}: nothing to follow up` } });
  }
  let facts: Facts;
  try {
    const target = await deps.openTarget(server);
    try {
      facts = factsFromState(server, await readServerState(target, server, { probes: ALL_PROBES }), now());
    } finally {
      await target.close();
    }
  } catch (err) {
    const message = (err as Error).message;
    deps.log?.(`${runId}: follow-up could not read ${server.id}: ${message}`);
    const failed = await ledger.record(runId, { followUp: { ...f, status: 'failed', checkedAt: now().toISOString(), error: message } });
    await noteFollowUp(deps.store, failed, now());
    return failed;
  }
  const figures = figuresOf(facts, [run.factsBefore, run.factsAtApply, run.factsAfter]);
  const verdict = judge(f, figures);
  const done = await ledger.record(runId, { followUp: { ...f, status: 'done', followUp: figures, persists: verdict.persists, findings: verdict.findings, checkedAt: now().toISOString(), error: null } });
  await noteFollowUp(deps.store, done, now());
  return done;
}

/** Where follow-ups are scheduled (the queue's delayed jobs); scheduling one twice adds it once. */
export interface FollowUpScheduler {
  scheduleFollowUp(run: Pick<TypedRun, 'id' | 'createdAt'>, at: Date): Promise<void>;
}

/** Schedules the follow-up of a run that just succeeded, and again those a Redis restart lost. */
export class FollowUps {
  private readonly now: () => Date;
  private readonly ledger: RunLedger;

  constructor(private readonly deps: { store: RunStore; scheduler: FollowUpScheduler; checks: () => Pick<CheckSettings, 'followUpMinutes'>; now?: () => Date }) {
    this.now = deps.now ?? (() => new Date());
    this.ledger = new RunLedger(deps.store);
  }

  /** Records the follow-up on a run that succeeded and changed something, and schedules it; null when it gets none. */
  async schedule(runId: string): Promise<TypedRun | null> {
    const run = await this.ledger.get(runId);
    if (!run || run.followUp) return null;
    const followUp = followUpFor(run, this.deps.checks(), this.now());
    if (!followUp) return null;
    const recorded = await this.ledger.record(runId, { followUp });
    await this.deps.scheduler.scheduleFollowUp(recorded, new Date(followUp.dueAt));
    return recorded;
  }

  /** Schedules again every follow-up still waiting (recent succeeded runs); returns their run ids. */
  async reconcile(): Promise<string[]> {
    const recent = await this.ledger.list({ kind: 'remediate', status: 'succeeded', limit: 200 });
    const waiting = recent.filter((r) => r.followUp?.status === 'scheduled');
    for (const r of waiting) await this.deps.scheduler.scheduleFollowUp(r, new Date(r.followUp!.dueAt));
    return waiting.map((r) => r.id);
  }
}
