import type { Customer, ServerConfig } from '../config/schema.js';
import type { Facts } from '../executors/facts.js';
import type { PlaybookId } from '../playbooks/ids.js';
import type { Intent } from '../playbooks/plan.js';
import { failureKind, type FailureKind } from '../runs/failure.js';
import type { Decision, FollowUp, Plan, RunError, SymptomFigures } from '../runs/model.js';
import type { WatchEnded } from '../runs/outbox.js';
import type { Watch } from '../runs/watch.js';
import { changesMade, diffText } from '../runs/plan.js';
import type { TypedRun } from '../runs/records.js';
import type { Progress, RunResult } from '../runs/engine/index.js';
import type { Run } from '../store/types.js';
import { ADVICE_BY_RATE, healthReport, knowledge, recommend, type Deployment, type KnowledgeEntry, type Recommendation } from './questions/index.js';
import { formatCount } from '../playbooks/format-count.js';
import { en, messages, type Language } from './i18n/index.js';
import { openRunLine, relativeDay } from './talk.js';
import { CONVERSATION_HELP } from '../conversations/index.js';

export * from './talk.js';

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

export const checking = (s: ServerConfig, lang: Language = 'en') => messages(lang).checking(s.name ?? s.id);

export const askClarify = (candidates: readonly PlaybookId[]) =>
  ['Sorry, which one fits best?', ...candidates.map((c, i) => `${i + 1}) ${PLAIN[c]}`), `${candidates.length + 1}) something else`].join('\n');

/** The customer's message went to a person. */
export const HANDED_OFF = en.handedOff;
export const HANDOFF = en.handOff;
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

const explainOf = (plan: Plan, id: string) => plan.intent.desired.find((d) => d.id === id)?.explain;

/** The proposal for the customer: what changes, why, risks, and what happens next. */
export function proposal(runId: string, plan: Plan, history: string | null, lang: Language = 'en'): string {
  const lines: string[] = [];
  if (history) lines.push(history);
  lines.push(messages(lang).proposedFix(runId), ...changesMade(plan).map((c) => `• ${c.key} ${c.from || 'unset'} → ${c.to}${explainOf(plan, c.id) ? ` (${explainOf(plan, c.id)})` : ''}`));
  for (const s of plan.intent.skipped) lines.push(`• ${s.key} stays as it is: ${s.reason}`);
  if (plan.intent.cautions.length) lines.push(`Risk: ${plan.intent.cautions[0]}`);
  if (plan.intent.advice.length) lines.push(`Also worth doing by hand: ${plan.intent.advice.join(' ')}`);
  lines.push(messages(lang).review);
  return lines.join('\n');
}

/** The settings are already as the fix wants them: nothing to approve, a person looks at the rest. */
export function nothingToChange(server: ServerConfig, plan: Plan, lang: Language = 'en'): string {
  const values = plan.changes.map((c) => `${c.key} = ${c.from || 'unset'}`).join(', ');
  return [`On ${server.name ?? server.id} the settings this fix would change are already as it wants them (${values}), so changing them will not help.`, messages(lang).handedOff].join('\n');
}

/** We could read the server but cannot prepare the change (its softswitch.conf is unreadable, …). */
export const cannotPlan = (server: ServerConfig, lang: Language = 'en') => `I checked ${server.name ?? server.id}, but I cannot prepare the fix there automatically. ${messages(lang).handedOff}`;

/** A second message about a problem whose fix is already waiting for approval. */
export const joinedPending = (run: Pick<TypedRun, 'id' | 'createdAt'>, now: Date) =>
  `That is the same fix as ${run.id}, which is already waiting for an engineer (proposed ${minutesAgo(run.createdAt, now)}). I have added your message to it.`;

const minutesAgo = (iso: string, now: Date) => {
  const mins = Math.max(0, Math.round((now.getTime() - Date.parse(iso)) / 60_000));
  return mins === 0 ? 'just now' : `${mins} min ago`;
};

