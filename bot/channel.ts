/**
 * A chat message as everything above the channel sees it. `chat` is where replies go;
 * `sender` is who wrote it (they differ in groups). Phone numbers are E.164 ("+8801700000001")
 * whenever the channel can tell; otherwise the channel's own address (a WhatsApp JID).
 */
export interface ChatMessage {
  readonly chat: string;
  readonly sender: string;
  /** The text, or null for media without a caption. */
  readonly text: string | null;
  readonly at: Date;
  /** Channel message id, for de-duplication. */
  readonly id?: string;
  /** True when it came from a group chat. */
  readonly group?: boolean;
}

/** Receives and sends chat messages. WhatsApp is the product; console is for people and tests. */
export interface Channel {
  readonly name: string;
  /** Starts delivering messages to `onMessage`; resolves once connected. */
  start(onMessage: (message: ChatMessage) => Promise<void>): Promise<void>;
  /** Sends plain text to a chat (E.164 number or channel address). */
  send(chat: string, text: string): Promise<void>;
  /** Stops receiving, flushes what is being sent, disconnects. */
  stop(): Promise<void>;
}
