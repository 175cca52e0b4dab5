import { describe, expect, it } from 'vitest';
import { adviceIntent, createQuestionMatcher, createQuestionNormaliser, healthCheckIntent, knowledge, knowledgeIds, otherQuestions } from '../../bot/questions/index.js';
import { heldOutSet, otherSet, questionSet } from './labelled-set.js';

const q = createQuestionMatcher({ servers: [{ id: 'vos-dhaka', host: '203.0.113.10' }] });

describe('createQuestionMatcher', () => {
  it('reaches every knowledge entry with at least five differently worded questions', () => {
    for (const id of knowledgeIds) {
      const asked = questionSet.filter((m) => m.expect === id);
      expect(new Set(asked.map((m) => m.text.toLowerCase())).size, id).toBeGreaterThanOrEqual(5);
      for (const m of asked) expect([m.expect, ...(m.also ?? [])], `${m.text} → ${q.analyse(m.text).reason}`).toContain(q.analyse(m.text).intent);
    }
  });

  it('recognises advice, health-check and help requests', () => {
    for (const m of questionSet.filter((x) => x.expect === 'advice' || x.expect === 'health_check' || x.expect === 'help')) {
      expect([m.expect, ...(m.also ?? [])], `${m.text} → ${q.analyse(m.text).reason}`).toContain(q.analyse(m.text).intent);
    }
  });

  it('reads typos: misspelt words are corrected and the question still lands', () => {
    const typos = [
      ['wat is the deafult value of tcp close reset', 'default'],
      ['what is ss_tcp_close_rest', 'what_it_does'],
      ['explian the tcp close reset option', 'what_it_does'],
      ['wher do i find the rst setting in the vos client', 'where_set'],
      ['disadvantges of rst close', 'on_vs_off'],
      ['does the tcp reset setting apply to upd too', 'udp'],
      ['tiem wait meaning?', 'timewait'],
      ['is there a comand to chek time_wait', 'check_timewait'],
      ['what kernal tuning do you do', 'kernel'],
      ['shud i enable the reset mode', 'advice'],
    ] as const;
    for (const [text, id] of typos) expect(q.analyse(text).intent, text).toBe(id);
    expect(q.analyse('explian the tcp close reset option').corrections).toContainEqual({ from: 'explian', to: 'explain' });
    expect(q.analyse('is there a comand to chek time_wait').corrections.map((c) => c.to)).toEqual(expect.arrayContaining(['command', 'check']));
  });

  it('leaves small talk and questions about other things alone', () => {
    for (const m of otherSet) expect(q.analyse(m.text).intent, `${m.text} → ${q.analyse(m.text).reason}`).toBeNull();
  });

  it('does not answer statements, only questions', () => {
    for (const text of ['we enabled SS_TCP_CLOSE_RESET yesterday', 'the firewall blocks the rtp port range', 'all good now, no more time wait problem']) {
      expect(q.analyse(text).intent, text).toBeNull();
    }
  });

  it('takes "it" for the parameter only when the message says so or follows an answer', () => {
    expect(q.analyse('what about tls?').intent).toBeNull();
    expect(q.analyse('what about tls?', { followUp: true }).intent).toBe('tls');
    expect(q.analyse('does it matter if my phones use UDP?').intent).toBe('udp');
  });

  it('reads a server named in the message as "the server"', () => {
    expect(q.analyse('please check vos-dhaka').intent).toBe('health_check');
    expect(q.analyse('can you look at 203.0.113.10').intent).toBe('health_check');
  });

  it('never throws on junk and answers it with no intent', () => {
    for (const text of ['', '👍', '?!?!', 'x'.repeat(100_000), '\u0000\u0001', 'ক্লায়েন্ট']) expect(q.analyse(text).intent).toBeNull();
  });

  it('is tested on wordings it was not trained on', () => {
    const normaliser = createQuestionNormaliser([]);
    const key = (t: string) => normaliser.normalise(t).words.join(' ');
    const training = new Set([...knowledge.flatMap((e) => e.examples), ...adviceIntent.examples, ...healthCheckIntent.examples, ...otherQuestions].map(key));
    const seen = [...questionSet, ...heldOutSet].filter((x) => x.expect !== 'help' && training.has(key(x.text))).map((x) => x.text);
    expect(seen).toEqual([]);
  });
});

describe('the TIME_WAIT entry', () => {
  it('also answers whether a figure is a lot', () => {
    for (const text of ['300 TIME_WAIT on a quiet server, normal?', 'we see 1500 time_wait, is that ok?', 'is 2000 time_wait a lot for 60 cps?']) {
      expect(q.analyse(text).intent, `${text} → ${q.analyse(text).reason}`).toBe('timewait');
    }
  });
});
