import { describe, expect, it } from 'vitest';
import { answer } from '../../bot/replies.js';
import { CLIENT_PATH, CONF_PATH, knowledge, knowledgeEntry, knowledgeIds } from '../../bot/questions/index.js';

/** What fits on a phone screen without scrolling much: characters and lines of answer plus offer. */
const PHONE_CHARS = 520;
const PHONE_LINES = 8;

describe('knowledge base', () => {
  it('has one entry per id, in the listed order', () => {
    expect(knowledge.map((e) => e.id)).toEqual([...knowledgeIds]);
  });

  it('keeps every answer short enough for a phone screen, with exactly one follow-up offer', () => {
    for (const e of knowledge) {
      const text = answer(e, 'vos-dhaka');
      expect(text.length, e.id).toBeLessThanOrEqual(PHONE_CHARS);
      expect(text.split('\n').length, e.id).toBeLessThanOrEqual(PHONE_LINES);
      expect(e.offer, e.id).toMatch(/^Want me to .*\{server\}.*\?$/);
      expect(text.match(/\?/g)?.length ?? 0, e.id).toBeGreaterThanOrEqual(1);
      expect(text.split('\n').at(-1), e.id).toMatch(/vos-dhaka/);
    }
  });

  it('leaves the offer out when there is no server to check', () => {
    for (const e of knowledge) expect(answer(e, null)).toBe(e.answer);
  });

  it('says the domain facts: FIN vs RST, default Off, where it is set, UDP, TLS, TIME_WAIT checks, kernel settings, three problems', () => {
    expect(knowledgeEntry('what_it_does').answer).toMatch(/FIN[\s\S]*RST/);
    expect(knowledgeEntry('default').answer).toMatch(/default is Off/);
    expect(knowledgeEntry('where_set').answer).toContain(CLIENT_PATH);
    expect(knowledgeEntry('where_set').answer).toContain(CONF_PATH);
    expect(knowledgeEntry('where_set').answer).toMatch(/service mbx3000d reparse/);
    expect(knowledgeEntry('on_vs_off').answer).toMatch(/TIME_WAIT[\s\S]*NAT[\s\S]*firewall/);
    expect(knowledgeEntry('udp').answer).toMatch(/^No\. .*UDP/);
    expect(knowledgeEntry('tls').answer).toMatch(/Off[\s\S]*close_notify/);
    expect(knowledgeEntry('check_timewait').answer).toContain('ss -s');
    expect(knowledgeEntry('check_timewait').answer).toContain('ss -tan state time-wait | wc -l');
    expect(knowledgeEntry('check_timewait').answer).toMatch(/netstat/);
    expect(knowledgeEntry('kernel').answer).toMatch(/tcp_tw_reuse = 1[\s\S]*ip_local_port_range = 1024 65535/);
    expect(knowledgeEntry('known_problems').answer).toMatch(/1\)[\s\S]*2\)[\s\S]*3\)/);
  });

  it('is data: answers, offers, examples and cues only', () => {
    for (const e of knowledge) {
      expect(Object.keys(e).sort()).toEqual(['answer', 'cues', 'examples', 'id', 'offer', 'title']);
      expect(e.examples.length, e.id).toBeGreaterThanOrEqual(8);
      expect(e.cues.length, e.id).toBeGreaterThanOrEqual(1);
    }
  });
});
