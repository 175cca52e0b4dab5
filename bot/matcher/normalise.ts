import { AggressiveTokenizer, JaroWinklerDistance, PorterStemmer } from './natural.js';
import { canonicalWords, correctionTargets, stopWords } from './vocabulary.js';

/** Only this many characters of a message are read; a pasted log's signature sits near its start. */
export const MAX_CHARS = 4096;

/** A message after normalisation: what the rules, the classifier and the extractor read. */
export interface Normalised {
  /**
   * The first MAX_CHARS characters, lower case, accents stripped, apostrophes and underscores
   * removed, "time wait" / "un-registered" joined. Punctuation is kept for log signatures.
   */
  readonly text: string;
  /** Words after spelling correction and canonical mapping, in order, as ` w1 w2 … ` (padded). */
  readonly phrase: string;
  /** The same words as a list. */
  readonly words: readonly string[];
  /** Distinct stems of the content words (stop words dropped), for the classifier. */
  readonly stems: readonly string[];
  /** Misspellings that were corrected, e.g. `{ from: 'adress', to: 'address' }`. */
  readonly corrections: readonly { from: string; to: string }[];
  /** True when the message was longer than MAX_CHARS and only its start was read. */
  readonly truncated: boolean;
}

/** Tuning of the normaliser; every field has a default. */
export interface NormaliserOptions {
  /** Minimum Jaro-Winkler similarity for a spelling correction. @defaultValue 0.9 */
  readonly minSimilarity?: number;
  /** Words never corrected although they look like a correction target. @defaultValue built-in list */
  readonly protectedWords?: Iterable<string>;
  /** Uncached fuzzy look-ups allowed per message (bounds the cost of junk). @defaultValue 48 */
  readonly fuzzyBudget?: number;
  /** Entries kept in each cache (spelling, stems) before it is cleared. @defaultValue 20000 */
  readonly cacheSize?: number;
}

interface TokenInfo {
  /** The word after squeezing, canonical mapping and spelling correction. */
  readonly word: string;
  /** Its classifier feature (the stem), or null when it carries none. */
  readonly feature: string | null;
  /** The word as written when it was corrected. */
  readonly from: string | undefined;
}

/** Turns raw chat text into a Normalised message. Holds caches; create one per matcher. */
export interface Normaliser {
  normalise(text: string): Normalised;
  /** The spelling correction for one lower-case word, or undefined when it is left alone. */
  correct(word: string): string | undefined;
  /** The Porter stem of one word (cached). */
  stem(word: string): string;
}

/**
 * Real words that sit close to a correction target and must stay as written
 * ("portal" is not a misspelt "ports", "registry" is not "register").
 */
const defaultProtected = [
  'portal', 'portals', 'sport', 'report', 'reports', 'import', 'export', 'support', 'passport', 'register',
  'registry', 'resets', 'resend', 'reseller', 'resellers', 'resolve', 'result', 'restore', 'respond',
  'already', 'address', 'addresses', 'adding', 'added', 'audit', 'autoreply', 'boundary', 'binding',
  'connected', 'connects', 'collect', 'context', 'contact', 'content', 'control', 'convert', 'correct',
  'expected', 'expire', 'expires', 'export', 'extend', 'extra', 'exchange', 'excel', 'example',
  'failover', 'fallback', 'fire', 'firmware', 'first', 'forward', 'forwarding', 'format', 'offer', 'office',
  'online', 'only', 'option', 'options', 'order', 'packages', 'package', 'pocket', 'phone', 'phonebook',
  'blocks', 'block', 'blocker', 'dropdown', 'denial', 'display', 'disable', 'invoice', 'invoices', 'invite',
  'server', 'service', 'services', 'serve', 'setting', 'settle', 'since', 'single', 'signal', 'socket',
  'traffic', 'transfer', 'trunk', 'truncate', 'enable', 'ending', 'english', 'prefix', 'prefixes', 'profile',
  'problem', 'proper', 'proxy', 'protocol', 'provider', 'password', 'passwords', 'change', 'channel',
  'channels', 'charge', 'charges', 'balance', 'balanced', 'calling', 'caller', 'calls', 'callback', 'carrier',
  'reachable', 'reason', 'rebooted', 'record', 'recording', 'recharge', 'request', 'required', 'regards',
  'again', 'against', 'agent', 'agents', 'every', 'event', 'events', 'evening', 'gateway', 'gateways',
  'routing', 'route', 'routes', 'rates', 'restart', 'restarted', 'mikrotik', 'minutes', 'minute', 'mins',
  'network', 'networks', 'never', 'netmask', 'invalid', 'interval', 'internet', 'internal', 'inbound',
  'because', 'before', 'behind', 'between', 'beyond', 'suddenly', 'sudden', 'summary', 'session', 'sessions',
  'customer', 'customers', 'custom', 'cancel', 'capacity', 'capture', 'concurrent', 'condition', 'confirm',
  'working', 'workers', 'worked', 'error', 'errors', 'showing', 'shown', 'happened', 'happening', 'happens',
  'urgent', 'update', 'upgrade', 'unreachable', 'unable', 'unknown', 'license', 'licence', 'licensed',
];

