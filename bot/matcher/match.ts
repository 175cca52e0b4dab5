import type { PlaybookId } from '../../playbooks/ids.js';
import { trainingExamples } from '../../playbooks/examples/index.js';
import { stemsOf, trainClassifier, unpackTrainingStems, type ClassifierOptions, type TrainedClassifier } from './classifier.js';
import { createExtractor } from './extract.js';
import { framingCounts } from './framing-counts.js';
import { createFramingCheck, type FramingCounts, type FramingVerdict } from './framing.js';
import { createNormaliser, MAX_CHARS, speakerLines, type Normalised, type NormaliserOptions } from './normalise.js';
import { rankInPlace } from './rank.js';
import { causeRuleIds, compileRules, namingRuleIds, rules as defaultRules, standingRuleIds, type Rule } from './rules.js';
import { trainingStems } from './training-stems.js';
import type { Candidate, ClassifierEvidence, ClassLabel, Decision, Extracted, Matcher, MatcherServer, MatchResult, RuleHit } from './types.js';

/** Where the decision boundaries lie; every field has a default. */
export interface MatchThresholds {
  /** A playbook is `confident` from this combined score on. @defaultValue 0.7 */
  readonly confident?: number;
  /** …and only if it leads the runner-up (another playbook or "none") by this much. @defaultValue 0.3 */
  readonly margin?: number;
  /** Below `confident`, a playbook from this score on makes the decision `ambiguous`. @defaultValue 0.5 */
  readonly ambiguous?: number;
  /** A playbook from this score on is listed as a candidate. @defaultValue 0.12 */
  readonly candidate?: number;
  /**
   * Evidence (nats) for "none" when every content word is unknown to the classifier, scaled by
   * the unknown share: a message mostly about things the playbooks never mention is probably
   * about something else. @defaultValue 1.5
   */
  readonly unknownWeight?: number;
  /**
   * Without a specific rule (weight ≥ 1.5) for it, a playbook is `confident` only if the
   * classifier gives it at least this much and some rule points at it too: words alike are no
   * evidence of the cause by themselves. Otherwise it stays `ambiguous`. @defaultValue 0.7
   */
  readonly classifierAlone?: number;
  /**
   * A playbook the rules are sure of is held back (`ambiguous`, so the bot asks) when the message's framing reads,
   * by at least these log-odds, like the labelled messages that tell its words as history, denied or asked about
   * rather than as a live fault (bot/matcher/framing.ts). @defaultValue 2
   */
  readonly framed?: number;
  /**
   * A contradiction read from the wording does not rule out a playbook whose story the message tells in full (its
   * symptom and two of its causes, one the change that brought it) when the message's framing reads as a live fault by
   * at least these log-odds (bot/matcher/framing.ts). @defaultValue 2
   */
  readonly live?: number;
}

/** Options of createMatcher; every field has a default. */
export interface MatcherOptions {
  /** Configured servers, so that a message naming one (by id, name or host) says which. @defaultValue [] */
  readonly servers?: readonly MatcherServer[];
  /** Training messages per class. @defaultValue the examples in playbooks/examples */
  readonly examples?: Readonly<Record<ClassLabel, readonly string[]>>;
  /** The explicit rules. @defaultValue the built-in rule set */
  readonly rules?: readonly Rule[];
  readonly thresholds?: MatchThresholds;
  readonly classifier?: ClassifierOptions;
  readonly normaliser?: NormaliserOptions;
  /** The framing counts the check above reads; null turns the check off. @defaultValue those of the tuning splits (framing-counts.ts) */
  readonly framing?: FramingCounts | null;
}

/**
 * The playbooks, in the order of `playbookIds` in playbooks/ids.ts. Spelled out rather than
 * imported because ids.ts loads zod, which alone costs about 100 ms of the start-up budget;
 * the type checks below (and a test comparing with playbookIds) keep the two lists equal.
 */
const matcherPlaybooks = ['port_exhaustion', 'nat_unregistered', 'firewall_rst'] as const satisfies readonly PlaybookId[];
/** Compile-time guard: fails to type-check when playbooks/ids.ts gains a playbook the matcher does not know. */
const everyPlaybookKnown: Exclude<PlaybookId, (typeof matcherPlaybooks)[number]> extends never ? true : never = true;
void everyPlaybookKnown;

/** The classes the classifier learns, in a fixed order: the playbooks, then "none". */
export const classLabels: readonly ClassLabel[] = [...matcherPlaybooks, 'none'];

