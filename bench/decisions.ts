// Benchmark of the decisions: every lab scenario × a set of customer messages, each through the
// whole chat flow (in-memory channel → assistant → BullMQ → workers → real SSH to a lab host in
// a real fault state → diagnosis → decision → answer), plus a history pair (a NAT complaint
// after a run turned RST On).
//
//   npm run build && node dist/bench/decisions.js [--json]
//
// Prints a table of expected vs actual decision per pair, the count of fixes proposed where the
// facts contradict them (checked here on the facts the diagnosis read, independently of the
// decision tables; target 0), and the median time from the customer's message to the proposal
// (and to any answer). A proposal is expired before the next message, so each pair is decided
// on its own (an expiry is no engineer's "no"). Needs root (the lab) and redis-server on PATH (a
// private one is started). Exits 1 when a decision differs from the expected one or a fix is
// proposed against the facts.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Facts } from '../executors/facts.js';
import type { Plan } from '../runs/model.js';
import { changesMade } from '../runs/plan.js';
import { findExecutable, spawnRedisServer } from '../queue/embedded-redis.js';
import { startDecisionHarness, type Asked, type DecisionHarness } from '../testkit/decisions.js';
import type { ScenarioName } from '../testkit/lab/index.js';

type Kind = 'pe' | 'pe_nat' | 'nat' | 'fw';

/** The customers' messages: what they say, and which kind of complaint it is. */
const MESSAGES: readonly { readonly kind: Kind; readonly text: string }[] = [
  { kind: 'pe', text: 'switch rejecting calls, "bind failed: Address already in use" all over the log' },
  { kind: 'pe', text: 'java.net.BindException: Address already in use (Bind failed) on our switch since 8pm' },
  { kind: 'pe', text: 'address already in use, netstat shows 41000 TIME_WAIT' },
  { kind: 'pe', text: 'calls fail at peak hour: "connect failed: Cannot assign requested address"' },
  { kind: 'pe_nat', text: 'address already in use on the switch, our phones are behind NAT' },
  { kind: 'nat', text: 'since yesterday night half our extensions at the branch behind the mikrotik show unregistered' },
  { kind: 'nat', text: 'our IP phones behind the router go unregistered every few minutes' },
  { kind: 'fw', text: 'calls fail after RST mode was enabled, the firewall drops the RST packets' },
  { kind: 'fw', text: 'firewall is dropping tcp reset packets from vos, calls fail since the change' },
];

/** Scenarios, with the host they run on (lab2 is tagged nat-phones). */
const SETUPS: readonly { readonly scenario: ScenarioName; readonly host: 'lab1' | 'lab2' }[] = [
  { scenario: 'quiet', host: 'lab1' },
  { scenario: 'exhausted', host: 'lab1' },
  { scenario: 'exhausted', host: 'lab2' },
  { scenario: 'exhausted-udp', host: 'lab1' },
  { scenario: 'exhausted-tls', host: 'lab1' },
  { scenario: 'udp-only', host: 'lab1' },
  { scenario: 'bind-conflict', host: 'lab1' },
  { scenario: 'rst-on', host: 'lab1' },
  { scenario: 'rst-on-firewall', host: 'lab1' },
  { scenario: 'rst-off-firewall', host: 'lab1' },
];

/** What an engineer would decide, as `outcome/rule`, for a complaint on a host in a scenario. */
function expected(scenario: ScenarioName, natTagged: boolean, kind: Kind): string {
  const exhausted = scenario.startsWith('exhausted');
  const udpOnly = scenario === 'udp-only' || scenario === 'exhausted-udp';
  const rstOn = scenario === 'rst-on' || scenario === 'rst-on-firewall';
  if (kind === 'pe' || kind === 'pe_nat') {
    if (exhausted) return natTagged || kind === 'pe_nat' || scenario !== 'exhausted' ? 'propose_part/exhausted_now' : 'propose/exhausted_now';
    if (scenario === 'bind-conflict') return 'hand_off/listening_port_conflict';
    if (udpOnly) return 'nothing_to_change/udp_only_not_seen';
    return 'watch/not_seen_now';
  }
  if (udpOnly) return 'hand_off/udp_only';
  if (!rstOn) return 'hand_off/rst_off';
  return kind === 'fw' && scenario === 'rst-on-firewall' ? 'propose/rst_on_dropped_here' : 'propose/rst_on';
}

