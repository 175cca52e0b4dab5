import type { Lab, LabService } from './lab.js';

/**
 * Fault states a lab host can be put into for real, inside its namespace: services listening
 * (under the names `ss -p` shows), real sockets in TIME_WAIT, a narrowed port range where a
 * new connection really fails, firewall rules whose counters count real RST packets, and the
 * softswitch log lines those faults produce. Apply one to a host fresh from reset(); a
 * scenario only adds to the host. TIME_WAIT drains after about 60 s.
 */
export const scenarioNames = [
  'quiet',
  'exhausted',
  'exhausted-udp',
  'exhausted-tls',
  'udp-only',
  'bind-conflict',
  'rst-on',
  'rst-on-firewall',
  'rst-off-firewall',
] as const;
export type ScenarioName = (typeof scenarioNames)[number];

export const isScenarioName = (v: string): v is ScenarioName => (scenarioNames as readonly string[]).includes(v);

/** What applying a scenario did, in words (for the lab CLI and the demo). */
export interface ScenarioReport {
  readonly name: ScenarioName;
  readonly notes: string[];
}

/** The narrowed range the exhausted scenarios fill: 500 ports. */
export const EXHAUSTED_RANGE = '40000 40499';
/** A monitoring agent that listens inside the default ephemeral range (32768–60999). */
export const AGENT_PORT = 45000;

interface Softswitch {
  readonly sip: LabService;
  readonly notes: string[];
}

/** The services of a VOS3000 host: the softswitch (SIP, H.323), MySQL, the web portal, a monitoring agent. */
async function vosServices(lab: Lab, hostId: string, sip: { udp: boolean; tcp: boolean; tls: boolean }): Promise<Softswitch> {
  const listen = [...(sip.udp ? ['udp:5060'] : []), ...(sip.tcp ? ['tcp:5060'] : []), ...(sip.tls ? ['tcp:5061'] : []), 'tcp:1720'];
  const softswitch = await lab.startService(hostId, 'mbx3000d', listen);
  await lab.startService(hostId, 'mysqld', ['tcp:3306']);
  await lab.startService(hostId, 'httpd', ['tcp:8080']);
  await lab.startService(hostId, 'vos-monitor', [`tcp:${AGENT_PORT}`]);
  const notes = [`mbx3000d listens on ${listen.join(', ')}; mysqld tcp:3306, httpd tcp:8080, vos-monitor tcp:${AGENT_PORT}`];
  if (sip.tcp) notes.push(`${await softswitch.connect(20, 5060)} SIP TCP connections established`);
  if (sip.tls) notes.push(`${(await softswitch.connect(10, 5061)) - (sip.tcp ? 20 : 0)} SIP TLS connections established`);
  return { sip: softswitch, notes };
}

/** The range narrowed and filled; the softswitch logs the real failure of its next outgoing connection. */
async function exhaust(lab: Lab, hostId: string): Promise<string[]> {
  const { made, error } = await lab.exhaustPorts(hostId, EXHAUSTED_RANGE);
  if (!error) throw new Error(`vos-assist lab: ${hostId}: the range ${EXHAUSTED_RANGE} did not run out after ${made} connections`);
  await lab.appendSoftswitchLog(hostId, [1, 2, 3].map((i) => `[sip] tcp connect to trunk ${i} failed: ${error}: Cannot assign requested address`));
  return [`ip_local_port_range ${EXHAUSTED_RANGE}: ${made} sockets in TIME_WAIT, a new connection fails (${error})`, '3 bind failures logged in softswitch.log'];
}

async function rstOn(lab: Lab, hostId: string): Promise<string> {
  const conf = (await lab.readConf(hostId)).toString('latin1');
  await lab.writeConf(hostId, conf.replace(/^SS_TCP_CLOSE_RESET=("?)[^"\n]*\1$/m, (_l, q: string) => `SS_TCP_CLOSE_RESET=${q}On${q}`));
  return 'SS_TCP_CLOSE_RESET = On in softswitch.conf';
}

/** RST drop rules, with their counters raised by real RST packets to 5060. */
async function dropRst(lab: Lab, hostId: string, sip: LabService): Promise<string> {
  await lab.addRstDropRules(hostId);
  await sip.reset(25, 5060);
  return 'iptables drops RST to 5060 and INVALID packets; 25 connections aborted with RST hit the rule';
}

