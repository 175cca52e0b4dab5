import * as z from 'zod';
import { isFinal, runStatuses, type RunStatus, type RunStore } from '../store/types.js';
import { typedRun, type TypedRun } from './records.js';

// People hear about runs from the run store, not from the queue. Every run that someone will
// want to hear the end of (a proposal, a queued diagnosis, rollback or fleet run) gets an
// outbox entry when it is created, written by the ledger in whichever process creates it. The
// feed compares each entry with the run as the store has it now and hands on what happened in
// between (approved, rejected, expired, a rollback requested, ended), then moves the entry on
// or removes it. So a run that ended in a worker on another machine, or while Redis restarted
// and lost its events, is still announced; and a process that was down announces on its return.

/** The store document namespace of the outbox. */
const NS = 'run-outbox';

const entrySchema = z.strictObject({
  /** The status the run was created in (or found in, for runs older than the outbox). */
  created: z.enum(runStatuses),
  /** The status people were last told about; null: nothing told yet. */
  last: z.enum(runStatuses).nullable(),
  /** When the entry was made; the feed goes oldest first. */
  at: z.string(),
  /** Deliveries that threw; after a few the entry is given up (and logged). */
  failures: z.number().int().optional(),
  /** A note that the run's follow-up ran (key `R-12/follow-up`): told once, after the run's own end. */
  followUp: z.literal(true).optional(),
  /** A note that a watch the run (its diagnosis) started ran its time out without seeing the problem (key `R-12/watch-ended`). */
  watchEnded: z.strictObject({ serverId: z.string(), from: z.string(), until: z.string(), checks: z.number().int(), lastSeen: z.array(z.string()) }).optional(),
});

/** What a watch that ran its time out saw, as its note keeps it. */
export type WatchEnded = NonNullable<Entry['watchEnded']>;
type Entry = z.infer<typeof entrySchema>;

/** Statuses a run is created in when its end is announced later (direct command-line runs start `running` and are not). */
const WATCHED: readonly RunStatus[] = ['awaiting_approval', 'queued'];

/**
 * Something that happened to a run that people hear about: a decision (`by`: who took it, as
 * recorded on the run, "system" for an expiry) or its end.
 */
export type RunChange =
  /** A proposal was made. The chat and the engineers heard of it when it was made; only outside listeners (webhooks) take this. */
  | { readonly type: 'proposed'; readonly run: TypedRun }
  | { readonly type: 'approved' | 'rejected' | 'expired' | 'rollback_requested'; readonly run: TypedRun; readonly by: string }
  | { readonly type: 'ended'; readonly run: TypedRun }
  /** The read-only check some minutes after a fix ran (`run.followUp`). */
  | { readonly type: 'followed_up'; readonly run: TypedRun }
  /** A watch started from this diagnosis ran its time out without seeing the problem. */
  | { readonly type: 'watch_ended'; readonly run: TypedRun; readonly watch: WatchEnded };

/** The outbox key of a run's follow-up note. */
const followUpKey = (runId: string) => `${runId}/follow-up`;

/** Notes that a watch started from diagnosis `runId` ended without seeing the problem, so the chat that asked hears of it. */
export async function noteWatchEnded(store: RunStore, runId: string, watch: WatchEnded, at: Date): Promise<void> {
  const entry: Entry = { created: 'diagnosed', last: 'diagnosed', at: at.toISOString(), watchEnded: watch };
  await store.putDoc(NS, `${runId}/watch-ended`, entry);
}

/** Notes that a run's follow-up ran, so the chat that asked (and the engineers) hear of it. */
export async function noteFollowUp(store: RunStore, run: Pick<TypedRun, 'id' | 'status'>, at: Date): Promise<void> {
  const entry: Entry = { created: run.status, last: run.status, at: at.toISOString(), followUp: true };
  await store.putDoc(NS, followUpKey(run.id), entry);
}

/** Makes the outbox entry of a new run, when its end is to be announced. The ledger calls it for every run it creates. */
export async function watchRun(store: RunStore, run: Pick<TypedRun, 'id' | 'status' | 'createdAt'>): Promise<void> {
  if (!WATCHED.includes(run.status)) return;
  const entry: Entry = { created: run.status, last: null, at: run.createdAt };
  await store.putDoc(NS, run.id, entry);
}

/** True while something of a run is still to be announced (its entry is removed once its end was told). */
export async function announcementPending(store: RunStore, runId: string): Promise<boolean> {
  return (await store.getDoc(NS, runId)) !== null;
}