/** Rule evidence per class is capped, so a pasted log that repeats a signature cannot outvote everything. */
const MAX_RULE_EVIDENCE = 8;
/** Two playbooks that both score at least this, with "none" below it, compete: ask which. */
const COMPETING = 0.3;
/** A rule at least this strong for a playbook counts as specific evidence for it. */
const SPECIFIC_RULE = 1.5;
/** A rule weaker than this, and no cause, only names what a playbook is about (a firewall): with the classifier, one such alone is no evidence. */
const NAMED_ONLY = 1;
/** A playbook rule at least this strong after "it is fixed" tells a new problem (a symptom, not TIME_WAIT named). */
const NEW_PROBLEM = 2;
/** A question rule this weak or weaker is a bare question mark (ask.question-mark). */
const QUESTION_MARK = 1;
/** A playbook rule this strong names its error or log signature ("EADDRINUSE", "RST dropped"). */
const SIGNATURE = 4;
/** A question giving at least this many sockets in TIME_WAIT reports the fault ("30k TIME_WAIT, is this normal?"). */
const REPORTED_TIME_WAIT = 5000;
/** Index of "none" in classLabels. */
const NONE = 3;
/** Where port exhaustion stands among the playbooks (matcherPlaybooks) and their scores. */
const PORT_EXHAUSTION = matcherPlaybooks.indexOf('port_exhaustion');
/** Where the NAT playbook stands among the playbooks and their scores. */
const NAT_UNREGISTERED = matcherPlaybooks.indexOf('nat_unregistered');
/** A playbook rule this strong tells its symptom ("unregistered", "address already in use"). */
const THREAD_SYMPTOM = 2.5;
/** A message whose phrase is shorter than its text by this factor is read little; so is one whose stems are mostly unknown. */
const LITTLE_READ = 2;
const UNKNOWN_MOSTLY = 0.5;
/** Phones unregistered, in a message with more than this share of its stems unknown: too little read to rule out the symptom's other causes. */
const UNKNOWN_SOME = 0.25;
/** Phones unregistered, in a message of more than this many stems: it tells more than the symptom, which may be its cause. */
const SYMPTOM_ALONE_STEMS = 8;
/**
 * Causes outside the three playbooks, named in words that read the same in any language: the network's services (DNS,
 * DHCP, BGP, bandwidth, a SIP ALG, a GSM gateway), the phone or its user (a headset, a battery, its LCD, DND, a typo), a
 * licence or account that expired, a UPS, credit or a balance run out; another switch or one listening service (Asterisk,
 * FreeSWITCH, nginx, Tomcat …); the server's own disk or memory (a full disk, a Java heap), a codec mismatch, an antivirus,
 * a link that flaps or a routing loop; a lab, a course, an interview. In a message read little, such a word may be what the
 * unread words blame.
 */
const OTHER_CAUSE = / (?:disks?|heap|memory|codecs?|g729|g711|antivirus|credit|balance|flap|flaps|flapping|routing loop|dhcp|dns|bgp|bandwidth|alg|gsm|headsets?|battery|batteries|lcd|dnd|typo|licen[cs]e|expired|ups|asterisk|freeswitch|kamailio|3cx|freepbx|nginx|apache|haproxy|tomcat|mysql|docker|jenkins|lab|course|interview|exam|presentation|training)(?= |$)/;
/**
 * RST named beside "off" ("RST … Off", "Off … RST"), with no "on" or turning between and no "on" right after ("from Off to
 * On", "Off sang On"), and not after a verb of turning ("turn RST off", asked for): in a message read little, the unread
 * words may say the setting is off, which rules out the two playbooks RST causes.
 */
const RST_SAID_OFF =
  / (?<!(?:turn|turning|switch|switching|set|setting|put|make|keep)(?: the)? )(?:rst|reset|sstcpclosereset|tcpclosereset)(?: (?!(?:on|enabled|enable|turn|turned|to)(?: |$))[a-z0-9]+){0,3} off(?! (?:[a-z0-9]+ )?on(?: |$))(?= |$)| off (?:[a-z0-9]+ )?(?:rst|sstcpclosereset|tcpclosereset)(?= |$)/;
/**
 * The writer says the fault is going on now: since a time ("since yesterday", Bangla "yesterday since"), today or now
 * again, still failing, "we have a problem", a cause named as the culprit since a change ("RST is the culprit: since we
 * set it on …"), Hindi and Urdu's continuous present ("aa rahe", "ho raha", not "aa rahe the", which is past), and now
 * unregistered after all were registered before ("before … registered, now go unregistered quickly"), and worse now
 * than the last time ("the same problem as last week, but now worse", Malay "kali ani lebih teruk"). Read by the rules,
 * this outweighs how the rest of the message is framed (FramingCheck).
 */
const LIVE_NOW = / now (?:(?!(?:not|no|never|nothing|none|nobody|zero) )[a-z]+ ){0,2}unregistered(?: |$)| (?:since|from) (?:yesterday|today|this morning|morning|last night|tonight|[0-9]+ (?:hours?|days?|minutes?|mins?))(?: |$)| (?:yesterday|today|morning|night) since | (?:today|now) again | again today | still (?:not|unregistered|failing|fails|happening|dropping|coming|down)(?: |$)| we have (?:a |the )?problem | is the (?:culprit|cause) (?:since|from|because)(?: |$)| (?:aa|ho|ja|gir|kat) (?:rahe|raha|rahi)(?! (?:the|thi|tha|thay)(?: |$))| (?:now|agora|ahora|this time) (?:even )?(?:worse|pior|peor)(?: |$)| (?:worse|pior|peor) (?:now|than before|this time)(?: |$)/;
/** A message with at least this many stems, of which more than this share are unknown, is noise to the classifier. */
const NOISY_MIN_STEMS = 12;
const NOISY_UNKNOWN_SHARE = 0.8;

