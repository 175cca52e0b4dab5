import type { ServerConfig } from '../config/schema.js';
import type { CustomerMemory, Hold, MemoryEntry, SaidTopic } from '../runs/memory.js';
import { describeEntry, saidText, whenText } from '../runs/memory-text.js';
import type { Plan } from '../runs/model.js';
import { changesMade } from '../runs/plan.js';
import type { TypedRun } from '../runs/records.js';
import { en, messages, type Language } from './i18n/index.js';
import type { SmallTalk } from './questions/index.js';

// The texts of a conversation that listens and remembers: hand-offs that say what waits,
// requests for a person or a rollback, small talk and follow-ups, statements, the list of
// changes, held proposals and the customer memory as engineers see it. bot/replies.ts
// re-exports them; nothing here imports it.

/** A run as these texts need it. */
type RunLike = Pick<TypedRun, 'id' | 'serverId' | 'kind' | 'status' | 'playbook' | 'createdAt' | 'finishedAt' | 'plan' | 'outcome' | 'rollbackOf' | 'rolledBackBy'>;
const nameOf = (s: Pick<ServerConfig, 'id' | 'name'>) => s.name ?? s.id;

/** Collapses whitespace and cuts at `n` characters. */
export const clip = (text: string, n: number) => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > n ? `${t.slice(0, n)}…` : t;
};

export { relativeDay, saidText, whenText } from '../runs/memory-text.js';

/** "SS_TCP_CLOSE_RESET Off → On, net.ipv4.tcp_tw_reuse 0 → 1". */
export const changesText = (plan: Pick<Plan, 'changes'> | null) =>
  plan ? changesMade(plan).map((c) => `${c.key} ${c.from ?? 'unset'} → ${c.to}`).join(', ') || 'no change' : 'no plan';

// ---- what waits, said with a hand-off -------------------------------------------------------

const listIds = (runs: readonly Pick<RunLike, 'id'>[]) => runs.map((r) => r.id).join(', ');

/** "R-8 is still waiting for an engineer too." (empty when nothing waits). */
export const waitingNote = (waiting: readonly Pick<RunLike, 'id'>[]) =>
  waiting.length === 0 ? '' : `${listIds(waiting)} ${waiting.length === 1 ? 'is' : 'are'} still waiting for an engineer too.`;

const pendingTag = (waiting: readonly Pick<RunLike, 'id'>[]) => (waiting.length ? ` (${listIds(waiting)} pending)` : '');

/** The customer's message went to a person; what waits is said too. */
export const handOffReply = (lang: Language, waiting: readonly Pick<RunLike, 'id'>[]) => [messages(lang).handOff, waitingNote(waiting)].filter(Boolean).join(' ');

/** A message the assistant could not place, for the engineers, with what waits for them. */
export const notMatchedForEngineers = (customer: string, chat: string, text: string, waiting: readonly Pick<RunLike, 'id'>[]) =>
  `← ${customer} (${chat}), not matched${pendingTag(waiting)}: "${clip(text, 300)}"`;

/** "Can I talk to an engineer?" */
export const personAsked = (lang: Language, waiting: readonly Pick<RunLike, 'id'>[]) => [messages(lang).personAsked, waitingNote(waiting)].filter(Boolean).join(' ');

/** A customer asks for a person, for the engineers: who, their servers, what waits. */
export const personForEngineers = (customer: string, chat: string, text: string, servers: readonly Pick<ServerConfig, 'id'>[], waiting: readonly Pick<RunLike, 'id'>[]) =>
  `← ${customer} (${chat}) asks for a person${pendingTag(waiting)}: "${clip(text, 300)}"${servers.length ? ` · servers ${servers.map((s) => s.id).join(', ')}` : ''}`;

// ---- statements -----------------------------------------------------------------------------

/**
 * "Noted: SIP over TLS in use on lab1." What the config says against it is said too: the
 * customer's word never silently overrides our records.
 */
