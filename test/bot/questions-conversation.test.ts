// The question side of the customer conversation (pure reducer, real matchers): answers and
// offers, health checks, help, and questions that arrive while something else is going on.
import { describe, expect, it } from 'vitest';
import { chatStateSchema, customerTurn, reportsSymptom, type ChatState } from '../../bot/conversation.js';
import { Directory } from '../../bot/directory.js';
import { parseCommand } from '../../bot/commands.js';
import { CUSTOMER_HELP, HANDOFF, HELP } from '../../bot/replies.js';
import { knowledgeEntry, NOT_READ, unknownDeployment } from '../../bot/questions/index.js';
import { heldOutSet, symptomSet } from '../questions/labelled-set.js';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const one = configWith([{ id: 'vos-dhaka', name: 'vos-dhaka' }]);
const two = configWith([{ id: 'vos-dhaka' }, { id: 'vos-ctg' }]);
const oneM = matchersFor(one);
const twoM = matchersFor(two);

describe('answers', () => {
  it('answers whether the setting matters on UDP only and offers to check the server', () => {
    const chat = new Chat(one, oneM);
    const [reply] = Chat.replies(chat.say('does that tcp reset setting matter if we only use udp?'));
    expect(reply).toBe(`${knowledgeEntry('udp').answer}\nWant me to check which transports vos-dhaka uses?`);
    expect(chat.state).toMatchObject({ step: 'offered_check', serverIds: ['vos-dhaka'] });
    expect(chat.log.filter((a) => a.type !== 'reply')).toEqual([]);
  });

  it('reads a follow-up in the light of the answer before it', () => {
    const chat = new Chat(one, oneM);
    chat.say('what is the default of SS_TCP_CLOSE_RESET?');
    expect(Chat.replies(chat.say('and what about tls?'))[0]).toMatch(/^Keep it Off with TLS/);
  });

  it('starts a read-only health check when the offer is taken, and nothing else', () => {
    const chat = new Chat(one, oneM);
    chat.say('how do I check TIME_WAIT?');
    const actions = chat.say('yes pls');
    expect(actions).toEqual([
      { type: 'reply', text: 'Checking vos-dhaka (read-only)…' },
      expect.objectContaining({ type: 'diagnose', purpose: 'health_check', request: 'how do I check TIME_WAIT? → yes pls' }),
    ]);
  });

  it('takes "no" and "thanks" for an answer', () => {
    for (const [text, reply] of [['no thanks', "You're welcome. Ask me any time."], ['not now', 'OK. Ask me any time.'], ['ok thanks', "You're welcome. Ask me any time."]] as const) {
      const chat = new Chat(one, oneM);
      chat.say('what is time_wait?');
      expect(Chat.replies(chat.say(text)), text).toEqual([reply]);
      expect(chat.state.step).toBe('idle');
    }
  });

  it('hands an unknown question to a person, as before', () => {
    const chat = new Chat(one, oneM);
    const actions = chat.say('how do i add a new vendor gateway?');
    expect(Chat.replies(actions)).toEqual([HANDOFF]);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'handOff', reason: 'how do i add a new vendor gateway?', fallback: expect.stringMatching(/not matched: "how do i add a new vendor gateway\?"/) }));
  });

  it('lists what it can do on "help"', () => {
    expect(Chat.replies(new Chat(one, oneM).say('help'))).toEqual([CUSTOMER_HELP]);
    expect(CUSTOMER_HELP).toMatch(/check my server/);
  });
});

describe('health check requests', () => {
  it('checks the one server at once', () => {
    const actions = new Chat(one, oneM).say('check my server please');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check', server: expect.objectContaining({ id: 'vos-dhaka' }) }));
  });

  it('asks which server when there are several, then checks the chosen one', () => {
    const chat = new Chat(two, twoM);
    expect(Chat.replies(chat.say('can you check our server?'))[0]).toMatch(/read-only; nothing gets changed\. Which server\? 1\) vos-dhaka .* 2\) vos-ctg/);
    expect(chat.state.step).toBe('choose_check_server');
    const actions = chat.say('2');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check', server: expect.objectContaining({ id: 'vos-ctg' }), request: 'can you check our server?' }));
  });

  it('checks the server the message names', () => {
    const actions = new Chat(two, twoM).say('please check vos-ctg');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check', server: expect.objectContaining({ id: 'vos-ctg' }) }));
  });

  it('checks, and tells the engineers, when the request complains of something the check may not cover', () => {
    const actions = new Chat(one, oneM).say('our server is slow, please check');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'health_check' }));
    expect(actions).toContainEqual({ type: 'notifyEngineers', text: '← ACME Telecom (+8801700000001) asked for a check of vos-dhaka and wrote: "our server is slow, please check"' });
  });

  it('leaves a check request that describes a symptom to the playbook flow', () => {
    const chat = new Chat(one, oneM);
    const actions = chat.say('phones offline, can you check my server?');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'nat_unregistered' }));
  });

  it('tells a customer without a server, and the engineers', () => {
    const actions = new Chat(configWith([])).say('check my server please');
    expect(actions.map((a) => a.type)).toEqual(['reply', 'notifyEngineers']);
  });
});

