// The matcher: one chat message in, a playbook decision out (docs/ARCHITECTURE.md, Seams and
// "Where to add things").
// Built on natural (tokenizer, Porter stemmer, Jaro-Winkler, naive Bayes) plus explicit rules;
// no LLM, no network. Everything is prepared in createMatcher; match() is pure and cheap.

// Commonly used
export { createMatcher, classLabels, type MatcherOptions, type MatchThresholds } from './match.js';
export type { Candidate, ClassifierEvidence, ClassLabel, Decision, Extracted, Matcher, MatcherServer, MatchEvidence, MatchResult, RuleHit } from './types.js';

// The pieces the matcher is built from, for tests, tools and tuning
export { createNormaliser, MAX_CHARS, TIME_WAIT_JOIN, withoutSignature, type Join, type Normaliser, type Normalised, type NormaliserOptions } from './normalise.js';
export { compileRules, rules, runRules, type Rule, type RuleRunner } from './rules.js';
export { createExtractor, type Extractor } from './extract.js';
export { packTrainingStems, stemsOf, trainClassifier, unpackTrainingStems, type ClassifierOptions, type PackedTrainingStems, type TrainedClassifier, type TrainingStems } from './classifier.js';
export { countFraming, createFramingCheck, framingFeatures, type FramingCheck, type FramingCounts, type FramingVerdict } from './framing.js';
