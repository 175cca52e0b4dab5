import * as z from 'zod';
import { type PlaybookId } from '../playbooks/ids.js';
import { playbookIdSchema } from '../playbooks/id-schema.js';
import type { RunStore } from '../store/types.js';

// What the team remembers about a customer, per server: what the customer told us (TLS, NAT,
// UDP only, call rates), what engineers decided and why (rejections with their reasons), and
// what recently changed (runs applied, runs rolled back). One document per customer in the run
// store, one schema, checked when written and when read. The chat writes it (as run changes and
// customer statements come in), engineers correct it (`forget`), and proposals read it: a change
// held back by it is not proposed again (runs/memory-policy.ts).

/** The store document namespace of customer memory; the key is the customer id. */
export const MEMORY_NAMESPACE = 'customer-memory';

/** Entries older than this are dropped when the document is next written (statements stay). */
const KEEP_MS = 30 * 24 * 3600_000;
/** At most this many entries per customer; the oldest go first. */
const MAX_ENTRIES = 100;

const changeSchema = z.strictObject({ key: z.string(), from: z.string().nullable(), to: z.string() });

/** What a customer can tell us that matters for SS_TCP_CLOSE_RESET. */
export const saidTopics = ['tls', 'nat', 'udp_only', 'cps'] as const;
export type SaidTopic = (typeof saidTopics)[number];

const common = {
  /** Short, stable within the customer: what `forget acme 3` names. */
  id: z.number().int().positive(),
  /** When it was said, decided or changed. */
  at: z.string(),
  /** The server it is about; null: every server of the customer. */
  serverId: z.string().nullable(),
};

/**
 * One remembered thing:
 * - `said`: the customer told us a fact (value true/false, or the calls per second);
 * - `rejected`: an engineer rejected a proposal, with the reason the customer was given;
 * - `applied`: a remediation changed these settings;
 * - `rolled_back`: a run's changes were undone.
 */
export const memoryEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('said'), topic: z.enum(saidTopics), value: z.union([z.boolean(), z.number().nonnegative()]), text: z.string().max(300), chat: z.string() }),
  z.strictObject({ ...common, kind: z.literal('rejected'), runId: z.string(), playbook: playbookIdSchema.nullable(), by: z.string(), reason: z.string(), changes: z.array(changeSchema) }),
  z.strictObject({ ...common, kind: z.literal('applied'), runId: z.string(), playbook: playbookIdSchema.nullable(), changes: z.array(changeSchema) }),
  z.strictObject({ ...common, kind: z.literal('rolled_back'), runId: z.string(), rollbackId: z.string(), by: z.string(), changes: z.array(changeSchema) }),
]);
export type MemoryEntry = z.infer<typeof memoryEntrySchema>;
/** An entry to add: the store gives it its id. */
export type NewMemoryEntry = MemoryEntry extends infer E ? (E extends MemoryEntry ? Omit<E, 'id'> : never) : never;

/** Everything remembered about one customer. */
export const customerMemorySchema = z.strictObject({
  customerId: z.string(),
  /** The id the next entry gets. */
  nextId: z.number().int().positive(),
  entries: z.array(memoryEntrySchema),
});
export type CustomerMemory = z.infer<typeof customerMemorySchema>;

/** A stored memory document that does not have its schema's shape. */
export class StoredMemoryError extends Error {
  override readonly name = 'StoredMemoryError';
  readonly code = 'STORED_MEMORY_INVALID' as const;
  constructor(
    readonly customerId: string,
    readonly issue: string,
  ) {
    super(`the memory of customer ${customerId} does not have the expected shape (${issue}); it was written by another version or by hand: fix or delete the document ${MEMORY_NAMESPACE}/${customerId}`);
  }
}

export const emptyMemory = (customerId: string): CustomerMemory => ({ customerId, nextId: 1, entries: [] });

/**
 * Customer memory in the run store's documents. One writer per customer at a time is assumed
 * (the chat process writes it; a lost update costs one remembered line, never a run).
 */