/**
 * What happened to a run since people were last told (pure): a proposal made, a rollback
 * run's request, a proposal's decision, and the end of anything. The store keeps no history of statuses, so the
 * path is read from where the run was created, where it was last told about, and where it is.
 */
export function changesSince(entry: Pick<Entry, 'created' | 'last' | 'followUp' | 'watchEnded'>, run: TypedRun): RunChange[] {
  if (entry.watchEnded) return [{ type: 'watch_ended', run, watch: entry.watchEnded }];
  if (entry.followUp) return run.followUp && run.followUp.status !== 'scheduled' ? [{ type: 'followed_up', run }] : [];
  const out: RunChange[] = [];
  if (entry.last === null && entry.created === 'awaiting_approval') out.push({ type: 'proposed', run });
  if (entry.last === null && run.kind === 'rollback') out.push({ type: 'rollback_requested', run, by: run.approvedBy ?? run.requestedBy });
  const waited = entry.created === 'awaiting_approval' && (entry.last === null || entry.last === 'awaiting_approval');
  if (waited && run.status === 'rejected') return [...out, { type: 'rejected', run, by: run.approvedBy ?? 'system' }];
  if (waited && run.status === 'expired') return [...out, { type: 'expired', run, by: 'system' }];
  if (waited && run.status !== 'awaiting_approval') out.push({ type: 'approved', run, by: run.approvedBy ?? 'system' });
  if (isFinal(run.status)) out.push({ type: 'ended', run });
  return out;
}

/** Options of {@link RunOutbox}; every field has a default. */
export interface RunOutboxOptions {
  /** @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** A run that ended longer ago than this is not announced any more (a process that was down for days). @defaultValue 24 hours */
  readonly staleAfterMs?: number;
  /** Deliveries of one entry that may throw before it is given up. @defaultValue 5 */
  readonly maxFailures?: number;
  /** @defaultValue silent */
  readonly log?: (msg: string) => void;
}

/** Hands on the changes of one run; resolves once people were told. A throw leaves the entry for the next drain. */
export type Deliver = (changes: readonly RunChange[], run: TypedRun) => Promise<void>;

/** The outbox of run changes, kept in the run store's documents (see the top of this file). */
export class RunOutbox {
  private readonly now: () => Date;

