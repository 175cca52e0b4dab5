import type { Normalised } from './normalise.js';
import { escapeRegExp } from './regexp.js';
import type { Extracted, MatcherServer } from './types.js';

/** Pulls servers, IPs, a TIME_WAIT count and a CPS figure out of a normalised message. */
export type Extractor = (n: Normalised) => Extracted;

/** Words for thousands that come before the figure (Swahili "elfu 20", Hausa "dubu 29", Russian "tysyach 27"). */
const THOUSANDS_FIRST = 'elfu|dubu|tysyach|tysiach|puku|ibihumbi|nkoto|thousand';

// A whole number (never the start of a longer one: "30.000 at 20:00" is 30,000, never 30), not a time of day or a duration ("at 9pm", "9 baje",
// "21:00", "5 min"): since a few hundred TIME_WAIT count against port exhaustion, a clock
// read as a count would rule the playbook out. Not the second figure of a pair ("32768 60999", a port range pasted from sysctl
// with a space or a tab), not an errno ("errno 99, TIME_WAIT …") nor a version ("CentOS 6"), not the
// comma after it, and not a digit that begins a word: Arabizi writes letters with digits
// ("TIME_WAIT 3ala 28 alf"). "Thousand" in the languages customers write in: Bangla, Hindi and
// Nepali "hajar" (Garo "hajal"), Spanish "mil", Turkish "bin" ("binin üstünde", "binden fazla"), Indonesian
// "ribu", Javanese "ewu", Arabic "alf", Tagalog "libo" (Cebuano and Hiligaynon "28 ka libo"), Uzbek "ming" ("mingdan oshgan"), Vietnamese "nghìn" and
// "ngàn", Swahili "elfu", Italian "mila", German "Tsd." and "tausend", Czech and Slovak "tis.",
// Croatian "tisuća", Romanian "mii" ("28 de mii"), Bulgarian "hilyadi", Serbian "hiljada", Hausa "dubu" after the figure too, Amharic "shi", Hungarian "ezer", Dutch
// "duizend", Polish "tysięcy", "tysiące", Greek typed in Latin letters "xiliades" (Russian "тыс." and "60к" arrive here as
// "thousand" and "k"; Hindi "हजार" as "hazar"). Read without it, "TIME_WAIT 30 binin üstünde" would be a count of 30. Digits grouped
// by spaces, as French and Russian write them ("32 000 en TIME_WAIT"), are one number, never "000".
// Thai and Chinese count in ten thousands ("3 หมื่น", "3万"), which arrive here as "tenthousand", and
// Vietnamese too ("3 vạn"). "28 с лишним тысяч" (28-odd thousand) arrives as "28 with thousand"; Azerbaijani "30 minə"
// (inflected "min", not minutes) as "30 mine", and written in the Arabic script of South Azerbaijani "50 مین" and "50 مین‌دن";
// Karakalpak "60 mıńǵa" as "60 minga", Kyrgyz "29 miñge" as "29 minge", Turkmen "54 müň" and "50 müňden" as "54 mun" and "50 munden".
const NUM = String.raw`(?<![\d.:,/])(?<!\d[ \t\u00a0\u202f])(?<!errno\s?[=:]?\s?)(?<!\b(?:centos|debian|ubuntu|rhel|redhat|kernel|version|ver|java|php|python)\s?)(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)|\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)|\d{1,3}[,.]\d{0,2}x{1,3}(?![a-z\d])|\d{1,2}x{2,3}(?![a-z\d])|\d(?:[\d,]*\d)?(?:\.\d+)?)(?![\d,]*\d|\.\d)(?!\s{0,2}(?:am|pm|h|hrs?|hours?|mins?|minutes?|secs?|seconds?|sekund(?:er|i|a)?|saniye|ms|days?|baje|bje|%)\b|:\d)(?:\s{0,3}(?:(?:with|plus|odd|de|ka)\s{1,3})?(k\b|thousands?\b|hundreds?\b|tram\b|mii\b|hilyadi\b|hiljada\b|hiljade\b|dubu\b|shi\b|van\b|hajar\b|hajaar\b|hajal\b|aayiram\b|ayiram\b|dahas(?:a|ak)?\b|hazar\b|hazaar\b|hezar\b|min(?:e|den|i|ga|ge|nan)\b|mun(?:den|e|a)?\b|\u0645\u06cc\u0646(?:\u200c?\u062f\u0646)?(?![\u0600-\u06ff])|tys(?:yach|ach|yachi|yach)?\b|tysi(?:ecy|ace|ac)\b|mil\b|mila\b|tsd\b|tausend\b|tis\b|tisic(?:e|u|ov)?\b|tusen\b|tuhatta\b|tisuca\b|ezer\b|duizend\b|xiliades\b|junni\b|bin(?:in|den|e|i)?\b|ribu\b|ewu\b|poan\b|phan\b|alf\b|elf\b|libo\b|ming(?:dan|ta|ga)?\b|thaung\b|htaung\b|meun\b|muen\b|mern\b|kun\b|rb\b|an\b|myng?\b|myang(?:a|an)?\b|nghin\b|ngan\b|elfu\b|tenthousand\b|wan\b|mije\b|hiljad[ae]?\b|iljad[ai]\b|atas(?:i|ze|is)?\b)(?:\.(?= ))?|(?![a-z]))`;
/**
 * Little words between a count and TIME_WAIT: "40 lang ang TIME_WAIT", "150 ta timewait", "150-odd TIME_WAIT", Turkish
 * "80 tane timewait".
 */