/** Letters repeated three times or more ("offlineee", "pleaseeee") are squeezed to one. */
const REPEATS = /([a-z])\1{2,}/g;
const REPEATS_TEST = /([a-z])\1{2}/;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Apostrophes ("can't" → "cant") and underscores ("TIME_WAIT" → "timewait", "SS_TCP_CLOSE_RESET"). */
const DROPPED_CHARS = /['\u2018\u2019\u02bc`_]/g;
/** Words customers split or hyphenate, joined back; each runs only if its hint occurs. */
const JOINS: readonly [hints: readonly string[], re: RegExp, to: string][] = [
  [['tim', 'tiem', 'tyme', 'tme'], /\b(?:time|tiem|tyme|tme|tim)[\s-]*(?:wait|wiat|wati|wayt)\b/g, 'timewait'],
  [['regist'], /\b(un|re)[\s-]+regist/g, '$1regist'],
  [['exhaust'], /\bport[\s-]+exhaust/g, 'ports exhaust'],
];
const NOT_WORD = /[^a-z0-9]+/g;
const ALPHA = /^[a-z]+$/;
const DIGIT_START = /^[0-9]/;
/** The one- and two-letter words worth a feature. */
const SHORT_WORDS = new Set(['no', 'ip', '4g', '3g', '5g', 'pc']);
/** Numbers that mean something to the classifier: VOS3000 and SIP ports, SIP and HTTP status codes. */
const MEANINGFUL_NUMBERS = new Set(['1202', '1203', '5060', '5061', '5070', '401', '403', '404', '407', '408', '480', '486', '487', '488', '500', '503', '80', '8080', '443', '22', '3306', '9000']);
const MAX_WORDS = 800;

/**
 * Creates a normaliser: lower case, accents, emoji and punctuation dropped, repeated letters
 * squeezed, chat shorthand and mixed-language words mapped to canonical English words,
 * misspellings corrected against a small domain vocabulary with Jaro-Winkler, then stemmed.
 *
 * ```ts
 * createNormaliser().normalise('adress alredy in use agian!!').phrase
 * // ' address already in use again '
 * ```
 */
export function createNormaliser(options: NormaliserOptions = {}): Normaliser {
  const minSimilarity = options.minSimilarity ?? 0.9;
  const fuzzyBudget = options.fuzzyBudget ?? 48;
  const cacheSize = options.cacheSize ?? 20_000;
  const tokenizer = new AggressiveTokenizer();
  const targets = new Set(correctionTargets);
  const protectedWords = new Set(options.protectedWords ?? defaultProtected);
  const canonical = new Map(Object.entries(canonicalWords));
  // Targets bucketed by their first two letters: typos rarely touch the start of a word (and
  // Jaro-Winkler rewards a shared prefix anyway), so each look-up costs a handful of comparisons.
  const byPrefix = new Map<string, string[]>();
  for (const t of targets) {
    const bucket = byPrefix.get(t.slice(0, 2)) ?? [];
    bucket.push(t);
    byPrefix.set(t.slice(0, 2), bucket);
  }
  const spelling = new Map<string, string | null>();
  const stems = new Map<string, string>();
  // Everything done to one token (squeeze, canonical word, spelling, stem) depends on the
  // token alone, so it is cached per raw token: most messages reuse the same few hundred words.
  const tokens = new Map<string, TokenInfo>();
  let fuzzyLookups = 0;

  function fuzzy(word: string): string | null {
    const bucket = byPrefix.get(word.slice(0, 2));
    if (!bucket) return null;
    let best: string | null = null;
    let bestScore = minSimilarity;
    for (const t of bucket) {
      const diff = Math.abs(t.length - word.length);
      if (diff > (t.length >= 8 ? 2 : 1)) continue;
      const score = JaroWinklerDistance(word, t);
      if (score > bestScore || (score === bestScore && best !== null && t.length < best.length)) {
        best = t;
        bestScore = score;
      }
    }
    // "port" → "ports" is no correction at all once stemmed; leave such words alone.
    return best !== null && stem(best) === stem(word) ? null : best;
  }

  function eligible(word: string): boolean {
    return word.length >= 4 && word.length <= 20 && !targets.has(word) && !protectedWords.has(word) && !stopWords.has(word) && !canonical.has(word) && ALPHA.test(word);
  }

  function correct(word: string): string | undefined {
    if (!eligible(word)) return undefined;
    let hit = spelling.get(word);
    if (hit === undefined) {
      fuzzyLookups++;
      hit = fuzzy(word);
      if (spelling.size >= cacheSize) spelling.clear();
      spelling.set(word, hit);
    }
    return hit ?? undefined;
  }

  function stem(word: string): string {
    let s = stems.get(word);
    if (s === undefined) {
      s = PorterStemmer.stem(word);
      if (stems.size >= cacheSize) stems.clear();
      stems.set(word, s);
    }
    return s;
  }

  function featureOf(w: string): string | null {
    // One- and two-letter tokens are mostly noise (and plentiful in binary junk); IP octets,
    // counts and timestamps too (the extractor reads numbers).
    if (w.length <= 2) return SHORT_WORDS.has(w) ? w : null;
    if (DIGIT_START.test(w)) return MEANINGFUL_NUMBERS.has(w) ? w : null;
    return stopWords.has(w) ? null : stem(w);
  }

  /** Processes one raw token; undefined when a spelling look-up is needed but the budget is spent. */
  function token(raw: string, mayFuzz: boolean): TokenInfo | undefined {
    const hit = tokens.get(raw);
    if (hit !== undefined) return hit;
    let w = raw.length > 2 && REPEATS_TEST.test(raw) ? raw.replace(REPEATS, '$1') : raw;
    let from: string | undefined;
    const mapped = canonical.get(w);
    if (mapped !== undefined) {
      w = mapped;
    } else if (eligible(w)) {
      if (!mayFuzz && !spelling.has(w)) return undefined;
      const fixed = correct(w);
      if (fixed !== undefined) {
        from = w;
        w = fixed;
      }
    }
    const info: TokenInfo = { word: w, feature: featureOf(w), from };
    if (tokens.size >= cacheSize) tokens.clear();
    tokens.set(raw, info);
    return info;
  }

  function normalise(input: string): Normalised {
    const truncated = input.length > MAX_CHARS;
    let text = (truncated ? input.slice(0, MAX_CHARS) : input).toLowerCase();
    if (NON_ASCII.test(text)) text = text.normalize('NFKD').replace(COMBINING_MARKS, '');
    text = text.replace(DROPPED_CHARS, '');
    for (const [hints, re, to] of JOINS) if (hints.some((h) => text.includes(h))) text = text.replace(re, to);

    const raw = tokenizer.tokenize(text.replace(NOT_WORD, ' '));
    const words: string[] = [];
    const stemSet = new Set<string>();
    const corrections: { from: string; to: string }[] = [];
    const lookupsBefore = fuzzyLookups;
    const n = Math.min(raw.length, MAX_WORDS);
    for (let i = 0; i < n; i++) {
      const r = raw[i] as string;
      if (r.length > 32) continue; // hashes, base64 and other junk
      let info = token(r, fuzzyLookups - lookupsBefore < fuzzyBudget);
      if (info === undefined) {
        // Out of spelling budget (junk): keep the word as written, uncached.
        const w = r.length > 2 ? r.replace(REPEATS, '$1') : r;
        info = { word: w, feature: featureOf(w), from: undefined };
      }
      words.push(info.word);
      if (info.from !== undefined) corrections.push({ from: info.from, to: info.word });
      if (info.feature !== null) stemSet.add(info.feature);
    }
    return { text, phrase: ` ${words.join(' ')} `, words, stems: [...stemSet], corrections, truncated };
  }

  return { normalise, correct, stem };
}
