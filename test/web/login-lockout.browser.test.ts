// `vos-assist start` with the dashboard set up for TLS in the config (settings.web), against a
// private redis-server: a guesser's wrong passwords from 127.0.0.2 lock that address only,
// and the engineer logs in in Chromium from 127.0.0.1. Also checks that start hands the
// settings to the dashboard: Secure cookies, HSTS and the /metrics token.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { closedPort } from '../queue/helpers.js';
import { csrfOf } from './harness.js';

const BIN = resolve('bin/vos-assist.js');
const PASSWORD = 'correct horse battery staple';
const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
const GUESSER = '127.0.0.2';
let dir: string;
let redis: RedisServer;
let child: ChildProcessWithoutNullStreams;
let browser: Browser;
let port: number;
let out = '';

const CONFIG = `customers:
  - id: acme
    name: ACME Telecom
    chats: ["+8801700000001"]
engineers:
  - id: rahim
    name: Rahim
    chats: ["+8801900000002"]
    role: approver
settings:
  web:
    secureCookies: true
    hsts: true
    metricsTokenEnv: VOS_METRICS_TOKEN
`;

async function waitForOutput(re: RegExp, timeoutMs = 30_000): Promise<void> {
  const t0 = Date.now();
  while (!re.test(out)) {
    if (child.exitCode !== null) throw new Error(`start exited (${child.exitCode}):\n${out}`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`no ${re} in output:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTP request to the dashboard from `localAddress` (another address on the loopback). */
function fetchFrom(localAddress: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  return new Promise((res, rej) => {
    const req = request({ host: '127.0.0.1', port, path, localAddress, method: init.method ?? 'GET', headers: init.headers ?? {} }, (r) => {
      let body = '';
      r.setEncoding('utf8');
      r.on('data', (d: string) => (body += d));
      r.on('end', () => res({ status: r.statusCode ?? 0, headers: r.headers, body }));
    });
    req.on('error', rej);
    req.end(init.body);
  });
}

/** The guesser's side: the login form, then one POST with this password. */
async function guess(password: string): Promise<Answer> {
  const form = await fetchFrom(GUESSER, '/login');
  const cookie = ([] as string[]).concat(form.headers['set-cookie'] ?? [])[0]!.split(';')[0]!;
  return fetchFrom(GUESSER, '/login', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ username: 'rahim', password, _csrf: csrfOf(form.body) }).toString(),
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-web-lockout-'));
  redis = await spawnRedisServer({ binary: findExecutable('redis-server', process.env.PATH)!, dir: join(dir, 'redis'), port: await closedPort() });
  const config = join(dir, 'vos-assist.yaml');
  writeFileSync(config, CONFIG);
  const args = ['--config', config, '--data', join(dir, 'data')];
  const pw = spawnSync(process.execPath, [BIN, ...args, 'engineer', 'password', 'rahim'], { input: `${PASSWORD}\n`, encoding: 'utf8' });
  expect(pw.status, pw.stderr).toBe(0);
  port = await closedPort();
  child = spawn(process.execPath, [BIN, ...args, 'start', '--chat', 'console', '--as', '+8801700000001', '--web', `127.0.0.1:${port}`], {
    env: { ...process.env, REDIS_URL: redis.url, VOS_METRICS_TOKEN: METRICS_TOKEN },
  });
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
  await redis?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('dashboard login behind TLS settings', () => {
  it("a guesser's wrong passwords from one address do not stop the engineer logging in from another", { timeout: 60_000 }, async () => {
    for (let i = 0; i < 5; i++) expect((await guess(`wrong-password-${i}`)).status).toBe(401);
    // The guesser's address is locked now, for the right password too.
    const locked = await guess(PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body).toContain('Too many failed logins for this engineer from this address.');

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/pending`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.fill('input[name=username]', 'rahim');
    await page.fill('input[name=password]', PASSWORD);
    await Promise.all([page.waitForURL(`http://127.0.0.1:${port}/pending`), page.click('button[type=submit]')]);
    const session = (await context.cookies()).find((c) => c.name === 'vos_session');
    expect(session).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Lax' });
    await context.close();
  });

  it('start hands settings.web to the dashboard: HSTS and the /metrics token', async () => {
    const form = await fetchFrom('127.0.0.1', '/login');
    expect(form.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(([] as string[]).concat(form.headers['set-cookie'] ?? []).join('\n')).toMatch(/vos_login=.*; Secure/);
    expect((await fetchFrom('127.0.0.1', '/metrics')).status).toBe(401);
    const metrics = await fetchFrom('127.0.0.1', '/metrics', { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(metrics.status).toBe(200);
    expect(metrics.body).toContain('vos_assist_runs');
  });

  it('start refuses to run when the variable metricsTokenEnv names is not set or too short', () => {
    const config = join(dir, 'vos-assist.yaml');
    for (const token of [undefined, 'short']) {
      const env: Record<string, string | undefined> = { ...process.env, REDIS_URL: redis.url, VOS_METRICS_TOKEN: token };
      if (token === undefined) delete env.VOS_METRICS_TOKEN;
      const r = spawnSync(process.execPath, [BIN, '--config', config, '--data', join(dir, 'data-2'), 'start', '--chat', 'console', '--as', '+8801700000001', '--web', '127.0.0.1:0'], { env, input: '', encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`settings.web.metricsTokenEnv names VOS_METRICS_TOKEN, which ${token ? 'is shorter than 16 characters' : 'is not set'}`);
    }
  });
});
