import type { Facts, Plan, PlanFile } from '../../runs/model.js';
import { changesMade, diffText } from '../../runs/plan.js';
import { wordIntent } from '../../runs/rst-guard.js';
import { html, type SafeHtml } from '../html.js';
import { diffBlock } from './components.js';

/** One line per planned change: "SS_TCP_CLOSE_RESET: Off → On", the ones already so marked. */
export function changeList(plan: Plan): SafeHtml {
  if (plan.changes.length === 0) return html`<p class="muted">This playbook changes no setting on this server.</p>`;
  return html`<ul class="changes">${plan.changes.map(
    (c) =>
      html`<li data-change="${c.key}"${c.changed ? null : html` class="muted"`}><code>${c.key}</code>: <code>${c.from ?? 'unset'}</code> → <code>${c.to}</code> <span class="muted">(${c.kind === 'sysctl' ? `kernel, now and persisted in ${c.path}` : `in ${c.path}`})</span>${c.changed ? null : html` <span class="muted">(already so; nothing to do)</span>`}</li>`,
  )}</ul>`;
}

/** A file's diff; a file too large for a line diff says so with its sizes. */
export function fileDiffBlock(file: PlanFile): SafeHtml {
  return html`<div class="file-diff" data-file="${file.path}"><p class="mono">${file.path}${file.beforeSha ? null : html` <span class="muted">(new file)</span>`}</p>${diffBlock(diffText(file))}</div>`;
}

/**
 * What approving runs, in full: each change, the diff of every file, the kernel values set at
 * run time, the reload, what is left out and why, the cautions and the advice. The same data
 * the engine applies (the plan is bound to it), so the page cannot show one thing and run another.
 * What is left out is worded from the facts the plan was made from, as the chat words it.
 */
export function planSection(plan: Plan, reloadCommand: string | null, facts: Facts | null = null): SafeHtml {
  const made = changesMade(plan);
  const skipped = wordIntent(plan.intent, facts, undefined, undefined, plan.decision ?? null).skipped;
  return html`<div class="plan" data-binding="${plan.binding}">
<p><strong>${plan.intent.title}</strong> — ${plan.intent.summary}</p>
${plan.intent.findings.length ? html`<h3>Findings</h3><ul>${plan.intent.findings.map((f) => html`<li class="finding-${f.severity}">${f.text}</li>`)}</ul>` : null}
<h3>Changes <span class="muted">(${made.length} of ${plan.changes.length} to make)</span></h3>${changeList(plan)}
${plan.files.length ? html`<h3>Files</h3>${plan.files.map(fileDiffBlock)}` : null}
${plan.runtime.length ? html`<h3>Kernel values set at run time</h3><ul class="runtime">${plan.runtime.map((r) => html`<li><code>sysctl -w ${r.key}</code>: <code>${r.from ?? 'unknown'}</code> → <code>${r.to}</code></li>`)}</ul>` : null}
${plan.reload ? html`<h3>Then</h3><p data-reload>The softswitch re-reads its configuration: <code>${reloadCommand ?? 'the reload command'}</code></p>` : null}
${skipped.length ? html`<h3>Left out</h3><ul>${skipped.map((s) => html`<li><code>${s.key}</code>: ${s.reason}</li>`)}</ul>` : null}
${plan.intent.cautions.length ? html`<h3>Cautions</h3><ul class="cautions">${plan.intent.cautions.map((c) => html`<li>${c}</li>`)}</ul>` : null}
${plan.intent.advice.length ? html`<h3>Advice</h3><ul>${plan.intent.advice.map((a) => html`<li>${a}</li>`)}</ul>` : null}
${plan.revises ? html`<p class="muted">This is a fresh proposal: <a href="/runs/${encodeURIComponent(plan.revises)}">${plan.revises}</a> was approved but not applied, because the server had changed.</p>` : null}
<p class="muted small">Server read at ${plan.readAt.slice(0, 19).replace('T', ' ')} UTC · plan ${plan.binding.slice(0, 12)}</p>
</div>`;
}