const PARTICLES = String.raw`(?:(?:only|just|odd|lang|lamang|ang|ng|na|mga|sirf|bas|matra|matro|ta|ti|to|ka|ki|ke|er|ny|tane)\s+){0,2}`;
// All patterns run on Normalised.text: lower case, underscores removed, "time wait" joined.
const TIME_WAIT_PATTERNS: readonly RegExp[] = [
  // ss -s: "TCP: 28512 (estab 310, closed 27950, orphaned 0, timewait 27904/0), ports 0"
  /timewait\s*[:=]?\s*(\d[\d,]*)\/\d+/g,
  // netstat … | grep TIME_WAIT | wc -l, with the count on the next line or told ("wc -l gives 37", "wc -l -> 28114", "wc -l → 33217", "wc -l sonucu 73"),
  // never the hour it was run at ("wc -l at 8 pm: 26500"), nor a clock time before the count (Dutch "wc -l gaf om 21:00
  // 29.412"); a count there is never minutes: Azerbaijani "wc -l = 47 min" is 47 thousand;
  // run in a loop ("… | wc -l; sleep 60; done" and the counts below), the first count, never the seconds it sleeps
  /timewait\s*\|\s*wc\s+-l\s*(?:;\s*(?:sleep\s+\d+[smh]?|done)\b\s*)*;?\s*["'`]?\s*(?:[a-z]{1,4},?\s+){0,2}(?:(?:gives|gave|show|shows|showed|says|said|returns|returned|outputs?|results?|is|=|->|=>|→|⇒|:|comes|came|count|only|just|sonucu|resultado|hasilnya|hasil|garda|aayo|donne|donnait)\s*)*(?:\d{1,2}:\d{2}\s*[:,]?\s+)?(?:\S*[#$]\s*)?\n?\s*(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)|\d{1,3}(?:\.\d{3})+(?!\d|[.,]\d)|\d[\d,]*(?:x{1,3}(?![a-z\d]))?)(?!:\d)(k(?![a-z\d])|\s(?:min|mun|bin)(?![a-z]))?(?![a-z])(?!\s?(?:am|pm|uur|hrs?)(?![a-z]))/g,
  // "27,904 sockets in TIME_WAIT", "28k time_wait", uniq -c output "  28123 TIME_WAIT"; never a setting's value ("tcp_max_tw_buckets
  // = 180000" on the line above "TIME_WAIT 350"), which is a limit, not a count
  new RegExp(`(?<!=\\s{0,2})${NUM}\\+?(?:-(?=odd\\b))?[^\\S\\n]*${PARTICLES}(?:sockets?|connections?|connexions?|conns?|tcp|entries|ports?|puertos|portas|conexiones|conexoes|koneksi)?\\s*(?:are |is )?(?:stuck |sitting |still |occupied |used |busy |ocupados |ocupadas )?(?:in |on |en |em |di |b |bi |fi |fil |fel |f )?(?:the )?(?:state )?timewait`, 'g'),
  // "TIME_WAIT: 28000", "time wait count is around 30k", "timewait=31245", "time_wait count is tiny, under 50", "actual TW was 600",
  // "TIME_WAIT tembus 50 ribu", "time_wait 3ala 28 alf", "TIME_WAIT ni kama 35k" (Swahili), "TIME_WAIT nasa 30k+" (Tagalog),
  // "TIME_WAIT cuma 300" (Malay), the figure in brackets ("time_wait (28 000 aprox)")
  new RegExp(`timewait\\s*(?:count|sockets?|connections?|conns?|state|number|sayisi(?:nin|nda)?)?\\s*(?:(?:is|are|was|were|=|:|,(?!\\s*\\d+\\s*cps)|of|around|about|approx|~|over|above|more than|nearly|almost|>|reached|reaches|at|shows|showing|only|just|barely|under|below|less than|like|sirf|bas|sadece|us|chi|khoang|hovering at|hovering around|hovers at|hovers around|sits at|sitting at|stays at|fluctuates|fluctuating|varies|varying|ranges|ranging|between|spike to|spikes to|spiked to|spiking to|peaks at|peaked at|peak of|goes up to|go up to|went up to|rises to|rose to|jumps to|jumped to|climbs to|climbed to|3andi|3andena|lang|sekitar|tembus|hampir|cuma|hanya|nasa|ni|kama|3ala|7awaly|7awali|ta2riban|(?:very |quite |really )?(?:tiny|small|low|normal)\\s*,?)\\s*)*\\(?${NUM}`, 'g'),
  // "their count is 80" in a message about TIME_WAIT (not a count of calls or channels)
  new RegExp(`(?<!(?:cps|calls?|channels?|users?|ports?)\\s)\\bcount\\s+(?:is|was|=|:)\\s+${NUM}`, 'g'),
  // "alerts when TIME_WAIT goes over 1000, today the max was 640": the highest it reached, a few words on.
  new RegExp(`timewait(?:\\s+\\S+){0,10}?\\s+(?:the\\s+)?(?:max|maximum|peak|highest)(?:\\s+(?:was|is|value|today|yesterday|reached|of))*\\s*[:=]?\\s*${NUM}`, 'g'),
  // "TIME_WAIT hazar se down to 200", "time_wait dropped to 150 after the change": the count it is now.
  new RegExp(`timewait(?:\\s+[a-z]+){0,3}?\\s+(?:down to|dropped to|fell to|came down to|reduced to|decreased to|bajo a|bajaron a|baixou para|baixaram para|cayo a)\\s+${NUM}`, 'g'),
  // Swahili, Hausa, Igbo, Kinyarwanda, Lingala and Russian said in Latin letters put the thousands first: "TIME_WAIT zaidi
  // ya elfu 20", "sun kai dubu 29", "ibihumbi 36", "tysyach 27", and so does Russian in Cyrillic ("тайм-вейтов тыщ 30", read as
  // "timewait thousand 30"). The second group (the word, caught looking back) makes it thousands.
  new RegExp(String.raw`timewait(?:\s+[a-z]+){0,4}?\s+(?:${THOUSANDS_FIRST})\s+(\d{1,3})(?<=(${THOUSANDS_FIRST})\s+\d{1,3})(?!\d|[.,]\d)`, 'g'),
  // The same before TIME_WAIT, as Russian puts it ("тысяч 25 соединений в TIME_WAIT", read as "thousand 25 connections in timewait").
  new RegExp(String.raw`\b(?:${THOUSANDS_FIRST})\s+(\d{1,3})(?<=(${THOUSANDS_FIRST})\s+\d{1,3})(?!\d|[.,]\d)\s+(?:(?:sockets?|connections?|conns?)\s+)?(?:(?:in|v|na)\s+)?(?:the\s+)?(?:state\s+)?timewait`, 'g'),
];
/**
 * Only when none of the above reads a count: the first number within eight words after TIME_WAIT ("TIME_WAIT kya hai,
 * netstat me kuch 150 ke", "timewait cung thap chi khoang 50,"), unless a word between says it counts something else
 * (calls per second, ports, channels) or a threshold ("alert if above 20k"), and never a time of day ("TIME_WAIT. a las 11 se
 * normaliza", "às 11", "alle 11", "um 11"). The number must end the clause or be followed by a little word: one followed by
 * a word the normaliser does not read ("30 ألف", "3 vạn") may be thousands said in a way it does not know. A place is such a
 * word too ("now 500 on ours at peak", "como 800 en la hora pico", Hiligaynon "500 sa amon"): the count is the writer's own.
 * The figure may stand in brackets ("phanse hain (29k)").
 */
const TIME_WAIT_NEAR = /timewait[^\s\w]*(?:\s+(?!(?:cps|ports?|calls?|channels?|if|alert|alerts|alarm|threshold|warn|crit|limit)\b)[^\s\d]\S*){1,8}?(?<!\s(?:las|às|alle|um|kl))\s+\(?(?=\d)/g;
/**
 * The figure there (tried where TIME_WAIT_NEAR ends, so the costly lookbehinds of NUM run once per TIME_WAIT), ended as a
 * sentence or clause ends, in Chinese and Japanese too ("。", "、": NFKD leaves them as they are).
 */
const NEAR_COUNT = new RegExp(`(?!50(?:60|61|80)\\b)${NUM}(?=\\s*(?:$|[,.;!?()\\]\u3001\u3002]|-an\\b|(?:lang|naman|lamang|only|just|basi|tu|ke|ka|ki|ta|ti|to|hi|ho|se|tak|matra|cha|chha|hai|he|ase|ache|around|about|approx|ish|ya|and|e|y|ou|w|v|all|exactly|exactamente|exatamente|dan|va|sur|here|ici|icitte|at(?= (?:the )?(?:peak|busy hour|night|evening|noon|midnight|[0-9]))|(?:in|en|em|na)(?= (?:the |la |el |o |a )?(?:peak|busy hour))|(?:on|in|at|sa) (?:ours|our (?:side|end|server|servers|switch|box)|amon|namin|atong|amo)|lines?|entries|sockets?|connections?)\\b))`, 'y');
/** The figure there with whatever follows it (NUM alone), taken only when it says thousands. */
const NEAR_THOUSANDS = new RegExp(NUM, 'y');
/** What a figure in thousands counts when it is not TIME_WAIT: "2000 TIME_WAIT on 64k ports". */
const OTHER_COUNT = /\s*(?:local |ephemeral |source )?(?:ports?|cps|calls?|channels?|sessions?|users?|subscribers?)\b/y;
const CPS_PATTERNS: readonly RegExp[] = [
  // Not a digit that ends an Arabizi word ("ki yatla3 CPS l 120": 3 is a letter there), nor the rate of before the load grew
  // ("before at 10 cps there was no problem", Finglish "ghablan ba 10 cps", Hindi "pehle 10 cps", Spanish "antes con 10 cps"), nor
  // the quiet rate of the day beside the evening's (Russian "Днём при 30 CPS", read "daytime 30 cps"): the figure is read as the
  // text writes it, before its words are. Nor ss -s's "ports 0" before a line that starts with CPS.
  new RegExp(`(?<![a-z])(?<!\\bports\\s)(?<!\\b(?:before|previously|earlier|formerly|ghablan|qablan|pehle|pahle|antes|avant|vorher|truoc|onceden|daytime)(?: (?:at|ba|with|on|only|just|con|com|a|mit|voi|de|was|were|it was|era|etait))? )${NUM}\\s*(?:cps|calls? per sec(?:ond)?|calls?\\s*\\/\\s*s(?:ec)?\\b)`, 'g'),
  // "CPS l 120" (Maghrebi "l", to), "CPS nya cuma 15-25" (Indonesian: its CPS only). Not a factor: "cps 3 barobar
  // oshdi", "cps 3 dahin ussun" (CPS grew threefold), "CPS x3".
  new RegExp(`\\bcps\\s*(?:(?:is|=|:|of|at|around|about|approx|~|reaches|reached|hits|hit|goes to|rises to|to|l|above|over|near|upto|up to|max|peak|more than|almost|nearly|only|just|nya|cuma|hanya)\\s*)*${NUM}(?!\\s*(?:x\\b|times\\b|fold\\b|marta\\b|barobar\\b|baravar\\b|kat\\b|kez\\b|barabar\\b|dahin\\b))`, 'g'),
];
/** A figure said wrong and set right after it ("not 3,000 TIME_WAIT, it's 30,000"). */
const CORRECTED_FIGURE = /\bnot (\d[\d,.]*\d|\d)(?: timewait)?,? (?:its|it is|but|rather) (\d[\d,.]*\d)\b/g;
/** A figure taken back with a doubled "no" after a pause ("TIME_WAIT 180k... no no, 180", Sinhala "ne ne"): the second is meant. */
const RETRACTED_FIGURE = /\b\d[\d,.]*k?\s*(?:\.{2,}|…)\s*(?:no|ne|na|nahi|nai)[ ,]+(?:no|ne|na|nahi|nai)\s*,?\s+(?=\d)/g;
/**
 * A figure said and then called a mistake, the right one after it ("I said 28k TIME_WAIT, my mistake, it was 280", Persian in
 * Latin letters "28 hezar TIME_WAIT darim, eshtebah kardam, 280 ta bood", Thai "3 หมื่น … ผมอ่านผิด … 300", I misread): the second
 * is meant.
 */
const MISTAKEN_FIGURE = /\b\d[\d,.]*(?:k|\s+(?:hezar|hazar|thousand|tenthousand|bin|ribu|mil))?\b(?:\s+\S+){0,3}?[\s,.]+(?:my mistake|i was wrong|i misread|typo|correction|eshtebah kardam|eshtebah shod|galti se|maaf salah)\b[\s,.:-]*(?:(?:it was|it is|its|was|is|only|actually|real(?:ly)?)\s+)*(?=\d)/g;
const MISTAKE_SAID = /\b(?:my mistake|i was wrong|i misread|typo|correction|eshtebah kardam|eshtebah shod|galti se|maaf salah)\b/;
/** "thousand" read from an abbreviation with its full stop after it, spaced off ("тыс."). */
const ABBREVIATED_THOUSAND = / thousand \.(?= )/g;
/** A rate and the words of its rise before the rate it rose to ("cps 40 rose to 200", "cps from 40 went up to 200"). */
const CPS_ROSE_TO = /\bcps\s+(?:from\s+)?\d+\s+(?:rose|rises|went up|goes up|grew|jumped|climbed|increased)(?: up)? to\s+(?=\d)/g;
/** A count of ten thousands and a single digit of thousands after it ("2 van 8", "3 tenthousand 5", Burmese "2 thaung 5 htaung", Khmer "2 mern 8 poan", Korean "2만9천" read "2 tenthousand 9 thousand"). */
const TEN_THOUSANDS_AND_THOUSANDS = /(?<![\d.,])(\d{1,2}) (?:van|wan|tenthousand|thaung|mern|meun) (\d)(?: htaung| poan| thousand)?(?!\d|[.,]\d| ?(?:k|thousand|nghin|ngan|phan|poan)\b)/g;
const TEN_THOUSANDS_AND_THOUSANDS_TEST = /\d (?:van|wan|tenthousand|thaung|mern|meun) \d/;
/** "250-300", "28-29k": two figures joined by a dash, not part of a time, a date or an address. */
const RANGE = /(?<![\d:.,/-])\d{1,3}(?:[.,]\d{3})?\s?[-–]\s?(\d{1,3}(?:[.,]\d{3})?(?:\s?k)?)(?![\d:./-])/g;
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/** Runs of spaces, except after a digit: "900  35 cps" must not read as the spaced thousands "900 35". */
const RUNS_OF_SPACES = /(?<!\d) {2,}/g;
const DECIMAL_COMMA = /^\d{1,3},\d{1,2}$/;
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d]|\.\d)/g;
const MAX_IPS = 16;

