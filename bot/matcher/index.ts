// The matcher: chat text in, playbook decision out (see DESIGN.md, "Matcher").
export { createMatcher, classLabels, type MatcherOptions, type MatchThresholds } from './match.js';
export type { Candidate, ClassifierEvidence, ClassLabel, Decision, Extracted, Matcher, MatcherServer, MatchEvidence, MatchResult, RuleHit } from './types.js';
// For tests, tools and the curious: the pieces the matcher is built from.
export { createNormaliser, MAX_CHARS, type Normaliser, type Normalised, type NormaliserOptions } from './normalise.js';
export { compileRules, rules, runRules, type Rule, type RuleRunner } from './rules.js';
export { createExtractor, type Extractor } from './extract.js';
export { trainClassifier, type ClassifierOptions, type TrainedClassifier, type TrainingStems } from './classifier.js';
