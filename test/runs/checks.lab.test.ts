// Follow-ups and watches end to end: customers write through the in-memory channel, the whole
// product (assistant, BullMQ on Redis under a key prefix of this file's own, workers, real SSH)
// runs against lab hosts in real fault states. Checks are delayed jobs; instead of waiting out
// their delay, a test promotes the job (BullMQ's "run it now"), so nothing here depends on time.
// Needs root (the lab) and Redis.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../app/start.js';
import { connectSsh } from '../../executors/ssh.js';
import { followUpJobId, jobIdFor, watchJobId } from '../../queue/jobs.js';
import { typedRun, type TypedRun } from '../../runs/records.js';
import type { Watch } from '../../runs/watch.js';
import { APPROVER, startDecisionHarness, type DecisionHarness } from '../../testkit/decisions.js';
import { applyScenario } from '../../testkit/lab/index.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { createWebServer } from '../../web/server.js';
import { launchChromium, loggedInPage } from '../web/browser.js';
import { TEST_COST } from '../web/harness.js';
import { testRedisUrl } from '../helpers/redis.js';

const PREFIX = `checks-${randomUUID().slice(0, 8)}`;
const REDIS = testRedisUrl(0);
const ZONE = 'Asia/Dhaka';
let h: DecisionHarness;
let dashboard: { base: string; browser: Browser; close(): Promise<void> } | null = null;

/** The dashboard over the product's store, in Chromium, logged in as the approver. */
async function openDashboard(path: string) {
  if (!dashboard) {
    await setEngineerPassword(h.store, 'rahim', 'approver-password-1', new Date(), TEST_COST);
    const web = await createWebServer({ store: h.store, actions: h.app.actions, config: () => h.config }, {});
    await web.listen({ host: '127.0.0.1', port: 0 });
    const browser = await launchChromium();
    dashboard = { base: `http://127.0.0.1:${(web.server.address() as AddressInfo).port}`, browser, close: async () => void (await Promise.all([browser.close(), web.close()])) };
  }
  const csp: string[] = [];
  const { page, context } = await loggedInPage(dashboard.browser, dashboard.base, 'rahim', 'approver-password-1', path, csp);
  return { page, csp, close: () => context.close() };
}

