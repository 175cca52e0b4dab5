import type { RunStatus } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';
import { formatCount } from '../../playbooks/format-count.js';

/** "2024-05-01 12:00:03 UTC" in a <time> element; "—" for null. */
export function time(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span class="muted">—</span>`;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return html`${iso}`;
  return html`<time datetime="${d.toISOString()}">${d.toISOString().slice(0, 19).replace('T', ' ')} UTC</time>`;
}

/** Milliseconds between two timestamps as "1.2 s" / "3 min 4 s"; null when either is missing. */
export function duration(from: string | null | undefined, to: string | null | undefined): string | null {
  if (!from || !to) return null;
  const ms = Date.parse(to) - Date.parse(from);
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

const STATUS_LABEL: Record<RunStatus, string> = {
  awaiting_approval: 'awaiting approval',
  rejected: 'rejected',
  expired: 'expired',
  queued: 'queued',
  running: 'running',
  succeeded: 'succeeded',
  failed: 'failed',
  rolled_back: 'rolled back',
  diagnosed: 'diagnosed',
};

/** A coloured status badge. */
export function statusBadge(status: RunStatus): SafeHtml {
  return html`<span class="badge status-${status}">${STATUS_LABEL[status] ?? status}</span>`;
}

/** Text cut to `max` characters with an ellipsis (escaping happens later, in html``). */
export function truncate(text: string | null | undefined, max: number): string {
  if (!text) return '';
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** 12345 → "12,345"; null → "unknown". */
export function num(n: number | null | undefined): string {
  return typeof n === 'number' && Number.isFinite(n) ? formatCount(n) : 'unknown';
}

/** Pretty JSON for a <pre>; never throws (cycles and BigInts become a note). */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? 'null';
  } catch {
    return '(not representable as JSON)';
  }
}

/** Playbook id for people: "port_exhaustion" → "port exhaustion". */
export function playbookLabel(playbook: string | null): string {
  return playbook ? playbook.replace(/_/g, ' ') : '—';
}
