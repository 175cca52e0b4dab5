// Outgoing webhooks on a real redis-server of this file's own, to a real HTTP receiver on
// 127.0.0.1 that checks the signature the way the README tells receivers to: retried with
// backoff through BullMQ, given up after the last attempt (then on the dashboard and in
// /metrics), and fired by the whole product for a run the real engine made against the lab.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { configSchema, parseConfig, type Config } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { createRedis } from '../../queue/connection.js';
import { handoffEvent, webhookEventSchema, type WebhookEvent } from '../../queue/webhook-events.js';
import { startWebhookWorker, WebhookProducer } from '../../queue/webhooks.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { startPrivateRedis, type PrivateRedis } from '../../testkit/private-redis.js';
import { until } from '../../testkit/wait.js';
import { createMetrics } from '../../web/metrics.js';
import { harness, login, PASSWORDS } from '../web/harness.js';

const SECRET = 'a-shared-secret-of-the-receiver-0123456789';
const CUSTOMER = '+8801700000001';
const RAHIM = '+8801900000002';

interface Received {
  readonly body: string;
  readonly headers: Record<string, string | string[] | undefined>;
  /** What the receiver's own check of the signature said. */
  readonly signed: boolean;
  readonly status: number;
}

/** A receiver that checks each POST as the README says, and fails the first `failFirst` posts of each event id. */
async function receiver(failFirst: (eventId: string, type: string) => number): Promise<{ server: Server; url: string; got: Received[] }> {
  const got: Received[] = [];
  const seen = new Map<string, number>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      const expected = Buffer.from(`sha256=${createHmac('sha256', SECRET).update(raw).digest('hex')}`);
      const given = Buffer.from(String(req.headers['x-vos-assist-signature'] ?? ''));
      const signed = given.length === expected.length && timingSafeEqual(given, expected);
      const id = String(req.headers['x-vos-assist-id']);
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      const status = !signed ? 401 : n <= failFirst(id, String(req.headers['x-vos-assist-event'])) ? 503 : 204;
      got.push({ body: raw.toString('utf8'), headers: req.headers, signed, status });
      res.writeHead(status).end(status === 503 ? 'busy, try later' : '');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got };
}

const closeServer = (s: Server | undefined) => new Promise<void>((r) => (s ? s.close(() => r()) : r()));

