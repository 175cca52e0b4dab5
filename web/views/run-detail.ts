import type { Engineer } from '../../config/schema.js';
import type { ActorName } from '../../runs/actors.js';
import type { TypedRun } from '../../runs/records.js';
import type { Step } from '../../store/types.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { followUpSection } from './checks.js';
import { decisionForms, jsonBlock, person, runLink, serverLink } from './components.js';
import { factsTable, portsChart, readingsOf } from './facts.js';
import { duration, playbookLabel, statusBadge, time } from './format.js';
import { messages } from './pending.js';
import { planSection } from './plan.js';

/** Everything the detail page needs besides the run. */
export interface RunDetailInput {
  readonly run: TypedRun;
  readonly steps: readonly Step[];
  readonly engineer: Engineer;
  readonly csrf: string;
  readonly customerName: string | null;
  readonly expiresAt: Date | null;
  readonly people: (raw: string) => ActorName;
  readonly reloadCommand: string | null;
  /** The page of the customer chat that asked for the run; null when no customer's chat did. */
  readonly conversationHref: string | null;
}

type Tone = 'ok' | 'bad' | '';

function event(id: string, title: HtmlValue, when: string | null | undefined, body: HtmlValue, tone: Tone = ''): SafeHtml {
  return html`<li id="${id}" class="${tone}"><div class="card"><h3>${title}${when ? html`<span class="when">${time(when)}</span>` : null}</h3>${body}</div></li>`;
}

function stepView(step: Step): SafeHtml {
  const exit =
    step.exitCode === null ? null : html` <span class="${step.exitCode === 0 ? 'exit-ok' : 'exit-bad'}">exit ${step.exitCode}</span>`;
  return html`<div class="step" data-step="${step.seq}">
<div class="title"><strong>${step.seq}. ${step.name}</strong> <span class="badge">${step.phase}</span> <span class="badge status-${step.status === 'ok' ? 'succeeded' : step.status === 'failed' ? 'failed' : 'queued'}">${step.status}</span>${exit}
<span class="when">${time(step.startedAt)}${duration(step.startedAt, step.finishedAt) ? ` · ${duration(step.startedAt, step.finishedAt)}` : ''}${step.changed === true ? ' · changed' : ''}</span></div>
${step.command || step.output ? html`<pre class="io">${step.command ? html`<span class="cmd">$ ${step.command}</span>${step.output ? '\n' : ''}` : null}${step.output ?? ''}</pre>` : null}
</div>`;
}

