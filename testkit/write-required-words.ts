// npm run required-words: writes bot/matcher/required-words-table.ts, after a phrase rule or a context changes.
import { renameSync, writeFileSync } from 'node:fs';
import { builtInGates, requiredWordsModule } from './required-words.js';

const target = process.argv[2] ?? 'bot/matcher/required-words-table.ts';
const table = builtInGates();
// Written beside and renamed over, so a failed run never leaves half a module.
writeFileSync(`${target}.tmp`, requiredWordsModule(table));
renameSync(`${target}.tmp`, target);
const layouts = table.layouts.split('\n');
console.log(`${target}: ${layouts.length} patterns, ${layouts.filter((layout) => layout !== '').length} with words they require, ${table.setCount} sets of word beginnings`);
