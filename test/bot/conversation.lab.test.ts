// End to end in one process: in-memory channel → assistant → BullMQ on the real Redis
// (database 3, this file only) → workers → real SSH to lab hosts → store → replies.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { parseConfig, type Config } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(3);
const CUSTOMER = '+8801700000001'; // acme: lab1 only
const MULTI = '+8801700000002'; // globex: lab2 and lab3
const RAHIM = '+8801900000002'; // approver
const VERA = '+8801900000003'; // viewer

let lab: Lab;
let dataDir: string;
let config: Config;
let store: RunStore;
let channel: MemoryChannel;
let app: App;
let clockOffset = 0;
const now = () => new Date(Date.now() + clockOffset);

async function boot() {
  channel = new MemoryChannel();
  app = await startApp(
    { config, store, redisUrl: REDIS_URL, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {}, now },
    { web: null, expiryCheckMs: 3_600_000 },
  );
}

beforeAll(async () => {
  const flush = new Redis(REDIS_URL);
  await flush.flushdb();
  flush.disconnect();
  lab = await createLab({ hosts: 3, name: 'conv' });
  dataDir = mkdtempSync(join(tmpdir(), 'vos-conv-'));
  config = parseConfig(lab.configYaml({ customers: { acme: ['lab1'], globex: ['lab2', 'lab3'] } }), 'lab.yaml');
  store = await openRunStore({ dataDir });
  await boot();
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await lab?.teardown();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  for (const h of lab.hosts) {
    await lab.reset(h.id);
    // The bind failures the customers below describe, in the softswitch log: a proposal needs evidence on the server.
    await lab.appendSoftswitchLog(h.id, ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
  }
  clockOffset = 0;
});

const proposalId = (text: string) => (/\(run (R-\d+)\)/.exec(text) ?? /run (R-\d+)/.exec(text))?.[1] ?? '';

describe('customer symptom to verified fix', () => {
  it('diagnoses, proposes with numbers, waits for the approver, applies, reports, and records who approved', async () => {
    await lab.makeTimeWait('lab1', 200);
    const m = channel.mark();
    await channel.say(CUSTOMER, 'hi, our switch stops taking new calls every evening, log full of "bind failed: Address already in use"');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(/port exhaustion[\s\S]*Checking lab1 \(read-only\)/);
    const prop = await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m);
    expect(prop).toMatch(/sockets in TIME_WAIT/);
    expect(prop).toMatch(/SS_TCP_CLOSE_RESET Off → On/);
    expect(prop).toMatch(/32768 60999 → 1024 65535/);
    expect(prop).toMatch(/An engineer will review it/);
    const runId = proposalId(prop);
    const toEngineer = await channel.waitFor(RAHIM, new RegExp(`\\[${runId}\\] ACME Telecom · lab1 · port_exhaustion`), 5_000, m);
    expect(toEngineer).toMatch(new RegExp(`approve ${runId}`));
    expect((await store.getRun(runId))!.status).toBe('awaiting_approval');
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');

    // A customer cannot approve; a viewer cannot approve.
    await channel.say(CUSTOMER, `approve ${runId}`);
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(/Only our engineers can approve/);
    await channel.say(VERA, `approve ${runId}`);
    expect(channel.to(VERA).slice(-1)[0]).toMatch(/approver role/);
    expect((await store.getRun(runId))!.status).toBe('awaiting_approval');

    const m2 = channel.mark();
    await channel.say(RAHIM, `approve ${runId}`);
    await channel.waitFor(CUSTOMER, /Approved by Rahim/, 5_000, m2);
    await channel.waitFor(CUSTOMER, /2\/4 SS_TCP_CLOSE_RESET On, softswitch reparsed/, 30_000, m2);
    const done = await channel.waitFor(CUSTOMER, /^Done\. lab1 now: RST close On, tcp_tw_reuse 1, ports 1024–65535/, 30_000, m2);
    expect(done).toMatch(/it can be undone/);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('1');
    expect(await lab.effective('lab1')).toBe('On');
    const run = (await store.getRun(runId))!;
    expect(run.status).toBe('succeeded');
    expect(run.approvedBy).toBe('chat:rahim');
    expect(run.approvedAt).not.toBeNull();
    expect(run.symptomText).toMatch(/Address already in use/);
    expect((run.matchEvidence as { decision: string }).decision).toBe('confident');

    // Approving again: already decided.
    await channel.say(RAHIM, `approve ${runId}`);
    expect(channel.to(RAHIM).slice(-1)[0]).toMatch(/already decided/);
  });

  it('a NAT complaint after that run names it and proposes reversing exactly RST', async () => {
    await lab.writeConf('lab1', (await lab.readConf('lab1')).toString().replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'));
    const m = channel.mark();
    await channel.say(CUSTOMER, 'since yesterday night half our extensions at the branch behind the mikrotik show unregistered');
    const prop = await channel.waitFor(CUSTOMER, /Proposed fix|which one fits/i, 30_000, m);
    if (/which one fits/i.test(prop)) await channel.say(CUSTOMER, '1');
    const proposal = await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m);
    expect(proposal).toMatch(/run R-\d+ turned SS_TCP_CLOSE_RESET On today at/);
    expect(proposal).toMatch(/SS_TCP_CLOSE_RESET On → Off/);
    const bullets = proposal.slice(proposal.indexOf('Proposed fix')).split('\n').filter((l) => l.startsWith('• '));
    expect(bullets).toEqual([expect.stringMatching(/^• SS_TCP_CLOSE_RESET On → Off/)]);
    await channel.say(RAHIM, `reject ${proposalId(proposal)} will call the customer first`);
    await channel.waitFor(CUSTOMER, /decided not to apply .*will call the customer first/, 5_000, m);
    expect((await store.getRun(proposalId(proposal)))!.status).toBe('rejected');
  });
});

