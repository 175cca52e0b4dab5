// Labelled messages for the symptom matcher and the code that scores a matcher on them.
// Shared by the tests and bench/classify, so a benchmark never imports test code.

export { amb, evaluate, fw, nat, no, pe, type EvalAnswer, type EvalItem, type EvalMiss, type EvalReport } from './evaluate.js';
export { evalSet } from './held-out-set.js';
export { neverTunedFamilies, neverTunedSet } from './never-tuned-set.js';
export { neverTuned32Families, neverTuned32Set } from './never-tuned-32-set.js';
export { neverTuned33Families, neverTuned33Set } from './never-tuned-33-set.js';
export { tuningFamilies, tuningSet } from './tuning-set.js';
export { tuning2Families, tuning2Set } from './tuning-2-set.js';
export { tuning3Families, tuning3Set } from './tuning-3-set.js';
export { tuning4Families, tuning4Set } from './tuning-4-set.js';
export { tuning5Families, tuning5Set } from './tuning-5-set.js';
export { tuning6Families, tuning6Set } from './tuning-6-set.js';
export { tuning7Families, tuning7Set } from './tuning-7-set.js';
export { tuning8Families, tuning8Set } from './tuning-8-set.js';
export { tuning9Families, tuning9Set } from './tuning-9-set.js';
export { tuning10Families, tuning10Set } from './tuning-10-set.js';
export { tuning11Families, tuning11Set } from './tuning-11-set.js';
export { tuning12Families, tuning12Set } from './tuning-12-set.js';
export { tuning13Families, tuning13Set } from './tuning-13-set.js';
export { tuning14Families, tuning14Set } from './tuning-14-set.js';
export { tuning15Families, tuning15Set } from './tuning-15-set.js';
export { tuning16Families, tuning16Set } from './tuning-16-set.js';
export { tuning17Families, tuning17Set } from './tuning-17-set.js';
export { tuning18Families, tuning18Set } from './tuning-18-set.js';
export { tuning19Families, tuning19Set } from './tuning-19-set.js';
export { tuning20Families, tuning20Set } from './tuning-20-set.js';
export { tuning21Families, tuning21Set } from './tuning-21-set.js';
export { tuning22Families, tuning22Set } from './tuning-22-set.js';
export { tuning23Families, tuning23Set } from './tuning-23-set.js';
export { tuning24Families, tuning24Set } from './tuning-24-set.js';
export { tuning25Families, tuning25Set } from './tuning-25-set.js';
export { tuning26Families, tuning26Set } from './tuning-26-set.js';
export { tuning27Families, tuning27Set } from './tuning-27-set.js';
export { tuning28Families, tuning28Set } from './tuning-28-set.js';
export { tuning29Families, tuning29Set } from './tuning-29-set.js';
export { tuning30Families, tuning30Set } from './tuning-30-set.js';
export { tuning31Families, tuning31Set } from './tuning-31-set.js';
