import type { ServerConfig } from '../config/schema.js';
import type { Facts } from '../executors/facts.js';
import type { PlaybookId } from '../playbooks/ids.js';
import type { Intent, ProposedChange } from '../playbooks/plan.js';
import type { Progress, RunResult } from '../playbooks/runner.js';
import type { Run } from '../store/types.js';
import { ADVICE_BY_RATE, knowledge, recommend, type Deployment, type KnowledgeEntry, type Recommendation } from './questions/index.js';
import { formatCount } from '../playbooks/format-count.js';

/** Short texts for the chat: numbers, not adjectives; one question at a time. */

const n = formatCount;
const serverLabel = (s: Pick<ServerConfig, 'id' | 'host' | 'name'>) => `${s.name ?? s.id} (${s.host})`;

/** How each playbook is described when the customer must choose. */
export const PLAIN: Record<PlaybookId, string> = {
  port_exhaustion: "new calls fail with \"address already in use\" / thousands of TIME_WAIT",
  nat_unregistered: 'phones behind a router show unregistered',
  firewall_rst: 'calls fail and a firewall is between you and the carrier',
};

export const askServer = (servers: readonly ServerConfig[]) =>
  `Which server? ${servers.map((s, i) => `${i + 1}) ${serverLabel(s)}`).join('  ')}`;

export const checking = (s: ServerConfig) => `Checking ${s.name ?? s.id} (read-only)…`;

export const askClarify = (candidates: readonly PlaybookId[]) =>
  ['Sorry, which one fits best?', ...candidates.map((c, i) => `${i + 1}) ${PLAIN[c]}`), `${candidates.length + 1}) something else`].join('\n');

export const HANDOFF = "That isn't something I can fix automatically. I've passed it to the support team with your message; someone will reply here.";
export const MEDIA_ONLY = 'Please describe the problem in text (I cannot read pictures or voice notes yet).';
export const UNKNOWN_SENDER = 'Hello! This number is for registered VOS Assist customers. I have told our support team you wrote; someone will get back to you.';
export const CUSTOMER_CANNOT_APPROVE = 'Only our engineers can approve a fix. I will tell you as soon as one does.';
export const NO_SERVER = 'I could not find a server for your account in our records. I have passed your message to the support team.';

/** "vos-dhaka right now:" and the findings with numbers. */
export function findings(server: ServerConfig, facts: Facts, intent: Intent): string {
  const lines = intent.findings.map((f) => `• ${f.text}`);
  const settings = [`SS_TCP_CLOSE_RESET = ${facts.tcpCloseReset ?? 'unknown'}`, `tcp_tw_reuse = ${facts.tcpTwReuse ?? 'unknown'}`];
  if (!intent.findings.some((f) => f.id === 'rstMode' || f.id === 'rstOn' || f.id === 'rstOff')) lines.push(`• ${settings.join(', ')}`);
  return [`${server.name ?? server.id} right now:`, ...lines].join('\n');
}

/** The proposal for the customer: what changes, why, risks, and what happens next. */
export function proposal(runId: string, changes: readonly ProposedChange[], intent: Intent, history: string | null): string {
  const todo = changes.filter((c) => c.changed);
  const lines: string[] = [];
  if (history) lines.push(history);
  if (todo.length === 0) {
    lines.push(`Nothing to change: the settings are already as this fix wants them (run ${runId}).`);
  } else {
    lines.push(`Proposed fix (run ${runId}):`, ...todo.map((c) => `• ${c.key} ${c.from ?? 'unset'} → ${c.to} (${c.explain})`));
  }
  for (const s of intent.skipped) lines.push(`• ${s.key} stays as it is: ${s.reason}`);
  if (intent.cautions.length) lines.push(`Risk: ${intent.cautions[0]}`);
  if (intent.advice.length) lines.push(`Also worth doing by hand: ${intent.advice.join(' ')}`);
  lines.push("An engineer will review it; I'll tell you when it starts.");
  return lines.join('\n');
}

