import * as z from 'zod';
import type { ServerConfig } from '../config/schema.js';
import type { PlaybookId } from '../playbooks/ids.js';
import { playbookIdSchema } from '../playbooks/id-schema.js';
import { getPlaybook } from '../playbooks/library.js';
import type { SaidTopic } from '../runs/memory.js';
import type { TypedRun } from '../runs/records.js';
import { languageOf, type Language } from './i18n/index.js';
import { rules, type MatchResult } from './matcher/index.js';
import { deploymentFrom, deploymentSchema, knowledgeEntry, readChatRequest, readCpsAnswer, readNatTlsAnswer, recommend, unknownDeployment, type Deployment, type KnowledgeId, type QuestionAnalysis, type SmallTalk } from './questions/index.js';
import * as say from './replies.js';

/**
 * Where one customer chat stands. Persisted (store docs) so a customer waiting for an
 * approval is still waiting after a restart. `since` lets stale questions lapse.
 *
 * Besides the symptom flow (choose_server → diagnosing → proposed, or clarify first):
 * - `advice`: the deployment-advice dialogue asked `asked.at(-1)` and waits for the answer;
 * - `offered_check`: an answer ended with "want me to check your server?";
 * - `choose_check_server`: a health check waits for "which server?";
 * - `health_check`: a read-only diagnosis runs; its numbers are the answer, no proposal follows;
 * - `offered_fix`: a check found RST On where the customer's NAT phones or TLS need it Off, and
 *   offered the change (a proposal through `playbook`, or, without one, a word to the engineers);
 * - `offered_watch`: a diagnosis did not see the problem now and offered to watch the server
 *   (from now, or from a time the customer names).
 */
export const chatStateSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('idle') }),
  z.object({ step: z.literal('choose_server'), playbook: playbookIdSchema, symptom: z.string(), evidence: z.unknown(), serverIds: z.array(z.string()), since: z.string() }),
  z.object({ step: z.literal('clarify'), symptom: z.string(), evidence: z.unknown(), candidates: z.array(playbookIdSchema), since: z.string() }),
  z.object({ step: z.literal('diagnosing'), runId: z.string(), playbook: playbookIdSchema, serverId: z.string(), symptom: z.string(), evidence: z.unknown(), since: z.string() }),
  z.object({ step: z.literal('proposed'), runId: z.string(), serverId: z.string(), since: z.string() }),
  z.object({ step: z.literal('advice'), asked: z.array(z.enum(['cps', 'nat_tls'])).min(1).max(2), deployment: deploymentSchema, since: z.string() }),
  z.object({ step: z.literal('offered_check'), serverIds: z.array(z.string()), question: z.string().optional(), since: z.string() }),
  z.object({ step: z.literal('choose_check_server'), request: z.string(), serverIds: z.array(z.string()), since: z.string() }),
  z.object({ step: z.literal('health_check'), runId: z.string(), serverId: z.string(), since: z.string() }),
  z.object({ step: z.literal('offered_fix'), playbook: playbookIdSchema.nullable(), serverId: z.string(), why: z.string(), since: z.string() }),
  z.object({ step: z.literal('offered_watch'), diagnosisId: z.string(), serverId: z.string(), since: z.string() }),
]);
/** One chat's state (see chatStateSchema). */
export type ChatState = z.infer<typeof chatStateSchema>;

/**
 * What the assistant must do after a customer's turn. A `diagnose` either leads to a proposal
 * (`purpose: 'propose'`, the symptom flow) or is the whole answer (`purpose: 'health_check'`:
 * read-only, recorded as a `diagnosed` run without a playbook, no remediation follows).
 */
export type TurnAction =
  | { type: 'reply'; text: string }
  | { type: 'notifyEngineers'; text: string }
  /** A person is needed: a hand-off opens (`fallback`: what the engineers read if it cannot be stored); `runId` the proposal that waits, if any. */
  | { type: 'handOff'; reason: string; fallback: string; runId: string | null }
  | { type: 'diagnose'; purpose: 'propose'; playbook: PlaybookId; server: ServerConfig; symptom: string; evidence: unknown }
  | { type: 'diagnose'; purpose: 'health_check'; server: ServerConfig; request: string; evidence: unknown }
  /** Where things stand: the run the chat waits for (if any) and every other open run of the customer. */
  | { type: 'status'; runId?: string }
  /** The customer asks to undo a change: the run is worked out from history and an engineer decides. */
  | { type: 'rollback'; runId: string | null; today: boolean; text: string }
  /** "What did you change?": the recent runs on the customer's servers. */
  | { type: 'changes' }
  /** What the customer told us about their deployment, to remember (serverId null: all their servers). */
  | { type: 'remember'; serverId: string | null; said: readonly { topic: SaidTopic; value: boolean | number }[]; text: string }
  /** Watch the server of a diagnosis that decided to watch: from the next check, or from `at` (their time of day). */
  | { type: 'watch'; diagnosisId: string; at: { hour: number; minute: number } | null; lang: Language }
  /** "Stop watching": the customer's watches end. */
  | { type: 'stopWatch' };

