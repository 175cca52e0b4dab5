// What a customer asks of the assistant that is neither a symptom nor a question about the
// parameter: small talk ("thanks", "hi", "ok"), where things stand ("any update?", "is it fixed
// now?"), a fresh figure ("how many TIME_WAIT now?"), a person, a rollback, the list of changes.
// Regular expressions over the lower-cased text: these are short, fixed phrases, and the
// symptom and question matchers see the message too.

/** Small talk and follow-ups, answered in place. */
export type SmallTalk = 'thanks' | 'greeting' | 'ack' | 'resolved' | 'status' | 'fixed' | 'figures';

/** What a message asks for besides symptoms and questions. */
export interface ChatRequest {
  /** The small-talk parts found, in a fixed order (thanks before status before figures). */
  readonly smallTalk: readonly SmallTalk[];
  /** True when nothing but small talk is in the message (then it is answered in place). */
  readonly onlySmallTalk: boolean;
  /** "can I talk to an engineer?": a person, now. */
  readonly person: boolean;
  /** "roll back", "undo", "put it back as it was". */
  readonly rollback: boolean;
  /** "what did you change?" */
  readonly changes: boolean;
  /** A run id written in the message ("undo R-2"). */
  readonly runId: string | null;
  /** "…the change you made today". */
  readonly today: boolean;
  /** "stop watching", "cancel the monitoring". */
  readonly stopWatching: boolean;
  /** "watch it", "monitor it", "keep an eye on it" (not "stop watching"). */
  readonly watch: boolean;
  /** A time of day named for a check: "check at 21:00", "from 9pm", "at 19.30". */
  readonly at: { readonly hour: number; readonly minute: number } | null;
}

