/**
 * Pure editing of softswitch.conf. The file is handled as latin1 text so that every
 * byte we do not mean to change (CRLF, junk, other encodings) survives untouched.
 */

export type BooleanStyle = 'OnOff' | 'onoff' | 'ON/OFF' | '1/0' | 'true/false';

const TRUE_WORDS = new Set(['on', '1', 'true', 'yes', 'enable', 'enabled']);
const FALSE_WORDS = new Set(['off', '0', 'false', 'no', 'disable', 'disabled']);

/** Reads a switch value in any of the spellings VOS releases use; null when it is none of them. */
export function parseSwitch(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (TRUE_WORDS.has(v)) return true;
  if (FALSE_WORDS.has(v)) return false;
  return null;
}

/** Writes a switch value in the server's style. */
export function formatSwitch(on: boolean, style: BooleanStyle): string {
  switch (style) {
    case 'onoff':
      return on ? 'on' : 'off';
    case 'ON/OFF':
      return on ? 'ON' : 'OFF';
    case '1/0':
      return on ? '1' : '0';
    case 'true/false':
      return on ? 'true' : 'false';
    default:
      return on ? 'On' : 'Off';
  }
}

/** One active `KEY=VALUE` / `KEY="VALUE"` line of the file. */
export interface ConfEntry {
  readonly line: number; // 0-based
  readonly value: string;
  readonly quoted: boolean;
}

const lineRe = (key: string) => new RegExp(`^([ \\t]*)(${key})([ \\t]*=[ \\t]*)(?:"([^"\\r]*)"|([^\\s#"\\r]*))(.*?)(\\r?)$`);

function splitLines(text: string): string[] {
  return text.split('\n');
}

/** Every active occurrence of `key` (commented lines are ignored). */
export function findEntries(content: string, key: string): ConfEntry[] {
  const re = lineRe(key);
  const entries: ConfEntry[] = [];
  splitLines(content).forEach((l, i) => {
    const m = re.exec(l);
    if (m) entries.push({ line: i, value: m[4] ?? m[5] ?? '', quoted: m[4] !== undefined });
  });
  return entries;
}

/** The effective value: the last active occurrence wins, as when the file is sourced. */
export function readValue(content: string, key: string): string | null {
  const entries = findEntries(content, key);
  return entries.length ? entries[entries.length - 1]!.value : null;
}

/** Whether the file writes values as KEY="V" (default) or KEY=V, judged by its SS_ lines. */
export function detectQuoting(content: string): boolean {
  let quoted = 0;
  let bare = 0;
  for (const l of splitLines(content)) {
    const m = /^[ \t]*[A-Z][A-Z0-9_]*[ \t]*=[ \t]*(")?/.exec(l);
    if (m) m[1] ? quoted++ : bare++;
  }
  return quoted >= bare;
}

/**
 * Sets `key` to `value`: every active occurrence is rewritten in its own quoting style
 * (so duplicates cannot disagree), other bytes are kept. An absent key is appended in the
 * file's style, with the file's line ending.
 */
export function setValue(content: string, key: string, value: string): string {
  if (!/^[A-Za-z0-9_.-]*$/.test(value)) throw new Error(`refusing to write value ${JSON.stringify(value)}`);
  const re = lineRe(key);
  const lines = splitLines(content);
  let found = false;
  const out = lines.map((l) => {
    const m = re.exec(l);
    if (!m) return l;
    found = true;
    const quoted = m[4] !== undefined;
    return `${m[1]}${m[2]}${m[3]}${quoted ? `"${value}"` : value}${m[6]}${m[7]}`;
  });
  if (found) return out.join('\n');
  const eol = content.includes('\r\n') ? '\r\n' : '\n';
  const line = detectQuoting(content) ? `${key}="${value}"` : `${key}=${value}`;
  if (content === '') return `${line}${eol}`;
  const sep = content.endsWith('\n') ? '' : eol;
  return `${content}${sep}${line}${eol}`;
}

/** Removes every active occurrence of `key` (used to undo a key we added). */
export function removeKey(content: string, key: string): string {
  const re = lineRe(key);
  const lines = splitLines(content);
  const kept = lines.filter((l) => !re.test(l));
  return kept.join('\n');
}
