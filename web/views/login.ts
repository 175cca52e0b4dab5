import { html, type SafeHtml } from '../html.js';
import { barePage } from './layout.js';

/** The login page. `csrf` is the pre-session token also set in the login cookie. */
export function loginView(csrf: string, next: string, error: string | null, username = ''): SafeHtml {
  return barePage(
    'Log in',
    html`<div class="card login">
<h1>VOS Assist</h1>
${error ? html`<p class="notice error" role="alert">${error}</p>` : null}
<form method="post" action="/login">
<input type="hidden" name="_csrf" value="${csrf}">
<input type="hidden" name="next" value="${next}">
<label>Engineer id<input name="username" autocomplete="username" required maxlength="63" value="${username}" autofocus></label>
<label>Password<input type="password" name="password" autocomplete="current-password" required maxlength="1024"></label>
<button class="primary" type="submit">Log in</button>
</form>
</div>`,
  );
}

/** A bare error page (403, 404, 429 …). */
export function errorView(title: string, message: string, back = '/pending'): SafeHtml {
  return barePage(title, html`<div class="card"><h1>${title}</h1><p>${message}</p><p><a href="${back}">Back</a></p></div>`);
}
