import type { RunStore } from '../store/types.js';
import { chatStateSchema, type ChatState } from './conversation.js';
import { chatKey } from './directory.js';

const STATE_NS = 'chat-state';
const UNKNOWN_NS = 'unknown-senders';

/**
 * What the assistant keeps about chats in the run store's documents: where each chat stands
 * (so a customer waiting for an approval still waits after a restart) and when an unknown
 * number was last answered. States are written through and read from memory: one process
 * runs the bot for a WhatsApp number, so this cache has a single writer.
 */
export class ChatStore {
  private readonly states = new Map<string, ChatState>();
  private loaded = false;

  constructor(private readonly store: RunStore) {}

  /** Reads every stored chat state into memory: after this, no first reply waits for the store. */
  async load(): Promise<void> {
    for (const { key, value } of await this.store.listDocs<unknown>(STATE_NS)) {
      const parsed = chatStateSchema.safeParse(value);
      if (parsed.success) this.states.set(key, parsed.data);
    }
    this.loaded = true;
  }

  async state(chat: string): Promise<ChatState> {
    const key = chatKey(chat);
    const cached = this.states.get(key);
    if (cached) return cached;
    if (this.loaded) return { step: 'idle' };
    const parsed = chatStateSchema.safeParse(await this.store.getDoc(STATE_NS, key));
    return parsed.success ? parsed.data : { step: 'idle' };
  }

  /** Records a chat's state; writes nothing when it is already so. */
  async setState(chat: string, state: ChatState): Promise<void> {
    const key = chatKey(chat);
    const before = this.states.get(key) ?? (this.loaded ? { step: 'idle' } : null);
    if (before && JSON.stringify(before) === JSON.stringify(state)) return;
    if (state.step === 'idle') this.states.delete(key);
    else this.states.set(key, state);
    if (state.step === 'idle') await this.store.deleteDoc(STATE_NS, key);
    else await this.store.putDoc(STATE_NS, key, state);
  }

  async unknownSenderSeen(sender: string): Promise<Date | null> {
    const last = await this.store.getDoc<{ at: string }>(UNKNOWN_NS, chatKey(sender));
    return last ? new Date(last.at) : null;
  }

  async noteUnknownSender(sender: string, at: string): Promise<void> {
    await this.store.putDoc(UNKNOWN_NS, chatKey(sender), { at });
  }
}
