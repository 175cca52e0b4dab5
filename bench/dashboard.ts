// Benchmark of the engineers' dashboard (web/): with 100,000 runs and 1,000,000 transcript
// messages in a SQLite store, how fast do the runs list (first page, a filtered page, a search),
// a run detail, the conversations list and a conversation answer?
//
//   npm run build && node dist/bench/dashboard.js [--runs 100000] [--messages 1000000] [--chats 4000] [--requests 200] [--data DIR] [--json]
//
// The runs are the product's own: first the whole product is recorded against a two-host lab
// (testkit/recording.ts: every playbook, applied, pending, rejected, expired, failed, rolled
// back; a few seconds, as root, with a private redis-server), then each of the 100,000 runs is
// a copy of a recorded one, on one of 200 servers, with its own symptom text, TIME_WAIT figures
// and dates (the store's own clock spreads createdAt over 180 days; every recorded timestamp
// moves with it). ~2 % of the runs keep their recorded journal. Writes go through the RunStore
// seam (createRun + updateRun).
//
// The transcripts are the product's too: a customer's conversation recorded against a one-host
// lab (testkit/transcripts.ts: a hand-off, a report and its proposal, a picture), copied into
// 4,000 customer chats (100 per customer) as sessions spread over the same 180 days, the report
// in each with its own symptom text, until 1,000,000 messages are stored; the runs above were
// asked for by the same chats. 2 % of the chats wait for a person, 1 % are taken. Writes go
// through the ConversationStore seam (appendMessages, createHandoff, take).
//
// The real server then listens on 127.0.0.1 and is measured over real HTTP (keep-alive fetch,
// one request at a time, 20 warm-up requests per scenario). `--data DIR` keeps the seeded store
// for the next run. Targets (the issues): p95 < 100 ms for the runs list and the run detail,
// < 50 ms for the conversations pages. Exits 1 when missed.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { RunLifecycle } from '../runs/lifecycle.js';
import { configSchema } from '../config/schema.js';
import { findExecutable, spawnRedisServer } from '../queue/embedded-redis.js';
import type { Facts } from '../runs/model.js';
import { typedRun } from '../runs/records.js';
import { openRunStore } from '../store/open.js';
import type { NewRun, Run, RunPatch, RunStatus, RunStore } from '../store/types.js';
import { recordRuns, type Recording } from '../testkit/recording.js';
import { recordTranscript, type TranscriptRecording } from '../testkit/transcripts.js';
import type { NewTranscriptMessage } from '../store/conversation-types.js';
import { setEngineerPassword } from '../web/credentials.js';
import { createWebServer } from '../web/server.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const RUNS = Number(arg('runs', '100000'));
const MESSAGES = Number(arg('messages', '1000000'));
const CHATS = Number(arg('chats', '4000'));
const REQUESTS = Number(arg('requests', '200'));
const json = process.argv.includes('--json');
const keep = process.argv.includes('--data');
const dataDir = keep ? arg('data', '') : mkdtempSync(join(tmpdir(), 'vos-bench-dashboard-'));
const log = (s: string) => process.stderr.write(`${s}\n`);

// ── a fleet: 40 customers, 200 servers ───────────────────────────────────────────────
const KEY = `SHA256:${'A'.repeat(43)}`;
// Each customer has its share of the chats: +8801500000000, +8801500000001, …
const chatOf = (i: number) => `+88015${String(i).padStart(8, '0')}`;
const customers = Array.from({ length: 40 }, (_, i) => ({
  id: `c${String(i).padStart(2, '0')}`,
  name: `Customer ${i}`,
  chats: Array.from({ length: Math.ceil(CHATS / 40) }, (_, j) => j * 40 + i)
    .filter((n) => n < CHATS)
    .map(chatOf),
}));
const servers = Array.from({ length: 200 }, (_, i) => ({
  id: `vos${i}`,
  customer: customers[i % customers.length]!.id,
  host: `198.51.100.${i % 250}`,
  username: 'root',
  privateKeyPath: `./keys/vos${i}`,
  hostKeySha256: KEY,
  ...(i % 7 === 0 ? { tags: ['nat-phones'] } : {}),
}));
const config = configSchema.parse({ customers, servers, engineers: [{ id: 'bench', name: 'Bench', role: 'approver' }] });