function toNumber(digits: string | undefined, k: string | undefined): number | undefined {
  if (digits === undefined) return undefined;
  // "38.000" groups thousands with dots, as much of the world writes them; "1.5" is a decimal; "29,4xx" hides its
  // last digits (read as 29,400), and so does "1xx" (a hundred and some: 100; "2x" is twice, no figure); before a "k"
  // or a word for thousand, "1,1" is a decimal written with a comma (1,100).
  const grouped = DOTTED_THOUSANDS.test(digits) || digits.includes('x') ? digits.replace(/[.x]/g, (c) => (c === 'x' ? '0' : '')) : digits;
  const v = Number(k !== undefined && DECIMAL_COMMA.test(grouped) ? grouped.replace(',', '.') : grouped.replace(/[,\s\u00a0\u202f]/g, ''));
  if (!Number.isFinite(v)) return undefined;
  return Math.round(k ? v * (UNIT_TIMES.get(k) ?? 1000) : v);
}

/** What a word after a figure multiplies it by, when not a thousand. */
const UNIT_TIMES: ReadonlyMap<string, number> = new Map([
  // Indonesian "500an" (five hundred or so) is the figure itself.
  ['an', 1],
  // "3 hundred", Vietnamese "3 trăm".
  ['hundred', 100],
  ['hundreds', 100],
  ['tram', 100],
  // Vietnamese "vạn", Burmese "thaung", Khmer "meun" and "mern", Lao "muen", and the Chinese and Thai ten thousands read
  // as "tenthousand".
  ...['tenthousand', 'van', 'wan', 'thaung', 'meun', 'muen', 'mern'].map((w) => [w, 10_000] as const),
]);

