import { html, type SafeHtml } from '../html.js';
import { diffBlock } from './components.js';

/** The parts of a stored plan the dashboard shows, read defensively from untyped JSON. */
export interface PlanView {
  readonly title: string | null;
  readonly summary: string | null;
  readonly findings: { text: string; severity: string }[];
  readonly skipped: { key: string; reason: string }[];
  readonly advice: string[];
  readonly cautions: string[];
  readonly changes: { key: string; kind: string; from: string | null; to: string; changed: boolean; path: string }[];
  readonly diff: string | null;
}

const obj = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Reads a stored plan (`StoredPlan` in playbooks/runner.ts); null when there is none. */
export function readPlan(value: unknown): PlanView | null {
  if (value === null || value === undefined) return null;
  const p = obj(value);
  const intent = obj(p.intent);
  return {
    title: str(intent.title),
    summary: str(intent.summary),
    findings: arr(intent.findings).map((f) => ({ text: str(obj(f).text) ?? '', severity: str(obj(f).severity) ?? 'info' })),
    skipped: arr(intent.skipped).map((s) => ({ key: str(obj(s).key) ?? '', reason: str(obj(s).reason) ?? '' })),
    advice: arr(intent.advice).map((a) => str(a) ?? ''),
    cautions: arr(intent.cautions).map((c) => str(c) ?? ''),
    changes: arr(p.changes).map((c) => {
      const o = obj(c);
      return { key: str(o.key) ?? '', kind: str(o.kind) ?? '', from: str(o.from), to: str(o.to) ?? '', changed: o.changed === true, path: str(o.path) ?? '' };
    }),
    diff: str(p.diff),
  };
}

/** One line per planned change: "SS_TCP_CLOSE_RESET: Off → On". */
export function changeList(plan: PlanView): SafeHtml {
  if (plan.changes.length === 0) return html`<p class="muted">No changes planned.</p>`;
  return html`<ul class="changes">${plan.changes.map(
    (c) => html`<li><code>${c.key}</code>: <code>${c.from ?? 'unset'}</code> → <code>${c.to}</code>${c.changed ? null : html` <span class="muted">(already so)</span>`}</li>`,
  )}</ul>`;
}

/** The plan in full: summary, findings, changes, skipped changes, advice and the diff. */
export function planSection(plan: PlanView): SafeHtml {
  return html`${plan.title ? html`<p><strong>${plan.title}</strong>${plan.summary ? html` — ${plan.summary}` : null}</p>` : null}
${plan.findings.length ? html`<h3>Findings</h3><ul>${plan.findings.map((f) => html`<li class="finding-${f.severity}">${f.text}</li>`)}</ul>` : null}
<h3>Changes</h3>${changeList(plan)}
${plan.skipped.length ? html`<h3>Skipped</h3><ul>${plan.skipped.map((s) => html`<li><code>${s.key}</code>: ${s.reason}</li>`)}</ul>` : null}
${plan.cautions.length ? html`<h3>Cautions</h3><ul>${plan.cautions.map((c) => html`<li>${c}</li>`)}</ul>` : null}
${plan.advice.length ? html`<h3>Advice</h3><ul>${plan.advice.map((a) => html`<li>${a}</li>`)}</ul>` : null}
${plan.diff ? html`<h3>Diff</h3>${diffBlock(plan.diff)}` : null}`;
}
