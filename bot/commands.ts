/** An engineer's command in chat. */
export type EngineerCommand =
  | { cmd: 'approve'; runId: string }
  | { cmd: 'reject'; runId: string; reason: string }
  | { cmd: 'rollback'; runId: string }
  | { cmd: 'runs'; customer?: string }
  | { cmd: 'run'; runId: string }
  | { cmd: 'check'; server: string }
  | { cmd: 'propose'; runId: string }
  | { cmd: 'memory'; customer: string }
  | { cmd: 'forget'; customer: string; what: string }
  | { cmd: 'watches' }
  | { cmd: 'unwatch'; server: string }
  | { cmd: 'help' };

const RUN_ID = /^r-?(\d{1,9})$/i;

/** How `forget` is written. */
export const FORGET_USAGE = 'usage: forget <customer> <n|tls|nat|udp|cps|R-n|all>';

/** Normalises "r1042", "R-1042", "1042" to "R-1042"; null when it is not a run id. */
export function parseRunId(token: string | undefined): string | null {
  if (!token) return null;
  const t = token.trim().replace(/[.,;:!]+$/, '');
  const m = RUN_ID.exec(t) ?? /^(\d{1,9})$/.exec(t);
  return m && Number(m[1]) > 0 ? `R-${Number(m[1])}` : null;
}

/**
 * Parses `approve ID`, `reject ID reason`, `rollback ID`, `runs [customer]`, `run ID`,
 * `check SERVER`, `propose ID` (a diagnosis, whatever the customer memory holds back),
 * `memory CUSTOMER`, `forget CUSTOMER WHAT`, `help` (case-insensitive, a leading "/"
 * allowed). Anything else is null (and may be a question: the assistant answers those too).
 */
export function parseCommand(text: string): EngineerCommand | { cmd: 'invalid'; message: string } | null {
  const words = text.trim().replace(/^\//, '').split(/\s+/);
  const verb = words[0]?.toLowerCase();
  const id = parseRunId(words[1]);
  switch (verb) {
    case 'approve':
    case 'rollback':
    case 'run':
    case 'propose':
      if (!id) return { cmd: 'invalid', message: `usage: ${verb} R-<number>` };
      return { cmd: verb, runId: id };
    case 'reject':
      if (!id) return { cmd: 'invalid', message: 'usage: reject R-<number> <reason>' };
      return { cmd: 'reject', runId: id, reason: words.slice(2).join(' ') };
    case 'runs':
      return words[1] ? { cmd: 'runs', customer: words[1].toLowerCase() } : { cmd: 'runs' };
    case 'check':
      // "check time_wait on lab1?" is a question, not the command: the command is two words.
      if (words.length === 2 && words[1] && !/\?$/.test(words[1])) return { cmd: 'check', server: words[1] };
      return words.length === 1 ? { cmd: 'invalid', message: 'usage: check <server>' } : null;
    case 'memory':
      // "memory of acme?" is a question; the command is two words.
      if (words.length === 2 && /^[\w.-]+$/.test(words[1]!)) return { cmd: 'memory', customer: words[1]!.toLowerCase() };
      return words.length === 1 ? { cmd: 'invalid', message: 'usage: memory <customer>' } : null;
    case 'forget':
      if (words.length === 3 && /^[\w.-]+$/.test(words[1]!)) return { cmd: 'forget', customer: words[1]!.toLowerCase(), what: words[2]!.toLowerCase().replace(/^#/, '') };
      return { cmd: 'invalid', message: FORGET_USAGE };
    case 'watches':
      return words.length === 1 ? { cmd: 'watches' } : null;
    case 'unwatch':
      if (words.length === 2 && /^[\w.-]+$/.test(words[1]!)) return { cmd: 'unwatch', server: words[1]!.toLowerCase() };
      return { cmd: 'invalid', message: 'usage: unwatch <server>' };
    case 'help':
    case '?':
      return { cmd: 'help' };
    default:
      return null;
  }
}
