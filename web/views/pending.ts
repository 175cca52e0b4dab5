import type { Engineer } from '../../config/schema.js';
import type { ActorName } from '../../runs/actors.js';
import type { TypedRun } from '../../runs/records.js';
import { html, type SafeHtml } from '../html.js';
import { decisionForms, person, runLink, serverLink } from './components.js';
import { factsTable, readingsOf } from './facts.js';
import { playbookLabel, time } from './format.js';
import { planSection } from './plan.js';

/** What the pending page needs besides the runs. */
export interface PendingInput {
  readonly runs: readonly TypedRun[];
  readonly total: number;
  readonly engineer: Engineer;
  readonly csrf: string;
  readonly expiresAt: (run: TypedRun) => Date;
  readonly now: Date;
  readonly people: (raw: string) => ActorName;
  readonly customerName: (id: string) => string;
  readonly reloadCommand: (serverId: string) => string | null;
}

/**
 * The pending approvals page: each proposal with every message that asked for it, the facts
 * that led to it, the whole plan (changes, file diffs, kernel values, reload, cautions) and the
 * decision forms. An engineer approves exactly what is shown here.
 */
export function pendingView(input: PendingInput): SafeHtml {
  const { runs, total, engineer, csrf, now } = input;
  return html`<h1>Pending approvals <span class="count${total ? ' hot' : ''}">${total}</span></h1>
<p class="muted" data-pending-stale="${total}" hidden>The number of pending runs changed. <a href="/pending">Reload</a> to see them.</p>
${runs.length === 0 ? html`<p class="card muted">Nothing is waiting for approval.</p>` : null}
<div class="pending-list">${runs.map((run) => {
    const expires = input.expiresAt(run);
    return html`<article class="card pending-item" data-run="${run.id}">
<header>${runLink(run.id)} <strong>${playbookLabel(run.playbook)}</strong> on ${serverLink(run.serverId)} <span class="muted">(${input.customerName(run.customerId)})</span>
<span class="muted meta">asked ${time(run.createdAt)} by ${person(input.people(run.requestedBy))} · ${expires <= now ? html`<strong>expired</strong> at` : 'expires'} ${time(expires.toISOString())}</span></header>
${messages(run, input.people)}
${readingsOf(run).length ? html`<h3>Facts</h3>${factsTable(readingsOf(run), true)}` : null}
${run.plan ? planSection(run.plan, input.reloadCommand(run.serverId), run.factsBefore) : html`<p class="notice warn">This proposal has no plan; it cannot be approved. Reject it and ask the customer to write again.</p>`}
${decisionForms(run, engineer, csrf, 'pending')}
</article>`;
  })}</div>
${total > runs.length ? html`<p class="muted">Showing the newest ${runs.length} of ${total}. <a href="/runs?status=awaiting_approval">All pending runs</a></p>` : null}`;
}

/** Every chat message that asked for a run, oldest first; a run from the command line has none. */
export function messages(run: Pick<TypedRun, 'requests' | 'symptomText' | 'requestedBy' | 'createdAt'>, people: (raw: string) => ActorName): SafeHtml {
  const list = run.requests.length ? run.requests : run.symptomText ? [{ chat: run.requestedBy.replace(/^chat:/, ''), text: run.symptomText, at: run.createdAt }] : [];
  return html`${list.map((r) => html`<blockquote class="message" data-request><span class="muted small">${person(people(`chat:${r.chat}`))} · ${time(r.at)}</span><br>${r.text}</blockquote>`)}`;
}