/**
 * The next match of a global pattern from its lastIndex, as matchAll would give it (past an empty
 * match by one character), without the copy of the pattern matchAll makes on every call.
 */
function next(re: RegExp, text: string): RegExpExecArray | null {
  const m = re.exec(text);
  if (m !== null && m[0] === '') re.lastIndex++;
  return m;
}

function largest(text: string, patterns: readonly RegExp[], max: number): number | undefined {
  let best: number | undefined;
  for (const re of patterns) {
    re.lastIndex = 0;
    for (let m = next(re, text); m !== null; m = next(re, text)) {
      const v = toNumber(m[1], m[2]);
      if (v !== undefined && v <= max && (best === undefined || v > best)) best = v;
    }
  }
  return best;
}

/** The largest figure a few words after TIME_WAIT (TIME_WAIT_NEAR, NEAR_COUNT); with `thousandsOnly`, only one said in thousands ("29 hazar"). */
function nearCount(text: string, thousandsOnly = false): number | undefined {
  let best: number | undefined;
  TIME_WAIT_NEAR.lastIndex = 0;
  for (let m = TIME_WAIT_NEAR.exec(text); m !== null; m = TIME_WAIT_NEAR.exec(text)) {
    NEAR_COUNT.lastIndex = m.index + m[0].length;
    let n = NEAR_COUNT.exec(text);
    // A figure said in thousands is a count whatever follows it ("28 thousand է").
    if (n === null) {
      NEAR_THOUSANDS.lastIndex = m.index + m[0].length;
      const k = NEAR_THOUSANDS.exec(text);
      OTHER_COUNT.lastIndex = NEAR_THOUSANDS.lastIndex;
      if (k?.[2] !== undefined && !OTHER_COUNT.test(text)) n = k;
    }
    const v = n === null || (thousandsOnly && n[2] === undefined) ? undefined : toNumber(n[1], n[2]);
    if (v !== undefined && v <= 10_000_000 && (best === undefined || v > best)) best = v;
  }
  return best;
}

