import * as z from 'zod';

/**
 * What the assistant knows about a customer's deployment while it advises on
 * SS_TCP_CLOSE_RESET: from their words, their answers and our records (server tags).
 * Persisted in the chat state between the two questions, hence a schema.
 */
export const deploymentSchema = z.object({
  /** Calls per second over SIP TCP at the busiest hour, when a figure was given. */
  cps: z.number().int().nonnegative().nullable(),
  /** The same in words when no figure was given ("low", "thousands"). */
  cpsBand: z.enum(['low', 'high', 'carrier']).nullable(),
  /** SIP over UDP only: the parameter changes nothing. */
  udpOnly: z.boolean().nullable(),
  /** Phones or trunks behind NAT. */
  nat: z.boolean().nullable(),
  /** SIP over TLS in use. */
  tls: z.boolean().nullable(),
  /** "Yes" to "NAT or TLS?" without saying which. */
  natOrTls: z.boolean().nullable(),
  /** Facts taken from our records rather than the customer's words, said back to them. */
  fromRecords: z.array(z.enum(['nat', 'tls'])),
});
/** What is known about a deployment (see deploymentSchema). */
export type Deployment = z.infer<typeof deploymentSchema>;

/** Nothing known yet. */
export const unknownDeployment = (): Deployment => ({ cps: null, cpsBand: null, udpOnly: null, nat: null, tls: null, natOrTls: null, fromRecords: [] });

/** CPS from this figure on is "high" (one TCP close per call leaves cps × 60 s sockets in TIME_WAIT). */
export const HIGH_CPS = 100;
/** …and from this figure on "carrier-grade". */
export const CARRIER_CPS = 1000;

const NUM = String.raw`(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b|thousand\b|hajar\b|hazar\b)?`;
const CPS_FIGURE: readonly RegExp[] = [
  new RegExp(`${NUM}\\s*\\+?\\s*(?:cps|calls?\\s*(?:per|/|a|each)\\s*s(?:ec(?:ond)?)?s?\\b|calls?/s\\b)`),
  new RegExp(`\\bcps\\s*(?:(?:is|of|=|:|around|about|approx|~|at|near|reaches|hits|peak|max|upto|up to|over|above|more than|nearly|almost)\\s*)*${NUM}`),
];
/** In answer to "how many calls per second?", a bare figure is the answer. */
const BARE_FIGURE = new RegExp(`(?:^|[^\\d.:/-])(?:~|about|around|approx\\.?|roughly|nearly|almost|max|maximum|peak|upto|up to|over|above|more than|less than|under|below)?\\s*${NUM}(?![\\d.:/])`);

const toNumber = (digits: string | undefined, k: string | undefined): number | null => {
  if (digits === undefined) return null;
  const v = Number(digits.replace(/,/g, ''));
  return Number.isFinite(v) ? Math.round(k ? v * 1000 : v) : null;
};

const WORD_BANDS: readonly [RegExp, NonNullable<Deployment['cpsBand']>][] = [
  [/\b(?:carrier[\s-]*grade|thousands of (?:cps|calls)|1000\s*\+|tier[\s-]*1)\b/, 'carrier'],
  [/\b(?:high|heavy|huge|lots of|big|large|massive|very busy|wholesale)\s*(?:cps|traffic|volume|load|calls)?\b/, 'high'],
  [/\b(?:low|few|little|small|tiny|light|not much|not many|very few|hardly any|quiet)\s*(?:cps|traffic|volume|load|calls)?\b/, 'low'],
];

