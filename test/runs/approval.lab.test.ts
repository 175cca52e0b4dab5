// An approval is bound to the plan it saw. The whole product in one process against lab hosts:
// in-memory channel → assistant → BullMQ (Redis database 0, a key prefix of this file's own) →
// workers → real SSH. Needs root (the lab) and Redis.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { parseConfig, type Config } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { createRedis } from '../../queue/connection.js';
import { changesMade } from '../../runs/plan.js';
import { typedRun, type TypedRun } from '../../runs/records.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { testRedisUrl } from '../helpers/redis.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { deleteKeys } from '../queue/fixture.js';

const REDIS_URL = testRedisUrl(0);
const PREFIX = `approval-${randomUUID().slice(0, 8)}`;
const CUSTOMER = '+8801700000001';
const CUSTOMER_OFFICE = '+8801700000009'; // a second phone of the same customer
const RAHIM = '+8801900000002';
const SYMPTOM = 'switch rejecting calls, "bind failed: Address already in use" all over the log';
const LOGGED = '[sip] tcp connect to trunk failed: bind failed: Address already in use';

let lab: Lab;
let dataDir: string;
let config: Config;
let store: RunStore;
let channel: MemoryChannel;
let app: App;
let redis: Redis;

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const proposalIn = (text: string) => /Proposed fix \(run (R-\d+)\)/.exec(text)?.[1] ?? '';
const run = async (id: string): Promise<TypedRun> => typedRun((await store.getRun(id))!);

