// The whole product in one process (`vos-assist start --chat console --web …`) against a lab
// host: a customer writes on the console; before anyone approves, the proposal's page in
// Chromium shows every planned change and the diff, the same as the engineers' chat message
// and as the host's files call for; an engineer approves in Chromium, the fix runs, and the
// run detail shows the three reads. Redis database 8 is this file's.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(8);
const BIN = resolve('bin/vos-assist.js');
const PASSWORD = 'correct horse battery staple';
let lab: Lab;
let dir: string;
let child: ChildProcessWithoutNullStreams;
let browser: Browser;
let base: string;
let out = '';

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });

async function waitForOutput(re: RegExp, timeoutMs = 20_000): Promise<RegExpExecArray> {
  const t0 = Date.now();
  for (;;) {
    const m = re.exec(out);
    if (m) return m;
    if (Date.now() - t0 > timeoutMs) throw new Error(`no ${re} in output:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  const r = new Redis(REDIS_URL);
  await r.flushdb();
  r.disconnect();
  lab = await createLab({ hosts: 1, name: 'web-e2e' });
  dir = mkdtempSync(join(tmpdir(), 'vos-web-e2e-'));
  const config = join(dir, 'vos-assist.yaml');
  await lab.writeConfig(config);
  const args = ['--config', config, '--data', join(dir, 'data')];
  const pw = spawnSync(process.execPath, [BIN, ...args, 'engineer', 'password', 'rahim'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  expect(pw.status).toBe(0);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  child = spawn(process.execPath, [BIN, ...args, 'start', '--chat', 'console', '--as', '+8801700000001', '--web', `127.0.0.1:${port}`], { env: { ...process.env, REDIS_URL } });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await waitForOutput(/dashboard on http/);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});

afterAll(async () => {
  await browser?.close();
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await lab?.teardown();
  rmSync(dir, { recursive: true, force: true });
});

/** The proposal the engineers got in their chat, as the console printed it (`[to CHAT] …` and indented lines). */
async function engineersMessage(runId: string): Promise<string[]> {
  const start = (await waitForOutput(new RegExp(`^\\[to \\+8801900000002\\] \\[${runId}\\] .*$`, 'm'))).index;
  const end = (await waitForOutput(new RegExp(`^    approve ${runId} · reject ${runId}`, 'm'))).index;
  return out.slice(start, end).split('\n').map((l) => l.replace(/^(\[to [^\]]+\] | {4})/, ''));
}

/** What a person reads in the plan section: each change line, and every diff line of each file. */
async function shownPlan(page: Page, scope: string) {
  const changes = (await page.locator(`${scope} ul.changes li`).allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').replace(/ \(.*\)$/, ''));
  const diffs = (await page.locator(`${scope} pre.diff`).allInnerTexts()).flatMap((t) => t.split('\n'));
  return { changes, diffs };
}

describe('console customer, browser engineer', () => {
  it('shows a proposal made in the chat whole in the browser before approval, then approves it and shows the three reads once it ran', { timeout: 90_000 }, async () => {
    await lab.makeTimeWait('lab1', 300);
    // The host as the engineer would find it, read independently of the product.
    const confLine = /^SS_TCP_CLOSE_RESET=.*$/m.exec((await lab.readConf('lab1')).toString('latin1'))![0];
    const twReuse = await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse');
    const portRange = await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range');
    expect([confLine, twReuse, portRange]).toEqual(['SS_TCP_CLOSE_RESET="Off"', '0', '32768 60999']);
    // What the customer describes, in the softswitch log: a proposal needs evidence on the server.
    await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    child.stdin.write('switch rejecting calls, "bind failed: Address already in use" all over the log\n');
    const runId = (await waitForOutput(/Proposed fix \(run (R-\d+)\)/))[1]!;
    const chat = await engineersMessage(runId);

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/pending`);
    await page.fill('input[name=username]', 'rahim');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/pending`), page.click('button[type=submit]')]);
    const item = page.locator(`article[data-run="${runId}"]`);
    expect(await item.textContent()).toContain('Address already in use');

    // Before approval: the proposal's page shows every planned change and the diff of every file.
    await page.goto(`${base}/runs/${runId}`);
    expect(await page.locator('h1 .badge').textContent()).toBe('awaiting approval');
    const expected = [`SS_TCP_CLOSE_RESET: Off → On`, `net.ipv4.tcp_tw_reuse: ${twReuse} → 1`, `net.ipv4.ip_local_port_range: ${portRange} → 1024 65535`];
    for (const scope of ['#plan', `article[data-run="${runId}"]`]) {
      if (scope !== '#plan') await page.goto(`${base}/pending`);
      const shown = await shownPlan(page, scope);
      expect(shown.changes, scope).toEqual(expected);
      expect(shown.diffs, scope).toContain(`-${confLine}`);
      expect(shown.diffs, scope).toContain('+SS_TCP_CLOSE_RESET="On"');
      expect(shown.diffs, scope).toContain('+net.ipv4.tcp_tw_reuse = 1');
      expect(shown.diffs, scope).toContain('+net.ipv4.ip_local_port_range = 1024 65535');
      // The same changes and diff lines as the engineers' chat message.
      for (const c of expected) expect(chat, c).toContainEqual(expect.stringMatching(new RegExp(`^• ${c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(':', '')} \\(`)));
      const chatDiff = chat.slice(chat.indexOf('```') + 1, chat.lastIndexOf('```'));
      expect(chatDiff.length).toBeGreaterThan(8);
      for (const line of chatDiff.filter((l) => /^[-+ ]/.test(l) && !/^(---|\+\+\+) /.test(l))) expect(shown.diffs, `${scope}: ${line}`).toContain(line);
      expect((await page.locator(`${scope} [data-reload] code`).innerText()).trim()).toBe('service mbx3000d reparse');
    }
    await page.goto(`${base}/runs/${runId}`);
    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-output/screenshots/e2e-proposal.png', fullPage: true });
    const proposedTimeWait = await page.locator('#before-after tr[data-fact="timeWait"] td[data-reading="proposed"]').innerText();
    expect(chat).toContainEqual(expect.stringContaining(`facts: TIME_WAIT ${proposedTimeWait} / 28,232 ports`));

    // More sockets pile up while the proposal waits; then the engineer approves on this page.
    await lab.makeTimeWait('lab1', 300);
    await Promise.all([page.waitForURL(/notice=approved/), page.locator('#approval button[data-action=approve]').click()]);

    await waitForOutput(/^Approved by Rahim\. Applying on lab1/m);
    await waitForOutput(/Done\. lab1 now: RST close On/);
    await page.goto(`${base}/runs/${runId}`);
    expect(await page.locator('h1 .badge').textContent()).toBe('succeeded');
    const cell = (key: string, reading: string) => page.locator(`#before-after tr[data-fact="${key}"] td[data-reading="${reading}"]`).innerText();
    expect(await cell('timeWait', 'proposed')).toBe(proposedTimeWait);
    const count = (s: string) => Number(s.replace(/,/g, ''));
    expect(count(await cell('timeWait', 'atApply'))).toBeGreaterThanOrEqual(count(proposedTimeWait) + 250);
    expect(await cell('tcpTwReuse', 'proposed')).toBe('0');
    expect(await cell('tcpTwReuse', 'after')).toBe('1');
    expect(await cell('portRange', 'after')).toBe('1024 65535');
    expect(await cell('tcpCloseReset', 'after')).toBe('On');
    expect([await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse'), await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')]).toEqual(['1', '1024 65535']);
    expect(await page.locator('[data-approved-by]').innerText()).toBe('Rahim (dashboard)');
    expect(await page.locator('[data-approved-by] .person').getAttribute('title')).toBe('web:rahim');
    await page.screenshot({ path: 'test-output/screenshots/e2e-run-detail.png', fullPage: true });

    // The chat engineer comes second and is told.
    child.stdin.write('/as +8801900000002\n');
    child.stdin.write(`approve ${runId}\n`);
    await waitForOutput(new RegExp(`${runId} was already decided by Rahim \\(dashboard\\)`));
  });
});
