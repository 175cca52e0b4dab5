// The conversations service over a real (SQLite) store, with a clock the tests move: what is
// recorded, who gets a chat, what engineers are told, and when hand-offs and takeovers time out.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configSchema, type Config } from '../../config/schema.js';
import { Conversations, deliverNotices, MAX_ANNOUNCEMENTS, type Send } from '../../conversations/index.js';
import { openSqliteRunStore } from '../../store/sqlite.js';
import type { RunStore } from '../../store/types.js';

const KEY = `SHA256:${'A'.repeat(43)}`;
const ACME = '+8801700000001';
const GLOBEX_A = '+8801800000001';
const GLOBEX_B = '+8801800000002';

function config(extra: Record<string, unknown> = {}): Config {
  return configSchema.parse({
    customers: [
      { id: 'acme', name: 'ACME Telecom', chats: [ACME] },
      { id: 'globex', name: 'Globex', chats: [GLOBEX_A, GLOBEX_B] },
      { id: 'initech', name: 'Initech', chats: [] },
    ],
    servers: [
      { id: 'vos1', customer: 'acme', host: '203.0.113.10', username: 'root', privateKeyPath: './k', hostKeySha256: KEY },
      { id: 'vos2', customer: 'acme', name: 'backup switch', host: '203.0.113.11', username: 'root', privateKeyPath: './k', hostKeySha256: KEY },
    ],
    engineers: [
      { id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' },
      { id: 'nadia', name: 'Nadia', chats: ['+8801900000003'], role: 'approver' },
    ],
    ...extra,
  });
}

let at: number;
let store: RunStore;
let cfg: Config;
let conversations: Conversations;
const now = () => new Date(at);
const advance = (minutes: number) => (at += minutes * 60_000);
const rahim = { engineerId: 'rahim', via: 'chat' } as const;
const nadia = { engineerId: 'nadia', via: 'web' } as const;

/** A send that keeps what it was asked to send. */
function outbox(): Send & { sent: { chat: string; text: string }[] } {
  const sent: { chat: string; text: string }[] = [];
  return Object.assign(async (chat: string, text: string) => void sent.push({ chat, text }), { sent });
}

beforeEach(async () => {
  at = Date.parse('2030-03-01T20:00:00.000Z');
  store = await openSqliteRunStore(':memory:', { now });
  cfg = config();
  conversations = new Conversations({ store: store.conversations, config: () => cfg, now });
});
afterEach(async () => store.close());

const customerSays = (text: string | null, chat = ACME) => conversations.record({ chat, author: { kind: 'customer' }, text });
const botSays = (text: string, chat = ACME, runId?: string) => conversations.record({ chat, author: { kind: 'bot' }, text, ...(runId ? { runId } : {}) });

describe('record', () => {
  it('records a customer message under its customer, whatever form the chat is written in', async () => {
    const { message, conversation } = await customerSays('one way audio on the KSA route', '8801700000001@s.whatsapp.net');
    expect(message).toMatchObject({ chat: ACME, customerId: 'acme', direction: 'in', authorKind: 'customer', author: 'acme', text: 'one way audio on the KSA route', media: null, at: now().toISOString(), runId: null });
    expect(conversation).toMatchObject({ chat: ACME, state: 'bot', unread: 1, lastText: 'one way audio on the KSA route' });
  });

  it('records the bot going out, with the run it speaks of', async () => {
    const { message } = await botSays('Checking vos1 (read-only)…', ACME, 'R-12');
    expect(message).toMatchObject({ direction: 'out', authorKind: 'bot', author: null, runId: 'R-12' });
  });

  it('records media by kind and never more than the cap', async () => {
    expect((await customerSays(null)).message).toMatchObject({ text: '[media]', media: 'media' });
    const captioned = await conversations.record({ chat: ACME, author: { kind: 'customer' }, text: '  the trace from the SBC ', media: 'image' });
    expect(captioned.message).toMatchObject({ text: '[image] the trace from the SBC', media: 'image' });
    const voice = await conversations.record({ chat: ACME, author: { kind: 'customer' }, text: null, media: 'audio' });
    expect(voice.message.text).toBe('[audio]');
    const long = await customerSays('log line '.repeat(1000));
    expect(long.message.text).toHaveLength(4000);
    expect(long.message.text.endsWith('…')).toBe(true);
  });

  it('records an engineer by id and counts the chat as read', async () => {
    await customerSays('hello?');
    const { message, conversation } = await conversations.record({ chat: ACME, author: { kind: 'engineer', engineerId: 'rahim' }, text: 'checking now' });
    expect(message).toMatchObject({ authorKind: 'engineer', author: 'rahim', direction: 'out' });
    expect(conversation.unread).toBe(0);
  });

  it('reads a transcript oldest first, a page at a time', async () => {
    for (let i = 0; i < 5; i++) await customerSays(`m${i}`);
    const last = await conversations.transcript(ACME, { limit: 2 });
    expect(last.messages.map((m) => m.text)).toEqual(['m3', 'm4']);
    expect(last.earlier).toBe(true);
    const first = await conversations.transcript(ACME, { limit: 3, before: last.messages[0]!.id });
    expect(first.messages.map((m) => m.text)).toEqual(['m0', 'm1', 'm2']);
    expect(first.earlier).toBe(false);
  });
});

describe('a person on the bot’s phone', () => {
  it('takes a chat nobody holds, and the team hears it once', async () => {
    await customerSays('one way audio on the KSA route');
    const first = await conversations.ownerTyped({ chat: ACME, text: 'which codec does the carrier use?' });
    expect(first.took).toBe(true);
    expect(first.message).toMatchObject({ authorKind: 'owner', author: null, direction: 'out' });
    expect(first.conversation).toMatchObject({ state: 'taken', takenBy: null, takenVia: 'phone', unread: 0 });
    expect(first.notices).toEqual([{ to: { kind: 'team' }, text: `Someone on the bot's phone is answering ACME Telecom (${ACME}). I stay quiet there until someone says release acme.` }]);
    expect(await conversations.isTaken(ACME)).toBe(true);
    const second = await conversations.ownerTyped({ chat: ACME, text: 'and the ptime?' });
    expect(second.took).toBe(false);
    expect(second.notices).toEqual([]);
  });

  it('leaves a chat an engineer holds with that engineer', async () => {
    await conversations.take({ target: 'acme', by: rahim });
    const typed = await conversations.ownerTyped({ chat: ACME, text: 'me too' });
    expect(typed.took).toBe(false);
    expect((await conversations.whoHas(ACME))?.engineerId).toBe('rahim');
  });
});

describe('handOff', () => {
  it('opens a hand-off with the messages before it and what was read, and announces it', async () => {
    await customerSays('hi, calls to KSA fail one way');
    await botSays('Sorry, which one fits best?\n1) phones behind a router show unregistered\n2) something else');
    await customerSays('one way audio on the KSA route, they cannot hear us');
    const result = await conversations.handOff({ chat: ACME, reason: 'one way audio on the KSA route, they cannot hear us', facts: ['vos1: 312 sockets in TIME_WAIT (1 % of the ports)'], runId: 'R-4' });
    expect(result.ok && result.created).toBe(true);
    if (!result.ok) return;
    expect(result.handoff).toMatchObject({ id: 'H-1', status: 'waiting', customerId: 'acme', runId: 'R-4', facts: ['vos1: 312 sockets in TIME_WAIT (1 % of the ports)'] });
    expect(result.handoff.lastMessages.map((m) => m.author)).toEqual(['customer', 'bot', 'customer']);
    expect(result.notices).toEqual([
      {
        to: { kind: 'team' },
        text: [
          `← [H-1] ACME Telecom (${ACME}) needs a person: "one way audio on the KSA route, they cannot hear us"`,
          'servers: vos1, vos2 (backup switch)',
          'before that:',
          '  customer: "hi, calls to KSA fail one way"',
          '  bot: "Sorry, which one fits best? 1) phones behind a router show unregistered 2) something else"',
          'already read:',
          '  vos1: 312 sockets in TIME_WAIT (1 % of the ports)',
          'run R-4',
          'take H-1',
        ].join('\n'),
      },
    ]);
    expect(await conversations.conversation(ACME)).toMatchObject({ state: 'waiting', handoffId: 'H-1' });
  });

  it('joins a second request to the waiting hand-off, and tells the team the customer wrote again', async () => {
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    const again = await conversations.handOff({ chat: ACME, reason: 'hello? anyone?' });
    expect(again).toMatchObject({ ok: true, created: false, handoff: { id: 'H-1' } });
    expect(again.notices.map((n) => n.text)).toEqual([`← [H-1] ACME Telecom (${ACME}) wrote again: "hello? anyone?" · take H-1`]);
  });

  it('opens nothing in a chat a person holds', async () => {
    await conversations.take({ target: 'acme', by: rahim });
    const result = await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    expect(result).toEqual({ ok: false, holder: expect.objectContaining({ engineerId: 'rahim' }), notices: [] });
    expect(await store.conversations.listHandoffs({ chat: ACME })).toEqual([]);
  });

  it('checks what it keeps with the hand-off before writing it', async () => {
    await expect(conversations.handOff({ chat: ACME, reason: 'x', facts: ['y'.repeat(301)] })).rejects.toThrow();
    expect(await store.conversations.listHandoffs({ chat: ACME })).toEqual([]);
  });
});

describe('take', () => {
  it('takes a chat named by customer, by number in any form, or by hand-off, with its waiting hand-off', async () => {
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    const byHandoff = await conversations.take({ target: 'H-1', by: rahim });
    expect(byHandoff).toMatchObject({ ok: true, chat: ACME, previous: null, handoff: { id: 'H-1', status: 'taken', takenBy: 'rahim' }, notices: [] });
    expect(byHandoff.answer).toBe(`You have ACME Telecom (${ACME}). I stay quiet there until you say release acme.`);
    await conversations.release({ target: 'acme', by: rahim });
    expect(await conversations.take({ target: '+880 1700-000001', by: rahim })).toMatchObject({ ok: true, chat: ACME });
    await conversations.release({ target: null, by: rahim });
    expect(await conversations.take({ target: 'ACME Telecom', by: rahim })).toMatchObject({ ok: true, chat: ACME });
  });

  it('refuses a chat another engineer holds, saying who and for how long', async () => {
    await conversations.take({ target: 'acme', by: nadia });
    advance(25);
    const refused = await conversations.take({ target: 'acme', by: rahim });
    expect(refused).toMatchObject({ ok: false, reason: 'taken', holder: { engineerId: 'nadia' } });
    expect(refused.answer).toBe(`Nadia has ACME Telecom (${ACME}) (taken 25 min ago). Ask them to release it; it goes back to the bot by itself after 2 h without activity.`);
  });

  it('takes a chat over when forced, and tells the one who had it; a take on the dashboard is told to the team', async () => {
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    await conversations.take({ target: 'acme', by: rahim });
    const over = await conversations.take({ target: 'acme', by: nadia, force: true });
    expect(over).toMatchObject({ ok: true, previous: { engineerId: 'rahim' } });
    expect(over.answer).toBe(`You have ACME Telecom (${ACME}). Rahim had it until now. I stay quiet there until you say release acme.`);
    expect(over.notices).toEqual([
      { to: { kind: 'engineer', engineerId: 'rahim' }, text: `Nadia took ACME Telecom (${ACME}) over from you.` },
      { to: { kind: 'team' }, text: `Nadia took ACME Telecom (${ACME}) (H-1) on the dashboard.` },
    ]);
  });

  it('answers a target it does not know, and never takes a number no customer has', async () => {
    for (const target of ['wayne', 'H-99', '+8801999999999', '+8801900000002']) {
      const r = await conversations.take({ target, by: rahim });
      expect(r.ok, target).toBe(false);
    }
    expect((await conversations.take({ target: 'wayne', by: rahim })).answer).toBe('I know no customer, customer chat or hand-off called "wayne". Say take acme, take +8801700000001 or take H-7.');
    expect((await conversations.take({ target: 'H-99', by: rahim })).answer).toBe('There is no hand-off H-99.');
    expect((await conversations.take({ target: 'initech', by: rahim })).answer).toBe('Initech has no chat in the config; add one under its chats.');
    expect(await conversations.count('taken')).toBe(0);
  });

  it('takes the chat of a customer with several that someone waits in, else the latest', async () => {
    await customerSays('hello from A', GLOBEX_A);
    advance(1);
    await customerSays('hello from B', GLOBEX_B);
    expect(await conversations.take({ target: 'globex', by: rahim })).toMatchObject({ chat: GLOBEX_B });
    await conversations.release({ target: null, by: rahim });
    await conversations.handOff({ chat: GLOBEX_A, reason: 'one way audio' });
    expect(await conversations.take({ target: 'globex', by: rahim })).toMatchObject({ chat: GLOBEX_A });
  });
});

describe('release', () => {
  it('gives the chat back and closes its hand-off', async () => {
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    await conversations.take({ target: 'H-1', by: rahim });
    const released = await conversations.release({ target: 'acme', by: rahim });
    expect(released).toMatchObject({ ok: true, chat: ACME, previous: { engineerId: 'rahim' }, handoff: { id: 'H-1', status: 'closed', closedBy: 'rahim', closedNote: 'given back by Rahim' }, notices: [] });
    expect(released.answer).toBe(`ACME Telecom (${ACME}) is back with the bot.`);
    expect(await conversations.isTaken(ACME)).toBe(false);
    expect(await conversations.release({ target: 'acme', by: rahim })).toMatchObject({ ok: false, reason: 'not_held', answer: `ACME Telecom (${ACME}) is with the bot already.` });
  });

  it('without a target, gives back the one chat the engineer holds', async () => {
    expect(await conversations.release({ target: null, by: rahim })).toMatchObject({ ok: false, reason: 'none_held' });
    await conversations.take({ target: 'acme', by: rahim });
    await conversations.take({ target: GLOBEX_A, by: rahim });
    const several = await conversations.release({ target: null, by: rahim });
    expect(several).toMatchObject({ ok: false, reason: 'several_held' });
    expect(several.answer).toContain('ACME Telecom');
    expect(several.answer).toContain('Globex');
    await conversations.release({ target: GLOBEX_A, by: rahim });
    expect(await conversations.release({ target: null, by: rahim })).toMatchObject({ ok: true, chat: ACME });
  });

  it('tells the holder when someone else gave their chat back', async () => {
    await conversations.take({ target: 'acme', by: rahim });
    const released = await conversations.release({ target: 'acme', by: nadia });
    expect(released.notices).toEqual([{ to: { kind: 'engineer', engineerId: 'rahim' }, text: `Nadia gave ACME Telecom (${ACME}) back to the bot.` }]);
  });
});

describe('reply', () => {
  it('sends through the bot, records the engineer as the writer, and takes the chat the first time', async () => {
    const send = outbox();
    await customerSays('hello?');
    const first = await conversations.reply({ target: 'acme', by: rahim, text: ' checking now — which codec does the KSA carrier use? ' }, send);
    expect(send.sent).toEqual([{ chat: ACME, text: 'checking now — which codec does the KSA carrier use?' }]);
    expect(first).toMatchObject({ ok: true, chat: ACME, took: true, message: { authorKind: 'engineer', author: 'rahim', text: 'checking now — which codec does the KSA carrier use?' } });
    expect(first.answer).toBe(`Sent to ACME Telecom (${ACME}). You have the chat now; I stay quiet there until you say release acme.`);
    expect((await conversations.whoHas(ACME))?.engineerId).toBe('rahim');
    const second = await conversations.reply({ target: 'acme', by: rahim, text: 'and the ptime?' }, send);
    expect(second).toMatchObject({ ok: true, took: false, answer: `Sent to ACME Telecom (${ACME}).` });
    expect((await conversations.transcript(ACME)).messages.map((m) => [m.authorKind, m.text])).toEqual([
      ['customer', 'hello?'],
      ['engineer', 'checking now — which codec does the KSA carrier use?'],
      ['engineer', 'and the ptime?'],
    ]);
  });

  it('sends nothing into a chat another engineer holds, to a number no customer has, or when there is no text', async () => {
    const send = outbox();
    await conversations.take({ target: 'acme', by: nadia });
    expect(await conversations.reply({ target: 'acme', by: rahim, text: 'hi' }, send)).toMatchObject({ ok: false, reason: 'taken' });
    expect(await conversations.reply({ target: '+8801999999999', by: rahim, text: 'hi' }, send)).toMatchObject({ ok: false, reason: 'unknown_target' });
    expect(await conversations.reply({ target: GLOBEX_A, by: rahim, text: '   ' }, send)).toMatchObject({ ok: false, reason: 'empty', answer: `Nothing to send. Say reply ${GLOBEX_A}: your text.` });
    expect(await conversations.reply({ target: GLOBEX_A, by: rahim, text: 'x'.repeat(4001) }, send)).toMatchObject({ ok: false, reason: 'too_long' });
    expect(send.sent).toEqual([]);
    expect((await conversations.transcript(ACME)).messages).toEqual([]);
  });

  it('records nothing when the send fails, and says why', async () => {
    const failing: Send = async () => {
      throw new Error('the WhatsApp connection is down');
    };
    const result = await conversations.reply({ target: 'acme', by: rahim, text: 'checking now' }, failing);
    expect(result).toMatchObject({ ok: false, reason: 'send_failed', answer: `Could not send to ACME Telecom (${ACME}): the WhatsApp connection is down. Nothing was sent; try again.` });
    expect((await conversations.transcript(ACME)).messages).toEqual([]);
  });
});

describe('dueReannouncements', () => {
  it('announces a hand-off nobody took again after the set time, a few times at most, the last saying so', async () => {
    await customerSays('one way audio on the KSA route');
    await conversations.handOff({ chat: ACME, reason: 'one way audio on the KSA route' });
    advance(14);
    expect(await conversations.dueReannouncements()).toEqual([]);
    advance(1);
    expect(await conversations.dueReannouncements()).toEqual([{ to: { kind: 'team' }, text: `← [H-1] still waiting for a person after 15 min: ACME Telecom (${ACME}): "one way audio on the KSA route"\ntake H-1` }]);
    expect(await conversations.dueReannouncements()).toEqual([]);
    const texts: string[] = [];
    for (let i = 0; i < 6; i++) {
      advance(15);
      texts.push(...(await conversations.dueReannouncements()).map((n) => n.text));
    }
    expect(texts).toHaveLength(MAX_ANNOUNCEMENTS - 2);
    expect(texts.at(-1)).toBe(`← [H-1] still waiting for a person after 45 min: ACME Telecom (${ACME}): "one way audio on the KSA route"\ntake H-1\nLast reminder; it stays on the dashboard's list of waiting chats.`);
  });

  it('follows the configured interval, and stops once someone takes the chat', async () => {
    cfg = config({ settings: { conversations: { handoffReannounceMinutes: 5 } } });
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    advance(5);
    expect(await conversations.dueReannouncements()).toHaveLength(1);
    await conversations.take({ target: 'H-1', by: rahim });
    advance(60);
    expect(await conversations.dueReannouncements()).toEqual([]);
  });
});

describe('idleTakeovers', () => {
  it('gives a takeover back to the bot after the idle time, counting the holder’s replies and touches as activity', async () => {
    const send = outbox();
    await conversations.handOff({ chat: ACME, reason: 'one way audio' });
    await conversations.take({ target: 'H-1', by: rahim });
    advance(100);
    await conversations.reply({ target: 'acme', by: rahim, text: 'still checking' }, send);
    advance(100);
    await customerSays('hello?'); // the customer writing is no activity of the holder
    expect(await conversations.touch(ACME)).toBe(true);
    advance(119);
    expect(await conversations.idleTakeovers()).toEqual([]);
    advance(1);
    const ended = await conversations.idleTakeovers();
    expect(ended).toEqual([
      {
        chat: ACME,
        holder: expect.objectContaining({ engineerId: 'rahim', via: 'chat' }),
        notices: [{ to: { kind: 'engineer', engineerId: 'rahim' }, text: `ACME Telecom (${ACME}) went back to the bot: nothing from you there for 2 h. Say take acme to take it again.` }],
      },
    ]);
    expect(await conversations.isTaken(ACME)).toBe(false);
    expect(await conversations.handoff('H-1')).toMatchObject({ status: 'closed', closedBy: null, closedNote: 'no activity for 2 h' });
    expect(await conversations.idleTakeovers()).toEqual([]);
    expect(await conversations.touch(ACME)).toBe(false);
  });

  it('tells the team when a chat taken on the bot’s phone goes back', async () => {
    cfg = config({ settings: { conversations: { takeoverIdleMinutes: 30 } } });
    await conversations.ownerTyped({ chat: ACME, text: 'hi, Rahim here' });
    advance(30);
    const [ended] = await conversations.idleTakeovers();
    expect(ended?.notices).toEqual([{ to: { kind: 'team' }, text: `ACME Telecom (${ACME}) went back to the bot: nobody wrote there from the bot's phone for 30 min.` }]);
  });
});

describe('purgeExpired', () => {
  it('deletes messages older than the retention, and keeps the rest', async () => {
    await customerSays('half a year ago');
    advance(179 * 24 * 60);
    await customerSays('yesterday');
    advance(2 * 24 * 60);
    const counts = await conversations.purgeExpired();
    expect(counts.messages).toBe(1);
    expect((await conversations.transcript(ACME)).messages.map((m) => m.text)).toEqual(['yesterday']);
    cfg = config({ settings: { conversations: { retentionDays: 1 } } });
    expect((await conversations.purgeExpired()).messages).toBe(1);
    expect(await conversations.conversation(ACME)).toBeNull();
  });
});

describe('deliverNotices', () => {
  it('sends team notices to the engineers’ group, else to every engineer, and one engineer’s to their chat', async () => {
    const send = outbox();
    const notices = [
      { to: { kind: 'team' as const }, text: 'to all' },
      { to: { kind: 'engineer' as const, engineerId: 'nadia' }, text: 'to nadia' },
    ];
    expect(await deliverNotices(cfg, notices, send)).toEqual([]);
    expect(send.sent).toEqual([
      { chat: '+8801900000002', text: 'to all' },
      { chat: '+8801900000003', text: 'to all' },
      { chat: '+8801900000003', text: 'to nadia' },
    ]);
    const grouped = outbox();
    await deliverNotices(config({ settings: { engineersGroup: '120363000000000001@g.us' } }), notices, grouped);
    expect(grouped.sent.map((s) => s.chat)).toEqual(['120363000000000001@g.us', '+8801900000003']);
  });

  it('goes on after a failed send and returns the failures', async () => {
    const failed = await deliverNotices(cfg, [{ to: { kind: 'team' }, text: 'x' }], async (chat) => {
      if (chat === '+8801900000002') throw new Error('not on WhatsApp');
    });
    expect(failed.map((f) => [f.chat, f.error.message])).toEqual([['+8801900000002', 'not on WhatsApp']]);
  });
});
