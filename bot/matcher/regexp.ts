/** A literal string as a regular expression that matches it and nothing else. */
export const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The characters escapeRegExp escapes (one character at a time, a look-up is cheaper than a replace). */
const SPECIAL = '.*+?^${}()|[]\\';

/**
 * Literal strings as one pattern that finds the longest of them at a place, their common beginnings factored out ("ab",
 * "abc", "ax" → "a(?:b(?:c)?|x)"): at each place the engine follows one branch per letter instead of trying every string
 * in turn, which keeps the hint and phrase scans cheap as the tables grow.
 */
export function literalsPattern(literals: readonly string[]): string {
  // Sorted, the literals that share a beginning stand together, so the tree is walked in ranges
  // of one array instead of built of nodes and maps: the phrase tables hold thousands of phrases,
  // and start-up pays for every table a training example arms.
  const chars = [...new Set(literals)].map((literal, order) => ({ chars: Array.from(literal), order }));
  chars.sort((a, b) => compareChars(a.chars, b.chars));
  const source = (from: number, to: number, depth: number): { source: string; first: number } => {
    let end = false;
    let first = Number.POSITIVE_INFINITY;
    const branches: { source: string; first: number }[] = [];
    for (let i = from; i < to; ) {
      const literal = chars[i] as { chars: string[]; order: number };
      if (literal.chars.length === depth) {
        end = true;
        first = literal.order;
        i++;
        continue;
      }
      const ch = literal.chars[depth] as string;
      let j = i + 1;
      while (j < to && (chars[j] as { chars: string[] }).chars[depth] === ch) j++;
      const rest = source(i, j, depth + 1);
      branches.push({ source: (SPECIAL.includes(ch) ? `\\${ch}` : ch) + rest.source, first: rest.first });
      i = j;
    }
    // Branches in the order their first literal was given, as a tree built literal by literal has them.
    branches.sort((a, b) => a.first - b.first);
    if (branches.length === 0) return { source: '', first };
    first = Math.min(first, (branches[0] as { first: number }).first);
    const body = branches.length === 1 ? (branches[0] as { source: string }).source : `(?:${branches.map((b) => b.source).join('|')})`;
    // Greedy: the longer literal is tried first, the one that ends here after it.
    return { source: end ? `(?:${body})?` : body, first };
  };
  return source(0, chars.length, 0).source;
}

/** Orders literals, given as their characters, as a dictionary does: a beginning before what goes on from it. */
function compareChars(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** The top-level alternatives of a pattern's source (split at `|` outside groups and classes). */
export function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

/** Where the group opened at `at` in a pattern's source closes (-1: it does not). */
export function groupEnd(source: string, at: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
