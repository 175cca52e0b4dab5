import { chatKey } from '../config/chat.js';
import type { Config, Customer, Engineer, ServerConfig } from '../config/schema.js';

export { chatKey };

/** Who wrote a message, as far as the config knows. */
export type Party =
  | { kind: 'customer'; customer: Customer; servers: ServerConfig[] }
  | { kind: 'engineer'; engineer: Engineer }
  | { kind: 'unknown' };

/**
 * Maps chat addresses to customers and engineers (pure lookups over the config). Given a
 * function, it reads the current config on every lookup, so a reloaded config (a new customer,
 * server or engineer) is known at once; the index by chat is rebuilt when the config changes.
 */
export class Directory {
  private readonly read: () => Config;
  private indexed: { config: Config; byChat: Map<string, Party> } | null = null;

  constructor(config: Config | (() => Config)) {
    this.read = typeof config === 'function' ? config : () => config;
  }

  /** The config in force now. */
  get config(): Config {
    return this.read();
  }

  identify(sender: string): Party {
    return this.index().get(chatKey(sender)) ?? { kind: 'unknown' };
  }

  private index(): Map<string, Party> {
    const config = this.read();
    if (this.indexed?.config === config) return this.indexed.byChat;
    const byChat = new Map<string, Party>();
    for (const e of config.engineers) for (const c of e.chats) byChat.set(chatKey(c), { kind: 'engineer', engineer: e });
    for (const cu of config.customers) {
      const servers = config.servers.filter((s) => s.customer === cu.id);
      for (const c of cu.chats) byChat.set(chatKey(c), { kind: 'customer', customer: cu, servers });
    }
    this.indexed = { config, byChat };
    return byChat;
  }

  /** The chats engineers are reached at: the engineers' group if configured, else every engineer's chats. */
  engineerChats(): string[] {
    const group = this.config.settings.engineersGroup;
    if (group) return [group];
    return this.config.engineers.flatMap((e) => e.chats.slice(0, 1));
  }

  customer(id: string): Customer | undefined {
    return this.config.customers.find((c) => c.id === id);
  }

  server(id: string): ServerConfig | undefined {
    return this.config.servers.find((s) => s.id === id);
  }

  /**
   * Resolves a customer's answer to "which server?": a number from the list, the id, the name,
   * the IP, or a word of the name or id that only one of the servers has ("the chittagong one",
   * "ctg"). Null when nothing, or more than one server, fits.
   */
  pickServer(servers: readonly ServerConfig[], answer: string): ServerConfig | null {
    const a = answer.trim().toLowerCase().replace(/[.)!?]+$/, '');
    const n = /^\d{1,2}$/.test(a) ? Number(a) : NaN;
    if (Number.isInteger(n) && n >= 1 && n <= servers.length) return servers[n - 1]!;
    const exact = servers.find((s) => a === s.id.toLowerCase() || a === s.host || (s.name && a === s.name.toLowerCase()) || a.includes(s.host) || new RegExp(`\\b${escapeRe(s.id.toLowerCase())}\\b`).test(a));
    if (exact) return exact;
    const said = new Set(wordsOf(a));
    const fits = servers.filter((s) => wordsOf(`${s.id} ${s.name ?? ''}`).some((w) => said.has(w)));
    return fits.length === 1 ? fits[0]! : null;
  }
}

/** Words that name nothing in a server's name ("the", "vos", "server"…). */
const NAMELESS = new Set(['the', 'one', 'our', 'my', 'server', 'servers', 'switch', 'box', 'vos', 'vos3000', 'softswitch', 'sip', 'please', 'pls', 'that', 'this', 'in', 'at', 'on', 'of', 'new', 'old', 'main']);

/** The words of a name that can tell servers apart: letters and digits, three or more, not generic. */
const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3 && !NAMELESS.has(w));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
