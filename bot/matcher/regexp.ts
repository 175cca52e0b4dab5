/** A literal string as a regular expression that matches it and nothing else. */
export const escapeRegExp = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Literal strings as one pattern that finds the longest of them at a place, their common beginnings factored out ("ab",
 * "abc", "ax" → "a(?:b(?:c)?|x)"): at each place the engine follows one branch per letter instead of trying every string
 * in turn, which keeps the hint and phrase scans cheap as the tables grow.
 */
export function literalsPattern(literals: readonly string[]): string {
  interface Node {
    readonly next: Map<string, Node>;
    end: boolean;
  }
  const root: Node = { next: new Map(), end: false };
  for (const literal of literals) {
    let node = root;
    for (const ch of literal) {
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const source = (node: Node): string => {
    const branches = [...node.next].map(([ch, child]) => escapeRegExp(ch) + source(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    // Greedy: the longer literal is tried first, the one that ends here after it.
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}
