import { chatKey } from '../config/chat.js';
import type { Config, Customer } from '../config/schema.js';
import { customerOfChat } from './people.js';

/** What a target word names, before the store is asked: a hand-off, a customer, or one customer chat. */
export type Target =
  | { readonly kind: 'handoff'; readonly handoffId: string }
  | { readonly kind: 'customer'; readonly customer: Customer }
  | { readonly kind: 'chat'; readonly chat: string; readonly customer: Customer };

const HANDOFF = /^h-?(\d{1,9})$/i;
const PHONE = /^\+?[\d\s().-]{7,24}$/;

/**
 * Reads the target of `take`, `release` or `reply` (pure): "H-7" (or "h7"), a customer id or
 * name ("acme", "ACME Telecom"), or a chat ("+880 1700-000001", a WhatsApp JID) — only a chat
 * the config gives to a customer, so nothing is ever sent to a number nobody configured. Null
 * when it names none of these.
 */
export function readTarget(word: string, config: Pick<Config, 'customers'>): Target | null {
  const w = word.trim();
  const handoff = HANDOFF.exec(w);
  if (handoff) return Number(handoff[1]) > 0 ? { kind: 'handoff', handoffId: `H-${Number(handoff[1])}` } : null;
  const lower = w.toLowerCase();
  const customer = config.customers.find((c) => c.id === lower || c.name.toLowerCase() === lower);
  if (customer) return { kind: 'customer', customer };
  if ((PHONE.test(w) && /\d{7}/.test(w.replace(/\D/g, ''))) || w.includes('@')) {
    const owner = customerOfChat(config, w);
    if (owner) return { kind: 'chat', chat: chatKey(w), customer: owner };
  }
  return null;
}
