import type { Facts } from '../../runs/model.js';
import type { TypedRun } from '../../runs/records.js';
import { html, type SafeHtml } from '../html.js';
import { num } from './format.js';

/** One read of the server that a run keeps, with what it was for. */
export interface Reading {
  readonly key: 'proposed' | 'atApply' | 'before' | 'after';
  readonly label: string;
  readonly facts: Facts;
}

/** Statuses of a proposal that never ran: its only read is the one it was proposed on. */
const UNAPPLIED = new Set(['awaiting_approval', 'rejected', 'expired']);

/**
 * The reads a run kept, in time order: when it was proposed, right before the change, and
 * after it. A run without a proposal (command line) has one read before and one after.
 */
export function readingsOf(run: Pick<TypedRun, 'factsBefore' | 'factsAtApply' | 'factsAfter' | 'kind' | 'status'>): Reading[] {
  const proposed = run.kind === 'remediate' && (run.factsAtApply !== null || UNAPPLIED.has(run.status));
  const out: Reading[] = [];
  if (run.factsBefore) out.push(proposed ? { key: 'proposed', label: 'when proposed', facts: run.factsBefore } : { key: 'before', label: 'before', facts: run.factsBefore });
  if (run.factsAtApply) out.push({ key: 'atApply', label: 'right before the change', facts: run.factsAtApply });
  if (run.factsAfter) out.push({ key: 'after', label: 'after', facts: run.factsAfter });
  return out;
}

const range = (f: Facts) => (f.portRange ? `${f.portRange.low} ${f.portRange.high}` : 'unknown');
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? 'unknown' : String(v));
/** Shown for a value a read did not look at (the quick read after a change), as opposed to one it could not tell. */
const NOT_READ = 'not re-read';
const listed = (f: Facts, v: number | null) => (f.timeWaitSource === 'sockstat' ? NOT_READ : num(v));
const share = (f: Facts) => (f.timeWaitCount !== null && f.portRange ? `${Math.round((f.timeWaitCount / f.portRange.size) * 100)}%` : 'unknown');

/** The rows of the facts table: label, and the value in each read. */
export function factRows(readings: readonly Facts[]): { key: string; label: string; values: string[] }[] {
  const row = (key: string, label: string, get: (f: Facts) => string) => ({ key, label, values: readings.map(get) });
  return [
    row('timeWait', 'TIME_WAIT sockets', (f) => num(f.timeWaitCount)),
    row('timeWaitShare', 'TIME_WAIT share of the port range', share),
    row('tcpTwReuse', 'net.ipv4.tcp_tw_reuse', (f) => text(f.tcpTwReuse)),
    row('portRange', 'net.ipv4.ip_local_port_range', range),
    row('portRangeSize', 'ephemeral ports', (f) => num(f.portRange?.size)),
    row('tcpCloseReset', 'SS_TCP_CLOSE_RESET', (f) => text(f.tcpCloseReset)),
    row('sipTcp', 'SIP TCP connections', (f) => listed(f, f.sipTcpConnections)),
    row('sipTls', 'SIP TLS connections', (f) => listed(f, f.sipTlsConnections)),
    row('rstDrop', 'firewall rules dropping RST', (f) => (f.rstDropRules ? String(f.rstDropRules.length) : 'unknown')),
    row('os', 'operating system', (f) => text(f.os)),
    row('tags', 'tags', (f) => (f.tags.length ? f.tags.join(', ') : '—')),
  ];
}

const KEY_FACTS = new Set(['timeWait', 'timeWaitShare', 'tcpTwReuse', 'portRange', 'tcpCloseReset']);

/**
 * A table with one column per read; a row whose value moved between reads is highlighted.
 * `keyOnly` keeps the values the playbooks act on.
 */
