// Questions, advice and read-only health checks end to end in one process: in-memory channel →
// assistant → BullMQ on the real Redis (database 5, this file only) → workers → real SSH to lab
// hosts → store → replies. The point of the health-check tests: nothing on the server changes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type App } from '../../app/start.js';
import { parseConfig, type Config } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { chatKey } from '../../bot/directory.js';
import { knowledgeEntry } from '../../bot/questions/index.js';
import { ASK_NAT_TLS, HELP } from '../../bot/replies.js';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { MemoryChannel } from '../../testkit/memory-channel.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(5);
const CUSTOMER = '+8801700000001'; // acme: lab1 only
const NATTED = '+8801700000002'; // globex: lab2, tagged nat-phones
const RAHIM = '+8801900000002';
const KERNEL_KEYS = ['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range'] as const;

let lab: Lab;
let dataDir: string;
let config: Config;
let store: RunStore;
let channel: MemoryChannel;
let app: App;

/** Everything a health check must leave alone: softswitch.conf, the persisted sysctl files, kernel values, reloads. */
async function serverState(hostId: string) {
  const host = lab.host(hostId);
  const sysctlFiles = readdirSync(host.localSysctlDir).sort().map((f) => [f, createHash('sha256').update(readFileSync(join(host.localSysctlDir, f))).digest('hex')]);
  return {
    conf: createHash('sha256').update(await lab.readConf(hostId)).digest('hex'),
    sysctlConf: createHash('sha256').update(readFileSync(host.localSysctlConfPath)).digest('hex'),
    sysctlFiles,
    kernel: await Promise.all(KERNEL_KEYS.map((k) => lab.sysctl(hostId, k))),
    reloads: (await lab.daemonLog(hostId)).length,
    effective: await lab.effective(hostId),
  };
}

const runCount = async () => (await store.listRuns({ limit: 1000 })).length;