describe('questions while something else is going on', () => {
  it('answers a question while a diagnosis runs, and keeps waiting for it', () => {
    const chat = new Chat(one, oneM);
    chat.state = { step: 'diagnosing', runId: 'R-5', playbook: 'port_exhaustion', serverId: 'vos-dhaka', symptom: 'x', evidence: null, since: new Date().toISOString() };
    const before = chat.state;
    expect(Chat.replies(chat.say('what does tcp_tw_reuse do?'))).toEqual([knowledgeEntry('kernel').answer]);
    expect(chat.state).toBe(before);
    expect(chat.say('any update?')).toEqual([{ type: 'status', runId: 'R-5' }]);
  });

  it('gives advice in one message while a proposal waits, without a dialogue', () => {
    const chat = new Chat(one, oneM);
    chat.state = { step: 'proposed', runId: 'R-6', serverId: 'vos-dhaka', since: new Date().toISOString() };
    const [reply] = Chat.replies(chat.say('should we turn on rst at 800 cps?'));
    expect(reply).toMatch(/For high-CPS wholesale .*: SS_TCP_CLOSE_RESET On\./);
    expect(chat.state.step).toBe('proposed');
  });

  it('answers a question asked instead of "which server?", and still takes the answer after', () => {
    const chat = new Chat(two, twoM);
    chat.say('bind failed: Address already in use on our switch');
    expect(chat.state.step).toBe('choose_server');
    expect(Chat.replies(chat.say('what is time_wait?'))[0]).toBe(knowledgeEntry('timewait').answer);
    expect(chat.say('1')).toContainEqual(expect.objectContaining({ type: 'diagnose', purpose: 'propose', playbook: 'port_exhaustion' }));
  });

  it('reports a running health check\'s status instead of starting another', () => {
    const chat = new Chat(one, oneM);
    chat.state = { step: 'health_check', runId: 'R-9', serverId: 'vos-dhaka', since: new Date().toISOString() };
    expect(chat.say('check my server please')).toEqual([{ type: 'status', runId: 'R-9' }]);
  });
});

describe('reading a problem report once', () => {
  it('decides the same with or without the question reading when a log signature is there', () => {
    const directory = new Directory(one);
    const now = new Date('2025-03-01T10:00:00Z');
    const since = now.toISOString();
    const states: ChatState[] = [
      { step: 'idle' },
      { step: 'offered_check', serverIds: ['vos-dhaka'], since },
      { step: 'advice', asked: ['cps'], deployment: unknownDeployment(), since },
      { step: 'choose_check_server', request: 'check', serverIds: ['vos-dhaka'], since },
      { step: 'health_check', runId: 'R-1', serverId: 'vos-dhaka', since },
      { step: 'proposed', runId: 'R-2', serverId: 'vos-dhaka', since },
    ];
    const texts = [...symptomSet, ...heldOutSet].map((m) => m.text).filter((t) => reportsSymptom(oneM.matcher.match(t)));
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const state of states) {
      for (const text of texts) {
        const input = { text, match: oneM.matcher.match(text), customerName: 'ACME Telecom', chat: '+8801700000001', servers: one.servers, pickServer: directory.pickServer.bind(directory), now };
        expect(customerTurn(state, { ...input, question: NOT_READ }), `${state.step}: ${text}`).toEqual(customerTurn(state, { ...input, question: oneM.questions.analyse(text) }));
      }
    }
  });
});

describe('chat state', () => {
  it('still reads states saved before questions existed', () => {
    for (const s of [{ step: 'idle' }, { step: 'proposed', runId: 'R-1', serverId: 'vos1', since: '2025-01-01T00:00:00Z' }]) expect(chatStateSchema.safeParse(s).success).toBe(true);
    expect(chatStateSchema.safeParse({ step: 'advice', asked: [], deployment: {}, since: 'x' }).success).toBe(false);
  });
});

describe('engineer commands', () => {
  it('parses check <server>, and leaves questions that start with "check" to the question matcher', () => {
    expect(parseCommand('check lab1')).toEqual({ cmd: 'check', server: 'lab1' });
    expect(parseCommand('/check vos-dhaka')).toEqual({ cmd: 'check', server: 'vos-dhaka' });
    expect(parseCommand('check')).toEqual({ cmd: 'invalid', message: 'usage: check <server>' });
    expect(parseCommand('check time_wait on lab1?')).toBeNull();
    expect(parseCommand('what is the default of SS_TCP_CLOSE_RESET?')).toBeNull();
  });

  it('lists the check command and the questions in help', () => {
    expect(HELP).toMatch(/check <server> — read-only health check/);
    expect(HELP).toMatch(/Questions: ask about SS_TCP_CLOSE_RESET \(what SS_TCP_CLOSE_RESET does; its default \(Off\);/);
  });
});
