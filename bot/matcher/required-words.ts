/**
 * The words a phrase pattern cannot match without. A phrase is words of letters and digits between single spaces, so
 * wherever a pattern matches a literal space and then letters ("… (?:is|was) (?:fixed|solved)"), some word of the
 * phrase begins with those letters. Read from the pattern's source once, such beginnings tell, before any run of the
 * pattern, that it cannot match a phrase none of whose words begin so: most of a message's pattern runs that find
 * nothing are of that kind.
 *
 * What is required is given as ways (any one of them may hold), each a list of beginnings sets (all of them must
 * hold), each set met when one word of the phrase begins with one of its strings: for ` (?:a (?:b|c)|d e)`,
 * [[["a"], ["b", "c"]], [["d"], ["e"]]]. Only what every match needs is kept, so the answer is sound: a phrase that
 * has no way's every set cannot be matched. Lookarounds, optional parts and character classes require nothing.
 */

/** One set of word beginnings, sorted, none a beginning of another: one word of the phrase begins with one of them. */
export type WordBeginnings = readonly string[];
/** Sets that must all be met. */
export type RequiredWay = readonly WordBeginnings[];

/** A node of a pattern, as much of it as the reading below needs. */
type Node =
  | { readonly kind: 'char'; readonly char: string }
  /** A class, `.`, an escape for a set of characters or a back-reference: it matches something, never known in advance. */
  | { readonly kind: 'other' }
  /** `^` or `$`. */
  | { readonly kind: 'edge' }
  /** A lookaround or `\b`: it matches nothing. */
  | { readonly kind: 'zero' }
  | { readonly kind: 'group'; readonly alternatives: readonly (readonly Node[])[] }
  /** `node` repeated at least `min` times; `alone` is the node as a sequence of its own. */
  | { readonly kind: 'repeat'; readonly node: Node; readonly alone: readonly Node[]; readonly min: number };

/**
 * Past this many ways, ways are folded into one (sets of more beginnings, still sound): those that two parts one after
 * the other make together (each way of one with each of the other), and those of alternatives side by side.
 */
const MAX_WAYS = 64;
const MAX_ALTERNATIVE_WAYS = 512;
/** A set of more beginnings than this, folded from many ways, says too little to be worth a look. */
const MAX_BEGINNINGS = 48;
/** Beginnings a group's words may multiply into before the reading stops at the group. */
const MAX_LEAD = 256;

const WORD_CHAR = /^[a-z0-9]$/;

/** A source the parser below does not read (a flag it does not know, a syntax it does not expect). */
class Unreadable extends Error {}

/**
 * The ways a phrase pattern may match, each with the word beginnings it needs (see above); undefined when one of them
 * needs none, or the pattern is not one this reading knows (flags other than `d`, `g`, `s`, `y`).
 */
export function requiredWords(pattern: RegExp): readonly RequiredWay[] | undefined {
  if (/[^dgsy]/.test(pattern.flags)) return undefined;
  let alternatives: Node[][];
  try {
    alternatives = parse(pattern.source);
  } catch (error) {
    if (error instanceof Unreadable) return undefined;
    throw error;
  }
  const ways = alternativesFlow(alternatives, false).ways;
  return ways.some((w) => w.length === 0) ? undefined : ways.map(tidy);
}

/**
 * A pattern's gate laid out in numbers, each set of beginnings by its number (`numberOf`, given the set's beginnings
 * joined by spaces), the ways grouped by their first set (the likely rarest): the number of groups, then per group its
 * first set, how many numbers its ways take, and per way the number of its other sets and their numbers. A group whose
 * first set is not met is passed over in one step.
 */
export function gateLayout(ways: readonly RequiredWay[], numberOf: (set: string) => number): number[] {
  const groups = new Map<number, number[][]>();
  for (const way of ways) {
    const [first, ...rest] = way.map((set) => numberOf(set.join(' ')));
    const group = groups.get(first as number);
    if (group === undefined) groups.set(first as number, [rest]);
    else group.push(rest);
  }
  const gate = [groups.size];
  for (const [first, rests] of groups) {
    const ways = rests.flatMap((rest) => [rest.length, ...rest]);
    gate.push(first, ways.length, ...ways);
  }
  return gate;
}