// ── deterministic pseudo-random mix ──────────────────────────────────────────────────
let seed = 42;
const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly (readonly [T, number])[]): T => {
  let r = rand() * items.reduce((a, [, w]) => a + w, 0);
  for (const [v, w] of items) if ((r -= w) < 0) return v;
  return items[0]![0];
};
const STATUS: (readonly [RunStatus, number])[] = [
  ['succeeded', 45], ['diagnosed', 15], ['rejected', 8], ['expired', 7], ['failed', 5], ['rolled_back', 3], ['awaiting_approval', 0.05], ['queued', 0.02], ['running', 0.02],
];
const PLAYBOOK = [['port_exhaustion', 55], ['nat_unregistered', 25], ['firewall_rst', 20]] as const;
const SYMPTOMS = [
  'java.net.BindException: Address already in use on the VOS at peak, {n} calls failed',
  'cannot bind new TCP connections, ss shows {n} TIME_WAIT',
  'since we enabled RST our phones behind NAT show unregistered every {m} minutes',
  'extensions lose registration after the change yesterday, around {n} affected',
  'calls fail after RST mode was enabled, the firewall drops packets from {ip}',
  'EADDRINUSE in the softswitch log, ASR dropped to {m}%',
  'no new TCP connections possible during peak CPS ({m} cps)',
  'our SBC at {ip} cannot reach the softswitch over TCP since this morning',
  'registrations drop behind the office NAT, UDP works fine',
  'thousands of TIME_WAIT sockets and calls rejected with 503',
];
const symptom = () =>
  SYMPTOMS[Math.floor(rand() * SYMPTOMS.length)]!
    .replace('{n}', String(1000 + Math.floor(rand() * 40_000)))
    .replace('{m}', String(5 + Math.floor(rand() * 90)))
    .replace('{ip}', `203.0.113.${Math.floor(rand() * 250)}`);

