// The conversations pages, over a conversation the real product had with a customer against the
// lab (testkit/transcripts.ts): what the list and a transcript show, the runs in it, and take,
// release and reply behind the login, CSRF and roles. Needs root (the lab) and Redis (database 6).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HANDOFF, MEDIA_ONLY } from '../../bot/replies.js';
import { typedRun } from '../../runs/records.js';
import { CUSTOMER_CHAT } from '../../testkit/recording.js';
import { recordTranscript, type TranscriptRecording } from '../../testkit/transcripts.js';
import { escapeHtml } from '../../web/html.js';
import { testRedisUrl } from '../helpers/redis.js';
import { conversationHarness, type ConversationHarness } from './conversation-harness.js';
import { LAB_PASSWORDS, login, postForm, type Login } from './harness.js';

const EVIL = '<script>alert(1)</script> one way audio on the KSA route, they <b>can\'t</b> hear us';
const PAGE = '/conversations/%2B8801700000001';

let recording: TranscriptRecording;
let h: ConversationHarness;
let rahim: Login;
let vera: Login;

beforeAll(async () => {
  recording = await recordTranscript({ redisUrl: testRedisUrl(6), handoffText: EVIL });
});

/** A fresh dashboard over the recording for each test: actions change the store. */
async function fresh(options: Parameters<typeof conversationHarness>[1] = {}): Promise<void> {
  await h?.close();
  h = await conversationHarness(recording, options);
  rahim = await login(h.app, 'rahim', LAB_PASSWORDS.rahim);
  vera = await login(h.app, 'vera', LAB_PASSWORDS.vera);
}
afterEach(async () => {
  await h?.close();
  h = undefined as unknown as ConversationHarness;
});
afterAll(async () => h?.close());

const get = async (who: Login, url: string, status = 200) => {
  const res = await h.app.inject({ url, headers: { cookie: who.cookie } });
  expect(res.statusCode, url).toBe(status);
  return res.body;
};
const row = (body: string, chat: string) => {
  const start = body.indexOf(`<tr data-chat="${chat}">`);
  if (start === -1) throw new Error(`${chat} is not listed`);
  return body.slice(start, body.indexOf('</tr>', start));
};

describe('what the product recorded', () => {
  it('is a report with a proposal, a hand-off, and a picture, each answered', () => {
    expect(recording.messages.map((m) => [m.authorKind, m.text.slice(0, 30)])).toEqual([
      ['customer', EVIL.slice(0, 30)],
      ['bot', HANDOFF.slice(0, 30)],
      ['customer', 'hi, our switch stops taking ne'],
      ...recording.messages.slice(3, -2).map(() => ['bot', expect.any(String)]),
      ['customer', '[media]'],
      ['bot', MEDIA_ONLY.slice(0, 30)],
    ]);
    expect(recording.messages.some((m) => m.text.includes(`Proposed fix (run ${recording.ids.proposal})`))).toBe(true);
    expect(recording.handoffs.map((h) => [h.id, h.status, h.reason])).toEqual([[recording.ids.handoff, 'waiting', EVIL]]);
  });
});

describe('the conversations list', () => {
  it('shows the chat waiting for a person, with its hand-off, last message and unread count', async () => {
    await fresh();
    const body = await get(rahim, '/conversations');
    const r = row(body, CUSTOMER_CHAT);
    expect(r).toContain('ACME Telecom');
    expect(r).toContain(`<span class="badge conv-waiting" data-state="waiting">waiting for a person · ${recording.ids.handoff}</span>`);
    expect(r).toContain(escapeHtml(MEDIA_ONLY));
    expect(r).toContain('<span class="count hot" data-unread>3</span>');
    expect(body).toContain(`<li data-waiting="${CUSTOMER_CHAT}"><strong class="mono">${recording.ids.handoff}</strong>`);
    expect(body).toContain(`<q>${escapeHtml(EVIL)}</q>`);
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('<span class="count hot" data-waiting-count title="waiting for a person">1</span>');
  });

  it('filters by state and pages by the last message, newest first', async () => {
    await fresh();
    // Sixty more customers' chats, each with this transcript a minute later than the one before.
    const base = Date.parse(recording.messages.at(-1)!.at);
    const chats = Array.from({ length: 60 }, (_, i) => `+88017000${String(10_000 + i)}`);
    await h.store.conversations.appendMessages(
      chats.flatMap((chat, i) => recording.messages.map(({ id: _id, ...m }) => ({ ...m, chat, customerId: null, at: new Date(Date.parse(m.at) - Date.parse(recording.messages[0]!.at) + base + (i + 1) * 60_000).toISOString() }))),
    );
    const first = await get(rahim, '/conversations');
    const listed = (body: string) => [...body.matchAll(/<tr data-chat="([^"]+)">/g)].map((m) => m[1]!);
    expect(listed(first)).toEqual([...chats].reverse().slice(0, 50));
    const next = /<a href="([^"]+)" rel="next">older →<\/a>/.exec(first)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toBeDefined();
    expect(listed(await get(rahim, next!))).toEqual([...[...chats].reverse().slice(50), CUSTOMER_CHAT]);
    expect(listed(await get(rahim, '/conversations?state=waiting'))).toEqual([CUSTOMER_CHAT]);
    expect(listed(await get(rahim, '/conversations?state=taken'))).toEqual([]);
    expect(listed(await get(rahim, '/conversations?state=nonsense&after=garbage'))).toHaveLength(50);
  });
});

