import type { Config, Engineer } from '../../config/schema.js';
import { playbookIds } from '../../playbooks/ids.js';
import { runStatuses, type Run } from '../../store/types.js';
import { queryParams, type RunQuery } from '../filters.js';
import { html, type SafeHtml } from '../html.js';
import { playbookLabel, prettyJson, statusBadge, time, truncate } from './format.js';
import { formatCount } from '../../playbooks/format-count.js';

/** A link to a run's detail page. */
export const runLink = (id: string): SafeHtml => html`<a class="mono" href="/runs/${encodeURIComponent(id)}">${id}</a>`;

/** A link to a server's history page. */
export const serverLink = (id: string): SafeHtml => html`<a href="/servers/${encodeURIComponent(id)}">${id}</a>`;

/** The runs table of the list and history pages. */
export function runsTable(runs: readonly Run[], options: { showServer?: boolean } = {}): SafeHtml {
  const showServer = options.showServer ?? true;
  if (runs.length === 0) return html`<p class="muted">No runs match.</p>`;
  return html`<div class="table-wrap"><table class="runs">
<thead><tr><th>run</th><th>created</th>${showServer ? html`<th>customer</th><th>server</th>` : null}<th>playbook</th><th>status</th><th>symptom</th><th>requested by</th><th>decided by</th></tr></thead>
<tbody>${runs.map(
    (r) => html`<tr data-run="${r.id}"><td>${runLink(r.id)}${r.kind !== 'remediate' ? html` <span class="muted">${r.kind}</span>` : null}</td><td>${time(r.createdAt)}</td>${
      showServer ? html`<td>${r.customerId}</td><td>${serverLink(r.serverId)}</td>` : null
    }<td>${playbookLabel(r.playbook)}</td><td>${statusBadge(r.status)}</td><td class="symptom">${truncate(r.symptomText, 120)}</td><td class="mono">${r.requestedBy}</td><td class="mono">${r.approvedBy ?? ''}</td></tr>`,
  )}</tbody></table></div>`;
}

/** Previous/next links; `hasNext` comes from fetching one row more than shown. */
export function pager(base: string, query: RunQuery, page: number, hasNext: boolean, total: number | null): SafeHtml {
  const link = (p: number) => `${base}${queryParams(query, p > 1 ? { page: p } : {})}`;
  return html`<nav class="pager" aria-label="pages">
${page > 1 ? html`<a href="${link(page - 1)}" rel="prev">← newer</a>` : html`<span class="muted">← newer</span>`}
<span>page ${page}${total !== null ? html` <span class="muted">· ${formatCount(total)} runs</span>` : null}</span>
${hasNext ? html`<a href="${link(page + 1)}" rel="next">older →</a>` : html`<span class="muted">older →</span>`}
</nav>`;
}

const option = (value: string, label: string, selected: string | undefined) =>
  html`<option value="${value}"${selected === value ? html` selected` : null}>${label}</option>`;

/** The filter form of the runs list (a GET form: filters live in the URL, shareable). */
export function filterForm(config: Config, query: RunQuery, action = '/runs'): SafeHtml {
  return html`<form class="filters" method="get" action="${action}">
<label>search symptoms<input type="search" name="q" value="${query.q ?? ''}" placeholder="e.g. address already in use"></label>
<label>customer<select name="customer">${option('', 'any', query.customer ?? '')}${config.customers.map((c) => option(c.id, c.name, query.customer))}</select></label>
<label>server<select name="server">${option('', 'any', query.server ?? '')}${config.servers.map((s) => option(s.id, s.name ? `${s.id} (${s.name})` : s.id, query.server))}</select></label>
<label>playbook<select name="playbook">${option('', 'any', query.playbook ?? '')}${playbookIds.map((p) => option(p, playbookLabel(p), query.playbook))}</select></label>
<label>status<select name="status">${option('', 'any', query.status ?? '')}${runStatuses.map((s) => option(s, s.replace(/_/g, ' '), query.status))}</select></label>
<label>from<input type="date" name="from" value="${query.from?.slice(0, 10) ?? ''}"></label>
<label>to<input type="date" name="to" value="${query.to?.slice(0, 10) ?? ''}"></label>
<button class="primary" type="submit">Filter</button>
<a href="${action}">reset</a>
</form>`;
}

/** Approve and reject forms for a pending run; nothing for viewers. */
export function decisionForms(run: Run, engineer: Engineer, csrf: string, next: 'pending' | 'detail'): SafeHtml {
  if (run.status !== 'awaiting_approval') return html``;
  if (engineer.role !== 'approver') return html`<p class="muted">Waiting for an approver. Viewers cannot approve or reject.</p>`;
  const action = (verb: string) => `/runs/${encodeURIComponent(run.id)}/${verb}`;
  return html`<div class="decide">
<form method="post" action="${action('approve')}"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="next" value="${next}"><button class="approve" type="submit" data-action="approve">Approve ${run.id}</button></form>
<form method="post" action="${action('reject')}"><input type="hidden" name="_csrf" value="${csrf}"><input type="hidden" name="next" value="${next}"><input name="reason" required maxlength="500" placeholder="reason for rejecting" aria-label="reason for rejecting ${run.id}"><button class="danger" type="submit" data-action="reject">Reject</button></form>
</div>`;
}

/** A unified diff with added, removed and hunk lines coloured. */
export function diffBlock(diff: string): SafeHtml {
  const cls = (line: string) =>
    line.startsWith('+++') || line.startsWith('---') ? 'file' : line.startsWith('+') ? 'add' : line.startsWith('-') ? 'del' : line.startsWith('@@') ? 'hunk' : '';
  return html`<pre class="diff">${diff.split('\n').map((l, i) => html`${i ? '\n' : ''}<span class="${cls(l)}">${l}</span>`)}</pre>`;
}

/** Any stored JSON, pretty-printed and escaped. */
export const jsonBlock = (value: unknown): SafeHtml => html`<pre class="json">${prettyJson(value)}</pre>`;
