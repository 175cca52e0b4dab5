// The whole product in one process (in-memory chat, real BullMQ on a private redis-server,
// real SSH attempts, the dashboard listening) seen in Chromium: a server added by a config
// reload is on the Servers page at once; a customer whose server cannot be reached reads it in
// plain words; the run's end goes out as a webhook to a receiver that always fails, and the
// delivery that gave up is on the Webhooks page.
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { loadConfig } from '../../config/load.js';
import { connectSsh } from '../../executors/ssh.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { startPrivateRedis, type PrivateRedis } from '../../testkit/private-redis.js';
import { closedPort, until } from '../../testkit/wait.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { launchChromium, loggedInPage } from './browser.js';
import { TEST_COST } from './harness.js';

const CUSTOMER = '+8801700000001';
const PASSWORD = 'approver-password-1';
let dir: string;
let redis: PrivateRedis;
let store: RunStore;
let app: App;
let browser: Browser;
let receiver: Server;
let posts = 0;
let sshPort: number;
let hookUrl: string;
const channel = new MemoryChannel();

const server = (id: string, name: string) =>
  `  - id: ${id}\n    name: ${name}\n    customer: acme\n    host: 127.0.0.1\n    port: ${sshPort}\n    username: root\n    privateKeyPath: ./k\n    hostKeySha256: "ssh-ed25519 SHA256:${'A'.repeat(43)}"\n    connectTimeoutMs: 1000\n`;
const config = (servers: string, hookUrl: string) =>
  `customers:\n  - id: acme\n    name: ACME\n    chats: ["${CUSTOMER}"]\nservers:\n${servers}engineers:\n  - id: rahim\n    name: Rahim\n    chats: ["+8801900000002"]\n    role: approver\nwebhooks:\n  - url: ${hookUrl}\n    secretEnv: HOOK_SECRET\n`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-reload-web-'));
  expect(spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'k')]).status).toBe(0);
  // Nothing listens here: every SSH attempt is refused at once.
  sshPort = await closedPort();
  receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      posts++;
      res.writeHead(500).end('receiver down');
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  writeFileSync(join(dir, 'vos-assist.yaml'), config(server('vos1', 'Dhaka main'), hookUrl));
  redis = await startPrivateRedis(dir);
  store = await openRunStore({ dataDir: join(dir, 'data') });
  await setEngineerPassword(store, 'rahim', PASSWORD, new Date(), TEST_COST);
  const file = join(dir, 'vos-assist.yaml');
  app = await startApp(
    { config: await loadConfig(file), loadConfig: () => loadConfig(file), store, redisUrl: redis.server.url, channel, openTarget: (s, signal) => connectSsh(s, { baseDir: dir, ...(signal ? { signal } : {}) }), log: () => {}, env: { HOOK_SECRET: 'secret-of-the-receiver-0123456789' }, configDir: dir },
    { web: { host: '127.0.0.1', port: 0 }, prefix: 'reload-web', expiryCheckMs: 3_600_000, outboxCheckMs: 200, webhooks: { attempts: 2, backoffMs: 50 } },
  );
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await store?.close();
  await redis?.close();
  await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('reload, plain failures and webhooks, in the dashboard', () => {
  it('shows a server added by a reload on the Servers page without a restart', async () => {
    const csp: string[] = [];
    const { context, page } = await loggedInPage(browser, app.webUrl!, 'rahim', PASSWORD, '/servers', csp);
    expect(await page.locator('main').innerText()).not.toContain('vos2');

    writeFileSync(join(dir, 'vos-assist.yaml'), config(server('vos1', 'Dhaka main') + server('vos2', 'Chittagong backup'), hookUrl));
    const r = await app.reload();
    expect(r).toMatchObject({ ok: true, summary: 'servers: +vos2' });

    await page.reload();
    const text = await page.locator('main').innerText();
    expect(text).toContain('vos2');
    expect(text).toContain('Chittagong backup');
    expect(csp).toEqual([]);
    await context.close();
  });

  it('tells the customer in plain words, and lists the run-end webhook that gave up', async () => {
    const m = channel.mark();
    await channel.say(CUSTOMER, 'calls fail, "bind failed: Address already in use" in the log');
    // The server added by the reload is among the customer's servers.
    expect(await channel.waitFor(CUSTOMER, /Which server\?/, 20_000, m)).toContain('2) Chittagong backup');
    await channel.say(CUSTOMER, '2');
    const told = await channel.waitFor(CUSTOMER, /right now; nothing was changed/, 20_000, m);
    expect(told).toBe("I could not reach Chittagong backup right now; nothing was changed. I've told the support team.");
    // The engineers read the technical reason.
    await channel.waitFor('+8801900000002', /^\[R-\d+\] diagnosis of vos2 failed: cannot reach vos2 at 127\.0\.0\.1:\d+ \(ECONNREFUSED/, 10_000, m);

    await until(async () => (await app.webhooks.failed()).length > 0, 'the webhook to give up', 30_000);
    const [failed] = await app.webhooks.failed();
    expect(failed).toMatchObject({ type: 'run_end', attempts: 2, reason: expect.stringContaining('answered 500: receiver down') });
    expect(posts).toBeGreaterThanOrEqual(2);

    const csp: string[] = [];
    const { context, page } = await loggedInPage(browser, app.webUrl!, 'rahim', PASSWORD, '/webhooks', csp);
    const row = page.locator(`tr[data-event-id="${failed!.eventId}"]`);
    expect(await row.isVisible()).toBe(true);
    const cells = await row.locator('td').allInnerTexts();
    expect(cells[1]).toBe('run_end');
    expect(cells[2]).toBe(failed!.subject);
    expect(cells[4]).toBe('2');
    expect(cells[5]).toContain('answered 500: receiver down');
    expect(await page.locator('nav a[aria-current=page]').innerText()).toBe('Webhooks');
    expect(csp).toEqual([]);
    await context.close();
  });
});
