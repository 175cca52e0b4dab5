// Turns the messages Baileys reports into the ChatMessages the layer above sees, and decides
// which of them are for it at all.
import { areJidsSameUser, isJidBroadcast, isJidGroup, isJidNewsletter, isJidStatusBroadcast, jidNormalizedUser } from '@whiskeysockets/baileys';
import type { WAMessage } from '@whiskeysockets/baileys';
import type { ChatMessage } from '../../channel.js';
import { isLid, isPn, jidToPhone } from './addresses.js';
import { BoundedMap } from './bounded-map.js';
import { readContent, timestampOf } from './content.js';
import type { WhatsAppSocket } from './socket.js';

const SEEN_IDS = 5000;
const KNOWN_LIDS = 10_000;

/** What {@link createInbound} needs. */
export interface InboundOptions {
  /** Normalised JID of the engineers' group; other groups are not delivered. */
  readonly engineersGroup: string | undefined;
  /** True for the id of a message this process sent (Baileys reports those back too). */
  readonly sentByUs: (id: string) => boolean;
  /** Clock for messages without a timestamp. */
  readonly now: () => Date;
}

/** The inbound side of the channel; it remembers ids it delivered and LIDs it learned. */
export interface Inbound {
  /** The ChatMessage for `message`, or null when it is not delivered (see {@link createInbound}). */
  read(message: WAMessage, socket: WhatsAppSocket): Promise<ChatMessage | null>;
  /** Remembers that `lid` is the phone number `pn` (from Baileys' `lid-mapping.update`). */
  learn(lid: string | null | undefined, pn: string | null | undefined): void;
}

/**
 * Reads Baileys' messages. Delivered: 1:1 chats and the engineers' group, each message id once.
 * Not delivered: status broadcasts, channels, other groups, reactions, protocol messages, the
 * bot's own sends (Baileys reports each of them back, `fromMe`, as an `append` upsert), notes in
 * the bot's chat with itself, and anything the bot's number writes in a group.
 *
 * A message `fromMe` that this process did not send was typed by a person on the bot's number,
 * on the phone or another linked device: it is delivered with `fromOwner: true`, `chat` the
 * customer's chat and `sender` the bot's number.
 *
 * Senders and chats are phone numbers ("+8801700000001") also when WhatsApp addresses them by
 * LID, as far as the message, a `lid-mapping.update` or Baileys' own LID store tells; else the LID.
 */
export function createInbound(options: InboundOptions): Inbound {
  const seen = new BoundedMap<string, true>(SEEN_IDS);
  const lidToPhone = new BoundedMap<string, string>(KNOWN_LIDS);

  function learn(lid: string | null | undefined, pn: string | null | undefined): void {
    const phone = jidToPhone(pn);
    if (isLid(lid) && phone) lidToPhone.set(jidNormalizedUser(lid), phone);
  }

  /** The phone number behind a JID, else the JID itself (without device). */
  async function addressOf(jid: string, alt: string | null | undefined, socket: WhatsAppSocket): Promise<string> {
    const phone = jidToPhone(jid);
    if (phone) {
      learn(alt, jid);
      return phone;
    }
    const normalized = jidNormalizedUser(jid);
    if (!isLid(jid)) return normalized;
    if (isPn(alt)) {
      learn(jid, alt);
      return jidToPhone(alt) ?? normalized;
    }
    const known = lidToPhone.get(normalized);
    if (known) return known;
    // Baileys keeps the LID↔PN pairs it has seen in the key store (our documents), so this also
    // answers for chats first seen before a restart.
    const pn = await socket.signalRepository.lidMapping.getPNForLID(jid).catch(() => null);
    if (isPn(pn)) {
      learn(jid, pn);
      return jidToPhone(pn) ?? normalized;
    }
    return normalized;
  }

  function isOwnAccount(jid: string | null | undefined, socket: WhatsAppSocket): boolean {
    const me = socket.user;
    if (!jid || !me) return false;
    return !!(areJidsSameUser(jid, me.id) || (me.lid && areJidsSameUser(jid, me.lid)));
  }

  async function read(message: WAMessage, socket: WhatsAppSocket): Promise<ChatMessage | null> {
    const key = message.key;
    const remoteJid = key.remoteJid;
    const id = key.id;
    if (!remoteJid || !id || options.sentByUs(id)) return null;
    if (isJidStatusBroadcast(remoteJid) || isJidBroadcast(remoteJid) || isJidNewsletter(remoteJid)) return null;
    const group = !!isJidGroup(remoteJid);
    if (group && (key.fromMe || !options.engineersGroup || jidNormalizedUser(remoteJid) !== options.engineersGroup)) return null;
    if (group && !key.participant) return null;
    if (key.fromMe && isOwnAccount(remoteJid, socket)) return null;
    const content = readContent(message.message);
    if (content.kind === 'ignore') return null;
    // Marked before the awaits below, so a second delivery arriving meanwhile is dropped too.
    // Undecryptable stubs never get here: Baileys delivers them again once decrypted.
    if (seen.has(id)) return null;
    seen.set(id, true);

    const text = content.kind === 'text' ? content.text : null;
    const at = timestampOf(message, options.now);
    const media = content.media;
    const extra = { ...(media ? { media } : {}), ...(content.kind === 'text' && content.quoted ? { quoted: content.quoted } : {}) };
    if (group) {
      const sender = await addressOf(key.participant ?? '', key.participantAlt, socket);
      return { chat: jidNormalizedUser(remoteJid), sender, text, at, id, group: true, ...extra };
    }
    if (key.fromMe) {
      // On a message from our own account, the alternative address WhatsApp gives is the
      // recipient's (peer_recipient_pn / _lid), unless it is our own.
      const alt = isOwnAccount(key.remoteJidAlt, socket) ? undefined : key.remoteJidAlt;
      const chat = await addressOf(remoteJid, alt, socket);
      const me = socket.user ? (jidToPhone(socket.user.id) ?? jidNormalizedUser(socket.user.id)) : chat;
      return { chat, sender: me, text, at, id, fromOwner: true, ...extra };
    }
    const sender = await addressOf(remoteJid, key.remoteJidAlt, socket);
    return { chat: sender, sender, text, at, id, ...extra };
  }

  return { read, learn };
}
