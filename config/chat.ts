/** A chat key as chatKey returns it for a phone number. */
const IS_KEY = /^\+\d+$/;

/**
 * Reduces the ways one chat can be written to one key: "+880 1700-000001",
 * "8801700000001@s.whatsapp.net", "8801700000001:12@s.whatsapp.net" (a linked device) and
 * "+8801700000001" are all "+8801700000001". `@lid` and `@g.us` JIDs are not phone numbers
 * and stay as they are (lower-cased). The config compares chats with it, and the bot looks
 * senders up with it, so both agree on who is who.
 */
export function chatKey(address: string): string {
  const at = address.indexOf('@');
  if (at !== -1) {
    const domain = address.slice(at + 1);
    const user = address.slice(0, at).split(':')[0]!;
    return domain === 's.whatsapp.net' || domain === 'c.us' ? `+${user.replace(/\D/g, '')}` : address.toLowerCase();
  }
  // Most addresses reach here already as a key (the bot passes keys around): nothing to rewrite.
  if (IS_KEY.test(address)) return address;
  const digits = address.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}
