import type { Channel, ChatMessage } from '../bot/channel.js';
import { chatKey } from '../bot/directory.js';

/** An in-memory Channel: tests speak as any chat and wait for what the assistant sends. */
export class MemoryChannel implements Channel {
  readonly name = 'memory';
  readonly sent: { chat: string; text: string; at: number }[] = [];
  private onMessage: ((m: ChatMessage) => Promise<void>) | null = null;
  private waiters: { chat: string; re: RegExp; from: number; resolve: (t: string) => void }[] = [];
  private seq = 0;

  async start(onMessage: (m: ChatMessage) => Promise<void>): Promise<void> {
    this.onMessage = onMessage;
  }

  async send(chat: string, text: string): Promise<void> {
    this.sent.push({ chat: chatKey(chat), text, at: Date.now() });
    const idx = this.sent.length - 1;
    this.waiters = this.waiters.filter((w) => {
      if (w.chat === chatKey(chat) && idx >= w.from && w.re.test(text)) {
        w.resolve(text);
        return false;
      }
      return true;
    });
  }

  async stop(): Promise<void> {
    this.onMessage = null;
  }

  /** Delivers a message as `chat` and waits until the assistant has handled it. */
  async say(chat: string, text: string | null, extra: Partial<ChatMessage> = {}): Promise<void> {
    if (!this.onMessage) throw new Error('channel not started');
    await this.onMessage({ chat, sender: chat, text, at: new Date(), id: `m${++this.seq}`, ...extra });
  }

  /** Everything sent to a chat so far. */
  to(chat: string): string[] {
    return this.sent.filter((m) => m.chat === chatKey(chat)).map((m) => m.text);
  }

  /** Resolves with the first message to `chat` matching `re`, sent after index `from` (default: now). */
  waitFor(chat: string, re: RegExp, timeoutMs = 30_000, from = this.sent.length): Promise<string> {
    const hit = this.sent.slice(from).find((m) => m.chat === chatKey(chat) && re.test(m.text));
    if (hit) return Promise.resolve(hit.text);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no message to ${chat} matching ${re} within ${timeoutMs} ms; got:\n${this.to(chat).slice(-5).join('\n---\n')}`)), timeoutMs);
      this.waiters.push({ chat: chatKey(chat), re, from, resolve: (t) => (clearTimeout(timer), resolve(t)) });
    });
  }

  mark(): number {
    return this.sent.length;
  }
}
