// A conversation that listens and remembers, replayed against lab hosts through the in-memory
// channel: every message heard while a proposal waits, the customer memory (rejections, reverts,
// what the customer told us), the NAT/TLS guard worded the same in the proposal, the `check`
// command and the dashboard, requests about runs, small talk, the server picker and the fixed
// messages in Bengali and Chinese. Message by message, what the customer and the engineers get.
// Each test has a store, queues and an app of its own (Redis database 0 under a key prefix of
// its own); the lab hosts are reset between tests. Needs root (the lab) and Redis.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { bn } from '../../bot/i18n/bn.js';
import { en } from '../../bot/i18n/en.js';
import { zh } from '../../bot/i18n/zh.js';
import { parseConfig, type Config } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { createRedis } from '../../queue/connection.js';
import { MEMORY_NAMESPACE, customerMemorySchema, type MemoryEntry } from '../../runs/memory.js';
import { typedRun, type TypedRun } from '../../runs/records.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { testRedisUrl } from '../helpers/redis.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { deleteKeys } from '../queue/fixture.js';
import { login, TEST_COST } from '../web/harness.js';

const REDIS_URL = testRedisUrl(0);
const ACME = '+8801700000001'; // lab1
const GLOBEX = '+8801700000002'; // lab2 "VOS Dhaka", lab3 "VOS Chittagong" (phones behind NAT)
const RAHIM = '+8801900000002'; // approver
const SYMPTOM = 'our switch stops taking new calls every evening, log full of "bind failed: Address already in use"';
const PASSWORD = 'approver-password-1';

let lab: Lab;
let config: Config;
let dataDir: string;
let store: RunStore;
let channel: MemoryChannel;
let app: App;
let redis: Redis;
let prefix: string;

/** What one message led to at once: what its writer and the engineers were sent while it was handled. */
async function turn(chat: string, text: string): Promise<{ reply: string[]; engineers: string[] }> {
  const m = channel.mark();
  await channel.say(chat, text);
  const sent = channel.sent.slice(m);
  return { reply: sent.filter((s) => s.chat === chat).map((s) => s.text), engineers: sent.filter((s) => s.chat === RAHIM).map((s) => s.text) };
}

/** The next message to `chat` matching `re` from mark `m` on. */
const next = (chat: string, re: RegExp, m: number, timeoutMs = 30_000) => channel.waitFor(chat, re, timeoutMs, m);
const runIdIn = (text: string, re = /\(run (R-\d+)\)/) => re.exec(text)?.[1] ?? '';
const run = async (id: string): Promise<TypedRun> => typedRun((await store.getRun(id))!);

/** The customer writes a symptom; resolves with the proposal they got and its run. */
async function propose(chat = ACME, text = SYMPTOM): Promise<{ text: string; run: TypedRun; engineers: string }> {
  const m = channel.mark();
  await channel.say(chat, text);
  const proposal = await next(chat, /Proposed fix \(run R-\d+\)/, m);
  const id = runIdIn(proposal);
  return { text: proposal, run: await run(id), engineers: await next(RAHIM, new RegExp(`^\\[${id}\\] `), m, 5_000) };
}

/**
 * The engineer approves; resolves with what the customer is told at the end, once the last
 * progress line and the engineers' summary are out too (they come by other ways).
 */
async function approve(id: string, chat = ACME): Promise<string> {
  const m = channel.mark();
  await channel.say(RAHIM, `approve ${id}`);
  const done = await next(chat, /^Done\.|^সম্পন্ন।|^已完成。/, m, 60_000);
  await next(chat, /^\d+\/\d+ verified$/, m, 10_000);
  await next(RAHIM, new RegExp(`^${id} lab1: succeeded`), m, 10_000);
  return done;
}

/** What the store remembers about a customer, read through its schema. */
async function memoryOf(customerId: string): Promise<MemoryEntry[]> {
  const doc = await store.getDoc(MEMORY_NAMESPACE, customerId);
  return doc ? customerMemorySchema.parse(doc).entries : [];
}

