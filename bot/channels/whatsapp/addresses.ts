// WhatsApp addresses: E.164 numbers for everything above the channel, JIDs for Baileys.
import { isHostedLidUser, isHostedPnUser, isLidUser, isPnUser, jidDecode } from '@whiskeysockets/baileys';
import { WhatsAppChannelError } from './errors.js';

/**
 * The JID to send to for a chat: an E.164 number ("+8801700000001", spaces and dashes allowed)
 * becomes `8801700000001@s.whatsapp.net`; a JID (anything with "@") is used as it is.
 *
 * @throws WhatsAppChannelError `WA_BAD_ADDRESS`
 */
export function chatToJid(chat: string): string {
  const trimmed = chat.trim();
  if (trimmed.includes('@')) return trimmed;
  const digits = trimmed.replace(/[\s\-().]/g, '');
  if (/^\+?\d{6,15}$/.test(digits)) return `${digits.replace(/^\+/, '')}@s.whatsapp.net`;
  throw new WhatsAppChannelError('WA_BAD_ADDRESS', `not a phone number (E.164, e.g. +8801700000001) or WhatsApp JID: "${chat}"`);
}

/** "+8801700000001" for a phone-number JID (with or without device); null for LIDs and the rest. */
export function jidToPhone(jid: string | null | undefined): string | null {
  if (!jid || !(isPnUser(jid) || isHostedPnUser(jid))) return null;
  const user = jidDecode(jid)?.user;
  return user && /^\d{5,15}$/.test(user) ? `+${user}` : null;
}

/** True for a LID ("…@lid", hosted too). */
export const isLid = (jid: string | null | undefined): jid is string => !!jid && !!(isLidUser(jid) || isHostedLidUser(jid));
/** True for a phone-number JID that reads as a phone number. */
export const isPn = (jid: string | null | undefined): jid is string => jidToPhone(jid) !== null;
