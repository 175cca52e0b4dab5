import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { playbookIds } from '../playbooks/ids.js';
import { runStatuses, type Run, type RunStore } from '../store/types.js';

/** What the metrics need from a BullMQ queue (a `Queue` fits). */
export interface CountableQueue {
  readonly name: string;
  getJobCounts(): Promise<Record<string, number>>;
}

/** A matcher decision, as the matcher returns it (only these two fields are read). */
export interface MatchLike {
  readonly playbook: string | null;
  readonly decision: 'confident' | 'ambiguous' | 'none';
}

/** A decision event, as `RunActions`' `onDecision` reports it. */
export interface DecisionLike {
  readonly type: string;
  readonly by: string;
}

/** Options of {@link createMetrics}. */
export interface MetricsOptions {
  /** Also export Node process metrics (CPU, memory, event loop). @defaultValue false */
  processMetrics?: boolean;
  /** How long store counts are reused between scrapes. @defaultValue 10 000 ms */
  storeCountsTtlMs?: number;
  /** Metric name prefix. @defaultValue `vos_assist_` */
  prefix?: string;
}

/**
 * The program's Prometheus metrics, in a registry of their own (the global default
 * registry is never touched, so several instances and tests do not collide).
 *
 * The rest of the program feeds it:
 * - the worker (or whoever finishes a run) calls `observeRun(run)` with the final run;
 * - the bot calls `observeMatch(match)` for every message it classifies;
 * - `RunActions`' `onDecision` may be pointed at `observeDecision`.
 * Run counts per playbook and status and queue depth are read at scrape time from the
 * sources given to `attach` (createWebServer does that).
 */
export interface Metrics {
  readonly registry: Registry;
  /** Records a finished run (duration and outcome). Repeated calls for one run count once. */
  observeRun(run: Run): void;
  /** Counts one matcher decision. */
  observeMatch(match: MatchLike): void;
  /** Counts one approval, rejection, expiry or rollback request. */
  observeDecision(event: DecisionLike): void;
  /** Counts one webhook delivery attempt's result (`failed`: given up after the last attempt). */
  observeWebhook(result: 'delivered' | 'retrying' | 'failed', event: string): void;
  /** Where scrape-time values come from; replaces earlier sources. */
  attach(sources: { store?: RunStore; queues?: readonly CountableQueue[] }): void;
  /** The exposition text (what `/metrics` serves). */
  render(): Promise<string>;
}

const FINAL = new Set(['succeeded', 'failed', 'rolled_back', 'rejected', 'expired', 'diagnosed']);

