// The assistant's message pipeline with its real parts: an SQLite run store in a temp dir, the
// run lifecycle with a BullMQ producer on the real Redis (database 13, a key prefix of this
// file's own), the real matchers, and the in-memory channel. What is tested here is what the
// pipeline promises whatever the message: engineers are never held back, a customer over the
// rate limit is read later rather than dropped, and a failure never ends in silence.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Assistant, type AssistantOptions } from '../../bot/assistant.js';
import { chatKey, Directory } from '../../bot/directory.js';
import { RATE_LIMITED, SORRY_HANDED_OFF } from '../../bot/replies.js';
import { Conversations } from '../../conversations/index.js';
import { createRedis } from '../../queue/connection.js';
import { Producer } from '../../queue/producer.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { testRedisUrl } from '../helpers/redis.js';
import { deleteKeys } from '../queue/fixture.js';
import { matchersFor } from '../questions/fixtures.js';
import { acmeConfig, CUSTOMER, RAHIM } from './acme.js';

const PREFIX = `assistant-${randomUUID().slice(0, 8)}`;
const config = acmeConfig('assistant.yaml');
const matchers = matchersFor(config);
const QUESTIONS = [
  'what is the default of SS_TCP_CLOSE_RESET?',
  'what does SS_TCP_CLOSE_RESET do?',
  'where do I set SS_TCP_CLOSE_RESET?',
  'does SS_TCP_CLOSE_RESET matter if we only use udp?',
  'what is TIME_WAIT exactly?',
];

const connection = createRedis(testRedisUrl(13));
connection.on('error', () => {});
const producer = new Producer(connection, PREFIX);
let dataDir: string;
let store: RunStore;
let logs: string[];

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'vos-assistant-'));
});
afterAll(async () => {
  await producer.close();
  await deleteKeys(connection, `${PREFIX}:*`);
  connection.disconnect();
  rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  store = await openRunStore({ dataDir: mkdtempSync(join(dataDir, 'store-')) });
  logs = [];
});
afterEach(async () => {
  await store.close().catch(() => {});
});

/** An assistant over this test's store, listening on `channel`. */
async function assistantOn(channel: MemoryChannel, options: AssistantOptions = {}): Promise<Assistant> {
  const lifecycle = new RunLifecycle({ store, queue: producer, config: () => config });
  const assistant = new Assistant(
    { store, directory: new Directory(config), lifecycle, ...matchers, send: (chat, text) => channel.send(chat, text), log: (m) => logs.push(m) },
    options,
  );
  await assistant.load();
  await channel.start(assistant.handle);
  return assistant;
}

describe('rate limit', () => {
  it('reads every message of a customer over the limit, in order, once its window comes, and says so once', async () => {
    // What the same questions get without a limit.
    const free = new MemoryChannel();
    await assistantOn(free, { ratePerMinute: 100 });
    for (const q of QUESTIONS) await free.say(CUSTOMER, q);
    const answers = free.to(CUSTOMER);
    expect(new Set(answers).size).toBe(QUESTIONS.length);

    const channel = new MemoryChannel();
    const assistant = await assistantOn(channel, { ratePerMinute: 2, rateWindowMs: 1_500 });
    const t0 = Date.now();
    const handled = QUESTIONS.map((q) => channel.say(CUSTOMER, q));
    await channel.waitFor(CUSTOMER, /a lot of messages/, 1_000);
    // Two answered, then the notice; the rest waits for the next window rather than being dropped.
    expect(channel.to(CUSTOMER)).toEqual([answers[0], answers[1], RATE_LIMITED]);
    await Promise.all(handled);
    await assistant.idle();
    expect(channel.to(CUSTOMER)).toEqual([answers[0], answers[1], RATE_LIMITED, ...answers.slice(2)]);
    // Two per window: the 3rd and 4th in the second window, the 5th in the third.
    const at = (text: string) => channel.sent.find((s) => s.chat === chatKey(CUSTOMER) && s.text === text)!.at - t0;
    expect(at(answers[2]!)).toBeGreaterThanOrEqual(1_500 - 20);
    expect(at(answers[4]!)).toBeGreaterThanOrEqual(3_000 - 20);
  }, 20_000);

  it('never holds back an engineer: the 13th message of a minute and on, approve included, are answered', async () => {
    const channel = new MemoryChannel();
    const assistant = await assistantOn(channel);
    for (let i = 0; i < 15; i++) await channel.say(RAHIM, 'runs');
    await channel.say(RAHIM, 'approve R-99');
    await assistant.idle();
    const got = channel.to(RAHIM);
    expect(got).toHaveLength(16);
    expect(got.slice(0, 15)).toEqual(Array(15).fill('No runs yet.'));
    // The command reached the run lifecycle, which answered it.
    expect(got[15]).toBe('no run R-99');
    expect(got).not.toContain(RATE_LIMITED);
  });
});

