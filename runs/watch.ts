import * as z from 'zod';
import type { CheckSettings, Config, ServerConfig } from '../config/schema.js';
import { factsFromState, type Facts } from '../executors/facts.js';
import { readServerState } from '../executors/state.js';
import type { Target } from '../executors/target.js';
import { bindFailures, bindReason, timeWait, timeWaitReason } from '../playbooks/decide/signals.js';
import { watchSignalSchema, type WatchSignal } from '../playbooks/decide/types.js';
import { playbookIdSchema } from '../playbooks/id-schema.js';
import type { RunStore } from '../store/types.js';
import type { DiagnosisRequest } from './lifecycle.js';
import { noteWatchEnded } from './outbox.js';
import type { TypedRun } from './records.js';

// A watch: the problem was not there when the server was read, and comes and goes. The server
// is read again (read-only) every few minutes for a bounded time, from now or from a time the
// customer named; when the evidence the decision named shows up, a diagnosis is asked for,
// which leads to the proposal through the run lifecycle like any other (the approval is bound
// to the plan that diagnosis makes). One watch per server, kept in the store's documents; its
// checks are delayed jobs in the queue, so both outlive a restart.

/** The store document namespace of watches (key: the server id). */
const NS = 'watches';

const figureLine = z.strictObject({ at: z.string(), seen: z.array(z.string()), error: z.string().nullable() });

/** One watch, as the store keeps it (checked on write and on read). */
export const watchSchema = z.strictObject({
  serverId: z.string(),
  customerId: z.string(),
  playbook: playbookIdSchema,
  /** The diagnosis whose decision was to watch. */
  diagnosisId: z.string(),
  /** The chat that asked; it hears of the proposal. */
  chat: z.string().nullable(),
  requestedBy: z.string(),
  /** The customer's words and their reading, so the proposal is asked for as they put it. */
  symptom: z.string(),
  evidence: z.unknown(),
  /** When it was started: with the server id, what a check job names. */
  startedAt: z.string(),
  from: z.string(),
  until: z.string(),
  everyMinutes: z.number(),
  watchFor: z.array(watchSignalSchema).min(1),
  status: z.enum(['active', 'found', 'stopped', 'ended']),
  /** Checks done so far; the next check job is number `checks + 1`. */
  checks: z.number().int(),
  nextAt: z.string().nullable(),
  /** What the last check saw. */
  last: figureLine.nullable(),
  /** What the check that saw the problem saw, and the diagnosis it asked for. */
  found: z.strictObject({ at: z.string(), seen: z.array(z.string()), diagnosisId: z.string() }).nullable(),
  endedAt: z.string().nullable(),
  endedBy: z.string().nullable(),
});
export type Watch = z.infer<typeof watchSchema>;

/** A watch document in another shape: written by another version or by hand. */
export class StoredWatchError extends Error {
  override readonly name = 'StoredWatchError';
  readonly code = 'STORED_WATCH_INVALID' as const;
  constructor(key: string, issue: string) {
    super(`the stored watch of ${key} does not have the expected shape (${issue}); stop it with \`unwatch ${key}\` and start a new one`);
  }
}

/** What names one check of one watch: a job carries it and nothing else. */
export interface WatchCheckKey {
  readonly serverId: string;
  readonly startedAt: string;
  /** 1 for the first check. */
  readonly n: number;
}

/** Where a watch's checks are scheduled (the queue's delayed jobs); scheduling a check twice adds it once. */
export interface WatchScheduler {
  scheduleWatchCheck(key: WatchCheckKey, at: Date): Promise<void>;
}

/** A time of day the customer named ("check at 21:00"). */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
}

/** The next moment after `now` at which the clock in `zone` shows `at` (today or tomorrow there). */
export function nextTimeOfDay(at: TimeOfDay, zone: string, now: Date): Date {
  const parts = (d: Date) => {
    const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' }).formatToParts(d).map((x) => [x.type, Number(x.value)]));
    return { y: p.year!, m: p.month!, d: p.day!, h: p.hour!, min: p.minute! };
  };
  const local = parts(now);
  for (const plusDays of [0, 1]) {
    // The zone's offset at the guess, applied to the wall time; checked against what the zone shows.
    const wall = Date.UTC(local.y, local.m - 1, local.d + plusDays, at.hour, at.minute);
    const seen = parts(new Date(wall));
    const offset = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min) - wall;
    const instant = new Date(wall - offset);
    if (instant > now) return instant;
  }
  return new Date(now.getTime() + 24 * 3600_000);
}

/** What a watch needs: the store, the queue's scheduler, the lifecycle's diagnosis, the server (read-only). */
export interface WatchDeps {
  readonly store: RunStore;
  readonly scheduler: WatchScheduler;
  readonly requestDiagnosis: (req: DiagnosisRequest) => Promise<TypedRun>;
  readonly config: () => Config;
  readonly openTarget?: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly now?: () => Date;
  readonly log?: (msg: string) => void;
}

