// What a page must show of a run, checked against the run the product recorded: each planned
// change, every file's diff line by line, the kernel values, the reload, what was left out,
// the cautions; and the bars of the ports chart. Shared by the suites that render recorded runs.
import { expect } from 'vitest';
import type { Plan } from '../../runs/model.js';
import { escapeHtml } from '../../web/html.js';

/** The `<article>` of one run on the pending list; throws when the run is not listed. */
export function pendingArticle(body: string, runId: string): string {
  const start = body.indexOf(`<article class="card pending-item" data-run="${runId}">`);
  if (start === -1) throw new Error(`${runId} is not on the pending list`);
  return body.slice(start, body.indexOf('</article>', start));
}

/** The diff block of one file in a rendered plan; throws when the file is not shown. */
function fileBlock(html: string, path: string): string {
  const start = html.indexOf(`<div class="file-diff" data-file="${escapeHtml(path)}">`);
  if (start === -1) throw new Error(`no diff of ${path}`);
  return html.slice(start, html.indexOf('</pre></div>', start));
}

/**
 * Asserts that `html` (a page, or one run's part of it) shows the whole plan: every change
 * with its current and planned value, every line of every file's diff, each kernel value
 * set at run time, the reload exactly when the plan reloads, what was left out and why, and
 * the cautions. Never "nothing planned" for a plan that changes something.
 */
export function expectWholePlan(html: string, plan: Plan, reloadCommand: string): void {
  expect(plan.changes.some((c) => c.changed)).toBe(true);
  expect(html).not.toMatch(/No changes planned|changes no setting/);
  expect(html).toContain(`data-binding="${plan.binding}"`);
  for (const c of plan.changes) {
    expect(html).toContain(`<li data-change="${c.key}"><code>${c.key}</code>: <code>${escapeHtml(c.from ?? 'unset')}</code> → <code>${escapeHtml(c.to)}</code>`);
  }
  for (const f of plan.files) {
    const block = fileBlock(html, f.path);
    expect(f.diff.kind).toBe('hunks');
    const lines = f.diff.kind === 'hunks' ? f.diff.hunks.flatMap((h) => h.lines) : [];
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const cls = line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : '';
      expect(block, f.path).toContain(`<span class="${cls}">${escapeHtml(line)}</span>`);
    }
  }
  for (const r of plan.runtime) expect(html).toContain(`<li><code>sysctl -w ${r.key}</code>: <code>${escapeHtml(r.from ?? 'unknown')}</code> → <code>${escapeHtml(r.to)}</code></li>`);
  if (plan.reload) expect(html).toContain(`<p data-reload>The softswitch re-reads its configuration: <code>${escapeHtml(reloadCommand)}</code></p>`);
  else expect(html).not.toContain('data-reload');
  for (const s of plan.intent.skipped) expect(html).toContain(`<li><code>${s.key}</code>: ${escapeHtml(s.reason)}</li>`);
  expect(plan.intent.cautions.length).toBeGreaterThan(0);
  for (const c of plan.intent.cautions) expect(html).toMatch(new RegExp(`<ul class="cautions">(?:<li>[^<]*</li>)*<li>${escapeRe(escapeHtml(c))}</li>`));
}

/** The value of one fact in one read's column of a facts table. */
export function factCell(html: string, fact: string, reading: string): string | null {
  const row = new RegExp(`<tr data-fact="${fact}"[^>]*>(.*?)</tr>`).exec(html)?.[1] ?? '';
  return new RegExp(`<td class="mono" data-reading="${reading}">([^<]*)</td>`).exec(row)?.[1] ?? null;
}

/** One read in the ports chart: the widths of its two bars and the two lines written under them. */
export interface ChartRow {
  readonly reading: string;
  readonly ports: number | null;
  readonly timeWait: number | null;
  /** "400 in TIME_WAIT of 28,232 ports (1%)" */
  readonly counts: string;
  /** "RST Off · tcp_tw_reuse 0 · ports 32768–60999" */
  readonly flags: string;
  readonly rects: number;
}

/** Reads the ports chart of a page back from its SVG. */
export function chartRows(html: string): ChartRow[] {
  const svg = /<svg viewBox="[^"]*" width="100%" role="img" aria-label="TIME_WAIT sockets against the ephemeral port range, per read">([^]*?)<\/svg>/.exec(html)?.[1];
  if (!svg) throw new Error('no ports chart on the page');
  return [...svg.matchAll(/<g data-reading="([^"]+)">([^]*?)<\/g>/g)].map(([, reading, g]) => {
    const width = (cls: string) => {
      const w = new RegExp(`<rect class="${cls}" [^>]*width="([^"]+)"`).exec(g!)?.[1];
      return w === undefined ? null : Number(w);
    };
    const texts = [...g!.matchAll(/<text (?!class="flags")[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    const flags = /<text class="flags"[^>]*>([^<]*)<\/text>/.exec(g!)?.[1] ?? '';
    return { reading: reading!, ports: width('bar-ports'), timeWait: width('bar-timewait'), counts: texts[1] ?? '', flags, rects: (g!.match(/<rect /g) ?? []).length };
  });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
