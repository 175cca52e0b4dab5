// The conversations pages in a real browser (Debian's Chromium through playwright-core), over a
// conversation the real product had with a customer against the lab (testkit/transcripts.ts).
// What the customer writes meanwhile goes through the assistant, which records it (and stays
// silent while an engineer has the chat). Screenshots go to test-output/screenshots/. Needs root
// (the lab) and Redis (database 6).
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_CHAT } from '../../testkit/recording.js';
import { recordTranscript, type TranscriptRecording } from '../../testkit/transcripts.js';
import { testRedisUrl } from '../helpers/redis.js';
import { conversationHarness, type ConversationHarness } from './conversation-harness.js';
import { launchChromium, loggedInPage } from './browser.js';
import { LAB_PASSWORDS } from './harness.js';

const SHOTS = 'test-output/screenshots';
const REPLY = 'checking now — which codec does the KSA carrier use?';

describe('conversations in Chromium', () => {
  let recording: TranscriptRecording;
  let h: ConversationHarness;
  let base: string;
  let browser: Browser;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    recording = await recordTranscript({ redisUrl: testRedisUrl(6) });
    h = await conversationHarness(recording);
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const loggedIn = (username: keyof typeof LAB_PASSWORDS): Promise<{ context: BrowserContext; page: Page }> =>
    loggedInPage(browser, base, username, LAB_PASSWORDS[username], '/conversations', cspViolations);

  const texts = async (page: Page, selector: string) => (await page.locator(selector).allInnerTexts()).map((t) => t.trim());

  it('lets a viewer read the transcript, with its runs, but not take the chat or reply; a forged reply is refused', async () => {
    const { context, page } = await loggedIn('vera');
    const row = page.locator(`tr[data-chat="${CUSTOMER_CHAT}"]`);
    expect(await row.locator('[data-state]').innerText()).toBe(`waiting for a person · ${recording.ids.handoff}`);
    await Promise.all([page.waitForURL(/\/conversations\/%2B8801700000001$/), row.locator('a').first().click()]);
    const shown = await texts(page, 'li.msg .text');
    expect(shown).toEqual(recording.messages.map((m) => m.text.trim()));
    expect(await page.locator(`li.run-inline[data-run="${recording.ids.proposal}"]`).isVisible()).toBe(true);
    expect(await page.locator('button[data-action=take], button[data-action=reply], textarea').count()).toBe(0);
    expect(await page.locator('[data-viewer-note]').isVisible()).toBe(true);
    await page.screenshot({ path: `${SHOTS}/conversation-viewer.png`, fullPage: true });
    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const forged = await page.request.post(`${page.url()}/reply`, { form: { _csrf: csrf ?? '', text: 'hello from a viewer' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    const took = await page.request.post(`${page.url()}/take`, { form: { _csrf: csrf ?? '' }, maxRedirects: 0 });
    expect(took.status()).toBe(403);
    expect(h.channel.sent).toEqual([]);
    expect(await h.conversations.isTaken(CUSTOMER_CHAT)).toBe(false);
    await context.close();
  });

  it('shows a customer message as it comes, and lets an approver take the chat, reply through the bot and give it back', async () => {
    const { context, page } = await loggedIn('rahim');
    await page.screenshot({ path: `${SHOTS}/conversations.png`, fullPage: true });
    await page.goto(`${base}/conversations/${encodeURIComponent(CUSTOMER_CHAT)}`);

    // The customer writes again while the engineer has the page open; the bot answers.
    const asked = h.channel.mark();
    await h.channel.say(CUSTOMER_CHAT, 'hello? is anyone there?');
    await h.assistant.idle();
    const answer = h.channel.sent.slice(asked).find((s) => s.chat === CUSTOMER_CHAT)!.text;
    await page.goto(`${base}/conversations`);
    const row = page.locator(`tr[data-chat="${CUSTOMER_CHAT}"]`);
    expect(await row.locator('[data-unread]').innerText()).toBe('1');
    await Promise.all([page.waitForURL(/\/conversations\/%2B8801700000001$/), row.locator('a').first().click()]);
    expect((await texts(page, 'li.msg .text')).slice(-2)).toEqual(['hello? is anyone there?', answer.trim()]);
    expect(await page.locator('li.msg').nth(-2).getAttribute('data-author')).toBe('customer');
    expect(await page.locator('li.msg').last().getAttribute('data-author')).toBe('bot');

    await Promise.all([page.waitForURL(/notice=taken/), page.click('button[data-action=take]')]);
    expect(await page.locator('p.notice').innerText()).toContain('You have this chat');
    expect(await page.locator('h1 [data-state]').innerText()).toBe('taken by Rahim');
    expect(await page.locator('[data-holder]').innerText()).toContain('Rahim on the dashboard');
    expect((await h.conversations.whoHas(CUSTOMER_CHAT))?.engineerId).toBe('rahim');

    // While Rahim has the chat, the bot is silent on the customer's messages but records them.
    const quiet = h.channel.mark();
    await h.channel.say(CUSTOMER_CHAT, 'still there?');
    await h.assistant.idle();
    expect(h.channel.sent.slice(quiet).filter((s) => s.chat === CUSTOMER_CHAT)).toEqual([]);
    await page.reload();
    expect((await texts(page, 'li.msg .text')).at(-1)).toBe('still there?');

    await page.fill('textarea[name=text]', REPLY);
    await Promise.all([page.waitForURL(/notice=sent/), page.click('button[data-action=reply]')]);
    expect(h.channel.sent.slice(quiet).filter((s) => s.chat === CUSTOMER_CHAT).map((s) => s.text)).toEqual([REPLY]);
    const last = page.locator('li.msg').last();
    expect(await last.getAttribute('data-author')).toBe('engineer');
    expect(await last.locator('.meta strong').innerText()).toBe('Rahim (through the bot)');
    expect(await last.locator('.text').innerText()).toBe(REPLY);
    await page.screenshot({ path: `${SHOTS}/conversation-taken.png`, fullPage: true });

    await Promise.all([page.waitForURL(/notice=released/), page.click('button[data-action=release]')]);
    expect(await page.locator('h1 [data-state]').innerText()).toBe('bot');
    expect(await page.locator('button[data-action=take]').innerText()).toBe('Take this chat');
    expect(await h.conversations.isTaken(CUSTOMER_CHAT)).toBe(false);
    expect((await h.conversations.handoff(recording.ids.handoff))?.status).toBe('closed');
    // Given back: the bot answers the customer again.
    const again = h.channel.mark();
    await h.channel.say(CUSTOMER_CHAT, 'what is the default of SS_TCP_CLOSE_RESET?');
    await h.assistant.idle();
    expect(h.channel.sent.slice(again).filter((s) => s.chat === CUSTOMER_CHAT).map((s) => s.text)).toEqual([expect.stringMatching(/^The default is Off/)]);
    await context.close();
  });

  it("opens a run's conversation from the run's page", async () => {
    const { context, page } = await loggedIn('vera');
    await page.goto(`${base}/runs/${recording.ids.proposal}`);
    await Promise.all([page.waitForURL(/\/conversations\/%2B8801700000001$/), page.click('a[data-conversation]')]);
    expect(await page.locator(`li.run-inline[data-run="${recording.ids.proposal}"]`).count()).toBe(1);
    await context.close();
  });

  it('needs no inline script or style: the CSP reported no violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
