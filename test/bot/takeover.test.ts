// The people loop through the assistant with its real parts (an SQLite run store, the run
// lifecycle; runs it asks for are queued in the store, no worker takes them) behind the
// in-memory channel: a problem the bot cannot
// fix is handed to a person, an engineer takes the chat, the bot stays silent there while still
// recording it, the engineer answers through the bot, gives the chat back, and the bot answers
// again. Also a takeover by typing on the bot's own phone, and a reply to an announcement.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Assistant } from '../../bot/assistant.js';
import { Directory } from '../../bot/directory.js';
import { HANDOFF, HELP } from '../../bot/replies.js';
import { Conversations } from '../../conversations/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { matchersFor } from '../questions/fixtures.js';
import { acmeConfig, CUSTOMER, RAHIM } from './acme.js';

const BOT = '+8801800000009';
const config = acmeConfig('takeover.yaml');
const matchers = matchersFor(config);
const NOT_OURS = "one way audio on the KSA route, they can't hear us";
const QUESTION = 'what is the default of SS_TCP_CLOSE_RESET?';
const REPLY = 'checking now — which codec does the KSA carrier use?';

let dataDir: string;
let store: RunStore;
let channel: MemoryChannel;
let assistant: Assistant;
let conversations: Conversations;

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'vos-takeover-'));
  store = await openRunStore({ dataDir });
  channel = new MemoryChannel();
  const lifecycle = new RunLifecycle({ store, queue: { enqueue: async () => undefined }, config: () => config });
  assistant = new Assistant({ store, directory: new Directory(config), lifecycle, ...matchers, send: (chat, text) => channel.send(chat, text) });
  conversations = assistant.conversations;
  await assistant.load();
  await channel.start(assistant.handle);
});
afterEach(async () => {
  await assistant.idle();
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** What a chat says, in order, as (author, text). */
async function transcript(chat = CUSTOMER): Promise<[string, string][]> {
  return (await conversations.transcript(chat)).messages.map((m) => [m.authorKind === 'engineer' ? `engineer ${m.author}` : m.authorKind, m.text]);
}

/** Says `text` as `chat` and returns what the assistant sent to whom meanwhile. */
async function say(chat: string, text: string | null, extra = {}): Promise<{ customer: string[]; rahim: string[] }> {
  const from = channel.mark();
  await channel.say(chat, text, extra);
  await assistant.idle();
  const sent = channel.sent.slice(from);
  return { customer: sent.filter((s) => s.chat === CUSTOMER).map((s) => s.text), rahim: sent.filter((s) => s.chat === RAHIM).map((s) => s.text) };
}

describe('a person takes over a chat', () => {
  it('hands off, goes silent while an engineer holds the chat, sends their reply as the bot, and answers again after release', async () => {
    // An unknown problem: the customer is told, the engineers get a hand-off to take.
    const handedOff = await say(CUSTOMER, NOT_OURS);
    expect(handedOff.customer).toEqual([HANDOFF]);
    expect(handedOff.rahim).toHaveLength(1);
    const announcement = handedOff.rahim[0]!.split('\n');
    expect(announcement[0]).toBe(`← [H-1] ACME Telecom (${CUSTOMER}) needs a person: "${NOT_OURS}"`);
    expect(announcement).toContain('servers: vos-dhaka');
    expect(announcement.at(-1)).toBe('take H-1');
    expect((await conversations.handoff('H-1'))?.status).toBe('waiting');

    const took = await say(RAHIM, 'take H-1');
    expect(took.rahim).toEqual([`You have ACME Telecom (${CUSTOMER}). I stay quiet there until you say release acme.`]);
    expect(took.customer).toEqual([]);
    expect((await conversations.whoHas(CUSTOMER))?.engineerId).toBe('rahim');

    // The bot says nothing to the customer; the engineer holding the chat sees the message.
    const silent = await say(CUSTOMER, 'hello?');
    expect(silent.customer).toEqual([]);
    expect(silent.rahim).toEqual([`← ACME Telecom (${CUSTOMER}) wrote in the chat you have: "hello?"`]);
    // Even a question the bot knows the answer to.
    expect((await say(CUSTOMER, QUESTION)).customer).toEqual([]);

    const replied = await say(RAHIM, `reply acme: ${REPLY}`);
    expect(replied.customer).toEqual([REPLY]);
    expect(replied.rahim).toEqual([`Sent to ACME Telecom (${CUSTOMER}).`]);

    const released = await say(RAHIM, 'release');
    expect(released.rahim).toEqual([`ACME Telecom (${CUSTOMER}) is back with the bot.`]);
    expect(await conversations.isTaken(CUSTOMER)).toBe(false);
    expect((await conversations.handoff('H-1'))?.status).toBe('closed');

    const answered = await say(CUSTOMER, QUESTION);
    expect(answered.customer).toHaveLength(1);
    expect(answered.customer[0]).toMatch(/^The default is Off/);

    expect(await transcript()).toEqual([
      ['customer', NOT_OURS],
      ['bot', HANDOFF],
      ['customer', 'hello?'],
      ['customer', QUESTION],
      ['engineer rahim', REPLY],
      ['customer', QUESTION],
      ['bot', answered.customer[0]],
    ]);
  });

  it('still does what the engineer asks while they hold a chat: a check of the customer’s server becomes a run', async () => {
    await say(RAHIM, 'take acme');
    const checked = await say(RAHIM, 'check vos-dhaka');
    expect(checked.rahim[0]).toMatch(/vos-dhaka/);
    const runs = await store.listRuns({ limit: 10 });
    expect(runs.map((r) => [r.kind, r.status, r.serverId])).toEqual([['diagnose', 'queued', 'vos-dhaka']]);
    expect(await conversations.isTaken(CUSTOMER)).toBe(true);
  });

  it('sends a reply to a hand-off announcement to that customer, and records it as the engineer’s', async () => {
    const announcement = (await say(CUSTOMER, NOT_OURS)).rahim[0]!;
    const answered = await say(RAHIM, 'we are on it, 10 minutes', { quoted: announcement });
    expect(answered.customer).toEqual(['we are on it, 10 minutes']);
    expect((await transcript()).at(-1)).toEqual(['engineer rahim', 'we are on it, 10 minutes']);
    // Replying made the chat theirs: the bot keeps out of it.
    expect((await conversations.whoHas(CUSTOMER))?.engineerId).toBe('rahim');
    expect((await say(CUSTOMER, QUESTION)).customer).toEqual([]);
  });

  it('counts a message typed on the bot’s own phone as a takeover: recorded, the team told, the bot silent', async () => {
    const typed = await say(CUSTOMER, 'Karim, Rahim here: I am looking at vos-dhaka myself now.', { sender: BOT, fromOwner: true });
    expect(typed.customer).toEqual([]);
    expect(typed.rahim).toEqual([`Someone on the bot's phone is answering ACME Telecom (${CUSTOMER}). I stay quiet there until someone says release acme.`]);
    const holder = await conversations.whoHas(CUSTOMER);
    expect([holder?.engineerId, holder?.via]).toEqual([null, 'phone']);
    // The customer's answer: recorded, not answered, and nobody is pinged (the phone shows it).
    const silent = await say(CUSTOMER, QUESTION);
    expect(silent).toEqual({ customer: [], rahim: [] });
    expect(await transcript()).toEqual([
      ['owner', 'Karim, Rahim here: I am looking at vos-dhaka myself now.'],
      ['customer', QUESTION],
    ]);
    // An engineer gives it back; the bot answers again.
    await say(RAHIM, 'release acme');
    expect((await say(CUSTOMER, QUESTION)).customer[0]).toMatch(/^The default is Off/);
  });

  it('records media by its kind and downloads nothing', async () => {
    await say(CUSTOMER, null, { media: 'image' });
    await say(CUSTOMER, 'the trace', { media: 'document' });
    const said = (await transcript()).filter(([author]) => author === 'customer').map(([, text]) => text);
    expect(said).toEqual(['[image]', '[document] the trace']);
  });

  it('lists take, reply and release in the engineer’s help', async () => {
    const help = (await say(RAHIM, 'help')).rahim[0]!;
    expect(help).toBe(HELP);
    for (const word of ['take acme', 'take H-7', 'reply acme: text', 'release acme']) expect(help).toContain(word);
    // One screen of a phone: not much more than a screenful of lines.
    expect(help.split('\n').length).toBeLessThanOrEqual(18);
  });
});