/** The figure after "now it's", "today", "currently" ("now at peak max 700") that follows a TIME_WAIT count, unless it counts something else. */
// "Now" as Russian and Ukrainian (seichas, teper, zaraz), Portuguese, Spanish, French, Hindi, Indonesian, Hebrew, Lithuanian,
// Latvian, Estonian and Macedonian write it, Tagalog and Hiligaynon ("ngayon after ng fix nasa 600"), and Swahili and
// Chichewa ("leo ni 300 tu": today it is only 300; "leo" alone is Lao "already").
// Not across a CPS named between them ("timewait 37 nghìn, CPS hiện tại 240": 240 is the rate now), nor right after a kernel
// or softswitch setting ("TIME_WAIT about 30 hazar, tcp_tw_reuse now 0": 0 is the setting's value now).
const NOW_WORDS = ['now', 'today', 'currently', 'these days', 'seichas', 'sejchas', 'teper', 'zaraz', 'agora', 'ahora', 'maintenant', 'abhi', 'sekarang', 'akshav', 'dabar', 'tagad', 'nuud', 'sega', 'ngayon', 'subong', 'leo ni', 'lero'];
const NOW_FIGURE = new RegExp(`timewait\\b(?:(?!\\bcps\\b).)*?(?<!\\b(?:tcptwreuse|twreuse|tcpfintimeout|fintimeout|iplocalportrange|tcpmaxtwbuckets|sstcpclosereset)\\s{1,2})\\b(?:${NOW_WORDS.join('|')})(?: after (?:the |ng )?(?:tuning|fix|change|reparse|restart))?(?: (?:its|it is|is|at|only|just|around|about|down to|back to|under|below|it s|nasa|ni|ndi|in|the|peak|max|maximum|at most))* ${NUM}`, 'g');
/**
 * "TIME_WAIT went from 28k to 1.2k", "(worked: TW from 35k to 2k)", "after the fix TW from 28k → 2k", "TIME_WAIT
 * went down from 40k to 2k", Maghrebi Arabizi "nzel mel 40k l 2k" as the tables read it ("l" for "to"): the figure it went to
 * is the one of now, whichever way it went. Swahili says it "kutoka elfu 30 hadi 300" (thousands first), Somali "from 30
 * thousand ilaa 300" as the tables read it, Amharic in Latin letters "ke 30 ሺ wede 250"; Russian "TIME_WAIT от 26 до 29к" as
 * they read it, "from 26 before 29 k": a range, whose upper figure counts.
 */
