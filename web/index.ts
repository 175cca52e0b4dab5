// The engineers' web dashboard: Fastify plugins over the run store and the run actions.

// Commonly used: build the server, feed the metrics.
export { createWebServer, webServerOptions, type WebDeps, type WebServerOptions } from './server.js';
export { createMetrics, type Metrics, type MetricsOptions, type MatchLike, type DecisionLike, type CountableQueue } from './metrics.js';

// Passwords and sessions (the `engineer password` command uses these).
export {
  CREDENTIALS_NAMESPACE,
  MIN_PASSWORD_LENGTH,
  setEngineerPassword,
  checkEngineerPassword,
  hashPassword,
  verifyPassword,
  credentialSchema,
  type Credential,
  type ScryptCost,
} from './credentials.js';
export { SESSIONS_NAMESPACE, SessionStore, type Session } from './sessions.js';

// The escaping template helper, for anything else that renders HTML.
export { html, raw, escapeHtml, toHtmlString, type SafeHtml } from './html.js';
