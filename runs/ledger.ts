import type { NewRun, RunFilter, RunPatch, RunStatus, RunStore } from '../store/types.js';
import { watchRun } from './outbox.js';
import { checkedJson, typedRun, type TypedJson, type TypedRun } from './records.js';
import { INITIAL, mayFollow, predecessors } from './transitions.js';

/** A new run: the store's fields, with its JSON typed. */
export type NewTypedRun = Omit<NewRun, keyof TypedJson> & TypedJson;
/** Fields a change may set besides the status, with the JSON typed. */
export type TypedPatch = Omit<RunPatch, 'status' | keyof TypedJson> & TypedJson;

/** A status change the state machine does not allow: a bug in the caller. */
export class TransitionError extends Error {
  override readonly name = 'TransitionError';
  readonly code = 'BAD_TRANSITION' as const;
  constructor(message: string) {
    super(message);
  }
}

/**
 * The one way runs are created and moved: typed JSON checked against its schemas on the way
 * in and read through them on the way out, and every status change checked against the state
 * machine (runs/transitions.ts) and made as a compare-and-set in the store, so that of two
 * deciders (the chat and the dashboard, two workers) exactly one wins.
 */
export class RunLedger {
  constructor(readonly store: RunStore) {}

  async get(id: string): Promise<TypedRun | null> {
    const run = await this.store.getRun(id);
    return run ? typedRun(run) : null;
  }

  async list(filter: RunFilter = {}): Promise<TypedRun[]> {
    return (await this.store.listRuns(filter)).map(typedRun);
  }

  /**
   * Creates a run in one of its kind's initial statuses. A run that waits (for approval, in the
   * queue) also gets its outbox entry, so that whoever asked hears how it ends (runs/outbox.ts).
   */
  async create(input: NewTypedRun): Promise<TypedRun> {
    if (!INITIAL[input.kind].includes(input.status)) throw new TransitionError(`a ${input.kind} run cannot start ${input.status}`);
    const run = typedRun(await this.store.createRun(checkedJson('(new run)', input)));
    await watchRun(this.store, run);
    return run;
  }

  /**
   * Moves a run to `to` if it is in one of `from` (default: every status `to` may follow) and
   * writes `patch` with it. Returns null when the run was elsewhere (someone else moved it).
   */
  async move(id: string, to: RunStatus, patch: TypedPatch = {}, from: readonly RunStatus[] = predecessors(to)): Promise<TypedRun | null> {
    const bad = from.filter((f) => !mayFollow(f, to));
    if (bad.length) throw new TransitionError(`${id}: ${to} cannot follow ${bad.join(', ')}`);
    const moved = await this.store.transition(id, from, to, checkedJson(id, patch));
    return moved ? typedRun(moved) : null;
  }

  /** Writes fields that do not change the status (facts, the plan of a run being made, step results). */
  async record(id: string, patch: TypedPatch): Promise<TypedRun> {
    return typedRun(await this.store.updateRun(id, checkedJson(id, patch)));
  }

  /** Writes fields only while the run is still `status` (a message joining a pending proposal). */
  async recordWhile(id: string, status: RunStatus, patch: TypedPatch): Promise<TypedRun | null> {
    const updated = await this.store.transition(id, [status], status, checkedJson(id, patch));
    return updated ? typedRun(updated) : null;
  }
}