/** Waits until the memory holds an entry `pick` chooses (run changes reach it through the run outbox). */
async function remembered(customerId: string, pick: (e: MemoryEntry) => boolean): Promise<MemoryEntry> {
  const t0 = Date.now();
  for (;;) {
    const hit = (await memoryOf(customerId)).find(pick);
    if (hit) return hit;
    if (Date.now() - t0 > 10_000) throw new Error(`memory of ${customerId} has no such entry: ${JSON.stringify(await memoryOf(customerId))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const rstOnByHand = async (host: string) => lab.writeConf(host, (await lab.readConf(host)).toString('latin1').replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="On"'));
const rstOffByHand = async (host: string) => lab.writeConf(host, (await lab.readConf(host)).toString('latin1').replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="Off"'));
/** The proposal's bullets. */
const bullets = (proposal: string) => proposal.slice(proposal.search(/Proposed fix|প্রস্তাবিত সমাধান|建议的修复/)).split('\n').filter((l) => l.startsWith('• '));

async function boot(options: { web?: boolean; holdHours?: number } = {}): Promise<void> {
  const settings = { ...config.settings, ...(options.holdHours !== undefined ? { memoryHoldHours: options.holdHours } : {}) };
  dataDir = mkdtempSync(join(tmpdir(), 'vos-listen-'));
  store = await openRunStore({ dataDir });
  channel = new MemoryChannel();
  prefix = `listen-${randomUUID().slice(0, 8)}`;
  app = await startApp(
    { config: { ...config, settings }, store, redisUrl: REDIS_URL, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
    { web: options.web ? { host: '127.0.0.1', port: 0 } : null, expiryCheckMs: 3_600_000, outboxCheckMs: 200, prefix },
  );
}

beforeAll(async () => {
  lab = await createLab({ hosts: 3, name: 'listen' });
  config = parseConfig(
    lab.configYaml({ customers: { acme: ['lab1'], globex: ['lab2', 'lab3'] }, serverExtra: { lab2: { name: 'VOS Dhaka' }, lab3: { name: 'VOS Chittagong', tags: ['nat-phones'] } } }),
    'lab.yaml',
  );
  redis = createRedis(REDIS_URL);
});

afterAll(async () => {
  redis?.disconnect();
  await lab?.teardown();
});

beforeEach(async () => {
  for (const h of lab.hosts) await lab.reset(h.id);
  // The bind failures the customers report are in each server's log: a proposal needs evidence there.
  for (const h of lab.hosts) await lab.appendSoftswitchLog(h.id, ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
});

afterEach(async () => {
  await app?.stop();
  await store?.close();
  await deleteKeys(redis, `${prefix}:*`);
  rmSync(dataDir, { recursive: true, force: true });
});

describe('every message is heard, whatever is pending', () => {
  it('answers, hands over at once with what waits, gives the real status, and diagnoses a new problem next to the pending one', async () => {
    await boot();
    // RST On already (by hand): the fix for TIME_WAIT is the kernel tuning, and a NAT complaint has something to turn Off.
    await rstOnByHand('lab1');
    await lab.makeTimeWait('lab1', 200);
    const first = await propose();
    const pending = first.run.id;
    expect(first.run.status).toBe('awaiting_approval');
    const waits = `${pending} is still waiting for an engineer too.`;

    // The first opens a hand-off, with the customer's servers and the proposal that waits.
    let t = await turn(ACME, 'how do I add a new gateway?');
    expect(t.reply).toEqual([`${en.handOff} ${waits}`]);
    expect(t.engineers).toHaveLength(1);
    const announcement = t.engineers[0]!.split('\n');
    expect(announcement[0]).toBe(`← [H-1] ACME Telecom (${ACME}) needs a person: "how do I add a new gateway?"`);
    expect(announcement).toEqual(expect.arrayContaining(['servers: lab1', `run ${pending}`]));
    expect(announcement.at(-1)).toBe('take H-1');

    // While it waits, what the customer writes that needs a person joins it.
    t = await turn(ACME, 'fax not working');
    expect(t.reply).toEqual([`${en.handOff} ${waits}`]);
    expect(t.engineers).toEqual([`← [H-1] ACME Telecom (${ACME}) wrote again: "fax not working" · take H-1`]);

    t = await turn(ACME, 'can I talk to an engineer please');
    expect(t.reply).toEqual([`${en.personAsked} ${waits}`]);
    expect(t.engineers).toEqual([`← [H-1] ACME Telecom (${ACME}) wrote again: "can I talk to an engineer please" · take H-1`]);

    t = await turn(ACME, 'the trunk is still down, what else can we check?');
    expect(t.reply).toEqual([`${en.handOff} ${waits}`]);
    expect(t.engineers).toEqual([`← [H-1] ACME Telecom (${ACME}) wrote again: "the trunk is still down, what else can we check?" · take H-1`]);

    // A question is answered, and nobody else needs to hear of it.
    t = await turn(ACME, 'what does tcp_tw_reuse do?');
    expect(t.reply).toHaveLength(1);
    expect(t.reply[0]).toMatch(/tcp_tw_reuse/);
    expect(t.engineers).toEqual([]);

    for (const ask of ['is it done?', 'any update?']) {
      t = await turn(ACME, ask);
      expect(t.reply, ask).toEqual([`${pending} is waiting for an engineer's approval (proposed 1 min ago). I'll tell you when it starts.`]);
      expect(t.engineers, ask).toEqual([]);
    }

    // A different problem on the same server: diagnosed and proposed; the engineers see it next to the pending one.
    const m = channel.mark();
    t = await turn(ACME, 'since the rst change our phones behind the router show unregistered');
    expect(t.reply).toEqual([expect.stringMatching(/^Phones behind NAT losing registration\?[\s\S]*\nChecking lab1 \(read-only\)…$/)]);
    const second = await next(ACME, /Proposed fix \(run R-\d+\)/, m);
    const secondId = runIdIn(second);
    expect(bullets(second)).toEqual([expect.stringMatching(/^• SS_TCP_CLOSE_RESET On → Off/)]);
    const toEngineers = await next(RAHIM, new RegExp(`^\\[${secondId}\\] ACME Telecom · lab1 · nat_unregistered`), m, 5_000);
    expect(toEngineers).toContain(`also waiting on lab1: ${pending} (port_exhaustion: net.ipv4.tcp_tw_reuse 0 → 1, net.ipv4.ip_local_port_range 32768 60999 → 1024 65535)`);
    expect((await run(pending)).status).toBe('awaiting_approval');

    t = await turn(ACME, 'any update?');
    expect(t.reply).toEqual([
      [`${secondId} is waiting for an engineer's approval (proposed 1 min ago). I'll tell you when it starts.`, `${pending} is waiting for an engineer's approval (proposed 1 min ago). I'll tell you when it starts.`].join('\n'),
    ]);
    t = await turn(ACME, 'thanks');
    expect(t.reply).toEqual([`${en.welcome} I'll write when ${secondId} starts. I'll write when ${pending} starts.`]);
    expect(t.engineers).toEqual([]);
  });

  it('hands over at once when nothing is pending too, without a pending note', async () => {
    await boot();
    const t = await turn(ACME, 'can I talk to an engineer please');
    expect(t.reply).toEqual([en.personAsked]);
    expect(t.engineers).toEqual([[`← [H-1] ACME Telecom (${ACME}) needs a person: "can I talk to an engineer please"`, 'servers: lab1', 'take H-1'].join('\n')]);
  });
});

describe('customer memory', () => {
  it('quotes a rejection when the same problem comes back, and proposes only what the rejection left (the issue: "RST caused NAT trouble")', async () => {
    await boot();
    await lab.makeTimeWait('lab1', 200);
    const first = await propose();
    expect(bullets(first.text)).toHaveLength(3);
    const reason = 'RST caused NAT trouble an hour ago; send us the exact error log';
    let m = channel.mark();
    await channel.say(RAHIM, `reject ${first.run.id} ${reason}`);
    expect(await next(ACME, /decided not to apply/, m, 5_000)).toBe(`An engineer decided not to apply ${first.run.id}: ${reason}. Nothing was changed; support will follow up here.`);
    await remembered('acme', (e) => e.kind === 'rejected' && e.runId === first.run.id);

    // The customer sends the log: the RST part is not proposed again; the reason is quoted.
    const again = await propose(ACME, 'here is the log: bind failed: Address already in use (x200 since 21:00)');
    expect(bullets(again.text)).toEqual([
      expect.stringMatching(/^• net\.ipv4\.tcp_tw_reuse 0 → 1/),
      expect.stringMatching(/^• net\.ipv4\.ip_local_port_range 32768 60999 → 1024 65535/),
      expect.stringMatching(new RegExp(`^• SS_TCP_CLOSE_RESET stays as it is: Rahim rejected SS_TCP_CLOSE_RESET → On (just now|\\d+ min ago) \\(${first.run.id}\\): "RST caused NAT trouble an hour ago; send us the exact error log"$`)),
    ]);
    expect(again.engineers).toMatch(new RegExp(`skipped: SS_TCP_CLOSE_RESET \\(Rahim rejected SS_TCP_CLOSE_RESET → On .*\\(${first.run.id}\\): "RST caused NAT trouble`));
    expect(again.engineers).not.toMatch(/SS_TCP_CLOSE_RESET Off → On/);
    expect(again.run.plan!.changes.filter((c) => c.changed).map((c) => c.key)).toEqual(['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range']);

    // What is proposed is what runs: the narrowed plan applies under its own binding.
    expect(await approve(again.run.id)).toMatch(/^Done\. lab1 now: RST close Off, tcp_tw_reuse 1, ports 1024–65535/);
    expect(await lab.effective('lab1')).toBe('Off');
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    expect((await run(again.run.id)).status).toBe('succeeded');
  });

  it('holds the whole fix back after a rejection that names nothing in particular, until an engineer asks for it', async () => {
    await boot();
    await lab.makeTimeWait('lab1', 200);
    const first = await propose();
    let m = channel.mark();
    await channel.say(RAHIM, `reject ${first.run.id} not during the peak season`);
    await next(ACME, /decided not to apply/, m, 5_000);
    await remembered('acme', (e) => e.kind === 'rejected');

    m = channel.mark();
    await channel.say(ACME, SYMPTOM);
    const held = await next(ACME, /won't propose that again/, m);
    expect(held).toMatch(/^lab1 right now:\n/);
    expect(held.slice(held.indexOf('The fix on lab1'))).toMatch(
      new RegExp(
        `^${[
          "The fix on lab1 would be SS_TCP_CLOSE_RESET Off → On, net\\.ipv4\\.tcp_tw_reuse 0 → 1, net\\.ipv4\\.ip_local_port_range 32768 60999 → 1024 65535, but I won't propose that again now:",
          `• Rahim rejected SS_TCP_CLOSE_RESET → On, net\\.ipv4\\.tcp_tw_reuse → 1, net\\.ipv4\\.ip_local_port_range → 1024 65535 (just now|1 min ago) \\(${first.run.id}\\): "not during the peak season"`,
          en.handedOff.replace(/\./g, '\\.'),
        ].join('\n')}$`,
      ),
    );
    const handOff = await next(RAHIM, /needs a person/, m, 5_000);
    const diagnosis = runIdIn(handOff, /^\[(R-\d+)\]/);
    expect(handOff).toMatch(/TCP ports exhausted by TIME_WAIT: SS_TCP_CLOSE_RESET Off → On, .* — held back, not proposed:/);
    expect(handOff).toContain(`propose ${diagnosis} — propose it all the same · memory acme`);
    expect(await store.countRuns({ kind: 'remediate', status: 'awaiting_approval' })).toBe(0);

    // The engineer asks: the whole fix is proposed, to the customer and the engineers.
    m = channel.mark();
    await channel.say(RAHIM, `propose ${diagnosis}`);
    const proposal = await next(ACME, /Proposed fix \(run R-\d+\)/, m, 5_000);
    expect(bullets(proposal)).toHaveLength(3);
    expect(await next(RAHIM, new RegExp(`^\\[${runIdIn(proposal)}\\] `), m, 5_000)).toMatch(/proposed at Rahim's request/);
  });

  it('proposes a held change again once the hold time is over, and when an engineer forgets the rejection', async () => {
    // settings.memoryHoldHours is 24 by default; 15 seconds here.
    const holdMs = 15_000;
    await boot({ holdHours: holdMs / 3600_000 });
    await lab.makeTimeWait('lab1', 200);
    const first = await propose();
    let m = channel.mark();
    await channel.say(RAHIM, `reject ${first.run.id} not now`);
    await next(ACME, /decided not to apply/, m, 5_000);
    const entry = await remembered('acme', (e) => e.kind === 'rejected');

    // The engineers see it, with what it holds back, and can correct it.
    let t = await turn(RAHIM, 'memory acme');
    expect(t.reply[0]).toMatch(new RegExp(`^What we remember about ACME Telecom \\(acme\\):\\n#${entry.id} lab1 · Rahim rejected ${first.run.id} \\(SS_TCP_CLOSE_RESET Off → On, net\\.ipv4\\.tcp_tw_reuse 0 → 1, net\\.ipv4\\.ip_local_port_range 32768 60999 → 1024 65535\\): "not now"`));
    expect(t.reply[0]).toMatch(/Held back now:\n• lab1: SS_TCP_CLOSE_RESET → On until \d\d:\d\d UTC/);

    m = channel.mark();
    await channel.say(ACME, SYMPTOM);
    await next(ACME, /won't propose that again/, m);

    // Once the hold time is over: proposed again, in full.
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(entry.at) + holdMs - Date.now() + 100)));
    const later = await propose();
    expect(bullets(later.text)).toHaveLength(3);
    m = channel.mark();
    await channel.say(RAHIM, `reject ${later.run.id} still not now`);
    await next(ACME, /decided not to apply/, m, 5_000);
    await remembered('acme', (e) => e.kind === 'rejected' && e.runId === later.run.id);

    // Forgotten by an engineer: proposed again at once.
    t = await turn(RAHIM, `forget acme ${later.run.id}`);
    expect(t.reply[0]).toMatch(new RegExp(`^Forgotten for acme:\\n#\\d+ lab1 · Rahim rejected ${later.run.id} `));
    expect((await memoryOf('acme')).some((e) => e.kind === 'rejected' && e.runId === later.run.id)).toBe(false);
    const afterForget = await propose();
    expect(bullets(afterForget.text)).toHaveLength(3);
  }, 90_000);

  it('does not turn RST On again after it was turned Off because phones behind NAT lost registration (the issue: RST Off for NAT, then "address already in use")', async () => {
    await boot();
    await lab.makeTimeWait('lab1', 200);
    const fix = await propose();
    await approve(fix.run.id);
    expect(await lab.effective('lab1')).toBe('On');

    const nat = await propose(ACME, 'since the rst change our phones behind the router show unregistered');
    expect(nat.text).toMatch(new RegExp(`run ${fix.run.id} turned SS_TCP_CLOSE_RESET On today at`));
    await approve(nat.run.id);
    expect(await lab.effective('lab1')).toBe('Off');
    await remembered('acme', (e) => e.kind === 'applied' && e.runId === nat.run.id);

    const m = channel.mark();
    await channel.say(ACME, 'address already in use again!!');
    const held = await next(ACME, /won't propose that again/, m);
    expect(held.slice(held.indexOf('The fix on lab1'))).toMatch(
      new RegExp(`^The fix on lab1 would be SS_TCP_CLOSE_RESET Off → On, but I won't propose that again now:\\n• ${nat.run.id} turned SS_TCP_CLOSE_RESET On → Off (just now|\\d+ min ago) because phones behind NAT lost their registration\\n${en.handedOff}$`),
    );
    const handOff = await next(RAHIM, /needs a person/, m, 5_000);
    expect(handOff).toMatch(/"address already in use again!!"/);
    expect(handOff).toMatch(/held until \d\d:\d\d UTC/);
    expect(await store.countRuns({ kind: 'remediate', status: 'awaiting_approval' })).toBe(0);
    expect(await lab.effective('lab1')).toBe('Off');
  });

  it('remembers "we use TLS", checks the server against it, offers the change, and never proposes RST On against it', async () => {
    await boot({ web: true });
    await rstOnByHand('lab1');
    let m = channel.mark();
    const t = await turn(ACME, 'we use TLS');
    expect(t.reply).toEqual(['Noted: SIP over TLS in use on lab1. Let me compare that with what lab1 has now.', 'Checking lab1 (read-only)…']);
    expect(t.engineers).toEqual([]);
    const said = await remembered('acme', (e) => e.kind === 'said');
    expect(said).toMatchObject({ kind: 'said', topic: 'tls', value: true, serverId: 'lab1', text: 'we use TLS', chat: ACME });

    // The check: RST On against the customer's word, said as the server read it, and the offer (not "nothing needs changing").
    const report = await next(ACME, /^lab1 right now \(read-only check/, m);
    const guardOn = /RST close is On, but this server uses SIP over TLS \(as the customer told us (just now|\d+ min ago); no TLS connection was open when the server was read\), and RST skips the TLS close_notify: it should be Off\./;
    expect(report).toMatch(new RegExp(`• SS_TCP_CLOSE_RESET = On \\(RST close, no TIME_WAIT\\)\\. ${guardOn.source}`));
    expect(report).not.toMatch(/nothing needs changing/);
    expect(report.split('\n').slice(-2)).toEqual(['Watch out: TLS peers may log truncated sessions; SS_TCP_CLOSE_RESET should be Off here.', 'Want me to ask an engineer to turn SS_TCP_CLOSE_RESET Off on lab1?']);

    m = channel.mark();
    const yes = await turn(ACME, 'yes');
    expect(yes.reply).toEqual(["I've asked the engineers to turn SS_TCP_CLOSE_RESET Off on lab1; nothing changes until one of them does it."]);
    expect(yes.engineers).toEqual([expect.stringMatching(new RegExp(`^← ACME Telecom \\(\\${ACME}\\) asks for SS_TCP_CLOSE_RESET Off on lab1: ${guardOn.source}`))]);

    // The engineers' check reads it the same way.
    m = channel.mark();
    await channel.say(RAHIM, 'check lab1');
    const check = await next(RAHIM, /^lab1 right now \(read-only check/, m);
    expect(check).toMatch(new RegExp(`• SS_TCP_CLOSE_RESET = On \\(RST close, no TIME_WAIT\\)\\. ${guardOn.source}`));
    expect(check).not.toMatch(/Want me to/);

    // RST Off again (an engineer did it by hand); a TIME_WAIT complaint gets the kernel tuning without RST, and says why.
    await rstOffByHand('lab1');
    await lab.makeTimeWait('lab1', 200);
    const proposal = await propose();
    const guardOff = /RST close stays Off: this server uses SIP over TLS \(as the customer told us (just now|\d+ min ago); no TLS connection was open when the server was read\), and RST skips the TLS close_notify\./;
    expect(bullets(proposal.text)).toEqual([
      expect.stringMatching(/^• net\.ipv4\.tcp_tw_reuse 0 → 1/),
      expect.stringMatching(/^• net\.ipv4\.ip_local_port_range/),
      expect.stringMatching(new RegExp(`^• SS_TCP_CLOSE_RESET stays as it is: ${guardOff.source}$`)),
    ]);
    expect(proposal.engineers).toMatch(new RegExp(`skipped: SS_TCP_CLOSE_RESET \\(${guardOff.source}\\)`));

    // The dashboard: the same sentence on the pending proposal, and the statement on the server's page.
    await setEngineerPassword(store, 'rahim', PASSWORD, new Date(), TEST_COST);
    const rahim = await login(app.web!, 'rahim', PASSWORD);
    const page = (url: string) => app.web!.inject({ url, headers: { cookie: rahim.cookie } }).then((r) => r.body);
    expect(await page('/pending')).toMatch(new RegExp(`<li><code>SS_TCP_CLOSE_RESET</code>: ${guardOff.source}</li>`));
    const server = await page('/servers/lab1');
    expect(server).toMatch(new RegExp(`<li data-entry="${said.id}" data-kind="said">#${said.id} customer said: SIP over TLS in use \\(&quot;we use TLS&quot;\\)`));
  });
});

describe('a memory document in another shape', () => {
  it('stops no proposal, and the engineers are told what is wrong with it in the chat and on the dashboard', async () => {
    await boot({ web: true });
    await store.putDoc(MEMORY_NAMESPACE, 'acme', { customerId: 'acme', nextId: 2, entries: [{ id: 1, kind: 'vetoed' }] });
    await lab.makeTimeWait('lab1', 200);
    expect(bullets((await propose()).text)).toHaveLength(3);
    const t = await turn(RAHIM, 'memory acme');
    expect(t.reply).toEqual([expect.stringMatching(/^That did not go through: the memory of customer acme does not have the expected shape \(.*\); .*fix or delete the document customer-memory\/acme/)]);
    await setEngineerPassword(store, 'rahim', PASSWORD, new Date(), TEST_COST);
    const rahim = await login(app.web!, 'rahim', PASSWORD);
    const page = await app.web!.inject({ url: '/servers/lab1', headers: { cookie: rahim.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<section class="card" data-memory><h2>What we remember<\/h2><p class="notice warn">the memory of customer acme does not have the expected shape/);
  });
});

describe('a statement while a proposal waits', () => {
  it('remembers it, and tells the engineers at once when the waiting proposal turns RST On against it', async () => {
    await boot();
    await lab.makeTimeWait('lab1', 200);
    const pending = await propose();
    expect(pending.run.plan!.changes.find((c) => c.key === 'SS_TCP_CLOSE_RESET')).toMatchObject({ from: 'Off', to: 'On', changed: true });
    const t = await turn(ACME, 'all our phones are behind nat routers');
    expect(t.reply).toEqual(['Noted: phones behind NAT on lab1.']);
    expect(t.engineers).toEqual([
      `[${pending.run.id}] ACME Telecom (${ACME}) wrote while ${pending.run.id} waits: "all our phones are behind nat routers". ${pending.run.id} turns SS_TCP_CLOSE_RESET On: check it against that before approving.`,
    ]);
    expect(await remembered('acme', (e) => e.kind === 'said')).toMatchObject({ topic: 'nat', value: true, serverId: 'lab1' });
    expect((await run(pending.run.id)).status).toBe('awaiting_approval');
  });
});

describe('the same decision everywhere', () => {
  it('on a server tagged nat-phones with RST On, the proposal, the check and the dashboard all say RST is On and should be Off, never "stays Off"', async () => {
    await boot({ web: true });
    await rstOnByHand('lab3');
    await lab.makeTimeWait('lab3', 200);
    const m = channel.mark();
    let t = await turn(GLOBEX, SYMPTOM);
    expect(t.reply).toEqual([expect.stringMatching(new RegExp(`Which server\\? 1\\) VOS Dhaka \\(${lab.host('lab2').ip.replace(/\./g, '\\.')}\\)  2\\) VOS Chittagong \\(`))]);
    // The server picker takes a word of the name.
    t = await turn(GLOBEX, 'the chittagong one');
    expect(t.reply).toEqual(['Checking VOS Chittagong (read-only)…']);
    const proposal = await next(GLOBEX, /Proposed fix \(run R-\d+\)/, m);
    const id = runIdIn(proposal);
    const sentence = 'RST close is On, but this server has phones behind NAT (tag nat-phones), and RST costs them their registration: it should be Off.';
    expect(bullets(proposal)).toEqual([expect.stringMatching(/^• net\.ipv4\.tcp_tw_reuse 0 → 1/), expect.stringMatching(/^• net\.ipv4\.ip_local_port_range/), `• SS_TCP_CLOSE_RESET stays as it is: ${sentence}`]);
    expect(proposal).not.toMatch(/stays Off/);
    expect(await next(RAHIM, new RegExp(`^\\[${id}\\] Globex · lab3`), m, 5_000)).toContain(`skipped: SS_TCP_CLOSE_RESET (${sentence})`);

    const m2 = channel.mark();
    await channel.say(RAHIM, 'check lab3');
    expect(await next(RAHIM, /^VOS Chittagong right now \(read-only check/, m2)).toContain(`• SS_TCP_CLOSE_RESET = On (RST close, no TIME_WAIT). ${sentence}`);

    await setEngineerPassword(store, 'rahim', PASSWORD, new Date(), TEST_COST);
    const rahim = await login(app.web!, 'rahim', PASSWORD);
    const pending = (await app.web!.inject({ url: '/pending', headers: { cookie: rahim.cookie } })).body;
    expect(pending).toContain(`<li><code>SS_TCP_CLOSE_RESET</code>: ${sentence}</li>`);
    expect(pending).not.toMatch(/stays Off/);
  });
});

describe('requests about runs', () => {
  it('turns "roll back", "rollback R-n" and "undo" into a request for an engineer, lists what changed, and remembers the rollback', async () => {
    await boot();
    await lab.makeTimeWait('lab1', 200);
    const fix = await propose();
    await approve(fix.run.id);
    const id = fix.run.id;
    const what = /SS_TCP_CLOSE_RESET Off → On, net\.ipv4\.tcp_tw_reuse 0 → 1, net\.ipv4\.ip_local_port_range 32768 60999 → 1024 65535, applied today at \d\d:\d\d UTC/;

    let t = await turn(ACME, 'please roll back the change you made today');
    expect(t.reply).toEqual([expect.stringMatching(new RegExp(`^I've asked an engineer to undo ${id} on lab1 \\(${what.source}\\)\\. Only an engineer can approve that; I'll tell you when it is done\\.$`))]);
    expect(t.engineers).toEqual([expect.stringMatching(new RegExp(`^← ACME Telecom \\(\\${ACME}\\) asks to roll back ${id} on lab1 \\(${what.source}\\): "please roll back the change you made today"\\nrollback ${id} · run ${id}$`))]);
    for (const text of [`rollback ${id}`, `undo ${id}`, 'put it back as it was']) {
      t = await turn(ACME, text);
      expect(t.reply, text).toEqual([expect.stringMatching(new RegExp(`^I've asked an engineer to undo ${id} on lab1`))]);
      expect(t.engineers, text).toEqual([expect.stringMatching(new RegExp(`asks to roll back ${id} on lab1 [\\s\\S]*\\nrollback ${id} · run ${id}$`))]);
    }
    // The customer cannot roll back by themselves: nothing was undone.
    expect(await store.countRuns({ kind: 'rollback' })).toBe(0);
    expect(await lab.effective('lab1')).toBe('On');

    t = await turn(ACME, 'undo R-999');
    expect(t.reply).toEqual([`I can't find R-999 among the changes we made on your servers. ${en.handedOff}`]);
    expect(t.engineers).toEqual([`← ACME Telecom (${ACME}) asks to roll back: "undo R-999". I can't find R-999 among the changes we made on your servers.`]);

    t = await turn(ACME, 'what did you change?');
    expect(t.reply).toEqual([
      expect.stringMatching(new RegExp(`^Recent changes on your servers:\\n• ${id} lab1 today at \\d\\d:\\d\\d UTC: SS_TCP_CLOSE_RESET Off → On, net\\.ipv4\\.tcp_tw_reuse 0 → 1, net\\.ipv4\\.ip_local_port_range 32768 60999 → 1024 65535 — succeeded\\nTo undo one, say "undo R-<n>"; an engineer approves it\\.$`)),
    ]);

    // The engineer acts on the request; the customer hears it start and end.
    const m = channel.mark();
    await channel.say(RAHIM, `rollback ${id}`);
    expect(await next(ACME, /is undoing/, m, 10_000)).toBe(`An engineer (Rahim) is undoing ${id} on lab1…`);
    expect(await next(ACME, new RegExp(`^${id} was undone on lab1`), m, 60_000)).toBeTruthy();
    expect(await lab.effective('lab1')).toBe('Off');
    const rolledBack = await remembered('acme', (e) => e.kind === 'rolled_back' && e.runId === id);

    t = await turn(ACME, 'put it back as it was');
    expect(t.reply).toEqual([`I can't find a change of ours on your servers in the last 14 days to undo. ${en.handedOff}`]);

    // What was rolled back is not proposed again within the hold time.
    const m3 = channel.mark();
    await channel.say(ACME, SYMPTOM);
    const held = await next(ACME, /won't propose that again/, m3);
    expect(held).toMatch(new RegExp(`• ${id} \\(SS_TCP_CLOSE_RESET → On, net\\.ipv4\\.tcp_tw_reuse → 1, net\\.ipv4\\.ip_local_port_range → 1024 65535\\) was rolled back (just now|\\d+ min ago) \\(R-\\d+, asked by Rahim\\)`));
    expect(rolledBack.kind).toBe('rolled_back');
  });
});

describe('small talk and follow-ups', () => {
  it('answers greetings, thanks, "ok", "is it fixed now?" and a fresh figure in place; the engineers hear nothing of it', async () => {
    await boot();
    let t = await turn(ACME, 'hi');
    expect(t).toEqual({ reply: [en.greeting], engineers: [] });
    t = await turn(ACME, 'ok');
    expect(t).toEqual({ reply: ['OK.'], engineers: [] });

    await lab.makeTimeWait('lab1', 200);
    const fix = await propose();
    await approve(fix.run.id);

    t = await turn(ACME, 'thank you, all good now');
    expect(t).toEqual({ reply: [`${en.welcome} Glad it works.`], engineers: [] });

    const m = channel.mark();
    t = await turn(ACME, 'thanks! is it fixed now? how many TIME_WAIT now?');
    expect(t.engineers).toEqual([]);
    expect(t.reply).toEqual([
      expect.stringMatching(new RegExp(`^You're welcome\\. ${fix.run.id} on lab1 was applied today at \\d\\d:\\d\\d UTC and verified: SS_TCP_CLOSE_RESET Off → On, net\\.ipv4\\.tcp_tw_reuse 0 → 1, net\\.ipv4\\.ip_local_port_range 32768 60999 → 1024 65535\\.$`)),
      'Checking lab1 (read-only)…',
    ]);
    const figures = await next(ACME, /^lab1 right now \(read-only check/, m);
    expect(figures).toMatch(/• TIME_WAIT \d[\d,]* of 64,512 local ports/);
    expect(channel.sent.slice(m).filter((s) => s.chat === RAHIM)).toEqual([]);

    // "Is it fixed now?" alone: the outcome, and fresh figures when the customer says yes.
    t = await turn(ACME, 'is it fixed now?');
    expect(t.reply).toEqual([expect.stringMatching(new RegExp(`^${fix.run.id} on lab1 was applied today .* Want fresh figures\\? Say "check" and I will read the server \\(read-only\\)\\.$`))]);
    const m2 = channel.mark();
    t = await turn(ACME, 'yes');
    expect(t.reply).toEqual(['Checking lab1 (read-only)…']);
    await next(ACME, /^lab1 right now \(read-only check/, m2);
    expect(channel.sent.slice(m2).filter((s) => s.chat === RAHIM)).toEqual([]);
  });
});

describe('the fixed messages in the customer\'s language', () => {
  it('greets, checks, proposes, reports done and hands off in Bengali or Chinese when the customer writes so', async () => {
    await boot();
    let t = await turn(ACME, 'নমস্কার');
    expect(t.reply).toEqual([bn.greeting]);

    await lab.makeTimeWait('lab1', 200);
    const m = channel.mark();
    t = await turn(ACME, 'সার্ভারে bind failed: Address already in use আসছে');
    expect(t.reply).toHaveLength(1);
    expect(t.reply[0]!.endsWith(`\n${bn.checking('lab1')}`)).toBe(true);
    const proposal = await next(ACME, /প্রস্তাবিত সমাধান/, m);
    const id = /রান (R-\d+)/.exec(proposal)?.[1] ?? '';
    expect(proposal).toContain(bn.proposedFix(id));
    expect(proposal.split('\n').at(-1)).toBe(bn.review);
    expect(bullets(proposal)).toHaveLength(3);
    // The engineers read English.
    expect(await next(RAHIM, new RegExp(`^\\[${id}\\] ACME Telecom · lab1 · port_exhaustion`), m, 5_000)).toMatch(new RegExp(`approve ${id}`));
    expect(await approve(id)).toBe(bn.done('lab1', 'RST close On, tcp_tw_reuse 1, ports 1024–65535') + '\nTIME_WAIT will drain within a minute; new connections no longer pile up.\nStill worth doing by hand: Watch `ss -s` (TIME_WAIT count) at the next peak: it should stay well below the port range.\nIf phones behind NAT start dropping registration, tell me: it can be undone.');

    t = await turn(ACME, '传真不工作了');
    expect(t.reply).toEqual([zh.handOff]);
    expect(t.engineers).toHaveLength(1);
    expect(t.engineers[0]!.split('\n')[0]).toBe(`← [H-1] ACME Telecom (${ACME}) needs a person: "传真不工作了"`);
    t = await turn(ACME, '谢谢');
    expect(t.reply).toEqual([zh.welcome]);
    t = await turn(ACME, 'fax not working');
    expect(t.reply).toEqual([en.handOff]);
  });
});
