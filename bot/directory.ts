import { chatKey } from '../config/chat.js';
import type { Config, Customer, Engineer, ServerConfig } from '../config/schema.js';

export { chatKey };

/** Who wrote a message, as far as the config knows. */
export type Party =
  | { kind: 'customer'; customer: Customer; servers: ServerConfig[] }
  | { kind: 'engineer'; engineer: Engineer }
  | { kind: 'unknown' };

/** The config's lookups, built once per config. */
interface Index {
  readonly config: Config;
  readonly byChat: Map<string, Party>;
  readonly customers: Map<string, Customer>;
  readonly servers: Map<string, ServerConfig>;
}

/**
 * Maps chat addresses to customers and engineers (pure lookups over the config). Given a
 * function, it reads the current config on every lookup, so a reloaded config (a new customer,
 * server or engineer) is known at once; the index is rebuilt when the config changes, in one
 * pass over customers and servers (a thousand of each take a millisecond, not the tens a
 * search of the servers per customer took).
 */
export class Directory {
  private readonly read: () => Config;
  private indexed: Index | null = null;

  constructor(config: Config | (() => Config)) {
    this.read = typeof config === 'function' ? config : () => config;
  }

  /** The config in force now. */
  get config(): Config {
    return this.read();
  }

  /** Builds the index of the config in force now, so that the first message does not wait for it (at start). */
  prepare(): void {
    this.index();
  }

  identify(sender: string): Party {
    return this.index().byChat.get(chatKey(sender)) ?? { kind: 'unknown' };
  }

  private index(): Index {
    const config = this.read();
    if (this.indexed?.config === config) return this.indexed;
    const servers = new Map<string, ServerConfig>();
    const serversOf = new Map<string, ServerConfig[]>();
    for (const s of config.servers) {
      if (!servers.has(s.id)) servers.set(s.id, s);
      const own = serversOf.get(s.customer);
      if (own) own.push(s);
      else serversOf.set(s.customer, [s]);
    }
    const customers = new Map<string, Customer>();
    const byChat = new Map<string, Party>();
    for (const e of config.engineers) for (const c of e.chats) byChat.set(chatKey(c), { kind: 'engineer', engineer: e });
    for (const cu of config.customers) {
      if (!customers.has(cu.id)) customers.set(cu.id, cu);
      const own = serversOf.get(cu.id) ?? [];
      for (const c of cu.chats) byChat.set(chatKey(c), { kind: 'customer', customer: cu, servers: own });
    }
    this.indexed = { config, byChat, customers, servers };
    return this.indexed;
  }

  /** The chats engineers are reached at: the engineers' group if configured, else every engineer's chats. */
  engineerChats(): string[] {
    const group = this.config.settings.engineersGroup;
    if (group) return [group];
    return this.config.engineers.flatMap((e) => e.chats.slice(0, 1));
  }

  customer(id: string): Customer | undefined {
    return this.index().customers.get(id);
  }

  server(id: string): ServerConfig | undefined {
    return this.index().servers.get(id);
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
