/** Reduces "+880 1700-000001", "8801700000001@s.whatsapp.net" and "+8801700000001" to one key. */
export function chatKey(address: string): string {
  const at = address.indexOf('@');
  if (at !== -1) {
    const domain = address.slice(at + 1);
    const user = address.slice(0, at).split(':')[0]!;
    return domain === 's.whatsapp.net' || domain === 'c.us' ? `+${user.replace(/\D/g, '')}` : address.toLowerCase();
  }
  const digits = address.replace(/[^\d+]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}