export function noted(said: readonly { topic: SaidTopic; value: boolean | number }[], server: ServerConfig | null, compare: boolean): string {
  const where = server ? nameOf(server) : 'your servers';
  const lines = [`Noted: ${said.map((s) => saidText(s.topic, s.value)).join(', ')} on ${where}.`];
  const tag = (t: string) => server?.tags.includes(t);
  if (said.some((s) => s.topic === 'nat' && s.value === false) && tag('nat-phones')) lines.push(`Our records (tag nat-phones) say ${where} has phones behind NAT; I keep to them until an engineer changes the tag.`);
  if (said.some((s) => s.topic === 'tls' && s.value === false) && tag('tls')) lines.push(`Our records (tag tls) say ${where} uses SIP over TLS; I keep to them until an engineer changes the tag.`);
  if (compare && server) lines.push(`Let me compare that with what ${where} has now.`);
  return lines.join(' ');
}

/** A statement that speaks against a proposal waiting to turn RST On, for the engineers. */
export const statementAgainstProposal = (runId: string, customer: string, chat: string, text: string) =>
  `[${runId}] ${customer} (${chat}) wrote while ${runId} waits: "${clip(text, 200)}". ${runId} turns SS_TCP_CLOSE_RESET On: check it against that before approving.`;

/** After a check found RST On where the customer's NAT phones or TLS need it Off. */
export const fixOffer = (server: ServerConfig, viaProposal: boolean) =>
  viaProposal
    ? `Want me to propose turning SS_TCP_CLOSE_RESET Off on ${nameOf(server)}? An engineer approves every change.`
    : `Want me to ask an engineer to turn SS_TCP_CLOSE_RESET Off on ${nameOf(server)}?`;

/** "Yes" to asking an engineer. */
export const askedEngineersToChange = (server: ServerConfig) => `I've asked the engineers to turn SS_TCP_CLOSE_RESET Off on ${nameOf(server)}; nothing changes until one of them does it.`;

/** …and what they hear. */
export const changeAskedForEngineers = (customer: string, chat: string, server: ServerConfig, why: string) =>
  `← ${customer} (${chat}) asks for SS_TCP_CLOSE_RESET Off on ${server.id}: ${why}. No playbook turns it Off for this reason: set it by hand, or reply to them.`;

// ---- small talk and follow-ups --------------------------------------------------------------

/** Where one run the customer waits for stands, in a line. */
export function openRunLine(run: RunLike, server: ServerConfig | undefined, now: Date): string {
  const mins = Math.max(1, Math.round((now.getTime() - Date.parse(run.createdAt)) / 60_000));
  const name = server ? nameOf(server) : run.serverId;
  if (run.status === 'awaiting_approval') return `${run.id} is waiting for an engineer's approval (proposed ${mins} min ago). I'll tell you when it starts.`;
  if (run.kind === 'diagnose') return `Still checking ${name} (read-only)…`;
  if (run.kind === 'rollback') return `${run.id} is undoing ${run.rollbackOf} on ${name}; I'll report when it is done.`;
  return `${run.id} is being applied on ${name}; I'll report when it is done.`;
}

/** The last change of ours on a server and how it ended, in a line. */
export function lastRunLine(run: RunLike, server: ServerConfig | undefined, now: Date): string {
  const name = server ? nameOf(server) : run.serverId;
  const when = whenText(run.finishedAt ?? run.createdAt, now);
  if (run.kind === 'rollback') return `${run.id} undid ${run.rollbackOf} on ${name} ${when}: ${run.outcome ?? run.status}.`;
  switch (run.status) {
    case 'succeeded':
      return `${run.id} on ${name} was applied ${when} and verified: ${changesText(run.plan)}.`;
    case 'rolled_back':
      return `${run.id} on ${name} (${changesText(run.plan)}) was rolled back${run.rolledBackBy ? ` by ${run.rolledBackBy}` : ''}.`;
    case 'failed':
      return `${run.id} on ${name} did not complete ${when}: ${run.outcome ?? 'failed'}.`;
    default:
      return `${run.id} on ${name} ended ${run.status} ${when}.`;
  }
}