describe('a conversation', () => {
  it('shows every recorded message in order, escaped, with the run where the customer asked for it', async () => {
    await fresh();
    const body = await get(vera, PAGE);
    const order = [...body.matchAll(/<li class="(msg [a-z]+ by-[a-z]+|run-inline)" data-(?:message|run)="([^"]+)"/g)].map((m) => m[2]!);
    const ids = recording.messages.map((m) => String(m.id));
    // The runs the report asked for (the diagnosis, then the proposal made from it) stand where it asked.
    const runs = recording.runs.map(typedRun).filter((r) => r.requests.some((q) => q.chat === CUSTOMER_CHAT));
    expect(runs.map((r) => r.id)).toContain(recording.ids.proposal);
    expect(order.filter((x) => x.startsWith('R-'))).toEqual(runs.map((r) => r.id));
    expect(order.filter((x) => !x.startsWith('R-'))).toEqual(ids);
    const asked = runs[0]!.requests[0]!.at;
    const before = recording.messages.filter((m) => m.at <= asked).length;
    // After the hand-off's two messages and the report (and the bot's first answer to it, sent before the run was asked for).
    expect(before).toBeGreaterThanOrEqual(3);
    expect(order.indexOf(runs[0]!.id)).toBe(before);
    expect(order.indexOf(runs.at(-1)!.id)).toBe(before + runs.length - 1);
    expect(body).toContain(`<div class="text">${escapeHtml(EVIL)}</div>`);
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('<div class="text">[media]</div>');
    expect(body).toContain(`<section class="card handoff" data-handoff="${recording.ids.handoff}">`);
  });

  it('reads the chat when opened: unread is shown once, then zero', async () => {
    await fresh();
    expect(await get(rahim, PAGE)).toContain('<dt>unread</dt><dd>3</dd>');
    expect(await get(rahim, PAGE)).toContain('<dt>unread</dt><dd>0</dd>');
    expect(row(await get(rahim, '/conversations'), CUSTOMER_CHAT)).toContain('<span class="muted">0</span>');
  });

  it('is linked from the run the chat asked for', async () => {
    await fresh();
    expect(await get(vera, `/runs/${recording.ids.proposal}`)).toContain(`<dt>conversation</dt><dd><a href="${PAGE}" data-conversation>${CUSTOMER_CHAT}</a></dd>`);
  });

  it('is not found for a chat no customer has and nothing was recorded for', async () => {
    await fresh();
    await get(rahim, '/conversations/%2B8801999999999', 404);
    const res = await postForm(h.app, rahim, '/conversations/%2B8801999999999/take', { _csrf: rahim.csrf });
    expect(res.statusCode).toBe(404);
  });
});

