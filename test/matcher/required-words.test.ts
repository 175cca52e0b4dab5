import { describe, expect, it } from 'vitest';
import { createGates } from '../../bot/matcher/gates.js';
import { compileRules, createExtractor, createNormaliser, rules, type RuleHit } from '../../bot/matcher/index.js';
import { requiredWordsTable } from '../../bot/matcher/required-words-table.js';
import { requiredWords, type RequiredWay } from '../../bot/matcher/required-words.js';
import { gatedPatterns } from '../../bot/matcher/rules.js';
import { evalSet, neverTunedSet, tuningSet } from '../../testkit/evaluation/index.js';
import { builtInGates } from '../../testkit/required-words.js';

/** Whether a phrase's words meet one of the ways: every set of a way has a beginning some word begins with. */
const holds = (ways: readonly RequiredWay[], words: readonly string[]): boolean =>
  ways.some((way) => way.every((set) => set.some((beginning) => words.some((w) => w.startsWith(beginning)))));

describe('the words a phrase pattern requires', () => {
  it.each([
    // A word after a space, each group of words after one: one way.
    [/ (?:new|another) (?:problem|issue)(?: |$)/, [[['issue', 'problem'], ['another', 'new']]]],
    // What is optional requires nothing; nor do lookarounds, nor a class where a word begins.
    [/ rst(?: mode)? off/, [[['rst'], ['off']]]],
    [/ (?<=phones )unregistered/, [[['unregistered']]]],
    [/ (?!rst )[a-z]+ dropped/, [[['dropped']]]],
    [/ (?:phones|users) (?:[a-z]+ ){0,3}unregistered/, [[['unregistered'], ['phones', 'users']]]],
    // Alternatives are ways of their own; a group of alternatives inside, when each needs one word, one set.
    [/ bind failed| address in use/, [[['failed'], ['bind']], [['address'], ['use'], ['in']]]],
    [/ (?:ports?|sockets?) (?:exhausted|used up)/, [[['used'], ['port', 'socket'], ['up']], [['exhausted'], ['port', 'socket']]]],
    // A word begins after the phrase's start and its space too; an optional beginning gives both ways to begin.
    [/^ (?:rst|reset) on/, [[['reset', 'rst'], ['on']]]],
    [/ (?:un)?registered/, [[['registered', 'un']]]],
    // A repeat's first round is required; a named group and a back-reference read as what they are.
    [/ (?:it )+works/, [[['works'], ['it']]]],
    [/ (?<name>rst) on \k<name>/, [[['rst'], ['on']]]],
  ] as const)('of %s', (pattern, ways) => {
    expect(requiredWords(pattern)).toEqual(ways);
  });

  it.each([
    ['letters not after a space', /bind/],
    ['an alternative that needs no word', / rst off|timewait/],
    ['a flag that lets letters match otherwise', / (?:a|the) (?:b|c)/i],
  ])('are none for %s', (_, pattern) => {
    expect(requiredWords(pattern)).toBeUndefined();
  });

  it('are met by every phrase a built-in pattern matches (held-out, never-tuned and first tuning sets)', () => {
    const normaliser = createNormaliser();
    const phrases = [...evalSet, ...neverTunedSet, ...tuningSet].map((e) => normaliser.normalise(e.text));
    const patterns = gatedPatterns(rules);
    let matched = 0;
    for (const pattern of patterns) {
      const ways = requiredWords(pattern);
      if (ways === undefined) continue;
      const search = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      for (const n of phrases) {
        if (!search.test(n.phrase)) continue;
        matched++;
        if (!holds(ways, n.words)) expect.fail(`${String(pattern).slice(0, 120)} matches "${n.phrase}" without the words it requires`);
      }
    }
    // Enough matches that the check says something.
    expect(matched).toBeGreaterThan(2000);
  }, 120_000);

  it('are found for nine built-in patterns in ten or more', () => {
    const patterns = gatedPatterns(rules);
    expect(patterns.filter((p) => requiredWords(p) !== undefined).length / patterns.length).toBeGreaterThan(0.9);
  });
});

describe('the gates kept in bot/matcher/required-words-table.ts', () => {
  it('are the ones the built-in rules give now: after a phrase rule or a context changes, run npm run required-words', () => {
    expect(builtInGates()).toEqual(requiredWordsTable);
  });

  it('give the compiled runner the hits that gates read afresh give, on every message of the held-out set', () => {
    const normaliser = createNormaliser();
    const extract = createExtractor();
    const kept = compileRules(rules);
    // Not the built-in array itself: every gate is read afresh.
    const read = compileRules([...rules]);
    const said = (h: RuleHit) => `${h.id} ${h.weight} ${h.matched}`;
    for (const e of evalSet) {
      const m = normaliser.normalise(e.text);
      expect(kept(m, extract(m)).map(said), e.text).toEqual(read(m, extract(m)).map(said));
    }
  });

  it('are read afresh for patterns that do not fit the table', () => {
    const gates = createGates([/ firmware (?:update|upgrade)/], true);
    expect(gates.gate(0)).toBeDefined();
    const sets = ['firmware', 'update', 'upgrade'].map((beginning) => gates.setsOf(beginning));
    expect(sets.every((s) => s !== undefined && s.length === 1)).toBe(true);
    expect(gates.setsOf('firm')).toBeUndefined();
  });
});
