import { describe, expect, it } from 'vitest';
import { escapeRegExp, groupEnd, literalsPattern, topAlternatives } from '../../bot/matcher/regexp.js';

describe('literalsPattern', () => {
  it('finds the longest literal at a place, and a shorter one where the longer does not go on', () => {
    const re = new RegExp(literalsPattern(['ab', 'abc', 'ax', 'b']), 'g');
    expect('abc abd ax b'.match(re)).toEqual(['abc', 'ab', 'ax', 'b']);
  });

  it('keeps the characters regular expressions treat specially literal', () => {
    const re = new RegExp(literalsPattern(['a.b', '(x)', '[::]:', 'c?']), 'g');
    expect('a.b axb (x) [::]: c? c'.match(re)).toEqual(['a.b', '(x)', '[::]:', 'c?']);
  });

  it('finds what the plain alternation, longest first, finds', () => {
    const words = ['time', 'timewait', 'tim', 'wait', 'wa', 'rst', 'rst mode', 'reset', 're', 'nat', 'natted', 'na-', 'na'];
    const plain = new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
    const tree = new RegExp(literalsPattern(words), 'g');
    const text = 'timewait time tim natted na-unregister nat rst mode reset re wait wa rstx';
    expect(text.match(tree)).toEqual(text.match(plain));
  });

  it('gathers literals that share a beginning, branches in the order the literals were given, a whole character at a time', () => {
    expect(literalsPattern(['b', 'ab', 'a', 'b'])).toBe('(?:b|a(?:b)?)');
    expect(literalsPattern(['ca', 'b', 'cb'])).toBe('(?:c(?:a|b)|b)');
    expect(literalsPattern(['😀a', '😀b', '1.5'])).toBe('(?:😀(?:a|b)|1\\.5)');
  });
});

describe('topAlternatives and groupEnd', () => {
  it('split a source at the bars outside groups and character classes, and find where a group closes', () => {
    expect(topAlternatives(' (?:a|b) c|[|(]d|e\\|f')).toEqual([' (?:a|b) c', '[|(]d', 'e\\|f']);
    expect(groupEnd(' (?:a|[)]b) c', 1)).toBe(10);
    expect(groupEnd(' (?:a', 1)).toBe(-1);
  });
});
