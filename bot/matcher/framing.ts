import type { Normalised } from './normalise.js';
import type { ClassLabel } from './types.js';

/**
 * How often each framing feature came in the labelled messages the rules are tuned on: the
 * playbooks' own reports of a live fault ("live") against the messages that tell the same words
 * as history, denied, explained, planned or asked about for someone else ("told", the
 * negationContext family of the tuning splits). Written by `npm run framing-counts`, never by hand.
 */
export interface FramingCounts {
  /** Messages per class: live faults, then problems only told about. */
  readonly totals: readonly [live: number, told: number];
  /** The features kept (seen in at least `minCount` messages), one per line (a split on newlines is the quickest to read back). */
  readonly features: string;
  /** Per feature, in the order of `features`, one line: how many live and how many told messages had it ("12 0"). */
  readonly counts: string;
}

/** How the framing of one message reads. */
export interface FramingVerdict {
  /** Log-odds that the message tells a playbook's words without a live fault (> 0: more likely so). */
  readonly logOdds: number;
  /** The features that leaned most that way, for the evidence (bigrams with a space). */
  readonly words: readonly string[];
}

/** Reads a message's framing. */
export type FramingCheck = (n: Normalised) => FramingVerdict;

const LIVE = 0;
const TOLD = 1;
/** Joins a pair of words into one feature name; a stem never holds it (the normaliser takes underscores out). */
const PAIR = '_';
/** Features seen in fewer messages than this are left out of the counts (noise, and a smaller table). */
export const FRAMING_MIN_COUNT = 4;
/** How many of the leaning features the evidence names. */
const SHOWN = 3;

/**
 * A message's framing features, for counting the labelled messages: its stems (`stem`), and each
 * pair of neighbouring words (`pair`: "last year", "no longer", "my friend"), which carry the
 * framing that single words do not. The check (createFramingCheck) reads a new message's features
 * in the same order, by number.
 */
function visitFeatures(n: Normalised, stem: (s: string) => void, pair: (first: string, second: string) => void): void {
  for (const s of n.stems) stem(s);
  const w = n.words;
  for (let i = 1; i < w.length; i++) pair(w[i - 1] as string, w[i] as string);
}

/** The framing features of a message by name: a stem as it is, a pair joined by PAIR ("last_year"). */
export function framingFeatures(n: Normalised): Set<string> {
  const out = new Set<string>();
  visitFeatures(
    n,
    (s) => out.add(s),
    (first, second) => out.add(`${first}${PAIR}${second}`),
  );
  return out;
}

/**
 * Counts framing features over labelled messages (already normalised): a playbook's label is a live
 * fault, "none" a problem only told about. These are the document frequencies a naive Bayes
 * classifier with binary features learns, kept for the features seen in at least `minCount` messages.
 */
export function countFraming(docs: Iterable<{ readonly label: ClassLabel; readonly normalised: Normalised }>, minCount = FRAMING_MIN_COUNT): FramingCounts {
  const totals: [number, number] = [0, 0];
  const seen = new Map<string, [number, number]>();
  for (const d of docs) {
    const c = d.label === 'none' ? TOLD : LIVE;
    totals[c]++;
    for (const f of framingFeatures(d.normalised)) {
      let row = seen.get(f);
      if (row === undefined) seen.set(f, (row = [0, 0]));
      row[c]++;
    }
  }
  const kept = [...seen].filter(([, row]) => row[0] + row[1] >= minCount).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { totals, features: kept.map(([f]) => f).join('\n'), counts: kept.map(([, row]) => `${row[LIVE]} ${row[TOLD]}`).join('\n') };
}

/** The table of one FramingCounts, built when a message first needs it. */
interface FramingTable {
  /** A stem's feature, by the stem. */
  readonly stems: Map<string, number>;
  /** A number for each word that begins or ends a pair, so that a pair is looked up by one number rather than by two strings. */
  readonly words: Map<string, number>;
  /** A pair's feature, by `first * words.size + second` (their numbers in `words`). */
  readonly pairs: Map<number, number>;
  /** Per feature: what it adds to the log-odds, how the evidence shows it, and the last message that counted it. */
  readonly lean: Float64Array;
  readonly shown: readonly string[];
  readonly seen: Float64Array;
}