/** What a check did. */
export type CheckResult =
  | { kind: 'skipped'; why: string }
  | { kind: 'not_seen'; watch: Watch }
  | { kind: 'found'; watch: Watch; diagnosis: TypedRun }
  | { kind: 'ended'; watch: Watch };

/** The evidence a watch looks for, in one read: what shows and the words that quote it (pure). */
export function watchedSignals(facts: Facts, watchFor: readonly WatchSignal[]): { found: boolean; seen: string[] } {
  const tw = timeWait(facts);
  const bind = bindFailures(facts);
  let found = false;
  for (const w of watchFor) {
    if (w.signal === 'time_wait_share' && tw && tw.share >= w.atLeast) found = true;
    if (w.signal === 'bind_failures_last_hour' && bind && bind.ephemeral >= w.atLeast) found = true;
  }
  const seen = [tw ? timeWaitReason(tw).text : `TIME_WAIT could not be counted (${facts.unknown.timeWait ?? 'not read'})`, bind ? bindReason(bind).text : `the softswitch logs could not be read (${facts.unknown.bindFailures ?? 'not read'})`];
  return { found, seen };
}

/**
 * The watches: start one from a diagnosis that decided to watch, stop them, list them, and run
 * one check. A check only reads the server (the batched read of sockets and logs); anything
 * that would change it goes through a proposal an engineer approves.
 */
export class Watches {
  private readonly now: () => Date;