/**
 * What a customer turn decided. `readsRuns`: the decision words what the customer's runs are
 * doing and was made without them (`open` not given): `open` for what waits (a hand-off says
 * so), `history` for that and the last change (small talk says where things stand). The caller
 * reads them and decides again. Most messages (symptoms, questions) need no runs, so their
 * first answer does not wait for the store.
 */
export interface Turn {
  readonly state: ChatState;
  readonly actions: TurnAction[];
  readonly readsRuns?: 'open' | 'history';
}

/** What one customer turn is decided on: the message, both matchers' readings and the customer's servers. */
export interface TurnInput {
  readonly text: string;
  readonly match: MatchResult;
  /** The question matcher's reading of the same text. */
  readonly question: QuestionAnalysis;
  readonly customerName: string;
  readonly chat: string;
  readonly servers: readonly ServerConfig[];
  readonly pickServer: (servers: readonly ServerConfig[], answer: string) => ServerConfig | null;
  readonly now: Date;
  /** The customer's runs that wait for an engineer or are under way, newest first (none when not given). */
  readonly open?: readonly TypedRun[];
  /** The customer's last remediation or rollback that ended (null when none, or not given). */
  readonly lastChange?: TypedRun | null;
}

/** Which flow answers a message (see routeMessage). */
export type Route =
  | { readonly kind: 'symptom' }
  | { readonly kind: 'question'; readonly entry: KnowledgeId }
  | { readonly kind: 'advice' }
  | { readonly kind: 'health_check' }
  | { readonly kind: 'help' }
  | { readonly kind: 'none' };

/** Questions we asked expire after this long; a later message is read afresh. */
const QUESTION_TTL_MS = 30 * 60_000;

const APPROVAL_WORDS = /^\s*\/?(approve|reject)\b/i;
/**
 * Rules that quote what the server itself says (log lines, error names, "address already in
 * use"): a message carrying one reports the problem, however it is put.
 */
const SIGNATURE_RULES = new Set(rules.filter((r) => r.playbook !== null && r.weight >= 4 && (r.on === 'text' || r.id === 'pe.address-in-use')).map((r) => r.id));
/** A TIME_WAIT count this high in the message is a problem report too. */
const REPORTED_TIME_WAIT = 1000;
/** A playbook rule this strong means the message describes the symptom, not just the setting. */
const DESCRIBED = 2.5;

/**
 * True when a message carries a log signature or a TIME_WAIT count and a playbook fits: it
 * reports the problem however it is put, and no question reading can change that (so the
 * assistant need not ask the question matcher).
 */
export function reportsSymptom(match: MatchResult): boolean {
  return match.decision !== 'none' && !match.evidence.asks && (match.evidence.rules.some((r) => SIGNATURE_RULES.has(r.id)) || (match.extracted.timeWait ?? 0) >= REPORTED_TIME_WAIT);
}

/** True when a message carries a log signature or a strong description of a playbook's symptom. */
const describesSymptom = (match: MatchResult) => reportsSymptom(match) || match.evidence.rules.some((r) => r.playbook !== null && r.weight >= DESCRIBED);

/**
 * Rules that state how a deployment is (phones behind NAT, a high call rate) or only name what a playbook is
 * about (RST, a router: Rule.names), not that something is wrong.
 */
const DEPLOYMENT_RULES = new Set(['nat.behind-nat', 'pe.high-cps', ...rules.filter((r) => r.names === true).map((r) => r.id)]);

/**
 * Tells questions from symptoms (pure).
 * - A log signature or a TIME_WAIT count: the customer has the problem — symptom flow,
 *   unless the matcher read the message as a question (`evidence.asks`): then it is answered.
 * - A knowledge question is answered when it asks how things are ("what is…", "how do I
 *   check…", "default?"), even when a playbook fits too — unless it also describes a symptom
 *   of the writer's own ("our phones went unregistered after the change, why?"). Put as a
 *   request ("please change the port range") it asks for an action, not an answer. Put as
 *   "should it…", it is answered when a playbook only half fits and no symptom is described.
 * - Advice ("should we…") and health checks ("can you check…") are taken up unless the
 *   message describes a symptom (or, for a check, complains of anything while a playbook
 *   fits), which the playbook flow serves better.
 * - Problems put as "why do we…"/"how to fix…", statements, and everything else: the symptom
 *   matcher decides (`none` goes to a person).
 */
