import type { Conversations, Send } from '../conversations/index.js';
import type { RunLifecycle } from '../runs/lifecycle.js';
import type { Config, Engineer } from '../config/schema.js';
import type { RunStore } from '../store/types.js';
import type { Metrics } from './metrics.js';
import type { ActiveSession, SessionStore } from './sessions.js';

/** What the dashboard's plugins share; built once by createWebServer and passed down. */
export interface WebContext {
  readonly store: RunStore;
  readonly actions: RunLifecycle;
  /** The current config: read on every request, so a removed engineer is locked out at once. */
  readonly config: () => Config;
  readonly now: () => Date;
  readonly sessions: SessionStore;
  readonly metrics: Metrics;
  readonly cookieSecure: boolean;
  /** Transcripts, hand-offs and takeovers of customer chats. */
  readonly conversations: Conversations;
  /** Sends text to a chat (the channel); null in a process without one: replies cannot go out. */
  readonly send: Send | null;
  /** Webhook deliveries that gave up after their last attempt, newest first; null without webhook queue. */
  readonly webhookFailures: ((limit: number) => Promise<readonly WebhookFailure[]>) | null;
}

/** A webhook delivery that failed its last attempt (the queue's failed job). */
export interface WebhookFailure {
  readonly jobId: string;
  readonly url: string;
  readonly eventId: string;
  readonly type: string;
  /** The run or hand-off the event is about. */
  readonly subject: string;
  readonly attempts: number;
  readonly reason: string;
  readonly failedAt: string | null;
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'vos_session';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in engineer, as the config describes them now; null when anonymous. */
    engineer: Engineer | null;
    /** The dashboard session; null when anonymous. */
    webSession: ActiveSession | null;
  }
}