// ── the facts' own verdict on a proposed fix, independent of the decision tables ─────────

const portsOf = (list: string) => list.split(',').filter(Boolean).flatMap((item) => {
  const [lo, hi] = item.split('-').map(Number);
  return Array.from({ length: (hi ?? lo!) - lo! + 1 }, (_, i) => lo! + i);
});

/** Why the facts speak against a proposed plan (empty: they do not). */
function contradictions(plan: Plan, f: Facts, kind: Kind): string[] {
  const out: string[] = [];
  const changed = changesMade(plan);
  const l = f.sipListening;
  const udpOnly = !!l && l.udp && !l.tcp && !l.tls && !f.sipTcpConnections && !f.sipTlsConnections;
  if (plan.intent.playbook === 'port_exhaustion') {
    const share = f.portRange && f.timeWaitEphemeral != null ? f.timeWaitEphemeral / f.portRange.size : 0;
    const ephemeralFailures = (f.bindFailures?.sample ?? []).filter((s) => s.recent && (s.kind === 'cannot_assign' || s.port === null || !(f.listening ?? []).some((x) => x.port === s.port)));
    if (share < 0.5 && ephemeralFailures.length === 0) out.push('no exhaustion on the server');
  }
  if (changed.some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On')) {
    if (f.tags.includes('nat-phones') || kind === 'pe_nat') out.push('RST On with phones behind NAT');
    if (f.tags.includes('tls') || (f.sipTlsConnections ?? 0) > 0 || l?.tls) out.push('RST On with SIP over TLS');
    if (udpOnly) out.push('RST On where SIP is UDP only (no effect)');
    if ((f.rstDrops ?? []).some((r) => /rst/i.test(r.rule))) out.push('RST On behind a firewall that drops RST');
  }
  if (changed.some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'Off') && udpOnly) out.push('RST Off where SIP is UDP only (no effect)');
  const range = changed.find((c) => c.key === 'net.ipv4.ip_local_port_range');
  if (range) {
    const [lo, hi] = range.to.split(' ').map(Number) as [number, number];
    const reserved = new Set(portsOf(plan.changes.find((c) => c.key === 'net.ipv4.ip_local_reserved_ports')?.to ?? f.reservedPorts ?? ''));
    const exposed = [...new Set((f.listening ?? []).map((x) => x.port))].filter((p) => p >= lo && p <= hi && !reserved.has(p));
    if (!f.listening) out.push('range widened without knowing the listening ports');
    if (exposed.length) out.push(`range widened over unreserved listening ports ${exposed.join(',')}`);
  }
  return out;
}

// ── running it ───────────────────────────────────────────────────────────────────────────

interface Row {
  readonly scenario: string;
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  readonly proposed: boolean;
  readonly contradictions: string[];
  readonly ms: number;
}

const actualOf = (a: Asked) => (a.decision ? `${a.decision.outcome}/${a.decision.rule}` : `no decision (${a.diagnosis.status}: ${a.diagnosis.outcome ?? ''})`);

function rowOf(scenario: string, kind: Kind, text: string, want: string, a: Asked): Row {
  const plan = a.proposal?.plan ?? null;
  return {
    scenario,
    message: text,
    expected: want,
    actual: actualOf(a),
    proposed: !!plan,
    contradictions: plan && a.diagnosis.factsBefore ? contradictions(plan, a.diagnosis.factsBefore, kind) : [],
    ms: a.ms,
  };
}