  constructor(private readonly deps: WatchDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  private get checks(): CheckSettings {
    return this.deps.config().settings.checks;
  }

  async get(serverId: string): Promise<Watch | null> {
    const raw = await this.deps.store.getDoc(NS, serverId);
    if (raw === null) return null;
    const parsed = watchSchema.safeParse(raw);
    if (!parsed.success) throw new StoredWatchError(serverId, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    return parsed.data;
  }

  private async put(w: Watch): Promise<Watch> {
    const checked = watchSchema.parse(w);
    await this.deps.store.putDoc(NS, w.serverId, checked);
    return checked;
  }

  /** Every watch the store keeps, newest first (see {@link listWatches}). */
  list(): Promise<Watch[]> {
    return listWatches(this.deps.store, this.deps.log);
  }

  /** The watches still checking. */
  async active(): Promise<Watch[]> {
    return (await this.list()).filter((w) => w.status === 'active');
  }

  /**
   * Starts watching the server of a diagnosis that decided to watch: every
   * settings.checks.watchEveryMinutes for watchHours, from the next check, or from `at` (the
   * customer's time of day, in their time zone or settings.timezone). A watch already on the
   * server is replaced.
   */
  async start(diagnosis: TypedRun, by: { chat: string | null; requestedBy: string }, at?: TimeOfDay): Promise<Watch> {
    const decision = diagnosis.plan?.decision;
    if (!diagnosis.playbook || decision?.outcome !== 'watch') throw new Error(`${diagnosis.id} did not decide to watch; nothing to watch for`);
    const config = this.deps.config();
    const now = this.now();
    const every = this.checks.watchEveryMinutes * 60_000;
    const zone = config.customers.find((c) => c.id === diagnosis.customerId)?.timezone ?? config.settings.timezone;
    const from = at ? nextTimeOfDay(at, zone, now) : new Date(now.getTime() + every);
    const watch = await this.put({
      serverId: diagnosis.serverId,
      customerId: diagnosis.customerId,
      playbook: diagnosis.playbook,
      diagnosisId: diagnosis.id,
      chat: by.chat,
      requestedBy: by.requestedBy,
      symptom: diagnosis.symptomText ?? '',
      evidence: diagnosis.matchEvidence ?? null,
      startedAt: now.toISOString(),
      from: from.toISOString(),
      until: new Date(from.getTime() + this.checks.watchHours * 3600_000).toISOString(),
      everyMinutes: this.checks.watchEveryMinutes,
      watchFor: decision.watchFor,
      status: 'active',
      checks: 0,
      nextAt: from.toISOString(),
      last: null,
      found: null,
      endedAt: null,
      endedBy: null,
    });
    await this.deps.scheduler.scheduleWatchCheck({ serverId: watch.serverId, startedAt: watch.startedAt, n: 1 }, from);
    return watch;
  }

  /** Stops the active watches of a customer or on a server; returns those it stopped. Their next check finds them stopped and does nothing. */
  async stop(which: { customerId?: string; serverId?: string }, by: string): Promise<Watch[]> {
    const stopped: Watch[] = [];
    for (const w of await this.active()) {
      if (which.customerId !== undefined && w.customerId !== which.customerId) continue;
      if (which.serverId !== undefined && w.serverId !== which.serverId) continue;
      stopped.push(await this.put({ ...w, status: 'stopped', nextAt: null, endedAt: this.now().toISOString(), endedBy: by }));
    }
    return stopped;
  }

  /**
   * Runs check `key.n` of a watch: reads the server (read-only), and when the evidence shows,
   * asks for a diagnosis (which leads to the proposal) and ends the watch as found; otherwise
   * records what it saw and schedules the next check, until the watch's time is up. A check
   * of a watch that was stopped or replaced, or that already ran, does nothing.
   */
  async check(key: WatchCheckKey, server: ServerConfig): Promise<CheckResult> {
    const w = await this.get(key.serverId);
    if (!w || w.startedAt !== key.startedAt) return { kind: 'skipped', why: 'replaced or removed' };
    if (w.status !== 'active') return { kind: 'skipped', why: `watch ${w.status}` };
    if (w.checks >= key.n) return { kind: 'skipped', why: `check ${key.n} already ran` };
    if (!this.deps.openTarget) throw new Error('this process cannot reach servers: watches are checked by the queue workers');
    const now = () => this.now();
    let seen: { found: boolean; seen: string[] };
    let error: string | null = null;
    try {
      const target = await this.deps.openTarget(server);
      try {
        // Sockets and logs only: what the watched signals are read from.
        seen = watchedSignals(factsFromState(server, await readServerState(target, server, { probes: ['sockets', 'logs'] }), now()), w.watchFor);
      } finally {
        await target.close();
      }
    } catch (err) {
      error = (err as Error).message;
      seen = { found: false, seen: [] };
      this.deps.log?.(`watch of ${w.serverId}: check ${key.n} could not read the server: ${error}`);
    }
    const at = now().toISOString();
    const last = { at, seen: seen.seen, error };
    if (seen.found) {
      const figures = seen.seen.join('; ');
      const diagnosis = await this.deps.requestDiagnosis({
        playbook: w.playbook,
        server,
        requestedBy: w.requestedBy,
        chat: w.chat,
        text: w.symptom,
        evidence: { ...(typeof w.evidence === 'object' && w.evidence !== null ? w.evidence : {}), watch: { serverId: w.serverId, startedAt: w.startedAt, at, seen: figures } },
      });
      const found = await this.put({ ...w, status: 'found', checks: key.n, nextAt: null, last, found: { at, seen: seen.seen, diagnosisId: diagnosis.id }, endedAt: at, endedBy: 'evidence' });
      return { kind: 'found', watch: found, diagnosis };
    }
    const next = new Date(Math.max(Date.parse(w.from) + key.n * w.everyMinutes * 60_000, now().getTime()));
    if (next.getTime() > Date.parse(w.until)) {
      const ended = await this.put({ ...w, status: 'ended', checks: key.n, nextAt: null, last, endedAt: at, endedBy: 'time' });
      // The chat that asked hears that it did not show up, and what the last check saw.
      await noteWatchEnded(this.deps.store, w.diagnosisId, { serverId: w.serverId, from: w.from, until: w.until, checks: key.n, lastSeen: last.seen }, now());
      return { kind: 'ended', watch: ended };
    }
    const updated = await this.put({ ...w, checks: key.n, nextAt: next.toISOString(), last });
    await this.deps.scheduler.scheduleWatchCheck({ serverId: w.serverId, startedAt: w.startedAt, n: key.n + 1 }, next);
    return { kind: 'not_seen', watch: updated };
  }

  /** Schedules again the next check of every active watch (a Redis that lost its jobs); a check already scheduled is not added twice. */
  async reconcile(): Promise<number> {
    const active = await this.active();
    for (const w of active) await this.deps.scheduler.scheduleWatchCheck({ serverId: w.serverId, startedAt: w.startedAt, n: w.checks + 1 }, new Date(w.nextAt ?? this.now()));
    return active.length;
  }
}

/** Every watch the store keeps (the unreadable ones are logged and left out), newest first. Read-only: what the dashboard shows. */
export async function listWatches(store: Pick<RunStore, 'listDocs'>, log?: (msg: string) => void): Promise<Watch[]> {
  const out: Watch[] = [];
  for (const d of await store.listDocs(NS)) {
    const parsed = watchSchema.safeParse(d.value);
    if (parsed.success) out.push(parsed.data);
    else log?.(`watch of ${d.key} is unreadable: ${parsed.error.issues[0]?.message}`);
  }
  return out.sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}

/** The watch a diagnosis was asked for by, from its match evidence (null: an ordinary diagnosis). */
export function watchOf(run: Pick<TypedRun, 'matchEvidence'>): { serverId: string; startedAt: string; at: string; seen: string } | null {
  const parsed = z.object({ watch: z.strictObject({ serverId: z.string(), startedAt: z.string(), at: z.string(), seen: z.string() }) }).loose().safeParse(run.matchEvidence);
  return parsed.success ? parsed.data.watch : null;
}