describe('asking, choosing, expiring', () => {
  it('asks which server when the customer has several, and accepts an IP', async () => {
    const m = channel.mark();
    await channel.say(MULTI, 'java.net.BindException: Address already in use (Bind failed) on our switch since 8pm');
    expect(channel.to(MULTI).slice(-1)[0]).toMatch(/Which server\? 1\) lab2 \(10\.[\d.]+\)  2\) lab3/);
    await channel.say(MULTI, lab.host('lab3').ip);
    const prop = await channel.waitFor(MULTI, /Proposed fix \(run R-\d+\)/, 30_000, m);
    expect((await store.getRun(proposalId(prop)))!.serverId).toBe('lab3');
  });

  it('asks one clarifying question when ambiguous, then proposes the chosen fix', async () => {
    const m = channel.mark();
    const proposalsBefore = await store.countRuns({ customerId: 'globex', kind: 'remediate' });
    await channel.say(MULTI, 'calls failing since the change yesterday');
    const q = channel.to(MULTI).slice(-1)[0]!;
    expect(q).toMatch(/which one fits best\?\n1\) .*\n2\) .*\n3\) something else/i);
    const pick = q.split('\n').findIndex((l) => /firewall/.test(l));
    await channel.say(MULTI, String(pick));
    expect(channel.to(MULTI).slice(-1)[0]).toMatch(/firewall[\s\S]*Which server\?/i);
    await channel.say(MULTI, '1');
    // RST is already Off on the lab host: RST close is not the cause, so nobody is asked to
    // approve anything; the customer hears what was found and a person takes over.
    const answer = await channel.waitFor(MULTI, /would not help here/, 30_000, m);
    expect(answer).toMatch(/SS_TCP_CLOSE_RESET is already Off: RST close is not the cause/);
    expect(answer).toMatch(/passed it to the support team/);
    expect(answer).not.toMatch(/Proposed fix|approve/);
    const diagnosis = (await store.listRuns({ customerId: 'globex', kind: 'diagnose', limit: 1 }))[0]!;
    expect(diagnosis.playbook).toBe('firewall_rst');
    expect(await store.countRuns({ customerId: 'globex', kind: 'remediate' })).toBe(proposalsBefore);
    const handOff = await channel.waitFor(RAHIM, /^← \[H-\d+\] Globex .* needs a person/, 5_000, m);
    expect(handOff).toMatch(/decided: hand_off \(rst_off\)/);
    expect(handOff.split('\n')).toContain(`run ${diagnosis.id}`);
    expect(handOff).not.toMatch(/approve R-/);
  });

  it('expires a proposal nobody approved and tells the customer', async () => {
    const m = channel.mark();
    await channel.say(CUSTOMER, 'EADDRINUSE again on the switch, cannot bind new sockets');
    const prop = await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m);
    clockOffset = 31 * 60_000;
    const expired = await app.actions.expireDue();
    expect(expired.map((r) => r.id)).toContain(proposalId(prop));
    await channel.waitFor(CUSTOMER, new RegExp(`${proposalId(prop)} expired`), 5_000, m);
    await channel.say(RAHIM, `approve ${proposalId(prop)}`);
    expect(channel.to(RAHIM).slice(-1)[0]).toMatch(/already decided|expired/);
    expect(await lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
  });
});

