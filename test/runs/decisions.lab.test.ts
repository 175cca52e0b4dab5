// Decisions end to end: a customer's message in, through the whole product (in-memory channel,
// assistant, BullMQ on Redis database 0 under a key prefix of this file's own, workers, real SSH),
// against lab hosts put into real fault states; the decision out, as the diagnosis stored it,
// and what the customer and the engineers were told. Needs root (the lab) and Redis.
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changesMade } from '../../runs/plan.js';
import { APPROVER, startDecisionHarness, type DecisionHarness } from '../../testkit/decisions.js';
import { testRedisUrl } from '../helpers/redis.js';

let h: DecisionHarness;

beforeAll(async () => {
  // lab1 plain, lab2 tagged nat-phones, lab3 for a history of its own.
  h = await startDecisionHarness({ redisUrl: testRedisUrl(0), prefix: `decisions-${randomUUID().slice(0, 8)}`, hosts: [{}, { tags: ['nat-phones'] }, {}], name: 'decide' });
}, 60_000);
afterAll(() => h?.close());
afterEach(async () => {
  for (const host of h.lab.hosts) await h.clear(host.id);
});

const PORTS_IN_USE = '1720,3306,5060,8080,45000';
const outcome = (d: { outcome: string; rule: string } | null) => (d ? `${d.outcome}/${d.rule}` : 'none');
const changes = (plan: Parameters<typeof changesMade>[0] | null | undefined) => (plan ? changesMade(plan).map((c) => `${c.key} ${c.from} → ${c.to}`) : []);