/** Races a promise against a timeout, so a hung Redis cannot hang the scrape. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Creates the metrics; see {@link Metrics} for who calls what. */
export function createMetrics(options: MetricsOptions = {}): Metrics {
  const prefix = options.prefix ?? 'vos_assist_';
  const ttl = options.storeCountsTtlMs ?? 10_000;
  const registry = new Registry();
  if (options.processMetrics) collectDefaultMetrics({ register: registry, prefix });

  let store: RunStore | undefined;
  let queues: readonly CountableQueue[] = [];
  let cached: { at: number; rows: { playbook: string; status: string; n: number }[] } | undefined;

  async function storeCounts() {
    if (!store) return [];
    if (cached && Date.now() - cached.at < ttl) return cached.rows;
    const s = store;
    // One count per (playbook, status): the store has no GROUP BY, and each count is an
    // index range read, so ~40 small queries every 10 s is cheap even at 100,000 runs.
    const pairs = [...playbookIds, null].flatMap((playbook) => runStatuses.map((status) => ({ playbook, status })));
    const counts = await Promise.all(
      pairs.map(async ({ playbook, status }) => ({ playbook, status, n: await s.countRuns(playbook === null ? { status } : { playbook, status }) })),
    );
    // The filter cannot ask for "playbook is null", so "none" is the status total minus
    // the runs of known playbooks.
    const rows = counts.map((r) =>
      r.playbook !== null
        ? { playbook: r.playbook, status: r.status, n: r.n }
        : { playbook: 'none', status: r.status, n: r.n - counts.filter((c) => c.playbook !== null && c.status === r.status).reduce((a, c) => a + c.n, 0) },
    );
    cached = { at: Date.now(), rows };
    return rows;
  }

  new Gauge({
    name: `${prefix}runs`,
    help: 'Runs in the store by playbook and status (playbook "none": diagnose-only runs)',
    labelNames: ['playbook', 'status'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const r of await storeCounts()) this.set({ playbook: r.playbook, status: r.status }, r.n);
    },
  });

  const duration = new Histogram({
    name: `${prefix}run_duration_seconds`,
    help: 'Time from start to finish of finished runs',
    labelNames: ['playbook', 'kind', 'status'] as const,
    buckets: [1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800],
    registers: [registry],
  });
  const finished = new Counter({
    name: `${prefix}runs_finished_total`,
    help: 'Runs this process saw finish, by playbook, kind and outcome',
    labelNames: ['playbook', 'kind', 'status'] as const,
    registers: [registry],
  });
  const matches = new Counter({
    name: `${prefix}matcher_decisions_total`,
    help: 'Matcher decisions by decision and playbook',
    labelNames: ['decision', 'playbook'] as const,
    registers: [registry],
  });
  const decisions = new Counter({
    name: `${prefix}run_decisions_total`,
    help: 'Approvals, rejections, expiries and rollback requests, by type and channel',
    labelNames: ['type', 'via'] as const,
    registers: [registry],
  });
  const webhooks = new Counter({
    name: `${prefix}webhook_deliveries_total`,
    help: 'Webhook delivery attempts this process made, by event and result (failed: given up after the last attempt; the vos-webhooks queue keeps them, see queue_jobs{state="failed"})',
    labelNames: ['event', 'result'] as const,
    registers: [registry],
  });
  // Both queue gauges read one round of getJobCounts per scrape (whichever collects first
  // starts it), so they always agree.
  let queueRound: { at: number; result: Promise<{ name: string; counts: Record<string, number> | null }[]> } | undefined;
  function queueCounts() {
    if (!queueRound || Date.now() - queueRound.at > 1_000) {
      queueRound = {
        at: Date.now(),
        result: Promise.all(
          queues.map(async (q) => ({ name: q.name, counts: await withTimeout(q.getJobCounts(), 2_000, `queue ${q.name}`).catch(() => null) })),
        ),
      };
    }
    return queueRound.result;
  }
  new Gauge({
    name: `${prefix}queue_jobs`,
    help: 'Jobs per queue and state (BullMQ getJobCounts)',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await queueCounts()) for (const [state, n] of Object.entries(q.counts ?? {})) this.set({ queue: q.name, state }, n);
    },
  });
  new Gauge({
    name: `${prefix}queue_up`,
    help: '1 when the queue answered the last scrape, else 0',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      this.reset();
      for (const q of await queueCounts()) this.set({ queue: q.name }, q.counts ? 1 : 0);
    },
  });

  // Bounded memory of observed runs, so a worker calling twice (retry, resume) counts once.
  const seen = new Set<string>();
  return {
    registry,
    observeRun(run) {
      if (!FINAL.has(run.status) || seen.has(run.id)) return;
      seen.add(run.id);
      if (seen.size > 50_000) seen.delete(seen.values().next().value as string);
      const labels = { playbook: run.playbook ?? 'none', kind: run.kind, status: run.status };
      finished.inc(labels);
      if (run.startedAt && run.finishedAt) {
        const seconds = (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000;
        if (Number.isFinite(seconds) && seconds >= 0) duration.observe(labels, seconds);
      }
    },
    observeMatch(match) {
      matches.inc({ decision: match.decision, playbook: match.playbook ?? 'none' });
    },
    observeWebhook(result, event) {
      webhooks.inc({ event, result });
    },
    observeDecision(event) {
      const via = event.by.split(':')[0] ?? 'unknown';
      decisions.inc({ type: event.type, via });
    },
    attach(sources) {
      if (sources.store) {
        store = sources.store;
        cached = undefined;
      }
      if (sources.queues) queues = sources.queues;
    },
    render: () => registry.metrics(),
  };
}