beforeAll(async () => {
  // Long delays: every check runs when a test promotes its job, never by the clock.
  h = await startDecisionHarness({ redisUrl: REDIS, prefix: PREFIX, hosts: [{}, {}], name: 'checks', settings: { checks: { followUpMinutes: 60, watchEveryMinutes: 60, watchHours: 3 }, timezone: ZONE } });
}, 60_000);
afterAll(async () => {
  await dashboard?.close();
  await h?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

const run = async (id: string): Promise<TypedRun> => typedRun((await h.store.getRun(id))!);
/** Runs a delayed check now, through the queue, as its time coming would. */
async function promote(jobId: string): Promise<void> {
  const job = await until(`job ${jobId}`, () => h.app.producer.checks.getJob(jobId));
  expect(await job.getState()).toBe('delayed');
  await job.promote();
}
const watchOf = async (serverId: string): Promise<Watch | null> => h.app.watches.get(serverId);

/** What a check must never touch: softswitch.conf and the kernel values the fixes set. */
async function serverState(host: string): Promise<string[]> {
  const keys = ['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range', 'net.ipv4.ip_local_reserved_ports'];
  return [(await h.lab.readConf(host)).toString('latin1'), ...(await Promise.all(keys.map((k) => h.lab.sysctl(host, k))))];
}

describe('follow-up after a fix', () => {
  let fixed: TypedRun;
  let persisting: TypedRun;

  it('records before, right after and the follow-up, tells the customer in one message, and changes nothing', async () => {
    await h.put('lab1', 'exhausted');
    const a = await h.ask('lab1', 'switch rejecting calls, "bind failed: Address already in use" all over the log');
    expect(a.decision?.outcome).toBe('propose');
    const done = await h.approve(a.proposal!.id);
    expect(done.status).toBe('succeeded');
    const scheduled = await until('the follow-up to be scheduled', async () => (await run(done.id)).followUp);
    expect(scheduled).toMatchObject({ status: 'scheduled', signals: ['time_wait_share', 'bind_failures'], followUp: null, persists: null });
    expect(Date.parse(scheduled.dueAt) - Date.parse(done.finishedAt!)).toBeGreaterThan(59 * 60_000);
    expect(scheduled.before?.timeWait?.share).toBeGreaterThanOrEqual(0.5);
    expect(scheduled.before?.bindFailuresLastHour).toBe(3);
    expect(scheduled.after?.timeWait?.rangeSize).toBe(64_512);

    const untouched = await serverState('lab1');
    const m = h.channel.mark();
    await promote(followUpJobId(done.id));
    const told = await h.channel.waitFor(a.chat, /^Follow-up on lab1:/, 60_000, m);
    fixed = await run(done.id);
    const f = fixed.followUp!;
    expect(f.status).toBe('done');
    expect(f.persists).toBe(false);
    expect(f.followUp?.timeWait?.share).toBeLessThan(0.5);
    expect(f.followUp?.bindFailuresSinceFix).toBe(0);
    expect(f.findings).toEqual([expect.stringMatching(/^\d[\d,]* sockets in TIME_WAIT \(\d+% of the ports\)$/), 'no new bind failures since the fix']);
    expect(told).toMatch(/^Follow-up on lab1: TIME_WAIT [\d,]+ \(\d+%\) before the fix → [\d,]+ \(\d+%\) right after → [\d,]+ \(\d+%\) now; bind failures in the last hour 3 before the fix, 0 new since\. The fix holds\.$/);
    expect(h.channel.to(a.chat).slice(-1)).toEqual([told]);
    // Nothing went to the engineers about a fix that holds.
    await h.app.assistant.idle();
    expect(h.channel.sent.slice(m).filter((s) => s.chat === APPROVER).map((s) => s.text)).toEqual([]);
    // Read-only: the server is as the fix left it.
    expect(await serverState('lab1')).toEqual(untouched);
  });

  it('a follow-up that finds the symptom still there tells the engineers, and the run shows it', async () => {
    await h.put('lab2', 'exhausted');
    const a = await h.ask('lab2', 'calls failing, "Cannot assign requested address" in the softswitch log');
    const done = await h.approve(a.proposal!.id);
    await until('the follow-up to be scheduled', async () => (await run(done.id)).followUp);
    // The connections keep failing after the fix: the softswitch logs new bind failures.
    await sleep(1_100); // a log line's time has whole seconds: the new line must be later than the old ones
    await h.lab.appendSoftswitchLog('lab2', ['[sip] tcp connect to trunk 1 failed: connect EADDRNOTAVAIL: Cannot assign requested address']);
    const m = h.channel.mark();
    await promote(followUpJobId(done.id));
    const toEngineers = await h.channel.waitFor(APPROVER, new RegExp(`^\\[${done.id}\\] .*the fix on lab2 did not hold`), 60_000, m);
    expect(toEngineers).toMatch(/1 new bind failure in the log since the fix/);
    expect(toEngineers).toMatch(new RegExp(`rollback ${done.id} undoes it`));
    const told = await h.channel.waitFor(a.chat, /^Follow-up on lab2:/, 60_000, m);
    expect(told).toMatch(/1 new since\. It is still there; an engineer is looking at it/);
    persisting = await run(done.id);
    const f = persisting.followUp!;
    expect([f.status, f.persists, f.followUp?.bindFailuresSinceFix]).toEqual(['done', true, 1]);
  });

  it('a firewall fix is judged on the RST drop counter; a NAT fix, which the server cannot measure, gets no follow-up', async () => {
    await h.put('lab1', 'rst-on-firewall');
    const fw = await h.ask('lab1', 'calls fail after RST mode was enabled, the firewall drops the RST packets');
    const done = await h.approve(fw.proposal!.id);
    const scheduled = await until('the follow-up to be scheduled', async () => (await run(done.id)).followUp);
    expect(scheduled.signals).toEqual(['rst_drops']);
    expect(scheduled.before?.rstDropPackets).toBeGreaterThan(0);
    const m = h.channel.mark();
    await promote(followUpJobId(done.id));
    const told = await h.channel.waitFor(fw.chat, /^Follow-up on lab1:/, 60_000, m);
    const drops = scheduled.before!.rstDropPackets!.toLocaleString('en-US');
    expect(told).toBe(`Follow-up on lab1: RST packets dropped ${drops} before the fix → ${drops} right after → ${drops} now. The fix holds.`);

    await h.put('lab1', 'rst-on');
    const nat = await h.ask('lab1', 'our IP phones behind the router go unregistered every few minutes since yesterday');
    expect(nat.decision?.outcome).toBe('propose');
    const natDone = await h.approve(nat.proposal!.id);
    expect(natDone.status).toBe('succeeded');
    // The worker schedules a follow-up before its job completes: once it has, there would be one.
    const apply = (await h.app.producer.queues.remediate.getJob(jobIdFor(natDone.id, 'apply')))!;
    await until('the apply job to complete', async () => (await apply.getState()) === 'completed');
    expect((await run(natDone.id)).followUp).toBeNull();
    expect(await h.app.producer.checks.getJob(followUpJobId(natDone.id))).toBeUndefined();
  });

  it('the run page shows the three points in Chromium', async () => {
    const { page, csp, close } = await openDashboard(`/runs/${fixed.id}`);
    try {
      const section = page.locator('#follow-up');
      expect(await section.locator('[data-follow-up-status]').innerText()).toBe('fix holds');
      const f = fixed.followUp!;
      const row = section.locator('tr[data-signal="time_wait_share"]');
      const cells = await Promise.all(['before', 'after', 'follow-up'].map((p) => row.locator(`td[data-point="${p}"]`).innerText()));
      const shown = (x: NonNullable<typeof f.before>) => `${x.timeWait!.count.toLocaleString('en-US')} (${Math.round(x.timeWait!.share * 100)}% of ${x.timeWait!.rangeSize.toLocaleString('en-US')})`;
      expect(cells).toEqual([shown(f.before!), shown(f.after!), shown(f.followUp!)]);
      expect(await section.locator('tr[data-signal="bind_failures"] td[data-point="follow-up"]').innerText()).toMatch(/ · 0 new$/);
      // A fix that did not hold says so, with what still shows it.
      await page.goto(`${page.url().replace(/\/runs\/.*$/, '')}/runs/${persisting.id}`);
      expect(await page.locator('#follow-up [data-follow-up-status]').innerText()).toBe('symptom still there');
      expect(await page.locator('#follow-up li').allInnerTexts()).toContain('1 new bind failure in the log since the fix');
      expect(csp).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('watching a server', () => {
  it('offers to watch, watches read-only, and proposes with the figures once the problem shows up', async () => {
    await h.put('lab1', 'quiet');
    const a = await h.ask('lab1', 'address already in use again!!');
    expect(a.decision?.outcome).toBe('watch');
    expect(a.reply).toMatch(/Want me to watch it — a read-only check every 60 minutes for the next 3 hours — and propose the fix as soon as it shows up\?/);

    let m = h.channel.mark();
    await h.channel.say(a.chat, 'watch');
    const started = await h.channel.waitFor(a.chat, /^Watching lab1 /, 30_000, m);
    expect(started).toMatch(/^Watching lab1 \d\d:\d\d–\d\d:\d\d \(Asia\/Dhaka\), every 60 minutes \(read-only\)\. Say "stop watching" to stop\.$/);
    await h.channel.waitFor(APPROVER, /watching lab1 .* every 60 min, for TIME_WAIT above 50% of the local port range or a bind failure in the softswitch log \(decided by R-\d+\)/, 30_000, m);
    const w = (await watchOf('lab1'))!;
    expect([w.status, w.diagnosisId, w.checks]).toEqual(['active', a.diagnosis.id, 0]);

    // Engineers see it in the chat.
    m = h.channel.mark();
    await h.channel.say(APPROVER, 'watches');
    expect(await h.channel.waitFor(APPROVER, /^Watching 1 server:/, 30_000, m)).toMatch(/• lab1 \(.+\) .* 0 checks so far · unwatch lab1/);

    // First check: still quiet. Nothing is proposed, nothing on the server changes.
    const before = await serverState('lab1');
    await promote(watchJobId('lab1', w.startedAt, 1));
    const checked = await until('the first check', async () => ((await watchOf('lab1'))!.checks === 1 ? (await watchOf('lab1'))! : null));
    expect(checked.status).toBe('active');
    expect(checked.last?.seen[0]).toMatch(/sockets in TIME_WAIT on the 28,232 local ports/);
    expect(await serverState('lab1')).toEqual(before);
    expect(await h.store.countRuns({ serverId: 'lab1', kind: 'remediate', status: 'awaiting_approval' })).toBe(0);

    // The evening peak: the ports run out for real. The next check sees it and proposes.
    await h.put('lab1', 'exhausted');
    const faulted = await serverState('lab1');
    m = h.channel.mark();
    await promote(watchJobId('lab1', w.startedAt, 2));
    const proposal = await h.channel.waitFor(a.chat, /Proposed fix \(run R-\d+\)/, 60_000, m);
    expect(proposal).toMatch(/^The watch on lab1 saw it at \d\d:\d\d: \d[\d,]* sockets in TIME_WAIT on the 500 local ports 40000–40499 \(\d+%\); 3 bind failures in the softswitch log in the last hour/);
    const found = (await watchOf('lab1'))!;
    expect(found.status).toBe('found');
    const id = /Proposed fix \(run (R-\d+)\)/.exec(proposal)![1]!;
    const pending = await run(id);
    expect(pending.status).toBe('awaiting_approval');
    expect(pending.plan?.decision?.outcome).toBe('propose');
    expect(pending.plan?.decision?.reasons.map((r) => r.id)).toEqual(['time_wait_share_high', 'bind_failures_recent']);
    const toEngineers = await h.channel.waitFor(APPROVER, new RegExp(`^\\[${id}\\]`), 30_000, m);
    expect(toEngineers).toMatch(/— The watch on lab1 saw it at/);
    // The watch only read: the server is as the fault left it, until an engineer approves.
    expect(await serverState('lab1')).toEqual(faulted);
    await h.clear('lab1');
  });

  it('a time the customer names starts the watch then; "stop watching" ends it and its checks do nothing', async () => {
    await h.put('lab2', 'quiet');
    const a = await h.ask('lab2', 'address already in use again!!');
    expect(a.decision?.outcome).toBe('watch');
    let m = h.channel.mark();
    await h.channel.say(a.chat, 'check at 21:00');
    expect(await h.channel.waitFor(a.chat, /^Watching lab2 /, 30_000, m)).toMatch(/^Watching lab2 21:00–00:00 \(Asia\/Dhaka\), every 60 minutes/);
    const w = (await watchOf('lab2'))!;
    expect(new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(w.from))).toBe('21:00');
    expect(Date.parse(w.from)).toBeGreaterThan(Date.now());
    expect(Date.parse(w.from) - Date.now()).toBeLessThanOrEqual(24 * 3600_000);

    // The dashboard's landing page lists it.
    const { page, csp, close } = await openDashboard('/pending');
    try {
      const row = page.locator('#watches tr[data-watch="lab2"]');
      expect(await row.isVisible()).toBe(true);
      expect((await row.innerText()).replace(/\s+/g, ' ')).toMatch(new RegExp(`lab2 Customer-2 .* 60 min 0 — ${a.diagnosis.id}`));
      expect(csp).toEqual([]);
    } finally {
      await close();
    }

    m = h.channel.mark();
    await h.channel.say(a.chat, 'ok stop watching please');
    expect(await h.channel.waitFor(a.chat, /Stopped watching/, 30_000, m)).toBe('Stopped watching lab2. Nothing was changed.');
    expect((await watchOf('lab2'))!.status).toBe('stopped');
    const runs = await h.store.countRuns({ serverId: 'lab2' });
    await promote(watchJobId('lab2', w.startedAt, 1));
    const job = (await h.app.producer.checks.getJob(watchJobId('lab2', w.startedAt, 1)))!;
    await until('the check to finish', async () => (await job.getState()) === 'completed');
    expect((await h.app.producer.checks.getJob(job.id!))!.returnvalue).toBe('watch of lab2 check 1: skipped');
    expect((await watchOf('lab2'))!.checks).toBe(0);
    expect(await h.store.countRuns({ serverId: 'lab2' })).toBe(runs);
  });
});

describe('a watch that sees nothing', () => {
  it('ends when its time is up and tells the customer what the last check saw', async () => {
    await h.put('lab2', 'quiet');
    const a = await h.ask('lab2', 'address already in use again!!');
    let m = h.channel.mark();
    await h.channel.say(a.chat, 'yes please');
    await h.channel.waitFor(a.chat, /^Watching lab2 /, 30_000, m);
    const w = (await watchOf('lab2'))!;
    const before = await serverState('lab2');
    m = h.channel.mark();
    // Every 60 minutes for 3 hours: checks at +0, +1 h, +2 h and +3 h.
    for (const n of [1, 2, 3, 4]) await promote(watchJobId('lab2', w.startedAt, n));
    const told = await h.channel.waitFor(a.chat, /^I watched lab2 /, 60_000, m);
    expect(told).toMatch(/^I watched lab2 \d\d:\d\d–\d\d:\d\d \(Asia\/Dhaka\) \(4 read-only checks\); it did not show up\. The last check saw:\n• [\d,]+ sockets in TIME_WAIT on the 28,232 local ports/);
    expect(told).toMatch(/\nNothing was changed\. If it happens again, tell me right away and I will check while it is there\.$/);
    expect(told).toMatch(/\nNothing was changed\. If it happens again, tell me right away and I will check while it is there\.$/);
    await h.channel.waitFor(APPROVER, new RegExp(`the watch of lab2 \\(from ${a.diagnosis.id}\\) ended after 4 checks without seeing it`), 30_000, m);
    expect((await watchOf('lab2'))!).toMatchObject({ status: 'ended', checks: 4, endedBy: 'time' });
    expect(await h.app.producer.checks.getJob(watchJobId('lab2', w.startedAt, 5))).toBeUndefined();
    expect(await serverState('lab2')).toEqual(before);
    expect(await h.store.countRuns({ serverId: 'lab2', kind: 'remediate', status: 'awaiting_approval' })).toBe(0);
  });
});

describe('restarts', () => {
  it('a follow-up and a watch scheduled before a restart run in the new process, even when Redis lost the watch\'s job', async () => {
    await h.put('lab2', 'exhausted');
    const a = await h.ask('lab2', 'switch rejecting calls, "bind failed: Address already in use" all over the log');
    const done = await h.approve(a.proposal!.id);
    await until('the follow-up to be scheduled', async () => (await run(done.id)).followUp);
    await h.put('lab1', 'quiet');
    const q = await h.ask('lab1', 'address already in use again!!');
    const m = h.channel.mark();
    await h.channel.say(q.chat, 'watch');
    await h.channel.waitFor(q.chat, /^Watching lab1 /, 30_000, m);
    const w = (await watchOf('lab1'))!;
    // Redis forgets the watch's next check (a restart without persistence): the store still has the watch.
    await (await h.app.producer.checks.getJob(watchJobId('lab1', w.startedAt, 1)))!.remove();
    await h.app.stop();

    const channel = new MemoryChannel();
    const second = await startApp(
      { config: h.config, store: h.store, redisUrl: REDIS, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
      { web: null, expiryCheckMs: 3_600_000, prefix: PREFIX },
    );
    try {
      const job = (await second.producer.checks.getJob(followUpJobId(done.id)))!;
      expect(await job.getState()).toBe('delayed');
      await job.promote();
      const told = await channel.waitFor(a.chat, /^Follow-up on lab2:/, 60_000, 0);
      expect(told).toMatch(/The fix holds\.$/);
      expect((await run(done.id)).followUp?.status).toBe('done');
      // The watch's check is back in the queue, and the new process runs it.
      const check = (await second.producer.checks.getJob(watchJobId('lab1', w.startedAt, 1)))!;
      expect(await check.getState()).toBe('delayed');
      await check.promote();
      expect(await until('the watch\'s first check', async () => ((await second.watches.get('lab1'))?.checks === 1 ? true : null))).toBe(true);
      expect(await second.producer.checks.getJob(watchJobId('lab1', w.startedAt, 2))).toBeDefined();
    } finally {
      await second.stop();
    }
  });
});