beforeAll(async () => {
  const flush = new Redis(REDIS_URL);
  await flush.flushdb();
  flush.disconnect();
  lab = await createLab({ hosts: 2, name: 'questions' });
  dataDir = mkdtempSync(join(tmpdir(), 'vos-questions-'));
  config = parseConfig(lab.configYaml({ customers: { acme: ['lab1'], globex: ['lab2'] }, serverExtra: { lab2: { tags: ['nat-phones'] } } }), 'lab.yaml');
  store = await openRunStore({ dataDir });
  channel = new MemoryChannel();
  app = await startApp({ config, store, redisUrl: REDIS_URL, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: () => {} }, { web: null, expiryCheckMs: 3_600_000 });
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await lab?.teardown();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(async () => {
  for (const h of lab.hosts) await lab.reset(h.id);
});

describe('read-only health check', () => {
  it('answers "check my server" with the numbers and their meaning, records a diagnosed run, and changes nothing', async () => {
    await lab.makeTimeWait('lab1', 150);
    const before = await serverState('lab1');
    const m = channel.mark();
    await channel.say(CUSTOMER, 'check my server please');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toBe('Checking lab1 (read-only)…');
    const report = await channel.waitFor(CUSTOMER, /^lab1 right now \(read-only check, run R-\d+; nothing was changed\):/, 30_000, m);
    expect(report).toMatch(/• TIME_WAIT [\d,]+ of 28,232 local ports \((?:<1|\d) %\): plenty of headroom/);
    expect(report).toMatch(/• SS_TCP_CLOSE_RESET = Off \(FIN close, the default\)/);
    expect(report).toMatch(/• Kernel: tcp_tw_reuse = 0 \(TIME_WAIT ports are not reused\), ports 32768–60999 \(default\)/);
    expect(report.split('\n').at(-1)).toBe('All within limits for SIP over TCP; nothing needs changing.');

    const runId = /run (R-\d+)/.exec(report)![1]!;
    const run = (await store.getRun(runId))!;
    expect(run).toMatchObject({ kind: 'diagnose', playbook: null, status: 'diagnosed', serverId: 'lab1', customerId: 'acme', symptomText: 'check my server please', chat: CUSTOMER });
    expect((run.factsBefore as { timeWaitCount: number }).timeWaitCount).toBeGreaterThanOrEqual(150);
    expect(await store.listRuns({ customerId: 'acme', kind: 'remediate', limit: 10 })).toEqual([]);
    expect(await serverState('lab1')).toEqual(before);
    // No proposal went to the engineers either.
    expect(channel.sent.slice(m).filter((x) => x.chat === RAHIM)).toEqual([]);
  });

  it('points out RST On next to NATed phones, offers to turn it Off, and still changes nothing', async () => {
    await lab.writeConf('lab2', (await lab.readConf('lab2')).toString().replace('SS_TCP_CLOSE_RESET="Off"', 'SS_TCP_CLOSE_RESET="On"'));
    const before = await serverState('lab2');
    const m = channel.mark();
    await channel.say(NATTED, 'can you have a look at lab2?');
    const report = await channel.waitFor(NATTED, /^lab2 right now/, 30_000, m);
    // The same sentence as a proposal's and the dashboard's for this server: it follows the value read.
    expect(report).toMatch(/• SS_TCP_CLOSE_RESET = On \(RST close, no TIME_WAIT\)\. RST close is On, but this server has phones behind NAT \(tag nat-phones\), and RST costs them their registration: it should be Off\./);
    expect(report.split('\n').at(-2)).toBe('Watch out: phones behind NAT may show unregistered; SS_TCP_CLOSE_RESET should be Off here.');
    expect(report.split('\n').at(-1)).toBe('Want me to propose turning SS_TCP_CLOSE_RESET Off on lab2? An engineer approves every change.');
    expect(await serverState('lab2')).toEqual(before);
    expect(await store.listRuns({ customerId: 'globex', kind: 'remediate', limit: 10 })).toEqual([]);
  });
});

describe('health check across a restart', () => {
  it('re-enqueues a pending check on resync and still answers with the numbers', async () => {
    // As a restart finds it: the chat waits for a check whose job was lost with the old process.
    const run = await store.createRun({ kind: 'diagnose', playbook: null, serverId: 'lab1', customerId: 'acme', status: 'queued', requestedBy: `chat:${CUSTOMER}`, symptomText: 'check my server', chat: CUSTOMER });
    await store.putDoc('chat-state', chatKey(CUSTOMER), { step: 'health_check', runId: run.id, serverId: 'lab1', since: new Date().toISOString() });
    const m = channel.mark();
    await app.resync();
    await channel.waitFor(CUSTOMER, new RegExp(`^lab1 right now \\(read-only check, run ${run.id};`), 30_000, m);
    expect((await store.getRun(run.id))!.status).toBe('diagnosed');
  });
});

describe('questions and advice', () => {
  it('answers a question without creating a run, then checks the server when the offer is taken', async () => {
    const runs = await runCount();
    await channel.say(CUSTOMER, 'wat is the defualt of SS_TCP_CLOSE_RESET?');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toBe(`${knowledgeEntry('default').answer}\nWant me to check what lab1 is set to?`);
    expect(await runCount()).toBe(runs);

    const before = await serverState('lab1');
    const m = channel.mark();
    await channel.say(CUSTOMER, 'yes');
    const report = await channel.waitFor(CUSTOMER, /^lab1 right now \(read-only check/, 30_000, m);
    expect(report).toMatch(/SS_TCP_CLOSE_RESET = Off/);
    expect(await runCount()).toBe(runs + 1);
    expect(await serverState('lab1')).toEqual(before);
  });

  it('runs the deployment-advice dialogue to a recommendation and offers the real figures', async () => {
    const runs = await runCount();
    await channel.say(CUSTOMER, 'should I turn it on at 800 CPS?');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toBe(ASK_NAT_TLS);
    await channel.say(CUSTOMER, 'no, neither');
    const advice = channel.to(CUSTOMER).slice(-1)[0]!;
    expect(advice).toMatch(/^For high-CPS wholesale \(100–999 CPS over TCP\): SS_TCP_CLOSE_RESET On\.\nAt 800 CPS, FIN closes leave about 48,000 sockets in TIME_WAIT/);
    expect(advice.split('\n').at(-1)).toBe('Want me to look at the real figures on lab1 (TIME_WAIT, current setting)?');
    await channel.say(CUSTOMER, 'no thanks');
    expect(channel.to(CUSTOMER).slice(-1)[0]).toBe("You're welcome. Ask me any time.");
    expect(await runCount()).toBe(runs);
  });

  it('takes NATed phones from the records: Off, at once', async () => {
    await channel.say(NATTED, 'should we enable SS_TCP_CLOSE_RESET?');
    expect(channel.to(NATTED).slice(-1)[0]).toMatch(/^Our records say lab2 has phones behind NAT\.\nFor phones or trunks behind NAT: SS_TCP_CLOSE_RESET Off\./);
  });

  it('still sends a symptom to the playbook flow', async () => {
    await lab.makeTimeWait('lab1', 50);
    await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    const m = channel.mark();
    await channel.say(CUSTOMER, 'why do we get "bind failed: Address already in use" every evening?');
    await channel.waitFor(CUSTOMER, /Proposed fix \(run R-\d+\)|Nothing to change/, 30_000, m);
    const proposal = (await store.listRuns({ customerId: 'acme', kind: 'remediate', limit: 1 }))[0]!;
    expect(proposal).toMatchObject({ playbook: 'port_exhaustion', status: 'awaiting_approval' });
    await channel.say(RAHIM, `reject ${proposal.id} test only`);
  });
});

describe('engineers', () => {
  it('answer questions, list what the assistant can do, and run a health check with check <server>', async () => {
    await channel.say(RAHIM, 'what does tcp_tw_reuse do?');
    expect(channel.to(RAHIM).slice(-1)[0]).toBe(knowledgeEntry('kernel').answer);
    await channel.say(RAHIM, 'should we enable rst at 2000 cps, no nat, no tls?');
    expect(channel.to(RAHIM).slice(-1)[0]).toMatch(/^For carrier-grade, 1,000\+ CPS over TCP: SS_TCP_CLOSE_RESET On\./);
    await channel.say(RAHIM, 'help');
    expect(channel.to(RAHIM).slice(-1)[0]).toBe(HELP);

    const before = await serverState('lab2');
    const m = channel.mark();
    await channel.say(RAHIM, 'check lab2');
    const report = await channel.waitFor(RAHIM, /^lab2 right now \(read-only check, run (R-\d+)/, 30_000, m);
    const run = (await store.getRun(/run (R-\d+)/.exec(report)![1]!))!;
    expect(run).toMatchObject({ kind: 'diagnose', playbook: null, status: 'diagnosed', customerId: 'globex', requestedBy: 'chat:rahim' });
    expect(await serverState('lab2')).toEqual(before);
    await channel.say(RAHIM, 'check nosuchserver');
    expect(channel.to(RAHIM).slice(-1)[0]).toMatch(/^No server "nosuchserver"\. Servers: lab1, lab2/);
  });

  it('answer only clear questions in a group, where engineers talk among themselves', async () => {
    const group = '120363000000000001@g.us';
    const m = channel.mark();
    await channel.say(group, 'lab2 looks fine to me, the default is off anyway', { sender: RAHIM, group: true });
    await channel.say(group, 'what is the default of SS_TCP_CLOSE_RESET?', { sender: RAHIM, group: true });
    expect(channel.sent.slice(m).map((x) => x.text)).toEqual([knowledgeEntry('default').answer]);
  });
});
