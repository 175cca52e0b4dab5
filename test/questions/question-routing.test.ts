// A message the symptom matcher reads as a question (evidence.asks) is asked or answered in the
// chat, never met with a proposal; a question that reports a fault still goes to the playbook.
import { describe, expect, it } from 'vitest';
import type { TurnAction } from '../../bot/conversation.js';
import { HANDOFF } from '../../bot/replies.js';
import { knowledgeEntry } from '../../bot/questions/index.js';
import { evalSet, tuningFamilies } from '../../testkit/evaluation/index.js';
import { Chat, configWith, matchersFor } from './fixtures.js';

const config = configWith([{ id: 'vos-dhaka' }]);
const matchers = matchersFor(config);
const proposes = (actions: readonly TurnAction[]) => actions.some((a) => a.type === 'diagnose' && a.purpose === 'propose');

function firstTurn(text: string): { actions: TurnAction[]; replies: string[]; chat: Chat } {
  const chat = new Chat(config, matchers);
  const actions = chat.say(text);
  return { actions, replies: Chat.replies(actions), chat };
}

describe('questions in the chat', () => {
  const questions = [
    ...tuningFamilies.questionsSmallFigures.map((e) => e.text),
    ...evalSet.filter((e) => e.expect === null && matchers.matcher.match(e.text).evidence.asks).map((e) => e.text),
    'we have 1500 time_wait on a quiet server, is that normal?',
    'how do i know if the firewall drops rst packets?',
    'what causes address already in use errors?',
  ];

  it('never get a proposal, and always get a reply', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    for (const text of questions) {
      const { actions, replies } = firstTurn(text);
      expect(proposes(actions), text).toBe(false);
      expect(replies.length, text).toBeGreaterThan(0);
    }
  });

  it('are answered when the question matcher knows them, even with a TIME_WAIT count or a symptom word in them', () => {
    for (const [text, entry] of [
      ['we have 1500 time_wait on a quiet server, is that normal?', 'timewait'],
      ['2000 TIME_WAIT at 60 cps, is that ok?', 'timewait'],
      ['how do i know if the firewall drops rst packets?', 'nat_firewall'],
    ] as const) {
      expect(matchers.matcher.match(text).evidence.asks, text).toBe(true);
      const { replies, chat } = firstTurn(text);
      expect(replies[0], text).toContain(knowledgeEntry(entry).answer);
      expect(chat.state.step, text).toBe('offered_check');
    }
  });

  it('are asked back, not handed over, when the matcher still sees a playbook in them', () => {
    const { replies, chat } = firstTurn('what causes address already in use errors?');
    expect(replies[0]).not.toBe(HANDOFF);
    expect(chat.state.step).toBe('clarify');
  });

  it('that report a fault still lead to the playbook', () => {
    for (const text of ['time_wait 30000, is that normal?', 'why do we get bind exceptions every night at peak?']) {
      const { actions } = firstTurn(text);
      expect(proposes(actions), text).toBe(true);
    }
  });
});
