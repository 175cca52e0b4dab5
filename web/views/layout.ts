import type { Engineer } from '../../config/schema.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { ASSET_PATHS } from '../assets.js';

/** What every logged-in page shows around its content. */
export interface PageFrame {
  readonly title: string;
  readonly engineer: Engineer;
  readonly csrf: string;
  readonly pendingCount: number;
  /** Chats waiting for a person (hand-offs nobody took). */
  readonly waitingCount: number;
  /** Which nav item is current. */
  readonly section: 'pending' | 'conversations' | 'runs' | 'servers' | 'webhooks' | 'none';
  /** Reload every N seconds (a running run's detail page), without script. */
  readonly refreshSeconds?: number;
  /** A message at the top: the outcome of the last action. */
  readonly notice?: { kind: 'ok' | 'warn' | 'error'; text: HtmlValue } | null;
}

function head(title: string, refreshSeconds?: number): SafeHtml {
  return html`<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
${refreshSeconds ? html`<meta http-equiv="refresh" content="${refreshSeconds}">` : null}
<title>${title} · VOS Assist</title>
<link rel="stylesheet" href="${ASSET_PATHS.css}">
<script src="${ASSET_PATHS.js}" defer></script>
</head>`;
}

/** A full page for a logged-in engineer. */
export function page(frame: PageFrame, content: HtmlValue): SafeHtml {
  const nav = (key: PageFrame['section'], href: string, label: HtmlValue) =>
    html`<a href="${href}"${frame.section === key ? html` aria-current="page"` : null}>${label}</a>`;
  return html`<!doctype html>
<html lang="en">
${head(frame.title, frame.refreshSeconds)}
<body>
<header class="top">
  <a class="brand" href="/pending">VOS Assist</a>
  <nav>
    ${nav('pending', '/pending', html`Pending <span class="count${frame.pendingCount > 0 ? ' hot' : ''}" data-pending-count>${frame.pendingCount}</span>`)}
    ${nav('conversations', '/conversations', html`Conversations <span class="count${frame.waitingCount > 0 ? ' hot' : ''}" data-waiting-count title="waiting for a person">${frame.waitingCount}</span>`)}
    ${nav('runs', '/runs', 'Runs')}
    ${nav('servers', '/servers', 'Servers')}
    ${nav('webhooks', '/webhooks', 'Webhooks')}
    <a href="/queues">Queues</a>
  </nav>
  <div class="who">
    <span>${frame.engineer.name} <span class="role">${frame.engineer.role}</span></span>
    <form method="post" action="/logout"><input type="hidden" name="_csrf" value="${frame.csrf}"><button class="link">Log out</button></form>
  </div>
</header>
<main>
${frame.notice ? html`<p class="notice ${frame.notice.kind}" role="status">${frame.notice.text}</p>` : null}
${content}
</main>
</body>
</html>`;
}

/** A page without the navigation (login, errors before login). */
export function barePage(title: string, content: HtmlValue): SafeHtml {
  return html`<!doctype html>
<html lang="en">
${head(title)}
<body class="bare">
<main>
${content}
</main>
</body>
</html>`;
}
