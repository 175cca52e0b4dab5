// npm run framing-counts: writes bot/matcher/framing-counts.ts from the tuning splits, after a
// split is added or the normaliser reads words differently.
import { writeFileSync, renameSync } from 'node:fs';
import { framingCountsModule, tuningFramingCounts } from './framing-counts.js';

const target = process.argv[2] ?? 'bot/matcher/framing-counts.ts';
const counts = tuningFramingCounts();
// Written beside and renamed over, so a failed run never leaves half a module.
writeFileSync(`${target}.tmp`, framingCountsModule(counts));
renameSync(`${target}.tmp`, target);
console.log(`${target}: ${counts.totals[0]} live and ${counts.totals[1]} told messages, ${counts.features.split('\n').length} features`);