/** The facts that decide a port or RST question, in one line for engineers. */
export function keyFacts(facts: Facts): string {
  const share = facts.timeWaitCount !== null && facts.portRange ? ` (${Math.round((facts.timeWaitCount / facts.portRange.size) * 100)}%)` : '';
  return [
    facts.timeWaitCount !== null && facts.portRange ? `TIME_WAIT ${n(facts.timeWaitCount)} / ${n(facts.portRange.size)} ports${share}` : `TIME_WAIT ${facts.timeWaitCount === null ? '?' : n(facts.timeWaitCount)}`,
    `RST ${facts.tcpCloseReset ?? '?'}`,
    `tw_reuse ${facts.tcpTwReuse ?? '?'}`,
    `ports ${facts.portRange ? `${facts.portRange.low}–${facts.portRange.high}` : '?'}`,
    ...(facts.sipTcpConnections !== null ? [`SIP TCP ${n(facts.sipTcpConnections)}`] : []),
    ...(facts.rstDropRules?.length ? [`${facts.rstDropRules.length} firewall rule(s) drop RST`] : []),
  ].join(' · ');
}

/**
 * The proposal as the engineers get it: exactly what approving runs (each change, the diff
 * of every file, the kernel values set at run time, the reload), the risks and the facts
 * that led to it, and the commands to answer.
 */
export function engineerProposal(run: Pick<TypedRun, 'id' | 'playbook' | 'symptomText'>, customerName: string, server: ServerConfig, facts: Facts, plan: Plan, history: string | null, by?: string, alsoWaiting?: string | null): string {
  const symptom = (run.symptomText ?? '').replace(/\s+/g, ' ');
  const todo = changesMade(plan);
  return [
    `[${run.id}] ${customerName} · ${server.id} · ${run.playbook}${plan.revises ? ` (fresh proposal: ${plan.revises} was not applied, the server had changed)` : ''}`,
    ...(symptom ? [`"${symptom.slice(0, 160)}${symptom.length > 160 ? '…' : ''}"${by ? ` — ${by}` : ''}`] : []),
    `facts: ${keyFacts(facts)}`,
    ...plan.intent.findings.filter((f) => f.severity !== 'info').map((f) => `• ${f.text}`),
    ...(plan.decision ? [`decided on: ${plan.decision.reasons.map((r) => r.text).join('; ')}`] : []),
    ...(history ? [history] : []),
    `plan (${todo.length} change${todo.length === 1 ? '' : 's'}):`,
    ...todo.map((c) => `• ${c.key} ${c.from || 'unset'} → ${c.to}${c.kind === 'sysctl' ? ` (now, and persisted in ${c.path})` : ` (in ${c.path})`}`),
    ...(plan.reload ? [`then: ${server.reloadCommand}`] : []),
    ...plan.intent.skipped.map((s) => `skipped: ${s.key} (${s.reason})`),
    ...(plan.intent.cautions.length ? [`risks: ${plan.intent.cautions.join(' ')}`] : []),
    ...(plan.files.length ? ['```', ...plan.files.map(diffText), '```'] : []),
    ...(alsoWaiting ? [alsoWaiting] : []),
    `approve ${run.id} · reject ${run.id} <reason> · run ${run.id}`,
  ].join('\n');
}

/** A hand-off to engineers when the fix would change nothing: what was checked and found, no approve line. */
export function engineerNothingToChange(runId: string, customerName: string, chat: string, server: ServerConfig, facts: Facts, plan: Plan, symptom: string): string {
  return [
    `[${runId}] ${customerName} (${chat}) needs a person: "${symptom.replace(/\s+/g, ' ').slice(0, 200)}"`,
    `${server.id}: ${keyFacts(facts)}`,
    `${plan.intent.title}: the settings are already as the fix wants them (${plan.changes.map((c) => `${c.key} ${c.from || 'unset'}`).join(', ')}); nothing to approve.`,
  ].join('\n');
}

/** Engineers hear that another message joined a pending proposal. */
export const engineerJoined = (runId: string, customerName: string, chat: string, text: string) =>
  `[${runId}] another message from ${customerName} (${chat}) is about the same fix: "${text.replace(/\s+/g, ' ').slice(0, 200)}"`;

