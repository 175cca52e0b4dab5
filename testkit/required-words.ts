// The gates bot/matcher/required-words-table.ts keeps: those of the built-in rules' phrase patterns and contexts.
import { gatesTable } from '../bot/matcher/gates.js';
import type { requiredWordsTable } from '../bot/matcher/required-words-table.js';
import { gatedPatterns, rules } from '../bot/matcher/rules.js';

type Table = typeof requiredWordsTable;

/** The built-in patterns' gates now. */
export function builtInGates(): Table {
  return gatesTable(gatedPatterns(rules));
}

/** The text of bot/matcher/required-words-table.ts for `table`. */
export function requiredWordsModule(table: Table): string {
  return [
    '// Written by `npm run required-words` from the built-in rules (testkit/required-words.ts);',
    '// test/matcher/required-words.test.ts fails when it no longer matches them. Do not edit by hand.',
    '',
    '/**',
    ' * The words the built-in phrase patterns and contexts cannot match without (required-words.ts), for gates.ts: how many',
    ' * sets of word beginnings there are; the beginnings, sorted, one per line, each with the numbers of the sets it is in',
    ' * on the same line of `sets`; each pattern\'s length (source and flags), in the order of gatedPatterns; and on the same',
    ' * line of `layouts` its gate as gateLayout lays it out, the sets by their numbers (empty when it requires no word).',
    ' */',
    'export const requiredWordsTable: { readonly setCount: number; readonly beginnings: string; readonly sets: string; readonly lengths: string; readonly layouts: string } = {',
    `  setCount: ${table.setCount},`,
    `  beginnings: ${JSON.stringify(table.beginnings)},`,
    `  sets: ${JSON.stringify(table.sets)},`,
    `  lengths: ${JSON.stringify(table.lengths)},`,
    `  layouts: ${JSON.stringify(table.layouts)},`,
    '};',
    '',
  ].join('\n');
}
