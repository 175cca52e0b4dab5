// The dashboard in a real browser (Debian's Chromium through playwright-core) against a
// listening server whose store holds runs the real product made against the lab
// (testkit/recording.ts). Screenshots of the main pages go to test-output/screenshots/.
// Needs root (the lab) and Redis (database 15).
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCount } from '../../playbooks/format-count.js';
import type { Plan } from '../../runs/model.js';
import { typedRun, type TypedRun } from '../../runs/records.js';
import { recordRuns, type Recording } from '../../testkit/recording.js';
import { testRedisUrl } from '../helpers/redis.js';
import { launchChromium, loggedInPage } from './browser.js';
import { LAB_PASSWORDS, recordedHarness, type RecordedHarness } from './harness.js';

const SHOTS = 'test-output/screenshots';
// Markup in a customer's report that goes on now ("since this morning"): without it, "alert" reads like a monitoring
// alarm told about, and the bot asks which problem it is instead of proposing a fix.
const MARKUP = '<script>alert(1)</script> calls drop <b>bold</b> since this morning, "Address already in use"';

describe('dashboard in Chromium', () => {
  let recording: Recording;
  let h: RecordedHarness;
  let base: string;
  let browser: Browser;
  const cspViolations: string[] = [];
  const run = (id: string): TypedRun => typedRun(recording.runs.find((r) => r.id === id)!);

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    recording = await recordRuns({ redisUrl: testRedisUrl(15), pendingText: MARKUP });
    h = await recordedHarness(recording);
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  const loggedIn = (username: keyof typeof LAB_PASSWORDS): Promise<{ context: BrowserContext; page: Page }> =>
    loggedInPage(browser, base, username, LAB_PASSWORDS[username], '/pending', cspViolations);

  /** What a person sees of a plan: every change, every diff line, the kernel values, the reload, the cautions. */
  async function expectPlanShown(scope: Locator, plan: Plan): Promise<void> {
    const text = (await scope.innerText()).replace(/\s+/g, ' ');
    expect(text).not.toContain('No changes planned');
    for (const c of plan.changes) {
      const item = scope.locator(`li[data-change="${c.key}"]`);
      expect(await item.isVisible(), c.key).toBe(true);
      expect(await item.innerText()).toContain(`${c.key}: ${c.from ?? 'unset'} → ${c.to}`);
    }
    for (const f of plan.files) {
      const diff = scope.locator(`.file-diff[data-file="${f.path}"] pre.diff`);
      expect(await diff.isVisible(), f.path).toBe(true);
      const shown = (await diff.innerText()).split('\n');
      for (const line of f.diff.kind === 'hunks' ? f.diff.hunks.flatMap((x) => x.lines) : []) expect(shown, f.path).toContain(line);
    }
    const runtime = (await scope.locator('ul.runtime li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(runtime).toEqual(plan.runtime.map((r) => `sysctl -w ${r.key}: ${r.from ?? 'unknown'} → ${r.to}`));
    expect(await scope.locator('[data-reload]').count()).toBe(plan.reload ? 1 : 0);
    if (plan.reload) expect(await scope.locator('[data-reload] code').innerText()).toBe('service mbx3000d reparse');
    expect(await scope.locator('ul.cautions li').allInnerTexts()).toEqual(plan.intent.cautions);
  }

  it('lets an approver read a whole proposal on the pending list and its page, and approve it', async () => {
    const loginPage = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await loginPage.goto(`${base}/login`);
    await loginPage.screenshot({ path: `${SHOTS}/login.png` });
    await loginPage.context().close();

    const id = recording.ids.pendingFull;
    const proposal = run(id);
    const { context, page } = await loggedIn('rahim');
    const item = page.locator(`article[data-run="${id}"]`);
    expect(await item.locator('blockquote[data-request]').innerText()).toContain(proposal.requests[0]!.text);
    await expectPlanShown(item, proposal.plan!);
    expect(await item.locator('tr[data-fact="timeWait"] td[data-reading="proposed"]').innerText()).toBe(formatCount(proposal.factsBefore!.timeWaitCount!));
    expect(await page.locator('[data-pending-count]').first().textContent()).toBe('2');
    await page.screenshot({ path: `${SHOTS}/pending.png`, fullPage: true });

    await page.goto(`${base}/runs/${id}`);
    await expectPlanShown(page.locator('#plan'), proposal.plan!);
    expect(await page.locator('h1 .badge').textContent()).toBe('awaiting approval');
    await page.screenshot({ path: `${SHOTS}/proposal.png`, fullPage: true });

    await Promise.all([page.waitForURL(/notice=approved/), page.locator('#approval button[data-action=approve]').click()]);
    expect(await page.locator('.notice').first().textContent()).toContain('Approved');
    expect(await h.store.getRun(id)).toMatchObject({ status: 'queued', approvedBy: 'web:rahim' });
    expect(h.enqueued.map((r) => r.id)).toContain(id);
    expect(await page.locator('h1 .badge').textContent()).toBe('queued');
    expect(await page.locator('[data-approved-by]').innerText()).toBe('Rahim (dashboard)');
    expect(await page.locator('[data-approved-by] .person').getAttribute('title')).toBe('web:rahim');
    // While queued the page reloads itself; a worker would now pick the run up.
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(1);
    // What was approved is still what was shown.
    await expectPlanShown(page.locator('#plan'), proposal.plan!);
    await context.close();
  });

  it("shows an applied run's three reads, people by name, and a chart on one scale", async () => {
    const done = run(recording.ids.succeeded);
    const { context, page } = await loggedIn('rahim');
    await page.goto(`${base}/runs/${done.id}`);
    expect(await page.locator('h1 .badge').textContent()).toBe('succeeded');
    const summary = page.locator('#before-after');
    const cell = (fact: string, reading: string) => summary.locator(`tr[data-fact="${fact}"] td[data-reading="${reading}"]`).innerText();
    expect(await summary.locator('thead th').allInnerTexts()).toEqual(['FACT', 'WHEN PROPOSED', 'RIGHT BEFORE THE CHANGE', 'AFTER']);
    expect(await cell('timeWait', 'proposed')).toBe(formatCount(done.factsBefore!.timeWaitCount!));
    expect(await cell('timeWait', 'atApply')).toBe(formatCount(done.factsAtApply!.timeWaitCount!));
    expect(await cell('timeWait', 'after')).toBe(formatCount(done.factsAfter!.timeWaitCount!));
    expect(await cell('tcpTwReuse', 'proposed')).toBe('0');
    expect(await cell('tcpTwReuse', 'after')).toBe('1');
    expect(await cell('portRange', 'proposed')).toBe('32768 60999');
    expect(await cell('portRange', 'after')).toBe('1024 65535');
    expect(await cell('tcpCloseReset', 'proposed')).toBe('Off');
    expect(await cell('tcpCloseReset', 'after')).toBe('On');

    // Drawn widths, as Chromium lays them out: each bar is its value on the same scale.
    const reads = { proposed: done.factsBefore!, atApply: done.factsAtApply!, after: done.factsAfter! };
    const width = async (reading: string, bar: string) => (await summary.locator(`svg g[data-reading="${reading}"] rect.${bar}`).boundingBox())?.width ?? 0;
    const perPort = (await width('after', 'bar-ports')) / reads.after.portRange!.size;
    expect(perPort).toBeGreaterThan(0);
    for (const [reading, f] of Object.entries(reads)) {
      expect(await width(reading, 'bar-ports'), reading).toBeCloseTo(f.portRange!.size * perPort, 0);
      expect(await width(reading, 'bar-timewait'), reading).toBeCloseTo(f.timeWaitCount! * perPort, 0);
    }
    expect(await summary.locator('svg rect').count()).toBe(6);
    // The flags are written as values, and the whole line is inside the chart, not cut off at its edge.
    const chart = (await summary.locator('svg').boundingBox())!;
    for (const reading of Object.keys(reads)) {
      const flags = summary.locator(`svg g[data-reading="${reading}"] text.flags`);
      const box = (await flags.boundingBox())!;
      expect(box.x + box.width, reading).toBeLessThanOrEqual(chart.x + chart.width);
      expect(box.y + box.height, reading).toBeLessThanOrEqual(chart.y + chart.height);
    }
    expect(await summary.locator('svg g[data-reading="after"] text.flags').textContent()).toBe('RST On · tcp_tw_reuse 1 · ports 1024–65535');

    expect(await page.locator('[data-approved-by]').innerText()).toBe('Rahim (chat)');
    expect(await page.locator('[data-approved-by] .person').getAttribute('title')).toBe('chat:rahim');
    expect(await page.locator('#message blockquote[data-request]').count()).toBe(2);
    expect(await page.locator('.step').count()).toBe(recording.steps[done.id]!.length);
    expect(await page.locator('meta[http-equiv=refresh]').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/run-detail.png`, fullPage: true });
    await summary.screenshot({ path: `${SHOTS}/run-detail-before-after.png` });

    await page.goto(`${base}/runs?server=lab1`);
    expect(await page.locator(`tr[data-run="${done.id}"]`).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/runs.png`, fullPage: true });
    await page.goto(`${base}/servers/lab1`);
    await page.screenshot({ path: `${SHOTS}/server.png`, fullPage: true });
    await context.close();
  });

  it('keeps the header count live without a reload', async () => {
    const { context, page } = await loggedIn('rahim');
    const shown = await page.locator('[data-pending-count]').first().textContent();
    expect(shown).toBe(String(await h.store.countRuns({ status: 'awaiting_approval' })));
    await h.copy(recording.ids.pending);
    const expected = String(await h.store.countRuns({ status: 'awaiting_approval' }));
    expect(expected).not.toBe(shown);
    // The script polls every 10 s and when the tab becomes visible; nudge it instead of waiting.
    // (Strings, not functions: this project's TypeScript has no DOM types.)
    await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))");
    // Polled from the test side: the page's CSP forbids the eval that waitForFunction uses.
    await expect.poll(() => page.locator('[data-pending-count]').first().textContent(), { timeout: 10_000 }).toBe(expected);
    await expect.poll(() => page.locator('[data-pending-stale]').isVisible()).toBe(true);
    await context.close();
  });

  it('shows a viewer the whole proposal but no approve button, and refuses their forged approval', async () => {
    const id = recording.ids.pending;
    const { context, page } = await loggedIn('vera');
    const item = page.locator(`article[data-run="${id}"]`);
    expect(await item.count()).toBe(1);
    await expectPlanShown(item, run(id).plan!);
    expect(await item.locator('button[data-action=approve]').count()).toBe(0);
    expect(await item.textContent()).toContain('Viewers cannot approve');
    await page.screenshot({ path: `${SHOTS}/pending-viewer.png`, fullPage: true });
    const csrf = await page.locator('input[name=_csrf]').first().getAttribute('value');
    const forged = await page.request.post(`${base}/runs/${id}/approve`, { form: { _csrf: csrf ?? '' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    expect((await h.store.getRun(id))?.status).toBe('awaiting_approval');
    await context.close();
  });

  it('refuses a form posted without its CSRF token', async () => {
    const id = recording.ids.pending;
    const { context, page } = await loggedIn('rahim');
    const res = await page.request.post(`${base}/runs/${id}/approve`, { form: { next: 'pending' }, maxRedirects: 0 });
    expect(res.status()).toBe(403);
    expect((await h.store.getRun(id))?.status).toBe('awaiting_approval');
    await context.close();
  });

  it("shows a customer's <script> as text", async () => {
    const id = recording.ids.pending;
    const { context, page } = await loggedIn('rahim');
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}/runs/${id}`);
    const message = page.locator('#message blockquote[data-request]');
    expect(await message.innerText()).toContain(`${MARKUP} (lab2)`);
    expect(await message.locator('script, b').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/escaped-message.png` });
    await page.goto(`${base}/pending`);
    expect(await page.locator(`article[data-run="${id}"] blockquote`).textContent()).toContain(MARKUP);
    await page.goto(`${base}/runs?q=${encodeURIComponent('<script>')}`);
    expect(await page.locator(`tr[data-run="${id}"] td.symptom`).textContent()).toContain(MARKUP);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('needs no inline script or style: the CSP reported no violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