describe('failures end in an answer and a hand-off, never in silence', () => {
  it('answers a customer politely and hands the message to the engineers when the store has gone away', async () => {
    const channel = new MemoryChannel();
    const assistant = await assistantOn(channel);
    await store.close();
    // What the closed store itself says, whichever driver it is.
    const reason = await store.listRuns().then(() => 'no error', (e: Error) => e.message);
    const symptom = 'calls fail, "bind failed: Address already in use" all over the log';
    await channel.say(CUSTOMER, symptom);
    await assistant.idle();
    expect(channel.to(CUSTOMER).at(-1)).toBe(SORRY_HANDED_OFF);
    const handOff = channel.to(RAHIM).at(-1)!;
    expect(handOff).toMatch(/^← ACME Telecom \(\+8801700000001\) needs a person: the assistant failed on their message \(.+\): "calls fail/i);
    expect(handOff).toContain(`(${reason})`);
    expect(logs.join("\n")).toMatch(new RegExp(`chat \\+8801700000001: .*${reason}`));
  });

  it('tells an engineer why their command failed when the store has gone away', async () => {
    const channel = new MemoryChannel();
    const assistant = await assistantOn(channel);
    await store.close();
    const reason = await store.listRuns().then(() => 'no error', (e: Error) => e.message);
    await channel.say(RAHIM, 'runs');
    await assistant.idle();
    expect(channel.to(RAHIM)).toEqual([expect.stringMatching(/^That did not go through: .+\. Check the run on the dashboard/i)]);
    expect(channel.to(RAHIM)[0]).toContain(reason);
  });

  it('hands a customer the channel cannot reach to the engineers, with what they were to read', async () => {
    const channel = new Unreachable(CUSTOMER);
    const assistant = await assistantOn(channel);
    await channel.say(CUSTOMER, QUESTIONS[0]!);
    await assistant.idle();
    expect(channel.to(CUSTOMER)).toEqual([]);
    // A hand-off the engineers can take, with what the customer was to read.
    const handOff = channel.to(RAHIM).at(-1)!;
    expect(handOff).toMatch(/^← \[H-1\] ACME Telecom \(\+8801700000001\) needs a person: "could not send to the customer \(not on WhatsApp\); they were to read: "The default is Off/);
    expect(handOff.split('\n').at(-1)).toBe('take H-1');
    expect((await new Conversations({ store: store.conversations, config: () => config }).handoff('H-1'))?.status).toBe('waiting');
  });
});

/** A channel that cannot deliver to one chat (a number that left WhatsApp), as Channel.send reports it: by rejecting. */
class Unreachable extends MemoryChannel {
  constructor(private readonly lost: string) {
    super();
  }

  override async send(chat: string, text: string): Promise<void> {
    if (chatKey(chat) === chatKey(this.lost)) throw new Error('not on WhatsApp');
    return super.send(chat, text);
  }
}
