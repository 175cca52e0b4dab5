/** Pure editing of the managed block VOS Assist keeps in a sysctl file. */

export const BLOCK_BEGIN = '# BEGIN vos-assist managed block (written by VOS Assist; edits inside are overwritten)';
export const BLOCK_END = '# END vos-assist managed block';

interface Block {
  start: number; // line index of BEGIN
  end: number; // line index of END
}

function findBlock(lines: string[]): Block | null {
  const start = lines.findIndex((l) => l.trimEnd() === BLOCK_BEGIN);
  if (start === -1) return null;
  const end = lines.findIndex((l, i) => i > start && l.trimEnd() === BLOCK_END);
  return end === -1 ? null : { start, end };
}

const keyOf = (line: string) => /^[ \t]*([a-z0-9_.]+)[ \t]*=/.exec(line)?.[1];

/** Value of `key` inside our block, whitespace normalised; null when absent. */
export function readBlockValue(content: string, key: string): string | null {
  const lines = content.split('\n');
  const b = findBlock(lines);
  if (!b) return null;
  for (let i = b.start + 1; i < b.end; i++) {
    const l = lines[i]!;
    if (keyOf(l) === key) return l.slice(l.indexOf('=') + 1).trim().replace(/\s+/g, ' ');
  }
  return null;
}

/** Sets `key = value` inside our block, creating the block at the end of the file if needed. */
export function upsertBlockValue(content: string, key: string, value: string): string {
  const lines = content.split('\n');
  const entry = `${key} = ${value}`;
  const b = findBlock(lines);
  if (!b) {
    const base = content === '' || content.endsWith('\n') ? content : `${content}\n`;
    return `${base}${BLOCK_BEGIN}\n${entry}\n${BLOCK_END}\n`;
  }
  for (let i = b.start + 1; i < b.end; i++) {
    if (keyOf(lines[i]!) === key) {
      lines[i] = entry;
      return lines.join('\n');
    }
  }
  lines.splice(b.end, 0, entry);
  return lines.join('\n');
}

/** Removes `key` from our block; drops the block when it becomes empty. */
export function removeBlockValue(content: string, key: string): string {
  const lines = content.split('\n');
  const b = findBlock(lines);
  if (!b) return content;
  const inner = lines.slice(b.start + 1, b.end).filter((l) => keyOf(l) !== key);
  if (inner.some((l) => keyOf(l))) return [...lines.slice(0, b.start + 1), ...inner, ...lines.slice(b.end)].join('\n');
  return [...lines.slice(0, b.start), ...lines.slice(b.end + 1)].join('\n');
}
