import type { Conversations, RecordInput } from '../conversations/index.js';

/** Messages per write; a burst of a thousand chats becomes a few writes. */
const BATCH = 500;

/**
 * Writes transcript messages behind the bot's replies: recording a message only queues it, and
 * the queue is written in batches once the event loop is free, in the order messages were
 * queued. So a customer's first reply never waits for the store, and a burst of chats costs a
 * few transactions instead of two per chat. Whatever reads a transcript to act on it (a
 * hand-off quoting the last messages, a takeover) calls `flush()` first.
 */
export class TranscriptWriter {
  private queue: RecordInput[] = [];
  private writing: Promise<void> | null = null;

  constructor(
    private readonly conversations: Conversations,
    private readonly log: (msg: string) => void,
  ) {}

  /** Queues a message; it is written shortly, after anything queued before it. */
  add(input: RecordInput): void {
    this.queue.push(input);
    this.writing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
  }

  /** Resolves once everything queued so far is written (or, if the store refused it, logged). */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const batch = this.queue.splice(0, BATCH);
      // The customers have read these messages whatever the store says: a write that fails is logged, not retried.
      await this.conversations.recordAll(batch).catch((err: Error) => this.log(`transcripts: ${batch.length} message(s) not recorded: ${err.message}`));
    }
    this.writing = null;
  }
}