/** Records the product once, against its own labs and a private redis-server: runs, and a conversation. */
async function record(): Promise<{ recording: Recording; transcript: TranscriptRecording }> {
  const t0 = performance.now();
  const binary = findExecutable('redis-server', process.env.PATH);
  if (!binary) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-redis-'));
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  const redis = await spawnRedisServer({ binary, dir, port });
  try {
    const recording = await recordRuns({ redisUrl: redis.url, outcomes: true });
    const transcript = await recordTranscript({ redisUrl: redis.url });
    log(`recorded ${recording.runs.length} runs and a conversation of ${transcript.messages.length} messages of the product against the lab (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return { recording, transcript };
  } finally {
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const typedRuns = new Map<Run, ReturnType<typeof typedRun>>();
/** A recorded run read through the run schemas, once per recorded run. */
const typedOnce = (run: Run) => typedRuns.get(run) ?? typedRuns.set(run, typedRun(run)).get(run)!;

/** A recorded run moved to another server and time, with its own message and TIME_WAIT figures. */
function copyOf(template: Run, at: Date, server: (typeof servers)[number], text: string, requestedBy: string, links: Map<string, string>): { run: NewRun; patch: RunPatch } {
  const offset = at.getTime() - Date.parse(template.createdAt);
  const shift = (iso: string | null) => (iso === null ? null : new Date(Date.parse(iso) + offset).toISOString());
  const before = 1000 + Math.floor(rand() * 40_000);
  const facts = (f: unknown, timeWait: number): Facts | null => (f === null ? null : { ...(f as Facts), serverId: server.id, collectedAt: shift((f as Facts).collectedAt)!, tags: server.tags ?? [], timeWaitCount: timeWait });
  const chat = requestedBy.startsWith('chat:+') ? requestedBy.slice(5) : template.chat;
  const typed = typedOnce(template);
  return {
    run: {
      kind: template.kind,
      playbook: template.playbook,
      serverId: server.id,
      customerId: server.customer,
      status: template.status,
      requestedBy,
      dryRun: template.dryRun,
      symptomText: template.symptomText === null ? null : text,
      matchEvidence: template.matchEvidence,
      factsBefore: facts(template.factsBefore, before),
      plan: typed.plan ? { ...typed.plan, readAt: shift(typed.plan.readAt)! } : null,
      rollbackOf: template.rollbackOf === null ? null : (links.get(template.rollbackOf) ?? null),
      chat,
      requests: typed.requests.length ? typed.requests.map((q, i) => ({ chat: chat ?? q.chat, text: i === 0 ? text : q.text, at: shift(q.at)! })) : null,
    },
    patch: {
      approvedBy: template.approvedBy,
      approvedAt: shift(template.approvedAt),
      decisionNote: template.decisionNote,
      factsAtApply: facts(template.factsAtApply, before + Math.floor(rand() * 500)),
      factsAfter: facts(template.factsAfter, Math.floor(rand() * 5_000)),
      verification: template.verification,
      outcome: template.outcome,
      error: template.error,
      startedAt: shift(template.startedAt),
      finishedAt: shift(template.finishedAt),
    },
  };
}

async function seed100k(store: RunStore, recording: Recording): Promise<void> {
  const t0 = performance.now();
  const { ids } = recording;
  const byId = (id: string | undefined) => recording.runs.find((r) => r.id === id)!;
  // The recorded runs each status is copied from, by playbook where the recording has one.
  const templates = new Map<string, Run[]>();
  for (const r of recording.runs) {
    if (r.kind === 'rollback') continue;
    for (const key of [`${r.status}:${r.playbook}`, r.status]) templates.set(key, [...(templates.get(key) ?? []), r]);
  }
  const applied = byId(ids.succeeded);
  // A queued or running run is a recorded applied one as it was before the worker finished it.
  const asOfQueued: Run = { ...applied, status: 'queued', startedAt: null, finishedAt: null, factsAtApply: null, factsAfter: null, verification: null, outcome: null };
  const asOfRunning: Run = { ...asOfQueued, status: 'running', startedAt: applied.startedAt };
  const templateFor = (status: RunStatus, playbook: string | null): Run => {
    if (status === 'queued') return asOfQueued;
    if (status === 'running') return asOfRunning;
    const list = templates.get(`${status}:${playbook}`) ?? templates.get(status)!;
    return list[Math.floor(rand() * list.length)]!;
  };
  let i = 0;
  while (i < RUNS) {
    const server = servers[Math.floor(rand() * servers.length)]!;
    const status = pick(STATUS);
    const playbook = status === 'diagnosed' && rand() < 0.5 ? null : pick(PLAYBOOK);
    // A rolled-back run comes with the rollback run that undid it.
    const chain = status === 'rolled_back' ? [byId(ids.rolledBack), byId(ids.rollback)] : [templateFor(status, playbook)];
    if (i + chain.length > RUNS) continue;
    const text = symptom();
    // Most runs were asked for in one of the server's customer's chats.
    const chats = customers.find((c) => c.id === server.customer)!.chats;
    const requestedBy = rand() < 0.8 && chats.length ? `chat:${chats[Math.floor(rand() * chats.length)]}` : 'cli:root';
    const links = new Map<string, string>();
    for (const template of chain) {
      const { run: input, patch } = copyOf(template, clock, server, text, template.kind === 'rollback' ? template.requestedBy : requestedBy, links);
      const run = await store.createRun(input);
      links.set(template.id, run.id);
      if (template.kind === 'rollback') await store.updateRun(links.get(template.rollbackOf!)!, { rolledBackBy: run.id });
      await store.updateRun(run.id, patch);
      const steps = recording.steps[template.id] ?? [];
      if (i % 50 === 0 && steps.length) {
        const offset = clock.getTime() - Date.parse(template.createdAt);
        await store.appendSteps(
          run.id,
          steps.map((s) => ({ phase: s.phase, name: s.name, changeId: s.changeId, command: s.command, data: s.data, status: s.status, exitCode: s.exitCode, output: s.output, finishedAt: s.finishedAt === null ? null : new Date(Date.parse(s.finishedAt) + offset).toISOString() })),
        );
        withSteps.push(run.id);
      }
      i++;
      clock = new Date(clock.getTime() + (180 * 86_400_000) / RUNS);
      if (i % 10_000 === 0) log(`  seeded ${i} runs (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
  }
  await store.putDoc('bench', 'withSteps', withSteps);
  seedSeconds = (performance.now() - t0) / 1000;
}

/**
 * Copies the recorded conversation into every chat, session after session spread over 180 days,
 * until MESSAGES are stored; then puts 2 % of the chats in "waiting for a person" (a hand-off) and
 * 1 % in "taken".
 */
async function seedMessages(store: RunStore, transcript: TranscriptRecording): Promise<void> {
  const t0 = performance.now();
  const recorded = transcript.messages;
  const start = Date.parse(recorded[0]!.at);
  const report = recorded.findIndex((m) => m.authorKind === 'customer' && m.text.includes('Address already in use'));
  const perChat = Math.floor(MESSAGES / CHATS);
  const sessions = Math.ceil(perChat / recorded.length);
  const span = 180 * 86_400_000;
  const from = Date.now() - span;
  let written = 0;
  let batch: NewTranscriptMessage[] = [];
  for (let c = 0; c < CHATS; c++) {
    const chat = chatOf(c);
    const customerId = customers[c % customers.length]!.id;
    // The last chat takes what the division left over.
    const count = c === CHATS - 1 ? MESSAGES - written : perChat;
    for (let k = 0, n = 0; n < count; k++) {
      const sessionAt = from + Math.floor(((k + rand() * 0.8) / sessions) * span);
      for (const [i, m] of recorded.entries()) {
        if (n >= count) break;
        const { id: _id, ...copy } = m;
        batch.push({ ...copy, chat, customerId: m.customerId === null ? null : customerId, author: m.authorKind === 'customer' ? customerId : m.author, text: i === report ? symptom() : m.text, at: new Date(sessionAt + Date.parse(m.at) - start).toISOString() });
        n++;
      }
    }
    written += count;
    if (batch.length >= 2000 || c === CHATS - 1) {
      await store.conversations.appendMessages(batch);
      batch = [];
    }
    if ((c + 1) % 400 === 0) log(`  seeded ${written.toLocaleString('en-US')} messages in ${c + 1} chats (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  const reason = transcript.handoffs[0]?.reason ?? 'one way audio on the KSA route';
  for (let c = 0; c < CHATS; c++) {
    const r = rand();
    if (r < 0.03) await store.conversations.createHandoff({ chat: chatOf(c), customerId: customers[c % customers.length]!.id, reason, lastMessages: transcript.handoffs[0]?.lastMessages ?? [] });
    if (r < 0.01) await store.conversations.take(chatOf(c), { by: 'bench', via: 'web' });
  }
  await store.putDoc('bench', 'messages', { messages: MESSAGES, chats: CHATS });
  messageSeconds = (performance.now() - t0) / 1000;
}

let clock = new Date(Date.now() - 180 * 86_400_000);
let seedSeconds = null as number | null;
let messageSeconds = null as number | null;
const withSteps: string[] = [];
const seeding = await openRunStore({ dataDir, now: () => clock });
const existing = await seeding.countRuns();
if (existing < RUNS) {
  if (existing > 0) throw new Error(`${dataDir} holds ${existing} runs, fewer than ${RUNS}; use an empty --data directory`);
  const { recording, transcript } = await record();
  log(`seeding ${RUNS} runs into ${dataDir} …`);
  await seed100k(seeding, recording);
  clock = new Date();
  log(`seeding ${MESSAGES.toLocaleString('en-US')} messages in ${CHATS} chats …`);
  await seedMessages(seeding, transcript);
} else {
  log(`reusing ${existing} runs in ${dataDir}`);
  withSteps.push(...((await seeding.getDoc<string[]>('bench', 'withSteps')) ?? []));
  const seeded = await seeding.getDoc<{ messages: number; chats: number }>('bench', 'messages');
  if (withSteps.length === 0 || seeded?.messages !== MESSAGES || seeded.chats !== CHATS) {
    throw new Error(`${dataDir} was seeded by an older version of this benchmark or with other --messages/--chats; use an empty --data directory`);
  }
}
// Measured on a fresh connection, as a dashboard process opening an existing store sees it.
// (The connection that created the file keeps planning with the statistics of the empty
// tables until it is reopened; see the report.)
await seeding.close();
clock = new Date();
const store = await openRunStore({ dataDir });
await setEngineerPassword(store, 'bench', 'bench-password-1');

const actions = new RunLifecycle({ store, config: () => config, queue: { enqueue: async () => undefined } });
const app = await createWebServer({ store, actions, config }, { login: { perIp: { max: 1000, timeWindowMs: 60_000 } } });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

// ── log in like a browser ────────────────────────────────────────────────────────────
const form = await fetch(`${base}/login`);
const loginCookie = (form.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
const res = await fetch(`${base}/login`, {
  method: 'POST',
  redirect: 'manual',
  headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ username: 'bench', password: 'bench-password-1', _csrf: csrf }).toString(),
});
const session = res.headers.getSetCookie().find((c) => c.startsWith('vos_session='))?.split(';')[0];
if (!session) throw new Error(`login failed: ${res.status}`);

// ── measure ──────────────────────────────────────────────────────────────────────────
// The second page of the conversations list starts after the first page's last chat.
const firstPage = await (await fetch(`${base}/conversations`, { headers: { cookie: session } })).text();
const secondPage = /<a href="([^"]+)" rel="next">older →<\/a>/.exec(firstPage)?.[1]?.replace(/&amp;/g, '&');
if (!secondPage) throw new Error('the conversations list has no second page');
const someChat = () => `/conversations/${encodeURIComponent(chatOf(Math.floor(rand() * CHATS)))}`;
const detailIds = () => (rand() < 0.5 ? withSteps[Math.floor(rand() * withSteps.length)]! : `R-${1 + Math.floor(rand() * RUNS)}`);
const scenarios: { name: string; url: () => string; target: boolean; targetMs?: number; few?: boolean }[] = [
  { name: 'conversations list', url: () => '/conversations', target: true, targetMs: 50 },
  { name: 'conversations list, waiting for a person', url: () => '/conversations?state=waiting', target: true, targetMs: 50 },
  { name: 'conversations list, page 2', url: () => secondPage, target: true, targetMs: 50 },
  { name: 'conversation (last 100 messages, runs inline)', url: someChat, target: true, targetMs: 50 },
  { name: 'conversation, earlier messages', url: () => `${someChat()}?before=${1 + Math.floor(rand() * MESSAGES)}`, target: true, targetMs: 50 },
  { name: 'runs list, first page', url: () => '/runs', target: true },
  { name: 'runs list, filtered (customer+status+playbook)', url: () => `/runs?customer=c${String(Math.floor(rand() * 40)).padStart(2, '0')}&status=succeeded&playbook=port_exhaustion`, target: true },
  { name: 'runs list, server + date range, page 2', url: () => `/runs?server=vos${Math.floor(rand() * 200)}&from=${new Date(Date.now() - 120 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10)}&page=2`, target: true },
  { name: 'runs list, search in symptoms', url: () => `/runs?q=${encodeURIComponent(['address already', 'time_wait', 'nat', 'firewall drops'][Math.floor(rand() * 4)]!)}`, target: true },
  { name: 'runs list, search without a match (full scan)', url: () => `/runs?q=${encodeURIComponent(`no such words ${Math.floor(rand() * 1000)}`)}`, target: false, few: true },
  { name: 'runs list, deep page (offset 5,000)', url: () => '/runs?page=101', target: true },
  { name: 'run detail', url: () => `/runs/${detailIds()}`, target: true },
  { name: 'pending approvals', url: () => '/pending', target: false },
  { name: 'server history', url: () => `/servers/vos${Math.floor(rand() * 200)}`, target: false },
  { name: 'GET /api/runs (50)', url: () => '/api/runs', target: false },
  { name: 'GET /api/runs/:id', url: () => `/api/runs/${detailIds()}`, target: false },
  { name: 'GET /metrics', url: () => '/metrics', target: false },
];

const loadBefore = loadavg()[0] ?? 0;
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
const results: { name: string; p50: number; p95: number; max: number; bytes: number; target: number | null; ok: boolean }[] = [];
for (const s of scenarios) {
  const times: number[] = [];
  let bytes = 0;
  // The full-scan search is slow by construction; a quarter of the requests say enough.
  const n = s.few ? Math.max(20, Math.floor(REQUESTS / 4)) : REQUESTS;
  for (let i = 0; i < (s.few ? 3 : 20) + n; i++) {
    const t = performance.now();
    const r = await fetch(base + s.url(), { headers: { cookie: session } });
    const body = await r.text();
    const ms = performance.now() - t;
    if (r.status !== 200) throw new Error(`${s.name}: HTTP ${r.status}`);
    if (i >= (s.few ? 3 : 20)) {
      times.push(ms);
      bytes += body.length;
    }
  }
  times.sort((a, b) => a - b);
  const p95 = quantile(times, 0.95);
  const target = s.target ? (s.targetMs ?? 100) : null;
  results.push({ name: s.name, p50: quantile(times, 0.5), p95, max: times[times.length - 1]!, bytes: Math.round(bytes / times.length), target, ok: target === null || p95 < target });
}

await app.close();
await store.close();
if (!keep) rmSync(dataDir, { recursive: true, force: true });

const passed = results.every((r) => r.ok);
// Other work on the machine shows up in the tail latencies; say how busy it was.
const load = `load average ${loadBefore.toFixed(1)} → ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs`;
if (json) {
  process.stdout.write(`${JSON.stringify({ runs: RUNS, messages: MESSAGES, chats: CHATS, requests: REQUESTS, transport: 'http', seedSeconds, messageSeconds, load, results, passed })}\n`);
} else {
  const f = (n: number) => n.toFixed(1).padStart(7);
  const seeded = seedSeconds !== null ? `, seeded in ${seedSeconds.toFixed(1)} s (runs) and ${messageSeconds!.toFixed(1)} s (messages)` : '';
  process.stdout.write(`dashboard with ${RUNS.toLocaleString('en-US')} runs and ${MESSAGES.toLocaleString('en-US')} messages in ${CHATS.toLocaleString('en-US')} chats, ${REQUESTS} requests per scenario over HTTP on 127.0.0.1${seeded}; ${load}\n`);
  process.stdout.write(`${'scenario'.padEnd(48)}  p50 ms  p95 ms  max ms  KB/page  target p95\n`);
  for (const r of results) process.stdout.write(`${r.name.padEnd(48)}${f(r.p50)} ${f(r.p95)} ${f(r.max)} ${(r.bytes / 1024).toFixed(1).padStart(8)}  ${r.target === null ? '-' : `<${r.target} ${r.ok ? 'ok' : 'MISSED'}`}\n`);
}
process.exitCode = passed ? 0 : 1;