export function routeMessage(match: MatchResult, question: QuestionAnalysis): Route {
  const { intent, form } = question;
  if (intent === 'help') return { kind: 'help' };
  const bySymptom: Route = match.decision === 'none' ? { kind: 'none' } : { kind: 'symptom' };
  if (intent === null || reportsSymptom(match)) return bySymptom;
  // The matcher read a question, not a fault report ("is 2000 TIME_WAIT a lot?"): answer it.
  if (match.evidence.asks) return intent === 'advice' || intent === 'health_check' ? { kind: intent } : { kind: 'question', entry: intent };
  const described = match.evidence.rules.some((r) => r.playbook !== null && r.weight >= DESCRIBED);
  if (intent === 'advice') {
    if (match.decision === 'none') return { kind: intent };
    return described || form === 'trouble' || form === 'statement' ? bySymptom : { kind: intent };
  }
  if (intent === 'health_check') {
    // "calls failing since yesterday, please check" describes a problem: the playbook flow
    // checks the server too, and goes on to a fix.
    if (match.decision === 'none') return { kind: intent };
    return described || question.complaint || match.decision === 'confident' || form === 'trouble' ? bySymptom : { kind: intent };
  }
  if (form === 'request') return bySymptom;
  if (match.decision === 'none') return { kind: 'question', entry: intent };
  // "our phones went unregistered after the rst change, why?" reports a problem of their own.
  if ((form === 'definition' || form === 'question') && !(described && question.personal)) return { kind: 'question', entry: intent };
  // "TLS here, should it stay off?" when a playbook only half fits; "…Please advise." after a symptom is not.
  if (form === 'advice' && match.decision === 'ambiguous' && !described) return { kind: 'question', entry: intent };
  return bySymptom;
}