/**
 * Builds a matcher: trains natural's BayesClassifier on the playbook examples, compiles the
 * rules and the server extractor. All the work happens here, once; `match` then costs a few
 * microseconds per message.
 *
 * ```ts
 * const matcher = createMatcher({ servers: config.servers });
 * matcher.match('bind failed: Address already in use on vos-dhaka');
 * // { playbook: 'port_exhaustion', decision: 'confident', confidence: 0.98, extracted: { serverIds: ['vos1'], … }, … }
 * ```
 */
export function createMatcher(options: MatcherOptions = {}): Matcher {
  const ruleSet = options.rules ?? defaultRules;
  const runRules = compileRules(ruleSet);
  const normaliser = createNormaliser({ ...options.normaliser, wordData: runRules.wordData });
  // The built-in examples read by the built-in normaliser give the stems training-stems.ts keeps: reading the
  // messages afresh at every start-up cost about as much as the rest of building the matcher.
  const builtIn = options.examples === undefined && options.normaliser === undefined;
  const stems = builtIn ? unpackTrainingStems(trainingStems) : stemsOf(classLabels, (text) => normaliser.normalise(text), options.examples ?? trainingExamples);
  const classifier = trainClassifier(classLabels, stems, options.classifier);
  const extract = createExtractor(options.servers ?? []);
  const holdsBack = new Set(ruleSet.filter((r) => r.holdsBack).map((r) => r.id));
  const settling = new Set(ruleSet.filter((r) => r.settles).map((r) => r.id));
  const closingPatterns = ruleSet.filter((r) => r.settles && r.closes && r.on === 'phrase').map((r) => r.pattern);
  const reopening = new Set(ruleSet.filter((r) => r.reopens).map((r) => r.id));
  const heading = new Set(ruleSet.filter((r) => r.settles && r.heads).map((r) => r.id));
  const holdsFirmly = new Set(ruleSet.filter((r) => r.holdsBack && r.firmly).map((r) => r.id));
  const causes = causeRuleIds(ruleSet);
  const changes = new Set(ruleSet.filter((r) => r.cause && r.change).map((r) => r.id));
  const standing = standingRuleIds(ruleSet);
  const naming = namingRuleIds(ruleSet);
  const t = options.thresholds ?? {};
  const confidentAt = t.confident ?? 0.7;
  const margin = t.margin ?? 0.3;
  const ambiguousAt = t.ambiguous ?? 0.5;
  const candidateAt = t.candidate ?? 0.12;
  const unknownWeight = t.unknownWeight ?? 1.5;
  const classifierAlone = t.classifierAlone ?? 0.7;
  const framedAt = t.framed ?? 2;
  const liveAt = t.live ?? 2;
  const framing = options.framing === null ? undefined : createFramingCheck(options.framing ?? framingCounts);

  function match(input: string): MatchResult {
    const text = typeof input === 'string' ? input : String(input ?? '');
    const n = normaliser.normalise(text);
    const extracted = extract(n);
    const hits = runRules(n, extracted);
    const clf = classifier.score(n.stems);
    const stemCount = n.stems.length;
    const unknownShare = stemCount === 0 ? 0 : (stemCount - clf.knownTerms) / stemCount;
    // Binary junk and foreign scripts leave a few known stems among hundreds of unknown ones;
    // the classifier's opinion on such a message is noise, so only the rules count.
    const noisy = stemCount >= NOISY_MIN_STEMS && unknownShare > NOISY_UNKNOWN_SHARE;

    if ((clf.knownTerms === 0 || noisy) && hits.length === 0) {
      const reason = noisy ? 'mostly unreadable text and no rule fired' : 'no known word and no rule fired';
      return result(null, 0, 'none', [], hits, [], false, clf, n, reason, extracted);
    }

    // Combine in log-odds: the classifier's (normalised) belief plus the rules' evidence.
    const z = [0, 0, 0, unknownWeight * unknownShare];
    const against = [0, 0, 0];
    let counted = hits;
    let overruled: RuleHit[] = [];
    let heldBack = false;
    for (const h of hits) {
      if (h.weight < 0 && h.playbook !== null) {
        const i = classLabels.indexOf(h.playbook);
        against[i] = (against[i] as number) + h.weight;
      }
    }
    // Read once, by the first check that needs it (`framingRead ??= framing(n)`: no closure per message, which a build
    // that keeps function names would name at every call).
    let framingRead: FramingVerdict | undefined;
    // A playbook's story told in full ("since RST On the phones behind NAT went unregistered": its symptom and two of its
    // causes, one the change that brought it), in a message framed as a live fault: a contradiction read from the wording
    // ("RST … off", a denial, the credentials) is then more likely words the rules half read than what the writer says,
    // and is set aside. Never one that stands (Rule.stands): a fact of the setup or a figure (UDP only, a few hundred
    // TIME_WAIT), or a story that is no live fault of this switch (RST only supposed or planned, a lab, another server).
    let misread: RuleHit[] | undefined;
    if (framing !== undefined && (against[0] !== 0 || against[1] !== 0 || against[2] !== 0)) {
      for (let i = 0; i < 3; i++) {
        const playbook = matcherPlaybooks[i] as PlaybookId;
        if (against[i] === 0 || hits.some((h) => h.playbook === playbook && h.weight < 0 && standing.has(h.id))) continue;
        const story = storyTold(hits, playbook, causes, changes);
        if (!toldInFull(story)) continue;
        // Told after the change, in a message that asks nothing, it says the change was undone ("… so we turned RST back
        // off"): it stands. Asked ("… RST Off again?"), it is what the writer would do about the fault.
        if (!n.questionMark && hits.some((h) => h.playbook === playbook && h.weight < 0 && (h.at ?? 0) > story.changedAt)) continue;
        if ((framingRead ??= framing(n)).logOdds > -liveAt) break;
        against[i] = 0;
        misread ??= [];
        for (const h of hits) if (h.playbook === playbook && h.weight < 0) misread.push(h);
      }
      if (misread !== undefined) {
        const out = new Set(misread);
        counted = setAside(hits, (h) => out.has(h), overruled);
      }
    }
    if (against[0] !== 0 || against[1] !== 0 || against[2] !== 0) {
      // A contradiction (negative weight) rules its playbook out: the playbook's own rules
      // are overruled, and only the classifier's belief minus the contradiction is left for it.
      counted = setAside(counted, (h) => h.weight > 0 && h.playbook !== null && (against[classLabels.indexOf(h.playbook)] as number) < 0, overruled);
      // If the playbook was in the running (a rule or the classifier pointed at it), what
      // contradicts it speaks for "none of them" as much as against it. Not when the message counts tens of thousands of
      // sockets in TIME_WAIT and port exhaustion stands: ruling out the RST playbooks ("we want to turn RST on because
      // TIME_WAIT is 30k") leaves that fault told.
      const clfTop = topPlaybook(clf.scores);
      const exhaustionTold = (extracted.timeWait ?? 0) >= REPORTED_TIME_WAIT && against[PORT_EXHAUSTION] === 0;
      for (let i = 0; i < 3; i++) {
        const playbook = matcherPlaybooks[i] as PlaybookId;
        if (exhaustionTold && i !== PORT_EXHAUSTION) continue;
        if ((against[i] as number) < 0 && (clfTop === playbook || overruled.some((h) => h.playbook === playbook))) z[NONE] = (z[NONE] as number) - (against[i] as number);
      }
    }
    // The problem said to be over ("fixed, you can close the ticket"): what the message told before of a
    // playbook's symptom or cause is history, so the playbooks' own rules count for nothing. Not when a
    // playbook's words come after it: that is a new problem ("bind errors gone, thanks. But now …").
    let settledBy: RuleHit | undefined;
    // The last such statement counts: "close the ticket: the errors are gone since the tuning".
    for (const h of counted) if (settling.has(h.id) && (settledBy === undefined || (h.at ?? 0) > (settledBy.at ?? 0))) settledBy = h;
    if (settledBy !== undefined) {
      const over = settledBy.at ?? 0;
      // What the settling words themselves name is what is over ("no more 'cannot assign requested address' at peak"): a
      // symptom found inside them is no new problem. (The match as shown may be shortened: then less counts as inside.)
      const overEnd = over + settledBy.matched.length / Math.max(1, n.phrase.length);
      let after = -1;
      for (const h of counted) if (h.weight >= NEW_PROBLEM && h.playbook !== null && (h.at ?? 0) > overEnd && (h.at ?? 0) > after) after = h.at ?? 0;
      // A message that opens by saying so, naming nothing ("Already fixed: NATed phones went unregistered after RST mode,
      // …"), tells what was fixed after it, when what follows is one playbook's story; then only words that reopen ("but
      // now …") tell a new problem. "No bind errors anymore. The phones behind NAT …" named what is over: the rest is new.
      if (after >= 0 && heading.has(settledBy.id) && Math.round(over * n.phrase.length) <= 1 && !namesSubject(settledBy.matched)) {
        const told = new Set(counted.filter((h) => h.weight >= NEW_PROBLEM && h.playbook !== null && (h.at ?? 0) > overEnd).map((h) => h.playbook));
        if (told.size === 1) after = -1;
      }
      // "Another issue since Sunday: …" after it tells a new problem, however weakly its words read.
      for (const h of counted) if (reopening.has(h.id) && (h.at ?? 0) > over && (h.at ?? 0) > after) after = h.at ?? 0;
      // A rule hit tells where its first match starts; the message may close once more after the symptom
      // ("ticket closed: the firewall dropped RST, we allowed it, close the ticket"), which closes that too.
      if (after >= 0 && saysOverAgain(n.phrase, after, closingPatterns)) after = -1;
      // "… phones unregistered since the RST change. TIME_WAIT is fixed though": what is said to be over is named
      // right before the word (TIME_WAIT), and it is another playbook's than a symptom told before it.
      const subject = after < 0 ? settledSubject(n.phrase, settledBy) : -1;
      const otherToldBefore = subject >= 0 && counted.some((h) => h.weight >= NEW_PROBLEM && h.playbook !== null && h.playbook !== matcherPlaybooks[subject] && (h.at ?? 0) < over);
      if (after >= 0) {
        // Then what is over was another problem, and speaks neither for nor against the new one.
        counted = setAside(counted, (h) => settling.has(h.id), overruled);
        settledBy = undefined;
      } else if (otherToldBefore) {
        // Only that playbook's problem is over: its own rules and the settling words are set aside, the others stand.
        counted = setAside(counted, (h) => settling.has(h.id) || (h.weight > 0 && h.playbook === matcherPlaybooks[subject]), overruled);
        settledBy = undefined;
      } else {
        counted = setAside(counted, (h) => h.weight > 0 && h.playbook !== null, overruled);
      }
    }
    let heldFirmly = false;
    let heldByMarkOnly = true;
    let signatures = 0;
    for (const h of counted) {
      const i = h.playbook === null ? NONE : classLabels.indexOf(h.playbook);
      z[i] = (z[i] as number) + h.weight;
      if (holdsBack.has(h.id)) {
        heldBack = true;
        if (h.weight > QUESTION_MARK) heldByMarkOnly = false;
      }
      if (holdsFirmly.has(h.id)) heldFirmly = true;
      if (i !== NONE && h.weight >= SIGNATURE) signatures |= 1 << i;
    }
    // Tens of thousands of sockets in TIME_WAIT are a fault report however the message is put, unless
    // it says everything works.
    if ((extracted.timeWait ?? 0) >= REPORTED_TIME_WAIT && !heldFirmly) heldBack = false;
    if (heldBack && heldByMarkOnly) {
      // A bare question mark after a fault told in full asks how to fix it, or whether that was the cause: a playbook's
      // error and its cause ("EADDRINUSE at 180 CPS, what should we set?"), or its symptom and two of its causes, one the
      // change that brought it ("since RST On the phones behind NAT went unregistered, was that it?"). In a chat thread
      // pasted whole ("[10:42] Ravi: …", "- Ana: …") it is one speaker asking another: the symptom and two causes do.
      const thread = speakerLines(text, 2) >= 2;
      for (let i = 0; i < 3; i++) {
        const story = storyTold(counted, matcherPlaybooks[i] as PlaybookId, causes, changes);
        if ((((signatures >> i) & 1) === 1 && story.causes >= 1) || toldInFull(story) || (thread && story.symptom && story.causes >= 2)) heldBack = false;
      }
    }
    let top = -Infinity;
    for (let i = 0; i < 4; i++) {
      const belief = noisy ? 0 : Math.log(Math.max(clf.scores[classLabels[i] as ClassLabel], 1e-6));
      const v = belief + Math.min(z[i] as number, MAX_RULE_EVIDENCE);
      z[i] = v;
      if (v > top) top = v;
    }
    let sum = 0;
    for (let i = 0; i < 4; i++) {
      const e = Math.exp((z[i] as number) - top);
      z[i] = e;
      sum += e;
    }
    const none = (z[NONE] as number) / sum;
    const ranked: Candidate[] = [
      { playbook: matcherPlaybooks[0], score: round((z[0] as number) / sum) },
      { playbook: matcherPlaybooks[1], score: round((z[1] as number) / sum) },
      { playbook: matcherPlaybooks[2], score: round((z[2] as number) / sum) },
    ];
    rankInPlace(ranked, byScore);
    const best = ranked[0] as Candidate;
    const second = ranked[1] as Candidate;
    const runnerUp = Math.max(second.score, none);
    const bestIndex = classLabels.indexOf(best.playbook);
    let supported = false;
    let specific = false;
    let backing = 0;
    let causesNamed = 0;
    for (const h of counted) {
      if (h.playbook !== best.playbook || h.weight <= 0) continue;
      supported = true;
      if (h.weight >= SPECIFIC_RULE) specific = true;
      backing += h.weight >= NAMED_ONLY || causes.has(h.id) ? 2 : 1;
      if (causes.has(h.id)) causesNamed++;
    }
    // Two of the playbook's causes named ("since RST On, the phones behind NAT …") are as specific as its
    // symptom, which may be said in words the matcher does not read.
    if (causesNamed >= 2) specific = true;
    // The classifier alone, however sure, only measures how alike the words are: a confident
    // playbook needs a rule that points at it as well, more than one thing named ("the firewall").
    const classifierSure = !specific && !noisy && clf.scores[best.playbook] >= classifierAlone && against[bestIndex] === 0;
    if (classifierSure && backing >= 2) specific = true;
    const namedOnly = classifierSure && supported && backing < 2;
    const unsupported = !supported && best.score >= confidentAt;
    // Read little (most of it in words the matcher does not know), a message's symptom may have any cause
    // among them: the playbook's cause, or what it is about, must be named.
    const readLittle = n.phrase.length * LITTLE_READ < Math.min(text.length, MAX_CHARS) || unknownShare > UNKNOWN_MOSTLY;
    // Phones fall off their registration for many reasons (power, Wi-Fi, a cable, credentials, an account): a message
    // that tells that symptom with a `part` of it unread may blame any of them there, and one that has `told` more than
    // the symptom likely names one (the ISP's maintenance, a deleted account), so it too has to name the NAT playbook's
    // cause or what it is about (NAT, a router, TCP, RST).
    const causeNeeded = causeToName(readLittle, bestIndex === NAT_UNREGISTERED, unknownShare, stemCount);
    let causeNamed = causeNeeded === undefined;
    if (!causeNamed) for (const h of counted) if (h.playbook === best.playbook && (causes.has(h.id) || naming.has(h.id))) causeNamed = true;
    const otherwise = best.score >= confidentAt && best.score - runnerUp >= margin && !heldBack && settledBy === undefined;
    // Read little, a message that names another cause ("… DNS …", "… nginx …") may blame it in the words the matcher does not
    // read ("it was the DNS, not NAT"): unless the playbook's own error or log line is there, it is not confident. Looked
    // for only where it would decide.
    const unreadMayBlame = otherwise && specific && causeNamed && readLittle && !counted.some((h) => h.playbook === best.playbook && h.weight >= SIGNATURE);
    const otherCause = unreadMayBlame ? OTHER_CAUSE.exec(n.phrase)?.[0].trim() : undefined;
    // So may a message that names RST beside "off": the setting may be off ("RST je pri nas Off", "SS_TCP_CLOSE_RESET sei Off").
    const rstOff = unreadMayBlame && otherCause === undefined && bestIndex !== PORT_EXHAUSTION ? RST_SAID_OFF.exec(n.phrase)?.[0].trim() : undefined;
    const confident = otherwise && specific && causeNamed && otherCause === undefined && rstOff === undefined;
    // Another explanation read beside the symptom is the reason to give when part of the message is unread as well.
    const rival = confident || (otherwise && specific && !causeNamed && causeNeeded !== 'most') ? rivalExplanation(counted, best.playbook, causes, holdsBack) : undefined;
    // The rules read what is named; how it is told (history, a denial, a friend's question, a plan) is worded anew in
    // every message. Read as a whole against the labelled ones, a framing that leans to "not a live fault" holds the
    // playbook back, so the bot asks before it proposes; not when the rules read that it goes on now ("but now …",
    // "since yesterday"). Looked at only where it would decide.
    const framed =
      confident && rival === undefined && framing !== undefined && !counted.some((h) => reopening.has(h.id)) && !LIVE_NOW.test(n.phrase) ? (framingRead ??= framing(n)) : undefined;
    const framedAs = framed !== undefined && framed.logOdds >= framedAt ? framed.words : undefined;

    let decision: Decision;
    if (confident && rival === undefined && framedAs === undefined) decision = 'confident';
    else if (best.score >= ambiguousAt || (second.score >= COMPETING && none < COMPETING)) decision = 'ambiguous';
    else decision = 'none';

    const candidates = ranked.filter((c) => c.score >= candidateAt);
    if (decision !== 'none' && candidates.length === 0) candidates.push(best);
    const held: Held = { unsupported, namedOnly: otherwise && namedOnly, causeUnread: otherwise && specific && !causeNamed && (causeNeeded === 'most' || rival === undefined) ? causeNeeded : undefined, otherCause, rstOff, framedAs, misread };
    const reason = explain(decision, best, second, none, counted, against, heldBack ? holdsBack : undefined, noisy ? undefined : clf.scores, held, rival, settledBy);
    return result(decision === 'none' ? null : best.playbook, best.score, decision, candidates, counted, overruled, heldBack, clf, n, reason, extracted);
  }

  return { match };
}