// ── the parser ──────────────────────────────────────────────────────────────────────────

function parse(source: string): Node[][] {
  let i = 0;
  const alternatives = (): Node[][] => {
    const out: Node[][] = [[]];
    while (i < source.length && source[i] !== ')') {
      if (source[i] === '|') {
        i++;
        out.push([]);
        continue;
      }
      (out[out.length - 1] as Node[]).push(quantified(atom()));
    }
    return out;
  };
  const atom = (): Node => {
    const c = source[i++] as string;
    if (c === '(') {
      let zero = false;
      if (source.startsWith('?:', i)) i += 2;
      else if (source.startsWith('?=', i) || source.startsWith('?!', i)) {
        i += 2;
        zero = true;
      } else if (source.startsWith('?<=', i) || source.startsWith('?<!', i)) {
        i += 3;
        zero = true;
      } else if (source.startsWith('?<', i)) {
        const end = source.indexOf('>', i);
        if (end < 0) throw new Unreadable();
        i = end + 1;
      } else if (source[i] === '?') throw new Unreadable();
      const inner = alternatives();
      if (source[i] !== ')') throw new Unreadable();
      i++;
      return zero ? { kind: 'zero' } : { kind: 'group', alternatives: inner };
    }
    if (c === '[') {
      for (; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      if (i >= source.length) throw new Unreadable();
      i++;
      return { kind: 'other' };
    }
    if (c === '\\') return escape();
    if (c === '.') return { kind: 'other' };
    if (c === '^' || c === '$') return { kind: 'edge' };
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Unreadable();
    return { kind: 'char', char: c };
  };
  const escape = (): Node => {
    const c = source[i++];
    if (c === undefined) throw new Unreadable();
    if ('dDwWsS'.includes(c)) return { kind: 'other' };
    if (c === 'b' || c === 'B') return { kind: 'zero' };
    if (/[1-9]/.test(c)) {
      while (/[0-9]/.test(source[i] ?? '')) i++;
      return { kind: 'other' };
    }
    if (c === 'k' && source[i] === '<') {
      const end = source.indexOf('>', i);
      if (end < 0) throw new Unreadable();
      i = end + 1;
      return { kind: 'other' };
    }
    const hex = c === 'x' ? 2 : c === 'u' ? 4 : 0;
    if (hex > 0) {
      const digits = source.slice(i, i + hex);
      if (new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) {
        i += hex;
        return { kind: 'char', char: String.fromCharCode(Number.parseInt(digits, 16)) };
      }
      return { kind: 'char', char: c };
    }
    if (c === 'c' && /[a-zA-Z]/.test(source[i] ?? '')) {
      i++;
      return { kind: 'other' };
    }
    // \0, \n, \t …: no letter, digit or space of a phrase.
    if ('0nrtfv'.includes(c)) return { kind: 'other' };
    return { kind: 'char', char: c };
  };
  const quantified = (node: Node): Node => {
    const c = source[i];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else {
      const braces = c === '{' ? /^\{([0-9]+)(?:,[0-9]*)?\}/.exec(source.slice(i)) : null;
      if (braces === null) return node;
      min = Number(braces[1]);
      i += braces[0].length - 1;
    }
    i++;
    if (source[i] === '?') i++;
    if (node.kind === 'zero' || node.kind === 'edge') return { kind: 'zero' };
    return { kind: 'repeat', node, alone: [node], min };
  };
  const out = alternatives();
  if (i !== source.length) throw new Unreadable();
  return out;
}

// ── what every match needs ──────────────────────────────────────────────────────────────
// Inside, a set of beginnings is its strings joined by spaces (sorted, as fewest gives them): a way is a list of such
// keys, cheap to compare and to put together.

/** What a part of a pattern requires, and whether every way through it ends on a space (so what follows begins a word). */
interface Flow {
  readonly ways: readonly (readonly string[])[];
  readonly endsOnSpace: boolean;
}

/** Nothing required: one way, with no set. */
const ANYTHING: readonly (readonly string[])[] = [[]];

function alternativesFlow(alternatives: readonly (readonly Node[])[], afterSpace: boolean): Flow {
  const flows = alternatives.map((a) => sequenceFlow(a, afterSpace));
  return { ways: either(flows.map((f) => f.ways)), endsOnSpace: flows.every((f) => f.endsOnSpace) };
}

function sequenceFlow(sequence: readonly Node[], afterSpace: boolean): Flow {
  let ways = ANYTHING;
  let space = afterSpace;
  for (let k = 0; k < sequence.length; k++) {
    const node = sequence[k] as Node;
    if (node.kind === 'zero') continue;
    // Right after a space a word begins: what is matched here begins it.
    if (space) {
      const lead = leadOf(sequence, k);
      if (lead !== undefined) ways = both(ways, [[lead.join(' ')]]);
    }
    if (node.kind === 'char') space = node.char === ' ';
    else if (node.kind === 'other' || node.kind === 'edge') space = false;
    else if (node.kind === 'group') {
      const f = alternativesFlow(node.alternatives, space);
      ways = both(ways, f.ways);
      space = f.endsOnSpace;
    } else {
      // A repeat: its first round is required when it has one; after it, a space if every round ends on one.
      const again = sequenceFlow(node.alone, true).endsOnSpace;
      if (node.min >= 1) {
        const f = sequenceFlow(node.alone, space);
        ways = both(ways, f.ways);
        space = f.endsOnSpace && again;
      } else space = space && again;
    }
  }
  return { ways, endsOnSpace: space };
}

/**
 * The letters and digits one of which begins what `sequence` matches from its node `k` on, read at the beginning of
 * a word; undefined when a match there may begin otherwise (with a class, a space, nothing).
 */
function leadOf(sequence: readonly Node[], k: number): string[] | undefined {
  // The same beginnings are asked for again at every level a group is read from: once each.
  let known = leads.get(sequence);
  if (known === undefined) leads.set(sequence, (known = new Map()));
  if (known.has(k)) return known.get(k);
  const lead = leadFrom(sequence, k);
  known.set(k, lead);
  return lead;
}
const leads = new WeakMap<readonly Node[], Map<number, string[] | undefined>>();

function leadFrom(sequence: readonly Node[], k: number): string[] | undefined {
  let lead = [''];
  for (let j = k; j < sequence.length; j++) {
    const node = sequence[j] as Node;
    if (node.kind === 'zero') continue;
    if (node.kind === 'char' && WORD_CHAR.test(node.char)) {
      lead = lead.map((l) => l + node.char);
      continue;
    }
    if (node.kind === 'group') {
      const whole = node.alternatives.map(wholeWord);
      if (whole.every((w) => w !== undefined)) {
        // Words and nothing else: what follows the group goes on from each.
        if (lead.length * whole.length > MAX_LEAD) break;
        lead = lead.flatMap((l) => whole.map((w) => l + w));
        continue;
      }
      const firsts = node.alternatives.map((a, n) => (whole[n] !== undefined && whole[n] !== '' ? [whole[n] as string] : leadOf(a, 0)));
      if (firsts.some((f) => f === undefined)) break;
      const each = firsts.flat() as string[];
      if (lead.length * each.length <= MAX_LEAD) lead = lead.flatMap((l) => each.map((w) => l + w));
      break;
    }
    if (node.kind === 'repeat') {
      const inside = leadOf(node.alone, 0);
      if (node.min >= 1) {
        if (inside !== undefined && lead.length * inside.length <= MAX_LEAD) lead = lead.flatMap((l) => inside.map((w) => l + w));
        break;
      }
      // Optional at the beginning: what it begins with, or what follows it does.
      if (lead.every((l) => l === '')) {
        const after = leadOf(sequence, j + 1);
        return inside === undefined || after === undefined ? undefined : fewest([...inside, ...after]);
      }
    }
    break;
  }
  return lead.some((l) => l === '') ? undefined : fewest(lead);
}

/** The letters and digits an alternative matches when it matches nothing else ("" for an empty one), else undefined. */
function wholeWord(alternative: readonly Node[]): string | undefined {
  let word = '';
  for (const node of alternative) {
    if (node.kind === 'zero') continue;
    if (node.kind !== 'char' || !WORD_CHAR.test(node.char)) return undefined;
    word += node.char;
  }
  return word;
}

/** Beginnings without those another of them begins (a word that begins "rsts" begins "rst"), sorted. */
function fewest(beginnings: readonly string[]): string[] {
  const sorted = [...new Set(beginnings)].sort();
  const out: string[] = [];
  for (const b of sorted) if (out.length === 0 || !b.startsWith(out[out.length - 1] as string)) out.push(b);
  return out;
}

/** Both requirements: each way of one with each of the other (folded first when that would be too many). */
function both(a: readonly (readonly string[])[], b: readonly (readonly string[])[]): readonly (readonly string[])[] {
  if (a.length === 1 && (a[0] as readonly string[]).length === 0) return b;
  if (b.length === 1 && (b[0] as readonly string[]).length === 0) return a;
  let x = a;
  let y = b;
  // One way with each of many is as many ways: only two lists of several multiply.
  if (x.length > 1 && y.length > 1 && x.length * y.length > MAX_WAYS) {
    if (x.length >= y.length) x = [folded(x)];
    if (x.length * y.length > MAX_WAYS) y = [folded(y)];
  }
  return x.flatMap((p) => y.map((q) => [...new Set([...p, ...q])]));
}

/**
 * Either requirement: their ways side by side (folded into one when too many); nothing when one requires nothing. Ways
 * of one set each are one way of their sets' beginnings together, which says the same: `(?:new|another) …` needs a word
 * that begins "new" or one that begins "another".
 */
function either(all: readonly (readonly (readonly string[])[])[]): readonly (readonly string[])[] {
  const ways: (readonly string[])[] = [];
  const single: string[] = [];
  for (const w of all.flat()) {
    if (w.length === 0) return ANYTHING;
    if (w.length === 1) single.push(...(w[0] as string).split(' '));
    else ways.push(w);
  }
  if (single.length > 0) ways.push([fewest(single).join(' ')]);
  return ways.length > MAX_ALTERNATIVE_WAYS ? [folded(ways)] : ways;
}

/**
 * One way that any of `ways` meets: one set, the beginnings of the smallest set of each way (nothing when that is too
 * many to say much).
 */
function folded(ways: readonly (readonly string[])[]): readonly string[] {
  const beginnings: string[] = [];
  for (const way of ways) {
    let best = (way[0] as string).split(' ');
    for (const set of way.slice(1)) {
      const b = set.split(' ');
      if (rarer(b, best)) best = b;
    }
    beginnings.push(...best);
    if (beginnings.length > MAX_BEGINNINGS * 2) return [];
  }
  const set = fewest(beginnings);
  return set.length > MAX_BEGINNINGS ? [] : [set.join(' ')];
}

/** Whether a set of beginnings is likely met by fewer phrases than another: its shortest beginning longer, or as long and fewer of them. */
function rarer(a: readonly string[], b: readonly string[]): boolean {
  const shortest = (set: readonly string[]) => Math.min(...set.map((x) => x.length));
  const sa = shortest(a);
  const sb = shortest(b);
  return sa !== sb ? sa > sb : a.length < b.length;
}

/**
 * A way's sets as lists of beginnings, the likely rarest first (so a check that fails, fails at once), without one
 * another set already implies: {"okay"} implies {"fine", "ok"}, as a word that begins "okay" begins "ok".
 */
function tidy(way: readonly string[]): RequiredWay {
  const sets = way.map((key) => key.split(' ')).sort((p, q) => (rarer(p, q) ? -1 : rarer(q, p) ? 1 : 0));
  const out: string[][] = [];
  for (const s of sets) if (!out.some((t) => t.every((b) => s.some((x) => b.startsWith(x))))) out.push(s);
  return out;
}