/** The proposal as the engineers get it, with the commands to answer. */
export function engineerProposal(run: Run, customerName: string, server: ServerConfig, facts: Facts, intent: Intent, changes: readonly ProposedChange[], history: string | null): string {
  const symptom = (run.symptomText ?? '').replace(/\s+/g, ' ').slice(0, 160);
  const keyFacts = [
    facts.timeWaitCount !== null && facts.portRange ? `TIME_WAIT ${n(facts.timeWaitCount)} / ${n(facts.portRange.size)} ports` : null,
    `RST ${facts.tcpCloseReset ?? '?'}`,
    `tw_reuse ${facts.tcpTwReuse ?? '?'}`,
  ].filter(Boolean);
  const todo = changes.filter((c) => c.changed);
  return [
    `[${run.id}] ${customerName} · ${server.id} · ${run.playbook}`,
    `"${symptom}${(run.symptomText ?? '').length > 160 ? '…' : ''}"`,
    keyFacts.join(' · '),
    ...(history ? [history] : []),
    `plan: ${todo.length ? todo.map((c) => `${c.key} ${c.from ?? 'unset'}→${c.to}`).join('; ') : 'nothing to change'}`,
    ...intent.skipped.map((s) => `skipped: ${s.key} (${s.reason})`),
    ...(intent.cautions.length ? [`risks: ${intent.cautions.join(' ')}`] : []),
    `approve ${run.id} · reject ${run.id} <reason> · run ${run.id}`,
  ].join('\n');
}

export const progressLine = (p: Progress) => `${p.step}/${p.total} ${p.label}`;