const UDP_ONLY = /\b(?:only|all|just|purely|pure|mostly|100%?)\s*(?:sip\s*)?(?:over\s*)?udp\b|\budp\s*only\b|\bno\s*tcp\b|\bnot\s*(?:using\s*|use\s*|on\s*)?tcp\b|\bdo\s*not\s*use\s*tcp\b|\b(?:dont|don't)\s*use\s*tcp\b|\bnever\s*tcp\b|\b(?:use|using|on|over)\s*udp\b(?!.*\btcp\b)/;
const NAT_NO = /\b(?:no|not|without|zero|none)\s*(?:behind\s*)?(?:a\s*)?(?:nat|router)\b|\bnot\s*behind\s*(?:a\s*|any\s*)?(?:nat|router)|\bpublic\s*ips?\b|\b(?:private|internal|local|office)\s*(?:lan|network)\b|\blan\s*only\b|\bno\s*nat\b/;
const NAT_YES = /\bbehind\s*(?:a\s*|the\s*|their\s*|our\s*|customer\s*)?(?:nat|router|routers|cgnat|mikrotik|modem|4g|lte)\b|\bnat(?:ed|ted)?\b/;
const TLS_NO = /\b(?:no|not|without|zero|none)\s*(?:using\s*|use\s*)?(?:tls|sips)\b|\b(?:dont|don't|do\s*not)\s*use\s*(?:tls|sips)\b|\bno\s*encryption\b/;
const TLS_YES = /\b(?:tls|sips|5061|encrypted|encryption)\b/;

/**
 * Reads what a message says about the deployment (pure). Facts the message does not mention
 * stay null; `cps` falls back on the symptom matcher's figure when given.
 *
 * ```ts
 * deploymentFrom('we run 800 cps wholesale, phones behind nat').cps // 800
 * ```
 */
export function deploymentFrom(text: string, known: Deployment = unknownDeployment(), matcherCps?: number): Deployment {
  const t = text.toLowerCase().replace(/[_’']/g, '');
  const d: Deployment = { ...known, fromRecords: [...known.fromRecords] };
  const cps = cpsFigure(t) ?? matcherCps ?? null;
  if (cps !== null) {
    d.cps = cps;
    d.cpsBand = null;
  } else if (d.cps === null) {
    for (const [pattern, band] of WORD_BANDS) {
      if (pattern.test(t)) {
        d.cpsBand = band;
        break;
      }
    }
  }
  if (UDP_ONLY.test(t)) d.udpOnly = true;
  if (NAT_NO.test(t)) d.nat = false;
  else if (NAT_YES.test(t)) d.nat = true;
  if (TLS_NO.test(t)) d.tls = false;
  else if (TLS_YES.test(t)) d.tls = true;
  return d;
}

function cpsFigure(t: string): number | null {
  for (const pattern of CPS_FIGURE) {
    const m = pattern.exec(t);
    if (m) return toNumber(m[1], m[2]);
  }
  return null;
}

/**
 * Reads an answer to "roughly how many calls per second over TCP?": a figure (with or without
 * "cps"), words ("low", "thousands"), "UDP only", or "don't know". Null when the message is
 * not an answer to that question at all.
 */
export function readCpsAnswer(text: string, known: Deployment): Deployment | null {
  const t = text.toLowerCase().replace(/[_’']/g, '');
  const d = deploymentFrom(t, known);
  const figure = cpsFigure(t) ?? (/^\D{0,24}\d/.test(t) && t.length <= 60 ? bareFigure(t) : null);
  if (figure !== null) return { ...d, cps: figure, cpsBand: null };
  if (d.cpsBand !== known.cpsBand || d.udpOnly !== known.udpOnly || d.nat !== known.nat || d.tls !== known.tls) return d;
  if (/\b(?:not sure|dont know|don't know|do not know|no idea|unknown|idk|not known|cant say|can't say|no clue|varies|depends)\b/.test(t)) return d;
  return null;
}

function bareFigure(t: string): number | null {
  const m = BARE_FIGURE.exec(t);
  return m ? toNumber(m[1], m[2]) : null;
}

/**
 * Reads an answer to "any phones or trunks behind NAT, or SIP over TLS?": yes/no, "nat",
 * "tls", "both", "neither". Null when the message is not an answer to that question.
 */
export function readNatTlsAnswer(text: string, known: Deployment): Deployment | null {
  const t = ` ${text.toLowerCase().replace(/[_’']/g, '').replace(/[^a-z0-9+]+/g, ' ').trim()} `;
  const d = deploymentFrom(text, known);
  if (/ (?:not sure|dont know|do not know|no idea|idk|unknown|maybe|not known|no clue) /.test(t)) return d;
  if (/ (?:both|all of them|all both) /.test(t)) return { ...d, nat: d.nat ?? true, tls: d.tls ?? true };
  if (/ (?:neither|none|nothing|no to both|no and no|both no|no no|not at all|nope|nah|no|none of them|nahi|na|nai|not|never) /.test(t) && !/ (?:nat|tls|sips|router) /.test(t)) {
    return { ...d, nat: false, tls: false, natOrTls: false };
  }
  if (d.nat !== known.nat || d.tls !== known.tls) {
    // Naming one and not the other answers both: "only nat" means no TLS.
    return { ...d, nat: d.nat ?? false, tls: d.tls ?? false };
  }
  if (/ (?:yes|yeah|yep|yup|ya|sure|correct|right|some|few|many|most|haan|ji|ha|of course|ofc) /.test(t)) return { ...d, natOrTls: true };
  return null;
}
