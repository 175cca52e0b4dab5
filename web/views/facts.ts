import { html, type SafeHtml } from '../html.js';
import { num } from './format.js';

/** The facts the dashboard shows, read defensively from a stored (untyped) facts blob. */
export interface FactsView {
  readonly timeWaitCount: number | null;
  readonly portRange: { low: number; high: number; size: number } | null;
  readonly tcpTwReuse: number | null;
  readonly tcpCloseReset: string | null;
  readonly sipTcpConnections: number | null;
  readonly sipTlsConnections: number | null;
  /** False for a read that only counted TIME_WAIT (the one after a change): no SIP counts. */
  readonly socketListing: boolean;
  readonly rstDropRules: string[] | null;
  readonly os: string | null;
  readonly tags: string[];
  readonly collectedAt: string | null;
}

const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const n = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);

/** Reads stored facts; null when there are none. Unknown or malformed fields become null. */
export function readFacts(value: unknown): FactsView | null {
  if (value === null || value === undefined) return null;
  const f = obj(value);
  const pr = obj(f.portRange);
  const low = n(pr.low);
  const high = n(pr.high);
  return {
    timeWaitCount: n(f.timeWaitCount),
    portRange: low !== null && high !== null ? { low, high, size: n(pr.size) ?? high - low + 1 } : null,
    tcpTwReuse: n(f.tcpTwReuse),
    tcpCloseReset: s(f.tcpCloseReset),
    sipTcpConnections: n(f.sipTcpConnections),
    sipTlsConnections: n(f.sipTlsConnections),
    socketListing: f.timeWaitSource !== 'sockstat',
    rstDropRules: strings(f.rstDropRules),
    os: s(f.os),
    tags: strings(f.tags) ?? [],
    collectedAt: s(f.collectedAt),
  };
}

const range = (f: FactsView | null) => (f?.portRange ? `${f.portRange.low} ${f.portRange.high}` : 'unknown');
const text = (v: string | number | null | undefined) => (v === null || v === undefined ? 'unknown' : String(v));
/** Shown for a value the read did not look at, as opposed to one it could not tell. */
const NOT_READ = 'not re-read';
const listed = (f: FactsView | null, v: (f: FactsView) => number | null) => (f && !f.socketListing ? NOT_READ : num(f ? v(f) : null));

/** The rows of the before/after comparison: label, value before, value after. */
export function factRows(before: FactsView | null, after: FactsView | null): { key: string; label: string; before: string; after: string | null }[] {
  const row = (key: string, label: string, get: (f: FactsView | null) => string) => ({ key, label, before: get(before), after: after ? get(after) : null });
  return [
    row('timeWait', 'TIME_WAIT sockets', (f) => num(f?.timeWaitCount)),
    row('tcpTwReuse', 'net.ipv4.tcp_tw_reuse', (f) => text(f?.tcpTwReuse)),
    row('portRange', 'net.ipv4.ip_local_port_range', range),
    row('portRangeSize', 'ephemeral ports', (f) => num(f?.portRange?.size)),
    row('tcpCloseReset', 'SS_TCP_CLOSE_RESET', (f) => text(f?.tcpCloseReset)),
    row('sipTcp', 'SIP TCP connections', (f) => listed(f, (x) => x.sipTcpConnections)),
    row('sipTls', 'SIP TLS connections', (f) => listed(f, (x) => x.sipTlsConnections)),
    row('rstDrop', 'firewall rules dropping RST', (f) => (f?.rstDropRules ? String(f.rstDropRules.length) : 'unknown')),
    row('os', 'operating system', (f) => text(f?.os)),
    row('tags', 'tags', (f) => (f?.tags.length ? f.tags.join(', ') : '—')),
  ];
}

const KEY_FACTS = new Set(['timeWait', 'tcpTwReuse', 'portRange', 'tcpCloseReset']);

/**
 * A before/after table; rows whose value changed are highlighted. `keyOnly` keeps the four
 * values the playbooks act on (TIME_WAIT, tcp_tw_reuse, port range, SS_TCP_CLOSE_RESET).
 */
export function factsTable(before: FactsView | null, after: FactsView | null, keyOnly = false): SafeHtml {
  const rows = factRows(before, after).filter((r) => !keyOnly || KEY_FACTS.has(r.key));
  return html`<div class="table-wrap"><table class="facts">
<thead><tr><th>fact</th><th>${after ? 'before' : 'value'}</th>${after ? html`<th>after</th>` : null}</tr></thead>
<tbody>${rows.map(
    (r) => html`<tr data-fact="${r.key}"${after && r.after !== r.before && r.after !== NOT_READ ? html` class="changed"` : null}><td>${r.label}</td><td class="mono" data-before>${r.before}</td>${
      after ? html`<td class="mono" data-after>${r.after}</td>` : null
    }</tr>`,
  )}</tbody></table></div>`;
}

/**
 * A small SVG bar chart: TIME_WAIT sockets and ephemeral ports, before and after, each pair
 * on its own scale. Plain SVG attributes, no inline style, so the CSP stays strict.
 */
export function beforeAfterChart(before: FactsView | null, after: FactsView | null): SafeHtml {
  const groups = [
    { label: 'TIME_WAIT sockets', b: before?.timeWaitCount ?? null, a: after?.timeWaitCount ?? null },
    { label: 'ephemeral ports', b: before?.portRange?.size ?? null, a: after?.portRange?.size ?? null },
    { label: 'tcp_tw_reuse', b: before?.tcpTwReuse ?? null, a: after?.tcpTwReuse ?? null, max: 2 },
  ];
  const width = 600;
  const labelW = 150;
  const barH = 16;
  const groupH = 2 * barH + 22;
  const plotW = width - labelW - 90;
  const bars = groups.map((g, i) => {
    const max = Math.max(g.max ?? 0, g.b ?? 0, g.a ?? 0, 1);
    const y = 10 + i * groupH;
    const bar = (v: number | null, dy: number, cls: string, who: string) => {
      const w = v === null ? 0 : Math.max(2, Math.round((v / max) * plotW));
      return html`<rect class="${cls}" x="${labelW}" y="${y + dy}" width="${w}" height="${barH}" rx="2"><title>${g.label} ${who}: ${num(v)}</title></rect>
<text x="${labelW + w + 6}" y="${y + dy + barH - 4}">${v === null ? 'unknown' : num(v)}</text>`;
    };
    return html`<g><text x="0" y="${y + barH + 6}">${g.label}</text>
${bar(g.b, 0, 'bar-before', 'before')}${after ? bar(g.a, barH + 3, 'bar-after', 'after') : null}</g>`;
  });
  const height = 10 + groups.length * groupH;
  return html`<figure class="chart">
<svg viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-label="TIME_WAIT and kernel values before and after">
<line class="axis" x1="${labelW}" y1="4" x2="${labelW}" y2="${height - 6}"/>
${bars}
</svg>
<figcaption class="legend"><span><span class="swatch before"></span>before</span>${after ? html`<span><span class="swatch after"></span>after</span>` : html`<span>no values after yet</span>`}</figcaption>
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