let dir: string;
let redis: PrivateRedis;
let connection: Redis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-webhooks-'));
  redis = await startPrivateRedis(dir);
  connection = createRedis(redis.server.url);
});
afterAll(async () => {
  connection?.disconnect();
  await redis?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A config with one webhook to `url`, its secret from $HOOK_SECRET. */
const withHook = (config: Config, url: string): Config => configSchema.parse({ ...config, webhooks: [{ url, secretEnv: 'HOOK_SECRET' }] });

describe('webhook deliveries through the queue', () => {
  it('signs the body, retries a receiver that fails with backoff, and sends the same event each time', async () => {
    const rx = await receiver(() => 2);
    const prefix = 'wh-retry';
    const config = withHook(configSchema.parse({}), rx.url);
    const results: string[] = [];
    const producer = new WebhookProducer(connection, () => config.webhooks, { prefix, attempts: 4, backoffMs: 100 });
    const worker = startWebhookWorker({ connection, webhooks: () => config.webhooks, env: { HOOK_SECRET: SECRET }, baseDir: dir, onResult: (r) => results.push(r) }, { prefix });
    try {
      const event = handoffEvent({ id: 'H-3', chat: '8801700000001@s.whatsapp.net', customerId: 'acme', runId: null, reason: 'asked for a person', createdAt: '2026-12-03T10:00:00.000Z' });
      expect(await producer.emit([event])).toHaveLength(1);
      // The same event again (an announcement told twice) is the same job: one delivery.
      await producer.emit([event]);
      await until(() => results.includes('delivered'), `a delivery; got ${JSON.stringify(rx.got.map((g) => g.status))}`, 20_000);

      expect(rx.got.map((g) => g.status)).toEqual([503, 503, 204]);
      expect(results).toEqual(['retrying', 'retrying', 'delivered']);
      for (const g of rx.got) {
        expect(g.signed).toBe(true);
        expect(g.body).toBe(rx.got[0]!.body);
        expect(g.headers['x-vos-assist-id']).toBe(event.id);
        expect(g.headers['x-vos-assist-event']).toBe('handoff');
        expect(g.headers['x-vos-assist-timestamp']).toBe(String(Date.parse('2026-12-03T10:00:00.000Z') / 1000));
        expect(g.headers['content-type']).toBe('application/json');
      }
      const body = webhookEventSchema.parse(JSON.parse(rx.got[0]!.body));
      expect(body).toEqual(event);
      // The receiver's check is a real one: another secret does not pass it.
      expect(createHmac('sha256', 'another secret').update(rx.got[0]!.body).digest('hex')).not.toBe(String(rx.got[0]!.headers['x-vos-assist-signature']).slice(7));
    } finally {
      await worker.close();
      await producer.close();
      await closeServer(rx.server);
    }
  });

  it('gives up after the last attempt: the failure is on the Webhooks page and in /metrics', async () => {
    const rx = await receiver(() => Infinity);
    const prefix = 'wh-fail';
    const config = withHook(configSchema.parse({}), rx.url);
    const metrics = createMetrics();
    const producer = new WebhookProducer(connection, () => config.webhooks, { prefix, attempts: 2, backoffMs: 50 });
    const worker = startWebhookWorker(
      { connection, webhooks: () => config.webhooks, env: { HOOK_SECRET: SECRET }, baseDir: dir, onResult: (r, job) => metrics.observeWebhook(r, job.type) },
      { prefix },
    );
    const h = await harness({}, { metrics, queues: [producer.queue], webhookFailures: (n) => producer.failed(n) });
    try {
      const event = handoffEvent({ id: 'H-9', chat: '8801700000001@s.whatsapp.net', customerId: 'acme', runId: null, reason: 'asked for a person', createdAt: '2026-12-03T11:00:00.000Z' });
      await producer.emit([event]);
      await until(async () => (await producer.failed()).length === 1, 'the delivery to give up', 20_000);
      expect(rx.got.map((g) => g.status)).toEqual([503, 503]);
      const [failed] = await producer.failed();
      expect(failed).toMatchObject({ url: rx.url, eventId: event.id, type: 'handoff', subject: 'H-9', attempts: 2 });
      expect(failed!.reason).toBe(`POST ${rx.url} answered 503: busy, try later`);

      const who = await login(h.app, 'rahim', PASSWORDS.rahim);
      const page = await h.app.inject({ method: 'GET', url: '/webhooks', headers: { cookie: who.cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`data-event-id="${event.id}"`);
      expect(page.body).toContain('answered 503: busy, try later');
      expect((await h.app.inject({ method: 'GET', url: '/webhooks' })).statusCode).toBe(303); // to the login

      const scrape = (await h.app.inject({ method: 'GET', url: '/metrics' })).body;
      expect(scrape).toContain('vos_assist_webhook_deliveries_total{event="handoff",result="failed"} 1');
      expect(scrape).toContain('vos_assist_webhook_deliveries_total{event="handoff",result="retrying"} 1');
      expect(scrape).toContain('vos_assist_queue_jobs{queue="vos-webhooks",state="failed"} 1');
      // The secret is never in what the queue keeps.
      expect(JSON.stringify(await producer.queue.getJobs(['failed']))).not.toContain(SECRET);
    } finally {
      await h.close();
      await worker.close();
      await producer.close();
      await closeServer(rx.server);
    }
  });
});

describe('the product fires webhooks for a run the real engine made against the lab', () => {
  let lab: Lab;
  let store: RunStore;
  let app: App | undefined;
  let rx: Awaited<ReturnType<typeof receiver>>;

  beforeAll(async () => {
    lab = await createLab({ hosts: 1, name: 'webhooks' });
    // The run's end fails once at the receiver: the product retries it.
    rx = await receiver((_id, type) => (type === 'run_end' ? 1 : 0));
    store = await openRunStore({ dataDir: join(dir, 'app-data') });
  });
  afterAll(async () => {
    await app?.stop();
    await store?.close();
    await closeServer(rx?.server);
    await lab?.teardown();
  });

  it('proposal, approval and run end reach the receiver, signed, each once', async () => {
    const config = withHook(parseConfig(lab.configYaml(), 'lab.yaml'), rx.url);
    const channel = new MemoryChannel();
    app = await startApp(
      { config, store, redisUrl: redis.server.url, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {}, env: { HOOK_SECRET: SECRET } },
      { web: null, prefix: 'wh-app', expiryCheckMs: 3_600_000, outboxCheckMs: 200, webhooks: { backoffMs: 100 } },
    );
    await lab.makeTimeWait('lab1', 200);
    await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    let m = channel.mark();
    await channel.say(CUSTOMER, 'calls fail every evening, "bind failed: Address already in use" all over the log');
    const runId = /Proposed fix \(run (R-\d+)\)/.exec(await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m))![1]!;

    m = channel.mark();
    await channel.say(RAHIM, `approve ${runId}`);
    await channel.waitFor(CUSTOMER, /^Done\. lab1 now: RST close On/, 60_000, m);

    const events = () => rx.got.filter((g) => g.status === 204).map((g) => JSON.parse(g.body) as WebhookEvent);
    await until(() => events().some((e) => e.type === 'run_end' && e.run.id === runId), `the run_end webhook; got ${rx.got.map((g) => `${g.status} ${g.headers['x-vos-assist-event']}`).join(', ')}`, 30_000);
    // The diagnosis that led to the proposal is a run of its own, and its end is announced too.
    expect(events().filter((e) => e.type === 'run_end' && e.run.kind === 'diagnose' && e.run.status === 'diagnosed')).toHaveLength(1);
    // Deliveries run side by side and a retried one comes late: `at` is what orders them.
    const mine = events()
      .filter((e) => e.type !== 'handoff' && e.run.id === runId)
      .sort((a, b) => a.at.localeCompare(b.at));
    expect(mine.map((e) => (e.type === 'decision' ? `decision ${e.decision}` : e.type))).toEqual(['proposal', 'decision approved', 'run_end']);
    const decision = mine[1]!;
    expect(decision.type === 'decision' && decision.by).toMatch(/rahim|8801900000002/);
    const end = mine.at(-1)!;
    expect(end.type === 'run_end' && end.run).toMatchObject({ id: runId, kind: 'remediate', status: 'succeeded', serverId: 'lab1', customerId: 'acme', playbook: 'port_exhaustion' });
    expect(rx.got.every((g) => g.signed)).toBe(true);
    // The end failed once at the receiver and came again: the same event, retried.
    const endOf = (id: string) => rx.got.filter((g) => g.headers['x-vos-assist-event'] === 'run_end' && (JSON.parse(g.body) as { run: { id: string } }).run.id === id);
    expect(endOf(runId).map((g) => g.status)).toEqual([503, 204]);
    // Later drains of the outbox send nothing again.
    await new Promise((r) => setTimeout(r, 600));
    expect(events().filter((e) => e.type !== 'handoff' && e.run.id === runId)).toHaveLength(3);
  }, 120_000);

  it('a hand-off opened through Conversations reaches the receiver once', async () => {
    const opened = await app!.conversations.handOff({ chat: CUSTOMER, reason: 'the customer asked for a person' });
    expect(opened.ok && opened.created).toBe(true);
    const id = opened.ok ? opened.handoff.id : '';
    const handoffs = () => rx.got.filter((g) => g.status === 204 && g.headers['x-vos-assist-event'] === 'handoff').map((g) => JSON.parse(g.body) as WebhookEvent);
    await until(() => handoffs().length > 0, 'the hand-off webhook', 20_000);
    expect(handoffs()).toEqual([expect.objectContaining({ type: 'handoff', handoff: expect.objectContaining({ id, customerId: 'acme', reason: 'the customer asked for a person' }) })]);
    // The customer writing again is not a new hand-off: nothing more is sent.
    const again = await app!.conversations.handOff({ chat: CUSTOMER, reason: 'wrote again' });
    expect(again.ok && again.created).toBe(false);
    await new Promise((r) => setTimeout(r, 500));
    expect(handoffs()).toHaveLength(1);
  });
});