describe('port exhaustion', () => {
  it('the range really ran out: proposes the whole fix, reserving the ports in use; applied, verified and rolled back like the rest', async () => {
    await h.put('lab1', 'exhausted');
    const a = await h.ask('lab1', 'switch rejecting calls, "bind failed: Address already in use" all over the log');
    expect(outcome(a.decision)).toBe('propose/exhausted_now');
    expect(a.decision!.reasons.map((r) => r.id)).toEqual(['time_wait_share_high', 'bind_failures_recent']);
    expect(changes(a.proposal?.plan)).toEqual([
      'SS_TCP_CLOSE_RESET Off → On',
      'net.ipv4.tcp_tw_reuse 0 → 1',
      `net.ipv4.ip_local_reserved_ports  → ${PORTS_IN_USE}`,
      'net.ipv4.ip_local_port_range 40000 40499 → 1024 65535',
    ]);
    expect(a.reply).toMatch(/Proposed fix \(run R-\d+\)/);
    expect(a.reply).toMatch(/ip_local_reserved_ports unset → 1720,3306,5060,8080,45000 \(keeps 1720, 3306, 5060, 8080, 45000 out of the wider range/);
    const toEngineers = await h.channel.waitFor(APPROVER, new RegExp(`\\[${a.proposal!.id}\\]`), 5_000, 0);
    expect(toEngineers).toMatch(/decided on: \d+ sockets in TIME_WAIT on the 500 local ports 40000–40499 \(\d+%\); 3 bind failures in the softswitch log in the last hour/);

    const done = await h.approve(a.proposal!.id);
    expect(done.status).toBe('succeeded');
    expect(done.verification?.checks.find((c) => c.key === 'net.ipv4.ip_local_reserved_ports')).toMatchObject({ expected: PORTS_IN_USE, actual: PORTS_IN_USE, persisted: PORTS_IN_USE, ok: true });
    expect(await h.lab.sysctl('lab1', 'net.ipv4.ip_local_reserved_ports')).toBe(PORTS_IN_USE);
    // The wider range ends the fault: a new connection gets a port (and is refused: nobody listens any more).
    const connect = await h.lab.nsExec('lab1', [process.execPath, '-e', "require('net').connect(39999, '127.0.0.1').on('error', (e) => console.log(e.code))"]);
    expect(connect.stdout.trim()).toBe('ECONNREFUSED');

    const m = h.channel.mark();
    await h.channel.say(APPROVER, `rollback ${a.proposal!.id}`);
    await h.channel.waitFor(a.chat, new RegExp(`${a.proposal!.id} was undone`), 60_000, m);
    expect(await h.lab.sysctl('lab1', 'net.ipv4.ip_local_reserved_ports')).toBe('');
    expect(await h.lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('40000 40499');
  });

  it.each([
    ['a server tagged nat-phones', 'lab2', 'exhausted', 'nat_phones_tag', /RST close stays Off: this server has phones behind NAT \(tag nat-phones\)/, PORTS_IN_USE],
    ['SIP over TLS in use', 'lab1', 'exhausted-tls', 'tls', /RST close stays Off: this server uses SIP over TLS \(\d+ TLS connections open when read\)/, '1720,3306,5060-5061,8080,45000'],
    ['SIP over UDP only', 'lab1', 'exhausted-udp', 'udp_only', /SIP runs over UDP only here/, PORTS_IN_USE],
  ] as const)('on %s: proposes the kernel tuning only, and says why RST close is left out', async (_name, host, scenario, because, why, reserved) => {
    await h.put(host, scenario);
    const a = await h.ask(host, 'our switch stops taking new calls every evening, log full of "bind failed: Address already in use"');
    expect(outcome(a.decision)).toBe('propose_part/exhausted_now');
    expect(a.decision?.outcome === 'propose_part' && a.decision.leftOut.map((l) => [l.key, l.because])).toEqual([['SS_TCP_CLOSE_RESET', [because]]]);
    expect(changes(a.proposal?.plan)).toEqual(['net.ipv4.tcp_tw_reuse 0 → 1', `net.ipv4.ip_local_reserved_ports  → ${reserved}`, 'net.ipv4.ip_local_port_range 40000 40499 → 1024 65535']);
    expect(a.reply).toMatch(/SS_TCP_CLOSE_RESET stays as it is: RST close (stays Off|is left out)/);
    expect(a.reply).toMatch(why);
    expect(a.reply).not.toMatch(/NAT may lose registration with RST/);
  });

  it('a complaint the server does not bear out: says what it saw, proposes nothing, and what would show it', async () => {
    await h.put('lab1', 'quiet');
    const a = await h.ask('lab1', 'address already in use, netstat shows 41000 TIME_WAIT');
    expect(outcome(a.decision)).toBe('watch/not_seen_now');
    expect(a.proposal).toBeNull();
    expect(a.decision?.outcome === 'watch' && a.decision.watchFor.map((w) => w.signal)).toEqual(['time_wait_share', 'bind_failures_last_hour']);
    expect(a.reply).toMatch(/\d+ sockets in TIME_WAIT on the 28,232 local ports 32768–60999 \(\d%\)/);
    expect(a.reply).toMatch(/no bind errors in the softswitch log/);
    expect(a.reply).toMatch(/you mentioned 41,000 in TIME_WAIT; right now there are \d+/);
    expect(await h.lab.sysctl('lab1', 'net.ipv4.tcp_tw_reuse')).toBe('0');
  });

  it("a bind failure on a service's own port: hands off, naming the process that holds it", async () => {
    await h.put('lab1', 'bind-conflict');
    const a = await h.ask('lab1', 'java.net.BindException: Address already in use (Bind failed) on our switch since 8pm');
    expect(outcome(a.decision)).toBe('hand_off/listening_port_conflict');
    expect(a.proposal).toBeNull();
    expect(a.decision!.reasons[0]).toMatchObject({ id: 'bind_failure_listening_port', facts: { port: 8080, process: 'httpd' } });
    expect(a.reply).toMatch(/the bind failures name port 8080, which httpd \(pid \d+\) listens on/);
    const handOff = await h.channel.waitFor(APPROVER, /^← \[H-\d+\] .* needs a person: "java.net.BindException/, 5_000, 0);
    expect(handOff.split('\n')).toContain(`run ${a.diagnosis.id}`);
    expect(handOff).toMatch(/decided: hand_off \(listening_port_conflict\)/);
  });

  it('SIP over UDP only and nothing exhausted: nothing to change', async () => {
    await h.put('lab1', 'udp-only');
    const a = await h.ask('lab1', 'EADDRINUSE again on the switch, cannot bind new sockets');
    expect(outcome(a.decision)).toBe('nothing_to_change/udp_only_not_seen');
    expect(a.proposal).toBeNull();
    expect(a.reply).toMatch(/SIP runs over UDP only here/);
  });
});

describe('RST close Off', () => {
  it('NAT phones on a server whose SIP is UDP only: RST has no effect; hands off with the NAT advice', async () => {
    await h.put('lab1', 'udp-only');
    const a = await h.ask('lab1', 'our IP phones behind the router go unregistered every few minutes');
    expect(outcome(a.decision)).toBe('hand_off/udp_only');
    expect(a.reply).toMatch(/SS_TCP_CLOSE_RESET has no effect on it/);
    expect(a.reply).toMatch(/NAT keepalive/);
  });

  it('NAT phones with RST already Off: RST is not the cause; hands off with the keepalive advice', async () => {
    await h.put('lab1', 'quiet');
    const a = await h.ask('lab1', 'phones behind NAT keep losing registration since the RST change');
    expect(outcome(a.decision)).toBe('hand_off/rst_off');
    expect(a.proposal).toBeNull();
    expect(a.reply).toMatch(/RST close is not the cause/);
    expect(a.reply).toMatch(/NAT keepalive/);
  });

  it('NAT phones after a run turned RST On: proposes Off, naming that run', async () => {
    await h.put('lab3', 'exhausted');
    const first = await h.ask('lab3', 'our switch stops taking new calls every evening, log full of "bind failed: Address already in use"');
    expect((await h.approve(first.proposal!.id)).status).toBe('succeeded');
    const a = await h.ask('lab3', 'extensions behind NAT show offline after you enabled tcp close reset');
    expect(outcome(a.decision)).toBe('propose/rst_on');
    expect(a.decision!.reasons.find((r) => r.id === 'rst_turned_on_by')?.facts.runId).toBe(first.proposal!.id);
    expect(changes(a.proposal?.plan)).toEqual(['SS_TCP_CLOSE_RESET On → Off']);
    expect(a.reply).toMatch(new RegExp(`run ${first.proposal!.id} turned SS_TCP_CLOSE_RESET On`));
  });

  it('a firewall that drops RST while RST is On: proposes Off, naming the rule and what it dropped', async () => {
    await h.put('lab1', 'rst-on-firewall');
    const a = await h.ask('lab1', 'calls fail after RST mode was enabled, the firewall drops the RST packets');
    expect(outcome(a.decision)).toBe('propose/rst_on_dropped_here');
    const rule = a.decision!.reasons.find((r) => r.id === 'firewall_drops_rst')!;
    expect(rule.facts.rule).toMatch(/--dport 5060 .*--tcp-flags RST RST -j DROP/);
    expect(rule.facts.packets).toBeGreaterThanOrEqual(25);
    expect(changes(a.proposal?.plan)).toEqual(['SS_TCP_CLOSE_RESET On → Off']);
    const toEngineers = await h.channel.waitFor(APPROVER, new RegExp(`\\[${a.proposal!.id}\\]`), 5_000, 0);
    expect(toEngineers).toMatch(/decided on: .*iptables INPUT: `-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP` \(\d+ packets dropped so far\)/);
    expect(a.reply).toMatch(/allow TCP RST for SIP/i);
  });

  it('a firewall complaint with RST already Off: hands off, listing the drop rules and their counters', async () => {
    await h.put('lab1', 'rst-off-firewall');
    const a = await h.ask('lab1', 'our stateful firewall drops the RST packets from the switch, calls hang');
    expect(outcome(a.decision)).toBe('hand_off/rst_off');
    expect(a.proposal).toBeNull();
    expect(a.reply).toMatch(/firewall rule iptables INPUT: `-A INPUT -p tcp -m tcp --dport 5060 --tcp-flags RST RST -j DROP` \(\d+ packets dropped so far\)/);
    expect(a.reply).toMatch(/--ctstate INVALID -j DROP/);
  });
});
