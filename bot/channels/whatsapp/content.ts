// What a WhatsApp message says, as far as the layer above cares: text, media, or nothing.
import { normalizeMessageContent } from '@whiskeysockets/baileys';
import type { proto, WAMessage } from '@whiskeysockets/baileys';
import type { MediaKind } from '../../../conversations/index.js';

/**
 * What the channel makes of a message's content: text (with the media it captions, if any),
 * media alone, or nothing. `quoted`: the text of the message it replies to.
 */
export type Content = { kind: 'text'; text: string; media?: MediaKind; quoted?: string } | { kind: 'media'; media: MediaKind } | { kind: 'ignore' };

// Content a person sent that carries no text: the layer above asks for a description in words.
// Each by the kind the transcript records it as; the media itself is never downloaded.
const TEXTLESS_MEDIA = [
  ['audioMessage', 'audio'],
  ['stickerMessage', 'sticker'],
  ['ptvMessage', 'video'],
  ['locationMessage', 'location'],
  ['liveLocationMessage', 'location'],
  ['contactMessage', 'contact'],
  ['contactsArrayMessage', 'contact'],
] as const satisfies readonly (readonly [keyof proto.IMessage, MediaKind])[];

/**
 * Reads text from a message as Baileys delivers it. Wrappers (ephemeral, view-once,
 * document-with-caption, edited) are unwrapped by Baileys' `normalizeMessageContent`. Everything
 * not listed (protocol, reaction, poll update, key distribution…) is ignored: it is no one talking.
 */
export function readContent(message: proto.IMessage | null | undefined): Content {
  const content = normalizeMessageContent(message);
  if (!content) return { kind: 'ignore' };
  const captioned = (value: string | null | undefined, media: MediaKind): Content => {
    const trimmed = value?.trim();
    return trimmed ? { kind: 'text', text: trimmed, media } : { kind: 'media', media };
  };
  if (typeof content.conversation === 'string') {
    return content.conversation.trim() ? { kind: 'text', text: content.conversation.trim() } : { kind: 'ignore' };
  }
  if (content.extendedTextMessage) {
    const { text, contextInfo } = content.extendedTextMessage;
    if (!text?.trim()) return { kind: 'ignore' };
    const quoted = contextInfo?.quotedMessage ? readContent(contextInfo.quotedMessage) : null;
    return { kind: 'text', text: text.trim(), ...(quoted?.kind === 'text' ? { quoted: quoted.text } : {}) };
  }
  if (content.imageMessage) return captioned(content.imageMessage.caption, 'image');
  if (content.videoMessage) return captioned(content.videoMessage.caption, 'video');
  if (content.documentMessage) return captioned(content.documentMessage.caption, 'document');
  const textless = TEXTLESS_MEDIA.find(([type]) => content[type]);
  if (textless) return { kind: 'media', media: textless[1] };
  return { kind: 'ignore' };
}

/** When a message was sent (its own timestamp), else `now()`. */
export function timestampOf(message: WAMessage, now: () => Date): Date {
  const ts = message.messageTimestamp;
  const seconds = typeof ts === 'number' ? ts : ts && typeof ts === 'object' && 'toNumber' in ts ? ts.toNumber() : null;
  return seconds ? new Date(seconds * 1000) : now();
}
