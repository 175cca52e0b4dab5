// Realistic run contents for the dashboard tests and the dashboard benchmark: the shapes
// the runner stores (StoredPlan, Facts, Verification) with port_exhaustion's values.
import type { Facts } from '../../executors/facts.js';
import type { StoredPlan, Verification } from '../../playbooks/runner.js';
import type { NewRun, Run, RunStore } from '../../store/types.js';

/** Facts of a server suffering from TIME_WAIT build-up. */
export function factsBefore(serverId: string, at: string, timeWait = 28_412): Facts {
  return {
    serverId,
    collectedAt: at,
    timeWaitCount: timeWait,
    timeWaitSource: 'ss',
    portRange: { low: 32768, high: 60999, size: 28232 },
    tcpTwReuse: 0,
    tcpCloseReset: 'Off',
    tcpCloseResetRaw: '"Off"',
    sipTcpConnections: 1840,
    sipTlsConnections: 0,
    rstDropRules: [],
    socketSummary: 'TCP: 30288 (estab 1840, closed 28412, orphaned 0, timewait 28412)',
    os: 'CentOS release 6.10 (Final)',
    sysctlPersistPath: '/etc/sysctl.conf',
    tags: [],
    unknown: {},
  };
}

/** The same server after the fix, as the read after a change has it: TIME_WAIT counted, SIP connections not. */
export function factsAfter(serverId: string, at: string, timeWait = 3_120): Facts {
  return {
    ...factsBefore(serverId, at),
    timeWaitCount: timeWait,
    timeWaitSource: 'sockstat',
    portRange: { low: 1024, high: 65535, size: 64512 },
    tcpTwReuse: 1,
    tcpCloseReset: 'On',
    tcpCloseResetRaw: '"On"',
    sipTcpConnections: null,
    sipTlsConnections: null,
    socketSummary: null,
  };
}

const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';

