import type { Facts } from '../../executors/facts.js';
import type { PlaybookSpec } from '../spec.js';
import type { Decision, DecisionInput, LeftOut, Reason, Reserve, WatchSignal } from './types.js';

/**
 * A decision table: the readings of one playbook (`read`), per-change rules that leave a
 * change out (`trims`), and rows tried in order; the first row whose `when` holds decides.
 * A row that proposes becomes `propose_part` when a trim left a change out.
 */
export interface DecisionTable<S> {
  /** The readings the rows and trims test (pure). */
  read(input: DecisionInput): S;
  readonly trims: readonly Trim<S>[];
  /** Changes derived from the kept ones (ports reserved when the range widens). */
  derive?(s: S, kept: readonly string[], input: DecisionInput): Reserve | null;
  readonly rows: readonly Row<S>[];
}

/** The readings as rows see them: the table's own, plus what the trims left. */
export type Seen<S> = S & {
  readonly input: DecisionInput;
  /** Kept change ids. */
  readonly keep: readonly string[];
  /** Kept changes that would change something on the server now. */
  readonly pending: readonly string[];
  readonly leftOut: readonly LeftOut[];
  readonly reserve: Reserve | null;
};

/** A rule that leaves one change out, with the reason (null: the change stays). */
export interface Trim<S> {
  readonly change: string;
  /** Why the change is not proposed here, as a reason (its text is what people read). */
  readonly when: (s: S, input: DecisionInput) => Reason | null;
}

/** One row of a table: when it holds, what is decided and on which facts. */
export type Row<S> =
  | { readonly rule: string; readonly when: (s: Seen<S>) => boolean; readonly then: 'propose'; readonly because: (s: Seen<S>) => Reason[] }
  | { readonly rule: string; readonly when: (s: Seen<S>) => boolean; readonly then: 'nothing_to_change'; readonly because: (s: Seen<S>) => Reason[]; readonly seen: (s: Seen<S>) => string[] }
  | { readonly rule: string; readonly when: (s: Seen<S>) => boolean; readonly then: 'watch'; readonly because: (s: Seen<S>) => Reason[]; readonly seen: (s: Seen<S>) => string[]; readonly watchFor: readonly WatchSignal[] }
  | { readonly rule: string; readonly when: (s: Seen<S>) => boolean; readonly then: 'hand_off'; readonly because: (s: Seen<S>) => Reason[]; readonly found: (s: Seen<S>) => string[]; readonly advice: (s: Seen<S>) => string[] };

/** The value a setting has now, in the form a playbook change names it; null when unknown. */
export function currentValue(f: Facts, key: string): string | null {
  switch (key) {
    case 'SS_TCP_CLOSE_RESET':
      return f.tcpCloseReset;
    case 'net.ipv4.tcp_tw_reuse':
      return f.tcpTwReuse === null ? null : String(f.tcpTwReuse);
    case 'net.ipv4.ip_local_port_range':
      return f.portRange ? `${f.portRange.low} ${f.portRange.high}` : null;
    case 'net.ipv4.ip_local_reserved_ports':
      return f.reservedPorts ?? null;
    default:
      return null;
  }
}

const dedupe = (reasons: readonly Reason[]) => reasons.filter((r, i) => reasons.findIndex((x) => x.id === r.id && x.text === r.text) === i);

/**
 * Runs a table (pure). In `prevention` mode (an engineer asked for the fix as such) no
 * evidence is needed: the trims still apply, and what is left is proposed.
 */
export function runTable<S>(playbook: PlaybookSpec, table: DecisionTable<S>, input: DecisionInput): Decision {
  const read = table.read(input);
  const keep: string[] = [];
  const leftOut: LeftOut[] = [];
  const trimReasons: Reason[] = [];
  for (const c of playbook.changes) {
    const reasons = table.trims.filter((t) => t.change === c.id).flatMap((t) => t.when(read, input) ?? []);
    if (reasons.length === 0) {
      keep.push(c.id);
      continue;
    }
    // Also when the server already has the value: RST close already On where phones sit behind
    // NAT is said ("it should be Off"), not passed over in silence.
    trimReasons.push(...reasons);
    leftOut.push({ id: c.id, key: c.key, reason: reasons.map((r) => r.text).join('; '), because: reasons.map((r) => r.id) });
  }
  const reserve = table.derive?.(read, keep, input) ?? null;
  if (reserve) keep.splice(Math.max(0, keep.indexOf('port_range')), 0, 'reserved_ports');
  const pending = keep.filter((id) => {
    if (id === 'reserved_ports') return reserve !== null && reserve.added.length > 0;
    const c = playbook.changes.find((x) => x.id === id)!;
    return currentValue(input.facts, c.key) !== c.value;
  });
  const seen: Seen<S> = { ...read, input, keep, pending, leftOut, reserve };
  const base = { playbook: playbook.id, mode: input.mode };

  if (input.mode === 'prevention') {
    if (keep.length === 0) return { ...base, outcome: 'nothing_to_change', rule: 'prevention', reasons: dedupe(trimReasons), seen: leftOut.map((l) => `${l.key}: ${l.reason}`) };
    return proposal(base, 'prevention', trimReasons, keep, leftOut, reserve);
  }
  const row = table.rows.find((r) => r.when(seen));
  if (!row) throw new Error(`the ${playbook.id} decision table has no row for these facts: its last row must always hold`);
  const reasons = dedupe(row.because(seen));
  switch (row.then) {
    case 'propose':
      return proposal(base, row.rule, [...reasons, ...trimReasons], keep, leftOut, reserve);
    case 'nothing_to_change':
      return { ...base, outcome: 'nothing_to_change', rule: row.rule, reasons, seen: row.seen(seen) };
    case 'watch':
      return { ...base, outcome: 'watch', rule: row.rule, reasons, seen: row.seen(seen), watchFor: [...row.watchFor] };
    case 'hand_off':
      return { ...base, outcome: 'hand_off', rule: row.rule, reasons, found: row.found(seen), advice: row.advice(seen) };
  }
}

function proposal(base: Pick<Decision, 'playbook' | 'mode'>, rule: string, reasons: Reason[], keep: string[], leftOut: LeftOut[], reserve: Reserve | null): Decision {
  const common = { ...base, rule, reasons: dedupe(reasons), keep, reserve };
  return leftOut.length ? { ...common, outcome: 'propose_part', leftOut } : { ...common, outcome: 'propose' };
}
