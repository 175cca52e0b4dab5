import { BayesClassifier } from '../matcher/natural.js';
import type { Normalised } from '../matcher/normalise.js';
import { adviceIntent, contextTopics, healthCheckIntent, helpPattern, otherQuestions, questionForms, topics, type IntentSpec, type QuestionForm } from './intents.js';
import { knowledge, knowledgeIds, type Cue, type KnowledgeId } from './knowledge.js';
import { createQuestionNormaliser } from './normalise.js';
import { extraTargets } from './vocabulary.js';

/** A class the question classifier knows. `other` is every question that is not ours. */
export type QuestionLabel = KnowledgeId | 'advice' | 'health_check' | 'other';

/** What a message asks of the assistant, when it is a question or request it handles. */
export type QuestionIntent = KnowledgeId | 'advice' | 'health_check' | 'help';

/** The question matcher's reading of one message. */
export interface QuestionAnalysis {
  /** What the message asks for; null when it is no question or request the assistant handles. */
  readonly intent: QuestionIntent | null;
  /** How it is put (intents.ts explains the forms). */
  readonly form: QuestionForm;
  /** True when it is about SS_TCP_CLOSE_RESET and its surroundings (TIME_WAIT, kernel, NAT, TLS …). */
  readonly onTopic: boolean;
  /** Score of the best class, 0..1. */
  readonly confidence: number;
  /** The best classes with their scores, best first. */
  readonly ranked: readonly { readonly label: QuestionLabel; readonly score: number }[];
  /** True when the message speaks of the writer's own system ("we", "our", "my"). */
  readonly personal: boolean;
  /** True when it also complains of something ("failing", "offline", "slow", "error" …). */
  readonly complaint: boolean;
  /** Topic words found. */
  readonly topics: readonly string[];
  /** Cues that fired, as `label#index`. */
  readonly cues: readonly string[];
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  /** One line in words: what settled it. */
  readonly reason: string;
}

/** A configured server, so that "check vos-dhaka" reads as "check server". */
export interface QuestionServer {
  readonly id: string;
  readonly name?: string;
  readonly host: string;
}

/** Options of createQuestionMatcher; every field has a default. */
export interface QuestionMatcherOptions {
  /** @defaultValue [] */
  readonly servers?: readonly QuestionServer[];
  /** The best class is taken from this score on (14 classes share the mass). @defaultValue 0.3 */
  readonly threshold?: number;
  /** …and only if it leads the runner-up by this much. @defaultValue 0.15 */
  readonly margin?: number;
}

/** Context the conversation knows. */
export interface AnalyseOptions {
  /** The assistant has just answered a question: "what about TLS?" is still about the parameter. */
  readonly followUp?: boolean;
}

/** Recognises questions about SS_TCP_CLOSE_RESET, advice and health-check requests. Pure after creation. */
export interface QuestionMatcher {
  analyse(text: string, options?: AnalyseOptions): QuestionAnalysis;
}

/** "does it matter", "is that relevant": a pronoun standing for the parameter. */
const REFERS_BACK = / (?:it|this|that|rst|reset)(?: setting| parameter| option| thing| change)? (?:matter|matters|affect|affects|change|changes|apply|applies|make|makes|work|works|relevant|break|breaks|hurt|hurts|cause|causes|do anything)| matter | matters | relevant | make a difference | any difference | (?:turn|switch|set|put|keep|leave) (?:it|this|that) (?:on|off)| (?:enable|disable|activate|use) (?:it|this|that) /;
const PERSONAL = / (?:we|our|ours|us|my|mine|i) /;
const COMPLAINT = / (?:fail|fails|failing|failed|failure|down|offline|not working|doesnt work|stopped|error|errors|problem|problems|issue|issues|trouble|slow|drop|drops|dropping|dropped|unregistered|cannot|cant|wrong|broken|stuck|dead|lost|losing|busy|full|hang|hangs|crash|crashed|urgent)(?: |$)/;
/** The parameter itself, RST, or a pronoun standing for it ("should I turn it on?"). */
const ABOUT_PARAM = new RegExp(`${topics.param!.source}|${topics.rst!.source}|${topics.tcpClose!.source}|${REFERS_BACK.source}`);
/** A strong cue: on its own it settles which knowledge entry a clear question is about. */
const STRONG_CUE = 2.5;
/** Evidence for advice when a message is put as "should we…", "is it ok…". */
const ADVICE_FORM_WEIGHT = 1.5;
/** Evidence for `other` when the message mentions none of our topics. */
const OFF_TOPIC_WEIGHT = 3;

/**
 * Builds the question matcher: natural's Bayes classifier trained on the example questions of
 * every knowledge entry, the advice and health-check requests and off-topic questions, plus the
 * cues of each (log-odds evidence), the question forms and the topic words.
 *
 * ```ts
 * const q = createQuestionMatcher();
 * q.analyse('wat is the defualt of SS_TCP_CLOSE_RESET?').intent // 'default'
 * ```
 */
