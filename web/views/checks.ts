import type { FollowUp, SymptomFigures } from '../../runs/model.js';
import type { Watch } from '../../runs/watch.js';
import { formatCount } from '../../playbooks/format-count.js';
import { html, type SafeHtml } from '../html.js';
import { runLink, serverLink } from './components.js';
import { time } from './format.js';

// The read-only re-checks on the dashboard: a run's follow-up (its three points) and the
// servers being watched.

const pct = (share: number) => `${Math.round(share * 100)}%`;
const n = (v: number | null | undefined) => (v === null || v === undefined ? '—' : formatCount(v));

/** One row a signal: the figure before the fix, right after it, at the follow-up. */
const ROWS: Record<FollowUp['signals'][number], { label: string; figure: (f: SymptomFigures | null) => string }> = {
  time_wait_share: { label: 'TIME_WAIT on the local ports', figure: (f) => (f?.timeWait ? `${formatCount(f.timeWait.count)} (${pct(f.timeWait.share)} of ${formatCount(f.timeWait.rangeSize)})` : '—') },
  bind_failures: { label: 'bind failures (last hour · new since the fix)', figure: (f) => (f ? `${n(f.bindFailuresLastHour)}${f.bindFailuresSinceFix !== null ? ` · ${n(f.bindFailuresSinceFix)} new` : ''}` : '—') },
  rst_drops: { label: 'RST packets dropped by the firewall (counter)', figure: (f) => n(f?.rstDropPackets) },
};

/** The follow-up of a fix: before, right after and at the follow-up, and whether the symptom is still there. */
export function followUpSection(f: FollowUp): SafeHtml {
  const verdict =
    f.status === 'scheduled'
      ? html`<span class="badge status-queued" data-follow-up-status="scheduled">due ${time(f.dueAt)}</span>`
      : f.status === 'failed'
        ? html`<span class="badge status-failed" data-follow-up-status="failed">could not read the server</span>`
        : f.persists
          ? html`<span class="badge status-failed" data-follow-up-status="persists">symptom still there</span>`
          : html`<span class="badge status-succeeded" data-follow-up-status="holds">fix holds</span>`;
  return html`<section class="card" id="follow-up"><h2>Follow-up ${verdict}</h2>
<div class="table-wrap"><table><thead><tr><th></th><th data-point="before">before${f.before ? html`<br>${time(f.before.at)}` : null}</th><th data-point="after">right after${f.after ? html`<br>${time(f.after.at)}` : null}</th><th data-point="follow-up">follow-up${f.followUp ? html`<br>${time(f.followUp.at)}` : null}</th></tr></thead>
<tbody>${f.signals.map((s) => html`<tr data-signal="${s}"><td>${ROWS[s].label}</td><td class="mono" data-point="before">${ROWS[s].figure(f.before)}</td><td class="mono" data-point="after">${ROWS[s].figure(f.after)}</td><td class="mono" data-point="follow-up">${ROWS[s].figure(f.followUp)}</td></tr>`)}</tbody></table></div>
${f.findings.length ? html`<ul>${f.findings.map((x) => html`<li>${x}</li>`)}</ul>` : null}
${f.error ? html`<pre class="error">${f.error}</pre>` : null}
</section>`;
}

/** The servers being watched for a problem that comes and goes (read-only checks until it shows). */
export function watchesSection(watches: readonly Watch[], customerName: (id: string) => string): SafeHtml {
  return html`<section class="card" id="watches"><h2>Watching <span class="count">${watches.length}</span></h2>
${watches.length === 0 ? html`<p class="muted">No server is being watched.</p>` : html`<div class="table-wrap"><table><thead><tr><th>server</th><th>customer</th><th>from</th><th>until</th><th>every</th><th>checks</th><th>last seen</th><th>decided by</th></tr></thead><tbody>${watches.map(
  (w) => html`<tr data-watch="${w.serverId}"><td>${serverLink(w.serverId)}</td><td>${customerName(w.customerId)}</td><td>${time(w.from)}</td><td>${time(w.until)}</td><td>${w.everyMinutes} min</td><td>${w.checks}</td><td>${w.last ? (w.last.error ? `could not read: ${w.last.error}` : w.last.seen.join('; ')) : '—'}</td><td>${runLink(w.diagnosisId)}</td></tr>`,
)}</tbody></table></div>`}
</section>`;
}
