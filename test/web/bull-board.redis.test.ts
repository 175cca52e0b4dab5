// Bull Board and queue metrics against a real Redis: a redis-server this suite starts on a
// free port (redis-server is installed here; the queue suites rely on it too).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedis } from '../../queue/connection.js';
import { findExecutable, spawnRedisServer, type RedisServer } from '../../queue/embedded-redis.js';
import { Producer } from '../../queue/producer.js';
import { closedPort } from '../queue/helpers.js';
import { harness, login, PASSWORDS, type Harness, type Login } from './harness.js';

describe('Bull Board behind the dashboard login', () => {
  let redis: RedisServer;
  let connection: Redis;
  let producer: Producer;
  let h: Harness;
  let viewer: Login;
  let approver: Login;
  const redisDir = mkdtempSync(join(tmpdir(), 'vos-web-redis-'));

  beforeAll(async () => {
    const binary = findExecutable('redis-server', process.env.PATH);
    if (!binary) throw new Error('redis-server is not installed; this suite needs it');
    redis = await spawnRedisServer({ binary, dir: redisDir, port: await closedPort() });
    connection = createRedis(redis.url);
    producer = new Producer(connection, `web-test-${Date.now()}`);
    h = await harness({}, { queues: Object.values(producer.queues) });
    await producer.enqueue({ id: 'R-5', kind: 'remediate' });
    viewer = await login(h.app, 'nadia', PASSWORDS.nadia);
    approver = await login(h.app, 'rahim', PASSWORDS.rahim);
  });

  afterAll(async () => {
    await h?.close();
    await producer?.close();
    connection?.disconnect();
    await redis?.stop();
    rmSync(redisDir, { recursive: true, force: true });
  });

  const get = (url: string, who: Login | null) => h.app.inject({ url, headers: who ? { cookie: who.cookie } : {} });

  it('sends each engineer to their board: read-only for viewers, full for approvers', async () => {
    expect((await get('/queues', viewer)).headers.location).toBe('/queues/view/');
    expect((await get('/queues', approver)).headers.location).toBe('/queues/manage/');
    const board = await get('/queues/view/', viewer);
    expect(board.statusCode).toBe(200);
    expect(board.body).toContain('<base href="/queues/view/"');
    const queues = (await get('/queues/view/api/queues', viewer)).json();
    const remediate = queues.queues.find((q: { name: string }) => q.name === 'vos-remediate');
    expect(remediate).toMatchObject({ readOnlyMode: true });
    expect(remediate.counts.waiting).toBe(1);
    const full = (await get('/queues/manage/api/queues', approver)).json();
    expect(full.queues.find((q: { name: string }) => q.name === 'vos-remediate')).toMatchObject({ readOnlyMode: false });
  });

  it('keeps viewers out of the full board and anonymous users out of both', async () => {
    expect((await get('/queues/manage/', viewer)).statusCode).toBe(403);
    expect((await get('/queues/manage/api/queues', viewer)).statusCode).toBe(403);
    expect((await get('/queues/view/api/queues', null)).statusCode).toBe(401);
    expect((await get('/queues/view/', null)).statusCode).toBe(303);
  });

  it('refuses actions on the read-only board, and actions not sent from this site', async () => {
    const put = (url: string, who: Login, headers: Record<string, string>) => h.app.inject({ method: 'PUT', url, headers: { cookie: who.cookie, ...headers } });
    const sameSite = { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' };
    expect((await put('/queues/view/api/queues/vos-remediate/pause', viewer, sameSite)).statusCode).toBe(405);
    expect((await put('/queues/manage/api/queues/vos-remediate/pause', approver, {})).statusCode).toBe(403);
    expect((await put('/queues/manage/api/queues/vos-remediate/pause', approver, { 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
    expect(await producer.queues.remediate.isPaused()).toBe(false);
  });

  it('gives the board a CSP that still forbids inline scripts', async () => {
    const csp = String((await get('/queues/view/', viewer)).headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(String((await get('/pending', viewer)).headers['content-security-policy'])).not.toContain('unsafe-inline');
  });

  it('renders in Chromium for a viewer, read-only, without CSP errors', async () => {
    await h.app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(h.app.server.address() as AddressInfo).port}`;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      const csp: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text()) && !/fonts\.googleapis/.test(m.text())) csp.push(m.text());
      });
      await page.goto(`${base}/login?next=%2Fqueues`);
      await page.fill('input[name=username]', 'nadia');
      await page.fill('input[name=password]', PASSWORDS.nadia);
      await Promise.all([page.waitForURL(`${base}/queues/view/`), page.click('button[type=submit]')]);
      await page.getByText('vos-remediate').first().waitFor({ timeout: 15_000 });
      mkdirSync('test-output/screenshots', { recursive: true });
      await page.screenshot({ path: 'test-output/screenshots/queues.png', fullPage: true });
      expect(csp).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('reports queue depth in /metrics and Redis in /readyz', async () => {
    const text = (await h.app.inject({ url: '/metrics' })).body;
    expect(text).toMatch(/vos_assist_queue_jobs\{queue="vos-remediate",state="waiting"\} 1/);
    expect(text).toMatch(/vos_assist_queue_up\{queue="vos-diagnose"\} 1/);
    const ready = await h.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ store: 'ok', 'queue vos-diagnose': 'ok', 'queue vos-remediate': 'ok' });
  });
});