const FROM_WORDS = ['from', 'kutoka', 'ke'];
const FROM_TO_FIGURE = new RegExp(`(?:timewait|\\btw)\\b[^\\d\\n]{0,40}?\\b(?:${FROM_WORDS.join('|')})\\s+(?:(?:${THOUSANDS_FIRST})\\s+)?${NUM}\\s*(?:to|before|l|hadi|ilaa|wede|->|→|=>)\\s*${NUM}`, 'g');
function nowCount(text: string): number | undefined {
  if (FROM_WORDS.some((w) => text.includes(` ${w} `))) {
    FROM_TO_FIGURE.lastIndex = 0;
    const f = FROM_TO_FIGURE.exec(text);
    OTHER_COUNT.lastIndex = f === null ? 0 : f.index + f[0].length;
    if (f !== null && !OTHER_COUNT.test(text)) return toNumber(f[3], f[4]);
  }
  if (!NOW_WORDS.some((w) => text.includes(w))) return undefined;
  NOW_FIGURE.lastIndex = 0;
  const m = NOW_FIGURE.exec(text);
  if (m === null) return undefined;
  OTHER_COUNT.lastIndex = m.index + m[0].length;
  return OTHER_COUNT.test(text) ? undefined : toNumber(m[1], m[2]);
}

