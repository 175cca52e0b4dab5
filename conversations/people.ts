import { chatKey } from '../config/chat.js';
import type { Config, Customer, ServerConfig } from '../config/schema.js';
import type { Audience } from './model.js';

// Who is who, from the config: the customer behind a chat, an engineer's name, where a notice goes.

// Customers by chat key, per customers list: pages look up every chat they show.
const byChat = new WeakMap<readonly Customer[], Map<string, Customer>>();

/** The customer a chat belongs to, or null. `chat` in any written form. */
export function customerOfChat(config: Pick<Config, 'customers'>, chat: string): Customer | null {
  let index = byChat.get(config.customers);
  if (!index) {
    index = new Map(config.customers.flatMap((c) => c.chats.map((ch) => [chatKey(ch), c] as const)));
    byChat.set(config.customers, index);
  }
  return index.get(chatKey(chat)) ?? null;
}

/** A customer's servers. */
export const serversOf = (config: Pick<Config, 'servers'>, customerId: string | null): ServerConfig[] => (customerId === null ? [] : config.servers.filter((s) => s.customer === customerId));

/** "ACME Telecom (+8801700000001)"; the chat alone when no customer has it. */
export function chatLabel(config: Pick<Config, 'customers'>, chat: string): string {
  const customer = customerOfChat(config, chat);
  return customer ? `${customer.name} (${chat})` : chat;
}

/** The word that names a chat in a command: its customer's id when it has one chat, else the chat. */
export function chatWord(config: Pick<Config, 'customers'>, chat: string): string {
  const customer = customerOfChat(config, chat);
  return customer && customer.chats.length === 1 ? customer.id : chat;
}

/** An engineer by name ("Rahim"); the id when the config no longer knows them; null: whoever is on the bot's phone. */
export function engineerName(config: Pick<Config, 'engineers'>, engineerId: string | null): string {
  if (engineerId === null) return "someone on the bot's phone";
  return config.engineers.find((e) => e.id === engineerId)?.name ?? engineerId;
}

/**
 * The chats a notice goes to: for the team, the engineers' group when there is one, else each
 * engineer's first chat; for one engineer, their first chat (the team's when they have none).
 */
export function audienceChats(config: Pick<Config, 'engineers' | 'settings'>, audience: Audience): string[] {
  const team = () => (config.settings.engineersGroup ? [config.settings.engineersGroup] : config.engineers.flatMap((e) => e.chats.slice(0, 1)));
  if (audience.kind === 'team') return team();
  const own = config.engineers.find((e) => e.id === audience.engineerId)?.chats[0];
  return own ? [own] : team();
}
