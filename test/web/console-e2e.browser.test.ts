// The whole product in one process (`vos-assist start --chat console --web …`) against a lab
// host: a customer writes on the console, an engineer approves in Chromium, the fix runs,
// and the run detail shows the values before and after. Redis database 8 is this file's.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { chromium, type Browser } from 'playwright-core';
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

describe('console customer, browser engineer', () => {
  it('approves in the browser a proposal made in the chat, and shows before/after once it ran', { timeout: 90_000 }, async () => {
    await lab.makeTimeWait('lab1', 300);
    child.stdin.write('switch rejecting calls, "bind failed: Address already in use" all over the log\n');
    const runId = (await waitForOutput(/Proposed fix \(run (R-\d+)\)/))[1]!;

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${base}/pending`);
    await page.fill('input[name=username]', 'rahim');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(`${base}/pending`), page.click('button[type=submit]')]);
    const item = page.locator(`article[data-run="${runId}"]`);
    expect(await item.textContent()).toContain('Address already in use');
    await Promise.all([page.waitForURL(/notice=approved/), item.locator('button[data-action=approve]').click()]);

    await waitForOutput(/^Approved by Rahim\. Applying on lab1/m);
    await waitForOutput(/Done\. lab1 now: RST close On/);
    await page.goto(`${base}/runs/${runId}`);
    expect(await page.locator('h1 .badge').textContent()).toBe('succeeded');
    const row = (key: string) => page.locator(`#before-after tr[data-fact="${key}"]`);
    expect(await row('tcpTwReuse').locator('[data-before]').textContent()).toBe('0');
    expect(await row('tcpTwReuse').locator('[data-after]').textContent()).toBe('1');
    expect(await row('portRange').locator('[data-after]').textContent()).toBe('1024 65535');
    expect(await row('tcpCloseReset').locator('[data-after]').textContent()).toBe('On');
    expect(await page.locator('#approval').textContent()).toContain('web:rahim');
    mkdirSync('test-output/screenshots', { recursive: true });
    await page.screenshot({ path: 'test-output/screenshots/e2e-run-detail.png', fullPage: true });

    // The chat engineer comes second and is told.
    child.stdin.write('/as +8801900000002\n');
    child.stdin.write(`approve ${runId}\n`);
    await waitForOutput(new RegExp(`${runId} was already decided by web:rahim`));
  });
});
