import { randomBytes } from 'node:crypto';

/**
 * Many probes, one round trip: a shell script prints each section behind a marker
 * carrying a fresh random nonce, so no file content can forge a section boundary.
 */
export interface Section {
  readonly name: string;
  /** A shell command line built only from constants and shellQuote()d values. */
  readonly command: string;
}

export function newNonce(): string {
  return randomBytes(9).toString('hex');
}

/**
 * Renders the sections; each one's exit status follows it as section `<name>.rc`.
 * Commands run in a `{ }` group, not a subshell: a fork per probe is most of a probe's
 * cost on a busy server. Section commands therefore never call `exit`.
 */
export function sectionLines(nonce: string, sections: readonly Section[]): string[] {
  return sections.map(
    (s) => `printf '\\n@@${nonce} ${s.name}\\n'; { ${s.command}\n} 2>/dev/null; printf '\\n@@${nonce} ${s.name}.rc\\n%s' "$?"`,
  );
}

/** A whole script of sections, closed by the end marker. */
export function sectionScript(nonce: string, sections: readonly Section[]): string {
  return [...sectionLines(nonce, sections), `printf '\\n@@${nonce} end\\n'`].join('\n');
}

/** Splits script output into sections (content exact, as bytes). Missing sections are absent. */
export function parseSections(nonce: string, out: Buffer): Map<string, Buffer> {
  const marker = Buffer.from(`\n@@${nonce} `);
  const result = new Map<string, Buffer>();
  let at = out.indexOf(marker);
  while (at !== -1) {
    const nameStart = at + marker.length;
    const nameEnd = out.indexOf(0x0a, nameStart);
    if (nameEnd === -1) break;
    const name = out.subarray(nameStart, nameEnd).toString('latin1');
    const next = out.indexOf(marker, nameEnd + 1);
    // A section only counts once its closing marker arrived: a cut-off output never yields a partial file.
    if (next === -1) break;
    if (name !== 'end') result.set(name, out.subarray(nameEnd + 1, next));
    at = next;
  }
  return result;
}

/** Section text, trimmed; undefined when missing. */
export function sectionText(sections: Map<string, Buffer>, name: string): string | undefined {
  return sections.get(name)?.toString('utf8').trim();
}

/** Exit status of a section; undefined when it never ran to completion. */
export function sectionRc(sections: Map<string, Buffer>, name: string): number | undefined {
  const t = sectionText(sections, `${name}.rc`);
  return t === undefined || t === '' ? undefined : Number(t);
}
