// The offer to watch in the customer conversation (pure reducer, real matchers): taking it, a
// named time, declining, "stop watching" whatever the chat is doing, and a new problem meanwhile.
import { describe, expect, it } from 'vitest';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const one = configWith([{ id: 'vos-dhaka', name: 'vos-dhaka' }]);
const m = matchersFor(one);

/** A chat whose last diagnosis offered to watch vos-dhaka. */
function offered(): Chat {
  const chat = new Chat(one, m);
  chat.state = { step: 'offered_watch', diagnosisId: 'R-7', serverId: 'vos-dhaka', since: '2025-03-01T10:00:00.000Z' };
  return chat;
}

describe('the offer to watch', () => {
  it('"watch", "yes" and a named time take it', () => {
    for (const [text, at] of [
      ['watch', null],
      ['yes please', null],
      ['ok watch it', null],
      ['check at 21:00', { hour: 21, minute: 0 }],
      ['yes, from 7pm', { hour: 19, minute: 0 }],
    ] as const) {
      const chat = offered();
      expect(chat.say(text), text).toEqual([{ type: 'watch', diagnosisId: 'R-7', at, lang: 'en' }]);
      expect(chat.state).toEqual({ step: 'idle' });
    }
  });

  it('"no thanks" declines it; a new problem is read as one', () => {
    const chat = offered();
    expect(Chat.replies(chat.say('no thanks'))).toEqual(["You're welcome. Ask me any time."]);
    expect(chat.state).toEqual({ step: 'idle' });
    const again = offered();
    const actions = again.say('calls fail with "bind failed: Address already in use" right now');
    expect(actions.some((a) => a.type === 'watch')).toBe(false);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'port_exhaustion' }));
  });

  it('"stop watching" stops the watches, from any state, and leaves a waiting run alone', () => {
    expect(offered().say('stop watching')).toEqual([{ type: 'stopWatch' }]);
    const waiting = new Chat(one, m);
    waiting.state = { step: 'proposed', runId: 'R-9', serverId: 'vos-dhaka', since: '2025-03-01T10:00:00.000Z' };
    expect(waiting.say('please stop monitoring')).toEqual([{ type: 'stopWatch' }]);
    expect(waiting.state).toMatchObject({ step: 'proposed', runId: 'R-9' });
  });
});