/** The forms a server may be called by, as written in Normalised.text (underscores are removed there). */
function aliases(server: MatcherServer): string[] {
  const out = new Set<string>();
  const id = server.id.toLowerCase().replace(/_/g, '');
  if (id.length >= 3) out.add(id);
  if (server.name) {
    const name = server.name.toLowerCase().replace(/_/g, '').trim();
    if (name.length >= 3) out.add(name);
  }
  out.add(server.host.toLowerCase());
  return [...out];
}

/** "vos-dhaka" also matches "vos dhaka", "vos_dhaka" and "vosdhaka". */
const SEPARATOR = /[\s._-]+/g;
const key = (alias: string) => alias.replace(SEPARATOR, '');

/** Between the parts of a name, any separator or none. */
const OPTIONAL_SEPARATOR = '[\\s._-]?';

/** The aliases as a tree of their pieces (an escaped character, or an optional separator), shared prefixes once. */
interface AliasTree {
  end: boolean;
  readonly next: Map<string, AliasTree>;
}

/**
 * The tree as one pattern with each shared prefix written once: with a thousand servers, a
 * flat list of alternatives made the engine try every alias at every letter a server name
 * may start with (about a thousand comparisons there); written as a tree, it follows one path.
 * A longer alias is tried before a shorter one that is its prefix, as the flat list sorted by
 * length did.
 */
function treePattern(tree: AliasTree): string {
  const branches = [...tree.next].map(([piece, child]) => piece + treePattern(child));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !tree.end) return branches[0]!;
  const group = `(?:${branches.join('|')})`;
  return tree.end ? `${group}?` : group;
}

/**
 * Builds the extractor for a set of configured servers. Everything is compiled once here:
 * one regular expression covers every server's id, name and host.
 */
