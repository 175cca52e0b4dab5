import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import * as z from 'zod';
import type { Webhook } from '../config/schema.js';
import { signedHeaders, webhookEventSchema, type WebhookEvent } from './webhook-events.js';

/** The queue of webhook deliveries: one job per event and URL. */
export const WEBHOOK_QUEUE = 'vos-webhooks';

/** A delivery job: the URL and the event (no secret: job data sits in Redis in clear). */
export const deliveryJobSchema = z.strictObject({ url: z.string(), event: webhookEventSchema });
export type DeliveryJob = z.infer<typeof deliveryJobSchema>;

/** Retries of a delivery; every field has a default. */
export interface DeliveryOptions {
  /** Attempts in all, the first included. @defaultValue 8 (the last about 4 minutes after the first) */
  attempts?: number;
  /** The first retry's delay; each next one doubles it. @defaultValue 2 000 ms */
  backoffMs?: number;
  /** How long one POST may take. @defaultValue 10 000 ms */
  timeoutMs?: number;
}

const DEFAULTS = { attempts: 8, backoffMs: 2_000, timeoutMs: 10_000 } as const;

/** The job id of an event's delivery to one URL: the same event queued twice is one job. */
const jobIdOf = (event: WebhookEvent, url: string) => `${event.id}-${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;

/** A delivery that failed its last attempt, as the dashboard lists it. */
export interface FailedDelivery {
  readonly jobId: string;
  readonly url: string;
  readonly eventId: string;
  readonly type: WebhookEvent['type'];
  /** The run or hand-off the event is about. */
  readonly subject: string;
  readonly attempts: number;
  readonly reason: string;
  readonly failedAt: string | null;
}

/** Queues webhook deliveries (any process with the config). */
export class WebhookProducer {
  readonly queue: Queue<DeliveryJob>;

  constructor(
    connection: Redis,
    private readonly webhooks: () => readonly Webhook[],
    private readonly options: DeliveryOptions & { prefix?: string } = {},
  ) {
    this.queue = new Queue<DeliveryJob>(WEBHOOK_QUEUE, { connection, ...(options.prefix ? { prefix: options.prefix } : {}) });
    this.queue.on('error', () => {});
  }

  /** Queues `events` for every URL of the config that takes their type. Returns the job ids. */
  async emit(events: readonly WebhookEvent[]): Promise<string[]> {
    const jobs = events.flatMap((event) =>
      this.webhooks()
        .filter((w) => w.events.includes(event.type))
        .map((w) => {
          const data = deliveryJobSchema.parse({ url: w.url, event });
          return {
            name: event.type,
            data,
            opts: {
              jobId: jobIdOf(event, w.url),
              attempts: this.options.attempts ?? DEFAULTS.attempts,
              backoff: { type: 'exponential' as const, delay: this.options.backoffMs ?? DEFAULTS.backoffMs },
              removeOnComplete: { age: 24 * 3600, count: 5_000 },
              removeOnFail: { age: 30 * 24 * 3600, count: 1_000 },
            },
          };
        }),
    );
    if (!jobs.length) return [];
    await this.queue.addBulk(jobs);
    return jobs.map((j) => j.opts.jobId);
  }

  /** Deliveries that gave up after their last attempt, newest first. */
  async failed(limit = 50): Promise<FailedDelivery[]> {
    const jobs = await this.queue.getFailed(0, limit - 1);
    return jobs.flatMap((j) => {
      const parsed = deliveryJobSchema.safeParse(j.data);
      if (!parsed.success || !j.id) return [];
      const { url, event } = parsed.data;
      return [
        {
          jobId: j.id,
          url,
          eventId: event.id,
          type: event.type,
          subject: event.type === 'handoff' ? event.handoff.id : event.run.id,
          attempts: j.attemptsMade,
          reason: j.failedReason ?? 'unknown',
          failedAt: j.finishedOn ? new Date(j.finishedOn).toISOString() : null,
        },
      ];
    });
  }

  /** How many deliveries gave up (for /metrics). */
  async failedCount(): Promise<number> {
    return this.queue.getFailedCount();
  }

  close(): Promise<void> {
    return this.queue.close();
  }
}

/** A webhook's shared secret: from its environment variable or file, read when a delivery is signed. Never logged. */
export function webhookSecret(w: Webhook, env: NodeJS.ProcessEnv, baseDir: string): string {
  if (w.secretEnv) {
    const v = env[w.secretEnv];
    if (!v) throw new UnrecoverableError(`the secret of ${w.url} is not set: export ${w.secretEnv}`);
    return v;
  }
  const file = resolve(baseDir, w.secretFile!);
  try {
    const v = readFileSync(file, 'utf8').trim();
    if (!v) throw new Error('the file is empty');
    return v;
  } catch (err) {
    throw new UnrecoverableError(`cannot read the secret of ${w.url} from ${file}: ${(err as Error).message}`);
  }
}

export interface DeliveryWorkerDeps {
  readonly connection: Redis;
  /** The webhooks of the current config: a URL removed by a reload is no longer posted to. */
  readonly webhooks: () => readonly Webhook[];
  readonly env: NodeJS.ProcessEnv;
  /** Where a relative `secretFile` is found (the config file's directory). */
  readonly baseDir: string;
  readonly log?: (msg: string) => void;
  /** Told about each delivery: delivered, will retry, or given up after the last attempt. */
  readonly onResult?: (result: 'delivered' | 'retrying' | 'failed', job: { url: string; type: string }) => void;
}

/**
 * Posts queued webhook events: a signed JSON body, a 2xx answer within the timeout or the
 * attempt fails and BullMQ retries it with exponential backoff. The last failure stays in the
 * queue's failed set (the dashboard lists it; /metrics counts it).
 */
export function startWebhookWorker(deps: DeliveryWorkerDeps, options: DeliveryOptions & { prefix?: string } = {}): Worker<DeliveryJob> {
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const worker = new Worker<DeliveryJob>(
    WEBHOOK_QUEUE,
    async (job: Job<DeliveryJob>) => {
      const { url, event } = deliveryJobSchema.parse(job.data);
      const hook = deps.webhooks().find((w) => w.url === url);
      if (!hook) throw new UnrecoverableError(`${url} is no longer in the config's webhooks`);
      const body = JSON.stringify(webhookEventSchema.parse(event));
      const headers = signedHeaders(body, webhookSecret(hook, deps.env, deps.baseDir), event);
      let res: Response;
      try {
        res = await fetch(url, { method: 'POST', body, headers, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) });
      } catch (err) {
        const cause = (err as Error & { cause?: Error }).cause;
        throw new Error(`POST ${url} failed: ${cause?.message ?? (err as Error).message}`);
      }
      // The answer's body is not read beyond its start: only the status counts.
      const text = res.ok ? '' : (await res.text().catch(() => '')).slice(0, 200);
      if (!res.ok) throw new Error(`POST ${url} answered ${res.status}${text ? `: ${text}` : ''}`);
    },
    { connection: deps.connection, concurrency: 4, ...(options.prefix ? { prefix: options.prefix } : {}) },
  );
  worker.on('error', (err) => deps.log?.(`webhooks: ${err.message}`));
  worker.on('completed', (job) => deps.onResult?.('delivered', { url: job.data.url, type: job.data.event.type }));
  worker.on('failed', (job, err) => {
    if (!job) return;
    const last = job.attemptsMade >= (job.opts.attempts ?? 1) || err instanceof UnrecoverableError;
    if (last) deps.log?.(`webhook ${job.data.event.type} ${job.data.event.id} to ${job.data.url} given up after ${job.attemptsMade} attempt(s): ${err.message}`);
    deps.onResult?.(last ? 'failed' : 'retrying', { url: job.data.url, type: job.data.event.type });
  });
  return worker;
}
