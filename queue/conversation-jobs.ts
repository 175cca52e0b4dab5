import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Conversations, Notice } from '../conversations/index.js';

/** The queue of the conversations' recurring jobs; no ':' in it, as BullMQ wants. */
export const CONVERSATIONS_QUEUE = 'vos-conversations';

/** The job schedulers (and job names) of the conversations. */
export const CONVERSATION_JOBS = {
  /** Hand-offs nobody took within `settings.conversations.handoffReannounceMinutes` are announced again. */
  reannounce: 'handoff-reannounce',
  /** Takeovers idle for `settings.conversations.takeoverIdleMinutes` go back to the bot; the holder is told. */
  idle: 'takeover-idle',
  /** Transcripts older than `settings.conversations.retentionDays` are deleted. */
  purge: 'transcript-purge',
} as const;
export type ConversationJobName = (typeof CONVERSATION_JOBS)[keyof typeof CONVERSATION_JOBS];

/** How often each job looks, by default. The configured times decide what is due; these only bound how late it is noticed. */
export const CONVERSATION_JOBS_EVERY_MS: Readonly<Record<ConversationJobName, number>> = {
  'handoff-reannounce': 60_000,
  'takeover-idle': 60_000,
  'transcript-purge': 6 * 3600_000,
};

/** What the conversations' jobs need. */
export interface ConversationJobDeps {
  readonly connection: Redis;
  readonly conversations: Conversations;
  /** Tells people (the bot's channel): reminders to the team, an idle takeover's note to its holder. */
  readonly deliver: (notices: readonly Notice[]) => Promise<void>;
  /**
   * False while this process cannot tell anyone (its chat channel waits in standby for another
   * process's session): a pass here then leaves everything for a process that can.
   * @defaultValue always true
   */
  readonly canDeliver?: () => boolean;
  readonly log?: (msg: string) => void;
}

export interface ConversationJobOptions {
  /** How often each job runs. @defaultValue {@link CONVERSATION_JOBS_EVERY_MS} */
  readonly everyMs?: Partial<Record<ConversationJobName, number>>;
  /** BullMQ key prefix. @defaultValue "bull" */
  readonly prefix?: string;
}

/** What one job did: notices it sent, chats it gave back, messages it deleted; `skipped` when this process could tell nobody. */
export type ConversationJobResult = { readonly notices: number; readonly released?: number; readonly purged?: number; readonly skipped?: true };

/**
 * The conversations' recurring jobs as BullMQ job schedulers: re-announcing hand-offs nobody
 * took, ending idle takeovers, purging old transcripts. The schedulers live in Redis and the
 * times they measure (when a hand-off was last announced, a holder's last activity, a message's
 * date) in the store, so a restart neither loses nor restarts them; upserting a scheduler that
 * exists changes nothing but its interval, and several processes share one scheduler per job.
 * Each run claims what it handles in the store (see `Conversations.dueReannouncements`), so two
 * workers never announce the same hand-off twice.
 */
export function startConversationJobs(deps: ConversationJobDeps, options: ConversationJobOptions = {}) {
  const prefix = options.prefix ? { prefix: options.prefix } : {};
  const log = deps.log ?? (() => {});
  const queue = new Queue(CONVERSATIONS_QUEUE, { connection: deps.connection, ...prefix });
  queue.on('error', (err) => log(`conversations queue: ${err.message}`));
  const worker = new Worker(
    CONVERSATIONS_QUEUE,
    async (job): Promise<ConversationJobResult> => {
      // A reminder claimed here but not sent would be lost; the purge tells nobody and may run anywhere.
      if (job.name !== CONVERSATION_JOBS.purge && deps.canDeliver && !deps.canDeliver()) return { notices: 0, skipped: true };
      switch (job.name as ConversationJobName) {
        case 'handoff-reannounce': {
          const notices = await deps.conversations.dueReannouncements();
          if (notices.length) await deps.deliver(notices);
          return { notices: notices.length };
        }
        case 'takeover-idle': {
          const ended = await deps.conversations.idleTakeovers();
          const notices = ended.flatMap((e) => e.notices);
          if (notices.length) await deps.deliver(notices);
          return { notices: notices.length, released: ended.length };
        }
        case 'transcript-purge': {
          const purged = await deps.conversations.purgeExpired();
          if (purged.messages) log(`transcripts: purged ${purged.messages} message(s) past retention`);
          return { notices: 0, purged: purged.messages };
        }
        default:
          return { notices: 0 };
      }
    },
    { connection: deps.connection, concurrency: 1, ...prefix },
  );
  worker.on('error', (err) => log(`conversations worker: ${err.message}`));
  worker.on('failed', (job, err) => log(`${job?.name ?? 'conversations job'} failed: ${err.message}`));
  const scheduled = Promise.all(
    Object.values(CONVERSATION_JOBS).map((name) =>
      queue.upsertJobScheduler(name, { every: options.everyMs?.[name] ?? CONVERSATION_JOBS_EVERY_MS[name] }, { name, data: {}, opts: { removeOnComplete: { count: 20 }, removeOnFail: { count: 50 } } }),
    ),
  ).catch((err: Error) => log(`cannot schedule the conversations' jobs: ${err.message}`));
  return {
    worker,
    queue,
    /** Resolves once every scheduler is in Redis. */
    scheduled,
    close: async () => {
      await scheduled;
      await worker.close();
      await queue.close();
    },
  };
}

/** The running jobs of {@link startConversationJobs}. */
export type ConversationJobs = ReturnType<typeof startConversationJobs>;