/** "Any update?" when nothing of the customer's waits or runs. */
export const NOTHING_OPEN = 'Nothing is waiting or running for you right now.';

/** What a follow-up is answered from. */
export interface FollowUpContext {
  readonly open: readonly RunLike[];
  /** The customer's last remediation or rollback that ended. */
  readonly last: RunLike | null;
  readonly server: (id: string) => ServerConfig | undefined;
  readonly now: Date;
}

/**
 * Small talk answered in place: "You're welcome. I'll write when R-8 starts.", the real status,
 * and for "is it fixed now?" the last run's outcome with an offer of fresh figures.
 */
export function followUp(talk: readonly SmallTalk[], lang: Language, ctx: FollowUpContext): string {
  const m = messages(lang);
  const has = (t: SmallTalk) => talk.includes(t);
  const parts: string[] = [];
  if (has('greeting')) parts.push(m.greeting);
  if (has('thanks') || has('resolved')) parts.push(`${m.welcome}${has('resolved') && lang === 'en' ? ' Glad it works.' : ''}`);
  else if (has('ack')) parts.push('OK.');
  const asked = has('status') || has('fixed');
  if (ctx.open.length) {
    if (asked) parts.push(...ctx.open.map((r) => openRunLine(r, ctx.server(r.serverId), ctx.now)));
    else parts.push(...ctx.open.map((r) => (r.status === 'awaiting_approval' ? `I'll write when ${r.id} starts.` : `I'll write when ${r.id} is done.`)));
  } else if (asked) {
    if (has('status') && !has('fixed')) parts.push(NOTHING_OPEN);
    if (ctx.last) parts.push(lastRunLine(ctx.last, ctx.server(ctx.last.serverId), ctx.now));
    else if (has('fixed')) parts.push('I have not changed anything on your servers lately.');
    if (has('fixed') && !has('figures')) parts.push('Want fresh figures? Say "check" and I will read the server (read-only).');
  }
  if (parts.length === 0) parts.push('OK.');
  return parts.join(' ');
}

// ---- requests about runs --------------------------------------------------------------------

/** The customer's rollback request is with an engineer. */
export const rollbackAsked = (run: RunLike, server: ServerConfig | undefined, now: Date) =>
  `I've asked an engineer to undo ${run.id} on ${server ? nameOf(server) : run.serverId} (${changesText(run.plan)}, applied ${whenText(run.finishedAt ?? run.createdAt, now)}). Only an engineer can approve that; I'll tell you when it is done.`;

/** …and what the engineers get: the run, what it changed, and the command to act on it. */
export const rollbackAskedForEngineers = (customer: string, chat: string, run: RunLike, text: string, now: Date) =>
  [
    `← ${customer} (${chat}) asks to roll back ${run.id} on ${run.serverId} (${changesText(run.plan)}, applied ${whenText(run.finishedAt ?? run.createdAt, now)}): "${clip(text, 200)}"`,
    `rollback ${run.id} · run ${run.id}`,
  ].join('\n');

/** Nothing of ours to undo: why, and that a person has the message. */
export const noRollback = (why: string) => `${why} ${en.handedOff}`;

/** …for the engineers. */
export const noRollbackForEngineers = (customer: string, chat: string, text: string, why: string) => `← ${customer} (${chat}) asks to roll back: "${clip(text, 200)}". ${why}`;

/** "What did you change?": the recent runs on the customer's servers. */
export function changesList(runs: readonly RunLike[], server: (id: string) => ServerConfig | undefined, now: Date, days: number): string {
  if (runs.length === 0) return `We have not changed anything on your servers in the last ${days} days.`;
  const line = (r: RunLike) => {
    const name = server(r.serverId) ? nameOf(server(r.serverId)!) : r.serverId;
    if (r.status === 'awaiting_approval') return `• ${r.id} ${name}: ${changesText(r.plan)} — waiting for an engineer's approval`;
    if (r.kind === 'rollback') return `• ${r.id} ${name} ${whenText(r.finishedAt ?? r.createdAt, now)}: undid ${r.rollbackOf} — ${r.status}`;
    return `• ${r.id} ${name} ${whenText(r.finishedAt ?? r.createdAt, now)}: ${changesText(r.plan)} — ${r.status}${r.rolledBackBy ? ' (rolled back since)' : ''}`;
  };
  return ['Recent changes on your servers:', ...runs.map(line), 'To undo one, say "undo R-<n>"; an engineer approves it.'].join('\n');
}

