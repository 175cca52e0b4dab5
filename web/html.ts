// The one way pages build HTML: a tagged template that escapes every interpolation unless
// the value was explicitly marked safe. Customer text, command output and matcher evidence
// all flow through here, so forgetting to escape has to be impossible rather than rare.

const SAFE = Symbol('SafeHtml');

/** A piece of HTML that is already safe to emit (built by {@link html} or {@link raw}). */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
}

/** What an interpolation may be: text (escaped), safe HTML, a list of either, or nothing. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

const make = (value: string): SafeHtml => ({ [SAFE]: true, value });

/** True for values built by {@link html} or {@link raw}. */
export function isSafe(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[SAFE] === true;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((v: HtmlValue) => render(v)).join('');
  if (isSafe(value)) return value.value;
  return escapeHtml(String(value));
}

/**
 * Builds HTML; every `${…}` is escaped unless it is itself `html` or `raw`. `null`,
 * `undefined` and `false` render as nothing, arrays are concatenated.
 *
 * ```ts
 * html`<p>${run.symptomText}</p>`  // "<script>" becomes "&lt;script&gt;"
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return make(out);
}

/** Marks a string as safe HTML. Only for markup the program wrote itself, never for input. */
export function raw(markup: string): SafeHtml {
  return make(markup);
}

/** The final string of a page or fragment. */
export function toHtmlString(value: HtmlValue): string {
  return render(value);
}
