// The conversations' recurring jobs as BullMQ job schedulers on a real Redis: a hand-off nobody
// took is announced again, an idle takeover ends with a note to its holder, old transcripts are
// purged, and all of it carries on across a restart. The configured times are the real settings
// and the clock of the store and the conversations is moved past them: nothing here measures
// how long anything took. Needs Redis (TEST_REDIS_ADDR, database 12).
import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../config/index.js';
import { Conversations, type Notice } from '../../conversations/index.js';
import { CONVERSATION_JOBS, CONVERSATIONS_QUEUE, startConversationJobs, type ConversationJobs } from '../../queue/conversation-jobs.js';
import { createRedis } from '../../queue/connection.js';
import { openSqliteRunStore } from '../../store/index.js';
import type { RunStore } from '../../store/types.js';
import { until } from '../../testkit/wait.js';
import { testRedisUrl } from '../helpers/redis.js';
import { deleteKeys } from './fixture.js';

const CUSTOMER = '+8801700000001';
const config = parseConfig(
  `customers:
  - { id: acme, name: ACME Telecom, chats: ["${CUSTOMER}"] }
engineers:
  - { id: rahim, name: Rahim, chats: ["+8801900000002"], role: approver }
settings:
  conversations: { handoffReannounceMinutes: 1, takeoverIdleMinutes: 5, retentionDays: 1 }
`,
  'jobs.yaml',
);

const connection = createRedis(testRedisUrl(12));
connection.on('error', () => {});
let prefix: string;
let store: RunStore;
let clock: Date;
let conversations: Conversations;
let told: Notice[];
let running: ConversationJobs[];

/** The jobs as a process starts them, each looking every 100 ms; `canDeliver` false: a process in standby. */
function start(canDeliver = true): ConversationJobs {
  const jobs = startConversationJobs(
    { connection, conversations, deliver: async (notices) => void told.push(...notices), canDeliver: () => canDeliver },
    { prefix, everyMs: { 'handoff-reannounce': 100, 'takeover-idle': 100, 'transcript-purge': 100 } },
  );
  running.push(jobs);
  return jobs;
}

const minutesLater = (m: number) => (clock = new Date(clock.getTime() + m * 60_000));
const toldMatching = (re: RegExp) => until(() => told.find((n) => re.test(n.text)), `a notice matching ${re}`, 10_000);

beforeEach(async () => {
  prefix = `conv-jobs-${randomUUID().slice(0, 8)}`;
  clock = new Date('2026-03-01T10:00:00Z');
  const now = () => clock;
  store = await openSqliteRunStore(':memory:', { now });
  conversations = new Conversations({ store: store.conversations, config: () => config, now });
  told = [];
  running = [];
});
afterEach(async () => {
  for (const jobs of running) await jobs.close();
  await deleteKeys(connection, `${prefix}:*`);
  await store.close();
});
afterAll(() => connection.disconnect());

describe('the conversations’ jobs', () => {
  it('announces a hand-off nobody took again once the configured time has passed, and not before', async () => {
    await conversations.record({ chat: CUSTOMER, author: { kind: 'customer' }, text: 'one way audio on the KSA route' });
    const opened = await conversations.handOff({ chat: CUSTOMER, reason: 'one way audio on the KSA route' });
    expect(opened.ok).toBe(true);
    const jobs = start();
    // A few passes of the job inside the minute: nothing is due.
    await until(async () => (await jobs.queue.getCompletedCount()) >= 3, 'three passes of the jobs', 10_000);
    expect(told).toEqual([]);
    minutesLater(2);
    const reminder = await toldMatching(/still waiting/);
    expect(reminder.to).toEqual({ kind: 'team' });
    expect(reminder.text).toMatch(/^← \[H-1\] still waiting for a person after 2 min: ACME Telecom \(\+8801700000001\)/);
    expect(reminder.text.split('\n')).toContain('take H-1');
    expect((await conversations.handoff('H-1'))?.announcements).toBe(2);
  });

  it('leaves what is due to a process that can tell people: one in standby claims nothing', async () => {
    await conversations.handOff({ chat: CUSTOMER, reason: 'fax not working' });
    minutesLater(2);
    const standby = start(false);
    await until(async () => (await standby.queue.getCompletedCount()) >= 6, 'passes of the jobs in standby', 10_000);
    expect(told).toEqual([]);
    expect((await conversations.handoff('H-1'))?.announcements).toBe(1);
    await standby.close();
    start(true);
    await toldMatching(/\[H-1\] still waiting/);
  });

  it('gives an idle takeover back to the bot with a note to the engineer who held it', async () => {
    const taken = await conversations.take({ target: 'acme', by: { engineerId: 'rahim', via: 'chat' } });
    expect(taken.ok).toBe(true);
    start();
    minutesLater(6);
    const note = await toldMatching(/went back to the bot/);
    expect(note).toEqual({ to: { kind: 'engineer', engineerId: 'rahim' }, text: `ACME Telecom (${CUSTOMER}) went back to the bot: nothing from you there for 5 min. Say take acme to take it again.` });
    expect(await conversations.isTaken(CUSTOMER)).toBe(false);
  });

  it('purges transcripts older than the retention and keeps the rest', async () => {
    await conversations.record({ chat: CUSTOMER, author: { kind: 'customer' }, text: 'old message' });
    minutesLater(2 * 24 * 60);
    await conversations.record({ chat: CUSTOMER, author: { kind: 'customer' }, text: 'new message' });
    start();
    await until(async () => (await conversations.transcript(CUSTOMER)).messages.length === 1, 'the old message to go', 10_000);
    expect((await conversations.transcript(CUSTOMER)).messages.map((m) => m.text)).toEqual(['new message']);
  });

  it('keeps its schedulers in Redis across a restart, one per job however often it starts, and carries on where it was', async () => {
    const first = start();
    await first.scheduled;
    await first.close();
    running = [];
    // Nothing runs now; the schedulers are still in Redis.
    const queue = new Queue(CONVERSATIONS_QUEUE, { connection, prefix });
    const names = async () => (await queue.getJobSchedulers()).map((s) => s.key).sort();
    expect(await names()).toEqual(Object.values(CONVERSATION_JOBS).sort());

    // While it was down, a hand-off opened and its time passed.
    await conversations.handOff({ chat: CUSTOMER, reason: 'fax not working' });
    minutesLater(3);
    const second = start();
    start();
    await second.scheduled;
    expect(await names()).toEqual(Object.values(CONVERSATION_JOBS).sort());
    await toldMatching(/\[H-1\] still waiting/);
    // Two processes, one claim: the reminder went out once.
    await until(async () => (await second.queue.getCompletedCount()) >= 6, 'more passes of the jobs', 10_000);
    expect(told.filter((n) => /still waiting/.test(n.text))).toHaveLength(1);
    await queue.close();
  });
});