describe('people and input we do not fix', () => {
  it('hands over what no playbook fits and tells the engineers', async () => {
    const m = channel.mark();
    await channel.say(CUSTOMER, "one way audio on the KSA route, they can't hear us");
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(/passed it to the support team/);
    const handOff = await channel.waitFor(RAHIM, /^← \[H-\d+\] ACME Telecom .* needs a person: "one way audio/, 2_000, m);
    expect(handOff.split('\n').at(-1)).toMatch(/^take H-\d+$/);
  });

  it('answers an unknown number once, tells the engineers, then stays quiet', async () => {
    const stranger = '+4915112345678';
    const m = channel.mark();
    await channel.say(stranger, 'hello, address already in use on my server');
    await channel.say(stranger, 'hello??');
    expect(channel.to(stranger)).toHaveLength(1);
    expect(channel.to(stranger)[0]).toMatch(/registered/);
    await channel.waitFor(RAHIM, /unknown number \+4915112345678/, 2_000, m);
  });

  it('asks for text when media comes without a caption, and cuts huge messages', async () => {
    await channel.say(CUSTOMER, null);
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(/describe the problem in text/);
    await channel.say(CUSTOMER, `thanks ${'x'.repeat(200_000)}`);
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(/support team/);
  });
});

describe('engineers are never rate limited', () => {
  it("reads an engineer's 13th message of the minute: the approve is applied", async () => {
    const m = channel.mark();
    await channel.say(CUSTOMER, 'EADDRINUSE on the softswitch, "bind failed: Address already in use" since 8pm');
    const runId = proposalId(await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m));
    for (let i = 0; i < 12; i++) await channel.say(RAHIM, `run ${runId}`);
    await channel.say(RAHIM, `approve ${runId}`);
    expect(channel.to(RAHIM)).toContain(`${runId} approved; it is queued and I will post progress.`);
    expect(channel.to(RAHIM)).not.toContain('That is a lot of messages at once; I will read on in a minute.');
    await channel.waitFor(CUSTOMER, /^Done\. lab1 now/, 30_000, m);
    expect((await store.getRun(runId))!.status).toBe('succeeded');
  });
});

describe('restart while waiting for approval', () => {
  it('keeps the customer waiting across a restart and finishes after approval', async () => {
    const m = channel.mark();
    await channel.say(CUSTOMER, 'Cannot assign requested address / address already in use on vos, thousands of TIME_WAIT');
    const prop = await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)/, 30_000, m);
    const runId = proposalId(prop);
    await app.stop();
    await boot();
    await channel.say(CUSTOMER, 'any update?');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toMatch(new RegExp(`${runId} is waiting for an engineer's approval`));
    await channel.say(RAHIM, `approve ${runId}`);
    await channel.waitFor(CUSTOMER, /^Done\. lab1 now/, 30_000, 0);
    expect((await store.getRun(runId))!.status).toBe('succeeded');
  });
});