async function propose(chat = CUSTOMER, text = SYMPTOM): Promise<TypedRun> {
  // What the customer describes, in the softswitch log: a proposal needs evidence on the server.
  await lab.appendSoftswitchLog('lab1', [LOGGED]);
  const m = channel.mark();
  await channel.say(chat, text);
  return run(proposalIn(await channel.waitFor(chat, /Proposed fix \(run R-\d+\)/, 30_000, m)));
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 30_000): Promise<TypedRun> {
  const t0 = Date.now();
  for (;;) {
    const r = await run(id);
    if (statuses.includes(r.status)) return r;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${id} is ${r.status}, not ${statuses.join('/')}`);
    await new Promise((res) => setTimeout(res, 100));
  }
}

beforeAll(async () => {
  lab = await createLab({ hosts: 1, name: 'approval' });
  dataDir = mkdtempSync(join(tmpdir(), 'vos-approval-'));
  const parsed = parseConfig(lab.configYaml(), 'lab.yaml');
  // Each test starts by rejecting what the last one left pending; the customer memory must not
  // hold the next proposal back for that (test/bot/listen.lab.test.ts is about that).
  config = { ...parsed, customers: parsed.customers.map((c) => ({ ...c, chats: [...c.chats, CUSTOMER_OFFICE] })), settings: { ...parsed.settings, memoryHoldHours: 0 } };
  store = await openRunStore({ dataDir });
  redis = createRedis(REDIS_URL);
  channel = new MemoryChannel();
  app = await startApp(
    { config, store, redisUrl: REDIS_URL, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} },
    { web: null, expiryCheckMs: 3_600_000, prefix: PREFIX },
  );
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  if (redis) {
    await deleteKeys(redis, `${PREFIX}:*`);
    redis.disconnect();
  }
  await lab?.teardown();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  await lab.reset('lab1');
  // Each test starts without a proposal waiting: the previous test's would be joined.
  for (const r of await store.listRuns({ status: 'awaiting_approval' })) await app.actions.reject(r.id, { kind: 'cli', user: 'test' }, 'next test');
});

describe('an approval is bound to the plan it saw', () => {
  it('applies exactly the approved plan on a server that did not change, and keeps the read it was proposed from', async () => {
    await lab.makeTimeWait('lab1', 300);
    const proposal = await propose();
    const plan = proposal.plan!;
    expect(changesMade(plan).map((c) => `${c.key} ${c.from} → ${c.to}`)).toEqual([
      'SS_TCP_CLOSE_RESET Off → On',
      'net.ipv4.tcp_tw_reuse 0 → 1',
      'net.ipv4.ip_local_port_range 32768 60999 → 1024 65535',
    ]);
    const confBefore = await lab.readConf('lab1');
    const confPlan = plan.files.find((f) => f.path.endsWith('softswitch.conf'))!;
    expect(confPlan.beforeSha).toBe(sha(confBefore));

    const m = channel.mark();
    await channel.say(RAHIM, `approve ${proposal.id}`);
    await channel.waitFor(CUSTOMER, /^Done\./, 60_000, m);
    const done = await run(proposal.id);
    expect(done.status).toBe('succeeded');
    expect(done.plan?.binding).toBe(plan.binding);
    // What landed on the server is the planned content, byte for byte.
    expect(sha(await lab.readConf('lab1'))).toBe(confPlan.afterSha);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    // Three reads: when proposed (with the TIME_WAIT the customer complained about), right before, after.
    expect(done.factsBefore?.collectedAt).toBe(proposal.factsBefore?.collectedAt);
    expect(done.factsBefore?.timeWaitCount).toBeGreaterThanOrEqual(250);
    expect(done.factsAtApply).not.toBeNull();
    expect(Date.parse(done.factsAtApply!.collectedAt)).toBeGreaterThan(Date.parse(done.factsBefore!.collectedAt));
    expect(done.factsAfter?.tcpTwReuse).toBe(1);
    expect(done.approvedBy).toBe('chat:rahim');
  });

  it('applies nothing when softswitch.conf was edited by hand after the proposal, and sends a fresh proposal', async () => {
    const proposal = await propose();
    const edited = Buffer.concat([await lab.readConf('lab1'), Buffer.from('SS_MAX_CALLS="2000"\n')]);
    await lab.writeConf('lab1', edited);

    const m = channel.mark();
    await channel.say(RAHIM, `approve ${proposal.id}`);
    const told = await channel.waitFor(CUSTOMER, new RegExp(`${proposal.id} was not applied`), 30_000, m);
    expect(told).toMatch(/nothing was changed/i);
    const stale = await run(proposal.id);
    expect(stale.status).toBe('failed');
    expect(stale.error?.code).toBe('PLAN_CHANGED');
    expect(stale.outcome).toMatch(/softswitch\.conf was edited since the proposal/);
    // Nothing was applied under the old approval: the file is the operator's, the kernel untouched.
    expect((await lab.readConf('lab1')).equals(edited)).toBe(true);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
    expect((await store.listSteps(proposal.id)).some((s) => s.phase === 'apply' || s.phase === 'backup' || s.phase === 'reload')).toBe(false);

    const freshId = stale.error!.freshRunId!;
    const fresh = await run(freshId);
    expect(fresh.status).toBe('awaiting_approval');
    expect(fresh.plan?.revises).toBe(proposal.id);
    expect(fresh.plan?.binding).not.toBe(proposal.plan?.binding);
    expect(fresh.plan?.files.find((f) => f.path.endsWith('softswitch.conf'))?.beforeSha).toBe(sha(edited));
    expect(fresh.requests.map((r) => r.text)).toEqual(proposal.requests.map((r) => r.text));
    const toEngineers = await channel.waitFor(RAHIM, new RegExp(`\\[${freshId}\\]`), 5_000, m);
    expect(toEngineers).toMatch(new RegExp(`${proposal.id} was not applied`));
    expect(toEngineers).toMatch(new RegExp(`approve ${freshId}`));
    expect(toEngineers).toMatch(/\+SS_TCP_CLOSE_RESET="On"/);

    // The fresh proposal, approved, applies on top of the operator's edit.
    const m2 = channel.mark();
    await channel.say(RAHIM, `approve ${freshId}`);
    await channel.waitFor(CUSTOMER, /^Done\./, 60_000, m2);
    const conf = (await lab.readConf('lab1')).toString('latin1');
    expect(conf).toContain('SS_MAX_CALLS="2000"');
    expect(conf).toMatch(/^SS_TCP_CLOSE_RESET="On"/m);
  });

  it('applies nothing when a kernel value was changed by hand, and proposes what is left', async () => {
    const proposal = await propose();
    await lab.setSysctl('lab1', 'net.ipv4.tcp_tw_reuse', '1');
    const confBefore = await lab.readConf('lab1');
    const m = channel.mark();
    await channel.say(RAHIM, `approve ${proposal.id}`);
    await channel.waitFor(CUSTOMER, new RegExp(`${proposal.id} was not applied`), 30_000, m);
    const stale = await run(proposal.id);
    expect(stale.outcome).toMatch(/net\.ipv4\.tcp_tw_reuse is 1 now; it was 0 when proposed/);
    expect((await lab.readConf('lab1')).equals(confBefore)).toBe(true);
    expect(await lab.effective('lab1')).toBe('Off');
    expect(await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('32768 60999');
    const fresh = await run(stale.error!.freshRunId!);
    expect(fresh.plan?.changes.find((c) => c.key === 'net.ipv4.tcp_tw_reuse')).toMatchObject({ from: '1', to: '1' });
  });
});

describe('nothing to approve is never sent for approval', () => {
  it('tells the customer what was found and hands off, with no approve line, when the fix is in place and the ports still run out', async () => {
    // Apply the fix once, so everything it would change is already so; the bind failures stay in the log.
    const first = await propose();
    let m = channel.mark();
    await channel.say(RAHIM, `approve ${first.id}`);
    await channel.waitFor(CUSTOMER, /^Done\./, 60_000, m);
    const proposalsBefore = await store.countRuns({ kind: 'remediate' });

    m = channel.mark();
    await channel.say(CUSTOMER, 'still "Address already in use" sometimes');
    const answer = await channel.waitFor(CUSTOMER, /would not help here/, 30_000, m);
    // (What is "in place" depends on the history: proposals rejected by earlier tests leave RST close out.)
    expect(answer).toMatch(/already in place/);
    expect(answer).toMatch(/bind failures? in the softswitch log in the last hour/);
    expect(answer).toMatch(/passed it to the support team/);
    expect(answer).not.toMatch(/Proposed fix|approve/);
    expect(await store.countRuns({ kind: 'remediate' })).toBe(proposalsBefore);
    const handOff = await channel.waitFor(RAHIM, /needs a person/, 5_000, m);
    expect(handOff).toMatch(/decided: hand_off \(fix_in_place_still_exhausted\)/);
    expect(handOff).not.toMatch(/approve R-/);
    const diagnosis = (await store.listRuns({ kind: 'diagnose', limit: 1 }))[0]!;
    expect(typedRun(diagnosis).plan?.decision).toMatchObject({ outcome: 'hand_off', rule: 'fix_in_place_still_exhausted' });
  });

  it('says what was seen, and proposes nothing, when the server shows no exhaustion now', async () => {
    await lab.makeTimeWait('lab1', 200);
    const proposalsBefore = await store.countRuns({ kind: 'remediate' });
    const m = channel.mark();
    await channel.say(CUSTOMER, 'address already in use, netstat shows 41000 TIME_WAIT');
    const answer = await channel.waitFor(CUSTOMER, /does not show it/, 30_000, m);
    expect(answer).toMatch(/sockets in TIME_WAIT on the 28,232 local ports 32768–60999 \(\d%\)/);
    expect(answer).toMatch(/no bind errors in the softswitch log/);
    expect(answer).toMatch(/you mentioned 41,000 in TIME_WAIT/);
    expect(answer).not.toMatch(/Proposed fix|approve/);
    expect(await store.countRuns({ kind: 'remediate' })).toBe(proposalsBefore);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
  });
});

describe('one open proposal per server and change', () => {
  it('adds a second complaint about the same fix to the pending proposal, and tells every chat that asked when it is done', async () => {
    const proposal = await propose();
    const proposalsBefore = await store.countRuns({ kind: 'remediate' });
    const m = channel.mark();
    await channel.say(CUSTOMER_OFFICE, 'here too: "Address already in use" since 10 minutes');
    const joined = await channel.waitFor(CUSTOMER_OFFICE, new RegExp(`same fix as ${proposal.id}`), 30_000, m);
    expect(joined).toMatch(/added your message/);
    expect(await store.countRuns({ kind: 'remediate' })).toBe(proposalsBefore);
    const pending = await run(proposal.id);
    expect(pending.requests.map((r) => r.chat)).toEqual([CUSTOMER, CUSTOMER_OFFICE]);
    expect(pending.requests[1]?.text).toMatch(/here too/);
    await channel.waitFor(RAHIM, new RegExp(`\\[${proposal.id}\\] another message from ACME Telecom`), 5_000, m);

    await channel.say(RAHIM, `approve ${proposal.id}`);
    await waitForStatus(proposal.id, ['succeeded']);
    await channel.waitFor(CUSTOMER, /^Done\./, 30_000, m);
    await channel.waitFor(CUSTOMER_OFFICE, /^Done\./, 30_000, m);
  });
});