// ---- proposals the memory holds back --------------------------------------------------------

/** The reasons of some holds, each once (one rejection holds several changes), with until when if asked. */
const reasonsOf = (holds: readonly Hold[], until = false) => [...new Set(holds.map((h) => `${h.reason}${until && h.until ? ` (held until ${h.until.slice(11, 16)} UTC)` : ''}`))];

/** Every change of the fix is held back: why, quoting the rejection, and that a person has the message. */
export function heldForCustomer(server: ServerConfig, plan: Plan, holds: readonly Hold[], lang: Language): string {
  return [`The fix on ${nameOf(server)} would be ${changesText(plan)}, but I won't propose that again now:`, ...reasonsOf(holds).map((r) => `• ${r}`), messages(lang).handedOff].join('\n');
}

/** …and for the engineers: the message, what was held and why, how to propose it anyway. */
export function heldForEngineers(diagnosisId: string, customer: string, customerId: string, chat: string, server: ServerConfig, keyFacts: string, plan: Plan, holds: readonly Hold[], symptom: string): string {
  return [
    `[${diagnosisId}] ${customer} (${chat}) needs a person: "${clip(symptom, 200)}"`,
    `${server.id}: ${keyFacts}`,
    `${plan.intent.title}: ${changesText(plan)} — held back, not proposed:`,
    ...reasonsOf(holds, true).map((r) => `• ${r}`),
    `propose ${diagnosisId} — propose it all the same · memory ${customerId} · forget ${customerId} ${holds[0] ? holds[0].entryId : '<n>'}`,
  ].join('\n');
}

/** What else waits on the server, for the engineers, next to a new proposal or hand-off. */
export const alsoWaiting = (serverId: string, runs: readonly RunLike[]) =>
  runs.length ? `also waiting on ${serverId}: ${runs.map((r) => `${r.id} (${r.playbook ?? r.kind}: ${changesText(r.plan)})`).join('; ')}` : null;

// ---- customer memory, for engineers ---------------------------------------------------------

/** One remembered entry in a line, with the number `forget` takes. */
export const memoryLine = (e: MemoryEntry, names: (raw: string) => string, now: Date) => `#${e.id} ${e.serverId ?? 'all servers'} · ${describeEntry(e, names, now)}`;

/** `memory CUSTOMER`: everything remembered, what it holds back now, and how to correct it. */
export function memoryText(customer: { id: string; name: string }, memory: CustomerMemory, holds: readonly (Hold & { serverId: string })[], names: (raw: string) => string, now: Date): string {
  if (memory.entries.length === 0) return `Nothing remembered about ${customer.name} (${customer.id}).`;
  return [
    `What we remember about ${customer.name} (${customer.id}):`,
    ...memory.entries.map((e) => memoryLine(e, names, now)),
    ...(holds.length ? ['Held back now:', ...holds.map((h) => `• ${h.serverId}: ${h.key} → ${h.to}${h.until ? ` until ${h.until.slice(11, 16)} UTC` : ''} (#${h.entryId})`)] : []),
    `forget ${customer.id} <n|tls|nat|udp|cps|R-n|all> — correct it`,
  ].join('\n');
}

/** What `forget` removed. */
export const forgotten = (customerId: string, gone: readonly MemoryEntry[], names: (raw: string) => string, now: Date) =>
  gone.length ? [`Forgotten for ${customerId}:`, ...gone.map((e) => memoryLine(e, names, now))].join('\n') : `Nothing like that is remembered for ${customerId}. See: memory ${customerId}`;
