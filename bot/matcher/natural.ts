import { createRequire } from 'node:module';
import type { BayesClassifier as NaturalBayesClassifier } from 'natural/lib/natural/classifiers/index.js';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { JaroWinklerDistance as NaturalJaroWinkler } from 'natural/lib/natural/distance/index.js';

// The only file that loads natural. Each piece is required file by file: the package root
// loads database plugins and runs dotenv (which prints to stdout), and even the folder
// indexes are costly (classifiers/index.js parses a 300 ms POS-tagger lexicon, stemmers/index.js
// loads every language). The types still come from natural's own declarations.
const require = createRequire(import.meta.url);

/** natural's naive Bayes text classifier (apparatus underneath). */
export const BayesClassifier = require('natural/lib/natural/classifiers/bayes_classifier.js') as typeof NaturalBayesClassifier;
/** An instance of natural's BayesClassifier. */
export type BayesClassifier = NaturalBayesClassifier;

/** natural's English Porter stemmer. */
export const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

/** natural's Jaro-Winkler similarity (1 = identical, 0 = nothing in common). */
export const JaroWinklerDistance = require('natural/lib/natural/distance/jaro-winkler_distance.js') as typeof NaturalJaroWinkler;
