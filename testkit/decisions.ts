// The whole product deciding against lab hosts in real fault states: customers write through an
// in-memory channel, the assistant, BullMQ on a real Redis and workers over real SSH diagnose,
// and what the diagnosis decided is read back from the store. For the decision suites and the
// decisions benchmark; it reads outcomes from the store, never from the chat's wording.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startApp, type App } from '../app/start.js';
import { parseConfig } from '../config/parse.js';
import type { Config } from '../config/schema.js';
import { connectSsh } from '../executors/ssh.js';
import type { Decision } from '../playbooks/decide/types.js';
import { typedRun, type TypedRun } from '../runs/records.js';
import { openRunStore } from '../store/open.js';
import type { RunStore } from '../store/types.js';
import { applyScenario, createLab, type Lab, type ScenarioName } from './lab/index.js';
import { MemoryChannel } from './memory-channel.js';
import { announcementPending } from '../runs/outbox.js';

export const APPROVER = '+8801900000002';
/** Where the assistant notes a run's result as told (bot/assistant.ts). */

/** What one customer message came to. */
export interface Asked {
  /** The customer's phone that wrote (and was answered). */
  readonly chat: string;
  readonly diagnosis: TypedRun;
  /** What the diagnosis decided (null when it could not decide: the read failed, the plan could not be made). */
  readonly decision: Decision | null;
  /** The proposal the message led to, if one was made (or joined). */
  readonly proposal: TypedRun | null;
  /** The assistant's answer once the server was read. */
  readonly reply: string;
  /** From the message to that answer. */
  readonly ms: number;
}

export interface DecisionHarnessOptions {
  /** Redis for the queue. Without `prefix` its database is flushed first: give a database of its own. */
  readonly redisUrl: string;
  /** BullMQ key prefix, for a Redis database others use too; its keys are deleted on close. */
  readonly prefix?: string;
  /** Hosts with the config keys each gets (tags…); each host belongs to a customer of its own. */
  readonly hosts: readonly { readonly tags?: readonly string[] }[];
  readonly name?: string;
  /** Settings over the lab config's (follow-up and watch timing, the time zone). */
  readonly settings?: Partial<Config['settings']>;
}

export interface DecisionHarness {
  readonly lab: Lab;
  readonly store: RunStore;
  readonly channel: MemoryChannel;
  readonly app: App;
  readonly config: Config;
  /** The first chat of the customer who owns the host. */
  chatOf(hostId: string): string;
  /** Resets the host and puts it into a scenario (null: a fresh host). */
  put(hostId: string, scenario: ScenarioName | null): Promise<void>;
  /**
   * The customer writes about the host, from each of its phones in turn (one phone writing
   * dozens of messages a minute would meet the assistant's rate limit); resolves once the
   * assistant answered with what the diagnosis decided.
   */
  ask(hostId: string, text: string): Promise<Asked>;
  /** The approver approves a proposal; resolves when the run has ended. */
  approve(runId: string): Promise<TypedRun>;
  /** Expires the host's waiting proposals (not a rejection: no engineer said no), so the next one is not joined to them. */
  clear(hostId: string): Promise<void>;
  close(): Promise<void>;
}

/** Phones per customer the harness writes from in turn. */
const PHONES = 8;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(25);
  }
}

/** Deletes every key under a prefix (SCAN, never KEYS: the database may be shared and large). */
async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}