const byScore = (c: Candidate) => c.score;

/** Whether one of `patterns` matches the phrase after the place `at` (a share of its length). */
function saysOverAgain(phrase: string, at: number, patterns: readonly RegExp[]): boolean {
  const rest = phrase.slice(Math.ceil(at * phrase.length) + 1);
  for (const p of patterns) if (p.test(rest)) return true;
  return false;
}

/** What each playbook's problem is called, looked for right before a word that says a problem is over. */
const SUBJECTS: readonly RegExp[] = [
  / (?:timewait|ports?|bind|binding|exhaustion|eaddrinuse|cps|address already in use|already in use)(?= |$)/g,
  / (?:registration|registrations|registered|unregistered|register|nat|phones?|extensions?)(?= |$)/g,
  / (?:firewall|firewalls|iptables|fortigate|pfsense|conntrack)(?= |$)/g,
];
/** Whether `words` name a playbook's problem (SUBJECTS). */
function namesSubject(words: string): boolean {
  const padded = ` ${words} `;
  return SUBJECTS.some((re) => {
    re.lastIndex = 0;
    return re.test(padded);
  });
}

/** How far before the settling word its subject is looked for, in characters of the phrase. */
const SUBJECT_SPAN = 40;

/** The playbook (index in matcherPlaybooks) whose problem is named nearest before the settling word, or -1. */
function settledSubject(phrase: string, settledBy: RuleHit): number {
  const at = Math.round((settledBy.at ?? 0) * phrase.length);
  const window = phrase.slice(Math.max(0, at - SUBJECT_SPAN), at + 1);
  let found = -1;
  let nearest = -1;
  for (let i = 0; i < SUBJECTS.length; i++) {
    const re = SUBJECTS[i] as RegExp;
    re.lastIndex = 0;
    for (let m = re.exec(window); m !== null; m = re.exec(window)) {
      if (m.index > nearest) {
        nearest = m.index;
        found = i;
      }
    }
  }
  return found;
}

