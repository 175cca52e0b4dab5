import { gateLayout, requiredWords } from './required-words.js';
import { requiredWordsTable } from './required-words-table.js';

/**
 * The gates of a rule set's phrase patterns: before a pattern is run on a phrase, whether the phrase has the words the
 * pattern cannot match without (required-words.ts). The sets of word beginnings are numbered; the compiled runner marks
 * those a phrase's words meet, and a gate holds when one of its ways has all its sets marked.
 */
export interface Gates {
  /** How many sets there are. */
  readonly sets: number;
  /** The sets a word meets that begins with `beginning` (one of a word's beginnings, the whole word among them). */
  setsOf(beginning: string): readonly number[] | undefined;
  /** The gate of the pattern at `index` among those given, as gateLayout lays it out; undefined when it requires no word. */
  gate(index: number): Int32Array | undefined;
}

/**
 * Gates for `patterns`. For the built-in rules (`builtIn`) they are read from required-words-table.ts, as they come:
 * reading every pattern afresh, or even laying out every gate from the table, at start-up would cost more than the rest
 * of building the matcher. The table keeps them in the order of the patterns, with each pattern's length (its source
 * and flags, as String gives them) as a check; when that does not fit (a rule changed since `npm run required-words`,
 * which test/matcher/required-words.test.ts tells), every pattern is read afresh.
 */
export function createGates(patterns: readonly RegExp[], builtIn: boolean): Gates {
  const layouts = builtIn ? keptLayouts(patterns) : undefined;
  return layouts === undefined ? readGates(patterns) : keptGates(layouts);
}

/** The patterns' layouts in the table, or undefined when they do not fit it. */
function keptLayouts(patterns: readonly RegExp[]): string[] | undefined {
  const lengths = requiredWordsTable.lengths.split(',');
  if (lengths.length !== patterns.length || patterns.some((p, i) => String(p).length !== Number(lengths[i]))) return undefined;
  return requiredWordsTable.layouts.split('\n');
}

function keptGates(layouts: readonly string[]): Gates {
  // Beginnings sorted, each with its sets' numbers ("3,17"): a word's beginnings are looked up by halves, once per word.
  const beginnings = requiredWordsTable.beginnings === '' ? [] : requiredWordsTable.beginnings.split('\n');
  const setsOf = requiredWordsTable.sets === '' ? [] : requiredWordsTable.sets.split('\n');
  const setsOfBeginning: (number[] | undefined)[] = [];
  const gates: (Int32Array | null | undefined)[] = [];
  return {
    sets: requiredWordsTable.setCount,
    setsOf(beginning) {
      let low = 0;
      let high = beginnings.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if ((beginnings[mid] as string) < beginning) low = mid + 1;
        else high = mid;
      }
      if (beginnings[low] !== beginning) return undefined;
      return (setsOfBeginning[low] ??= (setsOf[low] as string).split(',').map(Number));
    },
    gate(index) {
      let gate = gates[index];
      if (gate === undefined) {
        const layout = layouts[index] as string;
        gates[index] = gate = layout === '' ? null : Int32Array.from(layout.split(','), Number);
      }
      return gate ?? undefined;
    },
  };
}

function readGates(patterns: readonly RegExp[]): Gates {
  const read = readAll(patterns);
  const gates = read.layouts.map((layout) => (layout === undefined ? undefined : Int32Array.from(layout)));
  return { sets: read.sets, setsOf: (beginning) => read.setsOfBeginning.get(beginning), gate: (index) => gates[index] };
}

/** The table required-words-table.ts keeps, as testkit/required-words.ts writes it from `patterns` (the built-in ones). */
export function gatesTable(patterns: readonly RegExp[]): typeof requiredWordsTable {
  const read = readAll(patterns);
  const beginnings = [...read.setsOfBeginning.keys()].sort();
  return {
    setCount: read.sets,
    beginnings: beginnings.join('\n'),
    sets: beginnings.map((b) => (read.setsOfBeginning.get(b) as number[]).join(',')).join('\n'),
    lengths: patterns.map((p) => String(p).length).join(','),
    layouts: read.layouts.map((layout) => layout?.join(',') ?? '').join('\n'),
  };
}

/**
 * Every pattern's gate read afresh: its layout (undefined when it requires no word), the sets numbered in the order
 * they first come, and the sets that hold each beginning.
 */
function readAll(patterns: readonly RegExp[]): { layouts: (number[] | undefined)[]; sets: number; setsOfBeginning: Map<string, number[]> } {
  const numbers = new Map<string, number>();
  const setsOfBeginning = new Map<string, number[]>();
  const numberOf = (set: string): number => {
    let n = numbers.get(set);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(set, n);
      for (const beginning of set.split(' ')) {
        const of = setsOfBeginning.get(beginning);
        if (of === undefined) setsOfBeginning.set(beginning, [n]);
        else of.push(n);
      }
    }
    return n;
  };
  const layouts = patterns.map((pattern) => {
    const ways = requiredWords(pattern);
    return ways === undefined ? undefined : gateLayout(ways, numberOf);
  });
  return { layouts, sets: numbers.size, setsOfBeginning };
}