/** Brings up the lab, the store and the product (see DecisionHarnessOptions for what it does to Redis). */
export async function startDecisionHarness(options: DecisionHarnessOptions): Promise<DecisionHarness> {
  const redis = new Redis(options.redisUrl);
  if (!options.prefix) await redis.flushdb();
  const lab = await createLab({ hosts: options.hosts.length, name: options.name ?? 'decisions' });
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-decisions-'));
  const customers = Object.fromEntries(lab.hosts.map((h, i) => [i === 0 ? 'acme' : `customer-${i + 1}`, [h.id]]));
  const serverExtra = Object.fromEntries(lab.hosts.map((h, i) => [h.id, options.hosts[i]?.tags?.length ? { tags: [...options.hosts[i]!.tags!] } : {}]));
  const parsed = parseConfig(lab.configYaml({ customers, serverExtra }), 'lab.yaml');
  const phones = (i: number) => Array.from({ length: PHONES - 1 }, (_, k) => `+88018${String(i).padStart(3, '0')}${String(k).padStart(5, '0')}`);
  // Each scenario is judged on its evidence alone: what earlier scenarios rolled back or rejected
  // on the same host is not held against it.
  const config: Config = { ...parsed, customers: parsed.customers.map((c, i) => ({ ...c, chats: [...c.chats, ...phones(i)] })), settings: { ...parsed.settings, memoryHoldHours: 0, ...options.settings } };
  const turn = new Map<string, number>();
  const store = await openRunStore({ dataDir });
  const channel = new MemoryChannel();
  const app = await startApp(
    { config, store, redisUrl: options.redisUrl, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
    { web: null, expiryCheckMs: 3_600_000, ...(options.prefix ? { prefix: options.prefix } : {}) },
  );

  const chatsOf = (hostId: string) => {
    const server = config.servers.find((s) => s.id === hostId);
    const chats = config.customers.find((c) => c.id === server?.customer)?.chats ?? [];
    if (!chats.length) throw new Error(`no customer chat for ${hostId}`);
    return chats;
  };
  const chatOf = (hostId: string) => chatsOf(hostId)[0]!;
  const newest = async (hostId: string, kind: 'diagnose' | 'remediate', since: string) => {
    const [r] = await store.listRuns({ serverId: hostId, kind, from: since, limit: 1 });
    return r ? typedRun(r) : null;
  };

  return {
    lab,
    store,
    channel,
    app,
    config,
    chatOf,
    async put(hostId, scenario) {
      await lab.reset(hostId);
      if (scenario) await applyScenario(lab, hostId, scenario);
    },
    async ask(hostId, text) {
      const n = turn.get(hostId) ?? 0;
      turn.set(hostId, n + 1);
      const chat = chatsOf(hostId)[n % PHONES]!;
      const since = new Date(Date.now() - 1).toISOString();
      const t0 = performance.now();
      await channel.say(chat, text);
      const mark = channel.mark();
      const diagnosis = await until(`a diagnosis of ${hostId}`, 30_000, async () => {
        const d = await newest(hostId, 'diagnose', since);
        return d && (d.status === 'diagnosed' || d.status === 'failed') ? d : null;
      });
      const reply = await channel.waitFor(chat, /[\s\S]/, 30_000, mark);
      const ms = performance.now() - t0;
      await app.assistant.idle();
      const proposal = (await store.listRuns({ serverId: hostId, kind: 'remediate', status: 'awaiting_approval', limit: 5 })).map(typedRun).find((r) => r.requests.some((q) => q.at >= since)) ?? null;
      return { chat, diagnosis, decision: diagnosis.plan?.decision ?? null, proposal, reply, ms };
    },
    async approve(runId) {
      await channel.say(APPROVER, `approve ${runId}`);
      const ended = await until(`${runId} to end`, 60_000, async () => {
        const r = await store.getRun(runId);
        return r && ['succeeded', 'failed'].includes(r.status) ? typedRun(r) : null;
      });
      // The chats hear the result once the assistant has noted it: nothing of it may land in the next answer.
      await until(`the result of ${runId} to be told`, 60_000, async () => ((await announcementPending(store, runId)) ? null : true));
      await app.assistant.idle();
      return ended;
    },
    async clear(hostId) {
      for (const r of await store.listRuns({ serverId: hostId, kind: 'remediate', status: 'awaiting_approval', limit: 50 })) await app.actions.expire(r);
      await app.assistant.idle();
    },
    async close() {
      await app.stop();
      if (options.prefix) await deletePrefix(redis, options.prefix);
      redis.disconnect();
      await store.close();
      await lab.teardown();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
