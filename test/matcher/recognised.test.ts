import { describe, expect, it } from 'vitest';
import { createNormaliser } from '../../bot/matcher/index.js';
import { readRecognised } from '../../bot/matcher/recognised.js';

const known = new Set(['already', 'failed', 'calls', 'time', 'timewait', 'enabled']);
const read = (text: string) => readRecognised(text, (w) => known.has(w));

describe('readRecognised (text a phone recognised from a screenshot)', () => {
  it('reads a 0 or 1 between letters as o or l, or i where that gives a known word, and o and l in a figure as digits', () => {
    expect(read('bind: address a1ready in use, ca1ls fai1ed')).toBe('bind: address already in use, calls failed');
    expect(read('t1mewait 3o000 at peak, ca1ls fai1ing')).toBe('timewait 30000 at peak, calls failing');
    expect(read('enab1ed rst, wc -l 28o11, tcp_tw 52,9l8')).toBe('enabled rst, wc -l 28011, tcp_tw 52,918');
  });

  it('leaves a message alone with one such word and no such figure, and words whose digit does not stand between letters', () => {
    expect(read('sw01 and vos1 on e1, l2tp, i5, p1s')).toBe('sw01 and vos1 on e1, l2tp, i5, p1s');
    expect(read('the a1ready word alone')).toBe('the a1ready word alone');
    expect(read('nothing recognised here: 30000 timewait')).toBe('nothing recognised here: 30000 timewait');
  });

  it('is the normaliser\'s first step, so the words and counts after it read as typed', () => {
    const n = createNormaliser();
    expect(n.normalise('t1me_wait 3O000+ at peak, ca1ls fai1ing').phrase).toContain('timewait 30000');
    expect(n.normalise('bind: Address a1ready in use (outgoing, enab1ed)').phrase).toContain('address already in use');
  });
});
