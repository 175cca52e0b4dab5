// Words that name properties of Object.prototype ("constructor", "__proto__", "toString" …)
// are ordinary words in a chat. Every lookup keyed by a user's word must treat them so: a
// message containing one once crashed the question matcher and was lost.
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../bot/matcher/index.js';
import { createQuestionMatcher, questionLabels } from '../../bot/questions/index.js';
import { classifyLine } from '../../cli/commands/classify.js';
import { Chat, configWith, matchersFor } from '../questions/fixtures.js';

const names = Object.getOwnPropertyNames(Object.prototype);
/** As written, and as the normaliser sees them (lower case). */
const words = [...new Set([...names, ...names.map((n) => n.toLowerCase()), 'prototype', 'proto'])];
const sentences = [
  (w: string) => w,
  (w: string) => `${w}?`,
  (w: string) => `${w} ${w} ${w}`,
  (w: string) => `address already in use ${w} at peak, tcp calls fail`,
  (w: string) => `phones behind nat ${w} unregistered since rst`,
  (w: string) => `firewall drops the ${w} rst packets`,
  (w: string) => `what is ${w} of SS_TCP_CLOSE_RESET?`,
  (w: string) => `please check ${w} server`,
  (w: string) => `bhai ${w} kaj kortese na`,
];

let seed = 11;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
const filler = ['time_wait', 'rst', 'the', 'registration', 'why', 'is', 'firewall', 'port', '5060', 'what', 'should', 'we', 'plz', 'whats', 'nai'];
/** Random messages mixing prototype words with the words the matchers know. */
const shuffled = Array.from({ length: 300 }, () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => (rand() < 0.5 ? pick(words) : pick(filler))).join(rand() < 0.5 ? ' ' : ', '));
const messages = [...words.flatMap((w) => sentences.map((s) => s(w))), ...shuffled];

const config = configWith([{ id: 'vos-dhaka' }]);
const matchers = matchersFor(config);
const decisions = ['confident', 'ambiguous', 'none'];

describe('words of Object.prototype in a message', () => {
  it('are read by the symptom matcher like any other word', () => {
    for (const text of messages) {
      const r = matchers.matcher.match(text);
      expect(decisions, text).toContain(r.decision);
      expect(Number.isFinite(r.confidence), text).toBe(true);
    }
    // …and do not hide the symptom around them.
    for (const s of sentences) for (const w of words) expect(matchers.matcher.match(s(w)).decision, s(w)).toBe(matchers.matcher.match(s('zqxwv')).decision);
    for (const w of words) expect(matchers.matcher.match(`address already in use ${w} at peak, tcp calls fail`).playbook, w).toBe('port_exhaustion');
  });

  it('are read by the question matcher like any other word', () => {
    const q = createQuestionMatcher({ servers: [{ id: 'vos-dhaka', host: '203.0.113.10' }] });
    for (const text of messages) {
      const a = q.analyse(text);
      if (a.intent !== null && a.intent !== 'help') expect(questionLabels, text).toContain(a.intent);
      expect(Number.isFinite(a.confidence), text).toBe(true);
    }
    // The same reading as with a word nobody knows.
    for (const s of sentences) for (const w of words) expect(q.analyse(s(w)).intent, s(w)).toBe(q.analyse(s('zqxwv')).intent);
  });

  it('go through `vos-assist classify` line by line, also as JSON keys', () => {
    const matcher = createMatcher();
    for (const [i, text] of messages.entries()) {
      const out = classifyLine(matcher, JSON.stringify({ id: i, text }), i + 1);
      expect(out, text).toMatchObject({ id: i });
      expect('decision' in out && decisions.includes(out.decision), text).toBe(true);
    }
    expect(classifyLine(matcher, '{"__proto__": {"text": "x"}, "constructor": 1, "id": 7, "text": "constructor"}', 1)).toMatchObject({ id: 7, decision: 'none' });
  });

  it('get a reply in the chat, never a lost message', () => {
    for (const text of messages.slice(0, 120)) {
      const chat = new Chat(config, matchers);
      expect(chat.say(text).length, text).toBeGreaterThan(0);
    }
  });
});
