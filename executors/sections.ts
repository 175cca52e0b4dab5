import { randomBytes } from 'node:crypto';
import { shellQuote } from './quote.js';

/**
 * Many probes, one round trip: a shell script prints each section behind a marker
 * carrying a fresh random nonce, so no file content can forge a section boundary.
 */
export interface Section {
  readonly name: string;
  /**
   * A shell command line built only from constants and shellQuote()d values; a function
   * when it prints markers of its own (it is given the nonce).
   */
  readonly command: string | ((nonce: string) => string);
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
    (s) => `printf '\\n@@${nonce} ${s.name}\\n'; { ${typeof s.command === 'string' ? s.command : s.command(nonce)}\n} 2>/dev/null; printf '\\n@@${nonce} ${s.name}.rc\\n%s' "$?"`,
  );
}

/** Files that one `cat` prints as one section (see catSection). */
export interface CatPart {
  readonly name: string;
  readonly paths: readonly string[];
  /** One path that may be missing: a first line says `present` or `absent`. */
  readonly presence?: boolean;
}

/**
 * Sections of file contents printed by one `cat`, as if each had been its own section: a
 * process per file is most of what a read costs the server. The markers between the parts
 * come from here-documents (no process), each part's status from builtin checks before the
 * `cat`: a missing file reads as nothing, an unreadable one as nothing with status 1. The
 * group's own status is the `cat`'s; read a part's status with groupRc, which lets it count
 * only when the `cat` itself succeeded.
 */
export function catSection(group: string, parts: readonly CatPart[]): Section {
  if (parts.length === 0 || parts.length > 7) throw new Error('catSection: 1 to 7 parts (here-documents take fds 3 to 9)');
  return { name: group, command: (nonce) => catCommand(nonce, parts) };
}

function catCommand(nonce: string, parts: readonly CatPart[]): string {
  const marker = (name: string) => `@@${nonce} ${name}`;
  const checks: string[] = [];
  const files = parts.map((part, i) => {
    if (part.presence) {
      const f = shellQuote(part.paths[0]!);
      checks.push(`if [ -e ${f} ]; then p${i}=present; if [ -f ${f} ] && [ -r ${f} ]; then f${i}=${f} r${i}=0; else f${i}=/dev/null r${i}=1; fi; else p${i}=absent f${i}=/dev/null r${i}=0; fi`);
      return [`"$f${i}"`];
    }
    checks.push(`r${i}=0`);
    return part.paths.map((path, j) => {
      const f = shellQuote(path);
      checks.push(`if [ -r ${f} ]; then f${i}_${j}=${f}; else f${i}_${j}=/dev/null r${i}=1; fi`);
      return `"$f${i}_${j}"`;
    });
  });
  const head = (i: number) => [marker(parts[i]!.name), ...(parts[i]!.presence ? [`$p${i}`] : [])];
  const last = parts.length - 1;
  // Between part i and i+1, on fd 3+i: "\n@@N <i>.rc\n<status>\n@@N <i+1>\n[presence\n]".
  const docs = parts.slice(1).map((_, i) => ['', marker(`${parts[i]!.name}.rc`), `$r${i}`, ...head(i + 1), `VOS_${nonce}_${3 + i}`]);
  return [
    ...checks,
    `printf '\\n${head(0).map(() => '%s\\n').join('')}' ${head(0).map((w) => `"${w}"`).join(' ')}`,
    `cat ${files.flatMap((f, i) => (i < last ? [...f, `/dev/fd/${3 + i}`] : f)).join(' ')} ${docs.map((_, i) => `${3 + i}<<VOS_${nonce}_${3 + i}`).join(' ')}`,
    ...docs.flat(),
    // The group's status is the cat's, set without a process.
    `c=$?; printf '\\n%s\\n%s' "${marker(`${parts[last]!.name}.rc`)}" "$r${last}"; [ "$c" -eq 0 ]`,
  ].join('\n');
}

/** A part's status in a catSection group: its own, if the group's `cat` succeeded. */
export function groupRc(sections: Map<string, Buffer>, group: string, name: string): number | undefined {
  if (!sections.has(group)) return sectionRc(sections, name);
  const rc = sectionRc(sections, group);
  return rc === 0 ? sectionRc(sections, name) : rc;
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