/** The hits `out` picks go on `overruled`; the rest come back, in order. */
function setAside(hits: readonly RuleHit[], out: (h: RuleHit) => boolean, overruled: RuleHit[]): RuleHit[] {
  const kept: RuleHit[] = [];
  for (const h of hits) (out(h) ? overruled : kept).push(h);
  return kept;
}

/** What the hits tell of a playbook's story: its symptom, how many of its causes, and the change that brought one. */
interface Story {
  readonly symptom: boolean;
  readonly causes: number;
  /** Where the last change (Rule.change) told starts, as RuleHit.at; -1 when none is. */
  readonly changedAt: number;
}

/** What `hits` tell of the playbook's story, from its own rules that count for it. */
function storyTold(hits: readonly RuleHit[], playbook: PlaybookId, causes: ReadonlySet<string>, changes: ReadonlySet<string>): Story {
  let symptom = false;
  let told = 0;
  let changedAt = -1;
  for (const h of hits) {
    if (h.playbook !== playbook || h.weight <= 0) continue;
    if (h.weight >= THREAD_SYMPTOM) symptom = true;
    if (causes.has(h.id)) told++;
    if (changes.has(h.id)) changedAt = Math.max(changedAt, h.at ?? 0);
  }
  return { symptom, causes: told, changedAt };
}

