import { createHash, createHmac } from 'node:crypto';
import * as z from 'zod';
import type { TypedHandoff } from '../conversations/model.js';
import type { RunChange } from '../runs/outbox.js';
import type { TypedRun } from '../runs/records.js';
import { runStatuses } from '../store/types.js';

// What an outgoing webhook carries. The body is JSON, signed with the URL's shared secret
// (HMAC-SHA256 over the raw body, in `X-VOS-Assist-Signature: sha256=<hex>`); the event id and
// time are inside the signed body (and repeated in headers), so a receiver can refuse a replay:
// an id it has seen, or an event older than it accepts. Retries send the same body. Payloads
// carry ids, statuses and the run's outcome, never customer messages or secrets: job data sits
// in Redis in clear.

const runRef = z.strictObject({
  id: z.string(),
  kind: z.enum(['diagnose', 'remediate', 'rollback']),
  playbook: z.string().nullable(),
  status: z.enum(runStatuses),
  serverId: z.string(),
  customerId: z.string(),
  /** The run's outcome as the engineers read it (technical). */
  outcome: z.string().nullable(),
  /** Set when it failed: the error's stable code. */
  errorCode: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

const common = {
  /** Unique per event and the same on every retry: receivers drop ids they have seen. */
  id: z.string().regex(/^evt_[0-9a-f]{24}$/),
  /** When the event happened (ISO 8601, UTC). */
  at: z.iso.datetime(),
};

/** The body of a webhook POST: one of four events. */
export const webhookEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...common,
    type: z.literal('handoff'),
    handoff: z.strictObject({ id: z.string(), chat: z.string(), customerId: z.string().nullable(), runId: z.string().nullable(), reason: z.string() }),
  }),
  z.strictObject({ ...common, type: z.literal('proposal'), run: runRef }),
  z.strictObject({ ...common, type: z.literal('decision'), decision: z.enum(['approved', 'rejected', 'expired']), by: z.string(), run: runRef }),
  z.strictObject({ ...common, type: z.literal('run_end'), run: runRef }),
]);
export type WebhookEvent = z.infer<typeof webhookEventSchema>;

/** The same event always gets the same id (a second announcement of it is then one delivery). */
const eventId = (...parts: string[]) => `evt_${createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 24)}`;

const refOf = (run: TypedRun): z.infer<typeof runRef> => ({
  id: run.id,
  kind: run.kind,
  playbook: run.playbook,
  status: run.status,
  serverId: run.serverId,
  customerId: run.customerId,
  outcome: run.outcome,
  errorCode: run.error?.code ?? null,
  createdAt: run.createdAt,
  finishedAt: run.finishedAt,
});

/** The webhook events of a run's changes, as the run outbox announces them (pure). */
export function runEvents(changes: readonly RunChange[], now: Date): WebhookEvent[] {
  return changes.flatMap((c): WebhookEvent[] => {
    const { run } = c;
    // The run's creation time keeps apart runs of two stores that share one Redis (both have an R-1).
    const id = (what: string) => eventId(run.createdAt, run.id, what);
    switch (c.type) {
      case 'proposed':
        return [{ id: id('proposal'), at: run.createdAt, type: 'proposal', run: refOf(run) }];
      case 'approved':
      case 'rejected':
      case 'expired':
        return [{ id: id(c.type), at: run.approvedAt ?? run.finishedAt ?? now.toISOString(), type: 'decision', decision: c.type, by: c.by, run: refOf(run) }];
      case 'ended':
        return [{ id: id('end'), at: run.finishedAt ?? now.toISOString(), type: 'run_end', run: refOf(run) }];
      case 'rollback_requested':
      // Read-only checks later (a follow-up, a watch that ran out) are the chat's; no webhook event.
      case 'followed_up':
      case 'watch_ended':
        return [];
    }
  });
}

/** The webhook event of a new hand-off (pure). */
export function handoffEvent(h: Pick<TypedHandoff, 'id' | 'chat' | 'customerId' | 'runId' | 'reason' | 'createdAt'>): WebhookEvent {
  return { id: eventId(h.createdAt, h.id, 'handoff'), at: h.createdAt, type: 'handoff', handoff: { id: h.id, chat: h.chat, customerId: h.customerId, runId: h.runId, reason: h.reason } };
}

/** The headers of a POST of `body` (the exact bytes sent). */
export function signedHeaders(body: string, secret: string, event: Pick<WebhookEvent, 'id' | 'at' | 'type'>): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'vos-assist-webhook',
    'x-vos-assist-event': event.type,
    'x-vos-assist-id': event.id,
    'x-vos-assist-timestamp': String(Math.floor(Date.parse(event.at) / 1000)),
    'x-vos-assist-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
}
