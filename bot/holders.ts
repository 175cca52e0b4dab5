import { chatKey } from '../config/chat.js';
import type { Conversations, Holder } from '../conversations/index.js';
import { holderOf } from '../conversations/index.js';

/** How often the taken chats are read again, for takeovers another process made (a standby's dashboard). */
const REFRESH_MS = 2_000;

/**
 * Who holds which customer chat, kept in memory so that a customer's first reply does not wait
 * for the store: every message asks. A change this process makes (through the Conversations it
 * shares with the dashboard and the jobs) is read again from the store before the next answer;
 * the whole list is read again every two seconds, when asked, for changes made elsewhere.
 */
export class Holders {
  private holders = new Map<string, Holder>();
  /** Chats changed here since they were read: read again on the next ask. */
  private readonly stale = new Set<string>();
  private readAt: number | null = null;
  private reading: Promise<void> | null = null;

  constructor(
    private readonly conversations: Conversations,
    private readonly log: (msg: string) => void,
    private readonly clock: () => number = () => Date.now(),
  ) {
    conversations.onHolderChange((chat) => this.stale.add(chat));
  }

  /** Who holds `chat`; null when the bot has it. */
  async of(chat: string): Promise<Holder | null> {
    const key = chatKey(chat);
    if (this.readAt === null) await this.readAll();
    else if (this.clock() - this.readAt > REFRESH_MS) void this.readAll().catch((err: Error) => this.log(`taken chats: ${err.message}`));
    if (this.stale.has(key)) {
      this.stale.delete(key);
      const holder = await this.conversations.whoHas(key).catch((err: unknown) => {
        this.stale.add(key);
        throw err;
      });
      if (holder) this.holders.set(key, holder);
      else this.holders.delete(key);
    }
    return this.holders.get(key) ?? null;
  }

  /** Reads every taken chat (one read at a time; callers share it). */
  readAll(): Promise<void> {
    this.reading ??= (async () => {
      const started = this.clock();
      const next = new Map<string, Holder>();
      let after: { lastAt: string; chat: string } | undefined;
      for (;;) {
        const page = await this.conversations.list({ state: 'taken', limit: 1000, ...(after ? { after } : {}) });
        for (const c of page) {
          const holder = holderOf(c);
          if (holder) next.set(c.chat, holder);
        }
        if (page.length < 1000) break;
        const last = page.at(-1)!;
        after = { lastAt: last.lastAt, chat: last.chat };
      }
      // A change made here while the list was read is read again on its own.
      for (const chat of this.stale) next.delete(chat);
      this.holders = next;
      this.readAt = started;
    })().finally(() => (this.reading = null));
    return this.reading;
  }
}
