import type { WebhookFailure } from '../context.js';
import { html, type SafeHtml } from '../html.js';

/** The webhooks of the config and the deliveries that failed their last attempt. */
export function webhooksView(urls: readonly { url: string; events: readonly string[] }[], failures: readonly WebhookFailure[]): SafeHtml {
  return html`<h1>Webhooks</h1>
${
  urls.length
    ? html`<table class="runs"><thead><tr><th>URL</th><th>Events</th></tr></thead><tbody>${urls.map((u) => html`<tr><td><code>${u.url}</code></td><td>${u.events.join(', ')}</td></tr>`)}</tbody></table>`
    : html`<p>No webhooks in the config (<code>webhooks:</code>, see README).</p>`
}
<h2>Failed deliveries</h2>
${
  failures.length
    ? html`<p>These gave up after their last attempt. The receiver can be sent them again from <a href="/queues">Queues</a> (vos-webhooks, failed).</p>
<table class="runs" data-webhook-failures><thead><tr><th>Failed at</th><th>Event</th><th>About</th><th>URL</th><th>Attempts</th><th>Reason</th></tr></thead><tbody>${failures.map(
        (f) => html`<tr data-event-id="${f.eventId}"><td>${f.failedAt ?? '?'}</td><td>${f.type}</td><td>${f.subject}</td><td><code>${f.url}</code></td><td>${f.attempts}</td><td>${f.reason}</td></tr>`,
      )}</tbody></table>`
    : html`<p data-webhook-failures-none>No failed deliveries.</p>`
}`;
}
