import { CombinedTransformer, DFA, getIntersectionWords, JS, NFA, transform, Transformers } from 'refa';
import { describe, expect, it } from 'vitest';
import { rules } from '../../bot/matcher/index.js';
import { topAlternatives } from '../../bot/matcher/regexp.js';

/**
 * A rule's `needs` lets the compiled runner skip its pattern when the phrase holds none of
 * the words every wording of the rule holds; the reference runner never skips. An alternative
 * of the pattern that can match without one of those words is run by the reference runner and
 * skipped by the compiled one, and the message-by-message soundness test finds it only when
 * some set happens to use that wording. Here every alternative is checked against every
 * phrase it could match, as automata: no phrase matched by an alternative may lack a match of
 * the rule's `needs`.
 */

// A phrase is " word word … ": the start and end anchors become marks that may stand only
// before the first space and after the last, so that "(?: |$)" reads as the phrase does.
const START = '\\x02';
const END = '\\x03';
const anchorsAsMarks = (source: string): string => {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
      if (source[i + 1] === '^') {
        out += '^';
        i++;
      }
    } else out += c === '^' ? START : c === '$' ? END : c;
  }
  return out;
};

// A lookahead at the end of an alternative (`not(?= kiye)`) holds words of the phrase past the
// match: it is read as part of it. Other lookarounds only narrow what matches, and reading
// them as always true checks more phrases, never fewer.
const edges = new CombinedTransformer([Transformers.inline(), Transformers.patternEdgeAssertions({ inline: true })]);
const lookaroundsTrue = Transformers.replaceAssertions({ replacement: 'empty-word' });
const automaton = (source: string): NFA => {
  const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: '' }).parse({ assertions: 'parse' });
  return NFA.fromRegex(transform(lookaroundsTrue, transform(edges, expression)), { maxCharacter });
};
const phraseShape = automaton(`^(?:${START} )?[^${START}${END}]*(?: ${END})?$`);

/** Every string that holds no match of `needs`. */
function lackingAll(needs: RegExp): DFA {
  const lacking = DFA.fromFA(automaton(`^[^]*(?:${anchorsAsMarks(needs.source)})[^]*$`));
  lacking.complement();
  return lacking;
}

/** Phrases an alternative matches that hold no match of `needs`, the shortest first (none when sound). */
function phrasesWithout(alternative: string, needs: RegExp | DFA): string[] {
  const lacking = needs instanceof RegExp ? lackingAll(needs) : needs;
  const matched = NFA.fromIntersection(automaton(`^(?:${anchorsAsMarks(alternative)})$`), phraseShape);
  for (const word of getIntersectionWords(matched, lacking)) return [String.fromCharCode(...word)];
  return [];
}

describe('rules with `needs`', () => {
  const gated = rules.filter((r) => r.needs !== undefined);

  it('are phrase rules, and there are some (the check below reads phrases)', () => {
    expect(gated.length).toBeGreaterThan(5);
    for (const rule of gated) expect(rule.on, rule.id).toBe('phrase');
  });

  it('hold a word of their `needs` in every phrase any alternative of their pattern matches', () => {
    const gaps: string[] = [];
    for (const rule of gated) {
      const lacking = lackingAll(rule.needs as RegExp);
      for (const alternative of topAlternatives(rule.pattern.source)) {
        for (const phrase of phrasesWithout(alternative, lacking)) gaps.push(`${rule.id}: ${JSON.stringify(phrase)} from ${alternative.slice(0, 120)}`);
      }
    }
    expect(gaps).toEqual([]);
  }, 120_000);

  it('find the gap of a needs list that lacks a word one alternative holds', () => {
    expect(phrasesWithout(' (?:internet|net) (?:down|gone)(?: |$)', / (?:down|out) /)).toEqual([' net gone ']);
    expect(phrasesWithout(' (?:internet|net) (?:down|gone)(?: |$)', / (?:down|gone) /)).toEqual([]);
    // The end of the phrase stands for the space after the last word; a lookahead past the match counts.
    expect(phrasesWithout(' not(?: |$)', / not /)).toEqual([]);
    expect(phrasesWithout(' rst drop not(?= kiye)', / kiye/)).toEqual([]);
    expect(phrasesWithout(' rst drop not(?= kiye| hua)', / kiye/)).toEqual([' rst drop not hua']);
  });
});