/** "yes", "sure, check it", "please do": the customer takes up an offer. */
const TAKES_OFFER = /^\s*(?:yes|yeah|yep|yup|ya|sure|ok|okay|okk|pls|please|plz|go ahead|do it|check|look|of course|ofc|haan|ha|ji|why not|y)\b(?![\s\S]*\b(?:no|not|later|dont|don't)\b)[\s\S]{0,40}$/i;
/** "no", "not now", "thanks", "ok thanks": the customer declines or just acknowledges. */
const DECLINES_OFFER = /^\s*(?:no|nope|nah|not now|later|no thanks|no need|dont|don't|not needed|thanks|thank you|thx|ok(?:ay)? thanks?|ok(?:ay)? thank you|got it|noted|great|cool)\b(?![\s\S]*\b(?:check|yes|please|pls|go ahead)\b)[\s\S]{0,40}$/i;

/**
 * One customer turn (pure): the state and message decide the next state and the actions.
 * The assistant performs the actions (replies, notifications, the diagnose job). Every message
 * is heard whatever the state: a request for a person or a rollback, a question, a new problem,
 * small talk and anything else each get their answer while a proposal waits.
 */
export function customerTurn(state: ChatState, input: TurnInput): Turn {
  const { text, match, question, now } = input;
  const fresh = (since: string) => now.getTime() - Date.parse(since) < QUESTION_TTL_MS;
  const route = routeMessage(match, question);
  const ask = readChatRequest(text);
  const lang = languageOf(text);

  // "Roll back R-2", "put it back as it was": an engineer decides; the run comes from history.
  // "Please revert the tcp reset, our phones cannot register" describes a problem: its playbook
  // takes back exactly the setting at fault.
  if (ask.rollback && !describesSymptom(match) && !(match.decision !== 'none' && question.complaint)) return { state, actions: [{ type: 'rollback', runId: ask.runId, today: ask.today, text }] };
  if (APPROVAL_WORDS.test(text)) return { state, actions: [{ type: 'reply', text: say.CUSTOMER_CANNOT_APPROVE }] };
  if (ask.stopWatching) return { state: state.step === 'offered_watch' ? { step: 'idle' } : state, actions: [{ type: 'stopWatch' }] };
  // "Watch", "yes", "check at 21:00" to the offer to watch.
  if (state.step === 'offered_watch' && fresh(state.since) && route.kind !== 'symptom' && route.kind !== 'question') {
    if (ask.at || ask.watch || TAKES_OFFER.test(text)) return { state: { step: 'idle' }, actions: [{ type: 'watch', diagnosisId: state.diagnosisId, at: ask.at, lang }] };
    if (DECLINES_OFFER.test(text)) return { state: { step: 'idle' }, actions: [{ type: 'reply', text: say.offerDeclined(text) }] };
  }
  if (ask.person) return personWanted(state, input);
  if (ask.changes) return { state, actions: [{ type: 'changes' }] };

  if (state.step === 'choose_server' && fresh(state.since)) {
    const servers = input.servers.filter((s) => state.serverIds.includes(s.id));
    const server = input.pickServer(servers, text);
    if (server) return diagnose(state.playbook, server, state.symptom, state.evidence);
    if (match.decision === 'none' && route.kind !== 'question' && route.kind !== 'help' && !ask.onlySmallTalk) return { state, actions: [{ type: 'reply', text: `Please answer with a number from the list. ${say.askServer(servers)}` }] };
  }

  if (state.step === 'clarify' && fresh(state.since)) {
    const answer = text.trim().replace(/[.)]+$/, '');
    const n = /^\d$/.test(answer) ? Number(answer) : NaN;
    const chosen = Number.isInteger(n) ? state.candidates[n - 1] : state.candidates.find((c) => match.playbook === c && match.decision !== 'none');
    if (chosen) return pickServerFor(chosen, state.symptom, state.evidence, input);
    if (n === state.candidates.length + 1 || /something else|none|other/i.test(answer)) return handOff({ ...input, text: state.symptom });
  }

  if (state.step === 'choose_check_server' && fresh(state.since)) {
    const servers = input.servers.filter((s) => state.serverIds.includes(s.id));
    const server = input.pickServer(servers, text);
    if (server) return healthCheck(server, state.request, { step: 'idle' }, lang);
    if (route.kind === 'none' && !ask.onlySmallTalk) return { state, actions: [{ type: 'reply', text: `Please answer with a number from the list. ${say.askServer(servers)}` }] };
  }

  if (state.step === 'offered_check' && fresh(state.since) && route.kind !== 'symptom' && route.kind !== 'question' && route.kind !== 'advice') {
    if (DECLINES_OFFER.test(text)) return { state: { step: 'idle' }, actions: [{ type: 'reply', text: say.offerDeclined(text) }] };
    if (TAKES_OFFER.test(text) || route.kind === 'health_check') {
      const servers = input.servers.filter((s) => state.serverIds.includes(s.id));
      // The run keeps what was asked, not just "yes".
      return startHealthCheck(servers.length ? servers : input.servers, state.question ? `${state.question} → ${text}` : text, input);
    }
  }

  if (state.step === 'offered_fix' && fresh(state.since) && route.kind !== 'symptom' && route.kind !== 'question' && route.kind !== 'advice') {
    if (DECLINES_OFFER.test(text)) return { state: { step: 'idle' }, actions: [{ type: 'reply', text: say.offerDeclined(text) }] };
    const server = input.servers.find((s) => s.id === state.serverId);
    if (server && TAKES_OFFER.test(text)) return takeFixOffer(state, server, input);
  }

  if (state.step === 'advice' && fresh(state.since) && route.kind !== 'symptom') {
    const asked = state.asked[state.asked.length - 1]!;
    const answer = asked === 'cps' ? readCpsAnswer(text, state.deployment) : readNatTlsAnswer(text, state.deployment);
    // Another question or request in the middle of the dialogue is answered instead.
    if (answer || route.kind === 'none') return withRemembered(continueAdvice(answer ?? state.deployment, state.asked, input), answer, state.deployment, input);
  }

  const busy = state.step === 'diagnosing' || state.step === 'proposed' || state.step === 'health_check';
  // "We use TLS", "our phones are behind NAT", "about 300 cps": remembered, and held against the server.
  const statement = statementIn(input, route);
  if (statement) return rememberStatement(statement, state, busy, input);

  // Thanks, hello, "ok", "any update?", "is it fixed now?", "how many TIME_WAIT now?": answered here.
  if (ask.onlySmallTalk && route.kind !== 'symptom' && route.kind !== 'question' && route.kind !== 'advice' && route.kind !== 'help') return smallTalk(ask.smallTalk, state, busy, input);

  // While we wait for an answer to our own question, or a run is under way and the chat state
  // points at it, a question is answered without giving up the state.
  const waiting = (state.step === 'choose_server' || state.step === 'clarify' || state.step === 'choose_check_server') && fresh(state.since);
  if (waiting && route.kind === 'question') return { state, actions: [{ type: 'reply', text: say.answer(knowledgeEntry(route.entry), null) }] };
  if (busy) {
    if (route.kind === 'question') return { state, actions: [{ type: 'reply', text: say.answer(knowledgeEntry(route.entry), null) }] };
    if (route.kind === 'advice') return { state, actions: [{ type: 'reply', text: say.adviceOnce(deploymentFrom(text, unknownDeployment(), match.extracted.cps)) }] };
    if (route.kind === 'help') return { state, actions: [{ type: 'reply', text: say.CUSTOMER_HELP }] };
    // One read at a time: a check asked for while one runs gets where it stands.
    if (route.kind === 'health_check' && state.step !== 'proposed') return { state, actions: [{ type: 'status', runId: state.runId }] };
    // Anything else reaches a person at once; the chat keeps waiting for its run.
    if (route.kind === 'none') return handOff(input, state);
    // A new problem is diagnosed like any other; the engineers see it next to what waits.
  }

  switch (route.kind) {
    case 'help':
      return { state: { step: 'idle' }, actions: [{ type: 'reply', text: say.CUSTOMER_HELP }] };
    case 'question':
      return offerAfter(say.answer(knowledgeEntry(route.entry), offerLabel(input.servers)), input);
    case 'advice':
      return startAdvice(input);
    case 'health_check':
      return startHealthCheck(input.servers, text, input);
    case 'symptom':
      if (match.decision === 'confident') return pickServerFor(match.playbook!, text, evidenceOf(match), input);
      if (match.decision === 'ambiguous') {
        const candidates = match.candidates.map((c) => c.playbook).slice(0, 3);
        if (candidates.length < 2 && match.playbook) candidates.splice(0, candidates.length, match.playbook);
        return {
          state: { step: 'clarify', symptom: text, evidence: evidenceOf(match), candidates, since: now.toISOString() },
          actions: [{ type: 'reply', text: say.askClarify(candidates) }],
        };
      }
      return handOff(input);
    case 'none':
      return handOff(input);
  }

  function diagnose(playbook: PlaybookId, server: ServerConfig, symptom: string, evidence: unknown) {
    return {
      state,
      actions: [
        { type: 'reply', text: say.checking(server, languageOf(symptom)) },
        { type: 'diagnose', purpose: 'propose', playbook, server, symptom, evidence },
      ] satisfies TurnAction[],
    };
  }
}

/** The customer's proposals that wait for an engineer, as `open` has them. */
const waitingRuns = (input: TurnInput) => (input.open ?? []).filter((r) => r.kind === 'remediate' && r.status === 'awaiting_approval');

/** A decision worded from the customer's runs: when they were not given, the caller is told to give them. */
const fromRuns = (input: TurnInput, turn: { state: ChatState; actions: TurnAction[] }, reads: 'open' | 'history' = 'open'): Turn =>
  input.open === undefined ? { ...turn, readsRuns: reads } : turn;

/** A message the assistant cannot handle goes to a person at once (a hand-off), with what waits for them (the state stays, or goes idle). */
function handOff(input: TurnInput, keep: ChatState = { step: 'idle' }): Turn {
  const waiting = waitingRuns(input);
  return fromRuns(input, {
    state: keep,
    actions: [
      { type: 'reply', text: say.handOffReply(languageOf(input.text), waiting) },
      { type: 'handOff', reason: input.text, fallback: say.notMatchedForEngineers(input.customerName, input.chat, input.text, waiting), runId: waiting[0]?.id ?? null },
    ],
  });
}

/** "Can I talk to an engineer?": the engineers hear it at once, with the customer's servers and what waits. */
function personWanted(state: ChatState, input: TurnInput): Turn {
  const waiting = waitingRuns(input);
  return fromRuns(input, {
    state,
    actions: [
      { type: 'reply', text: say.personAsked(languageOf(input.text), waiting) },
      { type: 'handOff', reason: input.text, fallback: say.personForEngineers(input.customerName, input.chat, input.text, input.servers, waiting), runId: waiting[0]?.id ?? null },
    ],
  });
}

/**
 * Small talk and follow-ups, answered here from the customer's runs: thanks, hello and "ok"
 * (with what waits), where things stand, "is it fixed now?" (the last change and how it ended,
 * and an offer of fresh figures); a fresh figure is a read-only check.
 */
function smallTalk(talk: readonly SmallTalk[], state: ChatState, busy: boolean, input: TurnInput): Turn {
  const lang = languageOf(input.text);
  const rest = talk.filter((t) => t !== 'figures');
  const asksStatus = rest.includes('status') || rest.includes('fixed');
  const server = (id: string) => input.servers.find((s) => s.id === id);
  // `figures` goes along so that "is it fixed? how many now?" is not offered what it gets anyway.
  const inPlace = (t: readonly SmallTalk[], open = input.open ?? []): TurnAction[] =>
    t.some((x) => x !== 'figures') ? [{ type: 'reply', text: say.followUp(t, lang, { open, last: input.lastChange ?? null, server, now: input.now }) }] : [];
  // While the chat waits for a run, where it stands is that run's status (and the others').
  const actions: TurnAction[] =
    asksStatus && busy && 'runId' in state ? [...inPlace(rest.filter((t) => t !== 'status' && t !== 'fixed'), []), { type: 'status', runId: state.runId }] : inPlace(talk);
  if (!talk.includes('figures')) {
    // "Is it fixed now?" ends with an offer of fresh figures; "yes" then checks.
    const offer = talk.includes('fixed') && !busy && input.servers.length > 0;
    const next: ChatState = offer ? { step: 'offered_check', serverIds: serversInPlay(state, input).map((s) => s.id), question: input.text.slice(0, 300), since: input.now.toISOString() } : state;
    return fromRuns(input, { state: next, actions }, 'history');
  }
  if (state.step === 'diagnosing' || state.step === 'health_check') return fromRuns(input, { state, actions: [...actions, { type: 'status', runId: state.runId }] }, 'history');
  const check = startHealthCheck(serversInPlay(state, input), input.text, input);
  return fromRuns(input, { state: check.state, actions: [...actions, ...check.actions] }, 'history');
}

/** The servers a follow-up is about: the one the chat's run is on, else the customer's. */
function serversInPlay(state: ChatState, input: TurnInput): readonly ServerConfig[] {
  const id = 'serverId' in state ? state.serverId : (input.open ?? [])[0]?.serverId;
  const one = input.servers.find((s) => s.id === id);
  return one ? [one] : input.servers;
}

/** The deployment facts a message states (not asks, not complains of), if it is such a statement. */
function statementIn(input: TurnInput, route: Route): { topic: SaidTopic; value: boolean | number }[] | null {
  const { text, question, match } = input;
  if (text.length > 200 || /\?/.test(text) || question.complaint || reportsSymptom(match)) return null;
  // "Our phones are behind NAT" fits a playbook by its words, but says nothing is wrong.
  if (match.evidence.rules.some((r) => r.playbook !== null && r.weight > 0 && !DEPLOYMENT_RULES.has(r.id))) return null;
  if (route.kind === 'question' || route.kind === 'advice' || route.kind === 'health_check' || route.kind === 'help') return null;
  return saidIn(deploymentFrom(text, unknownDeployment(), match.extracted.cps));
}

/** The facts of a deployment reading, as memory topics (the call rate only as a figure). */
function saidIn(d: Deployment, before: Deployment = unknownDeployment()): { topic: SaidTopic; value: boolean | number }[] | null {
  const said: { topic: SaidTopic; value: boolean | number }[] = [];
  if (d.tls !== null && d.tls !== before.tls) said.push({ topic: 'tls', value: d.tls });
  if (d.nat !== null && d.nat !== before.nat) said.push({ topic: 'nat', value: d.nat });
  if (d.udpOnly !== null && d.udpOnly !== before.udpOnly) said.push({ topic: 'udp_only', value: d.udpOnly });
  if (d.cps !== null && d.cps !== before.cps) said.push({ topic: 'cps', value: d.cps });
  return said.length ? said : null;
}

/** The server a message is about: the one it names, the customer's only one, or the one the chat's run is on. */
function serverOf(state: ChatState, input: TurnInput): ServerConfig | null {
  const named = input.servers.filter((s) => input.match.extracted.serverIds.includes(s.id) || input.match.extracted.ips.includes(s.host));
  if (named.length === 1) return named[0]!;
  if (input.servers.length === 1) return input.servers[0]!;
  const id = 'serverId' in state ? state.serverId : null;
  return input.servers.find((s) => s.id === id) ?? null;
}

/**
 * A statement is remembered. What our records say against it is said back at once; when it
 * bears on SS_TCP_CLOSE_RESET and nothing runs, the server is read (read-only), and the check
 * holds the setting against it (and offers the change when they disagree). A proposal waiting
 * to turn RST On that the statement speaks against goes to the engineers at once.
 */
function rememberStatement(said: { topic: SaidTopic; value: boolean | number }[], state: ChatState, busy: boolean, input: TurnInput): Turn {
  const server = serverOf(state, input);
  const remember: TurnAction = { type: 'remember', serverId: server?.id ?? null, said, text: input.text.slice(0, 300) };
  const against = waitingRuns(input).filter((r) => (server === null || r.serverId === server.id) && r.plan?.changes.some((c) => c.changed && c.key === 'SS_TCP_CLOSE_RESET' && c.to === 'On'));
  const speaksAgainstRst = said.some((s) => (s.topic === 'tls' || s.topic === 'nat') && s.value === true);
  const tell: TurnAction[] = speaksAgainstRst ? against.map((r) => ({ type: 'notifyEngineers', text: say.statementAgainstProposal(r.id, input.customerName, input.chat, input.text) })) : [];
  const compare = !busy && server !== null && said.some((s) => s.topic !== 'cps');
  const reply: TurnAction = { type: 'reply', text: say.noted(said, server, compare) };
  if (!compare || !server) return fromRuns(input, { state, actions: [reply, remember, ...tell] });
  const check = healthCheck(server, `${input.text} (compared with the server)`, { step: 'idle' }, languageOf(input.text));
  return fromRuns(input, { state: check.state, actions: [reply, remember, ...tell, ...check.actions] });
}

/** The advice dialogue's answers are statements too: remembered as well. */
function withRemembered(turn: { state: ChatState; actions: TurnAction[] }, answer: Deployment | null, before: Deployment, input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const said = answer ? saidIn(answer, before) : null;
  if (!said) return turn;
  return { ...turn, actions: [...turn.actions, { type: 'remember', serverId: input.servers.length === 1 ? input.servers[0]!.id : null, said, text: input.text.slice(0, 300) }] };
}

/** "Yes" to "want me to turn RST Off?": a proposal through the playbook that does it, or the engineers' word. */
function takeFixOffer(state: Extract<ChatState, { step: 'offered_fix' }>, server: ServerConfig, input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const symptom = `${state.why} → ${input.text}`.slice(0, 500);
  if (state.playbook) {
    return {
      state: { step: 'idle' },
      actions: [
        { type: 'reply', text: say.checking(server, languageOf(input.text)) },
        { type: 'diagnose', purpose: 'propose', playbook: state.playbook, server, symptom, evidence: { kind: 'offer', why: state.why } },
      ],
    };
  }
  return {
    state: { step: 'idle' },
    actions: [
      { type: 'reply', text: say.askedEngineersToChange(server) },
      { type: 'notifyEngineers', text: say.changeAskedForEngineers(input.customerName, input.chat, server, state.why) },
    ],
  };
}

/** How an offer names the customer's server: its name when there is one, else "your server"; null without servers. */
function offerLabel(servers: readonly ServerConfig[]): string | null {
  if (servers.length === 0) return null;
  return servers.length === 1 ? (servers[0]!.name ?? servers[0]!.id) : 'your server';
}

/** Sends an answer that ends with an offer to check the server, and remembers the offer and what led to it. */
function offerAfter(text: string, input: TurnInput, about = input.text): { state: ChatState; actions: TurnAction[] } {
  const state: ChatState = input.servers.length ? { step: 'offered_check', serverIds: input.servers.map((s) => s.id), question: about.slice(0, 300), since: input.now.toISOString() } : { step: 'idle' };
  return { state, actions: [{ type: 'reply', text }] };
}

/** Starts the deployment-advice dialogue with what the message and our records already say. */
function startAdvice(input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const said = deploymentFrom(input.text, unknownDeployment(), input.match.extracted.cps);
  // Our records know some servers for NATed phones or TLS; when every server of the customer
  // is tagged, that answers the question before it is asked.
  const tagged = (tag: string) => input.servers.length > 0 && input.servers.every((s) => s.tags.includes(tag));
  const fromRecords: Deployment['fromRecords'] = [];
  if (said.nat === null && tagged('nat-phones')) fromRecords.push('nat');
  if (said.tls === null && tagged('tls')) fromRecords.push('tls');
  const deployment: Deployment = {
    ...said,
    nat: fromRecords.includes('nat') ? true : said.nat,
    tls: fromRecords.includes('tls') ? true : said.tls,
    fromRecords,
  };
  return continueAdvice(deployment, [], input);
}

/**
 * The next step of the advice dialogue: answer as soon as one fact decides (TLS, NAT, UDP
 * only), otherwise ask for the call rate, then for NAT/TLS — never more than two questions.
 */
function continueAdvice(d: Deployment, asked: readonly ('cps' | 'nat_tls')[], input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const decided = d.tls === true || d.nat === true || d.natOrTls === true || d.udpOnly === true;
  const since = input.now.toISOString();
  if (!decided && d.cps === null && d.cpsBand === null && !asked.includes('cps')) {
    return { state: { step: 'advice', asked: [...asked, 'cps'], deployment: d, since }, actions: [{ type: 'reply', text: say.ASK_CPS }] };
  }
  if (!decided && (d.nat === null || d.tls === null) && d.natOrTls === null && !asked.includes('nat_tls')) {
    return { state: { step: 'advice', asked: [...asked, 'nat_tls'], deployment: d, since }, actions: [{ type: 'reply', text: say.ASK_NAT_TLS }] };
  }
  const servers = input.servers;
  const rec = recommend(d);
  return offerAfter(say.advice(rec, d, offerLabel(servers), servers.length === 1 ? (servers[0]!.name ?? servers[0]!.id) : 'your server'), input, `deployment advice: ${rec ? `${rec.row.id}, ${rec.row.setting}` : 'by call rate'}`);
}

/** A health check on the one server, the server the message names, or after "which server?". */
function startHealthCheck(servers: readonly ServerConfig[], request: string, input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  if (servers.length === 0) {
    return {
      state: { step: 'idle' },
      actions: [
        { type: 'reply', text: say.NO_SERVER },
        { type: 'notifyEngineers', text: `← ${input.customerName} (${input.chat}) asked for a server check but has no server in the config: "${request.slice(0, 200)}"` },
      ],
    };
  }
  const named = servers.filter((s) => input.match.extracted.serverIds.includes(s.id) || input.match.extracted.ips.includes(s.host));
  const choice = servers.length === 1 ? servers[0]! : named.length === 1 ? named[0]! : null;
  if (!choice) {
    return {
      state: { step: 'choose_check_server', request, serverIds: servers.map((s) => s.id), since: input.now.toISOString() },
      actions: [{ type: 'reply', text: `I'll check it read-only; nothing gets changed. ${say.askServer(servers)}` }],
    };
  }
  const check = healthCheck(choice, request, { step: 'idle' }, languageOf(input.text));
  // "our server is slow, please check": the check answers for SIP over TCP; a person hears of the rest.
  if (input.question.complaint) check.actions.push({ type: 'notifyEngineers', text: `← ${input.customerName} (${input.chat}) asked for a check of ${choice.id} and wrote: "${request.slice(0, 300)}"` });
  return check;
}

function healthCheck(server: ServerConfig, request: string, state: ChatState, lang: Language): { state: ChatState; actions: TurnAction[] } {
  return {
    state,
    actions: [
      { type: 'reply', text: say.checking(server, lang) },
      { type: 'diagnose', purpose: 'health_check', server, request, evidence: { kind: 'health_check' } },
    ],
  };
}

function pickServerFor(playbook: PlaybookId, symptom: string, evidence: unknown, input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const summary = getPlaybook(playbook)!.summary;
  const named = input.servers.filter((s) => input.match.extracted.serverIds.includes(s.id) || input.match.extracted.ips.includes(s.host));
  const choice = input.servers.length === 1 ? input.servers[0]! : named.length === 1 ? named[0]! : null;
  if (input.servers.length === 0) {
    return {
      state: { step: 'idle' },
      actions: [
        { type: 'reply', text: say.NO_SERVER },
        { type: 'notifyEngineers', text: `← ${input.customerName} (${input.chat}) has no server in the config: "${symptom.slice(0, 200)}"` },
      ],
    };
  }
  if (!choice) {
    return {
      state: { step: 'choose_server', playbook, symptom, evidence, serverIds: input.servers.map((s) => s.id), since: input.now.toISOString() },
      actions: [{ type: 'reply', text: `${summary}\n${say.askServer(input.servers)}` }],
    };
  }
  return {
    state: { step: 'idle' },
    actions: [
      { type: 'reply', text: `${summary}\n${say.checking(choice, languageOf(symptom))}` },
      { type: 'diagnose', purpose: 'propose', playbook, server: choice, symptom, evidence },
    ],
  };
}

/** What of a match is kept on the run for the engineer to review. */
export function evidenceOf(m: MatchResult): unknown {
  return { decision: m.decision, playbook: m.playbook, confidence: Math.round(m.confidence * 1000) / 1000, candidates: m.candidates, evidence: m.evidence, extracted: m.extracted };
}