const sipBoth = { udp: true, tcp: true, tls: false };

/** What each scenario does to a host. */
const SCENARIOS: Readonly<Record<ScenarioName, { summary: string; apply: (lab: Lab, hostId: string) => Promise<string[]> }>> = {
  quiet: {
    summary: 'a healthy VOS3000 host: SIP over UDP and TCP, 300 sockets in TIME_WAIT, clean logs',
    apply: async (lab, id) => {
      const s = await vosServices(lab, id, sipBoth);
      await lab.makeTimeWait(id, 300);
      return [...s.notes, '300 sockets in TIME_WAIT'];
    },
  },
  exhausted: {
    summary: 'ephemeral ports exhausted for real: a narrowed range full of TIME_WAIT, bind failures in the log',
    apply: async (lab, id) => [...(await vosServices(lab, id, sipBoth)).notes, ...(await exhaust(lab, id))],
  },
  'exhausted-udp': {
    summary: 'ports exhausted, and SIP runs over UDP only (RST close has no effect)',
    apply: async (lab, id) => [...(await vosServices(lab, id, { udp: true, tcp: false, tls: false })).notes, ...(await exhaust(lab, id))],
  },
  'exhausted-tls': {
    summary: 'ports exhausted, and SIP over TLS is in use (RST would skip close_notify)',
    apply: async (lab, id) => [...(await vosServices(lab, id, { udp: true, tcp: true, tls: true })).notes, ...(await exhaust(lab, id))],
  },
  'udp-only': {
    summary: 'a healthy host whose SIP runs over UDP only',
    apply: async (lab, id) => {
      const s = await vosServices(lab, id, { udp: true, tcp: false, tls: false });
      await lab.makeTimeWait(id, 300);
      return [...s.notes, '300 sockets in TIME_WAIT'];
    },
  },
  'bind-conflict': {
    summary: "a second web server cannot bind httpd's port 8080: real EADDRINUSE in the log, ports plentiful",
    apply: async (lab, id) => {
      const s = await vosServices(lab, id, sipBoth);
      const error = await lab.tryBind(id, 8080);
      if (!error) throw new Error(`vos-assist lab: ${id}: port 8080 was free, httpd should hold it`);
      await lab.appendSoftswitchLog(id, [1, 2].map(() => `[web] bind 0.0.0.0:8080 failed: ${error}`));
      await lab.makeTimeWait(id, 200);
      return [...s.notes, `the web portal cannot start: ${error} (logged twice)`, '200 sockets in TIME_WAIT'];
    },
  },
  'rst-on': {
    summary: 'RST close turned On, phones on SIP over TCP',
    apply: async (lab, id) => [...(await vosServices(lab, id, sipBoth)).notes, await rstOn(lab, id)],
  },
  'rst-on-firewall': {
    summary: 'RST close On, and the host firewall drops the RSTs (with real packet counts)',
    apply: async (lab, id) => {
      const s = await vosServices(lab, id, sipBoth);
      return [...s.notes, await rstOn(lab, id), await dropRst(lab, id, s.sip)];
    },
  },
  'rst-off-firewall': {
    summary: 'RST close Off, and the host firewall drops RST and INVALID packets (with real packet counts)',
    apply: async (lab, id) => {
      const s = await vosServices(lab, id, sipBoth);
      return [...s.notes, await dropRst(lab, id, s.sip)];
    },
  },
};

/** One line about a scenario. */
export const scenarioSummary = (name: ScenarioName) => SCENARIOS[name].summary;

/** Puts a host (fresh from reset) into a scenario's state. */
export async function applyScenario(lab: Lab, hostId: string, name: ScenarioName): Promise<ScenarioReport> {
  // The lab's children do not keep a process alive (their handles are unref'd): a command line
  // with nothing else to wait on would exit halfway. Hold it until the host is ready.
  const hold = setInterval(() => undefined, 1 << 30);
  try {
    return { name, notes: await SCENARIOS[name].apply(lab, hostId) };
  } finally {
    clearInterval(hold);
  }
}