/** port_exhaustion's plan for such a server. */
export function plan(): StoredPlan {
  return {
    intent: {
      playbook: 'port_exhaustion',
      title: 'TCP ports exhausted by TIME_WAIT',
      summary: '28,412 sockets in TIME_WAIT hold 101% of the 28,232 ephemeral ports.',
      findings: [
        { id: 'timeWaitHigh', text: '28,412 TCP sockets are in TIME_WAIT', severity: 'problem' },
        { id: 'narrowRange', text: 'Only 28,232 ephemeral ports (32768–60999)', severity: 'warning' },
      ],
      desired: [
        { id: 'rst_on', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', value: 'On', explain: 'close SIP TCP with RST so no TIME_WAIT is left' },
        { id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', value: '1', explain: 'reuse TIME_WAIT sockets for new outgoing connections' },
        { id: 'port_range', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', value: '1024 65535', explain: 'widen the ephemeral port range' },
      ],
      skipped: [],
      advice: ['Watch `ss -s` for a day: TIME_WAIT should stay well below the port range.'],
      cautions: ['RST mode confuses NAT devices; tag servers with NATed phones as nat-phones.'],
    },
    changes: [
      { id: 'rst_on', kind: 'softswitchParam', key: 'SS_TCP_CLOSE_RESET', from: 'Off', to: 'On', changed: true, path: CONF },
      { id: 'tw_reuse', kind: 'sysctl', key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1', changed: true, path: '/etc/sysctl.conf' },
      { id: 'port_range', kind: 'sysctl', key: 'net.ipv4.ip_local_port_range', from: '32768 60999', to: '1024 65535', changed: true, path: '/etc/sysctl.conf' },
    ],
    files: [
      { path: CONF, beforeSha: 'a'.repeat(64), afterSha: 'b'.repeat(64), bytes: 4210 },
      { path: '/etc/sysctl.conf', beforeSha: 'c'.repeat(64), afterSha: 'd'.repeat(64), bytes: 1290 },
    ],
    runtime: [
      { key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1' },
      { key: 'net.ipv4.ip_local_port_range', from: '32768 60999', to: '1024 65535' },
    ],
    reload: true,
    diff: [
      `--- ${CONF}\tcurrent`,
      `+++ ${CONF}\tplanned`,
      '@@ -41,3 +41,3 @@',
      ' SS_SIP_TCP_PORT="5060"',
      '-SS_TCP_CLOSE_RESET="Off"',
      '+SS_TCP_CLOSE_RESET="On"',
      ' SS_TCP_KEEPALIVE="30"',
      '--- /etc/sysctl.conf\tcurrent',
      '+++ /etc/sysctl.conf\tplanned',
      '@@ -12,0 +12,4 @@',
      '+# BEGIN vos-assist',
      '+net.ipv4.tcp_tw_reuse = 1',
      '+net.ipv4.ip_local_port_range = 1024 65535',
      '+# END vos-assist',
      'sysctl -w net.ipv4.tcp_tw_reuse: 0 → 1',
      'sysctl -w net.ipv4.ip_local_port_range: 32768 60999 → 1024 65535',
    ].join('\n'),
  };
}

/** A passed verification of the three changes. */
export function verification(): Verification {
  return {
    ok: true,
    checks: [
      { changeId: 'rst_on', key: 'SS_TCP_CLOSE_RESET', expected: 'On', actual: 'On', ok: true },
      { changeId: 'tw_reuse', key: 'net.ipv4.tcp_tw_reuse', expected: '1', actual: '1', persisted: '1', ok: true },
      { changeId: 'port_range', key: 'net.ipv4.ip_local_port_range', expected: '1024 65535', actual: '1024 65535', persisted: '1024 65535', ok: true },
    ],
  };
}

/** What the matcher returned for the message. */
export function matchEvidence(text: string) {
  return {
    rules: [{ id: 'pe.bind-exception', playbook: 'port_exhaustion', weight: 3.2, matched: text.slice(0, 40) }],
    classifier: { scores: { port_exhaustion: 0.91, nat_unregistered: 0.03, firewall_rst: 0.03, none: 0.03 }, knownTerms: 7, topTerms: ['bind', 'address', 'time_wait'] },
    corrections: [],
    truncated: false,
    reason: 'rule pe.bind-exception and the classifier agree',
  };
}

/** The journal the runner writes for an applied port_exhaustion run. */
export const STEPS = [
  { phase: 'connect', name: 'connect root@203.0.113.10:22', command: null, output: 'host key SHA256:AAAA… matches', exitCode: null },
  { phase: 'diagnose', name: 'read facts', command: "ss -tan state time-wait | wc -l; sysctl -n net.ipv4.tcp_tw_reuse net.ipv4.ip_local_port_range", output: '28413\n0\n32768\t60999', exitCode: 0 },
  { phase: 'backup', name: `backup ${CONF}`, command: `cp -p ${CONF} ${CONF}.vos-assist-R-1.bak`, output: '', exitCode: 0 },
  { phase: 'apply', name: 'apply SS_TCP_CLOSE_RESET', command: `vos-edit ${CONF} SS_TCP_CLOSE_RESET On`, output: 'SS_TCP_CLOSE_RESET: Off -> On', exitCode: 0 },
  { phase: 'apply', name: 'apply net.ipv4.tcp_tw_reuse, net.ipv4.ip_local_port_range', command: 'sysctl -w net.ipv4.tcp_tw_reuse=1 net.ipv4.ip_local_port_range="1024 65535"', output: 'net.ipv4.tcp_tw_reuse = 1\nnet.ipv4.ip_local_port_range = 1024 65535', exitCode: 0 },
  { phase: 'reload', name: 'service mbx3000d reparse', command: 'service mbx3000d reparse', output: 'Reparsing softswitch configuration: [  OK  ]', exitCode: 0 },
  { phase: 'verify', name: 'verify changes', command: "grep SS_TCP_CLOSE_RESET softswitch.conf; sysctl -n net.ipv4.tcp_tw_reuse", output: 'SS_TCP_CLOSE_RESET="On"\n1', exitCode: 0 },
] as const;

/** A pending proposal, as the bot would create it from a chat message. */
export async function createPendingRun(store: RunStore, fields: Partial<NewRun> & { at?: string } = {}): Promise<Run> {
  const at = fields.at ?? new Date().toISOString();
  const text = fields.symptomText ?? 'Since this morning our VOS gives "Address already in use" and calls fail at peak, ss shows 28k TIME_WAIT';
  return store.createRun({
    kind: 'remediate',
    playbook: 'port_exhaustion',
    serverId: 'vos1',
    customerId: 'acme',
    status: 'awaiting_approval',
    requestedBy: 'chat:+8801700000001',
    chat: '+8801700000001',
    symptomText: text,
    matchEvidence: matchEvidence(text),
    factsBefore: factsBefore(fields.serverId ?? 'vos1', at),
    plan: plan(),
    ...fields,
  });
}

/** Drives an approved run to `succeeded` the way the worker would: steps, facts after, verification. */
export async function finishRun(store: RunStore, runId: string, now: () => Date = () => new Date()): Promise<Run> {
  const started = await store.transition(runId, ['queued'], 'running', { startedAt: now().toISOString() });
  if (!started) throw new Error(`${runId} is not queued`);
  for (const s of STEPS) {
    const step = await store.appendStep(runId, { phase: s.phase, name: s.name, command: s.command, status: 'started' });
    await store.finishStep(runId, step.seq, { status: 'ok', exitCode: s.exitCode, output: s.output, changed: s.phase === 'apply' });
  }
  const done = await store.transition(runId, ['running'], 'succeeded', {
    factsAfter: factsAfter(started.serverId, now().toISOString()),
    verification: verification(),
    finishedAt: now().toISOString(),
    outcome: 'applied 3 changes and verified them; TIME_WAIT fell from 28,412 to 3,120',
  });
  if (!done) throw new Error(`${runId} is not running`);
  return done;
}