export function factsTable(readings: readonly Reading[], keyOnly = false): SafeHtml {
  const rows = factRows(readings.map((r) => r.facts)).filter((r) => !keyOnly || KEY_FACTS.has(r.key));
  // A read that did not look at a value, or could not tell it, is no evidence that it moved.
  const moved = (values: string[]) => values.filter((v) => v !== NOT_READ && v !== 'unknown').some((v, _i, all) => v !== all[0]);
  return html`<div class="table-wrap"><table class="facts">
<thead><tr><th>fact</th>${readings.map((r) => html`<th data-reading="${r.key}">${r.label}</th>`)}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr data-fact="${r.key}"${readings.length > 1 && moved(r.values) ? html` class="changed"` : null}><td>${r.label}</td>${r.values.map((v, i) => html`<td class="mono" data-reading="${readings[i]!.key}">${v}</td>`)}</tr>`,
  )}</tbody></table></div>`;
}

/**
 * TIME_WAIT against the port range, for each read, on one scale: the grey bar is the
 * ephemeral port range, the blue part the sockets in TIME_WAIT within it, so "28,000 of
 * 28,232" and "3,000 of 64,512" read as what they are. Settings that are flags are written
 * as values under each bar, not drawn. Plain SVG attributes, no inline style (strict CSP).
 */
export function portsChart(readings: readonly Reading[]): SafeHtml {
  const width = 600;
  const labelW = 170;
  const barH = 18;
  // The bar, then two lines under it: the counts, and the flags (on a line of their own, so they fit).
  const rowH = barH + 44;
  const plotW = width - labelW - 20;
  const max = Math.max(1, ...readings.map((r) => Math.max(r.facts.portRange?.size ?? 0, r.facts.timeWaitCount ?? 0)));
  // Exactly proportional, to the hundredth of a unit: no minimum width, so 0 sockets draw
  // nothing and 400 of 64,512 ports stay as thin as they are.
  const scale = (v: number) => Math.round((v / max) * plotW * 100) / 100;
  const rows = readings.map((r, i) => {
    const f = r.facts;
    const y = 10 + i * rowH;
    const ports = f.portRange?.size ?? null;
    const tw = f.timeWaitCount;
    const flags = `RST ${f.tcpCloseReset ?? '?'} · tcp_tw_reuse ${f.tcpTwReuse ?? '?'} · ports ${f.portRange ? `${f.portRange.low}–${f.portRange.high}` : '?'}`;
    return html`<g data-reading="${r.key}"><text x="0" y="${y + barH - 4}">${r.label}</text>
${ports !== null ? html`<rect class="bar-ports" x="${labelW}" y="${y}" width="${scale(ports)}" height="${barH}" rx="2"><title>${num(ports)} ephemeral ports</title></rect>` : null}
${tw !== null ? html`<rect class="bar-timewait" x="${labelW}" y="${y}" width="${scale(tw)}" height="${barH}" rx="2"><title>${num(tw)} sockets in TIME_WAIT</title></rect>` : null}
<text x="${labelW}" y="${y + barH + 14}">${tw === null ? 'TIME_WAIT unknown' : `${num(tw)} in TIME_WAIT`} of ${ports === null ? 'unknown' : num(ports)} ports (${share(f)})</text>
<text class="flags" x="${labelW}" y="${y + barH + 28}">${flags}</text></g>`;
  });
  const height = 10 + readings.length * rowH;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="TIME_WAIT sockets against the ephemeral port range, per read">
<line class="axis" x1="${labelW}" y1="4" x2="${labelW}" y2="${height - 6}"/>
${rows}
</svg>
<figcaption class="legend"><span><span class="swatch ports"></span>ephemeral ports</span><span><span class="swatch timewait"></span>sockets in TIME_WAIT</span></figcaption>
</figure>`;
}

/** A sparkline of TIME_WAIT counts over a server's runs (oldest left). */
export function timeWaitSparkline(points: { at: string; value: number }[]): SafeHtml {
  if (points.length < 2) return html`<p class="muted">Not enough runs with a TIME_WAIT count to draw a trend.</p>`;
  const w = 600;
  const h = 90;
  const max = Math.max(...points.map((p) => p.value), 1);
  const step = (w - 20) / (points.length - 1);
  const xy = points.map((p, i) => ({ x: 10 + i * step, y: h - 15 - (p.value / max) * (h - 30), p }));
  const d = xy.map((q, i) => `${i ? 'L' : 'M'}${q.x.toFixed(1)},${q.y.toFixed(1)}`).join(' ');
  return html`<svg class="spark" viewBox="0 0 ${w} ${h}" width="100%" role="img" aria-label="TIME_WAIT over recent runs">
<path class="line" d="${d}"/>
${xy.map((q) => html`<circle class="dot" cx="${q.x.toFixed(1)}" cy="${q.y.toFixed(1)}" r="3"><title>${q.p.at.slice(0, 16).replace('T', ' ')}: ${num(q.p.value)}</title></circle>`)}
<text x="10" y="${h - 2}">${points[0]?.at.slice(0, 10) ?? ''}</text>
<text x="${w - 10}" y="${h - 2}" text-anchor="end">${points[points.length - 1]?.at.slice(0, 10) ?? ''}</text>
<text x="${w - 10}" y="12" text-anchor="end">max ${num(max)}</text>
</svg>`;
}
