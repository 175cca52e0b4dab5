import { chatKey } from '../config/chat.js';
import type { Config, Engineer } from '../config/schema.js';

/** Who is acting: engineers approve; customers and viewers never can. */
export type Actor =
  | { kind: 'engineer'; engineer: Engineer; via: 'chat' | 'web' }
  | { kind: 'customer'; customerId: string; chat: string }
  | { kind: 'cli'; user: string };

/** How an actor is recorded on a run: "chat:rahim", "web:rahim", "chat:+8801700000001", "cli:root". */
export const actorLabel = (a: Actor): string =>
  a.kind === 'engineer' ? `${a.via === 'web' ? 'web' : 'chat'}:${a.engineer.id}` : a.kind === 'customer' ? `chat:${a.chat}` : `cli:${a.user}`;

/** A recorded actor as people read it: a name, how they acted, and the raw label. */
export interface ActorName {
  readonly name: string;
  /** "chat", "dashboard", "command line"; null for the system itself. */
  readonly via: string | null;
  /** The label as stored ("web:rahim"), for hover text and JSON. */
  readonly raw: string;
}

/**
 * Names a recorded actor from the config: "web:rahim" → Rahim (dashboard), "chat:+8801…" →
 * the customer's name, "cli:root" → root (command line). Ids the config no longer knows are
 * shown as they are.
 */
export function actorName(config: Pick<Config, 'engineers' | 'customers'>, raw: string): ActorName {
  const colon = raw.indexOf(':');
  if (colon === -1) return { name: raw === 'system' ? 'VOS Assist' : raw, via: null, raw };
  const kind = raw.slice(0, colon);
  const who = raw.slice(colon + 1);
  if (kind === 'cli') return { name: who, via: 'command line', raw };
  const via = kind === 'web' ? 'dashboard' : 'chat';
  const engineer = config.engineers.find((e) => e.id === who);
  if (engineer) return { name: engineer.name, via, raw };
  if (kind === 'chat' && /[\d@]/.test(who)) {
    const key = chatKey(who);
    const customer = config.customers.find((c) => c.chats.some((ch) => chatKey(ch) === key));
    if (customer) return { name: customer.name, via: who, raw };
  }
  return { name: who, via, raw };
}

/** "Rahim (chat)", "ACME Telecom (+8801700000001)", "root (command line)". */
export const actorText = (a: ActorName): string => (a.via ? `${a.name} (${a.via})` : a.name);