/** The run detail page: a timeline from the customer's message to the outcome. */
export function runDetailView(input: RunDetailInput): SafeHtml {
  const { run, steps, engineer, csrf, people } = input;
  const plan = run.plan;
  const readings = readingsOf(run);
  const verification = run.verification;
  const finished = ['succeeded', 'failed', 'rolled_back', 'rejected', 'expired', 'diagnosed'].includes(run.status);
  const canRollBack = engineer.role === 'approver' && run.kind === 'remediate' && (run.status === 'succeeded' || run.status === 'failed') && !run.rolledBackBy;
  const errorText = run.error ? `${run.error.code}: ${run.error.message}` : null;
  const fresh = run.error?.freshRunId ?? null;

  const items: SafeHtml[] = [];
  items.push(
    event(
      'message',
      run.kind === 'rollback' ? 'Rollback requested' : run.symptomText ? 'Customer message' : 'Requested',
      run.createdAt,
      html`<p class="muted">by ${person(people(run.requestedBy))}${run.rollbackOf ? html` · undoes ${runLink(run.rollbackOf)}` : null}</p>${messages(run, people)}`,
    ),
  );
  if (run.matchEvidence !== null) items.push(event('evidence', 'Matcher evidence', null, html`<details><summary>why ${playbookLabel(run.playbook)}</summary>${jsonBlock(run.matchEvidence)}</details>`));
  const first = readings[0];
  if (first) items.push(event('facts-before', first.key === 'proposed' ? 'Facts when proposed' : 'Facts before', first.facts.collectedAt, factsTable([first])));
  // A read-only check keeps the plan it found, which a proposal then carries; this run changed nothing.
  if (plan) items.push(event('plan', run.kind === 'diagnose' ? 'Plan found (this check changed nothing)' : 'Plan', plan.readAt, planSection(plan, input.reloadCommand, run.factsBefore)));
  items.push(
    event(
      'approval',
      'Approval',
      run.approvedAt,
      run.status === 'awaiting_approval'
        ? html`<p>Waiting for an engineer${input.expiresAt ? html`; expires ${time(input.expiresAt.toISOString())}` : null}.</p>${decisionForms(run, engineer, csrf, 'detail')}`
        : run.approvedBy
          ? html`<p>${run.status === 'rejected' ? 'Rejected' : 'Approved'} by <strong data-approved-by>${person(people(run.approvedBy))}</strong>${run.approvedAt ? html` at ${time(run.approvedAt)}` : null}.</p>${
              run.decisionNote ? html`<p>Reason: ${run.decisionNote}</p>` : null
            }`
          : html`<p class="muted">${run.status === 'expired' ? `Expired: ${run.decisionNote ?? 'not approved in time'}.` : 'No approval recorded (run directly from the command line or diagnose-only).'}</p>`,
      run.status === 'rejected' || run.status === 'expired' ? 'bad' : run.approvedBy ? 'ok' : '',
    ),
  );
  if (steps.length) items.push(event('steps', html`Steps <span class="muted">(${steps.length})</span>`, run.startedAt, steps.map(stepView)));
  else if (run.status === 'queued' || run.status === 'running') items.push(event('steps', 'Steps', null, html`<p class="muted">Waiting for a worker…</p>`));
  const atApply = readings.find((r) => r.key === 'atApply');
  if (atApply) items.push(event('facts-at-apply', 'Facts right before the change', atApply.facts.collectedAt, factsTable([atApply])));
  const after = readings.find((r) => r.key === 'after');
  if (after) items.push(event('facts-after', 'Facts after', after.facts.collectedAt, factsTable(readings)));
  if (verification)
    items.push(
      event(
        'verification',
        html`Verification ${verification.ok ? html`<span class="badge status-succeeded">passed</span>` : html`<span class="badge status-failed">failed</span>`}`,
        null,
        html`<div class="table-wrap"><table><thead><tr><th>setting</th><th>expected</th><th>live</th><th>persisted</th><th></th></tr></thead><tbody>${verification.checks.map(
          (c) => html`<tr><td class="mono">${c.key}</td><td class="mono">${c.expected}</td><td class="mono">${c.actual ?? 'unknown'}</td><td class="mono">${c.persisted ?? '—'}</td><td>${c.ok ? '✓' : '✗'}</td></tr>`,
        )}</tbody></table></div>`,
        verification.ok ? 'ok' : 'bad',
      ),
    );
  if (finished || run.outcome || errorText)
    items.push(
      event(
        'outcome',
        html`Outcome ${statusBadge(run.status)}`,
        run.finishedAt,
        html`${run.outcome ? html`<p>${run.outcome}</p>` : null}${errorText ? html`<pre class="error">${errorText}</pre>` : null}${fresh ? html`<p>Fresh proposal: ${runLink(fresh)}.</p>` : null}${
          run.rolledBackBy ? html`<p>Rolled back by ${runLink(run.rolledBackBy)}.</p>` : null
        }${
          canRollBack
            ? html`<form method="post" action="/runs/${encodeURIComponent(run.id)}/rollback" class="decide"><input type="hidden" name="_csrf" value="${csrf}"><button class="danger" type="submit" data-action="rollback">Roll back ${run.id}</button></form>`
            : null
        }`,
        run.status === 'succeeded' || run.status === 'diagnosed' ? 'ok' : run.status === 'failed' ? 'bad' : '',
      ),
    );

  return html`<h1>${run.id} ${statusBadge(run.status)}</h1>
<div class="card"><dl class="kv">
<dt>playbook</dt><dd>${playbookLabel(run.playbook)} <span class="muted">(${run.kind}${run.dryRun ? ', dry run' : ''})</span></dd>
<dt>server</dt><dd>${serverLink(run.serverId)}</dd>
<dt>customer</dt><dd>${input.customerName ?? run.customerId}</dd>
${input.conversationHref ? html`<dt>conversation</dt><dd><a href="${input.conversationHref}" data-conversation>${run.chat}</a></dd>` : null}
<dt>created</dt><dd>${time(run.createdAt)}</dd>
<dt>duration</dt><dd>${duration(run.startedAt, run.finishedAt) ?? '—'}</dd>
${run.rollbackOf ? html`<dt>rollback of</dt><dd>${runLink(run.rollbackOf)}</dd>` : null}
${run.rolledBackBy ? html`<dt>rolled back by</dt><dd>${runLink(run.rolledBackBy)}</dd>` : null}
</dl></div>
${run.status === 'awaiting_approval' ? html`<p class="notice warn">This proposal is waiting for an engineer. <a href="#approval">Approve or reject it below.</a></p>` : null}
${readings.length ? html`<section class="card" id="before-after"><h2>${after ? 'Before and after' : readings.length > 1 ? 'When proposed and right before the change' : 'Values read'}</h2><div class="grid2">${portsChart(readings)}${factsTable(readings, true)}</div></section>` : null}
${run.followUp ? followUpSection(run.followUp) : null}
<ol class="timeline">${items}</ol>`;
}
