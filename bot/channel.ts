import type { MediaKind } from '../conversations/index.js';

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
  /** The kind of media it carried (never downloaded): "image", "audio"…; `media` when the channel cannot tell. */
  readonly media?: MediaKind;
  /** The text of the message this one replies to (WhatsApp's quote), when it quotes one. */
  readonly quoted?: string;
  readonly at: Date;
  /** Channel message id, for de-duplication. */
  readonly id?: string;
  /** True when it came from a group chat. */
  readonly group?: boolean;
  /**
   * True when a person typed it on the bot's own number (from the phone, or WhatsApp Web linked
   * to it), not the bot itself. `chat` is the customer's chat it was written in; `sender` is the
   * bot's own number. Someone on the team is answering that customer by hand.
   */
  readonly fromOwner?: true;
}

/**
 * Where a channel's connection stands:
 * - `connecting`: connecting or reconnecting after fewer failures in a row than the channel's
 *   threshold;
 * - `open`: connected (and, after failures, stable for a while);
 * - `failing`: failed that many times in a row and still retrying; people should know;
 * - `standby`: another process holds the chat session; this one waits to take over;
 * - `logged_out`: the chat service refuses this device (logged out, or the number is forbidden):
 *   a person has to act, nothing is retried;
 * - `stopped`: not started, stopped, or ended for another reason (`lastError` says which).
 */
export type ChannelState = 'connecting' | 'open' | 'failing' | 'standby' | 'logged_out' | 'stopped';

/** A snapshot of a channel's connection, for the engineers and the dashboard. */
export interface ChannelStatus {
  readonly state: ChannelState;
  /** When the channel entered `state`. */
  readonly since: Date;
  /** The last failure (or the reason for standby) in plain words; null when there is none. */
  readonly lastError: string | null;
  /** Connection attempts that failed in a row; back to 0 once the connection has been stable. */
  readonly attempts: number;
}

/** Receives and sends chat messages. WhatsApp is the product; console is for people and tests. */
export interface Channel {
  readonly name: string;
  /** Starts delivering messages to `onMessage`; resolves once connected (or once in `standby`). */
  start(onMessage: (message: ChatMessage) => Promise<void>): Promise<void>;
  /** Sends plain text to a chat (E.164 number or channel address). */
  send(chat: string, text: string): Promise<void>;
  /** Stops receiving, flushes what is being sent, disconnects. */
  stop(): Promise<void>;
  /**
   * The connection as it stands now. Channels without a connection that can fail (console,
   * in-memory) leave it out: they are always open.
   */
  status?(): ChannelStatus;
}