async function runAll(h: DecisionHarness, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  for (const { scenario, host } of SETUPS) {
    const name = host === 'lab2' ? `${scenario} (nat-phones)` : scenario;
    await h.put(host, scenario);
    let since = Date.now();
    for (const m of MESSAGES) {
      // TIME_WAIT drains after ~60 s: a scenario is put again before it would.
      if (Date.now() - since > 40_000) {
        await h.put(host, scenario);
        since = Date.now();
      }
      const a = await h.ask(host, m.text);
      rows.push(rowOf(name, m.kind, m.text, expected(scenario, host === 'lab2', m.kind), a));
      await h.clear(host);
      log(`${rows.length} ${name}: ${rows[rows.length - 1]!.actual}`);
    }
  }
  // History: the run that turned RST On is named when phones behind NAT then lose registration.
  await h.put('lab3', 'exhausted');
  const first = await h.ask('lab3', MESSAGES[0]!.text);
  rows.push(rowOf('exhausted (history)', 'pe', MESSAGES[0]!.text, 'propose/exhausted_now', first));
  if (first.proposal) await h.approve(first.proposal.id);
  const after = await h.ask('lab3', MESSAGES[5]!.text);
  const named = after.decision?.reasons.some((r) => r.id === 'rst_turned_on_by' && r.facts.runId === first.proposal?.id);
  rows.push({ ...rowOf('after the run turned RST On', 'nat', MESSAGES[5]!.text, 'propose/rst_on naming the run', after), actual: `${actualOf(after)}${named ? ' naming the run' : ''}` });
  await h.clear('lab3');
  return rows;
}

const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function main(): Promise<number> {
  const json = process.argv.includes('--json');
  const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
  const binary = findExecutable('redis-server', process.env.PATH);
  if (!binary) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-decisions-'));
  const redis = await spawnRedisServer({ binary, dir, port: await freePort() });
  const t0 = performance.now();
  let rows: Row[];
  const h = await startDecisionHarness({ redisUrl: redis.url, hosts: [{}, { tags: ['nat-phones'] }, {}], name: 'bench-decide' });
  try {
    // Progress goes to stderr: stdout is the table (or the JSON line).
    rows = await runAll(h, (line) => process.stderr.write(`${line}\n`));
  } finally {
    await h.close();
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const wrong = rows.filter((r) => r.actual !== r.expected);
  const against = rows.filter((r) => r.contradictions.length);
  const toProposal = rows.filter((r) => r.proposed).map((r) => r.ms);
  const summary = {
    pairs: rows.length,
    matching: rows.length - wrong.length,
    proposed: toProposal.length,
    proposedAgainstFacts: against.length,
    medianMsToProposal: Math.round(median(toProposal)),
    medianMsToAnswer: Math.round(median(rows.map((r) => r.ms))),
    seconds: Math.round((performance.now() - t0) / 1000),
  };
  if (json) {
    process.stdout.write(`${JSON.stringify({ ...summary, rows })}\n`);
  } else {
    log(`${pad('scenario', 28)} ${pad('message', 44)} ${pad('expected', 36)} ${pad('actual', 36)} ok   ms`);
    for (const r of rows) log(`${pad(r.scenario, 28)} ${pad(r.message, 44)} ${pad(r.expected, 36)} ${pad(r.actual, 36)} ${r.actual === r.expected ? 'yes' : 'NO '} ${String(Math.round(r.ms)).padStart(5)}${r.contradictions.length ? `  AGAINST THE FACTS: ${r.contradictions.join('; ')}` : ''}`);
    log('');
    log(`pairs: ${summary.pairs}, decided as expected: ${summary.matching}, proposals: ${summary.proposed}`);
    log(`fixes proposed where the facts contradict them: ${summary.proposedAgainstFacts} (target 0)`);
    log(`median message → proposal: ${summary.medianMsToProposal} ms; message → any answer: ${summary.medianMsToAnswer} ms (${summary.seconds} s in all)`);
  }
  return wrong.length || against.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
