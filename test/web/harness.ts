// A dashboard over a fresh SQLite store, a config with one approver and one viewer, and a
// queue that only records what it was asked to enqueue. `harness()` starts empty, on a config
// of its own; `recordedHarness()` starts with the runs of a recording (testkit/recording.ts),
// which the real product made against the lab, on the config they were made with.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { configSchema, type Config } from '../../config/schema.js';
import { openRunStore } from '../../store/open.js';
import type { Run, RunStore } from '../../store/types.js';
import { replayRecording, type Recording } from '../../testkit/recording.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { createMetrics, type Metrics } from '../../web/metrics.js';
import { createWebServer, type WebDeps, type WebServerOptions } from '../../web/server.js';

/** Passwords of the test engineers. */
export const PASSWORDS = { rahim: 'approver-password-1', nadia: 'viewer-password-1' } as const;

/** A cheap scrypt cost: tests log in many times. */
export const TEST_COST = { N: 1024, r: 8, p: 1 };

const KEY = `SHA256:${'A'.repeat(43)}`;

/** The test config: customer acme with servers vos1 and vos2; rahim approves, nadia views. */
export function testConfig(): Config {
  return configSchema.parse({
    customers: [{ id: 'acme', name: 'ACME Telecom', chats: ['+8801700000001'] }],
    servers: [
      { id: 'vos1', customer: 'acme', host: '203.0.113.10', username: 'root', privateKeyPath: './keys/vos1', hostKeySha256: KEY },
      { id: 'vos2', customer: 'acme', name: 'backup switch', host: '203.0.113.11', username: 'root', privateKeyPath: './keys/vos2', hostKeySha256: KEY, tags: ['nat-phones'] },
    ],
    engineers: [
      { id: 'rahim', name: 'Rahim', chats: ['+8801900000002'], role: 'approver' },
      { id: 'nadia', name: 'Nadia', chats: ['+8801900000003'], role: 'viewer' },
    ],
  });
}

/** Everything a dashboard test touches. */
export interface Harness {
  readonly app: FastifyInstance;
  readonly store: RunStore;
  readonly actions: RunLifecycle;
  readonly metrics: Metrics;
  /** The config the server reads on each request; tests may replace it. */
  config: Config;
  /** Runs handed to the (fake) queue. */
  readonly enqueued: Pick<Run, 'id' | 'kind'>[];
  readonly dataDir: string;
  close(): Promise<void>;
}

/** Builds a dashboard over a SQLite file in a temp dir, with passwords set for rahim and nadia. */
export async function harness(options: WebServerOptions = {}, deps: Partial<WebDeps> = {}): Promise<Harness> {
  return build(testConfig(), PASSWORDS, options, deps);
}

/** Passwords of the engineers of the lab config a recording is made with: rahim approves, vera views. */
export const LAB_PASSWORDS = { rahim: 'approver-password-1', vera: 'viewer-password-2' } as const;

/** A dashboard holding a recording's runs. */
export interface RecordedHarness extends Harness {
  readonly recording: Recording;
  /** Writes `times` more copies of a recorded run (with its journal) into the store; returns their ids, oldest first. */
  copy(recordedId: string, times?: number): Promise<string[]>;
}

/**
 * A dashboard over a fresh store holding a recording's runs under the ids they were recorded
 * with, on the recording's config, with passwords set for rahim and vera.
 */
export async function recordedHarness(recording: Recording, options: WebServerOptions = {}, deps: Partial<WebDeps> = {}): Promise<RecordedHarness> {
  const h = await build(recording.config, LAB_PASSWORDS, options, deps);
  const ids = await replayRecording(h.store, recording);
  for (const [from, to] of ids) if (from !== to) throw new Error(`replayed ${from} as ${to}: the store was not empty`);
  return Object.assign(h, {
    recording,
    async copy(recordedId: string, times = 1) {
      const run = recording.runs.find((r) => r.id === recordedId);
      if (!run) throw new Error(`no run ${recordedId} in the recording`);
      const out: string[] = [];
      for (let i = 0; i < times; i++) out.push(...(await replayRecording(h.store, { runs: [run], steps: recording.steps })).values());
      return out;
    },
  });
}

async function build(config: Config, passwords: Readonly<Record<string, string>>, options: WebServerOptions, deps: Partial<WebDeps>): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vos-web-'));
  const store = await openRunStore({ dataDir });
  const enqueued: Pick<Run, 'id' | 'kind'>[] = [];
  const metrics = createMetrics();
  const h = { config } as { config: Config };
  const actions = new RunLifecycle({
    store,
    config: () => h.config,
    queue: { enqueue: async (run) => enqueued.push({ id: run.id, kind: run.kind }) },
    onDecision: (e) => metrics.observeDecision(e),
  });
  for (const [id, password] of Object.entries(passwords)) await setEngineerPassword(store, id, password, new Date(), TEST_COST);
  const app = await createWebServer({ store, actions, config: () => h.config, metrics, ...deps }, options);
  return Object.assign(h, {
    app,
    store,
    actions,
    metrics,
    enqueued,
    dataDir,
    async close() {
      await app.close();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** A logged-in browser, as far as inject is concerned: its cookie header and CSRF token. */
export interface Login {
  readonly cookie: string;
  readonly csrf: string;
}

const cookiePair = (setCookie: string | string[] | undefined, name: string): string | null => {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const hit = list.find((c) => c.startsWith(`${name}=`));
  return hit ? (hit.split(';')[0] ?? null) : null;
};

/** The hidden `_csrf` value of the first form in a page. */
export const csrfOf = (body: string): string => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';

/** Logs in through the login form; throws when it does not work. */
export async function login(app: FastifyInstance, username: string, password: string): Promise<Login> {
  const form = await app.inject({ method: 'GET', url: '/login' });
  const loginCookie = cookiePair(form.headers['set-cookie'], 'vos_login');
  const res = await app.inject({
    method: 'POST',
    url: '/login',
    headers: { cookie: loginCookie ?? '', 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username, password, _csrf: csrfOf(form.body), next: '/pending' }).toString(),
  });
  const session = cookiePair(res.headers['set-cookie'], 'vos_session');
  if (res.statusCode !== 303 || !session) throw new Error(`login as ${username} failed: ${res.statusCode}`);
  const page = await app.inject({ method: 'GET', url: '/pending', headers: { cookie: session } });
  return { cookie: session, csrf: csrfOf(page.body) };
}

/** Posts a form as a logged-in engineer. */
export function postForm(app: FastifyInstance, who: Login | null, url: string, fields: Record<string, string>) {
  return app.inject({
    method: 'POST',
    url,
    headers: { ...(who ? { cookie: who.cookie } : {}), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams(fields).toString(),
  });
}
