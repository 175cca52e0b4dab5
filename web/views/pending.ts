import type { Engineer } from '../../config/schema.js';
import type { Run } from '../../store/types.js';
import { html, type SafeHtml } from '../html.js';
import { decisionForms, runLink, serverLink } from './components.js';
import { readFacts } from './facts.js';
import { num, playbookLabel, time } from './format.js';
import { changeList, readPlan } from './plan.js';

/** The pending approvals page: each proposal with its message, plan and the decision forms. */
export function pendingView(runs: readonly Run[], total: number, engineer: Engineer, csrf: string, expiresAt: (run: Run) => Date, now: Date): SafeHtml {
  return html`<h1>Pending approvals <span class="count${total ? ' hot' : ''}">${total}</span></h1>
<p class="muted" data-pending-stale="${total}" hidden>The number of pending runs changed. <a href="/pending">Reload</a> to see them.</p>
${runs.length === 0 ? html`<p class="card muted">Nothing is waiting for approval.</p>` : null}
<div class="pending-list">${runs.map((run) => {
    const plan = readPlan(run.plan);
    const facts = readFacts(run.factsBefore);
    return html`<article class="card pending-item" data-run="${run.id}">
<header>${runLink(run.id)} <strong>${playbookLabel(run.playbook)}</strong> on ${serverLink(run.serverId)} <span class="muted">(${run.customerId})</span>
<span class="muted meta">asked ${time(run.createdAt)} by <span class="mono">${run.requestedBy}</span> · ${expiresAt(run) <= now ? html`<strong>expired</strong> at` : 'expires'} ${time(expiresAt(run).toISOString())}</span></header>
${run.symptomText ? html`<blockquote class="message">${run.symptomText}</blockquote>` : null}
${facts ? html`<p class="muted">TIME_WAIT ${num(facts.timeWaitCount)} · tcp_tw_reuse ${facts.tcpTwReuse ?? 'unknown'} · ports ${facts.portRange ? `${facts.portRange.low}–${facts.portRange.high}` : 'unknown'} · SS_TCP_CLOSE_RESET ${facts.tcpCloseReset ?? 'unknown'}</p>` : null}
${plan ? html`${plan.title ? html`<p>${plan.title}</p>` : null}${changeList(plan)}` : null}
${decisionForms(run, engineer, csrf, 'pending')}
</article>`;
  })}</div>
${total > runs.length ? html`<p class="muted">Showing the newest ${runs.length} of ${total}. <a href="/runs?status=awaiting_approval">All pending runs</a></p>` : null}`;
}