export function createQuestionMatcher(options: QuestionMatcherOptions = {}): QuestionMatcher {
  const threshold = options.threshold ?? 0.3;
  const margin = options.margin ?? 0.15;
  const specs: { label: QuestionLabel; spec: IntentSpec }[] = [
    ...knowledge.map((e) => ({ label: e.id as QuestionLabel, spec: { examples: e.examples, cues: e.cues } })),
    { label: 'advice', spec: adviceIntent },
    { label: 'health_check', spec: healthCheckIntent },
    { label: 'other', spec: { examples: otherQuestions, cues: [] } },
  ];
  const labels = specs.map((s) => s.label);
  const healthCues = healthCheckIntent.cues;
  const vocabulary = new Set<string>(extraTargets);
  for (const { spec } of specs) for (const ex of spec.examples) for (const w of ex.toLowerCase().replace(/[_'’]/g, '').split(/[^a-z0-9]+/)) vocabulary.add(w);
  const normaliser = createQuestionNormaliser(vocabulary);

  const clf = new BayesClassifier();
  for (const { label, spec } of specs) for (const ex of spec.examples) clf.addDocument([...normaliser.normalise(ex).stems], label);
  clf.train();
  // natural scores a message by turning it into a 0/1 vector over its whole vocabulary, per
  // call. The trained counts read back out as one weight per stem and class give the same log
  // scores (log P(class) + Σ log P(stem | class) over the known stems) for a few look-ups.
  const bayes = clf.classifier;
  const prior = labels.map((l) => Math.log((bayes.classTotals[l] ?? 1) / bayes.totalExamples));
  const weights = new Map<string, number[]>();
  Object.keys(clf.features).forEach((stem, i) => {
    weights.set(stem, labels.map((l) => Math.log((bayes.classFeatures[l]?.[i] || bayes.smoothing) / (bayes.classTotals[l] ?? 1))));
  });
  // Server ids, hosts and one-word names are looked up token by token (a config may list
  // a thousand servers); only names of several words need a pattern each.
  const serverWords = new Set<string>();
  const serverPhrases: RegExp[] = [];
  for (const v of (options.servers ?? []).flatMap((s) => [s.id, s.host, ...(s.name ? [s.name] : [])])) {
    const w = v.toLowerCase().trim();
    if (w.length < 2) continue;
    if (/\s/.test(w)) serverPhrases.push(new RegExp(`(?<![\\w.-])${escapeRe(w).replace(/\s+/g, '\\s+')}(?![\\w-])`, 'g'));
    else serverWords.add(w);
  }

  function analyse(input: string, opts: AnalyseOptions = {}): QuestionAnalysis {
    let raw = typeof input === 'string' ? input : String(input ?? '');
    if (serverWords.size || serverPhrases.length) {
      raw = raw.slice(0, MAX_READ).toLowerCase().replace(SERVER_TOKEN, (tok) => (serverWords.has(tok.replace(/[.:-]+$/, '')) ? ' server ' : tok));
      for (const p of serverPhrases) raw = raw.replace(p, ' server ');
    }
    const n = normaliser.normalise(raw);
    const form = formOf(n);
    const personal = PERSONAL.test(n.phrase);
    const complaint = COMPLAINT.test(n.phrase);
    const topicHits = Object.entries(topics).filter(([, p]) => p.test(n.phrase)).map(([k]) => k);
    const contextHits = Object.entries(contextTopics).filter(([, p]) => p.test(n.phrase)).map(([k]) => k);
    const onTopic = topicHits.length > 0 || (contextHits.length > 0 && (opts.followUp === true || REFERS_BACK.test(n.phrase)));

    if (helpPattern.test(n.phrase)) {
      return { intent: 'help', form, onTopic, personal, complaint, confidence: 1, ranked: [], topics: topicHits, cues: [], corrections: n.corrections, reason: 'asks what the assistant can do' };
    }
    // Off the topic, only a request to look at a server can be for us. Most messages that are
    // no question of ours end here, cheaply: the bot reads every message twice.
    if (!onTopic && !healthCues.some((c) => c.pattern.test(n.phrase))) {
      return { intent: null, form, onTopic, personal, complaint, confidence: 0, ranked: [], topics: [...topicHits, ...contextHits], cues: [], corrections: n.corrections, reason: 'not about SS_TCP_CLOSE_RESET or TIME_WAIT' };
    }

    // Naive Bayes over the stems natural knows; its posteriors are far too sure after a few
    // words, so the log scores are tempered before the cues (log-odds) are added.
    const stems = n.stems.filter((s) => weights.has(s)).slice(0, 30);
    const z = new Map<QuestionLabel, number>(labels.map((l) => [l, 0]));
    if (stems.length > 0) {
      const temper = 2 + stems.length * 0.5;
      labels.forEach((l, c) => {
        let log = prior[c]!;
        for (const stem of stems) log += weights.get(stem)![c]!;
        z.set(l, log / temper);
      });
    }
    const fired: string[] = [];
    const strongest = new Map<QuestionLabel, number>();
    for (const { label, spec } of specs) {
      spec.cues.forEach((cue: Cue, i) => {
        if (!cue.pattern.test(n.phrase)) return;
        fired.push(`${label}#${i}`);
        z.set(label, (z.get(label) ?? 0) + cue.weight);
        strongest.set(label, Math.max(strongest.get(label) ?? 0, cue.weight));
      });
    }
    // Off-topic questions go to a person; a request to look at a server needs no topic word.
    if (!onTopic && !strongest.has('health_check')) z.set('other', (z.get('other') ?? 0) + OFF_TOPIC_WEIGHT);
    // Put as "should we…", a question about TLS, UDP or NAT asks for the deployment advice,
    // which answers it for their setup; but advice is about SS_TCP_CLOSE_RESET itself:
    // "should I use tcp_tw_recycle?" is a kernel question.
    if (form === 'advice') z.set('advice', (z.get('advice') ?? 0) + ADVICE_FORM_WEIGHT);
    if (!opts.followUp && !ABOUT_PARAM.test(n.phrase)) z.set('advice', (z.get('advice') ?? 0) - OFF_TOPIC_WEIGHT);
    const ranked = softmax(z);
    const best = ranked[0]!;
    const second = ranked[1] ?? { label: 'other' as QuestionLabel, score: 0 };
    const clear = best.score >= threshold && best.score - second.score >= margin;
    let intent: QuestionIntent | null = null;
    let reason: string;
    if (best.label === 'other') {
      reason = onTopic ? `looks like another question (${best.score.toFixed(2)})` : 'not about SS_TCP_CLOSE_RESET or TIME_WAIT';
    } else if (best.label === 'health_check') {
      // Asking to look at a server needs no topic word, but it needs one of the request phrases.
      intent = clear && (strongest.get('health_check') ?? 0) > 0 ? 'health_check' : null;
      reason = intent ? `asks for a look at the server (${best.score.toFixed(2)})` : `health check only middling (${best.score.toFixed(2)})`;
    } else if (!onTopic) {
      reason = 'no topic word';
    } else if (form === 'statement') {
      reason = `a statement, not a question (${best.label} ${best.score.toFixed(2)})`;
    } else if (clear || (best.score >= threshold && (strongest.get(best.label) ?? 0) >= STRONG_CUE)) {
      intent = best.label;
      reason = `${best.label} (${best.score.toFixed(2)}), ${form} form`;
    } else {
      reason = `${best.label} and ${second.label} compete (${best.score.toFixed(2)} vs ${second.score.toFixed(2)})`;
    }
    return { intent, form, onTopic, personal, complaint, confidence: best.score, ranked: ranked.slice(0, 3), topics: [...topicHits, ...contextHits], cues: fired, corrections: n.corrections, reason };
  }

  return { analyse };
}

function formOf(n: Normalised): QuestionForm {
  for (const { form, pattern } of questionForms) if (pattern.test(n.phrase)) return form;
  return n.questionMark ? 'question' : 'statement';
}

function softmax(z: Map<QuestionLabel, number>): { label: QuestionLabel; score: number }[] {
  let top = -Infinity;
  for (const v of z.values()) if (v > top) top = v;
  let sum = 0;
  const e: [QuestionLabel, number][] = [];
  for (const [l, v] of z) {
    const x = Math.exp(v - top);
    e.push([l, x]);
    sum += x;
  }
  return e.map(([label, x]) => ({ label, score: Math.round((x / sum) * 1000) / 1000 })).sort((a, b) => b.score - a.score);
}

/** A token that may name a server: an id (vos-dhaka), a host name or an IP address. */
const SERVER_TOKEN = /[a-z0-9][a-z0-9._:-]*/g;
/** No more of a message is read (the normaliser reads less still). */
const MAX_READ = 4096;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The reading of a message that was not asked about (a problem report with a log signature). */
export const NOT_READ: QuestionAnalysis = {
  intent: null,
  form: 'statement',
  onTopic: false,
  personal: false,
  complaint: false,
  confidence: 0,
  ranked: [],
  topics: [],
  cues: [],
  corrections: [],
  reason: 'not read: a problem report',
};

/** Every class the classifier knows, for tests and lists. */
export const questionLabels: readonly QuestionLabel[] = [...knowledgeIds, 'advice', 'health_check', 'other'];
