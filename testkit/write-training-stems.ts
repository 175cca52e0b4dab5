// npm run training-stems: writes bot/matcher/training-stems.ts, after the training examples or the normaliser change.
import { renameSync, writeFileSync } from 'node:fs';
import { builtInTrainingStems, trainingStemsModule } from './training-stems.js';

const target = process.argv[2] ?? 'bot/matcher/training-stems.ts';
const stems = builtInTrainingStems();
// Written beside and renamed over, so a failed run never leaves half a module.
writeFileSync(`${target}.tmp`, trainingStemsModule(stems));
renameSync(`${target}.tmp`, target);
console.log(`${target}: ${Object.values(stems).reduce((n, docs) => n + docs.length, 0)} training messages`);
