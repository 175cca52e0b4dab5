import { shellQuote } from '../quote.js';

/** How many of the newest files of the log directory are read, and how much of each (its end). */
export const LOG_FILES = 3;
export const LOG_WINDOW_BYTES = 128 * 1024;
/** Matching lines kept per file (the newest), for the newest line and the ports they name. */
const KEPT = 20;

/** What a bind-failure line says. */
export type BindFailureKind = 'in_use' | 'cannot_assign' | 'bind';

/** One bind-failure line of the sample: when, which local port it names (if any), what it says. */
export interface BindFailureLine {
  /** The line's own time stamp, as `YYYY-MM-DD HH:MM:SS` in the server's local time; null when it has none we read. */
  readonly at: string | null;
  readonly kind: BindFailureKind;
  /** The port an "Address already in use" / bind line names; null for none (or for "Cannot assign", which is about the ephemeral range whatever it names). */
  readonly port: number | null;
  /** Whether it falls in the hour before the server's clock at the read. */
  readonly recent: boolean;
  readonly text: string;
}

/** Recent bind failures in the softswitch's logs. */
export interface BindFailures {
  /** Files read, newest first (names within the log directory). */
  readonly files: string[];
  /** Matching lines in the read window (the newest LOG_WINDOW_BYTES of each file). */
  readonly count: number;
  /** Of those, lines stamped within the hour before the server's clock. */
  readonly lastHour: number;
  /** Lines without a time stamp we could read (they count in `count`, never in `lastHour`). */
  readonly undated: number;
  /** The server's clock when read (local time, `YYYY-MM-DD HH:MM:SS`). */
  readonly serverTime: string | null;
  /** The newest matching lines, oldest first (at most a few per file). */
  readonly sample: BindFailureLine[];
}

// Lower-cased lines that report a failed bind: the two errno texts, their names, and "bind … failed".
const MATCH = 'address already in use|cannot assign requested address|eaddrinuse|eaddrnotavail|bind[^a-z].*(fail|error|denied|unable)|(fail|error|cannot|unable|could not)[a-z ]* bind';
// A time stamp awk can compare as text once "/" and "T" are normalised.
// (The slash is escaped: awk ends a regular expression at a bare one, even inside brackets on some builds.)
const STAMP = '[0-9][0-9][0-9][0-9][-\\/][0-9][0-9][-\\/][0-9][0-9][ T][0-9][0-9]:[0-9][0-9]:[0-9][0-9]';

/**
 * The shell of the logs probe. Reads at most LOG_FILES × LOG_WINDOW_BYTES: the newest regular
 * files of the directory, each from its end (`tail -c`). One awk per file counts the matching
 * lines, those stamped after the cut-off (an hour before the server's clock, computed by the
 * server's own `date` so its time zone applies), and keeps the newest few.
 */
export function logsCommand(logDir: string): string {
  const d = shellQuote(logDir);
  return [
    `d=${d}`,
    // GNU date; where -d is not understood, the cut-off is empty and no line counts as recent.
    "cut=$(date -d '-1 hour' '+%Y-%m-%d %H:%M:%S' 2>/dev/null); now=$(date '+%Y-%m-%d %H:%M:%S')",
    'echo "now $now"; echo "cut $cut"',
    'if [ -d "$d" ] && [ -r "$d" ]; then',
    `  ls -t "$d" 2>/dev/null | head -n 20 | { n=0; while IFS= read -r f; do`,
    `    [ $n -lt ${LOG_FILES} ] || break`,
    '    [ -f "$d/$f" ] && [ -r "$d/$f" ] || continue',
    '    n=$((n + 1)); echo "file $f"',
    `    tail -c ${LOG_WINDOW_BYTES} "$d/$f" | awk -v cut="$cut" '`,
    `{ s = tolower($0) } s ~ /${MATCH}/ { n++; t = ""; if (match($0, /${STAMP}/)) { t = substr($0, RSTART, 19); gsub("/", "-", t); sub("T", " ", t) } else u++`,
    `  if (t != "" && cut != "" && t >= cut) r++; k[n % ${KEPT}] = substr($0, 1, 300) }`,
    `END { print "count " n + 0 " " r + 0 " " u + 0; for (i = (n > ${KEPT} ? n - ${KEPT - 1} : 1); i <= n; i++) print "line " k[i % ${KEPT}] }'`,
    '  done; }',
    'else echo "nodir"; fi',
  ].join('\n');
}

const STAMP_RE = /(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/;
// An address and port ("0.0.0.0:8080", "[::]:5060", "*:1720") or "port 8080"; never a clock ("08:31:57").
const PORT_RE = /(?:(?:\d{1,3}(?:\.\d{1,3}){3}|\*|\]|localhost):(\d{1,5})(?![\d:])|\bport\s*[:=#]?\s*(\d{1,5})\b)/i;

/** What one matching line says (pure). */
export function readBindLine(text: string, cut: string | null): BindFailureLine {
  const m = STAMP_RE.exec(text);
  const at = m ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}` : null;
  const lower = text.toLowerCase();
  const kind: BindFailureKind = /cannot assign requested address|eaddrnotavail/.test(lower) ? 'cannot_assign' : /address already in use|eaddrinuse/.test(lower) ? 'in_use' : 'bind';
  const rest = m ? text.slice(0, m.index) + text.slice(m.index + m[0].length) : text;
  const pm = kind === 'cannot_assign' ? null : PORT_RE.exec(rest);
  const port = pm ? Number(pm[1] ?? pm[2]) : null;
  return { at, kind, port: port !== null && port >= 1 && port <= 65535 ? port : null, recent: !!(at && cut && at >= cut), text: text.slice(0, 300) };
}

/** Reads the probe's output (pure); null when the directory is missing or unreadable. */
export function parseLogs(text: string): BindFailures | null {
  const lines = text.split('\n');
  if (lines.some((l) => l.trim() === 'nodir')) return null;
  const value = (name: string) => lines.find((l) => l.startsWith(`${name} `))?.slice(name.length + 1).trim() || null;
  const serverTime = value('now');
  const cut = value('cut');
  if (serverTime === null && !lines.some((l) => l.startsWith('file '))) return null;
  const files: string[] = [];
  let count = 0;
  let lastHour = 0;
  let undated = 0;
  // Files come newest first; the sample lists each file's lines oldest first, so the whole is oldest first when reversed by file.
  const perFile: BindFailureLine[][] = [];
  for (const line of lines) {
    if (line.startsWith('file ')) {
      files.push(line.slice(5));
      perFile.push([]);
    } else if (line.startsWith('count ')) {
      const [n, r, u] = line.slice(6).trim().split(' ').map(Number);
      count += n ?? 0;
      lastHour += r ?? 0;
      undated += u ?? 0;
    } else if (line.startsWith('line ') && perFile.length) {
      perFile[perFile.length - 1]!.push(readBindLine(line.slice(5), cut));
    }
  }
  return { files, count, lastHour, undated, serverTime, sample: perFile.reverse().flat() };
}

/** The newest line of the sample (the newest file's last match). */
export const newestBindFailure = (b: Pick<BindFailures, 'sample'>): BindFailureLine | null => b.sample[b.sample.length - 1] ?? null;