export function createExtractor(servers: readonly MatcherServer[] = []): Extractor {
  const byAlias = new Map<string, Set<string>>();
  const tree: AliasTree = { end: false, next: new Map() };
  for (const s of servers) {
    for (const alias of aliases(s)) {
      const k = key(alias);
      if (!byAlias.has(k)) {
        byAlias.set(k, new Set());
        const isIp = /^[\d.]+$/.test(alias);
        const parts = isIp ? [alias] : alias.split(SEPARATOR).filter(Boolean);
        let at = tree;
        parts.forEach((part, i) => {
          for (const piece of [...(i > 0 ? [OPTIONAL_SEPARATOR] : []), ...[...part].map(escapeRegExp)]) {
            let child = at.next.get(piece);
            if (!child) at.next.set(piece, (child = { end: false, next: new Map() }));
            at = child;
          }
        });
        at.end = true;
      }
      byAlias.get(k)?.add(s.id);
    }
  }
  const serverRe = tree.next.size > 0 ? new RegExp(`(?<![a-z0-9])${treePattern(tree)}(?![a-z0-9]|\\.\\d)`, 'g') : undefined;

  return (n) => {
    const text = n.text;
    const ips: string[] = [];
    if (text.indexOf('.') !== -1) {
      IPV4.lastIndex = 0;
      for (let m = next(IPV4, text); m !== null; m = next(IPV4, text)) {
        if ([m[1], m[2], m[3], m[4]].every((o) => Number(o) <= 255)) {
          const ip = m[0];
          if (!ips.includes(ip)) ips.push(ip);
          if (ips.length >= MAX_IPS) break;
        }
      }
    }
    const serverIds: string[] = [];
    if (serverRe) {
      serverRe.lastIndex = 0;
      for (let m = next(serverRe, text); m !== null; m = next(serverRe, text)) {
        for (const id of byAlias.get(key(m[0])) ?? []) if (!serverIds.includes(id)) serverIds.push(id);
      }
    }
    const out: { serverIds: string[]; ips: string[]; timeWait?: number; cps?: number } = { serverIds, ips };
    const hasTimeWait = text.indexOf('timewait') !== -1;
    const hasCps = text.indexOf('cps') !== -1 || text.indexOf('per sec') !== -1 || text.indexOf('/s') !== -1;
    // Words of a script the normaliser does not read leave runs of spaces; a count is read across them.
    let counted = (hasTimeWait || hasCps) && text.indexOf('  ') !== -1 ? text.replace(RUNS_OF_SPACES, ' ') : text;
    // "not 3,000 TIME_WAIT, it's 30,000": the figure set right is the one told.
    if (hasTimeWait && counted.indexOf('not ') !== -1) counted = counted.replace(CORRECTED_FIGURE, 'timewait $2');
    if (hasTimeWait && (counted.indexOf('..') !== -1 || counted.indexOf('…') !== -1)) counted = counted.replace(RETRACTED_FIGURE, '');
    if (hasTimeWait && MISTAKE_SAID.test(counted)) counted = counted.replace(MISTAKEN_FIGURE, 'timewait ');
    // Russian and Ukrainian "28 тыс. TIME_WAIT", "28 тис." arrive as "28 thousand . timewait": the full stop ends the abbreviation.
    if ((hasTimeWait || hasCps) && counted.indexOf('thousand .') !== -1) counted = counted.replace(ABBREVIATED_THOUSAND, ' thousand');
    // A range counts as its upper bound ("250-300", "28-29k").
    if ((hasTimeWait || hasCps) && text.indexOf('-') !== -1) counted = counted.replace(RANGE, '$1');
    // Vietnamese "2 vạn 8" and Chinese "两万八" (two ten-thousands and eight thousands): 28,000, not a count of 8.
    if (hasTimeWait && TEN_THOUSANDS_AND_THOUSANDS_TEST.test(counted)) counted = counted.replace(TEN_THOUSANDS_AND_THOUSANDS, (_m, tens: string, thousands: string) => String(Number(tens) * 10_000 + Number(thousands) * 1000));
    if (hasTimeWait) {
      // A figure a few words on counts too when it is said in thousands and is the larger ("900 TIME_WAIT was fine yesterday,
      // today at peak 29 hazar"): the message tells how it grew.
      const told = largest(counted, TIME_WAIT_PATTERNS, 10_000_000);
      const inThousands = told === undefined ? undefined : nearCount(counted, true);
      const then = told === undefined ? nearCount(counted) : inThousands !== undefined && inThousands > told ? inThousands : told;
      // "TIME_WAIT was 30k last year, now it's 400", "900 in the morning, now 31k": the figure it is now, told after another
      // (or told alone, where the one before it stands too far from the word: "we had 3w TIME_WAIT …, now only 800").
      const now = nowCount(counted);
      const tw = now ?? then;
      if (tw !== undefined) out.timeWait = tw;
    }
    if (hasCps) {
      // "CPS from 40 rose to 200" (Chinese "CPS 从 40 涨到 200"): the rate it rose to.
      if (counted.indexOf(' to ') !== -1) counted = counted.replace(CPS_ROSE_TO, 'cps ');
      const cps = largest(counted, CPS_PATTERNS, 1_000_000);
      if (cps !== undefined) out.cps = cps;
    }
    return out;
  };
}