/** The end of a run, for the customer: before/after numbers and the advice that is not automated. */
export function resultForCustomer(run: Run, server: ServerConfig, result: RunResult, intent: Intent | null): string {
  const name = server.name ?? server.id;
  const after = run.factsAfter as Facts | null;
  if (result.status === 'succeeded') {
    const changed = result.changes.filter((c) => c.changed);
    const now = after
      ? `RST close ${after.tcpCloseReset ?? '?'}, tcp_tw_reuse ${after.tcpTwReuse ?? '?'}, ports ${after.portRange ? `${after.portRange.low}–${after.portRange.high}` : '?'}`
      : changed.map((c) => `${c.key} ${c.to}`).join(', ');
    const lines = [changed.length ? `Done. ${name} now: ${now}.` : `Nothing needed changing on ${name}: ${now}.`];
    if (run.playbook === 'port_exhaustion' && changed.length) lines.push('TIME_WAIT will drain within a minute; new connections no longer pile up.');
    if (intent?.advice.length) lines.push(`Still worth doing by hand: ${intent.advice.join(' ')}`);
    if (changed.some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On')) lines.push('If phones behind NAT start dropping registration, tell me: it can be undone.');
    return lines.join('\n');
  }
  return `The fix on ${name} did not complete: ${result.outcome}. A person from support is looking at it and will write here.`;
}

export const approvedBy = (who: string, server: ServerConfig) => `Approved by ${who}. Applying on ${server.name ?? server.id}…`;
export const rejected = (runId: string, reason: string) => `An engineer decided not to apply ${runId}: ${reason}. Nothing was changed; support will follow up here.`;
export const expired = (runId: string) => `Proposal ${runId} expired before an engineer approved it; nothing was changed. Write again if the problem is still there.`;

/** What the assistant knows about, from the knowledge base's titles. */
const TOPICS = knowledge.map((e) => e.title).join('; ');

/** `help` for engineers: the commands, then the questions they can ask like customers do. */
export const HELP = [
  'Commands:',
  'approve R-<n> — apply a proposed fix',
  'reject R-<n> <reason> — decline it (the customer is told)',
  'rollback R-<n> — undo what a run changed',
  'runs [customer] — the last runs',
  'run R-<n> — one run in detail',
  'check <server> — read-only health check: TIME_WAIT, RST mode, kernel values (nothing changed)',
  'help — this list',
  `Questions: ask about SS_TCP_CLOSE_RESET (${TOPICS}), or "should we enable it at 800 cps behind NAT?".`,
].join('\n');

/** `help` (or "what can you do?") for customers. */
export const CUSTOMER_HELP = [
  'I look after SIP over TCP on your VOS3000:',
  '• Fix three known problems: ports used up by TIME_WAIT, phones behind NAT losing registration after RST, a firewall dropping RST. Describe what you see; an engineer approves every change.',
  '• Answer questions about SS_TCP_CLOSE_RESET: what it does, its default, where it is set, On vs Off, UDP, TLS, TIME_WAIT, kernel settings.',
  '• Advise whether to turn it on for your setup: "should we enable it?"',
  '• Check your server read-only: "check my server".',
  'Anything else goes to our support team.',
].join('\n');

/** A knowledge answer, with its one follow-up offer when the customer has a server to check. */
export function answer(entry: KnowledgeEntry, offerServer: string | null): string {
  return offerServer ? `${entry.answer}\n${entry.offer.replace('{server}', offerServer)}` : entry.answer;
}

/** The advice dialogue's first question. */
export const ASK_CPS = 'Roughly how many calls per second go over SIP TCP at your busiest hour? (a number, or "UDP only")';
/** …and its second. */
export const ASK_NAT_TLS = 'Are any phones or trunks behind NAT, or do you use SIP over TLS? (nat / tls / both / no)';

/** The advice for a deployment: the setting, why, what is assumed, and an offer to look at the real figures. */
export function advice(rec: Recommendation | null, d: Deployment, offerServer: string | null, serverName: string): string {
  const lines: string[] = [];
  if (d.fromRecords.length) lines.push(`Our records say ${serverName} has ${d.fromRecords.map((f) => (f === 'nat' ? 'phones behind NAT' : 'SIP over TLS')).join(' and ')}.`);
  if (rec) {
    lines.push(`For ${rec.row.deployment}: SS_TCP_CLOSE_RESET ${rec.row.setting}.`, rec.reason);
    if (rec.natTlsUnknown) lines.push('Unless phones or trunks are behind NAT, or you use TLS: then keep it Off.');
  } else {
    lines.push('It depends on the call rate over TCP:', ADVICE_BY_RATE);
  }
  if (offerServer) lines.push(`Want me to look at the real figures on ${offerServer} (TIME_WAIT, current setting)?`);
  return lines.join('\n');
}

/** Advice in one message, without questions (a run is under way, or an engineer asks). */
export function adviceOnce(d: Deployment): string {
  const rec = recommend(d);
  return rec ? advice(rec, d, null, '') : `It depends on the call rate over TCP:\n${ADVICE_BY_RATE}`;
}

/** The customer said no (or thanks) to "want me to check?". */
export const offerDeclined = (text: string) => (/thank|thx/i.test(text) ? "You're welcome. Ask me any time." : 'OK. Ask me any time.');

/** One line per run for `runs`. */
export const runLine = (r: Run) => `${r.id} ${r.createdAt.slice(5, 16).replace('T', ' ')} ${r.customerId}/${r.serverId} ${r.playbook ?? r.kind} ${r.status}${r.approvedBy ? ` by ${r.approvedBy}` : ''}`;

/** `run ID` in chat: the outline of one run. */
export function runDetail(r: Run): string {
  const plan = r.plan as { changes?: { key: string; from: string | null; to: string; changed: boolean }[] } | null;
  return [
    runLine(r),
    r.symptomText ? `"${r.symptomText.slice(0, 200)}"` : null,
    plan?.changes?.length ? `changes: ${plan.changes.map((c) => `${c.key} ${c.from ?? 'unset'}→${c.to}${c.changed ? '' : ' (no-op)'}`).join('; ')}` : null,
    r.outcome ? `outcome: ${r.outcome}` : null,
    r.rollbackOf ? `rollback of ${r.rollbackOf}` : null,
    r.rolledBackBy ? `rolled back by ${r.rolledBackBy}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}