  constructor(
    private readonly store: RunStore,
    private readonly options: RunOutboxOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Makes entries for waiting runs that have none: runs created before the outbox existed, or
   * by a process that stopped between creating the run and its entry. Running runs count when
   * they came through an approval or a chat (a direct command-line run did not). They are
   * taken as told about as they are now. Returns the run ids it added.
   */
  async sweep(): Promise<string[]> {
    const have = new Set((await this.store.listDocs(NS)).map((d) => d.key));
    const runs = await this.store.listRuns({ status: [...WATCHED, 'running'], limit: 1000 });
    const added: string[] = [];
    for (const r of runs) {
      if (have.has(r.id) || (r.status === 'running' && !r.approvedBy && !r.chat)) continue;
      const entry: Entry = { created: r.status === 'running' ? 'queued' : r.status, last: r.status, at: r.createdAt };
      await this.store.putDoc(NS, r.id, entry);
      added.push(r.id);
    }
    return added;
  }

  /**
   * Hands every watched run's changes to `deliver`, and records that they were told (an ended
   * run leaves the outbox). Runs are handed on side by side, oldest entry first: one chat that
   * is slow to tell (its lock held by a message waiting for Redis) does not hold up the others.
   * Returns how many runs had changes told.
   */
  async drain(deliver: Deliver): Promise<number> {
    const docs = await this.store.listDocs<unknown>(NS);
    const keys = new Set(docs.map((d) => d.key));
    const entries = docs.map(({ key, value }): { key: string; runId: string; entry: Entry | null } => {
      const parsed = entrySchema.safeParse(value);
      if (!parsed.success) this.options.log?.(`outbox entry ${key} is unreadable (${parsed.error.issues[0]?.message}); dropped`);
      return { key, runId: key.split('/')[0]!, entry: parsed.success ? parsed.data : null };
    });
    entries.sort((a, b) => (a.entry?.at ?? '').localeCompare(b.entry?.at ?? ''));
    const due: { key: string; runId: string; entry: Entry; run: TypedRun; changes: RunChange[] }[] = [];
    for (const { key, runId, entry } of entries) {
      // A follow-up is told after the run's own end, never beside it.
      if ((entry?.followUp || entry?.watchEnded) && keys.has(runId)) continue;
      const stored = entry ? await this.store.getRun(runId) : null;
      if (!entry || !stored) {
        await this.store.deleteDoc(NS, key);
        continue;
      }
      const run = typedRun(stored);
      const note = entry.followUp || entry.watchEnded;
      if (isFinal(run.status) && this.isStale(note ? entry.at : (run.finishedAt ?? run.createdAt))) {
        this.options.log?.(`${note ? `${key} (${entry.at})` : `${runId} ended ${run.status} at ${run.finishedAt}`}, too long ago to announce now`);
        await this.store.deleteDoc(NS, key);
        continue;
      }
      const changes = changesSince(entry, run);
      if (changes.length) due.push({ key, runId, entry, run, changes });
    }
    const told = await Promise.all(due.map((d) => this.tell(d, deliver)));
    return told.filter(Boolean).length;
  }

  /** Delivers one run's changes and moves its entry on; false when delivering threw. */
  private async tell({ key, runId, entry, run, changes }: { key: string; runId: string; entry: Entry; run: TypedRun; changes: RunChange[] }, deliver: Deliver): Promise<boolean> {
    try {
      await deliver(changes, run);
    } catch (err) {
      const failures = (entry.failures ?? 0) + 1;
      const giveUp = failures >= (this.options.maxFailures ?? 5);
      this.options.log?.(`telling people about ${runId} failed (${(err as Error).message})${giveUp ? `; given up after ${failures} tries` : '; will try again'}`);
      if (giveUp) await this.store.deleteDoc(NS, key);
      else await this.store.putDoc(NS, key, { ...entry, failures } satisfies Entry);
      return false;
    }
    if (isFinal(run.status) || entry.followUp || entry.watchEnded) await this.store.deleteDoc(NS, key);
    else await this.store.putDoc(NS, key, { created: entry.created, last: run.status, at: entry.at } satisfies Entry);
    return true;
  }

  private isStale(at: string): boolean {
    return this.now().getTime() - Date.parse(at) > (this.options.staleAfterMs ?? 24 * 3600_000);
  }
}

/** Options of {@link RunFeed}. */
export interface RunFeedOptions {
  /** How often the outbox is read when nothing wakes the feed earlier. @defaultValue 2 000 ms */
  readonly everyMs?: number;
  /** @defaultValue silent */
  readonly log?: (msg: string) => void;
}

/**
 * Drains the outbox: at start, every `everyMs`, and at once when woken (a decision was taken
 * in this process, a queue event says a job ended). One drain at a time; wakes during a drain
 * coalesce into one more.
 */
export class RunFeed {
  private deliver: Deliver | null = null;
  private timer: NodeJS.Timeout | null = null;
  private tail: Promise<void> = Promise.resolve();
  private waiting: Promise<void> | null = null;

  constructor(
    private readonly outbox: RunOutbox,
    private readonly options: RunFeedOptions = {},
  ) {}

  /** Sweeps for runs without an entry, then drains now and every `everyMs` into `deliver`. */
  async start(deliver: Deliver): Promise<void> {
    const added = await this.outbox.sweep();
    if (added.length) this.options.log?.(`watching ${added.length} run(s) made before the outbox: ${added.join(', ')}`);
    this.deliver = deliver;
    this.timer = setInterval(() => this.wake(), this.options.everyMs ?? 2_000);
    this.timer.unref();
    await this.flush();
  }

  /** Drains soon, without waiting. */
  wake(): void {
    void this.flush();
  }

  /** Drains now (after the drain under way, if any) and resolves when that drain is done. Never rejects. */
  flush(): Promise<void> {
    if (!this.deliver) return Promise.resolve();
    if (this.waiting) return this.waiting;
    const pass = this.tail.then(() => {
      this.waiting = null;
      return this.once();
    });
    this.waiting = pass;
    this.tail = pass;
    return pass;
  }

  /** Stops draining; resolves when the drain under way is done. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.deliver = null;
    await this.tail;
  }

  private async once(): Promise<void> {
    const deliver = this.deliver;
    if (!deliver) return;
    try {
      await this.outbox.drain(deliver);
    } catch (err) {
      this.options.log?.(`reading the run outbox failed: ${(err as Error).message}`);
    }
  }
}
