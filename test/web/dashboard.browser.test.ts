// The dashboard in a real browser (Debian's Chromium through playwright-core) against a
// listening server and a SQLite store in a temp dir. Screenshots of the main pages go to
// test-output/screenshots/.
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../store/types.js';
import { createPendingRun, finishRun } from './fixtures.js';
import { harness, PASSWORDS, type Harness } from './harness.js';

const SHOTS = 'test-output/screenshots';

/**
 * How the pending run under test comes to exist. Today it is written to the store the way
 * the bot writes a proposal; an end-to-end variant can swap in one created by a message on
 * the console channel.
 */
export type PendingRunSource = (h: Harness) => Promise<Run>;
const fromStore: PendingRunSource = (h) => createPendingRun(h.store);

describe('dashboard in Chromium', () => {
  let h: Harness;
  let base: string;
  let browser: Browser;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    h = await harness();
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function loggedIn(username: keyof typeof PASSWORDS): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${base}/pending`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', PASSWORDS[username]);
    await Promise.all([page.waitForURL(`${base}/pending`), page.click('button[type=submit]')]);
    return { context, page };
  }

  it('lets an approver log in, approve a pending run, and see its before/after values once it finished', async () => {
    const loginPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await loginPage.goto(`${base}/login`);
    await loginPage.screenshot({ path: `${SHOTS}/login.png` });
    await loginPage.context().close();

    const run = await fromStore(h);
    const { context, page } = await loggedIn('rahim');
    const item = page.locator(`article[data-run="${run.id}"]`);
    await expect(item.textContent()).resolves.toContain('Address already in use');
    expect(await page.locator('[data-pending-count]').first().textContent()).toBe('1');
    await page.screenshot({ path: `${SHOTS}/pending.png`, fullPage: true });

    await Promise.all([page.waitForURL(/notice=approved/), item.locator('button[data-action=approve]').click()]);
    expect(await page.locator('.notice').textContent()).toContain('Approved');
    expect((await h.store.getRun(run.id))?.status).toBe('queued');
    expect((await h.store.getRun(run.id))?.approvedBy).toBe('web:rahim');
    expect(h.enqueued.map((r) => r.id)).toContain(run.id);

    await page.goto(`${base}/runs/${run.id}`);
    expect(await page.locator('h1 .badge').textContent()).toBe('queued');
    // While queued the page reloads itself; a worker would now pick the run up.
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(1);

    await finishRun(h.store, run.id);
    await page.reload();
    expect(await page.locator('h1 .badge').textContent()).toBe('succeeded');
    const summary = page.locator('#before-after');
    const row = (key: string) => summary.locator(`tr[data-fact="${key}"]`);
    expect(await row('timeWait').locator('[data-before]').textContent()).toBe('28,412');
    expect(await row('timeWait').locator('[data-after]').textContent()).toBe('3,120');
    expect(await row('tcpTwReuse').locator('[data-before]').textContent()).toBe('0');
    expect(await row('tcpTwReuse').locator('[data-after]').textContent()).toBe('1');
    expect(await row('portRange').locator('[data-before]').textContent()).toBe('32768 60999');
    expect(await row('portRange').locator('[data-after]').textContent()).toBe('1024 65535');
    expect(await row('tcpCloseReset').locator('[data-before]').textContent()).toBe('Off');
    expect(await row('tcpCloseReset').locator('[data-after]').textContent()).toBe('On');
    expect(await page.locator('#before-after svg rect').count()).toBeGreaterThanOrEqual(4);
    expect(await page.locator('#approval').textContent()).toContain('web:rahim');
    expect(await page.locator('.step').count()).toBe(7);
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/run-detail.png`, fullPage: true });
    await page.locator('#before-after').screenshot({ path: `${SHOTS}/run-detail-before-after.png` });

    await page.goto(`${base}/runs?server=vos1`);
    expect(await page.locator(`tr[data-run="${run.id}"]`).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/runs.png`, fullPage: true });
    await page.goto(`${base}/servers/vos1`);
    await page.screenshot({ path: `${SHOTS}/server.png`, fullPage: true });
    await context.close();
  });

  it('keeps the header count live without a reload', async () => {
    const { context, page } = await loggedIn('rahim');
    const shown = await page.locator('[data-pending-count]').first().textContent();
    expect(shown).toBe(String(await h.store.countRuns({ status: 'awaiting_approval' })));
    await createPendingRun(h.store, { serverId: 'vos2' });
    const expected = String(await h.store.countRuns({ status: 'awaiting_approval' }));
    // The script polls every 10 s and when the tab becomes visible; nudge it instead of waiting.
    // (Strings, not functions: this project's TypeScript has no DOM types.)
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    // Polled from the test side: the page's CSP forbids the eval that waitForFunction uses.
    await expect.poll(() => page.locator('[data-pending-count]').first().textContent(), { timeout: 10_000 }).toBe(expected);
    await expect.poll(() => page.locator('[data-pending-stale]').isVisible()).toBe(true);
    await context.close();
  });

  it('shows a viewer no approve button and refuses their forged approval', async () => {
    const run = await createPendingRun(h.store, { symptomText: 'viewer test: cannot bind, EADDRINUSE' });
    const { context, page } = await loggedIn('nadia');
    const item = page.locator(`article[data-run="${run.id}"]`);
    expect(await item.count()).toBe(1);
    expect(await item.locator('button[data-action=approve]').count()).toBe(0);
    expect(await item.textContent()).toContain('Viewers cannot approve');
    await page.screenshot({ path: `${SHOTS}/pending-viewer.png`, fullPage: true });
    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const forged = await page.request.post(`${base}/runs/${run.id}/approve`, { form: { _csrf: csrf ?? '' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
    await context.close();
  });

  it('refuses a form posted without its CSRF token', async () => {
    const run = await createPendingRun(h.store, { symptomText: 'csrf test: address already in use' });
    const { context, page } = await loggedIn('rahim');
    const res = await page.request.post(`${base}/runs/${run.id}/approve`, { form: { next: 'pending' }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
    await context.close();
  });

  it("shows a customer's <script> as text", async () => {
    const run = await createPendingRun(h.store, { symptomText: '<script>alert(1)</script> calls drop <b>bold</b>' });
    const { context, page } = await loggedIn('rahim');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}/runs/${run.id}`);
    expect(await page.locator('[data-symptom]').textContent()).toBe('<script>alert(1)</script> calls drop <b>bold</b>');
    expect(await page.locator('[data-symptom] script, [data-symptom] b').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/escaped-message.png` });
    await page.goto(`${base}/pending`);
    expect(await page.locator(`article[data-run="${run.id}"] blockquote`).textContent()).toContain('<script>alert(1)</script>');
    await page.goto(`${base}/runs?q=${encodeURIComponent('<script>')}`);
    expect(await page.locator(`tr[data-run="${run.id}"] td.symptom`).textContent()).toContain('<script>alert(1)</script>');
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('needs no inline script or style: the CSP reported no violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