function buildTable(names: readonly string[], rows: readonly string[], live: number, told: number): FramingTable {
  const stems = new Map<string, number>();
  const words = new Map<string, number>();
  const wordOf = (w: string): number => {
    let id = words.get(w);
    if (id === undefined) words.set(w, (id = words.size));
    return id;
  };
  const pairNames: [first: number, second: number, feature: number][] = [];
  const lean = new Float64Array(names.length);
  const shown: string[] = [];
  names.forEach((name, i) => {
    const row = (rows[i] as string).split(' ');
    lean[i] = Math.log((Number(row[TOLD]) || 1) / told) - Math.log((Number(row[LIVE]) || 1) / live);
    const cut = name.indexOf(PAIR);
    if (cut < 0) {
      stems.set(name, i);
      shown.push(name);
      return;
    }
    const first = name.slice(0, cut);
    const second = name.slice(cut + PAIR.length);
    pairNames.push([wordOf(first), wordOf(second), i]);
    shown.push(`${first} ${second}`);
  });
  // Numbered only once every word has its number: the key's factor is their count.
  const pairs = new Map<number, number>();
  for (const [first, second, feature] of pairNames) pairs.set(first * words.size + second, feature);
  return { stems, words, pairs, lean, shown, seen: new Float64Array(names.length) };
}

/**
 * Naive Bayes over the framing features (add-one smoothing, as natural's BayesClassifier): the
 * log-odds of "told" against "live", from the class sizes and each known feature's share in
 * either class. Every playbook's reports count as live alike, so the words that tell one playbook
 * from another (NAT, TIME_WAIT, a firewall) weigh little and the framing is what is left. Unknown
 * features say nothing. The table is built once; a message costs one look-up per stem and per word
 * and one by number per pair of words, and builds no string. (The table holds tens of thousands of
 * features, far more than the processor keeps at hand: look-ups by string through a map per first
 * word cost several times as much in a whole match as on their own.)
 */
export function createFramingCheck(counts: FramingCounts): FramingCheck {
  // Strings rather than arrays of numbers: a module of two strings is parsed in a fraction of the time.
  const names = counts.features === '' ? [] : counts.features.split('\n');
  const rows = counts.counts === '' ? [] : counts.counts.split('\n');
  if (names.length !== rows.length) throw new Error(`framing counts do not fit their features (${names.length} features, ${rows.length} rows of counts): run npm run framing-counts`);
  const [live, told] = counts.totals.map((t) => Math.max(t, 1)) as [number, number];
  const prior = Math.log(told / live);
  // Built when a message first needs it: most messages never come this far, and start-up does not pay for the table.
  let table: FramingTable | undefined;
  // One message at a time (matching is synchronous): the sum, the features shown, and a stamp so
  // that a feature counts once per message, as framingFeatures' set has it.
  let stamp = 0;
  let logOdds = 0;
  let top: number[] = [];
  let wordIds = new Int32Array(64);
  const count = (t: FramingTable, f: number | undefined): void => {
    if (f === undefined || t.seen[f] === stamp) return;
    t.seen[f] = stamp;
    const lean = t.lean[f] as number;
    logOdds += lean;
    if (lean <= 0) return;
    // The SHOWN that lean most to "told", in order.
    let at = top.length;
    while (at > 0 && (t.lean[top[at - 1] as number] as number) < lean) at--;
    if (at >= SHOWN) return;
    top.splice(at, 0, f);
    if (top.length > SHOWN) top.pop();
  };

  return (n) => {
    const t = (table ??= buildTable(names, rows, live, told));
    stamp++;
    logOdds = prior;
    top = [];
    // As visitFeatures visits them: the stems, then each pair of neighbouring words.
    for (const s of n.stems) count(t, t.stems.get(s));
    const w = n.words;
    if (w.length > wordIds.length) wordIds = new Int32Array(w.length * 2);
    for (let i = 0; i < w.length; i++) wordIds[i] = t.words.get(w[i] as string) ?? -1;
    const size = t.words.size;
    for (let i = 1; i < w.length; i++) {
      const first = wordIds[i - 1] as number;
      const second = wordIds[i] as number;
      if (first >= 0 && second >= 0) count(t, t.pairs.get(first * size + second));
    }
    return { logOdds, words: top.map((f) => t.shown[f] as string) };
  };
}
