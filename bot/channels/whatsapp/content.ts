// What a WhatsApp message says, as far as the layer above cares: text, media, or nothing.
import { normalizeMessageContent } from '@whiskeysockets/baileys';
import type { proto, WAMessage } from '@whiskeysockets/baileys';

/** What the channel makes of a message's content. */
export type Content = { kind: 'text'; text: string } | { kind: 'media' } | { kind: 'ignore' };

// Content a person sent that carries no text: the layer above asks for a description in words.
const TEXTLESS_MEDIA = [
  'audioMessage',
  'stickerMessage',
  'ptvMessage',
  'locationMessage',
  'liveLocationMessage',
  'contactMessage',
  'contactsArrayMessage',
] as const satisfies readonly (keyof proto.IMessage)[];

/**
 * Reads text from a message as Baileys delivers it. Wrappers (ephemeral, view-once,
 * document-with-caption, edited) are unwrapped by Baileys' `normalizeMessageContent`. Everything
 * not listed (protocol, reaction, poll update, key distribution…) is ignored: it is no one talking.
 */
export function readContent(message: proto.IMessage | null | undefined): Content {
  const content = normalizeMessageContent(message);
  if (!content) return { kind: 'ignore' };
  const text = (value: string | null | undefined): Content => {
    const trimmed = value?.trim();
    return trimmed ? { kind: 'text', text: trimmed } : { kind: 'media' };
  };
  if (typeof content.conversation === 'string') {
    return content.conversation.trim() ? text(content.conversation) : { kind: 'ignore' };
  }
  if (content.extendedTextMessage) {
    return content.extendedTextMessage.text?.trim() ? text(content.extendedTextMessage.text) : { kind: 'ignore' };
  }
  const captioned = content.imageMessage ?? content.videoMessage ?? content.documentMessage;
  if (captioned) return text(captioned.caption);
  if (TEXTLESS_MEDIA.some((type) => content[type])) return { kind: 'media' };
  return { kind: 'ignore' };
}

/** When a message was sent (its own timestamp), else `now()`. */
export function timestampOf(message: WAMessage, now: () => Date): Date {
  const ts = message.messageTimestamp;
  const seconds = typeof ts === 'number' ? ts : ts && typeof ts === 'object' && 'toNumber' in ts ? ts.toNumber() : null;
  return seconds ? new Date(seconds * 1000) : now();
}