describe('take, reply and release', () => {
  it('an approver takes the chat, the team hears it, replies go to the customer and are recorded as theirs, and the chat goes back', async () => {
    await fresh();
    const page = await get(rahim, PAGE);
    expect(page).toContain('data-action="take">Take this chat</button>');
    expect(page).toContain('(this takes the chat)');

    const took = await postForm(h.app, rahim, `${PAGE}/take`, { _csrf: rahim.csrf });
    expect([took.statusCode, took.headers.location]).toEqual([303, `${PAGE}?notice=taken`]);
    expect(await h.conversations.whoHas(CUSTOMER_CHAT)).toMatchObject({ engineerId: 'rahim', via: 'web' });
    expect((await h.conversations.handoff(recording.ids.handoff))?.status).toBe('taken');
    const told = `Rahim took ACME Telecom (${CUSTOMER_CHAT}) (${recording.ids.handoff}) on the dashboard.`;
    expect(h.channel.sent.filter((s) => s.text === told).map((s) => s.chat)).toEqual(recording.config.engineers.map((e) => e.chats[0]));
    const after = await get(rahim, `${PAGE}?notice=taken`);
    expect(after).toContain('You have this chat. The bot stays quiet here until you give it back.');
    expect(after).toContain('taken by Rahim');
    expect(after).not.toContain('data-action="take"');

    const sent = await postForm(h.app, rahim, `${PAGE}/reply`, { _csrf: rahim.csrf, text: 'checking now — which codec does the KSA carrier use?' });
    expect(sent.headers.location).toBe(`${PAGE}?notice=sent`);
    expect(h.channel.to(CUSTOMER_CHAT)).toEqual(['checking now — which codec does the KSA carrier use?']);
    const transcript = await get(rahim, PAGE);
    expect(transcript).toMatch(/<li class="msg out by-engineer" data-message="\d+" data-author="engineer"><div class="bubble"><div class="meta"><strong>Rahim \(through the bot\)<\/strong>[^]*?<div class="text">checking now — which codec does the KSA carrier use\?<\/div>/);

    const released = await postForm(h.app, rahim, `${PAGE}/release`, { _csrf: rahim.csrf });
    expect(released.headers.location).toBe(`${PAGE}?notice=released`);
    expect(await h.conversations.isTaken(CUSTOMER_CHAT)).toBe(false);
    expect((await h.conversations.handoff(recording.ids.handoff))?.status).toBe('closed');
    expect(await get(rahim, PAGE)).toContain('<span class="badge conv-bot" data-state="bot">bot</span>');
  });

  it('a chat someone else holds is not replied into; the approver may take it over, and the holder hears it', async () => {
    await fresh();
    await h.conversations.take({ target: CUSTOMER_CHAT, by: { engineerId: 'vera', via: 'chat' } });
    const page = await get(rahim, PAGE);
    expect(page).toContain('<input type="hidden" name="force" value="1"><button class="primary" type="submit" data-action="take">Take over from Vera</button>');
    expect(page).toContain('(Vera has the chat: take it over first)');
    const refused = await postForm(h.app, rahim, `${PAGE}/reply`, { _csrf: rahim.csrf, text: 'hello' });
    expect(refused.headers.location).toBe(`${PAGE}?notice=held`);
    expect(h.channel.to(CUSTOMER_CHAT)).toEqual([]);
    const plain = await postForm(h.app, rahim, `${PAGE}/take`, { _csrf: rahim.csrf });
    expect(plain.headers.location).toBe(`${PAGE}?notice=held`);
    const over = await postForm(h.app, rahim, `${PAGE}/take`, { _csrf: rahim.csrf, force: '1' });
    expect(over.headers.location).toBe(`${PAGE}?notice=taken`);
    expect(h.channel.to('+8801900000003')).toContain(`Rahim took ACME Telecom (${CUSTOMER_CHAT}) over from you.`);
  });

  it('a viewer reads but cannot take, reply or release', async () => {
    await fresh();
    const page = await get(vera, PAGE);
    expect(page).toContain('data-viewer-note');
    expect(page).not.toContain('data-action="take"');
    expect(page).not.toContain('data-action="reply"');
    for (const [verb, fields] of [['take', {}], ['reply', { text: 'hello' }], ['release', {}]] as const) {
      const res = await postForm(h.app, vera, `${PAGE}/${verb}`, { _csrf: vera.csrf, ...fields });
      expect(res.statusCode, verb).toBe(403);
    }
    expect(h.channel.sent).toEqual([]);
    expect(await h.conversations.conversation(CUSTOMER_CHAT)).toMatchObject({ state: 'waiting' });
  });

  it('refuses a form without its token, or from another site', async () => {
    await fresh();
    expect((await postForm(h.app, rahim, `${PAGE}/take`, {})).statusCode).toBe(403);
    const crossSite = await h.app.inject({
      method: 'POST',
      url: `${PAGE}/reply`,
      headers: { cookie: rahim.cookie, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: rahim.csrf, text: 'hello' }).toString(),
    });
    expect(crossSite.statusCode).toBe(403);
    expect(h.channel.sent).toEqual([]);
    expect(await h.conversations.isTaken(CUSTOMER_CHAT)).toBe(false);
  });

  it('says why a reply did not go out, and records nothing', async () => {
    await fresh({
      send: async () => {
        throw new Error('the WhatsApp connection is down');
      },
    });
    const before = (await h.conversations.transcript(CUSTOMER_CHAT)).messages.length;
    const res = await postForm(h.app, rahim, `${PAGE}/reply`, { _csrf: rahim.csrf, text: 'hello' });
    expect(res.headers.location).toBe(`${PAGE}?notice=send_failed`);
    expect(await get(rahim, `${PAGE}?notice=send_failed`)).toContain('The reply could not be sent');
    expect((await h.conversations.transcript(CUSTOMER_CHAT)).messages).toHaveLength(before);
    const empty = await postForm(h.app, rahim, `${PAGE}/reply`, { _csrf: rahim.csrf, text: '   ' });
    expect(empty.headers.location).toBe(`${PAGE}?notice=empty`);
  });

  it('without a chat channel, offers no reply box and refuses replies', async () => {
    await fresh({ send: null });
    expect(await get(rahim, PAGE)).toContain('data-no-channel');
    const res = await postForm(h.app, rahim, `${PAGE}/reply`, { _csrf: rahim.csrf, text: 'hello' });
    expect(res.headers.location).toBe(`${PAGE}?notice=no_channel`);
  });
});
