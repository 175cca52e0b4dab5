import { chatKey } from '../config/chat.js';
import type { Conversations, RecordInput } from '../conversations/index.js';

/** Messages per write; a burst of a thousand chats becomes a few writes. */
const BATCH = 200;
/** Queued messages are written once no new one came for this long… */
const QUIET_MS = 10;
/** …or this long after the oldest was queued, whichever comes first. */
const MAX_WAIT_MS = 250;

/**
 * Writes transcript messages behind the bot's replies: recording a message only queues it, and
 * the queue is written in batches once the bot is quiet for a moment (at most a quarter of a
 * second later), in the order messages were queued. So no reply waits for the store, and a
 * burst of chats costs a few transactions after its replies instead of two per chat among
 * them. Whatever reads a chat's transcript to act on it (a hand-off quoting the last messages,
 * a takeover, a reply) calls `flush(chat)` first; `flush()` writes everything (idle, shutdown).
 */
/** A queued message; `written` once a chat's own flush took it out of turn. */
interface Queued {
  readonly input: RecordInput;
  written: boolean;
}

export class TranscriptWriter {
  /** Queued messages, in order. */
  private queue: Queued[] = [];
  /** The same messages by chat key: a hand-off's flush takes its chat's out of a burst's thousands without going through them all. */
  private byChat = new Map<string, Queued[]>();
  /** The writes, one after another. */
  private writing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private oldestAt = 0;
  private newestAt = 0;

  constructor(
    private readonly conversations: Conversations,
    private readonly log: (msg: string) => void,
  ) {}

  /** Queues a message; it is written shortly, after anything queued before it. */
  add(input: RecordInput): void {
    const now = Date.now();
    if (this.queue.length === 0) this.oldestAt = now;
    this.newestAt = now;
    const queued: Queued = { input, written: false };
    this.queue.push(queued);
    const key = chatKey(input.chat);
    const chat = this.byChat.get(key);
    if (chat) chat.push(queued);
    else this.byChat.set(key, [queued]);
    // One timer for the queue, not one per message: a burst of a thousand chats would set
    // and clear two thousand of them among its replies.
    if (!this.timer) this.wake(QUIET_MS);
  }

  private wake(ms: number): void {
    this.timer = setTimeout(() => this.due(), ms);
    // Nothing waits on it to exit; `Assistant.idle()` (and so the app's stop) writes what is left.
    this.timer.unref();
  }

  /** Writes the queue once it has been quiet for QUIET_MS or its oldest has waited MAX_WAIT_MS; else looks again then. */
  private due(): void {
    this.timer = null;
    if (this.queue.length === 0) return;
    const now = Date.now();
    const quiet = this.newestAt + QUIET_MS - now;
    const late = this.oldestAt + MAX_WAIT_MS - now;
    if (quiet <= 0 || late <= 0) void this.flush();
    else this.wake(Math.min(quiet, late));
  }

  /** Resolves once what was queued so far (of `chat` only, when given) is written, or, if the store refused it, logged. */
  flush(chat?: string): Promise<void> {
    let batch: RecordInput[];
    if (chat === undefined) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      batch = this.queue.filter((m) => !m.written).map((m) => m.input);
      this.queue = [];
      this.byChat.clear();
    } else {
      const key = chatKey(chat);
      const mine = this.byChat.get(key) ?? [];
      this.byChat.delete(key);
      batch = mine.map((m) => {
        m.written = true;
        return m.input;
      });
    }
    // Queued after the writes already under way, so a chat's messages keep their order.
    this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: readonly RecordInput[]): Promise<void> {
    for (let i = 0; i < batch.length; i += BATCH) {
      const part = batch.slice(i, i + BATCH);
      // The customers have read these messages whatever the store says: a write that fails is logged, not retried.
      await this.conversations.recordAll(part).catch((err: Error) => this.log(`transcripts: ${part.length} message(s) not recorded: ${err.message}`));
    }
  }
}
