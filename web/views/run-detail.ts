import type { Engineer } from '../../config/schema.js';
import type { Run, Step } from '../../store/types.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { decisionForms, jsonBlock, runLink, serverLink } from './components.js';
import { beforeAfterChart, factsTable, readFacts } from './facts.js';
import { duration, playbookLabel, prettyJson, statusBadge, time } from './format.js';
import { planSection, readPlan } from './plan.js';

/** Everything the detail page needs besides the run. */
export interface RunDetailInput {
  readonly run: Run;
  readonly steps: readonly Step[];
  readonly engineer: Engineer;
  readonly csrf: string;
  readonly customerName: string | null;
  readonly expiresAt: Date | null;
}

type Tone = 'ok' | 'bad' | '';

function event(id: string, title: HtmlValue, when: string | null | undefined, body: HtmlValue, tone: Tone = ''): SafeHtml {
  return html`<li id="${id}" class="${tone}"><div class="card"><h3>${title}${when ? html`<span class="when">${time(when)}</span>` : null}</h3>${body}</div></li>`;
}

interface Verification {
  ok: boolean;
  checks: { key: string; expected: string; actual: string | null; persisted: string | null; ok: boolean }[];
}

function readVerification(value: unknown): Verification | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as { ok?: unknown; checks?: unknown };
  const checks = Array.isArray(v.checks) ? v.checks : [];
  const s = (x: unknown) => (typeof x === 'string' ? x : null);
  return {
    ok: v.ok === true,
    checks: checks.map((c) => {
      const o = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
      return { key: s(o.key) ?? '', expected: s(o.expected) ?? '', actual: s(o.actual), persisted: s(o.persisted), ok: o.ok === true };
    }),
  };
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
  const { run, steps, engineer, csrf } = input;
  const plan = readPlan(run.plan);
  const before = readFacts(run.factsBefore);
  const after = readFacts(run.factsAfter);
  const verification = readVerification(run.verification);
  const finished = ['succeeded', 'failed', 'rolled_back', 'rejected', 'expired', 'diagnosed'].includes(run.status);
  const canRollBack = engineer.role === 'approver' && run.kind === 'remediate' && (run.status === 'succeeded' || run.status === 'failed') && !run.rolledBackBy;
  const errorText = run.error === null ? null : typeof run.error === 'object' && run.error && 'message' in run.error ? String((run.error as { message: unknown }).message) : prettyJson(run.error);

  const items: SafeHtml[] = [];
  items.push(
    event(
      'message',
      run.kind === 'rollback' ? 'Rollback requested' : run.symptomText ? 'Customer message' : 'Requested',
      run.createdAt,
      html`<p class="muted">by <span class="mono">${run.requestedBy}</span>${run.chat ? html` in chat <span class="mono">${run.chat}</span>` : null}${
        run.rollbackOf ? html` · undoes ${runLink(run.rollbackOf)}` : null
      }</p>${run.symptomText ? html`<blockquote class="message" data-symptom>${run.symptomText}</blockquote>` : null}`,
    ),
  );
  if (run.matchEvidence !== null) items.push(event('evidence', 'Matcher evidence', null, html`<details><summary>why ${playbookLabel(run.playbook)}</summary>${jsonBlock(run.matchEvidence)}</details>`));
  if (before) items.push(event('facts-before', 'Facts before', before.collectedAt, factsTable(before, null)));
  if (plan) items.push(event('plan', 'Plan', null, planSection(plan)));
  items.push(
    event(
      'approval',
      'Approval',
      run.approvedAt,
      run.status === 'awaiting_approval'
        ? html`<p>Waiting for an engineer${input.expiresAt ? html`; expires ${time(input.expiresAt.toISOString())}` : null}.</p>${decisionForms(run, engineer, csrf, 'detail')}`
        : run.approvedBy
          ? html`<p>${run.status === 'rejected' ? 'Rejected' : 'Approved'} by <strong class="mono" data-approved-by>${run.approvedBy}</strong>${run.approvedAt ? html` at ${time(run.approvedAt)}` : null}.</p>${
              run.decisionNote ? html`<p>Reason: ${run.decisionNote}</p>` : null
            }`
          : html`<p class="muted">${run.status === 'expired' ? `Expired: ${run.decisionNote ?? 'not approved in time'}.` : 'No approval recorded (run directly from the command line or diagnose-only).'}</p>`,
      run.status === 'rejected' || run.status === 'expired' ? 'bad' : run.approvedBy ? 'ok' : '',
    ),
  );
  if (steps.length) items.push(event('steps', html`Steps <span class="muted">(${steps.length})</span>`, run.startedAt, steps.map(stepView)));
  else if (run.status === 'queued' || run.status === 'running') items.push(event('steps', 'Steps', null, html`<p class="muted">Waiting for a worker…</p>`));
  if (after) items.push(event('facts-after', 'Facts after', after.collectedAt, factsTable(before, after)));
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
        html`${run.outcome ? html`<p>${run.outcome}</p>` : null}${errorText ? html`<pre class="error">${errorText}</pre>` : null}${
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
<dt>created</dt><dd>${time(run.createdAt)}</dd>
<dt>duration</dt><dd>${duration(run.startedAt, run.finishedAt) ?? '—'}</dd>
${run.rollbackOf ? html`<dt>rollback of</dt><dd>${runLink(run.rollbackOf)}</dd>` : null}
${run.rolledBackBy ? html`<dt>rolled back by</dt><dd>${runLink(run.rolledBackBy)}</dd>` : null}
</dl></div>
${run.status === 'awaiting_approval' ? html`<p class="notice warn">This proposal is waiting for an engineer. <a href="#approval">Approve or reject it below.</a></p>` : null}
${before ? html`<section class="card" id="before-after"><h2>${after ? 'Before and after' : 'Current values'}</h2><div class="grid2">${beforeAfterChart(before, after)}${factsTable(before, after, true)}</div></section>` : null}
<ol class="timeline">${items}</ol>`;
}