const SMALL_TALK: readonly [SmallTalk, RegExp][] = [
  ['thanks', /\b(?:thanks?(?: you| u| a lot| so much)?|thank ?you(?: very much| so much)?|thx|tnx|thnx|ty|many thanks|much appreciated|appreciate it|cheers)\b|ধন্যবাদ|谢谢|多谢|感谢/g],
  ['greeting', /^\s*(?:hi+|hello+|hey+|hallo|good (?:morning|afternoon|evening|day)(?: team| all| sir)?|salam|assalamu? ?alaikum|as-?salamu alaikum|namaste|namaskar)\b|^\s*(?:নমস্কার|হ্যালো|হাই|আসসালামু আলাইকুম|সালাম|你好|您好|早上好|晚上好)/g],
  ['resolved', /\b(?:all (?:good|fine|ok|okay|working)(?: now)?|(?:it'?s|its|it is|everything'?s?|everything is) (?:working|fine|ok|okay|good) (?:now|again)|works? (?:now|again|fine now)|working (?:now|again|fine)|problem (?:solved|gone|fixed)|(?:that|it) (?:fixed|solved) it|resolved(?: now)?)\b/g],
  ['fixed', /\b(?:is|has) (?:it|this|that|the (?:problem|issue|fix)|everything) (?:fixed|solved|resolved|working|ok|okay|done and working)(?: now| yet)?\b|\b(?:did|does) (?:it|the fix) work\b/g],
  ['status', /\b(?:is it (?:done|finished|applied|complete|completed)(?: yet| now)?|(?:done|finished) yet|any (?:update|updates|news|progress)(?: on (?:this|it|that))?|what'?s? (?:the )?(?:status|update|progress)|status(?: please| update)?\s*\??$|still waiting|how long (?:will it take|more|does it take)|when will (?:it|this|you) (?:be )?(?:done|fixed|finished|applied|start)|what'?s happening|eta)\b/g],
  ['figures', /\bhow (?:many|much) (?:time_?wait|timewait|tw|sockets?|connections?|ports?)(?: (?:sockets?|connections?|ports?|are there|do we have|now|right now|currently|at the moment|today|on (?:it|the server|my server|our server)))*|\b(?:current|latest|fresh|live|today'?s) (?:figures|numbers|stats|count|time_?wait|timewait)\b|\b(?:time_?wait|timewait)(?: count| figure| number)? (?:now|right now|at the moment|currently)\b/g],
  ['ack', /^\s*(?:ok+(?:ay)?|k|alright|all right|fine|got it|noted|understood|sure|great|cool|perfect|nice|good|okay then|ok then|ঠিক আছে|好的|好)\s*[.!]*\s*$/g],
];

const PERSON = /\b(?:(?:talk|speak|chat)(?: to| with)(?: an?| the| your| some)? ?(?:engineer|engineers|human|person|someone|somebody|agent|support|staff|operator|tech(?:nician)?|real person|man|guy)|call me(?: back)?|phone me|ring me|need (?:an?|the) (?:human|person|engineer)|(?:real|actual) (?:person|human)|human please|engineer please|connect me (?:to|with)|escalate)\b/;
const ROLLBACK = /\b(?:roll ?(?:it |that |this |them |the change |the changes )?back|rollback|revert|undo|undone|put (?:it|them|that|this|everything|things|the settings?) back|change (?:it|them|that|this) back|set (?:it|them|that) back|go back to (?:how|what) it was|(?:back )?(?:to )?(?:how|the way) it was|as it was before|as it was|restore (?:the )?(?:old|previous|original|earlier) (?:setting|settings|config|value|values))\b/;
const NOT_ROLLBACK = /\b(?:don'?t|do not|dont|no need to|never|not) (?:roll ?back|rollback|revert|undo|put it back)\b/;
const CHANGES = /\bwhat (?:did|have|has) (?:you|u|the bot|vos assist|your team|your engineers?) (?:changed?|done|do)\b|\bwhat (?:was|were|got|has been|have been) changed\b|\bwhat changes? (?:did|have|were|was) (?:you |u )?(?:make|made|done|do)\b|\bwhich changes?\b|\b(?:list|history) of (?:the )?changes\b|\bchange (?:history|log)\b|\brecent changes\b/;
/** A run id as people write it: R-12, r12, R 12. */
const RUN_ID = /\br[- ]?(\d{1,9})\b/i;
const TODAY = /\btoday\b|\bthis (?:morning|afternoon|evening)\b|\baj\b|আজ|今天/;

const STOP_WATCHING = /\b(?:stop|cancel|end|quit|enough) (?:the |your )?(?:watch(?:ing)?|monitor(?:ing)?|checking)\b|\b(?:no need to|don'?t|do not|dont) (?:keep )?(?:watch|monitor)(?:ing)?\b|\bno more (?:watch|monitor|check)(?:ing|s)?\b|\bunwatch\b|নজর রাখা বন্ধ|দেখা বন্ধ|停止监控|别再监控|不用监控/;
const WATCH = /\b(?:watch(?:ing)?|monitor(?:ing)?|keep (?:an )?eye)\b|নজর রাখুন|监控/;
/** "at 21:00", "from 19.30", "at 9pm", "around 9 pm": a time of day a check should start at. */
const AT_TIME = /\b(?:at|from|around|by)\s+(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\b/;

/** The time of day in "check at 21:00" (24-hour or am/pm), or null. A bare "at 9" is not a time. */
function timeOfDay(t: string): { hour: number; minute: number } | null {
  const m = AT_TIME.exec(t);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  if (m[3] === 'pm' && hour < 12) hour += 12;
  if (m[3] === 'am' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : null;
}

/** Each small-talk pattern twice: without `g` to test a clause (no `lastIndex` to carry), with it to take every occurrence out. */
const SMALL_TALK_TESTS: readonly [SmallTalk, RegExp, RegExp][] = SMALL_TALK.map(([kind, re]) => [kind, new RegExp(re.source, re.flags.replace('g', '')), re]);
/** The order small talk is reported in. */
const SMALL_TALK_ORDER = ['greeting', 'thanks', 'resolved', 'ack', 'status', 'fixed', 'figures'] as const;
const CLAUSE_ENDS = /[!?.,;:।！？，。]+/;
/** Whether a clause has any small talk at all: one pass, where most clauses have none. */
const ANY_SMALL_TALK = anyOf(SMALL_TALK.map(([, re]) => re));
/** Whether a message asks for anything below at all (most do not): one pass instead of eight. */
const ANY_REQUEST = anyOf([PERSON, ROLLBACK, CHANGES, RUN_ID, TODAY, STOP_WATCHING, WATCH, AT_TIME]);
const NO_REQUEST = { person: false, rollback: false, changes: false, runId: null, today: false, stopWatching: false, watch: false, at: null } as const;

/** One pattern that matches where any of `patterns` does (they are all read on lower-cased text). */
function anyOf(patterns: readonly RegExp[]): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'));
}

/** Words that carry nothing once the small talk is taken out. */
const FILLER = new Set(['please', 'pls', 'plz', 'now', 'so', 'and', 'the', 'it', 'is', 'guys', 'team', 'sir', 'bhai', 'dear', 'again', 'very', 'much', 'too', 'also', 'then', 'yes', 'yeah', 'ok', 'okay', 'oh', 'ah', 'well', 'a', 'lot', 'for', 'your', 'help', 'that', 'this', 'all', 'brother', 'boss', 'ji', 'vai', 'bro', 'man', 'you', 'u']);

/**
 * Reads what a message asks for besides symptoms and questions (pure).
 *
 * ```ts
 * readChatRequest('thanks! is it fixed now? how many TIME_WAIT now?').smallTalk // ['thanks', 'fixed', 'figures']
 * readChatRequest('please roll back the change you made today') // rollback, today
 * ```
 */
export function readChatRequest(text: string): ChatRequest {
  const t = text.toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  const found = new Set<SmallTalk>();
  // Each small-talk phrase is checked on what the others left, clause by clause (taking a
  // phrase out leaves a space, never a new clause, so the clauses are cut once). Most
  // messages have none: a phrase is only taken out where a plain test found it.
  const clauses = ` ${t} `.split(CLAUSE_ENDS);
  for (let i = 0; i < clauses.length; i++) {
    let c = ` ${clauses[i]} `;
    if (!ANY_SMALL_TALK.test(c)) {
      clauses[i] = c;
      continue;
    }
    for (const [kind, here, everywhere] of SMALL_TALK_TESTS) {
      if (!here.test(c)) continue;
      found.add(kind);
      c = c.replace(everywhere, ' ');
    }
    clauses[i] = c;
  }
  const smallTalk = SMALL_TALK_ORDER.filter((k) => found.has(k));
  const onlySmallTalk = smallTalk.length > 0 && onlyFiller(clauses.join(' , '));
  if (!ANY_REQUEST.test(t)) return { smallTalk, onlySmallTalk, ...NO_REQUEST };
  return {
    smallTalk,
    onlySmallTalk,
    person: PERSON.test(t),
    rollback: ROLLBACK.test(t) && !NOT_ROLLBACK.test(t),
    changes: CHANGES.test(t),
    runId: runIdIn(t),
    today: TODAY.test(t),
    stopWatching: STOP_WATCHING.test(t),
    watch: WATCH.test(t) && !STOP_WATCHING.test(t),
    at: timeOfDay(t),
  };
}

/** True when nothing but filler words is left once the small talk is taken out. */
function onlyFiller(rest: string): boolean {
  return rest
    .replace(/[!?.,;:।！？，。()"'🙏👍😊🙂]+/gu, ' ')
    .split(/\s+/)
    .every((w) => !w || FILLER.has(w));
}

function runIdIn(t: string): string | null {
  const m = RUN_ID.exec(t);
  return m && Number(m[1]) > 0 ? `R-${Number(m[1])}` : null;
}
