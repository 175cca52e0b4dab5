// The customer turn's new decisions (pure reducer, real matchers): statements are remembered,
// not taken for symptoms; a rollback request is not a symptom, nor a symptom a rollback
// request; anything else reaches a person at once while a proposal waits, and the wait goes on.
import { describe, expect, it } from 'vitest';
import { HANDOFF } from '../../bot/replies.js';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const one = configWith([{ id: 'vos-dhaka', name: 'vos-dhaka' }]);
const m = matchersFor(one);
const types = (actions: readonly { type: string }[]) => actions.map((a) => a.type);

describe('statements', () => {
  it('remembers "our phones are behind NAT" and compares it with the server, instead of proposing the NAT fix', () => {
    const actions = new Chat(one, m).say('our phones are behind NAT');
    expect(actions).toEqual([
      { type: 'reply', text: 'Noted: phones behind NAT on vos-dhaka. Let me compare that with what vos-dhaka has now.' },
      { type: 'remember', serverId: 'vos-dhaka', said: [{ topic: 'nat', value: true }], text: 'our phones are behind NAT' },
      { type: 'reply', text: 'Checking vos-dhaka (read-only)…' },
      expect.objectContaining({ type: 'diagnose', purpose: 'health_check' }),
    ]);
  });

  it('remembers a call rate without reading the server', () => {
    const actions = new Chat(one, m).say('we do about 300 cps');
    expect(actions).toEqual([
      { type: 'reply', text: 'Noted: about 300 calls per second on vos-dhaka.' },
      { type: 'remember', serverId: 'vos-dhaka', said: [{ topic: 'cps', value: 300 }], text: 'we do about 300 cps' },
    ]);
  });

  it('still takes a statement that describes a problem for the problem', () => {
    for (const text of ['the natted phones are not registered anymore', 'since the rst change our phones behind the router show unregistered']) {
      const actions = new Chat(one, m).say(text);
      expect(types(actions), text).not.toContain('remember');
      expect(actions, text).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'nat_unregistered' }));
    }
  });

  it('remembers the answers of the advice dialogue', () => {
    const chat = new Chat(one, m);
    chat.say('should we enable SS_TCP_CLOSE_RESET?');
    expect(chat.say('we use tls')).toContainEqual({ type: 'remember', serverId: 'vos-dhaka', said: [{ topic: 'tls', value: true }], text: 'we use tls' });
  });
});

describe('rollback requests', () => {
  it('takes "roll back" for a request, and a rollback asked for with a symptom for the symptom', () => {
    expect(new Chat(one, m).say('please roll back the change you made today')).toEqual([{ type: 'rollback', runId: null, today: true, text: 'please roll back the change you made today' }]);
    expect(new Chat(one, m).say('rollback R-2')).toEqual([{ type: 'rollback', runId: 'R-2', today: false, text: 'rollback R-2' }]);
    const actions = new Chat(one, m).say('please revert the tcp reset, our branch phones cannot register anymore');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'nat_unregistered' }));
  });
});

describe('while a proposal waits', () => {
  it('hands anything it cannot place to a person at once, answers questions, and keeps waiting', () => {
    const chat = new Chat(one, m);
    const waiting = { step: 'proposed' as const, runId: 'R-8', serverId: 'vos-dhaka', since: new Date('2025-03-01T10:00:00Z').toISOString() };
    chat.state = waiting;
    const actions = chat.say('fax not working');
    expect(actions).toEqual([
      { type: 'reply', text: HANDOFF },
      { type: 'handOff', reason: 'fax not working', fallback: '← ACME Telecom (+8801700000001), not matched: "fax not working"', runId: null },
    ]);
    expect(chat.state).toBe(waiting);
    expect(types(chat.say('what does tcp_tw_reuse do?'))).toEqual(['reply']);
    expect(chat.state).toBe(waiting);
    // A check may run next to a waiting proposal.
    expect(chat.say('check my server please')).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check' }));
  });
});

describe('reading the runs only when the words need them', () => {
  it('decides a symptom or a question without the runs, and asks for them for a hand-off or small talk', async () => {
    const { customerTurn } = await import('../../bot/conversation.js');
    const { Directory } = await import('../../bot/directory.js');
    const directory = new Directory(one);
    const decide = (text: string, open?: []) =>
      customerTurn({ step: 'idle' }, { text, match: m.matcher.match(text), question: m.questions.analyse(text), customerName: 'ACME Telecom', chat: '+8801700000001', servers: one.servers, pickServer: directory.pickServer.bind(directory), now: new Date(), ...(open ? { open } : {}) });
    expect(decide('java.net.BindException: Address already in use').readsRuns).toBeUndefined();
    expect(decide('what is the default of SS_TCP_CLOSE_RESET?').readsRuns).toBeUndefined();
    expect(decide('fax not working').readsRuns).toBe('open');
    expect(decide('thanks, is it fixed now?').readsRuns).toBe('history');
    expect(decide('fax not working', []).readsRuns).toBeUndefined();
  });
});