export class MemoryStore {
  constructor(private readonly store: Pick<RunStore, 'getDoc' | 'putDoc'>) {}

  async read(customerId: string): Promise<CustomerMemory> {
    const raw = await this.store.getDoc(MEMORY_NAMESPACE, customerId);
    if (raw === null) return emptyMemory(customerId);
    const parsed = customerMemorySchema.safeParse(raw);
    if (!parsed.success) throw new StoredMemoryError(customerId, parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
    return parsed.data;
  }

  /**
   * Adds an entry. The same run's entry of the same kind replaces the earlier one (run changes may
   * be delivered twice), and a statement replaces what the customer said on that topic and server.
   */
  async add(customerId: string, entry: NewMemoryEntry, now: Date): Promise<MemoryEntry> {
    const memory = await this.read(customerId);
    const added = memoryEntrySchema.parse({ ...entry, id: memory.nextId });
    const kept = memory.entries.filter((e) => !replaces(added, e) && (e.kind === 'said' || now.getTime() - Date.parse(e.at) < KEEP_MS));
    await this.write({ customerId, nextId: memory.nextId + 1, entries: [...kept, added].slice(-MAX_ENTRIES) });
    return added;
  }

  /** Removes the entries `pick` chooses; returns them. */
  async forget(customerId: string, pick: (e: MemoryEntry) => boolean): Promise<MemoryEntry[]> {
    const memory = await this.read(customerId);
    const gone = memory.entries.filter(pick);
    if (gone.length) await this.write({ ...memory, entries: memory.entries.filter((e) => !pick(e)) });
    return gone;
  }

  private async write(memory: CustomerMemory): Promise<void> {
    await this.store.putDoc(MEMORY_NAMESPACE, memory.customerId, customerMemorySchema.parse(memory));
  }
}

function replaces(added: MemoryEntry, old: MemoryEntry): boolean {
  if (added.kind !== old.kind) return false;
  if (added.kind === 'said' && old.kind === 'said') return added.topic === old.topic && added.serverId === old.serverId;
  return 'runId' in added && 'runId' in old && added.runId === old.runId;
}

/** The entries about one server: its own and the customer-wide ones. */
export const aboutServer = (memory: CustomerMemory, serverId: string): MemoryEntry[] => memory.entries.filter((e) => e.serverId === null || e.serverId === serverId);

/** One fact the customer told us, with when. */
export interface SaidFact<T> {
  /** The memory entry it comes from. */
  readonly id: number;
  readonly value: T;
  readonly at: string;
  readonly text: string;
}

/** What the customer told us about a server, the latest word on each topic (null: never said). */
export interface Said {
  readonly tls: SaidFact<boolean> | null;
  readonly nat: SaidFact<boolean> | null;
  readonly udpOnly: SaidFact<boolean> | null;
  readonly cps: SaidFact<number> | null;
}

export const nothingSaid: Said = { tls: null, nat: null, udpOnly: null, cps: null };

/** The customer's latest statements about a server (a statement about this server wins over one about all of them). */
export function saidAbout(memory: CustomerMemory | null, serverId: string): Said {
  if (!memory) return nothingSaid;
  const latest = (topic: SaidTopic) => {
    const said = aboutServer(memory, serverId).filter((e): e is Extract<MemoryEntry, { kind: 'said' }> => e.kind === 'said' && e.topic === topic);
    return said.find((e) => e.serverId === serverId) ?? said.at(-1) ?? null;
  };
  const flag = (topic: SaidTopic): SaidFact<boolean> | null => {
    const e = latest(topic);
    return e && typeof e.value === 'boolean' ? { id: e.id, value: e.value, at: e.at, text: e.text } : null;
  };
  const cps = latest('cps');
  return { tls: flag('tls'), nat: flag('nat'), udpOnly: flag('udp_only'), cps: cps && typeof cps.value === 'number' ? { id: cps.id, value: cps.value, at: cps.at, text: cps.text } : null };
}

/** A change the memory holds back on a server: proposals must not set `key` to `to` now. */
export interface Hold {
  readonly key: string;
  readonly to: string;
  /** Why, in a sentence for the customer and the engineer (quotes a rejection's reason). */
  readonly reason: string;
  /** Until when (null: until someone says otherwise). */
  readonly until: string | null;
  /** The entry behind it (`forget acme <id>` lifts it). */
  readonly entryId: number;
  /** Only proposals of this playbook are held (a rejection is of one problem's fix); absent: any. */
  readonly playbook?: PlaybookId;
}

/**
 * Playbooks whose fix takes back a setting because that setting caused trouble: after such a
 * run, setting it back is held for a while (RST On after the NAT fix turned it Off).
 */
export const TROUBLE_FIXES: Readonly<Partial<Record<PlaybookId, string>>> = {
  nat_unregistered: 'phones behind NAT lost their registration',
  firewall_rst: 'a firewall dropped the RST packets',
};

/** Settings people name in a rejection's reason, so that only that part is held. */
const NAMED_IN_REASON: readonly [RegExp, string][] = [
  [/\b(?:rst|reset|ss_tcp_close_reset|tcp close reset)\b/i, 'SS_TCP_CLOSE_RESET'],
  [/\b(?:tw_?reuse|tcp_tw_reuse|reuse)\b/i, 'net.ipv4.tcp_tw_reuse'],
  [/\b(?:port ?range|ip_local_port_range|local ports?)\b/i, 'net.ipv4.ip_local_port_range'],
];

/**
 * What the memory holds back on a server now (pure): the changes of a proposal rejected within
 * `holdMs` (only the settings its reason names, when it names any; for the same problem, its
 * playbook), the changes of a run rolled back within `holdMs`, and the settings a trouble fix
 * took back within `holdMs` (for any problem: they caused trouble).
 */
export function holdsFor(memory: CustomerMemory | null, serverId: string, now: Date, holdMs: number, names: (raw: string) => string = (r) => r): Hold[] {
  if (!memory) return [];
  const holds: Hold[] = [];
  for (const e of aboutServer(memory, serverId)) {
    if (e.kind === 'said') continue;
    const until = Date.parse(e.at) + holdMs;
    if (until <= now.getTime()) continue;
    const ago = sinceText(e.at, now);
    const base = { until: new Date(until).toISOString(), entryId: e.id };
    const list = (changes: readonly { key: string; to: string }[]) => changes.map((c) => `${c.key} → ${c.to}`).join(', ');
    if (e.kind === 'rejected') {
      const named = NAMED_IN_REASON.filter(([re]) => re.test(e.reason)).map(([, key]) => key);
      const picked = named.length ? e.changes.filter((c) => named.includes(c.key)) : [];
      const held = picked.length ? picked : e.changes;
      const problem = e.playbook ? { playbook: e.playbook } : {};
      const reason = `${names(e.by)} rejected ${list(held)} ${ago} (${e.runId}): "${e.reason}"`;
      for (const c of held) holds.push({ ...base, ...problem, key: c.key, to: c.to, reason });
    } else if (e.kind === 'rolled_back') {
      const reason = `${e.runId} (${list(e.changes)}) was rolled back ${ago} (${e.rollbackId}, asked by ${names(e.by)})`;
      for (const c of e.changes) holds.push({ ...base, key: c.key, to: c.to, reason });
    } else {
      const trouble = e.playbook ? TROUBLE_FIXES[e.playbook] : undefined;
      if (!trouble) continue;
      for (const c of e.changes) if (c.from !== null && c.from !== c.to) holds.push({ ...base, key: c.key, to: c.from, reason: `${e.runId} turned ${c.key} ${c.from} → ${c.to} ${ago} because ${trouble}` });
    }
  }
  return holds;
}

/** "12 min ago", "3 h ago", "2 days ago". */
export function sinceText(iso: string, now: Date): string {
  const mins = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  if (mins < 1) return 'just now';
  if (mins < 90) return `${mins} min ago`;
  const hours = Math.round(mins / 60);
  return hours < 36 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}
