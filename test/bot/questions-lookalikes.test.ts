// Messages between a fault report and a question, through the conversation reducer with the
// real matchers: the assistant answers the question or asks which problem is meant, and never
// goes on to a change. The matcher's reading is checked too, so that the test fails when either
// side changes: the matcher holds back (`evidence.asks`), the conversation answers or asks.
import { describe, expect, it } from 'vitest';
import type { TurnAction } from '../../bot/conversation.js';
import { HANDOFF } from '../../bot/replies.js';
import { tuningFamilies } from '../../testkit/evaluation/index.js';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const config = configWith([{ id: 'vos-dhaka' }]);
const matchers = matchersFor(config);

const proposes = (actions: readonly TurnAction[]) => actions.some((a) => a.type === 'diagnose' && a.purpose === 'propose');

/** Questions that name a symptom, a figure or a playbook's own words, without a fault of the writer's own. */
const lookAlikes = [
  'is 2000 time_wait a lot for 60 cps?',
  'can rst mode make phones behind nat unregister?',
  'quick q: why would a firewall drop rst packets?',
  'what causes address already in use errors?',
  'how do i know if the firewall drops rst packets?',
  'our server has 3k time_wait at 50 cps, ok?',
  '300 TIME_WAIT on a quiet server, normal?',
];

describe('a question that looks like a fault report', () => {
  it.each(lookAlikes)('is read as a question by the matcher, never confident: %j', (text) => {
    const match = matchers.matcher.match(text);
    expect(match.decision, match.evidence.reason).not.toBe('confident');
    expect(match.evidence.asks || match.decision === 'none', match.evidence.reason).toBe(true);
  });

  it.each(lookAlikes)('is answered or met with a question, never with a proposal: %j', (text) => {
    const chat = new Chat(config, matchers);
    const actions = chat.say(text);
    expect(proposes(actions)).toBe(false);
    // Answered (with an offer of a read-only check) or asked back which problem is meant; not handed over, not silent.
    const replies = Chat.replies(actions);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]).not.toBe(HANDOFF);
    expect(['offered_check', 'clarify', 'idle', 'advice']).toContain(chat.state.step);
  });

  it('never proposes a change on any question of the matcher\'s tuning split', () => {
    for (const { text } of tuningFamilies.questionsSmallFigures) {
      expect(proposes(new Chat(config, matchers).say(text)), text).toBe(false);
    }
  });

  it('still takes a fault report put as a question to the playbook flow', () => {
    // The control: the same words with a fault of the writer's own are a report, so the test above cannot pass by never proposing anything.
    const chat = new Chat(config, matchers);
    const actions = chat.say('why do we get address already in use on every tcp call to the carrier at peak?');
    expect(proposes(actions)).toBe(true);
  });
});