/** The story told in full: the symptom and two causes, one the change that brought it ("since RST On the phones behind NAT …"). */
const toldInFull = (story: Story): boolean => story.symptom && story.causes >= 2 && story.changedAt >= 0;

/**
 * Another explanation beside only the playbook's symptom: the strongest guard that counted (the
 * billing, a licence, the web portal, a VPN …), unless the message also names the playbook's
 * cause (load, RST switched on, NAT, a firewall dropping RST). An engineer would ask which it is,
 * so the playbook is not `confident` then.
 */
function rivalExplanation(counted: readonly RuleHit[], playbook: PlaybookId, causes: ReadonlySet<string>, questions: ReadonlySet<string>): RuleHit | undefined {
  let rival: RuleHit | undefined;
  for (const h of counted) {
    if (h.playbook === playbook && causes.has(h.id)) return undefined;
    // The question rules have their own say (holdsBack).
    if (rival === undefined && h.playbook === null && h.weight > 0 && !questions.has(h.id)) rival = h;
  }
  return rival;
}

/** The playbook the classifier scores highest. */
function topPlaybook(scores: Readonly<Record<ClassLabel, number>>): PlaybookId {
  let top: PlaybookId = matcherPlaybooks[0];
  for (const p of matcherPlaybooks) if (scores[p] > scores[top]) top = p;
  return top;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function result(
  playbook: PlaybookId | null,
  confidence: number,
  decision: Decision,
  candidates: Candidate[],
  rules: readonly RuleHit[],
  overruled: readonly RuleHit[],
  asks: boolean,
  classifier: ClassifierEvidence,
  n: Normalised,
  reason: string,
  extracted: Extracted,
): MatchResult {
  return { playbook, confidence, decision, candidates, evidence: { rules, overruled, classifier, corrections: n.corrections, truncated: n.truncated, asks, reason }, extracted };
}

/** The ids of the hits for `playbook`, joined; with `sign`, only those whose weight has that sign. */
function ruleIds(hits: readonly RuleHit[], playbook: PlaybookId | null, sign: -1 | 0 | 1 = 0): string {
  let out = '';
  for (const h of hits) if (h.playbook === playbook && (sign === 0 || Math.sign(h.weight) === sign)) out += out === '' ? h.id : `, ${h.id}`;
  return out;
}

/** Why a message has to name its playbook's cause (Held.causeUnread), as the decision's reason says it. */
const CAUSE_UNREAD = {
  most: 'most of the message is unread',
  part: 'unregistered phones have many causes, part of the message is unread',
  told: 'unregistered phones have many causes, the message tells more than the symptom',
} as const;
type CauseUnread = keyof typeof CAUSE_UNREAD;

/** Whether a message has to name its best playbook's cause, or what it is about, to be `confident`, and why. */
function causeToName(readLittle: boolean, nat: boolean, unknownShare: number, stemCount: number): CauseUnread | undefined {
  if (readLittle) return 'most';
  if (!nat) return undefined;
  if (unknownShare > UNKNOWN_SOME) return 'part';
  return stemCount > SYMPTOM_ALONE_STEMS ? 'told' : undefined;
}

/** Why a playbook that scored high enough is not `confident`, besides questions, rivals and settling. */
interface Held {
  /** No rule points at it, only the classifier. */
  readonly unsupported: boolean;
  /** Only one thing it is about is named ("the firewall"), beside the classifier. */
  readonly namedOnly: boolean;
  /**
   * Neither its cause nor what it is about is named, and `most` of the message is unread, or a `part` of one that tells
   * unregistered phones (a symptom of many causes), or one that tells them, read in full, has `told` more than the symptom.
   */
  readonly causeUnread?: CauseUnread | undefined;
  /** Most of the message is unread, and it names another cause (OTHER_CAUSE): the word. */
  readonly otherCause?: string | undefined;
  /** Most of the message is unread, and it names RST beside "off" (RST_SAID_OFF): the words. */
  readonly rstOff?: string | undefined;
  /** Its framing reads like a problem told about, not a live one (FramingCheck): the words that leaned most. */
  readonly framedAs?: readonly string[] | undefined;
  /** Contradictions set aside because their playbook's story is told in full as a live fault (storyTold). */
  readonly misread?: readonly RuleHit[] | undefined;
}

function explain(
  decision: Decision,
  best: Candidate,
  second: Candidate,
  none: number,
  hits: readonly RuleHit[],
  against: readonly number[],
  heldBackBy: ReadonlySet<string> | undefined,
  scores: Readonly<Record<ClassLabel, number>> | undefined,
  held: Held = { unsupported: false, namedOnly: false },
  rival?: RuleHit,
  settledBy?: RuleHit,
): string {
  let clfSays = 'classifier ignored (mostly unreadable text)';
  if (scores) {
    let topLabel: ClassLabel = 'none';
    for (const label of classLabels) if (scores[label] > scores[topLabel]) topLabel = label;
    clfSays = `classifier favours ${topLabel} (${scores[topLabel].toFixed(2)})`;
  }
  // What was ruled out, and why, comes first: it usually settles the decision.
  let context = '';
  for (let i = 0; i < matcherPlaybooks.length; i++) {
    if ((against[i] as number) < 0) context += `${matcherPlaybooks[i]} ruled out by ${ruleIds(hits, matcherPlaybooks[i] as PlaybookId, -1)}; `;
  }
  for (const playbook of matcherPlaybooks) {
    const ids = held.misread === undefined ? '' : ruleIds(held.misread, playbook, -1);
    if (ids !== '') context += `${playbook}'s story told in full as a live fault (its symptom and two causes, one the change that brought it): ${ids} set aside as misread; `;
  }
  if (settledBy) context += `the problem is said to be over (${settledBy.id}): not confident; `;
  if (heldBackBy) context += `a question, not a fault report (${hits.filter((h) => heldBackBy.has(h.id)).map((h) => h.id).join(', ')}): not confident; `;
  if (held.unsupported && decision !== 'confident') context += `no rule points at ${best.playbook}, only the classifier: not confident; `;
  if (held.namedOnly && decision !== 'confident') context += `only what ${best.playbook} is about is named (${ruleIds(hits, best.playbook, 1)}), not what happened: not confident; `;
  if (held.causeUnread !== undefined && decision !== 'confident')
    context += `${CAUSE_UNREAD[held.causeUnread]} and neither the cause of ${best.playbook} nor what it is about is named: not confident; `;
  if (held.otherCause !== undefined && decision !== 'confident') context += `most of the message is unread and it names another cause ("${held.otherCause}"), which it may blame: not confident; `;
  if (held.rstOff !== undefined && decision !== 'confident') context += `most of the message is unread and it names RST beside "off" ("${held.rstOff}"), which may say RST is off: not confident; `;
  if (held.framedAs !== undefined && decision !== 'confident') context += `told like a problem in the past, denied or asked about rather than a live one (${held.framedAs.length > 0 ? held.framedAs.map((w) => `"${w}"`).join(', ') : 'the message as a whole'}): not confident; `;
  if (rival) context += `another explanation (${rival.id}) and only the symptom of ${best.playbook}, not its cause: not confident; `;
  switch (decision) {
    case 'confident': {
      const bestRules = ruleIds(hits, best.playbook, 1);
      return `${context}${best.playbook}: ${bestRules ? `rules ${bestRules}; ` : ''}${clfSays}`;
    }
    case 'ambiguous':
      return second.score >= 0.12
        ? `${context}${best.playbook} and ${second.playbook} compete (${best.score.toFixed(2)} vs ${second.score.toFixed(2)}); ${clfSays}`
        : `${context}${best.playbook} only middling (${best.score.toFixed(2)}); ${clfSays}`;
    case 'none': {
      const guards = ruleIds(hits, null);
      return `${context}${guards ? `guards ${guards}; ${clfSays}` : `no playbook fits well enough (best ${best.score.toFixed(2)}, none ${none.toFixed(2)}); ${clfSays}`}`;
    }
  }
}
