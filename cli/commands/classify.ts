import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { EXIT, type CliContext } from '../context.js';
import type { Matcher, MatcherServer, MatchResult } from '../../bot/matcher/index.js';

/** One input line of `vos-assist classify` in stream mode. */
interface InputLine {
  id: unknown;
  text: unknown;
}

/** One output line in stream mode: the decision, or what was wrong with the input line. */
type OutputLine =
  | { id: string | number; playbook: string | null; confidence: number; decision: string }
  | { id: string | number; error: string };

/**
 * `vos-assist classify [TEXT] [--json]`.
 *
 * With TEXT: prints the decision for a person (with `--json`, the whole MatchResult as one
 * JSON object). Without TEXT: reads JSON lines `{"id","text"}` on stdin and writes one line
 * `{"id","playbook","confidence","decision"}` per input line, in order (`playbook` is null when
 * the decision is `none`); a malformed line gets `{"id","error"}` (the line number when it has
 * no usable id) and the rest still run; blank lines are skipped.
 *
 * The config file is optional here: when it exists its servers let the matcher recognise
 * server names and IPs; a config file that exists but is invalid is still an error (exit 2).
 * Nothing but results goes to stdout.
 */
export async function classify(ctx: CliContext, text: string | undefined, opts: { json?: boolean }): Promise<number> {
  const servers = await loadServers(ctx);
  const { createMatcher } = await import('../../bot/matcher/index.js');
  const matcher = createMatcher({ servers });
  if (text !== undefined) {
    const result = matcher.match(text);
    ctx.stdout.write(opts.json ? `${JSON.stringify(result)}\n` : describe(result));
    return EXIT.ok;
  }
  await classifyStream(ctx, matcher);
  return EXIT.ok;
}

async function loadServers(ctx: CliContext): Promise<MatcherServer[]> {
  if (!existsSync(ctx.configPath)) return [];
  const { loadConfig } = await import('../../config/load.js');
  return (await loadConfig(ctx.configPath)).servers.map((s) => ({ id: s.id, host: s.host, ...(s.name ? { name: s.name } : {}) }));
}

/** Classifies one input line; never throws. */
export function classifyLine(matcher: Matcher, line: string, lineNo: number): OutputLine {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: lineNo, error: 'not valid JSON' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return { id: lineNo, error: 'expected a JSON object {"id","text"}' };
  const { id: rawId, text } = parsed as InputLine;
  const id = typeof rawId === 'string' || (typeof rawId === 'number' && Number.isFinite(rawId)) ? rawId : lineNo;
  if (text === undefined) return { id, error: 'missing "text"' };
  if (typeof text !== 'string') return { id, error: '"text" must be a string' };
  const r = matcher.match(text);
  return { id, playbook: r.decision === 'none' ? null : r.playbook, confidence: r.confidence, decision: r.decision };
}

/**
 * Streams stdin line by line. Output is gathered while lines arrive in one burst and flushed
 * once the burst is done, so a pipe of a million lines is fast and a caller that writes one
 * line and waits still gets its answer at once. Backpressure pauses the input.
 */
async function classifyStream(ctx: CliContext, matcher: Matcher): Promise<void> {
  const rl = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const ok = ctx.stdout.write(pending);
    pending = '';
    if (!ok) {
      rl.pause();
      ctx.stdout.once('drain', () => rl.resume());
    }
  };
  rl.on('line', (line) => {
    lineNo++;
    if (line.trim() === '') return;
    pending += `${JSON.stringify(classifyLine(matcher, line, lineNo))}\n`;
    if (pending.length > 64 * 1024) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
  await new Promise<void>((resolve) => rl.once('close', resolve));
  flush();
  // Let the last write reach the pipe before the command returns.
  if (ctx.stdout.writableNeedDrain) await new Promise<void>((resolve) => ctx.stdout.once('drain', () => resolve()));
}

/** The decision for a person: a few aligned lines. */
export function describe(r: MatchResult): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const lines: [string, string][] = [];
  lines.push(['decision', r.decision]);
  if (r.playbook) lines.push(['playbook', `${r.playbook} (${pct(r.confidence)})`]);
  else lines.push(['confidence', `${pct(r.confidence)} for the best playbook`]);
  if (r.candidates.length > 0) lines.push(['candidates', r.candidates.map((c) => `${c.playbook} ${pct(c.score)}`).join(', ')]);
  lines.push(['why', r.evidence.reason]);
  if (r.evidence.rules.length > 0) lines.push(['rules', r.evidence.rules.map((h) => `${h.id} "${h.matched}"`).join('; ')]);
  const clf = r.evidence.classifier;
  const scores = Object.entries(clf.scores)
    .sort((a, b) => b[1] - a[1])
    .map(([label, s]) => `${label} ${pct(s)}`)
    .join(', ');
  lines.push(['classifier', clf.knownTerms === 0 ? 'no known words' : `${scores} (${clf.knownTerms} known terms${clf.topTerms.length ? `: ${clf.topTerms.join(', ')}` : ''})`]);
  if (r.evidence.corrections.length > 0) lines.push(['corrected', r.evidence.corrections.map((c) => `${c.from} → ${c.to}`).join(', ')]);
  const x = r.extracted;
  const facts = [
    x.serverIds.length ? `servers ${x.serverIds.join(', ')}` : '',
    x.ips.length ? `IPs ${x.ips.join(', ')}` : '',
    x.timeWait !== undefined ? `TIME_WAIT ${x.timeWait}` : '',
    x.cps !== undefined ? `CPS ${x.cps}` : '',
  ].filter(Boolean);
  if (facts.length > 0) lines.push(['extracted', facts.join(' · ')]);
  if (r.evidence.truncated) lines.push(['note', 'long message: only its start was read']);
  const width = Math.max(...lines.map(([k]) => k.length));
  return lines.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}
