import type { ServerConfig } from '../../config/schema.js';
import { factsFromState, type Facts } from '../../executors/facts.js';
import type { ServerState } from '../../executors/state.js';
import type { Target } from '../../executors/target.js';
import type { RunStore, Step } from '../../store/types.js';
import { RunLedger, type TypedPatch } from '../ledger.js';
import type { TypedRun } from '../records.js';

/** A step the customer can follow: "2/4 SS_TCP_CLOSE_RESET On, softswitch reparsed". */
export interface Progress {
  readonly runId: string;
  readonly step: number;
  readonly total: number;
  readonly label: string;
}

/** What the engine needs from the outside world; injected so the queue, the command line and tests share it. */
export interface EngineDeps {
  readonly store: RunStore;
  readonly openTarget: (server: ServerConfig, signal?: AbortSignal) => Promise<Target>;
  readonly now?: () => Date;
  readonly onProgress?: (p: Progress) => void;
  /** Aborts the run's remote commands (a worker shutting down, a job taken away). */
  readonly signal?: AbortSignal;
}

/** Statuses the engine moves a run it holds (running) to. */
export type EngineEnd = 'succeeded' | 'failed' | 'diagnosed' | 'rejected' | 'queued';

/** What every phase of the engine shares: the store through the ledger, the clock, the journal, progress, cancellation. */
export class EngineContext {
  readonly store: RunStore;
  readonly ledger: RunLedger;
  readonly now: () => Date;

  constructor(private readonly deps: EngineDeps) {
    this.store = deps.store;
    this.ledger = new RunLedger(deps.store);
    this.now = deps.now ?? (() => new Date());
  }

  openTarget(server: ServerConfig): Promise<Target> {
    return this.deps.openTarget(server, this.deps.signal);
  }

  iso(): string {
    return this.now().toISOString();
  }

  /** The run's AbortSignal, as the options of a remote call take it. */
  sig(): { signal?: AbortSignal } {
    return this.deps.signal ? { signal: this.deps.signal } : {};
  }

  progress(runId: string, step: number, total: number, label: string): void {
    this.deps.onProgress?.({ runId, step, total, label });
  }

  /** Records a step that already happened, in one write. */
  async journal(runId: string, phase: Step['phase'], name: string, changeId: string | null, fin: { status: Step['status']; output?: string; data?: unknown }): Promise<void> {
    await this.store.appendStep(runId, { phase, name, changeId, status: fin.status, output: fin.output ?? null, finishedAt: this.iso(), ...(fin.data !== undefined ? { data: fin.data } : {}) });
  }

  /**
   * Moves a run this engine holds (running) to where it ends up; a safe retry goes back to
   * queued. Throws when the run is not running: another process took it over.
   */
  async end(runId: string, to: EngineEnd, patch: TypedPatch): Promise<TypedRun> {
    const moved = await this.ledger.move(runId, to, patch, ['running']);
    if (!moved) throw new Error(`${runId} is no longer running here: another worker took it over; this one stops`);
    return moved;
  }

  factsOf(server: ServerConfig, state: ServerState | null): Facts | null {
    return state ? factsFromState(server, state, this.now()) : null;
  }
}
