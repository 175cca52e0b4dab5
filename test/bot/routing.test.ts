// Questions vs symptoms through the conversation reducer with the real matchers: what each
// labelled message leads to, and the one hard rule: a question never starts a remediation.
import { describe, expect, it } from 'vitest';
import type { TurnAction } from '../../bot/conversation.js';
import { en } from '../../bot/i18n/index.js';
import { ASK_CPS, ASK_NAT_TLS, CUSTOMER_HELP, HANDOFF, NOTHING_OPEN } from '../../bot/replies.js';
import { deploymentTable, knowledge, type KnowledgeId } from '../../bot/questions/index.js';
import { evalSet } from '../../testkit/evaluation/index.js';
import { heldOutSet, labelledSet, type Expect, type LabelledMessage } from '../questions/labelled-set.js';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const config = configWith([{ id: 'vos-dhaka' }]);
const matchers = matchersFor(config);

/** Answers given in place to small talk and to a request for a person: neither a symptom nor a question of ours. */
const IN_PLACE = [en.greeting, en.welcome, en.personAsked, NOTHING_OPEN, 'OK.'];

/**
 * What one message, sent to an idle chat, led to. `none` is neither a symptom nor a question
 * of ours: handed to a person, or small talk answered in place ("thanks", "any update?").
 */
function outcome(text: string): { got: Expect | 'other'; actions: TurnAction[] } {
  const chat = new Chat(config, matchers);
  const actions = chat.say(text);
  const replies = Chat.replies(actions);
  const diagnose = actions.find((a) => a.type === 'diagnose');
  if (diagnose?.type === 'diagnose') return { got: diagnose.purpose === 'propose' ? 'symptom' : 'health_check', actions };
  if (chat.state.step === 'clarify' || chat.state.step === 'choose_server') return { got: 'symptom', actions };
  if (replies[0] === HANDOFF) return { got: 'none', actions };
  if (IN_PLACE.some((t) => replies[0]?.startsWith(t))) return { got: 'none', actions };
  if (replies[0] === CUSTOMER_HELP) return { got: 'help', actions };
  if (replies[0] === ASK_CPS || replies[0] === ASK_NAT_TLS || deploymentTable.some((r) => replies[0]?.includes(`: SS_TCP_CLOSE_RESET ${r.setting}.`))) return { got: 'advice', actions };
  const entry = knowledge.find((e) => replies[0]?.startsWith(e.answer));
  return { got: entry ? (entry.id as KnowledgeId) : 'other', actions };
}

const isQuestion = (m: LabelledMessage) => m.expect !== 'symptom' && m.expect !== 'none';
const proposes = (actions: readonly TurnAction[]) => actions.some((a) => a.type === 'diagnose' && a.purpose === 'propose');

function figures(set: readonly LabelledMessage[]) {
  const rows = set.map((m) => ({ m, ...outcome(m.text) }));
  const right = rows.filter((r) => [r.m.expect, ...(r.m.also ?? [])].includes(r.got as Expect));
  const share = (f: (r: (typeof rows)[number]) => boolean) => {
    const part = rows.filter(f);
    return { n: part.length, right: part.filter((r) => right.includes(r)).length };
  };
  return {
    rows,
    accuracy: right.length / rows.length,
    misses: rows.filter((r) => !right.includes(r)).map((r) => `${r.m.expect} → ${r.got}: ${r.m.text}`),
    questions: share((r) => isQuestion(r.m)),
    symptoms: share((r) => r.m.expect === 'symptom'),
    other: share((r) => r.m.expect === 'none'),
  };
}

describe('questions vs symptoms in the conversation', () => {
  it('never answers a question, advice request or health check with a remediation proposal', () => {
    for (const m of [...labelledSet, ...heldOutSet].filter(isQuestion)) {
      expect(proposes(outcome(m.text).actions), m.text).toBe(false);
    }
  });

  it('sends each labelled message where an engineer would (tuned set: ≥ 97 %)', () => {
    const f = figures(labelledSet);
    console.info(
      `labelled set: ${(f.accuracy * 100).toFixed(1)} % of ${f.rows.length}; questions ${f.questions.right}/${f.questions.n}, symptoms ${f.symptoms.right}/${f.symptoms.n}, small talk and other ${f.other.right}/${f.other.n}`,
    );
    expect(f.misses.length / f.rows.length, f.misses.join('\n')).toBeLessThanOrEqual(0.03);
    expect(f.symptoms.right, f.misses.join('\n')).toBe(f.symptoms.n);
  });

  it('does as well on the held-out set it was never tuned on (≥ 90 %)', () => {
    const f = figures(heldOutSet);
    console.info(`held-out set: ${(f.accuracy * 100).toFixed(1)} % of ${f.rows.length}; questions ${f.questions.right}/${f.questions.n}, symptoms ${f.symptoms.right}/${f.symptoms.n}, other ${f.other.right}/${f.other.n}`);
    expect(f.accuracy, f.misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the symptom matcher\'s evaluation messages in the symptom flow (≤ 1 % taken for questions)', () => {
    const positives = evalSet.filter((e) => e.expect !== null);
    const diverted = positives.filter((e) => outcome(e.text).got !== 'symptom').map((e) => e.text);
    expect(diverted.length / positives.length, diverted.join('\n')).toBeLessThanOrEqual(0.01);
  });

  it('answers the evaluation set\'s questions about the parameter instead of handing them over', () => {
    for (const text of ['what does the tcp close reset setting do', 'should we turn on rst if our trunks are all udp?', 'what is time_wait exactly', 'is tcp_tw_reuse safe on centos 6?']) {
      expect(['none', 'symptom'], text).not.toContain(outcome(text).got);
    }
  });
});