/** The customer hears that the approved fix was not applied because the server changed. */
export function planChangedForCustomer(run: Pick<TypedRun, 'id'>, server: ServerConfig, freshRunId: string | null): string {
  return freshRunId
    ? `${run.id} was not applied: the settings on ${server.name ?? server.id} changed since I proposed it, and nothing was changed. I have sent an updated proposal (${freshRunId}) to the engineers.`
    : `${run.id} was not applied: the settings on ${server.name ?? server.id} changed since I proposed it and are now as the fix wants them. Nothing was changed. ${HANDED_OFF}`;
}

export const progressLine = (p: Progress) => `${p.step}/${p.total} ${p.label}`;

/** The end of a run, for the customer: before/after numbers and the advice that is not automated. */
export function resultForCustomer(run: Pick<TypedRun, 'factsAfter' | 'playbook' | 'plan' | 'error'>, server: ServerConfig, result: RunResult, lang: Language = 'en'): string {
  const name = server.name ?? server.id;
  const after = run.factsAfter;
  const intent = run.plan?.intent ?? null;
  if (result.status === 'succeeded') {
    const changed = result.changes.filter((c) => c.changed);
    const now = after
      ? `RST close ${after.tcpCloseReset ?? '?'}, tcp_tw_reuse ${after.tcpTwReuse ?? '?'}, ports ${after.portRange ? `${after.portRange.low}–${after.portRange.high}` : '?'}`
      : changed.map((c) => `${c.key} ${c.to}`).join(', ');
    const lines = [changed.length ? messages(lang).done(name, now) : `Nothing needed changing on ${name}: ${now}.`];
    if (run.playbook === 'port_exhaustion' && changed.length) lines.push('TIME_WAIT will drain within a minute; new connections no longer pile up.');
    if (intent?.advice.length) lines.push(`Still worth doing by hand: ${intent.advice.join(' ')}`);
    if (changed.some((c) => c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On')) lines.push('If phones behind NAT start dropping registration, tell me: it can be undone.');
    return lines.join('\n');
  }
  return failedForCustomer(name, run.error, lang);
}

/**
 * A run that failed, for the customer: what it means for them in plain words, said once. The
 * technical reason (the run's outcome) is for the engineers' message and the run record.
 */
export function failedForCustomer(server: string, error: Pick<RunError, 'code' | 'timedOut' | 'rolledBack'> | null, lang: Language = 'en'): string {
  const m = messages(lang);
  const say: Record<FailureKind, (s: string) => string> = {
    unreachable: m.couldNotReach,
    timeout: m.noAnswer,
    host_key: m.hostKeyChanged,
    auth: m.loginRefused,
    rolled_back: m.putBack,
    rollback_incomplete: m.undoIncomplete,
    other: m.failedOther,
  };
  return say[failureKind(error)](server);
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
  'propose R-<n> — propose the fix a diagnosis found, even what the customer memory holds back',
  'memory <customer> — what we remember: what they told us, rejections, recent changes',
  'forget <customer> <n|tls|nat|udp|cps|R-n|all> — correct it',
  'watches — the servers being watched for a problem that comes and goes; unwatch <server> stops one',
  CONVERSATION_HELP,
  'Replying to my "needs a person" message sends your text to that customer, as reply does.',
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
export const runLine = (r: Pick<Run, 'id' | 'createdAt' | 'customerId' | 'serverId' | 'playbook' | 'kind' | 'status' | 'approvedBy'>) => `${r.id} ${r.createdAt.slice(5, 16).replace('T', ' ')} ${r.customerId}/${r.serverId} ${r.playbook ?? r.kind} ${r.status}${r.approvedBy ? ` by ${r.approvedBy}` : ''}`;

/** `run ID` in chat: the outline of one run. */
export function runDetail(r: TypedRun): string {
  const plan = r.plan;
  return [
    runLine(r),
    r.symptomText ? `"${r.symptomText.slice(0, 200)}"` : null,
    plan?.changes.length ? `changes: ${plan.changes.map((c) => `${c.key} ${c.from || 'unset'}→${c.to}${c.changed ? '' : ' (no-op)'}`).join('; ')}` : null,
    r.outcome ? `outcome: ${r.outcome}` : null,
    r.rollbackOf ? `rollback of ${r.rollbackOf}` : null,
    r.rolledBackBy ? `rolled back by ${r.rolledBackBy}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** "vos-dhaka" or, without a name, the server id. */
const nameOf = (s: Pick<ServerConfig, 'id' | 'name'>) => s.name ?? s.id;

// ---- the message pipeline ------------------------------------------------------------------

/** A customer over the message rate: the rest is read when the window allows, in order. */
export const RATE_LIMITED = 'That is a lot of messages at once; I will read on in a minute.';

/** Engineers hear that an unknown number wrote. */
export const unknownSenderForEngineers = (sender: string, text: string) => `← unknown number ${sender} wrote: "${text.slice(0, 200)}"`;

/** Handling a customer's message failed: they are not left without an answer. */
export const SORRY_HANDED_OFF = "Sorry, something went wrong on our side with your message. I've passed it to the support team; someone will reply here.";

/** The engineers take over a customer message the assistant failed on. */
export const failedForEngineers = (customer: string, chat: string, text: string, why: string) =>
  `← ${customer} (${chat}) needs a person: the assistant failed on their message (${why}): "${text.replace(/\s+/g, ' ').slice(0, 300)}"`;

/** Handling an engineer's message failed. */
export const failedForEngineer = (why: string) => `That did not go through: ${why}. Check the run on the dashboard before trying again.`;

/** The customer wrote in a chat an engineer holds: the bot stays silent, the holder hears it. */
/** What the bot would have told a customer whose chat a person holds; it goes to that person instead. */
export const heldChatNews = (customer: string, chat: string, text: string) =>
  `↷ For ${customer} (${chat}); not sent, the chat is yours: "${text.replace(/\s+/g, ' ').slice(0, 600)}"\nTo pass it on: reply ${chat}: …`;

export const heldChatWrote = (customer: string, chat: string, text: string) => `← ${customer} (${chat}) wrote in the chat you have: "${text.replace(/\s+/g, ' ').slice(0, 300)}"`;

/** Why a hand-off was opened when the bot failed on a customer's message. */
export const failedReason = (text: string, why: string) => `${text.replace(/\s+/g, ' ').slice(0, 300)} (the assistant failed on this message: ${why})`;

/** Why a hand-off was opened when a reply could not reach the customer. */
export const undeliveredReason = (why: string, text: string) => `could not send to the customer (${why}); they were to read: "${text.replace(/\s+/g, ' ').slice(0, 200)}"`;

/** A reply could not be delivered to a customer: someone must reach them another way. */
export const undeliveredForEngineers = (chat: string, why: string, text: string) =>
  `Could not send to ${chat} (${why}); they were to read: "${text.replace(/\s+/g, ' ').slice(0, 200)}"`;

// ---- customer status -----------------------------------------------------------------------

/** "any update?": where the run the chat waits for stands. */
export function statusOf(run: TypedRun | null, server: ServerConfig | undefined, now: Date): string {
  if (!run) return 'I have no open request for you right now. Describe the problem and I will look.';
  const ended = `${run.id} ended: ${run.status}. Describe the problem again if it is still there.`;
  switch (run.status) {
    case 'awaiting_approval':
    case 'queued':
    case 'running':
      return openRunLine(run, server, now);
    case 'diagnosed':
      // A health check whose answer was missed (a restart in between): the answer is in the run.
      return run.playbook === null && run.factsBefore && server ? healthReport(nameOf(server), run.id, run.factsBefore) : ended;
    default:
      return ended;
  }
}

// ---- engineer commands ---------------------------------------------------------------------

export const NO_RUNS = 'No runs yet.';
export const noRun = (runId: string) => `No run ${runId}.`;
export const noCustomer = (asked: string, customers: readonly Pick<Customer, 'id'>[]) => `No customer "${asked}". Customers: ${customers.map((c) => c.id).join(', ')}`;
export const notProposable = (runId: string) => `${runId} is not a finished diagnosis for a fix: propose takes the diagnosis (R-<n>) that a held-back or handed-off problem came from.`;
export const noServer = (asked: string, servers: readonly Pick<ServerConfig, 'id'>[]) => `No server "${asked}". Servers: ${servers.map((s) => s.id).join(', ')}`;
export const oneCheckAtATime = (run: Pick<Run, 'id' | 'serverId'>) => `Still checking ${run.serverId} (${run.id}); one check at a time in this chat.`;
export const rejectNeedsReason = (runId: string) => `Give a reason the customer will read: reject ${runId} <reason>`;
export const HEALTH_CHECK_HOWTO = 'For a read-only health check: check <server>';
export const NOT_UNDERSTOOD = `I did not get that. ${HELP}`;
export const approvedAnswer = (runId: string) => `${runId} approved; it is queued and I will post progress.`;
export const rejectedAnswer = (runId: string) => `${runId} rejected; the customer is told.`;
export const rollbackAnswer = (runId: string, rollbackRunId: string) => `Rolling back ${runId} as ${rollbackRunId}.`;

// ---- run events ----------------------------------------------------------------------------

/** A decision, as the engineers hear it: "R-12 approved by Rahim (chat)." */
export const decidedForEngineers = (runId: string, decision: 'approved' | 'rejected', by: string) => `${runId} ${decision} by ${by}.`;
export const expiredForEngineers = (runId: string) => `${runId} expired without a decision.`;
export const undoing = (who: string, runId: string, server: ServerConfig) => `An engineer (${who}) is undoing ${runId} on ${nameOf(server)}…`;

/** A diagnosis that could not read the server. */
export const checkFailed = (server: ServerConfig, error: Pick<RunError, 'code' | 'timedOut' | 'rolledBack'> | null, lang: Language = 'en') => failedForCustomer(nameOf(server), error, lang);
export const checkFailedForEngineers = (runId: string, healthCheck: boolean, serverId: string, why: string | null) =>
  `[${runId}] ${healthCheck ? 'health check' : 'diagnosis'} of ${serverId} failed: ${why}`;

/** A diagnosis whose fix cannot be prepared: a person takes it. */
export const unplannableForEngineers = (runId: string, customer: string, chat: string, symptom: string, serverId: string, why: string | null) =>
  `[${runId}] ${customer} (${chat}) needs a person: "${symptom.slice(0, 200)}" · ${serverId}: ${why ?? 'no plan'}`;

/** A rollback run ended, for the chats that asked for the run it undid. */
export const rollbackResult = (result: Pick<RunResult, 'status' | 'outcome'>, undone: string | null, server: ServerConfig, error: Pick<RunError, 'code' | 'timedOut' | 'rolledBack'> | null = null) =>
  result.status === 'succeeded' ? `${undone} was undone on ${nameOf(server)}: ${result.outcome}.` : failedForCustomer(nameOf(server), error);

/** A remediation or rollback ended, for the engineers. */
export const endedForEngineers = (run: Pick<Run, 'id' | 'serverId'>, result: Pick<RunResult, 'status' | 'verified' | 'outcome'>) =>
  `${run.id} ${run.serverId}: ${result.status}${result.verified ? ' (verified)' : ''} — ${result.outcome}`;

/** An approved plan the server no longer called for, for the engineers. */
export const planChangedForEngineers = (run: Pick<Run, 'id' | 'serverId' | 'outcome'>) => `${run.id} ${run.serverId}: not applied — ${run.outcome ?? 'the server changed since the proposal'}`;

/** "run R-1042 turned SS_TCP_CLOSE_RESET On yesterday at 21:14" when a NAT or firewall complaint follows it. */
export function earlierRstOn(playbook: PlaybookId, server: ServerConfig, culprit: Pick<Run, 'id'>, at: Date, now: Date): string {
  const why = playbook === 'nat_unregistered' ? 'RST does not clear NAT bindings' : 'stateful firewalls drop those RST packets';
  return `On ${nameOf(server)}, run ${culprit.id} turned SS_TCP_CLOSE_RESET On ${relativeDay(at, now)} at ${at.toISOString().slice(11, 16)} UTC — ${why}. This reverses exactly that.`;
}

// Decisions that ask no engineer to approve anything (minimal wording).

type DecisionOf<O extends Decision['outcome']> = Extract<Decision, { outcome: O }>;

/** The server shows nothing to fix: what was seen. */
export const decidedNothing = (server: ServerConfig, d: DecisionOf<'nothing_to_change'>) =>
  [`Right now ${server.name ?? server.id} shows nothing to fix:`, ...d.seen.map((s) => `• ${s}`), 'Nothing was changed.'].join('\n');

/** Not visible now: what was seen, and the offer to watch for it (every `every` minutes for `hours` hours). */
export const decidedWatch = (server: ServerConfig, d: DecisionOf<'watch'>, every: number, hours: number) =>
  [
    `Right now ${server.name ?? server.id} does not show it:`,
    ...d.seen.map((s) => `• ${s}`),
    `It may come back at the next peak. Want me to watch it — a read-only check every ${minutes(every)} minutes for the next ${minutes(hours)} hours — and propose the fix as soon as it shows up? If it comes at a set time, tell me when ("check at 21:00"). Nothing was changed.`,
  ].join('\n');

/** A figure of minutes or hours as people write it: 5, 0.5, 2.5. */
const minutes = (n: number) => String(Math.round(n * 100) / 100);

/** "19:00" in a time zone. */
const clock = (iso: string, zone: string) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
const watchSpan = (w: Pick<Watch, 'from' | 'until'>, zone: string) => `${clock(w.from, zone)}–${clock(w.until, zone)}${zone === 'UTC' ? ' UTC' : ` (${zone})`}`;

/** A watch started, for the chat that asked. */
export const watchStarted = (w: Watch, server: string, zone: string, lang: Language = 'en') => messages(lang).watching(server, watchSpan(w, zone), minutes(w.everyMinutes));

/** A watch started, for the engineers. */
export const watchStartedForEngineers = (w: Watch, customer: string, zone: string) =>
  `${customer}: watching ${w.serverId} ${watchSpan(w, zone)}, every ${minutes(w.everyMinutes)} min, for ${w.watchFor.map((s) => s.text).join(' or ')} (decided by ${w.diagnosisId}). \`unwatch ${w.serverId}\` stops it.`;

/** "Stop watching": what was stopped. */
export const watchStopped = (servers: readonly string[]) => (servers.length ? `Stopped watching ${servers.join(', ')}. Nothing was changed.` : "I wasn't watching any of your servers.");

/** This process cannot watch (no queue). */
export const watchNotAvailable = "I can't start a watch from here right now; I've left it to the support team.";

/** The active watches, for an engineer. */
export function watchList(active: readonly Watch[], zone: string, customerName: (id: string) => string): string {
  if (!active.length) return 'No server is being watched.';
  return [
    `Watching ${active.length} server${active.length === 1 ? '' : 's'}:`,
    ...active.map((w) => `• ${w.serverId} (${customerName(w.customerId)}) ${watchSpan(w, zone)}, every ${minutes(w.everyMinutes)} min, ${w.checks} check${w.checks === 1 ? '' : 's'} so far${w.last ? `; last: ${w.last.error ? `could not read (${w.last.error})` : w.last.seen.join('; ')}` : ''} · unwatch ${w.serverId}`),
  ].join('\n');
}

/** A watch ran its time out without seeing the problem, for the chat that asked. */
export const watchEnded = (w: Pick<WatchEnded, 'from' | 'until' | 'checks' | 'lastSeen'>, server: string, zone: string) =>
  [`I watched ${server} ${watchSpan(w, zone)} (${w.checks} read-only check${w.checks === 1 ? '' : 's'}); it did not show up. The last check saw:`, ...w.lastSeen.map((s) => `• ${s}`), 'Nothing was changed. If it happens again, tell me right away and I will check while it is there.'].join('\n');

/** A watch ran its time out, for the engineers. */
export const watchEndedForEngineers = (w: WatchEnded, customer: string, diagnosisId: string) => `${customer}: the watch of ${w.serverId} (from ${diagnosisId}) ended after ${w.checks} check${w.checks === 1 ? '' : 's'} without seeing it.`;

/** What the watch saw when the problem showed up, before the proposal it led to. */
export const watchSaw = (server: string, at: string, seen: string, zone: string) => `The watch on ${server} saw it at ${clock(at, zone)}: ${seen}.`;

const pctOf = (share: number) => `${Math.round(share * 100)}%`;
const twFigure = (f: SymptomFigures | null) => (f?.timeWait ? `${formatCount(f.timeWait.count)} (${pctOf(f.timeWait.share)})` : '?');
const count = (n: number | null | undefined) => (n === null || n === undefined ? '?' : formatCount(n));

/** The three points of a follow-up, on the signals the fix is judged on: "TIME_WAIT 27,904 (43%) before → 1,210 (2%) right after → 980 (1%) now". */
export function followUpFigures(f: FollowUp): string {
  const parts: string[] = [];
  for (const s of f.signals) {
    if (s === 'time_wait_share') parts.push(`TIME_WAIT ${twFigure(f.before)} before the fix → ${twFigure(f.after)} right after → ${twFigure(f.followUp)} now`);
    if (s === 'bind_failures') parts.push(`bind failures in the last hour ${count(f.before?.bindFailuresLastHour)} before the fix, ${count(f.followUp?.bindFailuresSinceFix)} new since`);
    if (s === 'rst_drops') parts.push(`RST packets dropped ${count(f.before?.rstDropPackets)} before the fix → ${count(f.after?.rstDropPackets)} right after → ${count(f.followUp?.rstDropPackets)} now`);
  }
  return parts.join('; ');
}

/** The follow-up, for the chat that asked for the fix: one short message. */
export const followUpForCustomer = (f: FollowUp, server: ServerConfig, lang: Language = 'en') =>
  f.persists ? messages(lang).followUpPersists(server.name ?? server.id, followUpFigures(f)) : messages(lang).followUpHolds(server.name ?? server.id, followUpFigures(f));

/** The follow-up, for the engineers: the symptom is still there, or the server could not be read. */
export function followUpForEngineers(run: Pick<TypedRun, 'id' | 'serverId'>, f: FollowUp, customer: string, chat: string | null): string {
  if (f.status === 'failed') return `[${run.id}] follow-up on ${run.serverId} could not read the server: ${f.error ?? 'unknown error'}. Check it by hand (\`check ${run.serverId}\`).`;
  return [`[${run.id}] ${customer}${chat ? ` (${chat})` : ''}: the fix on ${run.serverId} did not hold — ${f.findings.join('; ')}.`, `figures: ${followUpFigures(f)}`, `rollback ${run.id} undoes it.`].join('\n');
}

/** The evidence points elsewhere: what was found, and what to do by hand. */
export const decidedHandOff = (server: ServerConfig, d: DecisionOf<'hand_off'>) =>
  [`I checked ${server.name ?? server.id}; the fix I know would not help here:`, ...d.found.map((s) => `• ${s}`), ...(d.advice.length ? [`Worth doing: ${d.advice.join(' ')}`] : []), `Nothing was changed. ${HANDED_OFF}`].join('\n');

/** The engineers hear what was decided without a proposal, and on which facts. */
export function engineerDecision(runId: string, customerName: string, chat: string, server: ServerConfig, facts: Facts, d: DecisionOf<'watch' | 'hand_off'>, symptom: string): string {
  return [
    `[${runId}] ${customerName} (${chat}) needs a person: "${symptom.replace(/\s+/g, ' ').slice(0, 200)}"`,
    `${server.id}: ${keyFacts(facts)}`,
    `decided: ${d.outcome} (${d.rule}): ${d.reasons.map((r) => r.text).join('; ') || 'no evidence'}`,
  ].join('\n');
}
