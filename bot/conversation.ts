import { z } from 'zod';
import type { ServerConfig } from '../config/schema.js';
import { playbookIdSchema, type PlaybookId } from '../playbooks/ids.js';
import { getPlaybook } from '../playbooks/library.js';
import type { MatchResult } from './matcher/index.js';
import * as say from './replies.js';

/**
 * Where one customer chat stands. Persisted (store docs) so a customer waiting for an
 * approval is still waiting after a restart. `since` lets stale questions lapse.
 */
export const chatStateSchema = z.discriminatedUnion('step', [
  z.object({ step: z.literal('idle') }),
  z.object({ step: z.literal('choose_server'), playbook: playbookIdSchema, symptom: z.string(), evidence: z.unknown(), serverIds: z.array(z.string()), since: z.string() }),
  z.object({ step: z.literal('clarify'), symptom: z.string(), evidence: z.unknown(), candidates: z.array(playbookIdSchema), since: z.string() }),
  z.object({ step: z.literal('diagnosing'), runId: z.string(), playbook: playbookIdSchema, serverId: z.string(), symptom: z.string(), evidence: z.unknown(), since: z.string() }),
  z.object({ step: z.literal('proposed'), runId: z.string(), serverId: z.string(), since: z.string() }),
]);
export type ChatState = z.infer<typeof chatStateSchema>;

/** What the assistant must do after a customer's turn. */
export type TurnAction =
  | { type: 'reply'; text: string }
  | { type: 'notifyEngineers'; text: string }
  | { type: 'diagnose'; playbook: PlaybookId; server: ServerConfig; symptom: string; evidence: unknown }
  | { type: 'status'; runId: string };

export interface TurnInput {
  readonly text: string;
  readonly match: MatchResult;
  readonly customerName: string;
  readonly chat: string;
  readonly servers: readonly ServerConfig[];
  readonly pickServer: (servers: readonly ServerConfig[], answer: string) => ServerConfig | null;
  readonly now: Date;
}

/** Questions we asked expire after this long; a later message is read afresh. */
const QUESTION_TTL_MS = 30 * 60_000;

const APPROVAL_WORDS = /^\s*\/?(approve|reject|rollback)\b/i;

/**
 * One customer turn (pure): the state and message decide the next state and the actions.
 * The assistant performs the actions (replies, notifications, the diagnose job).
 */
export function customerTurn(state: ChatState, input: TurnInput): { state: ChatState; actions: TurnAction[] } {
  const { text, match, now } = input;
  const fresh = (since: string) => now.getTime() - Date.parse(since) < QUESTION_TTL_MS;

  if (APPROVAL_WORDS.test(text)) return { state, actions: [{ type: 'reply', text: say.CUSTOMER_CANNOT_APPROVE }] };

  if (state.step === 'choose_server' && fresh(state.since)) {
    const servers = input.servers.filter((s) => state.serverIds.includes(s.id));
    const server = input.pickServer(servers, text);
    if (server) return diagnose(state.playbook, server, state.symptom, state.evidence);
    if (match.decision === 'none') return { state, actions: [{ type: 'reply', text: `Please answer with a number from the list. ${say.askServer(servers)}` }] };
  }

  if (state.step === 'clarify' && fresh(state.since)) {
    const answer = text.trim().replace(/[.)]+$/, '');
    const n = /^\d$/.test(answer) ? Number(answer) : NaN;
    const chosen = Number.isInteger(n) ? state.candidates[n - 1] : state.candidates.find((c) => match.playbook === c && match.decision !== 'none');
    if (chosen) return pickServerFor(chosen, state.symptom, state.evidence, input);
    if (n === state.candidates.length + 1 || /something else|none|other/i.test(answer)) {
      return {
        state: { step: 'idle' },
        actions: [
          { type: 'reply', text: say.HANDOFF },
          { type: 'notifyEngineers', text: `← ${input.customerName} (${input.chat}), not matched: "${state.symptom.slice(0, 300)}"` },
        ],
      };
    }
  }

  if ((state.step === 'diagnosing' || state.step === 'proposed') && match.decision === 'none') {
    return { state, actions: [{ type: 'status', runId: state.runId }] };
  }

  switch (match.decision) {
    case 'confident':
      return pickServerFor(match.playbook!, text, evidenceOf(match), input);
    case 'ambiguous': {
      const candidates = match.candidates.map((c) => c.playbook).slice(0, 3);
      if (candidates.length < 2 && match.playbook) candidates.splice(0, candidates.length, match.playbook);
      return {
        state: { step: 'clarify', symptom: text, evidence: evidenceOf(match), candidates, since: now.toISOString() },
        actions: [{ type: 'reply', text: say.askClarify(candidates) }],
      };
    }
    default:
      return {
        state: { step: 'idle' },
        actions: [
          { type: 'reply', text: say.HANDOFF },
          { type: 'notifyEngineers', text: `← ${input.customerName} (${input.chat}), not matched: "${text.slice(0, 300)}${text.length > 300 ? '…' : ''}"` },
        ],
      };
  }

  function diagnose(playbook: PlaybookId, server: ServerConfig, symptom: string, evidence: unknown) {
    return {
      state,
      actions: [
        { type: 'reply', text: say.checking(server) },
        { type: 'diagnose', playbook, server, symptom, evidence },
      ] satisfies TurnAction[],
    };
  }
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
      { type: 'reply', text: `${summary}\n${say.checking(choice)}` },
      { type: 'diagnose', playbook, server: choice, symptom, evidence },
    ],
  };
}

/** What of a match is kept on the run for the engineer to review. */
export function evidenceOf(m: MatchResult): unknown {
  return { decision: m.decision, playbook: m.playbook, confidence: Math.round(m.confidence * 1000) / 1000, candidates: m.candidates, evidence: m.evidence, extracted: m.extracted };
}
