import { JaroWinklerDistance, PorterStemmer } from './natural.js';
import { digitsForNumberWords, NUMBER_WORDS } from './number-words.js';
import { literalsPattern } from './regexp.js';
import { readRecognised } from './recognised.js';
import { canonicalWords, correctionTargets, joinedUnspacedWords, pashtoWords, protectedWords, scriptPrefixes, scriptSuffixes, scriptWords, stopWords, unspacedWords } from './vocabulary.js';

// The one text normaliser of the assistant: the symptom matcher and the question matcher
// (bot/questions) each create one with their own word lists and limits.

/** Only this many characters of a message are read by default; a pasted log's signature sits near its start. */
export const MAX_CHARS = 4096;

/** A message after normalisation: what the rules, the classifier and the extractor read. */
export interface Normalised<W = unknown> {
  /**
   * The first `maxChars` characters, lower case, accents stripped, apostrophes and underscores
   * removed, joins applied ("time wait" → "timewait"). Punctuation is kept for log signatures.
   */
  readonly text: string;
  /** Words after spelling correction and canonical mapping, in order, as ` w1 w2 … ` (padded). */
  readonly phrase: string;
  /** The same words as a list. */
  readonly words: readonly string[];
  /** Distinct stems of the content words (stop words dropped), for the classifier. */
  readonly stems: readonly string[];
  /** Misspellings that were corrected, e.g. `{ from: 'adress', to: 'address' }`. */
  readonly corrections: readonly { readonly from: string; readonly to: string }[];
  /** True when the message was longer than `maxChars` and only its start was read. */
  readonly truncated: boolean;
  /** True when the message ends with a question mark (before trailing emoji and spaces) or has one before a space. */
  readonly questionMark: boolean;
  /** With NormaliserOptions.wordData: what it gives for each of `words`, in step with them, and the function that gave it. */
  readonly wordData?: { readonly of: (word: string) => W; readonly values: readonly W[] };
}

/**
 * Words customers split or hyphenate, joined back before tokenising. The pattern runs only
 * when one of the hints occurs in the text (omit `hints` to run it always).
 */
export interface Join {
  readonly hints?: readonly string[];
  /**
   * The hints are found only where a word begins (the pattern reads them there alone): they are looked up by their first
   * word and the characters after it, which stays quick as the phrase tables grow.
   */
  readonly hintsStartWords?: boolean;
  readonly pattern: RegExp;
  /** The replacement, as String.prototype.replace takes it ("$1" for a group), or a function of the match. */
  readonly to: string | ((match: string) => string);
}

/**
 * "TIME_WAIT", "time wait", "tiem-wait", "time weight" as speech-to-text writes it, and "timewaitov" with a Russian
 * ending → "timewait" (both matchers use it).
 */
export const TIME_WAIT_JOIN: Join = { hints: ['tim', 'tiem', 'tyme', 'tme'], pattern: /\b(?:time|tiem|tyme|tme|tim)[\s-]*(?:wait|wiat|wati|wayt|weight|weit)(?:ov|ami|akh)?\b/g, to: 'timewait' };

/** Tuning of the normaliser; every field has a default (the symptom matcher's). */
export interface NormaliserOptions<W = never> {
  /**
   * Single tokens rewritten before anything else: chat shorthand, brands, mixed-language
   * words. A value may be several words ("whats" → "what is"). Looked up in a Map, so a
   * word like "constructor" is just a word. @defaultValue vocabulary.ts canonicalWords
   */
  readonly canonicalWords?: Readonly<Record<string, string>>;
  /**
   * Words in the scripts of SCRIPT_WORD rewritten to Latin-script words before tokenising (a word
   * not listed is tried without a suffix of `scriptSuffixes` or a prefix of `scriptPrefixes`).
   * @defaultValue vocabulary.ts scriptWords, scriptSuffixes, scriptPrefixes
   */
  readonly scriptWords?: Readonly<Record<string, string>>;
  readonly scriptSuffixes?: readonly string[];
  readonly scriptPrefixes?: readonly string[];
  /**
   * In a message with a letter only Pashto writes (PASHTO_LETTER), these words are read so rather than as `scriptWords`
   * gives them. @defaultValue vocabulary.ts pashtoWords
   */
  readonly pashtoWords?: Readonly<Record<string, string>>;
  /**
   * Words in Thai, Lao, Burmese, Khmer or Chinese, which are written without spaces between words: each run of such
   * script is read as the longest listed words, one after the other. @defaultValue vocabulary.ts unspacedWords
   */
  readonly unspacedWords?: Readonly<Record<string, string>>;
  /** Words of those scripts read otherwise when joined to the word before them. @defaultValue vocabulary.ts joinedUnspacedWords */
  readonly joinedUnspacedWords?: Readonly<Record<string, string>>;
  /** Correctly spelled words that misspellings are corrected towards. @defaultValue vocabulary.ts correctionTargets */
  readonly targets?: Iterable<string>;
  /** Words never corrected although they look like a target. @defaultValue vocabulary.ts protectedWords */
  readonly protectedWords?: Iterable<string>;
  /** Words that carry no feature (and are never corrected). @defaultValue vocabulary.ts stopWords */
  readonly stopWords?: ReadonlySet<string>;
  /** @defaultValue TIME_WAIT, "un-registered" / "re register", "port exhaustion" */
  readonly joins?: readonly Join[];
  /** @defaultValue MAX_CHARS (4096) */
  readonly maxChars?: number;
  /** Words read at most. @defaultValue 800 */
  readonly maxWords?: number;
  /** Words shorter than this carry a feature only if listed in `shortFeatures`. @defaultValue 3 */
  readonly minFeatureLength?: number;
  /** @defaultValue no, ip, 4g, 3g, 5g, pc */
  readonly shortFeatures?: Iterable<string>;
  /** Words starting with a digit carry a feature only if listed here. @defaultValue SIP / VOS3000 ports and status codes */
  readonly numberFeatures?: Iterable<string>;
  /** Minimum Jaro-Winkler similarity for a spelling correction. @defaultValue 0.9 */
  readonly minSimilarity?: number;
  /** Uncached fuzzy look-ups allowed per message (bounds the cost of junk). @defaultValue 48 */
  readonly fuzzyBudget?: number;
  /** Entries kept in each cache (tokens, spelling, stems, script words) before it is cleared. @defaultValue 20000 */
  readonly cacheSize?: number;
  /**
   * Data a reader of the words keeps per word (the rule runner's): computed when a token is first
   * seen, cached with it, and handed out in Normalised.wordData, so that the reader needs no
   * look-up of its own per word. @defaultValue none
   */
  readonly wordData?: (word: string) => W;
}

/** A classifier feature, one record per distinct stem, so that a message's stems are told apart without a Set. */
interface Feature {
  readonly stem: string;
  /** The number of the last message that listed it. */
  seenIn: number;
}

interface TokenInfo<W> {
  /** The words after squeezing, canonical mapping and spelling correction (usually one). */
  readonly words: readonly string[];
  /** NormaliserOptions.wordData of each of the words (undefined without it). */
  readonly data: readonly W[] | undefined;
  /** Their classifier features (stems); words that carry none are left out. */
  readonly features: readonly Feature[];
  /** When there is exactly one word (most tokens): it, its data and its feature (null: none), read without the arrays. */
  readonly word: string | undefined;
  readonly datum: W | undefined;
  readonly feature: Feature | null;
  /** The word as written when it was corrected. */
  readonly from: string | undefined;
  /**
   * PORTUGUESE when the token is a word only Portuguese writes ("nosso", "ficam", "não"); IN_THE
   * when it is "no" or "na", Portuguese for "in the", elsewhere a negation; NA_LINKER when it is a
   * word only Swahili or Tagalog writes, where "na" is no negation; 0 for every other word.
   */
  readonly marks: number;
}

/** Turns raw chat text into a Normalised message. Holds caches; create one per matcher. */
export interface Normaliser<W = never> {
  normalise(text: string): Normalised<W>;
  /** The spelling correction for one lower-case word, or undefined when it is left alone. */
  correct(word: string): string | undefined;
  /** The Porter stem of one word (cached). */
  stem(word: string): string;
}

/** Letters repeated three times or more ("offlineee", "pleaseeee") are squeezed to one. */
const REPEATS = /([a-z])\1{2,}/g;
const REPEATS_TEST = /([a-z])\1{2}/;
const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Apostrophes ("can't" → "cant") and underscores ("TIME_WAIT" → "timewait", "SS_TCP_CLOSE_RESET"). */
const DROPPED_CHARS = /['\u2018\u2019\u02bc`_]/g;
const DROPPED_CHAR = /['\u2018\u2019\u02bc`_]/;
/** French and Italian articles elided before a vowel ("l'IP", "d'activer", "dell'indirizzo"): the word after is read alone. */
const ELIDED_ARTICLE = /\b(?:l|d|dell|all|nell|sull)['\u2019](?=[a-z])/g;
/**
 * A Turkish or Azerbaijani case ending after TIME_WAIT and an apostrophe ("TIME_WAIT'e baktırdım 27 bin", "TIME_WAIT'te"): left
 * out, so that the word is still TIME_WAIT, whose count follows, and not one word "timewaite". (After any word it would take the
 * glottal stop of Samoan and Fijian, "ni'u", for one.)
 */
const TURKIC_ENDING = /(?<=time[_ -]?wait)['\u2019](?:y?[aeiu]|n?[iu]n|[dt][ae]n?|[dt][ae]ki|y?l[ae]|l[ae]r|[dt]ir)(?![a-z0-9])/g;
/**
 * Arabizi phrases read as one (SYMPTOM_JOINS): the negation before a verb ("ma fi TCP", "ma bi-drop", "ma 3am tetsajjal"),
 * nobody, never ("3omrena ma fa33alnah"), after ("ba3d ma"), the password ("kelmet el sir"); "عمل" and "حتى" in Arabic
 * script are read as "3mel" and "7atta", so "ما عمل حتى drop" is "did not drop".
 */
const ARABIZI: Readonly<Record<string, string>> = {
  // Levantine Arabizi in fresh hands: two months ago, in the archive, all is fine
  'men shahrein': 'two months ago', 'bel archive': 'in the archive', 'kolshi mashi': 'all fine',
  'ma fi': 'no', 'ma fih': 'no', 'ma bi': 'not', 'ma 3am': 'not', 'ma 7ada': 'nobody', 'ma 7ad': 'nobody', '3omrena ma': 'never',
  '3omri ma': 'never', '3omrohom ma': 'never', 'ba3d ma': 'after', 'kelmet el sir': 'password', 'kelmet el sirr': 'password',
  // Tunisian and Algerian in fresh hands: never (his), did not (even), not a single, old, close it, weeks, hang, do not end
  '3omrou ma': 'never', '3omro ma': 'never', 'ma 3mel 7atta': 'did not', 'ma 3mel': 'did not', 'mafish 7atta': 'not a single',
  '9dima': 'old', nsakroha: 'close it', jem3at: 'weeks', ywa9fo: 'hang', 'ma yfaslouch': 'do not end',
  // Levantine, Gulf and Iraqi in fresh hands: we changed, new, different, old, gave, last week, just an update, nothing
  // needed, now, all of them, drop the registration, do not register, are failing, are fine
  ghayyarna: 'we changed', jideed: 'new', ghayr: 'different', gadeem: 'old', '3ateehom': 'gave them', 'el esbou3 el madi': 'last week',
  'bas ba3atlak update': 'just an update', 'ma fi 7aja': 'nothing needed', al7een: 'now', kilhom: 'all of them',
  'yitee7 el registration': 'lose the registration', yitee7: 'drop', 'ma tsajjel': 'do not register', '3am yfashlo': 'are failing',
  'ma fihon shi': 'are fine',
  // Turkish and Azerbaijani in fresh hands: for the record, forwarding, had been solved then, old, put back to Off, since that
  // day, turned off, are normal, none anymore
  'kayit icin': 'for the record', 'arsiv icin': 'for the record', iletiyorum: 'forwarding', cozulmustu: 'had been solved',
  eski: 'old', 'geri offa aldiniz': 'you put it back to off', 'o gunden beri': 'since that day', sondurdukden: 'turned off',
  normaldir: 'are normal', 'yoxdur artiq': 'none anymore',
  // Roman Urdu: cannot open ("nahi khol pata")
  'nahi khol pata': 'cannot open', 'nahi khol paa raha': 'cannot open',
  // Banglish and Hinglish in fresh hands: do not stay registered, since then, every (ten minutes), get stuck,
  // rising fast, the rest of the time
  'register thake na': 'do not stay registered', 'tar por theke': 'since then', 'por por': 'repeatedly',
  'atak jaate hain': 'get stuck', 'tezi se badh raha hai': 'is rising fast', 'baaki time': 'other times',
};
/**
 * RST switched on only in an if-clause, read as English writes it (SYMPTOM_JOINS, before the language tables, which read
 * some of these words otherwise): the "if" and the verb together where the "if" alone is another word too (Italian and
 * Portuguese "se" is Hindi's "since", Spanish and French "si" is "yes" or "so", Dutch "als" is "as"), a verb whose ending
 * is the "if" (Turkish "açarsak", if we switch it on; Portuguese "ativarmos", if we switch it on), and the German and Dutch
 * verbs that close the clause ("wenn wir RST einschalten"), so that rst-supposed reads a supposition in these languages as in
 * English: "si activamos RST, ¿los teléfonos detrás del NAT pierden el registro?" is asked, not reported. And "every time",
 * which tells the same clause as a fault that recurs.
 */
const SUPPOSED_CHANGE: Readonly<Record<string, string>> = {
  // German
  'wenn wir': 'if we', 'falls wir': 'if we', 'wenn man': 'if we', 'falls man': 'if we', 'wenn ich': 'if i', 'falls ich': 'if i',
  einschalten: 'enable', einschaltet: 'enables', aktivieren: 'enable', aktiviert: 'enabled', anschalten: 'enable', anmachen: 'enable',
  // Dutch
  'als we': 'if we', 'als wij': 'if we', 'als ik': 'if i', 'indien we': 'if we', inschakelen: 'enable', activeren: 'enable',
  // Spanish, Galician and Catalan
  'si activamos': 'if we enable', 'si habilitamos': 'if we enable', 'si encendemos': 'if we enable', 'si prendemos': 'if we enable',
  'si lo activamos': 'if we enable', 'si se activa': 'if enabled', 'si ponemos': 'if we set', 'si cambiamos': 'if we set',
  // Portuguese (the personal infinitive after "se" is the if-clause's own form)
  'se ativarmos': 'if we enable', 'se activarmos': 'if we enable', 'se ligarmos': 'if we enable', 'se habilitarmos': 'if we enable',
  'se a gente ativar': 'if we enable', 'se a gente ligar': 'if we enable', 'se eu ativar': 'if i enable', 'se eu ligar': 'if i enable',
  'se colocarmos': 'if we set', 'se mudarmos': 'if we set', 'se pusermos': 'if we set',
  // French
  'si on active': 'if we enable', 'si nous activons': 'if we enable', 'si vous activez': 'if you enable', 'si on allume': 'if we enable',
  'si on met': 'if we set', 'si nous mettons': 'if we set', 'si on passe': 'if we set', 'si on change': 'if we set',
  // Italian
  'se attiviamo': 'if we enable', 'se abilitiamo': 'if we enable', 'se accendiamo': 'if we enable', 'se mettiamo': 'if we set',
  'se impostiamo': 'if we set', 'se attivo': 'if i enable', 'se si attiva': 'if enabled',
  // Romanian, Czech, Polish
  'daca activam': 'if we enable', 'daca pornim': 'if we enable', 'pokud zapneme': 'if we enable', 'kdyz zapneme': 'if we enable',
  'jestli zapneme': 'if we enable', 'jesli wlaczymy': 'if we enable', 'jezeli wlaczymy': 'if we enable',
  // Turkish: the object comes first ("RST'yi açarsak": RST if we switch it on)
  acarsak: 'if we enable', acarsaniz: 'if you enable', acarsam: 'if i enable', acsak: 'if we enable', acsaniz: 'if you enable',
  acilirsa: 'if enabled', acilsa: 'if enabled', 'aktif edersek': 'if we enable', 'aktif ederseniz': 'if you enable',
  'aktif edilirse': 'if enabled', aktiflestirirsek: 'if we enable', etkinlestirirsek: 'if we enable', 'on yaparsak': 'if we enable',
  // Hindi and Urdu: the subjunctive with "to" (then) after it; "kar diya to" (did, then) is told, not supposed
  'on kar dein to': 'if we enable', 'on kar de to': 'if we enable', 'on karein to': 'if we enable', 'on karen to': 'if we enable',
  'on kare to': 'if we enable', 'on karenge to': 'if we enable', 'enable kar dein to': 'if we enable', 'enable karein to': 'if we enable',
  // "every time", which makes the same clause a fault that recurs ("wenn wir RST einschalten, fallen die Telefone raus, jedes
  // Mal": whenever we switch it on), never a supposition
  'jedes mal': 'every time', 'jedesmal': 'every time', 'her seferinde': 'every time', 'her defasinda': 'every time',
  'cada vez': 'every time', 'toda vez': 'every time', 'chaque fois': 'every time', 'ogni volta': 'every time',
};
/**
 * A question asked only to understand, and the problem said not to be had, in the widely spoken languages, read as English
 * writes them (SYMPTOM_JOINS, beside SUPPOSED_CHANGE): "es para entender", "nur zum Verständnis", "sadece merak" as "just
 * curious"; "no tenemos el problema", "wir haben das Problem nicht" as "we do not have this problem". A "why …?" about a
 * playbook's story is then a question, not a report.
 */
const ASKED_TO_UNDERSTAND: Readonly<Record<string, string>> = {
  // as the words of other scripts arrive ("просто изучаю", "只是学习一下")
  'just learning': 'just curious', 'only learning': 'just curious',
  // Spanish
  'es para entender': 'just curious', 'solo para entender': 'just curious', 'por curiosidad': 'just curious',
  'no tenemos el problema': 'we do not have this problem', 'no tenemos ese problema': 'we do not have this problem',
  'no tenemos este problema': 'we do not have this problem',
  // Portuguese
  'so para entender': 'just curious', 'e so para entender': 'just curious', 'por curiosidade': 'just curious',
  'nao temos esse problema': 'we do not have this problem', 'nao temos o problema': 'we do not have this problem',
  'nao temos este problema': 'we do not have this problem',
  // French (the apostrophe already dropped: "on n'a pas" reads "on na pas")
  'juste pour comprendre': 'just curious', 'cest pour comprendre': 'just curious', 'par curiosite': 'just curious',
  'on na pas le probleme': 'we do not have this problem', 'on na pas ce probleme': 'we do not have this problem',
  'nous navons pas ce probleme': 'we do not have this problem',
  // German
  'nur zum verstandnis': 'just curious', 'nur aus neugier': 'just curious', 'aus neugier': 'just curious',
  'wir haben das problem nicht': 'we do not have this problem', 'wir haben dieses problem nicht': 'we do not have this problem',
  // Turkish
  'sadece merak': 'just curious', 'merak ettim': 'just curious', 'merak ediyorum': 'just curious',
  'bizde boyle bir sorun yok': 'we do not have this problem', 'bizde bu sorun yok': 'we do not have this problem',
  // Hindi and Urdu
  'bas samajhna hai': 'just curious', 'bas samajhne ke liye': 'just curious', 'sirf samajhne ke liye': 'just curious',
  'humein ye problem nahi hai': 'we do not have this problem', 'hamare yahan ye problem nahi hai': 'we do not have this problem',
  // Indonesian and Malay
  'cuma tanya': 'just curious', 'cuma penasaran': 'just curious', 'sekadar tanya': 'just curious',
};
/**
 * Phrases read as one (SYMPTOM_JOINS), where a word alone means something else or the words must reach the extractor
 * too: "what's a" (a definition asked; "whats" alone also begins "what's the fix"), calls per second, "in the middle",
 * "let through" and port exhaustion in Spanish and Portuguese; Banglish "want to know"; Persian in Latin letters
 * ("since", "after", "we turned it off", "got fixed", "not yet done", "last year", "not on", "not touched", "every
 * night", "we run out", "enabling", and "nobody": "kasi" alone is Tagalog "because"); and the phrases of Bulgarian,
 * Romanian, Serbian, Croatian, Polish, Italian, Tamil, Telugu, Greek, Somali and Amharic as their operators type them
 * in Latin letters ("ne sme go pipali", we have not touched it; "den exoume ksanadei", no more seen).
 */
const SAID_AS_ONE: Readonly<Record<string, string>> = {
  'whats an': 'what is an', 'whats a': 'what is a',
  'chamadas por segundo': 'calls per second', 'llamadas por segundo': 'calls per second', 'no meio': 'in between',
  'deja pasar': 'let', 'deixa passar': 'let', 'agotamiento de puertos': 'port exhaustion', 'jante chai': 'wondering',
  'az vaghti': 'since', 'bad az': 'after', 'khamooshesh kardim': 'we turned it off', 'dorost shod': 'got fixed',
  'hanooz nakardam': 'not yet enabled it', 'sal e pish': 'last year', 'roshan nist': 'not enabled',
  'dast nakhorde': 'not touched', 'har shab': 'every night', 'kam miarim': 'run out', 'faal kardan e': 'enabling',
  'kasi chiz': 'nobody', 'ne sme': 'we have not', 'ne sme go pipali': 'we have not touched it',
  'ot togava': 'since then', 'ne sa registrirani': 'are not registered', 'kakvo da pravim': 'what should we do',
  'ot kak': 'since', 'mozhe li da e ot': 'could it be from', 'pozvaniyata ne minavat': 'calls do not go through',
  'ot instalaciyata': 'since installation', 'no tova sa': 'but these are', 'ne se sazdavat': 'are not created',
  'skochi nad': 'jumps above', 'svarshvat li portovete': 'are the ports running out',
  'nu e problema cu': 'not the problem with', 'am verificat': 'we checked',
  'lasa rst urile sa treaca': 'lets the rst through', 'din cauza': 'because of', 'a avut pana': 'had an outage',
  'credeam ca': 'we thought', 'de fapt': 'actually', 'problema a fost': 'the problem was',
  'cablu defect': 'faulty cable', 'de doua zile': 'for two days', 'nu mai pot iesi': 'can no longer go out',
  'apeluri noi': 'new calls', 'dupa ce am activat': 'after we enabled', 'de acasa': 'at home', 'in spatele': 'behind',
  'pierd inregistrarea': 'lose registration', 'la fiecare cateva minute': 'every few minutes',
  'dupa schimbarea': 'after changing', 'tot cad din inregistrare': 'keep dropping from registration',
  'inainte nu era asa': 'before it was fine', 'sve radi': 'everything works', 'od kad': 'since', 'od kada': 'since',
  'su opet registrovani': 'are registered again', 'mozete zatvoriti tiket': 'you can close the ticket',
  'istekla licenca': 'licence expired', 'svako vece': 'every evening', 'ne mozemo': 'we cannot',
  'nove pozive': 'new calls', 'po danu ok': 'daytime ok', 'falszywy alarm': 'false alarm',
  'nie byl wlaczany': 'was not enabled', 'skarza sie': 'complain',
  'po zmianie': 'after the change', 'za mikrotikiem': 'behind mikrotik',
  'raz sa zarejestrowane raz nie': 'registration flapping', 'co minute': 'every minute', 'od tygodnia': 'for a week',
  'co wieczor': 'every evening', 'nowe polaczenia': 'new connections', 'w nocy': 'at night',
  'zero problemow': 'zero problems', 'z flaga r': 'with tcp flags r', 'od momentu': 'since',
  'klienci zglaszaja': 'clients report', 'nieudane polaczenia': 'failed calls', 'od kiedy': 'since',
  'nie dochodza do skutku': 'fail', 'poza sesja': 'out of state', 'co zrobic': 'what should we do',
  'jest na on': 'is on', 'nu aveau legatura cu': 'had nothing to do with', 'giu a': 'down in',
  'dar de fapt': 'but actually', 'era un cablu defect': 'it was a faulty cable',
  'merg fara probleme': 'are working fine', 'nikad nije bio ukljucen': 'was never enabled',
  'mora biti nesto drugo': 'must be something else', 'izvan spice': 'off peak',
  'traca rejestracje': 'lose registration', 'zamykanie polaczen na rst': 'closing connections with rst',
  'edhuvum broken illa': 'nothing broken', 'rst enable pannalama': 'should we enable rst',
  'enable pannalama': 'should we enable it', 'apdi illa': 'not like that', 'blog la': 'in a blog',
  'forum la': 'in a forum', 'random ga': 'randomly', 'off cheste': 'off', 'block chestunnayi': 'blocking',
  'lab exercise': 'lab exercise', 'apo tote pou': 'since', 'apo tote': 'since then',
  'exoume thema': 'we have a problem', 'ola kala': 'all fine', 'den mporei na': 'cannot',
  'den exoume ksanadei': 'no more seen', 'den to exoume ksanadei': 'no more seen it', 'diko tous': 'their own',
  'oxi ston diko mas': 'not ours', 'o dikos mas einai ok': 'our own switch is ok', pernysi: 'last year',
  'to lysate': 'you solved it', 'apla to anaferw gia to istoriko': 'just for the record',
  'diakopi reumatos': 'power cut', 'den einai to rst': 'it is not the rst', 'telika itan': 'turned out to be',
  'lathos synagermos': 'false alarm', 'to kleisate': 'you turned it off', 'ksemenei apo': 'runs out of',
  'se tcp': 'on tcp', 'piso apo': 'behind', 'meta tin allagi': 'after the change',
  'osa einai udp douleuoun': 'the udp ones work', 'den ksanakanoun register': 'do not register again',
  'close mode se reset': 'close mode to reset', 'gia ligo': 'for a while', 'kanw rollback': 'should i roll back',
  'ti kanoume': 'what should we do', 'ti rythmisi proteinete': 'what should we set', 'pws to lynoume': 'how to fix it',
  'einai to fortio': 'is it the load', 'arkei na to megalwsoume': 'should we increase it', 'dobryi den': 'good day',
  'dobry den': 'good day', 'allagi tou domain': 'domain change', 'erwtisi gia ekpaideusi': 'training question',
  'emeis den exoume': 'we do not have', 'paradeigma gia': 'example for', 'den exoume provlima': 'we have no problem',
  'oxi o dikos mas': 'not ours', 'den mas epireazei': 'does not affect us', 'meta ta mesanyxta': 'after midnight',
  'meta tin allagi tou domain': 'after the domain change', 'pytam sa len': 'just asking',
  'ti rythmiseis proteinete': 'what settings should we change', 'ka dib': 'after', 'ka dambeeya': 'behind',
  'tan iyo markii': 'since', 'markii aan': 'when we', 'tan iyo markaas': 'since then', 'la shiday': 'was enabled', 'waa caadi': 'is normal',
  'wax walba waa caadi': 'everything is normal', 'wax dhib ah ma qabo': 'are fine', 'xalay kasta': 'every night',
  'calls cusub ma baxaan': 'new calls do not go out', 'saacadaha aamusnaanta': 'quiet hours',
  'registration ku wuu dhacaa': 'registration drops', 'waxay jabisay registration': 'broke the registration',
  'xafiisyada udp isticmaala waa caadi': 'the offices using udp are fine', 'saddex maalmood ka hor': 'three days ago',
  'router ka guriga': 'home router', 'waa madhan yahay': 'is empty', 'ma caawin karaa': 'can it help',
  'kama aha kayaga': 'not ours', 'server kayaga waa caadi': 'our own switch is ok', 'sanadkii hore': 'last year',
  'waa la hagaajiyay': 'was fixed', 'koronto laaan': 'power outage', 'way lumiyaan': 'are lost',
  'routers behuala': 'behind routers', 'router behuala': 'behind router', 'rst ma aha': 'not the rst',
  'hadda way soo noqdeen': 'now they are back', 'toddobaadkii hore': 'last week',
  'waxba ma jiraan hadda': 'nothing now', 'ticket ka xir fadlan': 'please close the ticket',
  'tcp gabi ahaanba ma jiro': 'no tcp at all', 'rst kuma lug leh': 'rst has nothing to do with it',
  'jemro yelem': 'down', 'be mnm gize alabranewm': 'we never enabled it',
  'public ip achinin kekeyere': 'changed our public ip', 'kedimo ticket': 'old ticket',
  'tetefto new ahun': 'was removed', 'ticket zgaw': 'close the ticket', 'mekfet alchalem': 'cannot open',
  'eyatu new': 'are losing', 'wede off mimeles alebin': 'should we revert to off',
  'kenabere jemro': 'since it was enabled', 'bet lay yemiseru': 'working from home',
  'register ayadergum': 'cannot register', 'wey rst lazga': 'or turn off rst', 'ka hor': 'ago',
  'mata lay': 'in the evening', 'expiry date waa shalay': 'account expired yesterday', 'hadda waa ok': 'fixed now',
  'hadda waa caadi': 'fixed now', 'waxaa sababay': 'caused by',
};
/**
 * Russian in Latin letters read as one (SYMPTOM_JOINS): "v poryadke" (in order, fine), all fine, something, in the morning, a
 * "white" (public) IP, registered now and then ("to registriruyutsya to net"), as soon as ("как только", read "how only").
 */
const RUSSIAN_LATIN: Readonly<Record<string, string>> = {
  'v poryadke': 'fine', 'vse ok': 'all fine', 'chto to': 'something', 'chto-to': 'something', utrom: 'in the morning',
  'belym ip': 'public ip', 'belye ip': 'public ip', 'belyj ip': 'public ip',
  'to registriruyutsya to net': 'registration unstable', 'to registriruetsya to net': 'registration unstable',
  'how only': 'as soon as',
};
/** Thai written in Latin letters, read as one (SYMPTOM_JOINS): behind NAT ("lang" alone is Tagalog "only"), cannot, the ports used up, came back, thanks, we turned off ("pid" alone is a process id). */
const THAI_LATIN: Readonly<Record<string, string>> = {
  // Thai in Latin letters, in fresh hands: simulated in a lab, done for learning
  'jam long': 'simulate', 'puea rian': 'for learning',
  'lang nat': 'behind nat', 'phan nat': 'behind nat', 'mai dai': 'cannot', 'ports mod': 'ports exhausted', 'klap ma': 'back',
  'khob khun': 'thanks', 'register lud': 'registration dropped', 'rao pid': 'we turned off',
  'ne startuet': 'does not start', 'ne zapuskaetsya': 'does not start', 'ne podnimaetsya': 'does not come up',
  'ne otkryvaetsya': 'does not open', 'ne mozhet': 'cannot', 'ne mozhem': 'cannot', 'ne mogu': 'cannot',
  'ne mogut': 'cannot', 'ne registriruyutsya': 'do not register', 'ne registriruetsya': 'does not register',
  'ne reyestruyutsya': 'do not register', 'ne reyestruyetsya': 'does not register',
  'ne rabotaet nichego': 'nothing works', 'ne rabotaet': 'does not work', 'ne pratsyuye': 'does not work',
  'ne idut': 'do not go through', 'ne prohodyat': 'do not go through', 'ne prohodili': 'did not go through',
  'ne zakryvayutsya': 'do not close', 'ne zavershayutsya': 'do not end', 'ne zavershuyutsya': 'do not end',
  'ne osvobozhdayutsya': 'are not released', 'ne dohodit': 'does not arrive', 'ne propuskaet': 'does not let through',
  'ne ustanavlivayutsya': 'are not established', 'ne sozdayutsya': 'cannot be created',
  'ne otkryvayutsya': 'do not open', 'ne vidkryvaye': 'cannot open', 'ne trymayut': 'do not keep',
  'ne vidny': 'not visible', 'ne vidno': 'not visible', 'ne menyali': 'did not change', 'ne menyal': 'did not change',
  'ne trogali': 'not touched', 'ne trogaem': 'do not touch', 'nichego ne trogaem': 'we change nothing',
  'nichego ne delaem': 'we do nothing', 'nichego ne nado': 'no need to change anything', 'ne srochno': 'not urgent',
  'ne prod': 'not production', 'ne rst': 'not the rst', 'ne nash server': 'not our server',
  'ne u nas': 'not on our side', 'eto ne u nas': 'this is not on our side', 'tochno ne': 'definitely not',
  'ne bylo': 'there was no', 'takogo ne bylo': 'this never happened', 'ne bespokoites': 'do not worry',
  'ni pri chem': 'has nothing to do with it', 'ne otnositsya': 'does not apply',
  'nikto nichego ne menyal': 'nobody changed anything', 'problem net': 'no problems', 'problem nemaye': 'no problems',
  'oshibok net': 'no errors', 'nikakih oshibok net': 'no errors at all', 'schitaetsya normoi': 'is considered normal',
  'voprosov net': 'no questions', 'poka net': 'not yet', 'ili net': 'or not', 'uzhe net': 'no longer exist',
  'rst net voobshche': 'no rst at all', 'ego net': 'it is not there', 'bez problem': 'without problems',
  's teh por kak': 'since', 's teh por': 'since then', 's momenta': 'since', 'posle togo kak': 'after',
  'pislya togo yak': 'after', 'same pislya': 'right after', 'posle etogo': 'after that', 'do etogo': 'before that',
  'do rst vse': 'before rst all', 'mesyats nazad': 'a month ago', 'dnya nazad': 'days ago', 'dney nazad': 'days ago',
  'nedeli nazad': 'weeks ago', 'chasa nazad': 'hours ago', 'do sih por': 'still', 's utra': 'since the morning',
  'z rana': 'since the morning', 's vchera': 'since yesterday', 's segodnya': 'since today',
  'na proshloi nedele': 'last week', 'ostannii tyzhden': 'last week', 'kazhdyi den': 'every day',
  'kazhdyi vecher': 'every evening', 'chas pik': 'peak hour', 'v pik': 'at peak', 'u pikovi hodyny': 'at peak hours',
  'pid navantazhennyam': 'under load', 'cherez chas': 'an hour later', 'cherez minutu': 'a minute later',
  'cherez raz': 'every other time', 'dobryi vecher': 'good evening', 'kak tolko': 'as soon as',
  'kak postavili': 'since we set', 'u nas bylo': 'we had', 's proshlogo': 'since last', 'pry vyhidnyh': 'on outgoing',
  'na grafike': 'on the graph', 'padaet asr': 'asr drops', 'rastet do': 'grows to',
  'dumaem zaranee vklyuchit': 'plan to enable', 'svet vyrubili': 'power was cut',
  'iz rozetki vytashchila': 'unplugged it', 'istek sertifikat': 'the certificate expired',
  'my vklyuchili': 'we enabled', 'my ne menyali': 'we did not change', 'my otklyuchili': 'we turned off',
  'sdelali rst': 'enabled rst', 's rst': 'with rst', 'rezhym zakryttya tcp': 'tcp close mode',
  'rezhima zakrytiya tcp': 'tcp close mode', 'rezhym zakryttya tcp na reset': 'tcp close mode to reset',
  'rezhima zakrytiya tcp na reset': 'tcp close mode to reset', 'perestali derzhat': 'cannot keep',
  'tak i visit': 'keeps hanging', 'padaet do': 'drops to', 'kto-to': 'someone', 'kto to': 'someone',
  'kogda-to': 'once', 'iz-za': 'because of', 'iz za': 'because of', 'na servere': 'on the server',
  'na hoste': 'on the host', 'na tot zhe': 'on the same', 'na tom zhe': 'on the same', 'na routere': 'on the router',
  'na telefone': 'on the phone', 'na staroi rabote': 'at my old job', 'na storone shlyuza': 'on the gateway side',
  'na storone': 'on their side', 's nashei storony est': 'on our side it is there',
  'na drugoi storone za firewall': 'on the other side behind the firewall', 'za routerami': 'behind routers',
  'za obychnym routerom': 'behind a normal router', 'za domashnim nat': 'behind home nat',
  'za ofisnym nat': 'behind office nat', 'za svoim routerom': 'behind its own router', 'vse kto': 'everyone',
  'te u kogo': 'those with', 'u nas': 'we have', 'u nih': 'they have', 'u klienta': 'the customer has',
  'u menya': 'i had', 'kak oni govoryat': 'as they say', 'k nim dostupa ne imeem': 'we have no access to them',
  'chem-to mozhem pomoch': 'can we help somehow', 'u partnera': 'the partner company', 'u druga': 'a friend',
  'pishet chto': 'says that', 'no teper': 'but now', 'no eto': 'but this', 'ale teper': 'but now',
  'chto delat': 'what should i do', 'shcho robyty': 'what should i do', 'kak byt': 'what should i do',
  'chto krutit': 'what should i tune', 'chto takoe': 'what is', 'shcho take': 'what is',
  'v chem raznica': 'what is the difference', 'chto eshche': 'what else', 'chto budet': 'what will happen',
  'potomu chto': 'because', 'tak chto': 'so', 'eto normalno': 'is this normal', 'eto norma': 'this is normal',
  'vse norm': 'all fine', 'vse ravno': 'still', 'vse eshche': 'still', 'eto svyazano': 'is it related',
  'chisto interesno': 'just curious', 'iz lyubopytstva': 'out of curiosity',
  'prosto dlya ponimaniya': 'just to understand', 'dlya konteksta': 'for context', 'dlya otcheta': 'for a report',
  'uchebnyi keis': 'a case study', 'predstavim chto': 'imagine that', 'lozhnaya trevoga': 'false alarm',
  'zakryvaem tiket': 'close the ticket', 'stoit li': 'should', 'pravilno ponimayu': 'do i understand correctly',
  'nado li': 'do we need', 'mozhet byt': 'maybe', 'kak budto': 'as if', 'kak bylo': 'as it was',
  'kak i byl': 'as before', 'kak pravilno': 'how to do it properly', 'kak luchshe': 'what is the best way',
  'kak proverit': 'how to check', 'kak nayti': 'how to find', 'kak posmotret': 'how to see',
  'kak ponyat': 'how to tell', 'kak dobavit': 'how to add', 'kak vyklyuchit': 'how to turn off', 'bud laska': 'please',
  'po tcp': 'over tcp', 'tot zhe': 'the same',
  'u nas on': 'here it is',
  'rasskazhu istoriyu': 'let me tell a story', 'dlya dokumenta': 'for the documentation',
  'audit prosit obyasnit': 'the audit asks to explain',
  'rst u nas off': 'rst is off here',
};
/** Vietnamese, Malay, Indonesian and Javanese phrases read as one (SYMPTOM_JOINS). */
const VIETNAMESE_MALAY: Readonly<Record<string, string>> = {
  // Vietnamese without its accents, in fresh hands: explain, the ones (on UDP) are not affected, nobody complains
  'giai thich': 'explain', 'thi khong bi': 'are not affected', 'ko ai keu': 'nobody complains', 'khong ai keu': 'nobody complains',
  // Malay: keeps dropping ("asyik cut"); Vietnamese: a power cut, the power back, dropping no more ("bỏ drop")
  'asyik cut': 'keep dropping', 'asyik putus': 'keep dropping', 'mat dien': 'power cut', 'co dien lai': 'power back',
  'bo drop': 'instead of dropping',
  'vai tram': 'a few hundred', 'la gi': 'what is', 'dong ticket': 'close the ticket', 'that bai': 'failed',
  'nuot mat': 'drops', 'can nhac': 'considering', 'nak tahu': 'wondering', 'puluh ribu': 'tens of thousands',
  'chua bao gio': 'never', 'chua tung': 'never', 'doi tac': 'partner', 'ko phai': 'not', 'cau hoi': 'question',
  // an exam or interview question ("câu hỏi ôn thi", "câu hỏi phỏng vấn"): asked to learn, not a fault
  'cau hoi on thi': 'exam question', 'cau hoi thi': 'exam question', 'cau hoi phong van': 'interview question',
  'trieu chung': 'symptoms', 'ko co loi gi': 'no errors', 'xay ra': 'happening', 'la do': 'due to',
  'khoi check': 'no need to check', 'hom qua': 'yesterday', 'tat rst': 'turn off rst', 'server ben e': 'our server',
  'truoc do': 'before that', 'ket noi': 'connections', 'da tat': 'turned off', 'ko con': 'no longer',
  'sau do': 'after that', 'het loi': 'no more errors', 'het ephemeral port': 'ran out of ephemeral ports',
  've lai binh thuong': 'back to normal', 'register lai het roi': 'all registered again', 'tat di': 'turn it off',
  'tat ca': 'all', 'register lai': 'registered again', 'cam on': 'thanks', 'sau khi': 'after', 'sau nay': 'later',
  'hien tai': 'currently', 'hoi de biet': 'just asking', 'server cu': 'old server', 'server moi': 'new server',
  'ko con nua': 'no longer happens', 'mat register': 'lost registration', 'mat dang ky': 'lost registration',
  'doi ip': 'changed ip', 'ko lien quan': 'not related', 'da xu ly': 'already fixed', 'tuan truoc': 'last week',
  'bay gio': 'now', 'on het': 'all fine', 'tu xu ly': 'handle it themselves', 'ko sao': 'fine',
  // Vietnamese in fresh hands: a few dozen, switch to, nothing changed yet, asking first, hanging, if we enable,
  // not changed, the mobile network's NAT, all dropped, only the UDP ones up, this week, dropped to, noted down, closed, for
  // the knowledge base, confirmed, out of ports, tens of thousands, cannot call, complain, allow
  'vai chuc': 'a few dozen', 'chuyen qua': 'switch to', 'chua doi gi': 'nothing changed yet', 'hoi truoc': 'asking first',
  treo: 'hanging', 'neu minh chuyen qua rst': 'if we enable rst', 'ko doi': 'not changed',
  'khong doi': 'not changed', 'nat nha mang': 'mobile network nat', 'udp bi nha mang chan': 'udp is blocked by the mobile operator',
  'dut het': 'all lost registration', 'chi con may dang ky udp la len thoi': 'only the udp ones are up', 'tuan nay': 'this week', 'giam con': 'dropped to',
  'ghi chu lai': 'for the record', 'da dong': 'closed', 'luu vao kb': 'for the knowledge base', 'xac nhan ok': 'confirmed ok',
  'het cong': 'ran out of ports', 'may van': 'tens of thousands', 'goi ko duoc': 'cannot call', 'phan nan': 'complain',
  'cho phep': 'allow',
  'gio cao diem': 'peak hours', 'cao diem': 'peak', 'thap diem': 'off peak', 'goi ra': 'outgoing', 'ko dc': 'fail',
  'binh thuong': 'normal', 'chuc nghin': 'tens of thousands', 'chi nhanh': 'branch', 'qua nat': 'behind nat',
  'online tu': 'online from', 'may ban': 'desk phones', 'tu luc': 'since', 'chuyen sang': 'switched to',
  'ko doi gi': 'changed nothing', 'ko giu register': 'cannot stay registered', 'bat dau': 'started',
  'trung port': 'port conflict', 'tahun lalu': 'last year', 'minggu lalu': 'last week', 'bulan lalu': 'last month',
  'cuma mau tau': 'just asking', 'sama sekali': 'at all', 'ora iso': 'cannot', 'nang mburi': 'behind',
  'kita belum': 'we have not', 'kita gak': 'we do not', 'kita tidak': 'we do not', 'kita nggak': 'we do not',
  'kita matiin': 'we turned off', 'sisa hari': 'rest of the day', 'piye carane': 'how to', 'gimana cara': 'how to',
  'apa perlu': 'do we need to', 'kasus nyata': 'real case', 'lewat router': 'behind router',
  'sering ilang': 'often lost', 'pake rst': 'using rst',
  'lepas on': 'after turning on', 'lepas enable': 'after enabling', 'lepas upgrade': 'after the upgrade',
  'kat rumah': 'at home', 'log kata': 'the log says', 'nak roll back ke': 'should we roll back',
  'boleh rollback': 'can we roll back', 'boleh roll back': 'can we roll back', 'call banyak putus': 'many calls dropped',
  'call putus': 'calls dropped', 'macam mana': 'what should we do', 'asr turun': 'asr dropped',
  'turun teruk': 'dropped badly', 'tak naik': 'did not start', 'tak keluar': 'does not open',
  'tak terjejas langsung': 'not affected at all', 'tak terjejas': 'not affected', 'takde la': 'no',
  'log bersih': 'the log is clean', 'sebab elektrik': 'because of a power cut', 'tak ada rst kena drop': 'no rst dropped',
  'kena drop': 'dropped', 'tiada isu baru': 'no new issue', 'sejak tu': 'since then', 'untuk arsip': 'for the archive',
  'tiket lama': 'old ticket', 'takde masalah pun': 'no problem at all', 'pening nak baca': 'confusing to read',
  'nak tanya': 'just asking', 'perlu ke': 'do we need to', 'takut rosak': 'afraid to break it', 'tak boleh': 'cannot',
  'nak dokumentasi': 'want to document', 'call tak putus': 'calls did not drop', 'saya jawab': 'i answered',
  'tak ada laporan': 'no reports', 'betul ke': 'is that right',
  'tak boleh terus': 'could it not just', 'dah check': 'already checked',
  'bukan kerana': 'not because', 'limit register': 'registration limit', 'dah penuh': 'is full',
};
/**
 * Phrases of Haitian Creole, Jamaican and Trinidadian English, French typed fast, and Nepali and Sinhala in Latin letters
 * read as one (SYMPTOM_JOINS), where a word alone means something else: Haitian "pa" (not) and "pake" (packets; Indonesian
 * "pake" is "use"), Patois "wi" (we; "Wi-Fi" keeps it), Nepali "on … chaina" (not switched on), Sinhala "hari una" (got fixed).
 */
const CREOLE_FRENCH_NEPALI: Readonly<Record<string, string>> = {
  'pa anrejistre': 'not registered', 'pa rete anrejistre': 'do not stay registered', 'deye route': 'behind router',
  'route lakay': 'home router', 'pake rst yo': 'rst packets', 'bloke pake': 'blocks packets', 'le pik': 'peak hours',
  'plis pase': 'more than', 'tout bagay byen': 'everything fine',
  'pa seve pa nou': 'not our server', 'se pa': 'it is not', 'pa bloke anyen': 'blocks nothing', 'pa gen': 'no',
  'avan sa': 'before that', 'kisa pou nou fe': 'what should we do', 'rete pann': 'hang', 'kounye a': 'now',
  'se sou': 'it is on', 'pa sou': 'not on', 'yon patne': 'a partner', 'eh registering': 'not registering',
  'eh working': 'not working', 'did think': 'thought', 'wi turn': 'we turn', 'if wi': 'if we', 'wi nuh': 'we do not',
  'wi have': 'we have', 'wi nah': 'we have not', 'close di ticket': 'close the ticket', 'mi did think': 'i thought',
  'pa gen entenet': 'no internet', 'kouran an te koupe': 'power was cut',
  'pa limen': 'not powered on', 'sou po': 'to port', 'pa gen apel ki echwe': 'no calls fail',
  'tout bagay mache': 'everything works', 'ki kantite': 'how many', 'remete l off': 'put it back off',
  'se jis pou rapo a': 'just for the report', 'bloke kont': 'blocked the account', 'doh think': 'do not think',
  'nuh fail': 'failed', 'ferme le ticket': 'close the ticket', 'jamais active': 'never enabled',
  'plus de coupures': 'no more drops', 'va bien': 'fine', 'accepte que': 'accepts only', 'une question': 'a question',
  'on nai chaina': 'not on', 'on gareko chaina': 'have not enabled it', 'on kale nehe': 'have not enabled it',
  'plan matra': 'just planning', 'off garepachi': 'after turning it off', 'fix bhayo': 'got fixed',
  'hari giya': 'got fixed', 'hari una': 'got fixed', 'eth dan': 'but now', 'pichhlo hapta': 'last week',
  'gihiya awurudde': 'last year', 'hodata yanawa': 'working fine', 'hodata wada': 'working fine', 'nati wenawa': 'lost',
  'nathi wenawa': 'lost', 'register wenne nehe': 'cannot register', 'mokakda karanna one': 'what should we do',
  'garda bata': 'since', 'online rahadainan': 'cannot stay registered', 'jankari matra': 'just for information',
  'report ko lagi matra': 'just for the report', 'garnu parena': 'no need to', 'restart wenawa': 'keeps restarting',
  'ehema deyak nehe': 'no such problem now', 'kunai issue chaina': 'no issue',
};
/** Kurdish, Cebuano, Khmer, Lao and Burmese phrases as typed in Latin letters, read as one (SYMPTOM_JOINS). */
const KURDISH_CEBUANO_INDOCHINA: Readonly<Record<string, string>> = {
  'ji ber ku': 'because', 'ji bo': 'for', 'ne ya me': 'not ours', 'ne ye me': 'not ours',
  'ne tekildari': 'not related to', 'her tist bas e': 'everything is fine', 'hemu bas in': 'all fine',
  'tistek tune': 'nothing wrong', 'par sal': 'last year', 'plan e': 'just a plan',
  'he me nekiriye': 'we have not done it yet', 'hat vekirin': 'was enabled', 'register nabin': 'do not register',
  'register nabn': 'do not register', 'la dway': 'after', 'la mal': 'at home',
  'hich kesha nabu': 'there was no problem', 'derbas dibin': 'pass through',
  'pesi min fikir kir': 'at first i thought', 'min fikir kir': 'i thought', 'bi xwe': 'ourselves',
  'ne traffic a rast': 'not real traffic', 'tene meraq': 'just curious', 'ji duhi ve': 'since yesterday',
  'ji sibe': 'since morning', 'bash a': 'fine', 'hamu shtek bash a': 'everything is fine',
  'zor supas': 'thanks a lot', 'off krd': 'turned off', 'bakar denin': 'use', 'winda dikin': 'lose',
  'pirs kir': 'asked', 'ez ci je re bibejim': 'what should i tell him',
  'bas e': 'is fine', 'bas in': 'are fine', 'bas bu': 'was fine', 'qet tune': 'none at all', 'risk tune': 'no risk',
  'tcp tune': 'no tcp', 'edi tune': 'no more',
  'domain-a sip': 'sip domain', 'ji bo rapor': 'just for the report', 'spas kak': 'thanks',
  'tene plan e': 'just planning', 'ji load test': 'from a load test', 'her deqiqe': 'every minute',
  'di navbera': 'between', 'rst mode dani': 'enabled rst mode', 'me rst dani': 'we enabled rst',
  'tistek xirab nine': 'nothing is broken', 'tistek xirab tune': 'nothing is broken', 'kesha niya': 'no problem',
  'tu pirsgirek tune': 'no problem', 'pirsgirek tune': 'no problem', 'pirsgirek nine': 'no problem',
  'le ew': 'but it',
  'eger em': 'if we', 'if em': 'if we', 'on bikin': 'turn on', 'rst on bikin': 'turn rst on',
  'ne traffic-a rast': 'not real traffic',
  'di maka': 'cannot', 'dili maka': 'cannot', 'wala man mi issue': 'we have no issue',
  'wala pa mi': 'we have not yet', 'wala na ang': 'no more', 'wala na': 'no more', 'ok ra': 'fine',
  'okay ra': 'fine', 'dili amoa': 'not ours', 'laing company': 'another company', 'nabasa sa': 'read in',
  'curious lang': 'just curious', 'nangutana lang': 'just asking', 'sa daan namong server': 'on our old server',
  'daan nga': 'old', 'gabii gabii': 'every night', 'gabii-gabii': 'every night', 'buntag hangtod hapon': 'daytime',
  'pag peak': 'at peak', 'bag-ong': 'new', 'bag-o': 'new', 'kung i-on namo': 'if we turn on',
  'kung i on namo': 'if we turn on', 'human ma': 'after', 'dili ni': 'not', 'walay labot': 'nothing to do with',
  'fixed na': 'fixed already', 'solve na': 'solved already', 'fix na': 'fixed already',
  'sa hapon': 'in the afternoon',
  'gi-on nako': 'i turned on', 'gi-on namo': 'we turned on', 'gi-on': 'turned on', 'i-on': 'turn on',
  'dili na maka': 'can no longer', 'di na maka': 'can no longer', 'pag-on sa': 'since turning on the',
  'bag-o na': 'new now', 'kaniadto pa sa': 'back in',
  'na-decommission na to': 'decommissioned already', 'sa peak': 'at peak', 'gi-check nako': 'i checked',
  'gi-check namo': 'we checked', 'para sa': 'for the',
  'ot ey te': 'no problem', 'ot baek': 'not enabled', 'ot mean': 'there is no', 'ot mean nat': 'without nat', 'yerng ot baek': 'we did not enable',
  'kroy baek': 'after enabling', 'kroy pdo': 'after changing', 'kroy mikrotik': 'behind mikrotik',
  'kroy nat': 'behind nat', 'kroy router': 'behind router', 'min register te': 'not registered',
  'min ban te': 'cannot', 'min ban': 'cannot', 'hz bat': 'then lost', 'call thmey bat': 'new calls fail',
  'bat registration': 'lost registration', 'pel yub': 'at night', 'mosel yub': 'last night',
  'thngai ok': 'daytime ok', 'chrern nas': 'very many', 'nov phteah': 'at home', 'tang pi baek': 'since enabling',
  'tang pi': 'since', 'ey ban': 'why', 'bet vinh': 'turn off again',
  'sum bet vinh ban te': 'can we turn it off again', 'ke baek': 'to enable', 'bo register': 'not registered',
  'bo mi khon pien nyang leuy': 'nobody changed anything', 'bo mi': 'do not have', 'bo men': 'is not',
  'bo men firewall hao': 'not our firewall', 'bo men server hao': 'not our server', 'hao bo mi': 'we do not have',
  'yang off yu': 'still off', 'ai pien pen off laew': 'someone changed it back to off',
  'register mot laew': 'all registered again', 'ton nee': 'now', 'tang tae mua wan': 'since yesterday',
  'tang tae': 'since', 'mua wan': 'yesterday', 'pen yang ai': 'what is wrong', 'ti pert': 'when enabling',
  'fix laew': 'fixed already', 'lo ma hote bu': 'is not the case', 'ma hote bu': 'is not',
  'problem ka': 'the problem is', 'phyit khae': 'was', 'pe mae': 'but', 'a kho': 'now', 'test pyi pyi': 'tested',
  'pien ip': 'changed ip', 'pien ip mai': 'changed to a new ip', 'ip kao': 'old ip', 'nai datacenter': 'in the datacenter',
  'pi khe mun': 'two months ago', 'ot mean batha ey': 'no problem at all', 'ot dach te': 'do not drop',
  'arkun chrern': 'thanks a lot', 'fix ban hz': 'fixed already',
  'ewa rst-tan off krd': 'you turned rst off', 'rst-tan off krd': 'you turned rst off',
  // Cebuano and Tagalog: behind ("luyo sa"), registering and then dropping off again and again ("mo-register dayon mawala",
  // "balik-balik"), a fault that goes away by itself at night ("mawala ra pag 11pm"), unregistered now ("unregistered na"),
  // how to go back to the old setting ("unsaon pagbalik sa daan"), whether it is related ("connected ba"), calls that no
  // longer go through ("ayaw na tumawag", "hindi na pumapasok"), and thousands said the Spanish way ("trenta mil") or the
  // Visayan way ("katloan ka libo", "28 ka libo").
  'luyo sa': 'behind the', 'sa luyo sa': 'behind the', 'dayon mawala': 'then loses registration', 'balik-balik': 'again and again',
  'mawala ra': 'goes away', 'unregistered na': 'unregistered now', 'unsaon pagbalik sa daan': 'how do we go back to off',
  'unsaon pag-balik sa daan': 'how do we go back to off', 'connected ba': 'is it related', 'konektado ba': 'is it related', 'i-off na lang': 'just revert it to off',
  'ayaw na tumawag': 'calls no longer go through', 'di na makatawag': 'calls no longer go through',
  'hindi na makatawag': 'calls no longer go through', 'hindi na pumapasok': 'no longer get through',
  'beinte mil': '20000', 'bente mil': '20000', 'trenta mil': '30000', 'treinta mil': '30000', 'kwarenta mil': '40000',
  'kuwarenta mil': '40000', 'singkwenta mil': '50000', 'kawhaan ka libo': '20000', 'katloan ka libo': '30000',
  'kap-atan ka libo': '40000', 'kapatan ka libo': '40000', 'kalim-an ka libo': '50000',
  // Only UDP on our phones ("UDP ra among phones"), registered again ("nag-register na"), an error fixed that never came back ("na-fix nyo na",
  // "hindi na bumalik"), read in a group ("nabasa ko sa"), not turned on ("hindi naman kami naka-on", "hindi pa namin na-enable"),
  // no issue now ("walang issue ngayon"), only wanting to know what a phrase means ("gusto ko lang malaman", "ano ibig sabihin
  // ng"), still learning ("nag-aaral pa"), all smooth ("smooth naman lahat"), only asking for a review ("pa-review lang"), before turning it on ("bago kami mag-on").
  'udp ra among': 'only udp on our', 'nag-register na': 'registers again now', 'nag-register na sila': 'they register again now',
  'na-fix nyo na': 'you fixed it already', 'na-fix na': 'fixed already', 'hindi na bumalik': 'never came back',
  'nabasa ko sa': 'i read in', 'hindi naman kami naka-on': 'we did not turn rst on', 'hindi pa namin na-enable': 'we have not enabled it yet',
  'hindi pa po namin na-enable': 'we have not enabled it yet', 'walang issue ngayon': 'no issue now', 'walang problema ngayon': 'no problem now',
  'gusto ko lang malaman': 'i just want to know', 'gusto lang namin malaman': 'we just want to know', 'ano ibig sabihin ng': 'what is the meaning of',
  'nag-aaral pa': 'still learning', 'smooth naman lahat': 'all smooth', 'pa-review lang': 'just asking for a review of', 'bago kami mag-on ng': 'before we turn on', 'bago kami mag-on': 'before we turn on',
};
/**
 * Swedish, Norwegian, Danish and Finnish without their letters, Malagasy, Mauritian Creole, the French of the Indian
 * Ocean and Mongolian in Latin letters, read as one (SYMPTOM_JOINS).
 */
const NORDIC_INDIAN_OCEAN_MONGOLIAN: Readonly<Record<string, string>> = {
  // Danish and Finnish in fresh hands: the one (RST) you switched on, what it means, there is no problem, just wanted to tell
  'den der': 'that', 'reset til': 'reset on', 'mita tarkoittaa': 'what does it mean', 'ei ole mitaan ongelmaa': 'there is no problem',
  'eika ongelmia ole': 'and there are no problems', 'halusin vaan kertoa': 'just wanted to tell',
  'bag den': 'behind the', 'sla rst fra': 'turn rst off', 'kom pa': 'came on', 'som invalid': 'as invalid',
  'det blev lost med': 'it was fixed with', 'blev lost': 'was fixed', 'siden har der ikke vaeret': 'since then there was not',
  'en eneste fejl': 'a single error', 'nasta manad': 'next month', 'ska vi lasttesta': 'we will load test', 'lasttesta': 'load test',
  'kaverin firmalla': 'at a friends company', 'ei teidan asiakas': 'not your customer', 'kaverin': 'a friends',
  'vi har flyttet': 'our office moved', 'kablene er ikke koblet til': 'the cables are unplugged from',
  'ingen grunn til panikk': 'no reason to panic', 'gar fint': 'works fine', 'blitt uregistrert': 'become unregistered',
  'skal vi sette': 'should we set', 'tilbake til': 'back to',
  'tar slut pa': 'run out of', 'tar slut': 'run out', 'trafiken toppar': 'traffic peaks',
  'inkommande funkar': 'incoming works', 'ingen annan process': 'no other process', 'gar inte upp': 'do not come up',
  'far timeout': 'get timeout', 'massor av': 'lots of', 'hvem har satt': 'who set',
  'ingen nye samtaler': 'no new calls', 'kommer de tilbake': 'they come back', 'ligger pa': 'is at',
  'portene brukt opp': 'ports used up', 'brukt opp': 'used up', 'kte fra': 'increased from',
  'okte fra': 'increased from', 'i gar': 'yesterday', 'paa': 'on', 'er det kernel greier': 'is it the kernel',
  'ut av registering': 'out of registration', 'virker ikke': 'does not work', 'funkar inte': 'does not work',
  'ei toimi': 'does not work', 'bag kundens': 'behind the customer', 'bag nat': 'behind nat',
  'bag routeren': 'behind the router', 'et par': 'a few', 'skrudde pa': 'turned on',
  'henger det sammen': 'is it related', 'vores natede kunder': 'our natted customers',
  'hvor vi satte': 'when we set', 'er synderen': 'is the culprit', 'satte den': 'set it', 'satt den': 'set it', 'er fine': 'are fine', 'ei pysty avaamaan': 'cannot open',
  'ei pysy': 'do not stay', 'ei muodostu': 'do not connect', 'natin takana': 'behind nat',
  'nat in takana': 'behind nat', 'takana': 'behind', 'kotiverkoissa': 'on home networks', 'putoaa pois': 'drop off',
  'putoaa': 'drop', 'valein': 'every', 'tama alkoi': 'this started', 'alkoi heti kun': 'started right when',
  'pois paalta': 'off', 'laitettiin': 'was set', 'reset laget pa': 'reset mode on', 'rst laget pa': 'rst mode on',
  'laget pa': 'mode on', 'kaikki ok': 'all ok', 'kaikki toimii': 'everything works', 'paverkas inte': 'not affected',
  'sen ni': 'since you', 'sen vi': 'since we', 'sen tcp': 'since the tcp', 'sen igar': 'since yesterday',
  'pa porten': 'on the port', 'pa tcp': 'on tcp', 'pa vos3000': 'on vos3000', 'pa vos': 'on vos',
  'mister registering': 'lose registration', 'mister registreringen': 'lose registration',
  'str msvigt': 'power outage', 'str mbrudd': 'power outage', 'str mbrud': 'power outage',
  'stromavbrott': 'power outage', 'stromsvigt': 'power outage', 'sahkokatko': 'power outage', 'er av': 'is off',
  'ingen har endret noe': 'nobody changed anything', 'ingen har endret': 'nobody changed',
  'rullet vi tilbake': 'we rolled back', 'fixade vi': 'we fixed', 'forra manaden': 'last month',
  'forrige maned': 'last month', 'nat helt annat': 'something else entirely', 'ljudet hackar': 'audio is choppy',
  'inte nat med': 'nothing to do with', 'en annen leverand': 'another provider', 'ikke oss': 'not ours',
  'ved en feil': 'by mistake', 'og na': 'and now', 'og naa': 'and now', 'kan inte': 'cannot', 'kan ikke': 'cannot',
  'nar vi nar': 'when we reach', 'lagre traffic': 'lower traffic', 'bak den': 'behind it',
  'ny public ip': 'new public ip', 'ny vlan': 'new vlan', 'ny ip': 'new ip', 'strømsvigt': 'power outage',
  'strømbrudd': 'power outage', 'strømbrud': 'power outage', 'en annen leverandør': 'another provider',
  'ny offentlig ip': 'new public ip', 'tsy misy': 'there is no', 'tsy olana': 'no problem',
  'very registration': 'lost registration', 'very ny registration': 'lost registration',
  'efa voavaha': 'already solved', 'taminny volana lasa': 'last month', 'mbola tsara': 'still good',
  'zava nitranga': 'incident', 'carte network no maty': 'the network card died', 'tsy nahy': 'by mistake',
  'tsy tafiditra': 'do not go through', 'inona no atao': 'what should we do', 'pa pe': 'not', 'pe marse': 'work',
  'pa pase': 'do not go through', 'pa lor demaraz': 'not at startup', 'pe tonbe': 'are dropping',
  'mo ti tronpe': 'i was wrong', 'tou ok': 'all ok', 'me kan': 'but when', 'napa tcp ditou': 'no tcp at all',
  'a court de ports': 'running out of ports', 'partent plus': 'no longer go out',
  'ne souvrent plus': 'no longer open', 'saturation des ports': 'ports exhausted', 'hors session': 'out of state',
  'rien ny fait': 'nothing helps', 'pas encore essaye': 'not yet tried', 'mandeha tsara ny antso': 'calls are fine',
  'mandeha tsara': 'works fine', 'fix tcp': 'tcp fix', 'inn enabled': 'was enabled',
  'bann lot korek': 'the others are fine', 'ki pa marse': 'that do not work', 'tery loatra': 'too narrow',
  'lor tcp': 'on tcp', 'ticket de la semaine derniere': 'ticket from last week',
  'ticket du mois dernier': 'ticket from last month', 'asaasnaas hoish': 'since enabling',
  'hiisnii daraa': 'after doing', 'on bolgosnii daraa': 'after turning on', 'bolgosnii daraa': 'after turning',
  'unaj bsan': 'were dropping', 'tsaana uldeed': 'stuck on the far side', 'report bichij bn': 'writing a report',
  'tuhain ued': 'at that time', 'tiimees ene shaltgaan bish': 'so this is not the cause',
  'ene shaltgaan bish': 'this is not the cause', 'asuudal alga': 'no problem',
  'rst mode manaid untarsan': 'rst mode is off', 'manaid untarsan': 'is off', 'off bolgoh uu': 'turn it off',
  'ted bugd': 'they all', 'port hurehgui': 'ports not enough', 'port duussan': 'ports ran out',
  'log oor duursen': 'log full of', 'manai server bish': 'not our server',
  'manaid fortigate ch baihgui': 'we do not have a fortigate', 'gej bichsen ni buruu': 'was written wrong',
  'yaj tooloh ve': 'how do i count', 'yaj ih cps uusgeh ve': 'how to generate high cps', 'hurch bn': 'reached',
  'ihsehed': 'when it increases', 'zugeer zugeer': 'all fine', 'demo lab': 'lab', 'tei hamaagui': 'not related',
  'tai hamaagui': 'not related', 'rst g': 'rst', 'drop hiij bgaa': 'is dropping', 'drop hiij bn': 'is dropping',
  'drop hiij is': 'is dropping', 'drop hiideg': 'drops', 'nuuts ug': 'password', 'nuuts ugee': 'password',
  'solisnii': 'after changing', 'tsahilgaan tasarsan': 'power cut', 'tasarsantai holbootoi': 'related to a cut',
  'manaih bish': 'not ours', 'iim zuil baihgui': 'no such thing', 'bolno gej aisan': 'we feared it would',
  'ymar ch': 'any', '1 sekundad': 'per second', 'sekundad': 'per second', 'nat gui': 'no nat',
  'port tsuun': 'few ports', 'gomdol irj': 'complaints coming', 'hoyulang ni': 'both',
  'tcp g udp bolgoj bolohgui': 'we cannot switch to udp', 'hangup hiigdehgui': 'do not hang up',
  'baga bolson': 'became low', 'nat tai': 'with nat', 'tai phone': 'phones',
  'register bolood l': 'registers and then', 'wifi tai': 'wifi', 'ip tei': 'ip', 'router tei': 'router',
  'fix iin': 'fix', 'hiij bgaa': 'doing', 'hiij bn': 'doing', 'yamar hereg ve': 'what is the point',
  'sain bnuu': 'hello', 'ss command baihgui': 'ss command missing', 'how to count': 'how to count',
  'tsahilgaan tasarsantai': 'power cut', 'bi ogt hiigeegui': 'i never turned it on', 'ogt hiigeegui': 'never did it',
  'unregistered bolno gej aisan': 'we feared would go unregistered',
  'alt virker fint': 'everything works fine', 'alt virker': 'everything works', 'allt funkar': 'everything works',
  'alt fungerer': 'everything works', 'kaikki toimii hyvin': 'everything works fine',
  'internet ajillahgui': 'internet does not work',
};
/**
 * Catalan, Basque and Galician, Twi, Ewe, Bemba and Chichewa, Tok Pisin, Bislama, Fijian, Samoan and Tongan, Guarani,
 * Quechua and Aymara with Spanish, read as one (SYMPTOM_JOINS).
 */
const IBERIA_AFRICA_PACIFIC_ANDES: Readonly<Record<string, string>> = {
  // Asked to act or to confirm the cause: French "pouvez-vous appliquer le correctif", "vous confirmez que c'est lié", Spanish
  // "¿lo miráis?" (will you look at it)
  'pouvez vous appliquer le correctif': 'can you apply the fix', 'pouvez-vous appliquer le correctif': 'can you apply the fix',
  'vous confirmez que cest lie': 'is it related',
  'lo mirais': 'can you look at it', 'lo pueden mirar': 'can you look at it',
  // Spanish: when a service is started ("al levantar el servicio", "al intentar iniciar"), a command's output ("salida de
  // netstat", not outgoing calls)
  'al levantar': 'when starting', 'al intentar iniciar': 'when starting', 'al intentar levantar': 'when starting',
  'salida de netstat': 'netstat output', 'salida del netstat': 'netstat output', 'salida de ss': 'ss output',
  // Portuguese: registration that vanishes ("o registro some a cada 2 min") or drops now and then ("cai de forma
  // intermitente"), a thing that has nothing to do with it
  'registro some': 'registration drops', 'registo some': 'registration drops', 'cai de forma intermitente': 'drops intermittently',
  'nao tem nada a ver': 'is not related',
  // Spanish "28 mil y pico" (28 thousand odd), a count, not the peak; connections "na TIME_WAIT" in Portuguese and
  // Kriolu (in TIME_WAIT), not Hindi's "not"
  'mil y pico': 'mil odd', 'mil y algo': 'mil odd', 'konekson na timewait': 'connections in timewait',
  'conexoes na timewait': 'connections in timewait', 'ligacoes na timewait': 'connections in timewait',
  // French: address translation (NAT), the way ("la façon dont", not "don't") the server closes its connections, a power cut
  'traduction adresses': 'nat', 'traduction dadresses': 'nat', 'la facon dont': 'the way', 'la maniere dont': 'the way',
  'coupure electrique': 'power cut', 'coupure de courant': 'power cut',
  // Spanish: no free ports left ("no quedan puertos libres")
  'no quedan puertos libres': 'no free ports', 'no quedan puertos': 'no ports left',
  // Catalan: since, this morning, at night, every day, last week, now …
  'des que': 'since', 'des de': 'since', 'des del': 'since the', 'des aquest': 'since this', 'aquest mati': 'this morning',
  'al mati': 'in the morning', 'a la nit': 'at night', 'cada dia': 'every day', 'cada tarda': 'every afternoon',
  'cada nit': 'every night', 'setmana passada': 'last week', 'ara el': 'now the', 'ara la': 'now the', 'ara les': 'now the',
  'ara els': 'now the', 'i ara': 'and now', 'ara tot': 'now everything', 'ara en': 'now', 'cap al': 'to the',
  'cap als': 'to the', 'cap a': 'to', 'cap trucada': 'no call', 'cap telefon': 'no phone', 'cap rst': 'no rst',
  'cap firewall': 'no firewall', 'sense llum': 'without power', 'sense ports': 'without ports',
  'sense problemes': 'without problems', 'ja no': 'no longer', 'ja esta': 'already', 'tot va be': 'everything is fine',
  'esta be': 'is fine', 'res de res': 'nothing', 'res de': 'no', 'no se si': 'not sure if', 'que vol dir': 'what does mean',
  'vol dir': 'means', 'de moment': 'for now', 'tot ok': 'everything ok', 'es queda': 'stays', 'es queden': 'stay',
  'donar de baixa': 'delete', 'no estan registrats': 'are not registered', 'no registren': 'do not register',
  'no ho he vist mai': 'i have never seen it', 'no hi ha cap': 'there is no', 'no pot ser': 'cannot be', 'fora de': 'outside',
  'a estones': 'intermittently', 'ez da': 'is not', 'ez dira': 'are not', 'ez du': 'does not', 'ez dute': 'do not',
  'ez dago': 'is not', 'ez daude': 'are not', 'ez dugu': 'we do not', 'ez ditu': 'does not', 'ez dut': 'i do not',
  'ez nuke': 'i would not', 'ez zaigu': 'does not', 'ezer ez': 'nothing', 'ez dugu inoiz': 'we have never',
  'huts egiten dute': 'fail', 'huts egiten du': 'fails', 'huts egin': 'fail', 'lankide batek': 'a colleague',
  'batek dio': 'says', 'hornitzaileak dio': 'the provider says', 'mila esker': 'thanks a lot',
  'egoeraz kanpoko': 'out of state', 'egoera ikuskatzen duen': 'stateful', 'ez du zerikusirik': 'has nothing to do with',
  'hala ere': 'anyway', 'beste aldean': 'on the other side', 'ez ditu pasatzen uzten': 'does not let them pass',
  'minutu gutxiro': 'every few minutes', 'nahastu egin naiz': 'i am confused', 'gertatuko litzateke': 'would happen',
  'ordu puntan': 'at peak hour', 'puntako orduetan': 'at peak hours', 'gainerako orduetan': 'the rest of the hours',
  'lan egiten dutenen': 'of the workers', 'sen rexistrar': 'unregistered', 'sen portos': 'without ports',
  'sen problemas': 'without problems', 'sen parar': 'nonstop', 'xa esta': 'already', 'xa non': 'no longer',
  'polo de agora': 'for now', 'nin sequera': 'not even', 'nos non temos': 'we do not have', 'cara ao': 'to the',
  'cara aos': 'to the', 'cara fora': 'outbound', 'so fallan': 'only fail', 'so en': 'only at', 'en punta': 'at peak',
  'cada tarde': 'every afternoon', 'todos os dias': 'every day', 'fora desa': 'outside this', 'normala da': 'is normal',
  'chamada caida': 'call dropped', 'trucades fallen': 'calls fail', 'fallen amb': 'fail with', 'noves fallen': 'new fail',
  'nomes fallen': 'only fail', 'fallen els': 'fail the', 'fallen per': 'fail because of', 'router nou': 'new router',
  'proveidor nou': 'new provider', 'client nou': 'new client', 'van donar de baixa': 'deleted', 'iprik hartzen': 'get an ip',
  'migrazioaren ondoren': 'after the migration', 'caeu a fibra': 'the fiber went down',
  'caeu a internet': 'the internet went down', 'a internet caiu': 'the internet went down', 'internet caiu': 'internet went down',
  'se cayo el internet': 'the internet went down', 'se cayo internet': 'internet went down', 'se corto la luz': 'power cut',
  'se fue la luz': 'power cut', 'corte de luz': 'power cut', 'corte de energia': 'power cut', 'acabou a luz': 'power cut',
  'faltou luz': 'power cut', 'queda de energia': 'power cut', 'xa volveu': 'already back', 'udp ben': 'udp fine', 'van ben': 'are fine',
  'todo ben': 'all fine', 'segueix a off': 'remains off', 'segueix en off': 'remains off', 'segue en off': 'remains off',
  'deu ser': 'must be', 'sera o': 'must be the', 'si activem': 'if we enable', 'se activamos': 'if we enable',
  'no hem activat': 'we have not enabled it', 'non o activamos': 'we have not enabled it',
  'ez dago aktibatuta': 'we have not enabled it', 'lankide batek dio': 'a colleague says', 'di que': 'says that',
  'nin sequera temos o': 'we do not even have the', 'no course': 'in the course', 'ese problema': 'that problem',
  'so queria': 'i only wanted', 'nunca o vimos': 'we never saw it', 'o resto do dia': 'the rest of the day',
  'la resta del dia': 'the rest of the day', 'va be': 'is fine', 'para que serve': 'what is the use of',
  'milaka dei': 'thousands of calls', 'no pengen': 'do not hang up', 'hem activat': 'we enabled', 'hem canviat': 'we changed',
  'hem posat': 'we put', 'hem vist': 'we have seen', 'hem tocat': 'we touched', 'temolo en off': 'we have it off',
  'ips bloquejades': 'blocked ips', 'en comptes de': 'instead of', 'tcp saio berririk irekitzen': 'open any new tcp sessions',
  'saio berririk irekitzen': 'open any new sessions', 'tcp konexio berririk irekitzen': 'open any new tcp connections',
  'konexio berririk irekitzen': 'open any new connections', 'bakarrik gertatzen da': 'only happens then',
  'me nua': 'brother', 'mepa wo kyew': 'please', 'nat akyi': 'behind nat', 'router akyi': 'behind router',
  'mikrotik akyi': 'behind mikrotik', 'no akyi': 'after that', 'bere biara': 'every time', 'firi bere a': 'since',
  'bere a': 'when', 'peak bere': 'at peak', 'saa bere no': 'at that time', 'da so': 'still', 'dada no': 'old',
  'ip dada': 'old ip', 'afe a atwam': 'last year', 'ansa na': 'before', 'wonni nat': 'public',
  'obiara nnsesaa': 'nobody changed', 'ntumi nregister': 'cannot register', 'fi mu': 'drop out',
  'router megbe': 'behind router', 'nat megbe': 'behind nat', 'mikrotik megbe': 'behind mikrotik', 'tso esi': 'since',
  'dzo le': 'dropped from', 'dzona le': 'drop from', 'wodzona le': 'they drop from', 'le nyuie': 'fine',
  'phones kata': 'all phones', 'calls kata': 'all calls', 'ports kata': 'all ports', 'trunks kata': 'all trunks',
  'wo kata': 'all', 'de on': 'to on', 'de rst': 'to rst', 'nukae nye': 'what is', 'pa numa ya': 'after',
  'pa numa ya router': 'behind router', 'pa numa ya nat': 'behind nat', 'pa numa ya mikrotik': 'behind mikrotik',
  'ukutula apo': 'since then', 'ili bwino': 'is fine', 'ili off': 'is off', 'ili pa nat': 'is behind nat',
  'kale fyonse': 'before everything', 'kale zonse': 'before everything', 'ili on': 'is on', 'kuseri kwa': 'behind',
  'kuyambira pamenepo': 'since then', 'njira yotsekera tcp': 'tcp closing method', 'sakutha kulembetsa': 'cannot register',
  'sakutha bwino': 'not ending properly', 'palibe vuto': 'no problem', 'alibe vuto': 'no problem', 'sabata yatha': 'last week',
  'chaka chatha': 'last year', 'ndi chiyani': 'what is', 'ikutanthauza chiyani': 'what does it mean', 'ali ndi': 'have',
  'yonse yapwa': 'are all used up', 'di dwuma no': 'use', 'di dwuma': 'use', 'no gyae registration': 'stopped registering',
  'gyae registration': 'stopped registering', 'ilafuma mu': 'drops from', 'yalafuma mu': 'drop from',
  'yafumine mu': 'dropped from', 'after rst no': 'after rst', 'mu no': 'in', 'udp ko': 'only udp',
  // Vietnamese "UDP ko sao", "UDP ko bị", Burmese "UDP ka ma phyit buu": the UDP ones are fine, not affected (not Luganda's
  // "only UDP")
  'udp ka ma phyit buu': 'udp fine', 'udp ko sao': 'udp fine', 'udp ko bi': 'udp not affected', 'udp khong sao': 'udp fine', 'udp khong bi': 'udp not affected',
  'tcp meli o': 'tcp not used', 'meli o': 'not available', 'nko ara': 'only', 'nni mu': 'not used', 'nyinaa k': 'all',
  'biribiara k': 'everything', 'firi saa': 'since then', 'report na meretwer': 'writing a report',
  'asiesie dada': 'fixed already', 'nu sia nu': 'everything', 'akpe na': 'thanks', 'umwaka wapwile': 'last year',
  'ndelemba fye': 'writing', 'fili bwino': 'is fine', 'zili bwino': 'fine', 'ngati atayatsa': 'if someone enables',
  'nga aishe': 'if', 'be ne ye': 'if', 'bia be ne ye': 'asks if', 'bia be': 'asks', 'pa server yathu': 'our server',
  'haw biara': 'problem at all', 'mete ase': 'i understand', 'la xe': 'blocks', 'abu registration': 'will lose registration',
  'router yeye': 'new router', 'carrier yeye': 'new carrier', 'server yeye': 'new server', 'provider yeye': 'new provider',
  'connection yeye': 'new connection', 'connections yeye': 'new connections', 'calls yeye': 'new calls',
  'socket yeye': 'new socket', 'phones yeye': 'new phones', 'firewall yeye': 'new firewall', 'trunk yeye': 'new trunk',
  'e kuku': 'please', 'e eve': 'two years', 'u register': 'register', 'u gbe': 'discards', 'tsi tre': 'stuck',
  'nuka ta': 'why', 'eya ta': 'so', 'cila nshita': 'every time', 'tatukwete ubwafya': 'we have no problem',
  'sikugwira ntchito': 'not working', 'ikugwira ntchito': 'working', 'timagwiritsa ntchito': 'we use',
  'nthawi zonse': 'always', 'zikuyenda bwino': 'working fine', 'nthawi ndi nthawi': 'from time to time',
  'le edzi nyuie': 'are fine', 'nhia s': 'no need to',
  'bihain long nat': 'behind nat', 'bihain long mikrotik': 'behind mikrotik', 'bihain long home': 'behind home',
  'bihain long router': 'behind router', 'stap bihain long': 'are behind', 'bihain long': 'after', 'behaen long': 'behind',
  'afta we': 'after', 'i stat long': 'started to', 'i go antap long': 'goes up to', 'pulap long': 'full of',
  'fulap wetem': 'full of', 'i go aut': 'goes out', 'long peak': 'at peak', 'long naet': 'at night', 'long log': 'in the log',
  'long moning': 'in the morning', 'long apinun': 'in the afternoon', 'be afta': 'but after', 'timewait i': 'timewait is',
  'stat long': 'since', 'rst i on': 'rst is on', 'mode i on': 'mode is on', 'reset i on': 'reset is on',
  'rst i off': 'rst is off', 'mode i off': 'mode is off', 'reset i off': 'reset is off', 'rst i go on': 'rst to on',
  'reset i go on': 'reset to on', 'sstcpclosereset i go on': 'sstcpclosereset to on', 'rst i go off': 'rst to off',
  'i go antap': 'goes up', 'i no gat': 'there is no', 'mi no gat': 'i do not have', 'no gat': 'no', 'no inap': 'cannot',
  'i no save': 'cannot', 'mi no save': 'i do not know', 'laik save': 'want to know', 'wantem save': 'want to know',
  'husat i save': 'who knows', 'no laik': 'not', 'no moa': 'no longer', 'no wok': 'not working', 'wok gut': 'works well',
  'go pinis': 'gone', 'i pinis': 'finished', 'olsem wanem': 'how', 'long wanem': 'because',
  'long wanem kaen': 'in what kind of', 'bilong skul': 'for study', 'blong skul': 'for study', 'wanem nao': 'what is',
  'i minim wanem': 'what means', 'wanem i min': 'what means', 'ting se': 'thought', 'talem se': 'said', 'tok se': 'says',
  'i tok': 'says', 'em tok': 'says', 'askem se': 'asked', 'ol i': 'they', 'ol kol': 'calls', 'nupela kol': 'new calls',
  'planti kol': 'many calls', 'plante kol': 'many calls', 'kol i': 'calls', 'kol i stat long': 'calls started to',
  'kol bai': 'calls would', 'wan kol': 'one call', 'kol nomo': 'calls only', 'go tru': 'go through', 'tru as': 'real cause',
  'udp tasol': 'udp only', 'tcp tasol': 'tcp only', 'na ol': 'and the', 'na em': 'and it', 'na i': 'and',
  'na nupela': 'and new', 'na olgeta': 'and all', 'na kastoma': 'and customer', 'na ntp': 'and ntp',
  'na pfsense': 'the pfsense', 'na fortigate': 'the fortigate', 'na leqa': 'the problem', 'baleta na': 'about',
  'na firewall ni': 'the firewall of', 'e drop na': 'drops the', 'drop tiko na': 'is dropping the', 'drop tu na': 'drops the',
  'vakaturi na': 'enabled the', 'na udolu na': 'thousand', 'vica vata na udolu': 'several thousand', 'ni drop na': 'drops the',
  'sa on na': 'turned on the', 'na kena': 'its', 'na vei': 'every', 'sega ni': 'not', 'sega ni dua e': 'nobody',
  'e dua na ka': 'anything', 'sega ni dua na leqa': 'no problem at all', 'sega na': 'no', 'sega niu': 'i did not',
  'sega ni rawa ni': 'cannot', 'sega ni rawata': 'cannot', 'ena ruku ni': 'behind', 'ruku ni': 'behind',
  'ni oti na': 'after the', 'ni oti': 'after', 'sa oti': 'finished', 'yabaki sa oti': 'last year',
  'macawa sa oti': 'last week', 'mai na': 'since the', 'ni kua': 'now', 'sa vinaka': 'is fine', 'bula vinaka': 'hello',
  'lako tani': 'lost', 'lako tani na': 'lost the', 'ga na': 'only the', 'cps ga': 'cps only', 'levu cake': 'increased',
  'levu sara': 'very many', 'phone kece': 'all phones', 'call kece': 'all calls', 'e kaya': 'says', 'e mate': 'is down',
  'oku mate': 'is down', 'ni mate': 'when down', 'ua le mafai': 'cannot', 'e le mafai': 'cannot', 'le mafai': 'cannot',
  'le toe': 'no longer', 'telefoni uma': 'all phones', 'tcp uma': 'all tcp', 'le toe i ai': 'no more',
  'i tua o le': 'behind the', 'i tua o': 'behind', 'talu ona': 'since', 'talu mai': 'since', 'ina ua': 'after',
  'ao lei': 'before', 'e lei': 'did not', 'te lei': 'did not', 'ua lei': 'did not', 'ki le rst': 'enabled the rst',
  'ki le sstcpclosereset': 'enabled the sstcpclosereset', 'ki ai le': 'enabled the', 'le rst': 'the rst',
  'le sstcpclosereset': 'the sstcpclosereset', 'le nat': 'the nat', 'na ki ai le': 'enabled the', 'na matou': 'we',
  'lipoti o le': 'report of the', 'e tatau ona ki': 'should we enable', 'e tatau ona': 'should', 'taimi pisi': 'peak',
  'taimi e pisi': 'peak', 'o loo': '', 'nao le': 'only', 'ua lelei': 'is fine', 'ua lelei nei': 'is fine now',
  'ua toe register': 'registered again', 'i to off': 'back to off', 'e lei toe tupu': 'no recurrence', 'lelei nei': 'fine now',
  'ua uma ona': 'already', 'ua uma': 'used up', 'na uma': 'ran out', 'pe a ou': 'if i', 'pe a oo': 'when reaching',
  'pe a fai': 'when making', 'ou te lei': 'i did not', 'lava se': 'any', 'i ai se': 'any', 'aso nei': 'today',
  'vaiaso na tea': 'last week', 'o le a le': 'what is the', 'mea uma': 'everything', 'galue lelei': 'working fine',
  'ona o le': 'because of the', 'e leai se': 'no', 'ou te': 'i', 'matou te': 'we', 'matou te lei': 'we did not',
  'fia malamalama': 'want to understand', 'oku ikai ke lava': 'cannot', 'ikai ke lava': 'cannot', 'ikai ha': 'no',
  'ikai ke': 'not', 'ikai ke mau on': 'we did not enable', 'ikai ke mau': 'we did not', 'ikai ke nau toe': 'they no longer',
  'ikai ke toe': 'no longer', 'too mei he': 'removed from the', 'a e': 'the', 'ikai ko e': 'not', 'i he mui o e': 'behind the',
  'mui o e': 'behind the', 'talu mei': 'since', 'talu mei he': 'since the', 'talu mei he on': 'since enabling',
  'mei he': 'from the', 'osi lelei': 'end properly', 'hili hono': 'after', 'hili emau': 'after our', 'hili a e': 'after the',
  'oku sai pe': 'is fine', 'sai pe': 'fine', 'kuo osi': 'finished', 'mahina kuoosi': 'last month', 'uike kuo osi': 'last week',
  'oku to': 'drop', 'ngaahi ui': 'calls', 'ha ui': 'calls', 'ko e ha': 'what is', 'fuu lahi': 'too many',
  'lahi aupito': 'very many', 'he taimi ni': 'now', 'emau on': 'we enabled', 'hono on': 'enabling', 'mau on': 'we enabled',
  'upei guive': 'since then', 'mbae ajapo': 'what should i do', 'mbaeicha ajapo': 'what should i do',
  'ojehu jey': 'happened again', 'che hae': 'i said', 'aipota aikuaa': 'i am curious', 'ohasa hagua': 'to let through',
  'ndaipori sesion': 'no session', 'ndoguahei dhcp': 'does not get dhcp', 'youtube pe': 'on youtube',
  'youtube-pe': 'on youtube', 'ndaipori ephemeral': 'no free ephemeral', 'ndaipori puerto libre': 'no free port',
  'jey jey': 'again and again', 'sapya sapya': 'every now and then', 'mana kanchu': 'not', 'mana ima': 'no',
  'mana pipas': 'nobody', 'mana allinchu': 'not ok', 'mana llamkanchu': 'not working', 'qayna tuta': 'last night',
  'qayna punchaw': 'yesterday', 'qayna punchawmanta': 'since yesterday', 'qayna wata': 'last year',
  'kimsa punchawmanta': 'for three days', 'imata ruwasaq': 'what should i do', 'imataq ruwana': 'what to do',
  'offman kutichisaqchu': 'should i revert to off', 'offman kutichinaychu': 'should i revert to off',
  'datosnin tukukurqan': 'ran out of data', 'off karqan': 'formerly off', 'kunas luranaxa': 'what should we do',
  'janiw kuna': 'no', 'jan waltawis': 'problem', 'jan waltawi': 'problem', 'jan ukax': 'or', 'jan walja': 'not many',
  'nayra semana': 'last week', 'nayra maranx': 'last year', 'masurut aksaru': 'since yesterday', 'pisi minuto': 'few minutes',
  'yatin munta': 'i am curious', 'qalltan pachax': 'when starting', 'nat janiw': 'no nat', 'luran amuyapta': 'should',
  'ma kuti': 'once', 'off ukar kuttayanati': 'should i revert to off',
  'fren blong mi': 'my friend', 'ko e fehalaaki ia': 'that was a typo',
};
/**
 * Sindhi, Balochi and Saraiki, Assamese, Odia and Meitei, Setswana, Sesotho, Sepedi and Xitsonga, Dutch and Flemish,
 * Papiamento and Sranan Tongo, read as one (SYMPTOM_JOINS).
 */
const INDUS_ASSAM_SOTHO_DUTCH: Readonly<Record<string, string>> = {
  // Malay: worse this time ("kali ani lebih teruk")
  'lebih teruk': 'worse',
  // What to do, asked at the end of a fault told: Nepali "k garne", "ke garne", Hindi and Punjabi "kya karein", "ki karein",
  // Turkish "ne yapmamız gerekiyor", "ne yapalım"
  'k garne': 'what to do', 'ke garne': 'what to do', 'kya karein': 'what to do', 'ki karein': 'what to do',
  'ne yapmamiz gerekiyor': 'what should we do', 'ne yapalim': 'what should we do',
  // Hindi, in Devanagari as scriptWords reads it: "किसी और java process ने ले रखा है" (some other process has taken it)
  'kisi and': 'another', 'kisi aur': 'another', 'ne le rakha': 'has taken',
  'korar pasot': 'after', 'korar pisot': 'after', 'korar pora': 'since', 'pasot pora': 'since', 'kora nohoi': 'not done',
  'hoi gol': 'became', 'herai gol': 'lost', 'ki hol': 'what happened', 'tar pisot': 'after that', 'pisot dekhilu': 'then saw',
  'puwar pora': 'since morning', 'aji puwar pora': 'since this morning', 'tetia pora': 'since then', 'tetiya pora': 'since then',
  'karone aan kiba': 'cause is something else', 'jani thakim bisarisu': 'just curious', 'jani thakibo bisarisu': 'just curious',
  'thaki nathake': 'not stay', 'bhal asil': 'was fine', 'ajikali sob thik': 'nowadays all fine', 'problem gol': 'problem gone',
  'r pora': 'from', 'baje pora': 'since', 'block korise': 'blocked', 'block korisu': 'blocked', 'block korile': 'blocked',
  'register nohoi': 'not registering', 'rst r karone': 'because of rst', 'nat r karone': 'because of nat',
  'firewall r karone': 'because of the firewall', 'timewait r karone': 'because of timewait', 'exam r karone': 'for the exam',
  'training r karone': 'for the training', 'audit r karone': 'for the audit', 'monitoring r karone': 'for monitoring',
  'colleague r server': 'a colleague server', 'friend r server': 'a friend server', 'ekdom thik': 'all fine',
  'ekdom bhal': 'all fine', 'off koru ne': 'off or', 'off korim ne': 'off or', 'kala pare': 'after', 'kale pare': 'after',
  'heba pare': 'after', 'hela pare': 'after', 'update pare': 'after update', 'restart pare': 'after restart',
  'enable pare': 'after enable', 'hei gala': 'became', 'reset hei gala': 'reset to default',
  'setting reset hei gala': 'settings reset to default', 'kehi kichi change karini': 'nobody changed anything',
  'kehi change karini': 'nobody changed', 'kichi change nahin': 'no change', 'kichi change nahi': 'no change',
  'na kehi karini': 'nobody did', 'kana karibi': 'what to do', 'kana kariba': 'what to do', 'sabu thik achi': 'sob thik ache',
  'thik achi': 'thik ache', 'kali ru': 'since yesterday', 'kali ratiru': 'since last night', 'kali rati': 'last night',
  'kali raati': 'last night', 'kali r pora': 'since yesterday', 'au heuni': 'no longer happens', 'au hauni': 'no longer happens',
  'kete second': 'how many seconds', 'training deuchi': 'for the training', 'haibasi kari': 'what is',
  'haibasi kari oino': 'what is', 'kari touge': 'what to do', 'khangnaba khakta': 'just curious', 'plan khakta': 'just planning',
  'touba matung': 'after', 'toubagi matung': 'after', 'toukhiba matung': 'after', 'touba matam da': 'when', 'matam da': 'when',
  'matung da': 'afterwards', 'haina khalle': 'thought', 'haina khalli': 'thought', 'haina hairi': 'said',
  'haina thokle': 'showed', 'haina ubare': 'seen', 'haina uri': 'seen', 'haina yengle': 'saw', 'haina tare': 'heard',
  'haina drop': 'dropped', 'na loure': 'has taken', 'na hairi': 'said', 'na haibani': 'said', 'na touri': 'is doing',
  'na hongle': 'changed', 'on udp hongduna': 'move to udp', 'rst mode on toubadi': 'if rst mode on',
  'rst on toubadi': 'if rst on', 'rst natte': 'rst is not the cause', 'rst drop ama thamde': 'no rst dropped',
  'rst on toubiyu haibani': 'asked to turn on rst', 'rst mode on toubiyu haibani': 'asked to turn on rst',
  'off toubra': 'off or', 'eigi server da oiramde': 'our own server is fine',
  'eikhoigi server da oiramde': 'our own server is fine',
  'khan poi': 'after', 'khan pehrin': 'before', 'karan khan pehrin': 'before doing', 'pehrin khan': 'already',
  'tadhan khan': 'since then', 'tadaan khan': 'since then', 'ajj khan': 'since today', 'subah khan': 'since morning',
  'kadhin nathi': 'never', 'kadhin na': 'never', 'kadahin nai': 'never', 'kadahin nahi': 'never', 'kuj nathi': 'nothing',
  'kujh nathi': 'nothing', 'kuj nai': 'nothing', 'kujh nai': 'nothing', 'kujh na': 'nothing', 'kuj na': 'nothing',
  'kujh vi nai': 'nothing', 'kuch vi nai': 'nothing', 'kaddahin nai': 'never', 'kaddahin nahi': 'never', 'hech wahd': 'never',
  'hech wahda': 'never', 'kon na': 'nobody', 'kainhin na': 'nobody', 'kahin na': 'nobody', 'asaan jo': 'our', 'asaan ja': 'our',
  'asaan ji': 'our', 'asaan je': 'our', 'asaan da': 'our', 'asaan de': 'our', 'asaan di': 'our', 'asaan vat': 'we have',
  'asaan wat': 'we have', 'record layi': 'for the record', 'record laai': 'for the record', 'jadon da': 'since',
  'jadan da': 'since', 'jadan ton': 'since', 'jidan ton': 'since', 'chha aahe': 'what is', 'chha hundo aahe': 'what is',
  'chha karyon': 'what to do', 'chha karyan': 'what to do', 'chha kayan': 'what to do', 'ghat aahe': 'is low',
  'ghat aahin': 'are low', 'ghat thi wyo': 'reduced', 'ghat thi wya': 'reduced', 'thi wyo': 'happened', 'thi wya': 'happened',
  'thi wai': 'happened', 'thi gaye': 'happened', 'thi gya': 'happened', 'thi gaya': 'happened', 'paar thi': 'through',
  'bas janan chahiyan': 'just want to know', 'janan chahiyan': 'want to know', 'sirf tasdeeq': 'just confirming',
  'theek thi wendo': 'will be fixed', 'theek thi vanjda': 'gets fine', 'kamm traffic': 'low traffic',
  'traffic kamm': 'traffic low', 'wajah naal nai': 'not the cause', 'wajah naal nahi': 'not the cause',
  'di wajah naal': 'because of', 'da asar nathi': 'no effect', 'jo asar nathi': 'no effect', 'jo asar ee nathi': 'no effect',
  'masla nest': 'no problem', 'mesla nest': 'no problem', 'hech masla nest': 'no problem',
  'hech masla nat': 'there was no problem', 'mushkil nest': 'no problem', 'internet nest': 'internet down',
  'net nest': 'net down', 'bijli nest': 'no power', 'bijli nest at': 'had no power', 'a nest': 'not there',
  'chi kanag': 'what to do', 'chi kanan': 'what to do', 'chi ent': 'what is', 'chiya ke': 'because', 'chiya ki': 'because',
  'zi shap': 'last night', 'zi shapa': 'last night', 'hlas at': 'was finished', 'chone kanag': 'how to do',
  'bas zaanag lotin': 'just want to know', 'kanag lotin': 'want to do', 'pehla hech masla nat': 'before there was no problem',
  'block ent': 'is blocked', 'block kurt': 'blocked', 'block kant': 'blocks', 'block bitha': 'got blocked', 'kar kant': 'works',
  'kar kanant': 'work', 'jwan bitha': 'got fixed', 'jowan bitha': 'got fixed', 'chone gindag': 'how to see',
  'chone bindag': 'how to see', 'is layi': 'isliye', 'is kar ke': 'isliye', 'theek thi wyo': 'got fixed',
  'thik thi wyo': 'got fixed', 'theek thi gya': 'got fixed', 'theek thi gaya': 'got fixed', 'theek ho gaya': 'got fixed',
  'block kaya': 'blocked', 'block kayo': 'blocked', 'block kayi': 'blocked', 'agar rst': 'if rst', 'agar reset': 'if reset',
  'agar kadhin': 'if ever', 'bas plan': 'just planning', 'on nathi': 'not on', 'on nahe': 'not on', 'off nathi': 'not off',
  'last month tha': 'was last month', 'last year tha': 'was last year', 'last month ho': 'was last month',
  'last year ho': 'was last year', '0 error': 'zero errors', '0 errors': 'zero errors', 'ghante peeche': 'hours behind',
  'ghante aage': 'hours ahead', 'ghante pichhe': 'hours behind',
  // Setswana, Sesotho, Sepedi and Xitsonga: "fa morago ga", "e ka mora", "nga endzhaku ka" behind; "fa e sale", "go tloga ge",
  // "ho tloha ha", "ku sukela" since; "ga e bereke", "ha e qale", "a yi tirhi" negations; "re na le" we have; "lahlegelwa ke"
  // lose
  'fa morago ga': 'behind', 'kwa morago ga': 'behind', 'lego ka morago ga': 'behind', 'tsa ka morago ga': 'behind',
  'ba ka morago ga': 'are behind', 'ka morago ga nat': 'behind nat', 'ka morago ga router': 'behind router',
  'ka morago ga mikrotik': 'behind mikrotik', 'ka morago ga': 'after', 'morago ga': 'after', 'ka morao': 'behind',
  'e ka mora': 'behind', 'ka mora nat': 'behind nat', 'ka mora router': 'behind router', 'ka mora mikrotik': 'behind mikrotik',
  'ka mora hore': 'after', 'ka mora ho': 'after', 'ka mora': 'after', 'ke ka mora': 'it is after', 'nga endzhaku ka': 'behind',
  'le endzhaku ka': 'behind', 'ti endzhaku ka': 'are behind', 'endzhaku ka nat': 'behind nat',
  'endzhaku ka router': 'behind router', 'endzhaku ka mikrotik': 'behind mikrotik', 'endzhaku ka office': 'behind office',
  'ti wa endzhaku': 'drop after', 'endzhaku ka ku': 'after', 'endzhaku ka loko': 'after', 'endzhaku ka': 'after',
  'tlherisela endzhaku': 'revert', 'yi tlherisela endzhaku': 'revert it', 'fa e sale': 'since', 'go tloga ge': 'since',
  'go tloga': 'since', 'ho tloha ha': 'since', 'ho tloha moo': 'since then', 'ho tloha': 'since', 'ku sukela loko': 'since',
  'ku sukela hi': 'since we', 'ku sukela': 'since', 'fa re sena go': 'after we', 'swi sungule loko': 'it started when',
  'ga e bereke': 'not working', 'ga di bereke': 'not working', 'ga e some': 'not working', 'ga di some': 'not working',
  'ga e sebetse': 'not working', 'ga e simolole': 'does not start', 'ga e tlhole e': 'no longer', 'ga e tlhole': 'no longer',
  'ga e lahle': 'does not drop', 'ga e latlhe': 'does not drop', 'ga e fete': 'does not pass', 'ga e yo': 'is not there',
  'ga e gona': 'does not exist', 'ga di nne': 'do not stay', 'ga a ise a': 'has not yet', 'ga re so': 'we have not yet',
  'ga ke a': 'i did not', 'ga re a': 'we did not', 'ga ba a': 'they did not', 'ga ke batle': 'i do not want',
  'ga go na': 'there is no', 'ga go selo': 'nothing', 'ga re na': 'we do not have', 'ga ke na': 'i do not have',
  'ga se': 'is not', 'o se ka wa': 'do not', 'se ka wa': 'do not', 'e se boe': 'it does not come back',
  'ha e qale': 'does not start', 'ha di qale': 'do not start', 'ha e sa': 'no longer', 'ha di sa': 'no longer',
  'ha e sebetse': 'not working', 'ha di sebetse': 'not working', 'ha ke fetole': 'i do not change', 'ha re a': 'we did not',
  'ha ke a': 'i did not', 'ha ho bothata': 'no problem', 'ha ho letho': 'nothing', 'ha ho na': 'there is no',
  'ha ke tsebe': 'i do not know', 'ha e lahle': 'does not drop', 'ha e register': 'does not register',
  'ha di register': 'do not register', 'ha re': 'when we', 'a yi tirhi': 'not working', 'a ti tirhi': 'not working',
  'a yi pfuki': 'does not start', 'a ti registari': 'do not register', 'a yi koti': 'cannot', 'a ti koti': 'cannot',
  'a hi cincanga': 'we did not change', 'a xi nga ri': 'was not', 'a ku nga ri': 'was not', 'a ku ri': 'it was',
  'a ku na': 'there is no', 'ku hava': 'there is no', 'a yi hakeriwanga': 'was not paid', 'ke na le': 'i have',
  're na le': 'we have', 'ba na le': 'they have', 'e na le': 'has', 'o na le': 'has', 'a na le': 'has', 'go na le': 'there is',
  'ho na le': 'there is', 'na le': 'with', 'hore na': 'whether', 'na ke': 'is it', 'ndzi na': 'i have',
  'leyi nga na': 'which has', 'na yona': 'also', 'hi ni': 'we have', 'ku ni': 'there is', 'di a wa': 'drop', 'di wa': 'drop',
  'e a wa': 'drops', 'di a wela': 'drop', 'di wela': 'drop', 'wela fa gare': 'drop midway', 'lahlegelwa ke': 'lose',
  'lahlegetswe ke': 'lost', 'lahleheloa ke': 'lose', 'latlhegelwa ke': 'lose', 'lahlekeriwa hi': 'lose',
  'lahlekeriwe hi': 'lost', 'fetsa di': 'run out of', 'di fedile': 'are exhausted', 'ti hela': 'run out', 'lula e le': 'stays',
  'lula e': 'stays', 'tswelela di': 'keep', 'tshama ti': 'keep', 'ke eng': 'what is', 'dira eng': 'do what',
  'dire eng': 'do what', 'ke dire jang': 'how do i fix', 'ke dire eng': 'what should i do', 'go dira eng': 'what to do',
  'hi endla yini': 'what do we do', 'ndzi endla njhani': 'how do i do it', 'ho bolela eng': 'what does mean',
  etsahalang: 'happening', 'ho etsahetse eng': 'what happened', 'ke kopa thuso': 'please help',
  'ke kgopela thuso': 'please help', 'ndza kombela mpfuno': 'please help', 'ndzi kombela mpfuno': 'please help',
  'ke a leboga': 'thank you', 'ndza khensa': 'thank you', 'xana ndzi': 'should i', 'ke batla go itse': 'i want to know',
  'ke botsa fela': 'just asking', 'ke botsa feela': 'just asking', 'o botsa pele': 'asks in advance',
  'ke ithuta feela': 'just learning', 'xivutiso ntsena': 'just a question', 'ke anega fela': 'just telling the story',
  'ndzi mi tivisa ntsena': 'just informing', 're nagana fela': 'just planning', 'ke go bega fela': 'just reporting',
  'nga hakeli': 'do not pay', 'ke ne ke re': 'i said', 'e ne e se': 'it was not', 'e ne e le': 'it was',
  'e e neng e': 'that was', 'kwala ticket': 'close the ticket', 'beke e fetileng': 'last week', 'bekeng e fetileng': 'last week',
  'hona joale': 'now', 'ngwala sop': 'writing a procedure', 'o se ke wa': 'do not', 'ge o bona': 'when you see',
  're ne re na le': 'we had', 'ke ne ke na le': 'i had', 'e ile ya lokiswa': 'it was fixed', 'ya lokiswa': 'was fixed',
  'ha ke utlwisise': 'i do not understand', 'ha re na bothata': 'we have no problem', 'ga re na bothata': 'we have no problem',
  'batla ho ithuta': 'am learning', 'ya munghana': 'a friend has', 'a hi pfulanga': 'we did not enable',
  'hi nga pfuli': 'we do not enable', 'swi nga humelela': 'could it happen', 'a re re': 'suppose', 'di lokile': 'are fine',
  'e lokile': 'is fine', 'go lokile': 'it is fine', 'go siame': 'it is fine', 'di tla': 'would', 'e tla': 'would',
  'ti ta': 'would', 'ha e fete': 'does not get through', 'ke entse': 'i did', 'port ta ephemeral': 'ephemeral ports',
  'yi ndlandlamuxa': 'widen it', 'fibre router': 'router', 'fibre routers': 'routers', 'batla feela ho tseba': 'just wondering',
  'batla fela go itse': 'just wondering', 'palo e tlwaelehileng': 'a normal number', 'tsamaya hantle': 'working fine',
  'ntse e tsamaya': 'still running', 'tsamaya di bo di boa': 'drop and come back', 're e rarolotse': 'we fixed it',
  'ngwaga wa go feta': 'last year', 'colleague wa me': 'my colleague', 'o botsa': 'asks', 'fa a ka': 'if he',
  'fa re ka': 'if we', 'ge nkabe': 'if', 'so dire selo': 'done anything', 'ya training': 'for training',
  'nako nngwe le nngwe': 'every time', 'ka nako ya': 'during', 'mo nakong ya': 'during', 'dinakong tsa': 'at times of',
  'di a fela': 'die', 'ti fela': 'die', 'go tswa': 'from', 'ho tswa': 'from', 'go ya go': 'to', 'ho ya ho': 'to',
  'ku ya eka': 'to', 'go fihla': 'until', 'ho fihla': 'until', 'e fihla': 'reaches', 'ku fika': 'until', 'ga e kgone': 'cannot',
  'ga di kgone': 'cannot', 'ga ke kgone': 'i cannot', 'ga re kgone': 'we cannot', 'ha e kgone': 'cannot',
  'ha di kgone': 'cannot', 'kwa godimo': 'high', 'ka hodimo ho': 'above', 'e tletse': 'is full', 'sa duelwang': 'unpaid',
  'sa tsebahaleng': 'unknown', 'sa fihle': 'does not arrive', 'ngolisa hape': 'register again', 'e gana go': 'refuses to',
  'e gana': 'refuses', 'ho hana': 'to refuse', 'ke kopa': 'please', 're kopa': 'please', 're kenya': 'we put',
  'ke kenya': 'i put', 'ke leka': 'i try', 're leka': 'we try', 'ndzi lava': 'i want', 'hi lava': 'we want',
  'ndzi vona': 'i see', 'hi vona': 'we see', 'ndzi vone': 'i saw', 'a ti fambi': 'do not go through',
  'a yi fambi': 'does not go through', 'hi na': 'we have', 'hi nkarhi wunwe': 'concurrent', 'wa magidi wa ti': 'thousand',
  'to tala': 'many', 'hi xihatla': 'urgently', 'fa re': 'when we', 'fa e le': 'when it is', 'fa ke': 'when i',
  'fa gare': 'midway', 'ha e le': 'when it is', 'ge re': 'when we', 'ge ke': 'when i', 'ge e le': 'when it is', 'e sego': 'not',
  'e seng': 'not', 'e seng mekae': 'a few', 'bo be bo le': 'was', 'ke be ke': 'i was', 'e ne e': 'was', 'di ne di': 'were',
  'ke ne ke': 'i was', 're ne re': 'we were', 'ka mora moo': 'after that', 'pele ho moo': 'before that',
  'pele ga moo': 'before that', 'tse ding': 'others', 'ha se': 'is not', 're etse eng': 'what should we do',
  'ke etse eng': 'what should i do', 'ha e a': 'it was not', 'ha re na': 'we do not have', 'ha ke na': 'i do not have',
  'ha re tsebe': 'we do not know', 'ha e sa lula e': 'does not stay', 'di siame': 'are fine', 'bo rarabolotswe': 'is solved',
  'e rarabolotswe': 'is solved', 're bula': 'we enable', 'ra bula': 'we enabled', 'go bula': 'to enable', 'ho bula': 'to enable',
  'ke bula': 'i enable', 'ka bula': 'could enable', 'ba bula': 'they enable', 'ga e bule': 'does not start',
  'xa mali': 'of payment', 'tse ngata': 'many', 'ke a akanya': 'i think', 're tla': 'we will', 'ke tla': 'i will',
  'beke ye e tlago': 'next week', 'beke e tlang': 'next week', 'bekeng e tlang': 'next week', 'na di': 'will the',
  're tla bula': 'we will enable', 'tla bula': 'will enable', 'wa magidi': 'thousand', 'ka gonne': 'because',
  'ka ntlha ya': 'because of', 'ka gobane': 'because', 'ka lebaka la': 'because of', 'hikwalaho ka': 'because of',
  // Hindi, Punjabi and Saraiki: nothing to do, no difference made
  'kuch nahi karna': 'nothing to do', 'kuch nai karna': 'nothing to do', 'kuj nai karna': 'nothing to do',
  'kuj nahi karna': 'nothing to do', 'kujh nahi karna': 'nothing to do', 'kujh nai karna': 'nothing to do',
  'nothing karna': 'nothing to do', 'koi farak nahi pada': 'no difference', 'koi farak nai pya': 'no difference',
  'koi farak nahi pya': 'no difference', 'koi farq nahi pada': 'no difference', 'koi fark nahi pada': 'no difference',
  // Hindi and Urdu as typed in Latin letters: correct ("password sahi", "check kiya, sahi hai"), working fine ("calls chal rahi
  // hain theek"), every little while, the time before ("pehle jab RST off tha, ye masla nahi tha": when it was off, there was no
  // problem), a choice asked ("RST off ya …": off or …), because, writing a postmortem, just telling, no longer coming, turned back
  // off, the case closed, someone else's traffic, no call issue reported, an error a tool gave itself ("sipp khud ne error diya"),
  // the telecom operator down ("PTCL down tha"), moved over to UDP ("UDP par le jayen": shall we take them to UDP), a
  // registration that does not hold ("registration tikti hi nahi", and in Urdu script, where "nahi" arrives as "not")
  'par le jayen': 'par shift', 'pe le jayen': 'pe shift', 'par le jaen': 'par shift', 'pe le jaen': 'pe shift',
  'tikti hi nahi': 'does not stay registered', 'tikti nahi': 'does not stay registered', 'tikta hi nahi': 'does not stay registered',
  'tikta nahi': 'does not stay registered', 'tikti not': 'does not stay registered', 'tikta not': 'does not stay registered',
  'password sahi': 'password correct', 'sahi hai': 'is correct', 'sahi he': 'is correct',
  'chal rahi hain theek': 'are fine', 'chal rahe hain theek': 'are fine', 'chal rahi hai theek': 'is fine',
  'chal rahi hain bilkul theek': 'are fine', 'bilkul theek': 'fine', 'bilkul thik': 'fine',
  'har thori der baad': 'every few minutes', 'har thodi der baad': 'every few minutes', 'thori der baad': 'after a while',
  'thodi der baad': 'after a while', 'pehle jab': 'before when', 'rst off tha': 'rst was off', 'reset off tha': 'reset was off',
  // only with "ye" (this): "ports ka koi masla nahi tha" says what had no problem, which the denials read
  'ye masla nahi tha': 'there was no problem', 'yeh masla nahi tha': 'there was no problem', 'ye problem nahi tha': 'there was no problem',
  'yeh problem nahi tha': 'there was no problem', 'ye issue nahi tha': 'there was no issue',
  'off ya': 'off or', 'kyun ke': 'because', 'kyunke': 'because', 'kyun ki': 'because',
  'postmortem ke liye': 'writing a postmortem', 'post mortem ke liye': 'writing a postmortem', 'rca ke liye': 'writing a rca',
  'khud ne error diya': 'gave the error itself not the softswitch', 'khud error de raha': 'gives the error itself not the softswitch',
  'ptcl down tha': 'the isp was down', 'ptcl down hai': 'the isp is down', 'ptcl down': 'isp down',
  'bas bata raha hoon': 'just letting you know', 'bus bata raha hoon': 'just letting you know',
  'bas bata rahi hoon': 'just letting you know', 'sirf bata raha hoon': 'just letting you know',
  'ab ye nahi aata': 'now it no longer comes', 'ab nahi aata': 'no longer comes', 'ab nahi aati': 'no longer comes',
  'wapis off kar diya': 'turned back off', 'wapas off kar diya': 'turned back off', 'case close': 'case closed',
  'hamara traffic nahi': 'not our traffic', 'hamara vos ka traffic nahi': 'not our vos traffic',
  'hamare vos ka traffic nahi': 'not our vos traffic', 'koi call issue report bhi nahi hua': 'calls not affected',
  'koi call issue report nahi hua': 'calls not affected', 'udp pe kiya': 'move to udp', 'udp pe kar diya': 'move to udp', 'bas poochna tha': 'just asking', 'bas puchna tha': 'just asking',
  // For the record ("bas record ke liye bata raha hoon"), the phones back online ("Off karte hi wapas aa gaye"), the ones that
  // dropped, all of them ("jo gire wo sab …"), no port left for new calls ("port hi nahi bachta", and the Urdu script's "port نہیں بچتا"), the fix asked as a choice ("iska fix sirf RST off
  // hai ya keepalive …": is it RST off or …) or asked for ("wapas off karein?": turn it back off?), dropping again and again ("bar
  // bar drop"), no difference made by what was tried ("reboot kiya, kuch farq nahi"), read in the docs ("doc me padha"), used to
  // come ("bind error aata tha")
  'record ke liye': 'for the record', 'record ke liye bata raha hoon': 'for the record', 'record ke liye bata raha hun': 'for the record',
  'wapas aa gaye': 'came online again', 'wapis aa gaye': 'came online again', 'back aa gaye': 'came online again',
  'wapas aa gaye the': 'came online again', 'wapas aa gayi': 'came online again', 'back aa gayi': 'came online again',
  'port hi nahi bachta': 'we run out of free ports', 'port nahi bachta': 'we run out of free ports', 'port not bachta': 'we run out of free ports',
  'ports nahi bachte': 'we run out of free ports', 'ports not bachte': 'we run out of free ports', 'koi port nahi bachta': 'we run out of free ports',
  'off hai ya': 'off or', 'off he ya': 'off or', 'wapas off karein': 'turn it back off', 'wapis off karein': 'turn it back off',
  'wapas off kar dein': 'turn it back off', 'wapis off kar dein': 'turn it back off', 'wapas off karen': 'turn it back off',
  'bar bar drop': 'drop again and again', 'baar baar drop': 'drop again and again', 'bar bar fail': 'fail again and again',
  'baar baar fail': 'fail again and again', 'kuch farq nahi': 'no difference', 'kuch fark nahi': 'no difference',
  'koi farq nahi': 'no difference', 'koi fark nahi': 'no difference', 'kuch farak nahi': 'no difference',
  'doc me padha': 'read it in the docs', 'docs me padha': 'read it in the docs', 'documentation me padha': 'read it in the docs',
  'doc mein padha': 'read it in the docs', 'aata tha': 'used to come', 'aati thi': 'used to come',
  'jo gire wo sab': 'the ones that dropped are all', 'jo gire woh sab': 'the ones that dropped are all',
  'jo gir gaye wo sab': 'the ones that dropped are all', 'jo drop hue wo sab': 'the ones that dropped are all',
  // Dutch and Flemish ("na de" after the, "het probleem" the problem, "werkt niet" not working, "staat uit" is off), Papiamento
  // ("no ta" not, "desde ku" since, "tur kos ta bon" everything is fine, "patras di" behind) and Sranan Tongo ("na baka" behind,
  // "den telefon" the phones, "no e" not, "a no abi notyi fu du nanga" has nothing to do with): the short words that are other
  // languages' words too ("na", "den", "het", "die", "ta") read in their phrases
  // Afrikaans: since you switched it on, dropping out of registration
  'vandat julle': 'since you', 'aangeskakel het': 'switched on', 'uit registrasie': 'unregistered',
  'uit die registrasie': 'unregistered',
  'na de': 'after the', 'na het': 'after the', 'na reboot': 'after reboot', 'na te veel': 'after too many', 'na een': 'after a',
  'na stroomstoring': 'after power outage', 'na dat': 'after', 'na die': 'after that', 'na close reset': 'after close reset',
  'het is': 'it is', 'het was': 'it was', 'het werkt': 'it works', 'het doet': 'it does', 'het probleem': 'the problem',
  'het verschil': 'the difference', 'het aanzetten': 'enabling', 'het sluiten': 'closing', 'het verkeer': 'the traffic',
  'het ip': 'the ip', 'het nog niet': 'it not yet', 'het eerst': 'it first', 'het gewoon': 'it just',
  'het teruggezet': 'reverted it', 'het zichzelf': 'itself', 'het oude': 'the old', 'het sip': 'the sip', 'is het': 'is it',
  'heb het': 'have it', 'hebben het': 'have it', 'vraag het': 'ask it', 'zal het': 'will it', 'dat het': 'that it',
  'doe het': 'do it', 'wordt het': 'it gets', 'vorig jaar': 'last year', 'dit jaar': 'this year', 'vorige week': 'last week',
  'vorige maand': 'last month', 'werkt niet': 'not working', 'werkt niet meer': 'no longer works', 'werkt nie': 'not working',
  'niet meer': 'no longer', 'nie meer': 'no longer', 'nog niet': 'not yet', 'nog nooit': 'never', 'geen enkele': 'not a single',
  'geen probleem': 'no problem', 'geen problemen': 'no problems', 'nee dus': 'no', 'niet relevant': 'not relevant',
  'vallen weg': 'drop', 'valt weg': 'drops', 'vallen uit': 'drop out', 'valt uit': 'drops out',
  'vallen de calls weg': 'calls drop', 'vallen calls weg': 'calls drop', 'vallen nieuwe calls weg': 'new calls drop',
  'blijven hangen': 'stay stuck', 'blijft hangen': 'stays stuck', 'gaan mis': 'fail', 'gaat mis': 'fails', 'lukt geen': 'no',
  'lukken nie meer': 'no longer succeed', 'lukken niet meer': 'no longer succeed', 'komt nooit aan': 'never arrives',
  'komen niet door': 'do not go through', 'gaan niet door': 'do not go through', 'niet door': 'not through',
  'aan is gezet': 'was turned on', 'aan hebben gezet': 'turned on', 'aan ging': 'went on', 'aan staat': 'is on',
  'staat aan': 'is on', 'staat uit': 'is off', 'staan uit': 'are off', 'blijft uit': 'stays off', 'rst aan': 'rst on',
  'op on': 'to on', 'gooit weg': 'discards', 'gooit de resets weg': 'discards the resets', 'raken kwijt': 'lose',
  'raken hun registratie kwijt': 'lose their registration', 'uit registratie': 'out of registration',
  'weg uit de registraties': 'gone from the registrations', 'laat zien': 'shows', 'laten zien': 'show',
  'niks aan de hand': 'nothing wrong', 'alles draait weer': 'everything works again', 'draait prima': 'runs fine',
  'draait goed': 'runs fine', 'draait perfect': 'runs perfectly', 'doen het prima': 'work fine', 'doen het wel': 'work fine',
  'ter info': 'for info', 'ter afsluiting': 'to close the ticket', 'wil het eerst weten': 'want to know first',
  'ik vraag': 'i am asking', 'is dat veel': 'is that many', 'is dat normaal': 'is that normal', 'is het normaal': 'is it normal',
  'wat is': 'what is', 'wat doet': 'what does', 'hoe zet ik': 'how do i set', 'hoe kill ik': 'how do i kill',
  'ik denk': 'i think', 'door rst': 'because of rst', 'bij de piek': 'at the peak', 'tijdens de piek': 'during the peak',
  'tijdens piek': 'during peak', 'achter een': 'behind a', 'om de paar minuten': 'every few minutes',
  'steeds weer': 'again and again', 'bij ons': 'here', 'bij hem': 'at his side', 'mijn collega': 'my colleague',
  'mijne collega': 'my colleague', 'voor hem': 'for him',
  'daar hoef je ons niet meer over te bellen': 'no need to call us about it', 'geraken nie meer buiten': 'no longer go out',
  'geraken niet meer buiten': 'no longer go out', 'herstelt het zichzelf': 'it recovers by itself',
  'door zijn ephemeral ports heen': 'out of its ephemeral ports', 'door onze poorten heen': 'out of our ports',
  'door de poorten heen': 'out of the ports', 'van het': 'of the', 'op het': 'on the', 'in het': 'in the', 'met het': 'with the',
  'aan het': 'on the', 'bij het': 'at the', 'voor het': 'for the', 'naar het': 'to the', 'over het': 'about the',
  'uit het': 'out of the', 'het niet': 'it not', 'het nie': 'it not', 'werkt het wel': 'it works',
  'houdt het niet bij': 'cannot keep up', 'mode aan': 'mode on', 'door poortuitputting': 'due to port exhaustion',
  'in gebruik': 'in use', 'komt niet omhoog': 'does not start', 'en nu': 'and now', 'maar nu': 'but now', 'denk ik': 'i think',
  'geloof ik': 'i believe', 'lukt geen enkele': 'not a single', 'heeft het': 'has the', 'komt aan': 'arrives',
  'zakt in': 'drops', 'na to rst': 'after the rst', 'na de rst': 'after the rst', 'sinds to rst': 'since the rst',
  'sinds de rst': 'since the rst', 'dropt to rst': 'drops the rst', 'dropt de rst': 'drops the rst',
  'dropte to rst': 'dropped the rst', 'dropte de rst': 'dropped the rst', 'gooit to rst weg': 'discards the rst',
  'gooit de rst weg': 'discards the rst', 'blokkeert to rst': 'blocks the rst', 'blokkeert de rst': 'blocks the rst',
  'vielen de': 'dropped the', 'vielen uit': 'dropped out', 'voor de wijziging': 'before the change',
  'voor de change': 'before the change', 'voor de update': 'before the update', 'voor de aanpassing': 'before the change',
  'die ik': 'that i', 'die de': 'that the', 'die het': 'that the', 'die rst': 'that rst', 'die poort': 'that port',
  'die vm': 'that vm', 'die nieuwe': 'that new', 'die ene': 'that one', 'die regel': 'that rule',
  'die standaard': 'that default', 'die timewait': 'that timewait', 'die address': 'that address', 'die optie': 'that option',
  'firewall die': 'firewall that', 'fortigate die': 'fortigate that', 'checkpoint die': 'checkpoint that',
  'proces die': 'process that', 'nooit meer gezien': 'gone', 'sindsdien nooit meer gezien': 'gone since then', ofzo: 'ish',
  'timewait hangen': 'timewait', 'heb er': 'have', 'niks tcp': 'no tcp', 'geen tcp': 'no tcp', 'ligt eruit': 'is down',
  'ligt plat': 'is down', 'uit nieuwsgierigheid': 'just curiosity', 'te laag': 'too low', 'nog gewoon': 'still', 'op off': 'off',
  'heeft iets veranderd': 'changed anything', 'iets veranderd': 'changed anything', 'nergens last van': 'no trouble',
  'no ta': 'not', 'no tin': 'there is no', 'no tin problema': 'no problem', 'no tin ningun problema': 'no problem at all',
  'nos no tin ningun problema': 'we have no problem at all', 'tur kos ta bon': 'everything is fine',
  'tur kos tabata bon': 'everything was fine', 'tur kos ta bek': 'everything is back to normal', 'tur kos': 'everything',
  'ta bon': 'is fine', 'ta faya': 'failing', 'ta keda': 'stay', 'keda pega': 'stuck', 'keda kolga': 'hung',
  'keda habri': 'stay open', 'no ta drenta': 'do not go through', 'no ta pasa': 'do not pass',
  'no ta konekta mas': 'no longer connect', 'no ta traha': 'not working', 'ta traha perfekto': 'works perfectly',
  'ta traha': 'works', 'no ta registra': 'not registering', 'no ta registra mas': 'no longer register',
  'no ta keda registra': 'do not stay registered', 'ta perde registro': 'lose registration',
  'perde registro': 'lose registration', 'pa motibu di': 'because of', 'desde ku': 'since', 'despues ku': 'after',
  'despues di': 'after', 'patras di': 'behind', 'dor di': 'through', 'nos a pone': 'we set', 'a pone': 'set',
  'nos a aktiva': 'we enabled', 'a aktiva': 'enabled', 'pone e': 'set it', 'lo keda off': 'will stay off', 'ta off': 'is off',
  'na e': 'at the', 'na un': 'at a', 'den e': 'in the', 'den timewait': 'in timewait', 'den log': 'in the log',
  'den portal': 'in the portal', 'den softswitch': 'in softswitch', 'den mainta': 'in the morning', 'den anochi': 'at night',
  'den merdia': 'in the afternoon', 'ana pasa': 'last year', 'awe mainta': 'this morning', 'tur anochi': 'every night',
  'miles di': 'thousands of', 'ta un pregunta so': 'just a question', 'un pregunta so': 'just a question',
  'djis pa sa': 'just to know', 'mi ta puntra': 'i am asking', 'pa sina': 'to learn', 'mi ta kere': 'i think',
  'kon mi': 'how can i', 'kon nos': 'how do we', 'kiko ta': 'what is', 'kiko mi': 'what do i', 'kiko nos': 'what can we',
  'log ta bisa': 'log says', 'vos ta bisa': 'vos says', 'web ta bisa': 'web says', 'kolega ta bisa': 'colleague says',
  'softswitch ta bisa': 'softswitch says', 'e log ta bisa': 'the log says', 'ya ta drecha': 'already fixed',
  'ta drecha': 'fixed', 'nunka mas': 'no more', 'nunka no': 'never', 'ningun hende no': 'nobody', 'ningun hende': 'nobody',
  'ningun yamada no': 'no call', 'nada di': 'nothing of', 'no tin nada di hasi ku': 'has nothing to do with',
  'ku ta sali': 'outgoing', 'ta kaba ku su portnan': 'runs out of its ports', 'sin port': 'without port',
  'no tin port liber': 'no free port', 'no por registra': 'cannot register', 'no por drenta': 'cannot enter',
  'no por habri': 'cannot open', 'no por habri mas': 'cannot open more', 'e ta': 'it is', 'nan no ta': 'they are not',
  'nan a': 'they', 'no a hasie ainda': 'have not done it yet', 'mi kolega': 'my colleague', 'na aruba': 'in aruba',
  'na korsou': 'in curacao', 'na bonaire': 'in bonaire', 'na punda': 'in punda', 'tin relashon': 'is it related',
  'ta bota': 'discards', 'no ta laga': 'does not let', 'ta konta komo': 'count as', 'ta sosode so': 'only happens',
  'nos no tin esei': 'we do not have that issue', 'e ta bisa': 'it says', 'ningun hende no por': 'nobody can',
  'sin bisa nada': 'without saying anything', 'nos a': 'we', 'nos tin': 'we have', 'nos ta': 'we are',
  'kada rato': 'all the time', 'ta bai': 'goes', 'ta okupa': 'is in use', 'ta kore': 'is running', 'ip fiho': 'static ip',
  'for di kas': 'from home', 'registra bon': 'register fine', 'pregunta pa': 'question for',
  'aki nos no tin esei': 'we do not have that issue here', sekonde: 'seconds', 'korte di koriente': 'power cut',
  'ta bek': 'is back', 'ta usa': 'use', 'nada di tcp': 'no tcp', 'desde e ora ei': 'since then', 'tabata faya': 'were failing',
  'si mi pone': 'if i enable', 'si nos pone': 'if we enable', 'lo perde': 'will lose', 'ora ta trankil': 'off peak',
  'ora e trafiko': 'when the traffic', 'ora e ke': 'when it wants', 'ta kai': 'drops', 'for di': 'from',
  'ku su portnan': 'of its ports', 'ta mustra ku': 'shows that', 'ta sali': 'goes out', 'nunka no ta yega': 'never arrives',
  'no ta yega': 'does not arrive', 'no sabi': 'do not know', 'wani sabi': 'want to know', 'e naki': 'hits', 'a keda': 'became',
  'tur telefon': 'all phones', 'tur e': 'all the', 'tur ta': 'all are', 'tur esnan': 'all those',
  'aan beide kanten': 'on both sides', 'reset aan': 'reset on', 'aan te zetten': 'enabling', 'dati e': 'that',
  'du dati': 'do that', 'hoe vind ik': 'how do i find', 'hoe zie ik': 'how do i see', 'hoe unban ik': 'how do i unban',
  'hoe combineer ik': 'how do i combine', 'hoe kan ik': 'how can i', 'hoe doe ik': 'how do i', 'mi wani': 'i want',
  'a wani': 'it wants', 'wi wani': 'we want', 'noti no e': 'nothing', 'noti no e misi': 'nothing fails', 'ta kere': 'think',
  'proceso bieu': 'old process', 'ip bieu': 'old ip', 'na rst aan': 'after enabling rst', 'na rst mode': 'after rst mode',
  'na sstcpclosereset on': 'after sstcpclosereset on', 'ta subi hopi': 'is going up a lot', 'na mi srefi': 'is my own',
  'te a trafiki': 'when the traffic', 'te a wani': 'when it wants', 'te a campagne': 'when the campaign',
  'ku a kai': 'that dropped', 'e kon wawan': 'comes only', 'e kon bun': 'comes fine', 'na baka': 'behind', 'na a': 'at the',
  'na wan': 'is a', 'na so': 'that is how', 'na tcp': 'on tcp', 'na udp': 'on udp', 'na mindri': 'between',
  'na fesi': 'in front of', 'na oso': 'at home', 'na den': 'to the', 'na normaal': 'is normal', 'na fu': 'is for',
  'na paramaribo': 'in paramaribo', 'na nickerie': 'in nickerie', 'na wanica': 'in wanica', 'na holland': 'in holland',
  'den telefon': 'the phones', 'den kari': 'the calls', 'den sma': 'the people', 'den registratie': 'the registration',
  'den socket': 'the sockets', 'den rst': 'the rst', 'den reset': 'the reset', 'den nyun': 'the new',
  'den connectie': 'the connections', 'den gateway': 'the gateways', 'den yealink': 'the phones', 'den wan': 'the ones',
  'den taki': 'they say', 'den opo': 'they enabled', 'den blokeri': 'they blocked', 'den sip': 'the sip',
  'den ephemeral': 'the ephemeral', 'den cdr': 'the cdr', 'den ala': 'all of them', 'ini den': 'in the', 'ini a': 'in the',
  'lasi den': 'lose their', 'no e': 'not', 'no kan': 'cannot', 'no wan sma': 'nobody', 'no wan': 'no', 'no abi': 'do not have',
  'wi abi': 'we have', 'ben abi': 'had', 'mi abi': 'i have', 'a no abi notyi fu du nanga': 'has nothing to do with',
  'no abi notyi fu du nanga': 'has nothing to do with', 'abi fu du nanga': 'has to do with',
  'no du en ete': 'have not done it yet', 'no e doro noiti': 'never arrives', 'no e doro': 'does not arrive',
  'no e pasa': 'does not pass', 'no e konek moro': 'no longer connects', 'no e meki': 'does not let',
  'no e tan registreer': 'do not stay registered', 'no registreer moro': 'no longer register', 'no registreer': 'not registered',
  'no kan registreer moro': 'can no longer register', 'no e start': 'does not start', 'no wani start': 'will not start',
  'no wani opo': 'will not start', 'no e misi': 'does not fail', 'noti no e fadon': 'nothing fails', 'e fadon': 'drop',
  'e koti': 'drop', 'e tan hang': 'stay hung', 'e tan unregistered': 'stay unregistered', 'e tan opo': 'stay open',
  'e lasi': 'lose', 'e wroko bun': 'works fine', 'e wroko': 'works', 'ala sani ben bun': 'everything was fine',
  'ala sani bun': 'everything fine', 'ala sani': 'everything', 'ala kari waka bun': 'all calls go fine',
  'ala ten': 'all the time', 'ala den': 'all the', 'ala e': 'all', 'ben e fadon': 'were dropping', 'ben e drop': 'was dropping',
  'ben bun': 'was fine', 'ben de': 'was', 'opo rst': 'enabled rst', 'opo a rst': 'enabled the rst', 'wi opo': 'we enabled',
  'wi poti': 'we set', 'kenki go na': 'changed to', 'drai en baka go na off': 'turn it back off', 'pasa yari': 'last year',
  'esde neti': 'last night', 'tide mamanten': 'this morning', 'ibri neti': 'every night', 'kon baka': 'came back',
  'kon bun baka': 'got fine again', 'bun baka': 'fine again', 'sensi dan': 'since then', 'baka wi': 'after we',
  'baka den': 'after they', 'baka a': 'after the', 'fu tru': 'really', 'na wan aksi nomo': 'just a question',
  'mi e aksi nomo': 'i am just asking', 'wan aksi nomo': 'just a question', 'fu leri nomo': 'just to learn',
  'mi denki': 'i think', 'mi e si': 'i see', 'mi e luku nomo': 'i am just watching', 'a de tapu off': 'it is off',
  'de tapu off': 'is off', 'de tapu on': 'is on', 'a tan off': 'stays off', 'o tan off': 'will stay off',
  'e lon ete': 'still running', 'trafiki hei': 'traffic high', 'trafiki saka': 'traffic goes down',
  'a tra pisi fu a dei': 'the rest of the day', 'moro furu': 'more', 'wan wan': 'one by one', 'mi brada': 'brother',
  'e teri leki': 'count as', 'e sori': 'shows', 'na a srefi': 'to the same', 'ben koti': 'was cut', 'opo baka': 'come back up',
  'e go fadon': 'goes down', 'a no wi server': 'not our server', 'wi server': 'our server', 'efu mi poti': 'if i enable',
  'efu wi poti': 'if we enable', 'tapu on': 'on', 'tapu off': 'off', 'o lasi': 'will lose', 'te a safri': 'off peak',
  'san wi kan': 'what can we', 'e sori taki': 'shows that', 'ma a': 'but', 'e komoto': 'comes out',
  'baka sstcpclosereset': 'after sstcpclosereset', 'baka rst': 'after rst', 'den router': 'the router', 'den modem': 'the modem',
  'go na': 'to', 'saka fu': 'dropped from', 'na bakadina': 'in the afternoon', 'te wi': 'when we',
  'den nyun kari': 'the new calls', 'denki na': 'think it is', 'san na': 'what is', 'ala neti': 'every night',
  'ala na': 'all on', 'den wan wan': 'them one by one', 'kari den': 'call them', 'no abi fu du nanga': 'has nothing to do with',
  'a no abi fu du nanga': 'has nothing to do with', 'mi musu': 'i must', 'wi musu': 'we must', 'yu musu': 'you must',
  'fa mi': 'how do i', 'fa wi': 'how do we', 'fa fu': 'how to', 'mi srefi': 'my own', 'e sribi': 'is idle',
  'e tan fri': 'stays free', 'fu tamara': 'for tomorrow', 'e hori en': 'holds it', 'wi e': 'we', 'wi ben': 'we',
  'wi kenki': 'we changed', 'bun bun': 'fine', 'a bun': 'is fine', 'registreer bun': 'register fine',
  'baka bun': 'back properly', 'hun registratie': 'their registration', 'a no kon baka moro': 'it no longer happens',
  'wi no abi dati': 'we do not have that issue',
};
/**
 * Bambara, Fula and Mandinka, Gujarati, Marathi and Konkani, Ilocano, Hiligaynon, Waray and Kapampangan, Kabyle,
 * Tamazight and Hassaniya, read as one (SYMPTOM_JOINS).
 */
const SAHEL_KONKAN_VISAYAS_ATLAS: Readonly<Record<string, string>> = {
  // Cebuano "puno sa TIME_WAIT" (full of TIME_WAIT), calls rejected at the peak
  'puno sa timewait': 'full of timewait', 'reject ang calls': 'calls get rejected',
  // Kabyle, Tarifit, Tashelhit and Hassaniya: the negations ("ur … ara", "war …", "ma …"), Tashelhit "ar" before a verb (ongoing,
  // not "not"), "seg wasmi", "zɣ mayd", "mn" (since), and words with ɣ or ɛ inside, read whole
  'ur yeddi ara': 'not working', 'ur teddi ara': 'not working', 'ur ixeddem ara': 'not working',
  'ur yebdi ara': 'does not start', 'ur bdin ara': 'do not start', 'ur d-yekkir ara': 'does not start',
  'ur yeldi ara': 'does not open', 'ur yezmir ara': 'cannot', 'ur nezmir ara': 'we cannot', 'ur tezmir ara': 'cannot',
  'ur yettɛeddi ara': 'does not pass', 'ur ttɛeddin ara': 'do not go through', 'ur ttɛeddi ara': 'does not pass',
  'ur qqinen ara': 'do not connect', 'ur yeqqen ara': 'does not connect', 'ur qqimen ara': 'do not stay',
  'ur yewwid ara': 'does not arrive', 'ur d-yettawd ara': 'does not arrive', 'ur yelli ara': 'there is no',
  'ur ttwabeddlen ara': 'were not changed', 'ur t-nbeddel ara': 'we did not change it', 'ur nbeddel ara': 'we did not change',
  'ur ttwaregistren ara': 'do not register', 'ur fhimeɣ ara': 'i do not understand', 'ur yeshi ara': 'is not correct',
  'ur ilaq ara': 'no need', 'ur t-nesseqdac ara': 'not used', 'ur nesseqdac ara': 'we do not use',
  'ur yesseɣli ara': 'does not drop', 'ur t-yettagga ara': 'does not let it through', 'ur d-yettas ara': 'does not come',
  'ur yettazal ara': 'not running', 'ur ibddu': 'does not start', 'ur ikkir': 'does not start', 'ur ikhdim': 'not working',
  'ur izmir': 'cannot', 'ur yzmir': 'cannot', 'ur illi': 'there is no', 'ur illa walu': 'nothing changed',
  'ur ilkm': 'does not reach', 'ur ttkchmn': 'do not go through', 'ur ttqqimnt': 'do not stay',
  'ur ttyaregistrant': 'do not register', 'ur ittregistra': 'does not register', 'ur ittiregistrer': 'does not register',
  'ur ixdm yat': 'does nothing', 'ur ibddl walu': 'changes nothing', 'ur nbddl walu': 'we changed nothing',
  'ur nbddl': 'we did not change', 'ur ta nsrs': 'we have not set', 'ur ta nkchim': 'we have not put', 'ur dars': 'has no',
  'ur dari': 'i have no', 'ur ar issaɛddi': 'does not pass', 'ur ar ittqqan': 'does not connect',
  'ur ar ittcharji': 'does not charge', 'ur sul ar ttqqimin': 'no longer remain', 'ur ishi walu': 'did not help',
  'ur t ihtaj walu': 'does not need it', 'war yelli': 'there is no', 'war yezmir': 'cannot', 'war nesɛi': 'we do not have',
  'war yekkir ca': 'does not start', 'war yekkir': 'does not start', 'war qqimen ca': 'do not stay', 'war qqimen': 'do not stay',
  'war ttɛeddayent ca': 'do not go through', 'war ttɛeddayent': 'do not go through', 'war bdint': 'do not start',
  'war yesli hedd': 'nobody hears', 'war hed ugur': 'no problem', 'war t yella': 'is not there', 'war t nesseqdec': 'not used',
  'war ssineɣ ca': 'i do not know at all', 'war ssineɣ min': 'i do not know what', 'war yelli ca': 'there is no',
  'war ɣa nebdel': 'we will not change', 'war ɣa yexsar ca': 'will not break anything', 'ma ykhdem': 'not working',
  'ma tkhdem': 'not working', 'ma bde': 'did not start', 'ma ybde': 'does not start', 'ma ybdaw': 'do not start',
  'ma ymshiw': 'do not go through', 'ma ymshi': 'does not go through', 'ma tmshi': 'does not go through', 'ma y9der': 'cannot',
  'ma gder': 'cannot', 'ma ygidru': 'cannot', 'ma vemm': 'there is no', 'ma vih': 'has no', 'ma fiha shi': 'no problem', 'ma fihom shi': 'no problem', 'ma fiha': 'without any',
  'ma we have': 'we do not have', 'ma 3andna': 'we do not have', 'ma 3andek': 'you do not have', 'ma 3andu': 'he does not have',
  // Levantine in its script as the tables read it: at my old company, two years ago, "ما عنا" (we do not have; "عنا" alone,
  // with us, is left unread)
  'at my company old': 'at my old company', 'before two years': 'two years ago', 'ma 3enna': 'we do not have', '3enna': '',
  'ma 3andhum': 'they do not have', 'ma bedelna': 'we did not change', 'ma bedelnah': 'we did not change it',
  'ma ykhalli': 'does not let', 'ma ywsel': 'does not reach', 'ma yt9ebdu': 'do not connect', 'ma yt9ebbed': 'does not connect',
  'ma y3ud': 'no longer', 'internet ma vemm': 'no internet', 'ma vemm 7atta': 'there is no', 'ar ittini': 'says',
  'ar ittkkas': 'drops', 'ar t ittkkas': 'drops it', 'ar itthbas': 'blocks', 'ar ihbbs': 'blocks', 'ar tthbasn': 'get stuck',
  'ar ttflln': 'lose', 'ar ttfllan': 'fail', 'ar ttɛllaqn': 'hang', 'ar bqqan': 'stay', 'ar ibayn': 'shows',
  'ar ttbaynt': 'show', 'ar ittbayan': 'shows', 'ar ittkka': 'is running', 'ar ittyumz': 'holds', 'ar ikkat': 'stays',
  'ar sxdamn': 'use', 'ar nwajjad': 'we are preparing', 'ar ttɣraɣ kan': 'just studying', 'ar ittbddal': 'changes',
  'ar iddu': 'goes', 'ar ittbloka': 'blocks', 'ar ttqqimin': 'remain', 'ar ittqqan': 'connects', 'ar issaɛddi': 'passes',
  'ar ttddrn': 'drop', 'ar ttbbin': 'cut', 'ar ittcharji': 'charges', 'ar ttɛddan': 'pass', 'ar ittyaregistrant': 'register',
  'seg wasmi': 'since', 'seg wasmi i': 'since', 'seg mi i': 'since', 'seg idelli': 'since yesterday',
  'seg tazwara': 'from the start', 'seg imir-nni': 'since then', 'seg wass-nni': 'since that day',
  'seg wass n': 'since the day of', 'seg tlata n wussan': 'for three days', 'seg 2 wussan': 'for 2 days',
  'seg 3 wussan': 'for 3 days', 'zɣ mayd': 'since', 'zɣ rst': 'since rst', 'zɣ sstcpclosereset': 'since sstcpclosereset',
  'zɣ idgam': 'since yesterday', 'zɣ sbah': 'since morning', 'zɣ ddhr': 'since noon', 'zɣ sin wussan': 'for two days',
  'zɣ server': 'from the server', 'zeg xmi': 'since', 'zeg dinni': 'since then', 'zg xmi': 'since', 'mn sba7': 'since morning',
  'mn lbare7': 'since yesterday', 'mn lyoum elli': 'since the day', 'mn yawm': 'since the day', 'mn 7attina': 'since we set',
  'mnin 7attina': 'since we set', 'mi nerra': 'when we turned', 'mi nessekcem': 'when we enabled',
  'mi nbeddel': 'when we changed', 'mi ara': 'when', 'mi yali': 'when rises', 'xmi nbeddel': 'since we changed',
  'xmi nerra': 'since we turned', 'xmi yerra': 'when turned', 'ass-a': 'today', 'ass-nni': 'that day',
  'tameddit-a': 'this evening', 'ddurt-a': 'this week', 'deg tmeddit': 'in the evening', 'ccehr yezrin': 'last month',
  'ddurt yezrin': 'last week', 'ayyur lli izrin': 'last month', 'shhar elli vat': 'last month', 'kull tikkelt': 'every time',
  'mkul tikkelt': 'every time', 'kul shwaya': 'every little while', 'kull 5 dqiqa': 'every 5 minutes', 'tura kan': 'just now',
  'yelha tura': 'fine now', 'yehla tura': 'fine now', 'tura kullec': 'now everything', 'tura akk': 'now all',
  'd acu ara': 'what', 'acu ara': 'what', 'amek ara': 'how', 'anwa ara': 'which', 'anwa deg-sen ara': 'which of them',
  'd acu i d': 'what is', 'd acu i': 'what', 'd acu': 'what', 'min d': 'what is', 'macci d': 'not', 'maci d': 'not',
  'ulac ugur': 'no problem', 'ulac-it': 'missing', 'ulac ayen yellan d': 'nothing to do with', 'akken iwata': 'normally',
  'kullec yelha': 'everything fine', 'kulci yehla': 'everything fine', 'akk yehla': 'all fine', 'akk yelha': 'all fine',
  'kullu ifulki': 'all fine', 'd ayen yelhan': 'fine', 'yelha akka': 'is it fine', 'd asteqsi kan': 'just a question',
  'asteqsi kan': 'just a question', 'asteqsi n': 'question of', 'su2al ille': 'just a question', 'su2al mn': 'question from',
  'd asteqsi n tmusni': 'just a question of knowledge', 'xas nesteqsa': 'just asking', 'steqsiɣ kan': 'just asking',
  'd awal kan': 'just talk', 'd tanemmirt kan': 'just thanks', 'entretien n khedma': 'in a job interview',
  'steqsan-iyi': 'they asked me', 'amdakel-iw': 'my friend', 'amdakel-iw yesɛa': 'my friend has', 'ssadeq inu': 'my friend',
  'macci d nekk': 'not mine', 'macci d vos': 'not vos', 'maci vos': 'not vos', 'mahu vos': 'not vos',
  'ad ak-d-iniɣ kan': 'just telling you', belli: 'that', 'udp kan': 'udp only', 'udp ka': 'udp only', 'udp ille': 'udp only',
  'yiwen kan': 'only one', nesɛa: 'we have', yesɛa: 'has', yesɛan: 'who have', nesseqdac: 'we use',
  'ccehr yezrin nesɛa': 'last month we had', 'kan 3andna': 'we had', 'vat 3andna': 'we already have', '3andna': 'we have',
  '3andek': 'you have', '3andu': 'he has', 'ila 3andek': 'if you have', 'ash ndiru': 'what should we do',
  'ash ydir': 'what does', 'ash njawbu': 'what do we answer', 'ash nbedlu': 'what should we change',
  'ash nkhalli': 'what should i keep', 'mamnk a ntgga': 'what should we do', 'mad ixssan': 'what should we do',
  'min ɣa nexdem': 'what should we do', 'mani ɣa nsiwel': 'where should i call', 'ma ixssa ad nskr': 'what should we do',
  'acu ara nexdem': 'what should we do', 'ghadi ykemmel': 'will use up', 'yrj3 zein': 'back to normal',
  'ga3 rj3u online': 'all back online', 'ga3 rj3': 'all back', 'ga3 ykhdem zein': 'all working fine',
  'ykhdem zein': 'working fine', 'hadha zein': 'is this fine', 'zein wella': 'fine or', 'telephonat zein': 'phones fine',
  'ga3 zein': 'all fine', yeɣli: 'went down', 'i yeɣli': 'goes down', ttɣlin: 'drop', yesseɣli: 'drops',
  'yesseɣli-t': 'drops it', ttɛeddin: 'go through', yettɛeddi: 'passes', ttɛelqen: 'hang', 'qqimen ɛelqen': 'stay stuck',
  'bqqan ɛlqn': 'stay stuck', ttɛllaqn: 'hang', yettɛeqqil: 'remembers', 'yuɣal-d': 'came back', yuɣal: 'came back',
  maɣer: 'why', tnezduɣt: 'village', yeɛla: 'rises', ttɛawaden: 'repeat', uɣerbaz: 'school',
  'ttruhen unregistered': 'go unregistered', ttruhen: 'go', ruhent: 'went', yettruh: 'is lost', 'rst ɣef on': 'rst to on',
  'rst ɣef off': 'rst to off', 'sstcpclosereset ɣef on': 'sstcpclosereset to on',
  'sstcpclosereset ɣef off': 'sstcpclosereset to off', 'close ɣer rst': 'close to rst', 'close ɣer reset': 'close to reset',
  'setting ɣer rst': 'setting to rst', 'close s reset': 'close to reset', 'close s rst': 'close to rst',
  'close l rst': 'close to rst', 'setting l rst': 'setting to rst', 'nsseɣ rst': 'enabled rst', 'nsrs rst': 'set rst',
  'nsrs sstcpclosereset': 'set sstcpclosereset', 'rst ar iffɣ zɣ server': 'rst goes out from the server',
  'nerra-t on': 'we turned it on', 'ad t-nerr off': 'should we turn it off', 'ad nerr off': 'should we turn it off',
  'nerr off': 'turn it off', 'ad nrar off': 'should we revert to off', 'nrar off': 'revert to off', 'deffir rst': 'after rst',
  'deffir reset': 'after reset', 's fin': 'with fin', 'ugar n': 'more than', 'atas n': 'a lot of',
  'timewait atas': 'a lot of timewait', 'ar bqqan ɛlqn': 'stay stuck', 'anwa i yelhan': 'which is better', 's tcp': 'over tcp',
  's udp': 'over udp', 'trunk amaynut': 'new trunk', 'n uxxam': 'at home', 'n tgmmi': 'at home', 'lli ɣ tigmmi': 'at home',
  // Bambara, Fula and Mandinka; the words holding ɛ ɔ ɲ ŋ ɓ ɗ ƴ, which the tokeniser splits, are read here whole, cut before such
  // a letter at either end ("tɛ damin" for "tɛ daminɛ")
  sɔgɔma: 'morning', tɛmɛnen: 'last', 'kalo tɛmɛnen': 'last month', 'kalo temenen': 'last month', 'kabini kalo': 'since a month',
  'kalo saba': 'three months', 'kalo fila': 'two months', 'bi sɔgɔma': 'this morning', 'bi sogoma': 'this morning',
  'kunun su': 'last night', 'su f': 'at night', 'su fe': 'at night', 'wula f': 'in the evening', 'wula fe': 'in the evening',
  'hali bi': 'still', 'don o don': 'every day', 'tuma b': 'always', 'tuma bee': 'always', 'tuma jumɛn': 'when',
  'tuma jumen': 'when', 'tuma min na': 'when', 'peak waati': 'peak time', 'o waati la': 'at that time', 'tɛ se ka': 'cannot',
  'te se ka': 'cannot', 'tɛ se': 'cannot', 'te se': 'cannot', 'bɛ se ka': 'can', 'be se ka': 'can', 'bɛ se': 'can',
  'be se': 'can', 'tɛ damin': 'does not start', 'te daminen': 'does not start', 'te damine': 'does not start',
  'tɛ wuli': 'does not start', 'te wuli': 'does not start', 'ma wuli': 'did not start', 'tɛ start': 'does not start',
  'tɛ register': 'not registering', 'a te register': 'it is not registering', 'u te register': 'they are not registering',
  'telefoni te register': 'phones not registering', 'telefoniw te register': 'phones not registering',
  'gateway te register': 'gateway not registering', 'trunk te register': 'trunk not registering',
  'de te register': 'is not registering', 'phone te register': 'phone not registering',
  'phones te register': 'phones not registering', 'tɛ taa': 'not going through', 'te taa': 'not going through',
  'bɛ taa': 'go through', 'be taa': 'go through', 'tɛ baara k': 'not working', 'te baara ke': 'not working',
  'bɛ baara k': 'is working', 'be baara ke': 'is working', 'baara k': 'work', 'baara ke': 'work', 'tɛ baasi la': 'not affected',
  'te baasi la': 'not affected', 'baasi t': 'no problem', 'baasi te': 'no problem', 'fili si t': 'no error',
  'fili si te': 'no error', 'fili t': 'no error', 'fili te': 'no error', 'fili ye mun ye': 'what is the error',
  'ke fili ye': 'become a problem', 'kɛ fili ye': 'become a problem', 'fili bɛ k': 'errors happen',
  'fili be ke': 'errors happen', 'n ye fili ke': 'i made a mistake', 'n ye fili k': 'i made a mistake',
  'password fili': 'wrong password', 'an ka fili ye mun ye': 'what did we do wrong', 'ko si t': 'no problem',
  'ko si te': 'no problem', 'tɛ yen': 'is not there', 'te yen': 'is not there', 'rst tɛ on': 'rst not on',
  'rst te on': 'rst not on', 'tun t': 'was not', 'tun te': 'was not', 'fɛn si ma yɛlɛma': 'nothing changed',
  'fen si ma yelema': 'nothing changed', 'fɛn si': 'nothing', 'fen si': 'nothing', 'an ma foyi yɛlɛma': 'we changed nothing',
  'an ma foyi yelema': 'we changed nothing', 'ma foyi': 'nothing', 'fosi tɛ se': 'nothing arrives',
  'fosi te se': 'nothing arrives', 'ma yelema abada': 'never changed', 'ma yɛlɛma abada': 'never changed',
  'ma sara': 'did not pay', 'ma sa': 'did not exit', 'ma faamu': 'did not understand', 'a ma k': 'it is not',
  'a ma ke': 'it is not', 'ka ɲi': 'is fine', 'ka nyi': 'is fine', 'bɛ ɲi': 'is fine', 'be nyi': 'is fine',
  'a bɛ ɲi': 'it is fine', 'a be nyi': 'it is fine', 'ka ca': 'is high', 'ka ca kojugu': 'far too many', 'ka dɔg': 'is low',
  'ka dogo': 'is low', dɔgɔya: 'reduce', 'ka kan ka': 'should', 'ka kan wa': 'is it needed',
  'mun ka kan ka k': 'what should we do', 'mun ka kan ka ke': 'what should we do', 'ye mun ye': 'what is it',
  'bɛ mun k': 'does what', 'be mun ke': 'does what', 'mun na': 'why', jumɛn: 'which', 'nka n': 'but i', 'nka a': 'but it',
  'nka an': 'but we', 'nka u': 'but they', 'nka web': 'but the web', 'n ba fɛ ka': 'i want to', 'n ba fe ka': 'i want to',
  'n ta f': 'i do not want', 'an ka kan ka': 'we should', 'n hakili la': 'i think', 'aw ye an dɛm': 'please help us',
  'aw ye an deme': 'please help us', 'aw ye n dɛm': 'please help me', 'aw ye n deme': 'please help me', dɛm: 'help',
  'barika aw ma': 'thank you', 'i ni sɔgɔma': 'good morning', 'i ni sogoma': 'good morning', 'i ni ce': 'hello',
  'i ni tile': 'good afternoon', 'n teri': 'my friend', 'n teri d': 'my friend', 'n teri do': 'my friend', dɔn: 'know',
  'ka a dɔn': 'to know', 'ka a don': 'to know', 'formation examen': 'training exam', daminɛna: 'started', yɛlɛma: 'changed',
  yɛlɛmana: 'changed', 'rst segin off': 'revert rst to off', 'a segin off': 'revert it to off',
  'bɛ rst off kɛ wa': 'should we turn rst off', 'be rst off ke wa': 'should we turn rst off', 'kabini o': 'since then',
  'an ka': 'our', 'vos te': 'not vos3000', 'an ye a nyanabo': 'we fixed it', 'te server kan': 'not on the server',
  'formation la': 'in the training', 'n ma a faamu': 'i did not understand it', 'examen na': 'in the exam',
  'entretien embauche la': 'in a job interview', 'u ye n ɲininka': 'they asked me', 'u ye n nininka': 'they asked me',
  'an ye a kɛ on': 'turned on', 'an ye a ke on': 'turned on', 'an ye a bila': 'turned on',
  'be to established': 'stay established', 'bɛ to established': 'stay established', 'hali rst ko': 'even after rst',
  'hali rst k': 'even after rst', 'te teme': 'does not get through', 'tɛ tɛm': 'does not get through',
  'te rst to ka teme': 'does not let rst pass', 'tɛ rst to ka tɛm': 'does not let rst pass', 'process kɔr': 'old process',
  'process koro': 'old process', 'jenkins kɔr': 'old jenkins', 'mariadb kɔr': 'old mariadb', 'iptables kɔr': 'old iptables',
  'password kɔr': 'old password', 'routeur kɔr': 'old router', 'ip kɔr': 'old ip', 'gatekeeper koro': 'old gatekeeper',
  tigɛra: 'was cut', 'bɛ tig': 'drop', 'be tige': 'drop', 'licence banna': 'licence expired', 'license banna': 'license expired',
  'credit banna': 'credit expired', 'batiri banna': 'battery died', 'kuran tigɛra': 'power cut', 'kuran tigera': 'power cut',
  'fana sara': 'also died', yɛr: 'itself', 'ba jira': 'shows', 'rst bali': 'blocks rst', 'rtp bali': 'blocks rtp',
  'kiliyan bali': 'blocks customers', 'scan dɔ bali': 'blocked a scan', 'scan do bali': 'blocked a scan',
  'to ka tɛm': 'let pass', 'to ka teme': 'let pass', tɛm: 'pass', sɔr: 'got', 'kumakan tɛ mɛn': 'no audio',
  'kumakan te men': 'no audio', 'bɛ rst jate': 'treats rst as', 'be rst jate': 'treats rst as', 'kɛ on': 'turned on',
  'rst ke on': 'rst turned on', 'sstcpclosereset ke on': 'sstcpclosereset turned on', 'a ke on': 'turned it on',
  'rst da on': 'rst on', 'rst on k': 'after rst on', 'reboot k': 'after reboot', 'rst on ko': 'after rst on', telefɔni: 'phone',
  telefɔniw: 'phones', 'weleli caman': 'many calls', dɔrɔn: 'only', 'u fila': 'both', kɔr: 'old', 'kɔrɔ d': 'an old',
  'koro do': 'an old', kɔf: 'behind', 'nat ko fe': 'behind nat', 'routeur ko fe': 'behind the router',
  'router ko fe': 'behind the router', 'mikrotik ko fe': 'behind mikrotik', 'fortigate ko fe': 'behind fortigate',
  'pfsense ko fe': 'behind pfsense', 'asa ko fe': 'behind the asa', 'firewall ko fe': 'behind the firewall',
  'so routeur ko fe': 'behind the home router', kɔn: 'in', 'log kono': 'in the log', 'kɛrɛ f': 'beside', 'kere fe': 'beside',
  'connection kura': 'new connection', 'weleli kura': 'new calls', 'serveur kura': 'new server',
  'container kura': 'new container', 'routeur kura': 'new router', 'ip kura': 'new ip', 'password kura': 'new password',
  'licence kura': 'new licence', 'gateway kura': 'new gateway', 'kiliyan kura': 'new customer', 'firewall kura': 'new firewall',
  'policy kura': 'new policy', 'rule kura': 'new rule', 'switch kura': 'new switch', 'vps kura': 'new vps',
  'compte kura': 'new account', 'trunk kura': 'new trunk', 'kura caman': 'many new', 'timewait kama': 'for timewait',
  'port kama': 'for the ports', 'sani lundi': 'before monday', 'ka fisa': 'is better', 'bɛ na': 'is coming',
  'be na': 'is coming', 'sinye caman': 'many times', 'kumakan t': 'no audio', 'an ka rst da on wa': 'should we turn rst on',
  'kabini kalo saba': 'for three months', 'kabini kalo fila': 'for two months', 'formation examen na': 'in the training exam',
  'campagne kura': 'new campaign', 'kabini su': 'since last night', 'calls kura': 'new calls', 'tcp kura': 'new tcp',
  'connection te ke': 'connections fail', 'si te se ka ke': 'cannot be made', 'a te port kelen ye': 'it is not one port',
  'a tɛ port kelen ye': 'it is not one port', 'were were': 'different', 'tɛ yɛlɛma': 'does not change',
  'te yelema': 'does not change', 'tɛ segin': 'does not come back', 'te segin': 'does not come back', 'tɛ sɔr': 'does not get',
  'te soro': 'does not get', 'tɛ jira': 'not shown', 'te jira': 'not shown', 'tɛ ban': 'never end', 'te ban': 'never end',
  'tɛ datugu': 'never close', 'te datugu': 'never close', 'tɛ connect': 'cannot connect', 'tɛ wele': 'cannot call',
  'te wele': 'cannot call', 'te call': 'cannot call', 'tɛ sɔn': 'does not accept', 'te son': 'does not accept',
  'ma taa': 'did not go through', 'ma baara': 'did not work', 'ma yɛlɛma': 'not changed', 'ma yelema': 'not changed',
  'ma segin': 'did not come back', 'ma damin': 'did not start', 'ma daminen': 'did not start', 'ma ban': 'did not end',
  'an ma rst da on': 'we did not turn rst on', 'an ma rst kɛ on': 'we did not turn rst on',
  'an ma rst ke on': 'we did not turn rst on', 'fɛn si t': 'nothing', 'fen si te': 'nothing', gɛlɛya: 'problem',
  'gɛlɛya si t': 'no problem', 'geleya si te': 'no problem', 'baasi si t': 'no problem', 'baasi si te': 'no problem',
  jɔra: 'stopped', tiɲɛna: 'broke', cɛnna: 'broke', 'olu b': 'they all', 'telefɔniw b': 'all phones',
  'kiliyanw b': 'all customers', 'weleli b': 'all calls', 'cps bɛ se': 'cps reaches', 'cps be se': 'cps reaches',
  'bɛ taa ka segin': 'drops and comes back', 'be taa ka segin': 'drops and comes back', sɛbɛnna: 'written', 'ba f': 'says',
  'ba fo': 'says', 'ba fɛ ka': 'want to', 'ba fe ka': 'want to', 'rst fana t': 'no rst either', 'rst fana te': 'no rst either',
  'jam waali': 'hello', 'jam tan': 'hello', 'on jaaraama': 'thank you', 'ballee men': 'help us', tiiɗno: 'please',
  'tiiɗno ballee men': 'please help us', 'ballee men tiiɗno': 'please help us', 'gila hanki': 'since yesterday',
  'gila ndeen': 'since then', 'gila nde': 'since', 'hanki jemma': 'last night', 'hannde bimbi': 'this morning',
  'e jemma': 'at night', kikiiɗe: 'evening', 'e kikiiɗe': 'in the evening', 'e kikiide': 'in the evening', 'caggal nde': 'after',
  'caggal ndeen': 'after that', 'caggal reboot': 'after reboot', 'caggal update': 'after update',
  'caggal minit': 'after minutes', 'lewru ɓennundu': 'last month', 'lewru bennundu': 'last month', 'saai peak': 'peak time',
  'e saai peak': 'at peak time', 'ina golla': 'is working', 'ina yaha': 'going through', 'ko report tan': 'just a report',
  'mi neldi': 'i send', 'jooni ina golla': 'now it is working again', 'haani men njaltina': 'should we enable',
  'haani men': 'should we', 'walla men': 'or we', 'heɓii men': 'we had', 'men mbadii on': 'turned on',
  'men mbaɗii on': 'turned on', 'men mbadi on': 'turned on', 'men ngadi on': 'turned on', 'ina ngolla': 'are working',
  'ina golla tan': 'is working fine', 'ina ngolla tan': 'are working', 'golla tan': 'working fine', 'ngolla tan': 'working',
  'ina huuwa': 'is working', 'ina salaa': 'fails', 'ina salee': 'fail', 'salii fuddaade': 'fails to start', noddaaɗe: 'calls',
  'noddaaɗe kesɗe': 'new calls', 'noddaade kesum': 'new call', kesɗe: 'new', ooyɗo: 'old', telefoŋŋe: 'phones',
  'tele fof': 'all phones', kiliyaaŋen: 'customers', 'rst alaa': 'no rst', 'alaa nat': 'no nat', 'kuuraŋ alaa': 'no power',
  caɗeele: 'problems', 'caɗeele alaa': 'no problems', 'cadeele alaa': 'no problems', 'hay caɗeele alaa': 'no problems at all',
  'hay cadeele alaa': 'no problems at all', 'hay huunde': 'nothing', 'hay gooto': 'nobody',
  'hay gooto waylaaki': 'nobody changed', 'waylaaki hay huunde': 'changed nothing',
  'hay huunde goddo waylaaki': 'nobody changed anything else', 'naatataa e': 'not related to', goɗɗo: 'someone', goɗɗe: 'some',
  'seeda tan': 'only a few', 'laabi didi': 'twice', 'laabi keewdi': 'many times', iɗaɓo: 'second',
  'tan woni caɗeele': 'alone is the problem', 'tan woni cadeele': 'alone is the problem', maɓɓe: 'their',
  'sehil am': 'my friend', 'manager am': 'my manager', 'mi yiɗi': 'i want', 'mi yidi': 'i want', yiɗi: 'want', njiɗi: 'want',
  'mi anndaa': 'i do not know', 'mi faamaani': 'i did not understand', 'mi yiɗi anndude': 'i want to know',
  'mi yidi anndude': 'i want to know', 'ko honɗum': 'what', honɗum: 'what', 'ko honum': 'what is', 'hol no': 'how',
  'ko hol': 'what is', 'hol to': 'where', 'hol buri': 'which is', mbaɗeten: 'should we do',
  'ko honɗum mbaɗeten': 'what should we do', 'port noy': 'how many ports', 'noddaaɗe noy': 'how many calls',
  'noy men njogii': 'how many we have', 'naamnal tan': 'just a question', 'cours reseau': 'network course', 'ammaa mi': 'but i',
  'ammaa ina': 'but it', 'ammaa rst': 'but rst', 'ammaa o': 'but he', 'ammaa men': 'but we', mbaɗii: 'did', mbaɗi: 'did',
  'mbadi dum': 'did it', 'mbaɗ-mi': 'should i do', waɗde: 'do', waɗata: 'does', 'accita noon': 'leave it as is', heɓii: 'got',
  heɓataa: 'does not get', 'hebde men': 'affect us', 'ngasa register': 'lose registration', 'kaɓa register': 'registers',
  'ina majji': 'dropping', taƴa: 'cut', 'ina taƴa': 'dropping', 'ina bona': 'breaks', 'port fof gasii': 'all ports exhausted',
  'golle laawol': 'road works', moƴƴi: 'fine', 'ina moƴƴi': 'it is fine', 'ina moyyi': 'it is fine', 'ina moyya': 'is fine',
  moƴƴiri: 'well', 'wona bone': 'is bad', 'heewi no feewi': 'far too many', 'routeur galle': 'home router',
  'kala minit': 'every minute', 'password fere': 'wrong password', 'so men njaltinii': 'if we enable', 'um wonaa': 'that is not',
  'um ko': 'that is', 'um heewi': 'that is high', 'sabu o': 'because he', 'salii sabu': 'failed because',
  'sabu rule': 'because rule', 'heewi na': 'is high', 'moƴƴi na': 'fine', 'moyyi na': 'fine', 'woodi na': 'exists',
  'haani na': 'should', 'ngartoto na': 'come back', 'bona na': 'break', 'no moƴƴiri': 'well', 'no moyyiri': 'well',
  'buri moyyude': 'better', 'ina heewi': 'is high', 'udp tan': 'udp only', yoɓaani: 'did not pay', heɓaani: 'did not get',
  'dum ko': 'that is', 'dum wonaa': 'that is not', 'dum heewi': 'that is high', 'waylude dum': 'change it',
  'ustu dum': 'reduce it', 'ittude dum': 'remove it', 'waylaaki dum': 'did not change it', 'golla na': 'work',
  'ngolla na': 'work', 'mbaylirten dum': 'change it', 'um heewi no feewi': 'that is far too many',
  'i ning somanda': 'good morning', 'i ning tili': 'good afternoon', 'i ning wuraara': 'good evening',
  'i be naading': 'how are you', 'ali n maakoi': 'help us', 'dukare ali n maakoi': 'please help us',
  'bii somanda': 'this morning', 'kunung suutoo': 'last night', luŋo: 'day', 'luŋ wo lu': 'every day',
  'lung wo lung': 'every day', 'kari tambiloo': 'last month', 'kabiring wo': 'since then', 'wo kooma': 'after that',
  'on kooma': 'on after', 'le kooma': 'after', 'mang baara': 'not working', 'mang start': 'did not start',
  'mang register': 'not registering', 'mang taa': 'not going through', 'mang tambi': 'did not get through',
  'mang wuli': 'did not start', 'maŋ falin': 'not changed', 'maŋ yelemaa': 'not changed', 'maŋ rst on-ndi': 'did not enable rst',
  'maŋ kodoo joo': 'did not pay', 'maŋ yele': 'not open', 'feŋ te': 'nothing', 'feŋ maŋ falin': 'nothing changed',
  'feŋ kote': 'nothing else', 'feŋ koteŋ maŋ falin': 'nothing else changed', 'problem te': 'no problem', 'te jee': 'not there',
  'register te jee': 'no registration', 'le mu': 'is it', 'ntolu la': 'our', 'n teriyo': 'my friend', 'koto le': 'old',
  'agent koto': 'old agent', 'tomcat koto': 'old tomcat', 'router koto': 'old router', 'siyaata baake': 'very many',
  'n lafita': 'i want', 'lafita ka a lo': 'want to know', 'jaabi lo': 'know the answer', 'muŋ ne': 'what is',
  'rule muŋ ne': 'which rule', 'muŋ ne wo ti': 'what is that', 'nininkaa dorong': 'just asking', 'be baara la': 'is working',
  'le kuntuta': 'is cut', 'seyi off': 'revert to off', 'a seyi': 'revert it', 'a beteyaata': 'it is fine',
  'saayiŋ a beteyaata': 'now everything is fine', 'ntolu ye a on-ndi': 'turned on', 'rst te teme': 'rst does not get through',
  'on-ndi': 'enable', 'a on-ndi': 'turned it on', 'kuraŋ taata': 'power went out', 'kuraŋ seyita': 'power came back',
  'te baara la': 'not working', 'a te baara la': 'it is not working', 'mang soto': 'did not get',
  'n lafita ka a lo': 'i want to know it', 'ntolu si': 'can we', 'n si': 'can i', 'be naa': 'is coming',
  'te feŋ ke': 'does nothing', 'connection kutoo te ke': 'new connections fail', 'cable reseau': 'network cable',
  'entretien embauche': 'job interview',
  // Ilocano, Hiligaynon, Waray and Kapampangan: their negations ("haan", "saan", "indi", "wala", "diri", "e", "ali", "ala") and
  // little words ("ti", "han", "sang", "kay", "na", "pu") with the word after them, for alone each is another language's word
  'haan nga': 'not', 'haan a': 'not', 'haan met': 'not', 'haan da': 'they did not', 'haan pay': 'not yet', 'saan nga': 'not',
  'saan a': 'not', 'saan met a': 'not', 'saan met nga': 'not', 'saan met': 'not', 'saan pay a': 'not yet',
  'saan pay nga': 'not yet', 'saan pay': 'not yet', 'saan da nga': 'they did not', 'saan da': 'they did not',
  'saan kamin a': 'we cannot', 'saan kadi': 'right', 'saan kami': 'we did not', 'awan met ti': 'no', 'awan ti': 'no',
  'awan pay ti': 'no', 'diak ammo': 'i do not know', 'manipud idi': 'since', 'manipud idin': 'since then', 'sipud idi': 'since',
  'idi kalman': 'yesterday', 'idi rabii': 'last night', 'idi bigat': 'this morning', 'ita nga aldaw': 'today',
  'iti likudan ti': 'behind', 'iti likudan': 'behind', 'adda iti likudan ti': 'behind', 'adda iti nat': 'behind nat',
  'napalabas a lawas': 'last week', 'idi napalabas a lawas': 'last week', 'in-on mi ti': 'we turned on the',
  'in-on mi': 'we turned on', 'in-on ti': 'turned on the', 'in-on': 'turned on', 'nai-on ti': 'turned on the',
  'nai-on': 'turned on', 'naka-on ti': 'enabled the', 'naka-on': 'is on', 'panang-on mi ti': 'we turned on the',
  'panang-on': 'turning on', 'nag-on': 'turned on', 'ket naka-on': 'is on', 'ket unregistered': 'are unregistered',
  'amin a': 'all', 'amin da': 'all of them', 'unregistered amin': 'all unregistered', 'adu ti': 'many', 'adu dagiti': 'many',
  'adu unay': 'very many', 'kasta unay ti': 'very many', 'ania ti aramidek': 'what should i do',
  'ania ti aramidenmi': 'what should we do', 'ania ti rumbeng nga aramidenmi': 'what should we do',
  'ania ti rumbeng': 'what should we do', 'ania ti umno': 'what is right', 'ania ti': 'what is the', 'awan met': 'no',
  'ket awan': 'has no', 'kayat na sawen': 'means', 'agsalsaludsod laeng': 'just asking',
  'para laeng iti eskuela': 'just for school', 'indi mag': 'not', 'indi maka': 'cannot', 'indi ma': 'cannot',
  'indi na maka': 'cannot', 'indi na ma': 'cannot', 'indi na mag': 'no longer', 'indi na registered': 'not registered',
  'indi na': 'no longer', 'indi pa': 'not yet', 'indi makahimo': 'cannot create', 'indi makalusot': 'cannot pass',
  'indi makadalagan': 'cannot run', 'indi makabaton': 'cannot receive', 'indi apektado': 'not affected',
  'indi matapos': 'do not end', 'indi sa': 'not the', 'wala sang': 'no', 'wala gid sila': 'they never', 'wala gid sang': 'no',
  'wala gid': 'never', 'wala man sang': 'no', 'wala man': 'no', 'wala kami sang': 'we have no', 'wala kami': 'we did not',
  'wala ko': 'i did not', 'wala nila': 'they did not', 'wala niya': 'he did not', 'wala sila': 'they did not',
  'wala pa namon': 'we have not yet', 'wala pa': 'not yet', 'wala network': 'no network', 'wala matapos': 'never end',
  'wala nagaabot': 'not arriving', 'wala kabalo': 'do not know', 'wala problema': 'no problem',
  'wala man reklamo': 'no complaints', 'halin sang': 'since', 'halin sa': 'from', 'sugod sang': 'since',
  'sang gin-on namon': 'when we turned on', 'kagab-i': 'last night', 'sa likod sang': 'behind', 'likod sang': 'behind',
  'sang peak hour': 'at peak hour', 'gin-on namon': 'we turned on', 'gin-on': 'turned on', 'gin-enable namon': 'we enabled',
  'gin-enable': 'enabled', 'gin-off': 'turned off', 'gin-drop': 'dropped', 'gina-drop': 'dropping', 'naga-drop': 'dropping',
  'gin-new namon': 'we changed', 'gin-new': 'changed', 'nag-abot': 'reached', 'nagbag-o': 'changed',
  'ano ang solusyon': 'what is the solution', 'ano ang himuon namon': 'what should we do', 'paano ini': 'how to fix',
  'tikang han': 'since', 'tikang pa han': 'since', 'tikang ha': 'from', 'ha likod han': 'behind', 'likod han': 'behind',
  'diri na': 'no longer', 'diri nagana': 'not working', 'nagana na': 'working now', 'diri pa': 'not yet', 'waray pa': 'not yet',
  'waray ini dati': 'this never happened before', 'ano an amon buhaton': 'what should we do',
  'ano an dapat namon buhaton': 'what should we do', 'ano an buhaton': 'what should we do',
  'kada pipira ka minuto': 'every few minutes', 'kada peak': 'every peak', 'kada aga': 'every morning',
  'kada kulop': 'every evening', 'kada oras': 'every hour', 'kada adlaw': 'every day', 'nawawad-an': 'losing',
  'yana maupay na': 'now all fine', 'e ya maka': 'cannot', 'e ya makapag': 'cannot', 'e ya mag': 'does not',
  'e ya makakonekta': 'cannot connect', 'e ya lumwal': 'does not open', 'e ya': 'not', 'e la makatawag': 'cannot call',
  'e la makagawa': 'cannot create', 'e la makalual': 'cannot get out', 'e la makapasok': 'cannot get in',
  'e na makalual': 'cannot get out', 'e na makapag': 'cannot', 'e na makapanatili': 'cannot stay', 'e maka': 'cannot',
  'e matapus': 'do not end', 'e ku ya': 'i cannot', 'ali la': 'cannot', 'ali ku': 'i cannot', 'ali ya': 'not',
  'ala kaming': 'we did not', 'ala yang': 'no', 'ala nang': 'no more', 'ala namang': 'no', 'ala ya': 'none',
  // Hiligaynon: thousands ("katluan ka libo"), what is missing ("ano ang kulang", asked of a fault), nine at night, since RST On,
  // an old error that no longer comes out ("daan pa gid", "indi na ga-gwa").
  'kaluhaan ka libo': '20000', 'katluan ka libo': '30000', 'ano ang kulang': 'what should we change',
  'daan pa gid': 'old already', 'indi na ina ga-gwa subong': 'it no longer comes now', 'indi na ga-gwa': 'no longer comes',
  'alas nuebe sang gab-i': 'at 9pm', 'sang gab-i': 'at night', 'sugod sang rst on': 'since rst on',
  'ewa ku balu': 'i do not know', 'ibat ming in-on': 'since we turned on', 'manibat ming in-on': 'since we turned on',
  'ming in-on': 'we turned on', 'kaybat ming in-on': 'after we turned on', 'king gulut ning': 'behind', 'gulut ning': 'behind',
  'mayap na pu': 'fixed now', 'mayap na': 'fixed now', 'mayap pu': 'fine', 'pakisaup pu': 'please help', 'ya pu': 'it',
  'la pu': '', 'ku pu': '', 'mu pu': '', 'ayus na pu': 'fixed now', 'ayus na': 'fixed now', 'nanu ya pu': 'what is',
  'nanu ya ini pu': 'what is this', 'ubus na': 'used up', 'na pu': 'now', 'ita ya pu': 'is that', 'salamat pu': 'thanks',
  'ok ya pu': 'is it ok', 'default ya pu': 'is it default', 'ko na': 'i already', 'ku na': 'i already',
  'tapos na': 'already over', 'na yana': 'now', 'maupay na': 'fine now', 'galit na': 'angry',
  'unregistered na': 'unregistered now', 'sobra na': 'too many', 'a timewait': 'timewait', 'new nga': 'new', 'baro nga': 'new',
  'baro a': 'new', 'daan a': 'old', 'ikaduha nga': 'second', 'nga ikaduha': 'second one', 'ikaduwa nga': 'second',
  'nga ikaduwa': 'second one', 'makahimo sang': 'create', 'nakakahimo hin': 'create', 'maka-open hin': 'open',
  'open hin': 'open', 'lang ang nakalusot': 'only still working', 'oras nga adu ti tawag': 'peak hours',
  'saan a maaramid ti baro a': 'cannot create new', 'saan nga makaaramid ti': 'cannot create',
  'diri ak maaram kun': 'i do not know', 'diri ak maaram': 'i do not know', 'kun ano an': 'what',
  'kun nag-connect': 'when connecting', 'kun peak': 'at peak', 'kay an': 'because the', 'kay ang': 'because the',
  'kay sang': 'because the', 'kay han': 'because the', 'kay may': 'because there is', 'kay guba': 'because broken',
  'kay damu': 'because many', 'kay sayop': 'because wrong', 'kay wala': 'because no', 'kay waray': 'because no',
  'kay diri': 'because not', 'kay indi': 'because not', 'kay na-': 'because ', 'kay nag-': 'because ', 'kay gin-': 'because ',
  'kay ginbaylo': 'because changed', 'kay ginbalyuan': 'because changed', 'kay nakaabot': 'because reached',
  'kay nasasara': 'because closing', 'kay ano': 'why', 'gapu ta': 'because', 'ta saan': 'because not', 'ta awan': 'because no',
  'ta adda': 'because there is', 'ta nalpas': 'because expired', 'ta naibus': 'because ran out', 'ta kuna': 'because said',
  'mano kadi': 'how many', 'mano ti': 'how many', 'pila ka': 'how many', 'pira ka': 'how many', 'kada pila ka': 'every few',
  'kada pipira ka': 'every few', 'para iti': 'for', 'gusto ko lang mahibaluan': 'just asking',
  'gusto ko la mahibaro': 'just asking', 'gusto lang niya kabalo': 'he is just asking', 'kinahanglan ba': 'do we need',
  'nakita ko': 'i saw', 'na-ayad na': 'fixed now', 'gin-ayad': 'fixed', 'report la': 'just a report',
  'han usa ka bulan': 'a month ago', 'yana maupay na tanan': 'now all fine', 'maupay na tanan': 'all fine now',
  'nagdoble ti pannakastart': 'was started twice', 'dobli ti pannakastart': 'started twice', 'ammok nga': 'i know that',
  'sabali daytoy': 'this is different', 'no apay': 'why', 'manipud iti': 'from',
  'waray ak kalabutan': 'i have nothing to do with it', 'waray kami kalabutan': 'we have nothing to do with it',
  'diri kami an': 'not one we', 'iba nga': 'another', 'han amon kliyente': 'of our customer', 'nagpapaagi han': 'passes the',
  'maupay an mga tawag': 'calls are fine', 'maupay an tawag': 'calls are fine', 'gusto ko la i-document': 'just for the record',
  'han rst': 'the rst', 'han nat': 'the nat', 'han router': 'the router', 'han firewall': 'the firewall', 'han asa': 'the asa',
  'han sstcpclosereset': 'the sstcpclosereset', 'han close reset': 'the close reset', 'han pag-on han': 'turning on the',
  'han pag-enable han': 'enabling the', 'sang rst': 'the rst', 'diri pa kami': 'we have not yet',
  'tikang pa han una': 'since the beginning', 'ano an maupay nga': 'what is a good', 'ala kaming inalilan': 'we changed nothing',
  'ala yang epektu': 'no effect no problem', 'mayap la pu': 'are fine', 'registered la ngan': 'all registered',
  'buri ku': 'i want', 'nung tama': 'whether right', 'off ya mu': 'is off', 'mode mi': 'mode', 'mode namon': 'mode',
  'saludsodko laeng': 'just my question', 'ano an rekomendasyon niyo': 'any suggestion',
  'ano an koneksyon': 'how is it connected', 'ania ti relasion dayta': 'how are they related',
  'ania ti relasion': 'how are they related', 'diri na nagpapabilin nga registered': 'do not stay registered anymore',
  'diri na nabubuhi': 'not powered on', 'diri nabubuhi': 'not powered on',
  'unregistered an amon trunk': 'our trunk unregistered', 'unregistered ang trunk': 'the trunk unregistered',
  'ginbag-o': 'changed', 'ara ang': 'there is the', 'ara pa': 'there is still', 'may ara': 'there is',
  'kinuna ti kaduak': 'my colleague said', 'kuna ti kaduak': 'my colleague says', 'laeng ti': 'only',
  'la an timewait': 'only timewait', 'ti adda kadakami': 'ours', 'diri na maka': 'cannot', 'diri maka': 'cannot',
  'diri naagi': 'does not get through', 'diri nagpapaagi': 'does not let through', 'nga diri nawawara': 'stay',
  'diri nawawara': 'stay', 'ig-reset': 'gets reset', 'an rst': 'the rst', 'ket ita': 'and now', 'ngem ita': 'but now',
  'ti timewait ita': 'the timewait now', 'yana an': 'now the', 'yana unregistered': 'now unregistered',
  'ko na yana': 'i already now', 'subong aga': 'this morning', 'kaina aga': 'this morning', 'maayong aga': 'good morning',
  'maupay nga aga': 'good morning', 'unregistered liwat': 'unregistered again', 'ok liwat': 'ok again',
  'balik liwat': 'back again', 'i-type liwat': 'type again', 'kagab-i liwat': 'last night again', 'diri ini': 'this is not',
  'diri iton': 'that is not', 'diri an': 'not the', 'diri ak': 'i do not', 'diri tcp': 'not tcp', 'diri nag': 'not',
  'diri natatapos': 'not ending', 'diri makagawas': 'cannot get out', 'diri makaapekto': 'does not affect',
  'diri kami': 'we do not', 'diri ma': 'cannot', 'diri makaka': 'cannot', 'diri na-install': 'not installed',
  'diri nakakahimo': 'cannot create', 'diri na nakakahimo': 'cannot create', 'diri gumagana': 'not working',
  'diri na gumagana': 'not working', 'diri sa': 'not the', 'diri ha': 'not in', 'nung obat': 'why', 'iti peak': 'at peak',
  'iti log': 'in the log', 'in-off': 'turned off', 'nag-off': 'turned off', ginpatay: 'turned off', 'pay laeng': 'still',
  'off pay laeng': 'still off', 'awan ti nangbaliw': 'nobody changed', 'awan ti nabaliwan': 'nothing changed',
  'wala sang nagbag-o': 'nothing changed', 'wala man sang nagbag-o': 'nothing changed', 'waray nagbag-o': 'nothing changed',
  'waray kami gin-usab': 'we changed nothing', 'waray gin-usab': 'nothing changed', 'ala yang inalilan': 'nobody changed',
  'tunggal rabii': 'every night', 'tunggal aldaw': 'every day', inaldaw: 'daily', 'kada gab-i': 'every night',
  'adlaw-adlaw': 'every day', 'aldo-aldo': 'every day', 'bengi-bengi': 'every night', 'napun bengi': 'last night',
  'ti rst': 'the rst', 'ti nat': 'the nat', 'ti firewall': 'the firewall', 'ti registration': 'the registration',
  'ti timewait': 'the timewait', 'ti router': 'the router', 'ti routers': 'the routers', 'ti phone': 'the phone',
  'ti phones': 'the phones', 'ti softphone': 'the softphone', 'ti server': 'the server', 'ti vos': 'the vos',
  'ti vos3000': 'the vos3000', 'ti sstcpclosereset': 'the sstcpclosereset', 'ti close reset': 'the close reset',
  'ti tcp': 'the tcp', 'ti udp': 'the udp', 'ti carrier': 'the carrier', 'ti trunk': 'the trunk', 'ti trunks': 'the trunks',
  'ti iptables': 'the iptables', 'ti fortigate': 'the fortigate', 'ti pfsense': 'the pfsense', 'ti sophos': 'the sophos',
  'ti error': 'the error', 'ti port': 'the port', 'ti ports': 'the ports', 'ti internet': 'the internet', 'ti ip': 'the ip',
  'ti password': 'the password', 'ti license': 'the license', 'ti account': 'the account', 'ti reseller': 'the reseller',
  'ti agent': 'the agent', 'ti cps': 'the cps', 'ti peak': 'the peak', 'ti script': 'the script', 'ti process': 'the process',
  'ti manual': 'the manual', 'ti setting': 'the setting', 'ti tawag': 'the calls', 'ti problema': 'the problem',
  'ti kuryente': 'the electricity', 'ti kliyente': 'the customers', 'ti baro': 'the new', 'ti daan': 'the old',
  'ti laeng': 'the only', 'agpukaw ti': 'lose the', 'mapukaw ti': 'lose the', 'madrop ti': 'dropped the',
  'idrop ti': 'drops the', 'binaliwanmi ti': 'we changed the', 'binaliwan ti': 'changed the',
  'panangtune mi ti': 'our tuning of the', 'makadanon ti': 'reach the', 'agpalasat ti': 'let through the',
  'makaaramid ti': 'create the', 'kalpasan ti': 'after the', 'gapu iti': 'because of', 'maipanggep iti': 'about',
  'nagdoble ti pannakastart ti script': 'the script was started twice',
  'nagdoble ti pannakastart ti app': 'the app was started twice',
  'nagdoble ti pannakastart ti process': 'the process was started twice',
  'nagdoble ti pannakastart ti program': 'the program was started twice',
  'nagdoble ti pannakastart ti service': 'the service was started twice',
  'nagdoble ti pannakastart ti cron': 'the cron was started twice',
  'nagdoble ti pannakastart ti job': 'the job was started twice',
  'dobli ti pannakastart ti script': 'the script was started twice', 'dobli ti pannakastart ti app': 'the app was started twice',
  'dobli ti pannakastart ti process': 'the process was started twice',
  'dobli ti pannakastart ti program': 'the program was started twice',
  'dobli ti pannakastart ti service': 'the service was started twice',
  'dobli ti pannakastart ti cron': 'the cron was started twice', 'dobli ti pannakastart ti job': 'the job was started twice',
  'doble ti pannakastart ti script': 'the script was started twice', 'doble ti pannakastart ti app': 'the app was started twice',
  'doble ti pannakastart ti process': 'the process was started twice',
  'doble ti pannakastart ti program': 'the program was started twice',
  'doble ti pannakastart ti service': 'the service was started twice',
  'doble ti pannakastart ti cron': 'the cron was started twice', 'doble ti pannakastart ti job': 'the job was started twice',
  'na softphone': 'softphones', 'na softphones': 'softphones', 'raat na': 'at night', 'e loko': 'they',
  'mari jay': 'gets killed', 'mari jaay': 'gets killed', 'mari nakhyo': 'killed', 'mari nakhyu': 'killed', 'mari nakhe': 'kills',
  'nathi banti': 'not established', 'nathi banta': 'not established', 'biji baju': 'other side', 'tyar pachi': 'after that',
  'tyar pachhi': 'after that', 'fayda kay': 'what is the benefit', 'fayda shu': 'what is the benefit',
  'amara vos ma nathi': 'not on our vos', 'amara server ma nathi': 'not on our server',
  'amara softswitch ma nathi': 'not on our softswitch', 'amara vos3000 ma nathi': 'not on our vos',
  'bija vendor nu': 'another vendors', 'bija vendor na': 'another vendors', 'bija vendor': 'another vendor', 'users na': 'users',
  'customer na': 'customer', 'shop na': 'shop', 'badha phone': 'all phones', 'badha phones': 'all phones',
  'badha calls': 'all calls', 'su karvu': 'what to do', 'su karu': 'what to do', 'su thay': 'what happens', 'lage che': 'seems',
  'kem cho': 'hello', 'kem chho': 'hello', 'kevi rite': 'how', 'kai rite': 'how', 'shu thay': 'what happens',
  'shu karvu': 'what to do', 'shu karu': 'what to do', 'shu che': 'what is', 'pan aata': 'but now', 'pan have': 'but now',
  'pan atam': 'but now', 'farak shu': 'difference', 'etle shu': 'means what', 'etle exactly shu': 'means exactly what',
  'tyar thi': 'since then', 'tyare thi': 'since then', 'tya thi': 'since then', 'kale thi': 'since yesterday',
  'kal thi': 'since yesterday', 'aaje savar thi': 'since this morning', 'savar thi': 'since morning',
  'kale raat thi': 'since last night', 'kale raate': 'last night', 'kale raat': 'last night', 'gaya mahine': 'last month',
  'gaya athvadiye': 'last week', 'gaye mahine': 'last month', 'have chalu': 'now working', 'have barabar': 'now fine',
  'have ok': 'now ok', 'have thik': 'now fine', 'mast chale che': 'works fine', 'mast chale': 'works fine',
  'barabar chale che': 'works fine', 'chale che': 'works', 'mast che': 'is fine', 'barabar che': 'is fine',
  'thik che': 'is fine', 'ok che': 'is ok', 'normal che': 'is normal', 'register che': 'registered',
  'register nathi': 'not registered', 'register nathi thata': 'not registering',
  'register nathi rehta': 'cannot stay registered', 'register nathi raheta': 'cannot stay registered',
  'ek pan error nathi': 'no more errors', 'na phone': 'phones', 'na phones': 'phones', 'na agents': 'agents',
  'on kari': 'turned on', 'off kari': 'turned off', 'nathi kari shakto': 'cannot', 'nathi kari shakti': 'cannot',
  'nathi kari shakta': 'cannot', 'nathi kari shaktu': 'cannot', 'kari shake': 'can', 'kari shakay': 'can',
  'khuti gaya': 'ran out', 'khuti gayu': 'ran out', 'khuti gai': 'ran out', 'karan hoi shake': 'could be the cause',
  'nat pachhal na': 'behind nat', 'router pachhal na': 'behind router', 'mikrotik pachhal na': 'behind mikrotik',
  'firewall pachhal na': 'behind firewall', 'fortigate pachhal na': 'behind fortigate', 'pfsense pachhal na': 'behind pfsense',
  'nat pachhal': 'behind nat', 'router pachhal': 'behind router', 'mikrotik pachhal': 'behind mikrotik',
  'firewall pachhal': 'behind firewall', 'fortigate pachhal': 'behind fortigate', 'pfsense pachhal': 'behind pfsense',
  'no problem nahoto': 'problem not', 'no problem nathi': 'problem not', 'nu problem nathi': 'problem not',
  'kai problem nathi': 'no problem', 'kai farak na': 'no difference', 'kai nathi': 'nothing',
  'mane khabar na hati': 'i did not know', 'mane khabar nathi': 'i do not know', 'khabar nathi': 'do not know',
  'interview ma': 'in an interview', 'exam ma': 'in an exam', 'training ma': 'in training', 'course ma': 'in the course',
  'mara mitra': 'my friend has', 'mara dost': 'my friend', 'karan ke': 'because', 'thai gai': 'became', 'thai gayu': 'happened',
  'thai gaya': 'became', 'puri thai gai': 'expired', 'puri thai': 'expired', 'fix karyu': 'fixed', 'fix kari didhu': 'fixed',
  'thata hata': 'were', 'thatu hatu': 'was', 'thato hato': 'was', 'nathi thata': 'not happening', 'nathi thatu': 'not happening',
  'nathi thato': 'not happening', 'jaanva mate': 'just to know', 'janva mate': 'just to know', 'fakt janavyu': 'just informing',
  'kay jhala': 'what happened', 'kay zala': 'what happened', 'kay karu': 'what to do', 'kay karaycha': 'what to do',
  'kay karave': 'what to do', 'mhanje kay': 'means what', 'kay aahe': 'what is', 'kal pasun': 'since yesterday',
  'tevha pasun': 'since then', 'tevha paasun': 'since then', 'sakali pasun': 'since morning', 'magchya mahinyat': 'last month',
  'magchya aathavdyat': 'last week', 'maagchya mahinyat': 'last month', 'magchya athavdyat': 'last week',
  'aata sagla': 'now everything', 'aata sagle': 'now all', 'aata theek': 'now fine', 'aata thik': 'now fine',
  'aata chalu': 'now working', 'kahi problem nahi': 'no problem', 'kahi nahi': 'nothing', 'kahich nahi': 'nothing',
  'hot nahi': 'not happening', 'hot nahit': 'not happening', 'yet nahi': 'not coming', 'yet nahit': 'not coming',
  'lagat nahi': 'not connecting', 'lagat nahit': 'not connecting', 'jat nahi': 'not going through',
  'jat nahit': 'not going through', 'rahat nahi': 'do not stay', 'rahat nahit': 'do not stay',
  'register rahat nahit': 'cannot stay registered', 'register rahat nahi': 'cannot stay registered', 'fix kela': 'fixed',
  'fix kele': 'fixed', 'on kelach nahi': 'never turned on', 'kadhi badalla nahi': 'never changed',
  'light pan yet nahi': 'no light', 'light yet nahi': 'no light', 'andaje kiti': 'roughly how many', 'kiti paryant': 'how much',
  'kiti timewait': 'how many timewait', 'kiti ports': 'how many ports', 'training madhe': 'in training',
  'course madhe': 'in the course', 'exam madhe': 'in the exam', 'interview madhe': 'in an interview',
  'colleague chya': 'a colleague has', 'mitra chya': 'a friend has', mitrachya: 'a friends', 'mitra na': 'a friend has',
  'aamhala nahi aala': 'we did not get it', 'connection hot nahi': 'connections do not connect',
  'connection hot nahit': 'connections do not connect', 'connect hot nahi': 'do not connect',
  'connect hot nahit': 'do not connect', 'sarkha jata': 'keeps dropping', 'sarkha jaata': 'keeps dropping',
  'registration jata': 'registration lost', 'registration jaata': 'registration lost', 'maagchya aathavdyat': 'last week',
  'nat maagchya': 'behind nat', 'router maagche': 'behind router', 'router maagchya': 'behind router',
  'nat maagche': 'behind nat', 'sagla theek': 'everything fine', 'sagla thik': 'everything fine', 'sagle theek': 'all fine',
  'sagle thik': 'all fine', 'sagla theek aahe': 'everything fine', 'sagla chaan': 'everything fine', '4g dongle': '4g modem',
  'usb dongle': 'usb modem', 'log madhe': 'in the log', 'log madhye': 'in the log', 'logs madhe': 'in the logs',
  'sodat nahi': 'does not let through', 'sodat nahit': 'do not let through', 'security group madhe': 'in the security group',
  'nat madhle': 'behind nat', 'nat madhil': 'behind nat', 'vicharla mhanun': 'asked so', 'cable nighali': 'cable unplugged',
  'cable nighala': 'cable unplugged', 'nighali hoti': 'was unplugged', 'kitem zalem': 'what happened',
  'kitem zala': 'what happened', 'kaim problem na': 'no problem', 'kaim na': 'nothing', 'kal thaun': 'since yesterday',
  'tednam thaun': 'since then', 'sokalim thaun': 'since morning', 'aiz sokalim': 'this morning',
  'aiz sokalim thaun': 'since this morning', 'mhaka kollona': 'i do not know', 'mhaka kollonam': 'i do not know',
  'thai jay': 'become', 'thai jay che': 'become', 'thai jase': 'will become', 'upkar korun': 'please',
  'dev borem korum': 'thank you', 'dev borem korun': 'thank you', 'bond asa': 'is down', 'bond aslli': 'was down',
  'bond aslo': 'was down', 'line bond': 'line down', 'course-ant': 'in the course', 'training-ant': 'in training',
  'exam-ant': 'in the exam', 'log-ant': 'in the log', 'server-ar': 'on the server', 'router-ar': 'on the router',
  'firewall-ar': 'on the firewall', 'udp-ar': 'on udp', 'tcp-ar': 'on tcp', 'peak-ar': 'at peak', 'laptop-ar': 'on the laptop',
  'port-ar': 'on port', 'trunk-ar': 'on the trunk', 'connect-ar': 'on connect', 'second-ar': 'seconds', 'lan-ar': 'on the lan',
  'wifi-ar': 'on wifi', 'phone-ar': 'on the phone', 'mac-ar': 'on the mac', 'app-ant': 'in the app', 'phone-ant': 'in the phone',
  'linux-ant': 'in linux', 'office-ant': 'in the office', 'group-ant': 'in the group',
  'security group-ant': 'in the security group', 'pfsense-ant': 'in pfsense', 'router-ant': 'in the router',
  'server-ant': 'on the server', 'trunk-ak': 'to the trunk', 'firewall-ak': 'the firewall', 'server-ak': 'to the server',
  'provider-ak': 'to the provider', 'rst-achem': 'rst', 'rst-achi': 'rst', 'server-acho': 'server', 'customer-acho': 'customer',
  'agents-ache': 'agents', 'lan-acheo': 'lan ones', 'phone-anchem': 'phone', 'fail2ban-an': 'fail2ban', 'isp-chi': 'isp',
  'fix kelem': 'fixed', 'korunk zai': 'should', 'fokot sangunk': 'just informing', 'sangunk zai aslem': 'just informing',
};
/**
 * Javanese (ngoko and a little krama), Sundanese, Minangkabau and Acehnese, with the Indonesian words they are mixed with,
 * read as one (SYMPTOM_JOINS): the negations ("ra iso", "ora ono", "mboten wonten", "teu tiasa", "ndak bisa", "hana jeut"),
 * since and after ("wiwit", "ti saprak", "sanggeus", "sajak", "phon dari", "bar tak uripke"), turned on ("dihurungkeun",
 * "dihiduikan", "geu-udep"), behind ("tukangeun", "balakang", "likot"), fine ("aman kabeh", "teu kunanaon"), fixed, only
 * reporting or asking, and thousands as Sundanese and Acehnese say them ("27 rebu", "29 ribee").
 */
const JAVA_SUNDA_MINANG_ACEH: Readonly<Record<string, string>> = {
  // Javanese "ora diganti" (not changed)
  'ora diganti': 'not changed', 'ora ganti': 'not changed', 'ora berubah': 'not changed',
  // figures, how many, how often
  rebu: 'thousand', ribee: 'thousand', ewu: 'thousand', ewonan: 'thousands', 'puluhan ewu': 'tens of thousands',
  'puluhan rebu': 'tens of thousands', 'puluhan ribee': 'tens of thousands', 'puluhan ribu': 'tens of thousands',
  'loba pisan': 'a lot', 'le that': 'very many', akeh: 'many', kathah: 'many', luwih: 'more than', numpuk: 'piles up',
  unggal: 'every', 'tiep malam': 'every night', tiok: 'every', 'sabe gadoh': 'always lose', acok: 'often',
  'jam sibuk': 'peak hours', peuting: 'at night', 'jam 8 peuting': 'at 8 pm', 'tiep jam': 'every hour',
  // time words
  'wulan wingi': 'last month', 'bulan kamari': 'last month', 'bulan patang': 'last month', kamari: 'yesterday', ayeuna: 'now',
  'sajak pagi cako': 'since this morning', 'wiwit enjing': 'since this morning', 'dari malam baroe': 'since last night',
  'wiwit biyen': 'from the start', 'ti awal': 'from the start', 'samemehna lancar': 'before that it was fine',
  'sigohlom nyan aman': 'before that it was fine',
  // since, after, turned on, changed
  wiwit: 'since', 'ti saprak': 'since', saprak: 'since', sajak: 'since', 'phon dari': 'since', 'dari rst': 'since rst',
  sanggeus: 'after', 'bar tak uripke': 'after i turned on', 'bar rst': 'after rst', 'tak uripke': 'i turned on',
  uripke: 'turn on', dihurungkeun: 'turned on', dihiduikan: 'turned on', 'geu-udep': 'turned on', 'geu udep': 'turned on',
  'nga-on-keun': 'turned on', 'ngaon-keun': 'turned on', 'nga on keun': 'turned on', 'ambo jadikan on': 'i set it on',
  'mulainyo samo jo': 'it started when', ngarobah: 'changed', 'close jadi reset': 'close to reset', dirobah: 'changed',
  'teu dirobah': 'not changed', 'teu aya nu robah': 'nothing changed', 'ora tau tak ganti': 'i never changed it',
  // behind, through, at
  tukangeun: 'behind', 'di tukangeun': 'behind', 'di balakang': 'behind', balakang: 'behind', 'di likot': 'behind',
  likot: 'behind', ngaliwatan: 'through', 'router imah': 'home router', 'meusangkot bak': 'stuck at',
  'bak kanto': 'at the office', 'masalah bak': 'problem on', kanto: 'office',
  // Sundanese registration that goes off and on ("pareum-hurung"); Indonesian and Malay in fresh hands: RST missing behind the
  // firewall, a blog post written, not a live case, we plan, just planning, tested in staging, production stays off, just for
  // the record, a baseline, no route, our own LAN problem
  'pareum hurung registrasina': 'registration unstable', 'pareum-hurung registrasina': 'registration unstable',
  'rst gak ada': 'rst is missing',
  'blog post yg saya tulis': 'a blog post i wrote', 'bukan kasus live': 'not a live case', 'kami bercadang': 'we plan',
  'nak rancang dulu': 'just planning', 'kami test di staging': 'we tested in staging', 'production tetap off': 'production stays off',
  'catat aja ya': 'just for the record', 'mau catat baseline': 'just for the record', 'gak punya route': 'has no route',
  'masalah lan kami sendiri': 'our own lan problem',
  // what fails
  'leungit registrasi': 'lost registration', 'lapeh registrasi': 'lose registration', 'gadoh registrasi': 'lose registration',
  'teu daek register deui': 'cannot register anymore', 'ndak bisa register lai': 'cannot register anymore', 'ndak bisa': 'cannot',
  'teu register': 'not registering', 'teu kadaptar deui': 'no longer registered', 'teu kadaptar': 'not registered',
  'offline wae': 'keep going offline', 'ra iso': 'cannot', 'ora iso': 'cannot',
  'teu ngaliwatkeun': 'blocks', 'ra ngeculke': 'blocks', 'hana geupeulheueh': 'blocks', ngaliwatkeun: 'lets through',
  ngeculke: 'lets through', nyangkut: 'stuck', meusangkot: 'stuck', macet: 'stuck', nggantung: 'hang', 'ngedrop rst': 'drops rst',
  'ngadrop rst': 'drops rst', 'gagal mandum': 'all fail', 'port lokal ka abeh': 'local ports are used up',
  'call ka abeh': 'calls have ended', pakon: 'why', 'port beak': 'ports ran out', anyar: 'new', baro: 'new',
  'ben timewait mudhun': 'so that timewait goes down',
  // power, lines, other causes
  'listrek mate': 'power outage', 'pln mati': 'power outage', 'ups alah habih': 'the ups battery ran out',
  'pln teungoh peugot': 'the power company is repairing it', 'indihome pejah': 'the internet is down', pejah: 'down',
  'isp nu pareum': 'the isp was down', 'kabel fiber pegat': 'fiber cut', kabelna: 'its cable', pegat: 'cut',
  'isp nuju ngalereskeun': 'the isp is repairing it', 'kuotana beak': 'its mobile data balance finished',
  'tos dieusian deui': 'after it was recharged', 'langsung online': 'online right away',
  'adaptor e ilang': 'its power adapter is lost so no power', 'masa berlaku habih': 'the account expired', kadaluwarsa: 'expired',
  diperpanjang: 'renewed', tetela: 'turns out', 'lcd ne pecah': 'its screen is cracked', 'sabab reubah': 'because it fell',
  // fine, fixed, no problem
  'aman kabeh': 'all fine', 'aman mandum': 'all fine', 'saiki aman': 'now fine', 'kini lah aman': 'now fine',
  'server ku aman': 'my server is fine', 'ip publik aman': 'public ip fine', 'ayeuna mulus': 'now fine', 'yo lancar': 'also fine',
  lancar: 'fine', 'tetep registered': 'stay registered', 'wis dibenakke': 'already fixed', dibenakke: 'fixed',
  'tos dibereskeun': 'already fixed', dibereskeun: 'fixed', 'lah diselesaikan': 'already fixed', 'hana masalah': 'no problem',
  'ra ono masalah': 'no problem', 'ora ono sing unregistered': 'no unregistered', 'aman sado': 'all fine',
  'nan rusak cuma ciek': 'only one is broken', 'dek jatuah': 'because it fell', 'ra ono opo2': 'shows nothing', 'kok nek': 'when',
  'nek cps': 'when cps', 'podo timeout': 'all fail with timeout', 'karo closewait opo': 'and closewait is what',
  'teu kunanaon': 'fine', 'urang mah teu kunanaon': 'we are fine', 'sadayana registered': 'all registered',
  'sing rusak mung siji': 'only one is broken', 'nu masalah mah ngan hiji': 'only one has a problem',
  'nyang rusak saboh': 'only one is broken', 'mboten wonten': 'there is no', 'ugi mboten wonten': 'also not there',
  'vos kulo mboten wonten': 'my vos has no',
  // someone else's, just asking, just reporting
  kancaku: 'my friend', nganggo: 'uses', urang: 'we', padahal: 'while', 'bak vos': 'on vos', 'bak netstat': 'in netstat',
  'isp bak': 'the isp in', 'rerencangan abdi': 'my friend', dudu: 'not', sanes: 'not', 'lain firewall': 'not the firewall',
  jare: 'they say', cenah: 'they say', 'mung lapor': 'just reporting', 'ngan laporan': 'just reporting',
  'ngan konfirmasi': 'just confirming', 'laporan bulanan wae': 'just a monthly report', 'namung tanglet': 'just asking',
  'soal ujian': 'exam question', 'tes di lab': 'lab test', 'punten ngaganggu': 'sorry to bother', 'matur nuwun': 'thanks',
  // question words
  'ki sakjane opo to': 'what is it actually', 'opo to': 'what is it', 'kudu dibusak ora': 'should i delete them',
  'enake 0 opo 1': 'which is better 0 or 1', bedane: 'the difference between', jeung: 'and', 'karo closewait': 'and closewait',
  'aya hubunganana teu': 'are they related', 'abdi bingung': 'i am confused',
  'maca artikel': 'after i read about it in the article', 'bos takon aku': 'the boss asked me',
  'ra iso njelaske': 'do not know how to explain', 'ono hubungane karo aku ra': 'is it related to me',
  'ono referensi ora': 'is there a reference', 'apo dampak': 'what is the effect', jalehkan: 'explain',
  'padum port nyan': 'how many ports is that', 'peue nyang payah lon gantoe': 'what should i change',
  'menapa cekap dipun pantau mawon': 'is it enough to just watch it', 'kapan iso': 'when can it be',
  'durung ono trafik': 'no traffic yet', durung: 'not yet', ketoke: 'it seems', sigana: 'probably',
  'ga bisa': 'cannot', 'gak bisa': 'cannot', 'gk bisa': 'cannot', 'nggak bisa': 'cannot', 'ngga bisa': 'cannot',
  'tdk bisa': 'cannot', 'tidak bisa': 'cannot', 'ndak iso': 'cannot', 'ndak iso buka': 'cannot open',
  'port lokal abis': 'local ports run out', 'port lokal habis': 'local ports run out',
  'piye iki': 'what should we do', 'gimana nih': 'what should we do',
  'gmn nih': 'what should we do', 'habis setting': 'after the setting', 'abis setting': 'after the setting',
  'abis fix': 'after the fix', 'habis fix': 'after the fix', 'ga bisa registered lama': 'cannot stay registered',
  'gak bisa registered lama': 'cannot stay registered', 'ga bisa register lama': 'cannot stay registered',
  'ga ada masalah call': 'calls are fine', 'gak ada masalah call': 'calls are fine',
  'tidak ada masalah call': 'calls are fine', 'yg sedang jalan': 'in progress',
  'kuota internet habis': 'the internet quota ran out', 'kuota habis': 'the internet quota ran out',
  'isi ulang': 'topped up', kecabut: 'unplugged', soale: 'because', 'dianggap bahaya': 'considered dangerous',
  'berapa jumlah': 'how many', 'udh beres': 'already fixed', 'udah beres': 'already fixed', 'sudah beres': 'already fixed',
  'wis beres': 'already fixed', 'skrg aman': 'all fine now', 'sekarang aman': 'all fine now',
  'cuma lapor': 'just reporting', 'makasih banyak': 'thanks a lot', 'apa maksud': 'what is the meaning of',
  'bukan di server kami': 'not on our server', 'di modul training': 'in a training module',
  'belum pernah begitu': 'never had that', 'udh dimatiin': 'already turned off',
  'udah dimatiin': 'already turned off', 'bukan kasus nat': 'not a nat case',
  'ternyata lisensi': 'it turned out to be the license', 'gk pernah pake tcp': 'we never use tcp',
  'ga pernah pake tcp': 'we never use tcp', 'gak pernah pake tcp': 'we never use tcp', 'full udp': 'udp only',
  'cuma konfirmasi': 'just confirming', 'gk ada isu skrg': 'no issue now', 'ga ada isu skrg': 'no issue now',
  'cuma mau konfirm': 'just want to confirm', 'ga ada keluhan': 'no complaints', 'gk ada keluhan': 'no complaints',
  'tdk ada keluhan': 'no complaints', 'tidak ada keluhan': 'no complaints', 'tanya istilah': 'asking about a term',
  'nanya aja': 'just asking', 'dudu port entek': 'not port exhaustion', 'port entek': 'ports run out',
  'wis tak benerke': 'i have fixed it', 'belum mau ubah': 'not changing it yet', 'cuma pengen tau': 'just want to know',
  'pertanyaan umum': 'general question',
  'di kisaran': 'around', kisaran: 'around', skrg: 'now', sekarang: 'now',
  'pas jam sibuk': 'at peak hours', 'pas peak': 'at peak', 'pas jam peak': 'at peak hours',
  'gak bisa jelasin': 'do not know how to explain', 'ga bisa jelasin': 'do not know how to explain',
  'gk bisa jelasin': 'do not know how to explain', 'nggak bisa jelasin': 'do not know how to explain',
  'tidak bisa menjelaskan': 'do not know how to explain', 'udah dipegang': 'already in use by',
  'udh dipegang': 'already in use by', 'sudah dipegang': 'already in use by', 'sekarang jalan': 'now it works',
  'skrg jalan': 'now it works',
  'buka port': 'open port',
};
/**
 * Cantonese as Hong Kong, Macau and Guangdong type it without an input method, Hokkien and Teochew romanised, and the Singlish
 * and Penang English around them, read as one (SYMPTOM_JOINS); their Chinese characters are read as words (unspacedWords).
 */
const PEARL_HOKKIEN_STRAITS: Readonly<Record<string, string>> = {
  // Cantonese: "m hai" (is not), "m … dou" after a verb (cannot), "mou" (there is no), "jo" after a verb (done), "sin" (first,
  // just), "hai mai" and "… mai" (is it), "dim gaai" (why), "ji ga" (now), "kam yat" (yesterday), "ngo dei" (we)
  'm hai': 'not', 'm hai 401': 'no 401', 'm hai 403': 'no 403', 'm hai ngo dei ge': 'not ours', 'hai mai': 'is it',
  'hai mat ye': 'what is', 'mat ye': 'what',
  'm sai': 'no need to', 'sai m sai': 'do we need to', 'm sai worry': 'no need to worry', 'm gan yiu': 'not important',
  'm goi': 'please', 'm work': 'not working', 'm tsai': 'do not know', 'm sik': 'do not know how to',
  'tai m ming': 'not clear', 'm sei': 'not dead', 'ngam m ngam': 'is it right',
  'dak m dak': 'is it possible', 'dak mai': 'is it possible',
  'hoi m dou': 'cannot open', 'start m dou': 'cannot start', 'register m dou': 'cannot register',
  'connect m dou': 'cannot connect', 'resolve m dou': 'cannot resolve', 'hang m dou': 'cannot run', 'm start dou': 'cannot start',
  'm dou': 'cannot', 'mou ye': 'nothing', 'mou jo': 'gone', 'mou update': 'did not update', 'mou add': 'did not add',
  'mou record': 'no record', 'mou data': 'no data', 'mou include': 'did not include', 'mou pay': 'did not pay',
  'mou renew': 'did not renew', 'mou electricity': 'no electricity', 'mou on': 'did not enable', 'mou nat': 'no nat',
  'internet dou mou': 'no internet',
  'on jo': 'turned on', 'enable jo': 'enabled', 'change jo': 'changed', 'fix jo': 'fixed', 'add jo': 'added',
  'check jo': 'checked', 'kill jo': 'killed', 'upgrade jo': 'upgraded', 'restart jo': 'restarted', 'set jo': 'set',
  'down jo': 'went down', 'expire jo': 'expired', 'expired jo': 'expired', 'loose jo': 'loose',
  'wrong jo': 'wrong', 'reboot jo': 'rebooted', 'block jo': 'blocked', 'block mai jo': 'blocked too', 'ban jo': 'banned',
  'drop jo': 'dropped', 'catch jo': 'caught', 'open jo': 'opened', 'install jo': 'installed', 'run jo': 'ran',
  'confirm jo': 'confirmed', 'lok jo': 'dropped', 'reg lok jo': 'lost registration', 'register lok jo': 'lost registration',
  'jim jo': 'occupied', 'off jo': 'turned off', 'fail jo': 'failed', 'start fail jo': 'started failing',
  'calls fail jo': 'calls failed', 'jo sin': 'just', 'on jo jau': 'on and then', 'off jo jau': 'when it is off',
  'dim gaai': 'why', 'dim ho': 'what should we do', 'dim set': 'how to set', 'dim unban': 'how to unban',
  'dim renew': 'how to renew', 'dim gau': 'what to do', 'dim answer': 'how to answer',
  'ji ga': 'now', 'yi ga': 'now', 'kam yat': 'yesterday', 'ngaam ngaam': 'just', 'yat chin': 'earlier',
  'ngo dei ge': 'our', 'ngo dei': 'we', 'ngo dei yau': 'we have', 'kui dei': 'they', 'kui dei area': 'their area',
  'kui isp': 'their isp', 'gin dou': 'see', 'gei do': 'how many', 'gei noi': 'how long', 'gam noi': 'so long',
  'hou d': 'better', 'hou man dim gaai': 'do not know why', 'ho chi': 'seems', 'jing hai': 'only',
  'sin learn': 'just started learning',
  'off fan': 'turn back off', 'bat ting': 'constantly', 'yung saai': 'used up', 'dang isp sin': 'waiting for the isp',
  'yat bou bou': 'one by one', 'dak haan sin gau': 'will handle it later', 'sap gei man': 'over 100000', 'man gei': 'tenthousand',
  'hai kam yat ge': 'is from yesterday', 'self recover': 'recovered by itself', 'self handle': 'handle it themselves',
  'yau many': 'has many', 'yau issue': 'has the issue', 'ngo local': 'my local', 'ngo colleague': 'my colleague',
  'ngo sin': 'i just', 'bei freeswitch yung': 'let freeswitch use', 'bei old': 'by the old', 'bei cpanel': 'by the cpanel',
  'customer gong': 'customer says', 'client gong': 'client says', 'article gong': 'article says', 'carrier gong': 'carrier says',
  'giu ngo': 'tells me to', 'man ngo': 'asks me', 'bong ngo': 'help me', 'la ma': 'right', 'wor': '',
  // Hokkien and Singlish: "bo" (no, not), "be" before a verb (cannot), "liao" after a verb (already), "si mi" (what), "wa" (I),
  // "ai" (want), "khui" (switch on), "tsit tai" (this one), "an tsuann" (how), "au piah" (behind); the particles "lah", "lor",
  // "leh" and "hor" say nothing
  'bo problem': 'no problem', 'bo issue': 'no problem', 'bo tai tsi': 'no problem', 'bo kuan he': 'not related',
  'bo need': 'no need', 'bo bian': 'no choice', 'bo start': 'does not start', 'bo register': 'not registered',
  'bo connect': 'cannot connect', 'bo eh sai': 'cannot', 'bo tian': 'no power', 'bo pay': 'did not pay',
  'bo update': 'did not update', 'bo call': 'no calls', 'bo sound': 'no sound', 'bo tak': 'can we not',
  'bo unregister': 'no unregistered',
  'all bo register': 'all not registered', 'bo call go thru': 'no calls go through', 'bo vos issue': 'no vos3000 issue',
  'ho bo': 'is it ok', 'can test bo': 'can you test', 'tioh bo': 'correct or not', 'ok bo': 'is it ok',
  'reuse bo': 'reuse or not',
  'change bo': 'change or not', 'off back bo': 'turn back off or not',
  'be thong': 'fail', 'be connect': 'cannot connect', 'be khi lai': 'cannot start',
  'on liao': 'turned on', 'khui liao': 'switched on', 'kill liao': 'killed', 'off liao': 'turned off', 'add liao': 'added',
  'settle liao': 'settled', 'check liao': 'checked', 'ho liao': 'fixed', 'expire liao': 'expired', 'change liao': 'changed',
  'replace liao': 'replaced', 'liao': '', 'oredi': 'already', 'si mi': 'what', 'si mi i su': 'what does it mean',
  'si mi lang': 'who', 'si mi happen': 'what happened', 'si mi problem': 'what problem', 'si mi settle': 'how to solve',
  'got si mi': 'has what', 'wa m tsai': 'i do not know', 'wa ai': 'i want to', 'wa lao': '', 'wa check': 'i checked',
  'wa kill': 'i killed', 'wa on': 'i turned on', 'wa add': 'i added', 'wa off': 'i turned off', 'wa count': 'i count',
  'wa friend': 'my friend', 'wa colleague': 'my colleague', 'ask wa': 'asks me to', 'wa kin kin': 'i quickly',
  'ai fix': 'need to fix', 'ai add': 'need to add', 'ai off back': 'should we turn it back off', 'ai check': 'want to check',
  'ai know': 'want to know', 'ai run': 'want to run', 'ai khui': 'need to open', 'khui': 'switch on', 'tsit tai': 'this',
  'tsit ki': 'this', 'tsit e': 'this', 'tsit pai': 'this time', 'an tsuann': 'how', 'ka kong': 'please explain',
  'au piah': 'behind', 'phai khi': 'broken', 'am si': 'at night', 'tsin tse': 'many', 'kui ban': 'tens of thousands',
  'jit si': 'in the daytime', 'bun te': 'question', 'kiasu': 'cautious', 'kin kin': 'quickly', 'pai seh': 'sorry',
  'course homework': 'homework for the course', 'check jo hai': 'checked and it was', 'actually hai': 'actually it is',
  'but hai': 'but it is', 'jia lat': 'bad', 'can anot': 'can or not', 'buay': 'cannot', 'lah': '', 'leh': '', 'hor': '',
  'eh bro': '',
  'report only': 'just reporting', 'just report back': 'just reporting', 'just share': 'just sharing',
  'just ask first': 'just asking',
};
/**
 * Bhojpuri, Maithili and Awadhi (Bihar, eastern Uttar Pradesh and the Terai) in Latin letters, and in Devanagari as
 * scriptWords reads it, read as one (SYMPTOM_JOINS).
 */
const PURVANCHAL_MITHILA_AWADH: Readonly<Record<string, string>> = {
  // Bhojpuri "naikhe" (is not), Maithili "nai achhi", "nai chhal", "nahi bhel", Awadhi "naahi hai": denials after the verb
  'dikkat naikhe': 'problem not', 'kawno dikkat naikhe': 'no problem', 'koi dikkat naikhe': 'no problem',
  'kauno dikkat naahi': 'no problem', 'kawno problem naikhe': 'no problem', 'koi dikkat naahi': 'no problem',
  'koi baat naahi': 'no matter', 'koi baat nahi': 'no matter', 'wala koi baat naahi': 'not a problem',
  'wala koi baat nahi': 'not a problem', 'naikhe aayal': 'never came', 'naikhe aawat': 'is not coming',
  'na aawat': 'is not coming', 'nai chhal': 'not tha', 'nahi chhal': 'not tha', 'ee nai chhal': 'this never happened',
  'unregister naikhe': 'is not unregistered', 'unregistered naikhe': 'is not unregistered', 'nai achhi': 'is not',
  'nahi achhi': 'is not',
  'nai chhai': 'is not', 'nahi chhai': 'is not', 'nai bhel': 'did not happen', 'nahi bhel': 'did not happen',
  'nai badalal': 'nothing changed', 'kichhu nai badalal': 'nothing changed', 'kuchh na badalni': 'we changed nothing',
  'ke kono rol nai': 'is not the cause', 'kono rol nai': 'no role', 'isp ke problem': 'isp problem',
  'ke koi kami naikhe': 'no shortage of', 'port ke koi kami naikhe': 'ports are not the problem',
  // the copula and what happened: "ba", "bate", "achhi", "chhai" (is), "chhal" (was), "bhail", "bhel" (became), "gail", "gel" (went)
  'thik ba': 'is fine', 'theek ba': 'is fine', 'sahi ba': 'is fine', 'thik achhi': 'is fine', 'thik chhai': 'is fine',
  'sab thik ba': 'everything is fine', 'sab theek ba': 'everything is fine', 'sab sahi ba': 'everything is fine',
  'sab thik achhi': 'everything is fine', 'sab thik chhai': 'everything is fine', 'baki sab thik': 'the rest are fine',
  'baaki sab thik': 'the rest are fine', 'register ba': 'are registered', 'registered ba': 'are registered',
  'unregister ba': 'are unregistered', 'unregistered ba': 'are unregistered', 'unregistered bate': 'are unregistered',
  'unregistered chhai': 'are unregistered', 'unregistered achhi': 'are unregistered', 'unregister chhai': 'are unregistered',
  'ho gail ba': 'has become', 'ho gail': 'became', 'hoi gail': 'became', 'hoi gaa': 'became', 'hoi gawa': 'became',
  'bhay gel': 'became', 'bhai gel': 'became', 'bhay gelai': 'became', 'bhel chhal': 'had happened', 'bhel chhai': 'has happened',
  // what broke: the cable cut, the switch burnt, the data used up, the DHCP server stopped
  'kati gel chhal': 'was cut', 'kati gel': 'was cut', 'kat gail': 'was cut', 'kat gail ba': 'is cut', 'jal gail': 'burnt',
  'jari gel': 'burnt', 'netgear switch': 'network switch', 'data khatam ho gail': 'ran out of data',
  'data khatam bhay gel': 'ran out of data', 'band chhal': 'was stopped', 'ip nai bhetal': 'did not get ip',
  'ip nahi bhetal': 'did not get ip', 'pata chalal': 'found out', 'pata chalal ki': 'found out that',
  'user id galat': 'wrong user id', 'daal dele': 'entered', 'daal dele rahni': 'had entered',
  'daal dele ba': 'has entered', 'hamni ke galti ba': 'it was our mistake',
  'hamar galti': 'our mistake', 'galti hamar ba': 'our mistake',
  // taken by another program: "le liye hai" (has taken), "pakadle ba" (holds), "jhagda" (conflict)
  'le liye hai': 'has taken', 'le lele ba': 'has taken', 'ek hi port ka jhagda': 'one port conflict',
  'ek hi port': 'one port', 
  // who: "hamar" (our; Armenian "hamar" is "for", after its noun), "hamni", "humni" (we), "unkar", "okar" (their)
  'hamar server': 'our server', 'hamar softswitch': 'our softswitch', 'hamar vos3000': 'our vos3000', 'hamar vos': 'our vos',
  'hamar call': 'our call', 'hamar ek': 'one of our', 'hamar customer': 'our customer', 'hamar dost': 'my friend',
  'hamar manager': 'our manager', 'hamar reseller': 'our reseller', 'hamar phone': 'our phone', 'hamar typo': 'my typo',
  'hamar data': 'our data', 'hamar registration': 'our registration', 'hamar terai': 'our terai', 'hamar huawei': 'our huawei',
  'hamar pfsense': 'our pfsense', 'hamar firewall': 'our firewall', 'hamar iptables': 'our iptables', 'hamar gcp': 'our gcp',
  'hamar nat': 'our nat', 'hamar rst': 'our rst', 'hamar developer': 'our developer', 'hamar wholesale': 'our wholesale',
  'hamar team': 'our team', 'hamar ek team': 'one of our teams',
  'oo hamar typo rahe': 'it was my typo', 'hamar typo rahe': 'it was my typo',
  'hamra server pe naikhe aayal': 'we do not have this issue here', 'hamar server pe naikhe': 'not on our server',
  'hamra server pe naikhe': 'not on our server', 'hamar server me nahi': 'not on our server',
  'hamar server par': 'on our server', 'hamar server pe': 'on our server',
  'nat ke pachhan': 'behind nat', 'router ke pachhan': 'behind the router', 'ke pachhan wala': 'behind',
  'security group me': 'in the security group firewall', 'khol dihni': 'we opened',
  'dusre company ka tha': 'was another company server',
  'theek ba register ba': 'are registered fine', 'thik ba register ba': 'are registered fine',
  'hamre paas': 'we have', 'hamre paas abhi': 'we have now', 'humni ke': 'our', 'hamni ke': 'our',
  'hamar dost ke': 'my friend has', 'dost ke': 'friend has',
  // someone else's switch: "VOS naikhe uhan" (there it is not VOS), "uu VOS naahi hai" (that is not VOS)
  'vos naikhe uhan': 'not our vos3000', 'uu vos naahi hai': 'it is not our vos3000', 'vos naahi hai': 'not our vos3000',
  'unka setup hum nahi sambhalit': 'not one we manage', 'hum nahi sambhalit': 'we do not manage',
  // questions: "ka matlab ka hola" (what does it mean), "kaa asar padi" (what effect will it have), "kaahe" (why)
  'ka matlab ka hola': 'what does it mean', 'ka matlab kaa hai': 'what does it mean', 'kaa asar padi': 'what effect would',
  'kaa farak': 'what difference', 'ka farak': 'what difference', 
  'kitna tak': 'up to how many', 'ketna port': 'how many ports', 'ketek port': 'how many ports',
  'kakhan hoit chhai': 'when does it happen', 'ki hoit chhai': 'what is', 'ee kakhan hoit chhai': 'when does this happen',
  'chinta ke baat chhai ki': 'should i worry', 'ek dum chhota sawal': 'a small question', 'chhota sawal': 'small question',
  'bas jaanna hai': 'just curious', 'jaanna hai': 'want to know', 'bas samjhe ke ba': 'just curious',
  'samjhe ke ba': 'want to understand', 'kahi padhni': 'read it somewhere',
  // told about, not happening: "bas feedback de tani" (just giving feedback), "bas reporting ke liye" (just for the record),
  // "bas kahani" (just a story), "bas taiyari" (just preparing), "asal me kono dikkat nai" (no real problem)
  'bas feedback de tani': 'just for the record', 'feedback de tani': 'for the record',
  'bas reporting ke liye': 'just for the record',
  'reporting ke liye': 'for the record', 'bas kahani': 'just telling a story',
  'vos me ekhan tak kichhu nai': 'our vos3000 has never had it so far',
  'bas taiyari': 'just preparing for an interview',
  'asal me kono dikkat nai': 'no real problem', 'presentation banabai chhathi': 'is preparing a presentation',
  'presentation banabai': 'preparing a presentation', 'karwa ke dekhaaye': 'demonstrated',
  'karwa ke dekhaaye training me': 'demonstrated it for training',
  'sakshatkar me puchhal gel chhal': 'in an interview i was asked',
  'puchhal gel chhal': 'was asked', 'course me sawaal aawa': 'a course question', 'jawab kaa likhein': 'what should i answer',
  'training me': 'in training', 'demo lab me': 'in a demo lab', 'jaan boojh ke': 'on purpose', 'jaan-boojh ke': 'on purpose',
  'maaf kari': 'sorry', 'chinta mat kari': 'do not worry',
  // the ticket in the wrong playbook, close it
  'galat playbook me chal gail ba': 'was filed under the wrong playbook', 'close kar din': 'close the ticket',
  'ticket band karu': 'close the ticket',
  // time: "pichhla hafta" (last week), "tahiya sa" (since then), "jahiya sa" (since), "kaalhi" (yesterday), "bhor" (morning)
  'pichle hafta': 'last week', 'pichhla hafta': 'last week', 'pichla saal': 'last year', 'pichhla saal': 'last year',
  'pichla mahina': 'last month', 'pichhla mahina': 'last month',
  'tahiya sa': 'since then', 'tahiya san': 'since then', 'tahiya se': 'since then', 'jahiya sa': 'since', 'jab se': 'since',
  'ke baad sa': 'since', 'kaila ke baad': 'after', 'kaile ke baad': 'after', 'kiye ke baad': 'after',
  'kailaak baad': 'after', 'kaila ke baad sa': 'since', 'kaile ke baad se': 'since', 'kailaak baad sa': 'since',
  'ekhan tak kichhu nai': 'nothing so far', 'ekhan tak': 'so far', 'aage se': 'from now on',
  // cannot and does not: "na kar pawat ba" (cannot), "pass na karat" (does not let through)
  'rst ke pass na karat': 'does not pass rst', 'rst pass na hot': 'does not pass rst',
  'rst pass nai karait achhi': 'does not pass rst', 'pass na karat': 'does not pass',
  'pass nai karait achhi': 'does not pass', 'pass na hot': 'does not pass',
  'ke pass na karat': 'does not pass', 'na kar pawat ba': 'cannot', 'na le pawat ba': 'cannot take',
  'nai banait achhi': 'is not established',
  'na lagat ba': 'does not connect', 'nai lagait achhi': 'does not connect', 'atki jait achhi': 'gets stuck', 
  'sadhi jait achhi': 'run out', 'sadhi gel': 'ran out', 'sa upar': 'over', 'tahiya at peak': 'since then at peak', 
};
/**
 * Luganda, Runyankole and Rukiga, Acholi and Lusoga, mixed with Ugandan English, read as one (SYMPTOM_JOINS).
 */
const BUGANDA_ANKOLE_ACHOLI_BUSOGA: Readonly<Record<string, string>> = {
  // Luganda and Lusoga: the negations ("te…", "si …", "tidhi…"), "okuva lwe" (since), "oluvannyuma lw'" (after), "emabega
  // wa" (behind), what falls off the registration, "just asking", and the clock hours counted from dawn
  'okuva lwe twateeka': 'since we set', 'okuva lwe twakyusa': 'since we changed', 'okuva lwe mwateeka': 'since you set',
  'okuva lwe yateekebwa': 'since it was set', 'okuva lwe': 'since', 'okuva twateeka': 'since we set',
  'okuva twakyusa': 'since we changed', 'okuva ku': 'since', 'okuva olwo': 'since then', 'okuva bulijjo': 'always',
  'lwe twateeka': 'when we set', 'lwe twakyusa': 'when we changed', 'lwe mwateeka': 'when you set',
  'oluvannyuma lwokukyusa': 'after changing', 'oluvannyuma lwokuteeka': 'after setting', 'oluvannyuma lwa': 'after',
  'oluvannyuma lw': 'after', 'oluvannyuma lwokugaziya': 'after scaling', 'emabega wa': 'behind', 'mu maaso ga': 'in front of',
  'wiiki bbiri emabega': 'two weeks ago', 'zigwa ku registration': 'drop off registration',
  'dhigwa ku registration': 'drop off registration', 'zivaako registration': 'drop off registration',
  'tegakyali registered': 'are no longer registered', 'tezikyali registered': 'are no longer registered',
  'tidhiri registered': 'are not registered', 'tezaagwangako': 'never dropped', 'zikyali registered': 'are still registered',
  'dhikyali unregistered': 'are still unregistered', 'zigezaako okwewandiisa': 'try to register',
  'okwewandiisa': 'register', 'ne zigaana': 'and fail', 'ne zigwa nate': 'and drop again', 'zikwata registration': 'register',
  'eri unregistered': 'is unregistered', 'eri off': 'is off', 'eri on': 'is on', 'eri down': 'is down',
  'ziri offline': 'are offline',
  'ziri bulungi': 'are fine', 'eri bulungi': 'is fine', 'kiri bulungi': 'is it fine', 'zikola bulungi': 'work fine',
  'dhikola bulungi': 'work fine', 'bikola bulungi': 'everything works fine', 'byonna bikola': 'everything works',
  'byoona bikola': 'everything works', 'calls zikola': 'calls work', 'calls zonna zikola': 'all calls work',
  'si rst': 'not rst', 'si firewall': 'not the firewall', 'si port exhaustion': 'not port exhaustion',
  'si kizibu': 'not a problem', 'si ffe twagiteeka': 'we did not install it', 'tetulina kizibu': 'we have no problem',
  'tetulina ekyo': 'we do not have that', 'tewali kizibu': 'no problem', 'tewali error': 'no error',
  'tewali kizibu kati': 'no problem now', 'teriiko buzibu': 'has no problem', 'tetugikwatangako': 'we never touched it',
  'tetugikozesa': 'we do not use it', 'tetunnaba': 'not yet', 'tetunnaba kuzikyusa': 'have not changed them yet',
  'tebannagiteeka': 'have not put it', 'mbuuza bubuuza': 'just asking', 'nkubuuza bubuuza': 'just asking',
  'mbategeeza bubategeeza': 'just informing you', 'kabuuzo buuzo': 'just a question', 'mbuuza ku lwange': 'asking for myself',
  'nsaba kutegeera kwokka': 'i just want to understand', 'nsaba kumanya': 'i want to know', 'nnyonnyola': 'explain',
  'kye ki': 'what is it', 'kikola ki': 'what does it do', 'kitegeeza ki': 'what does it mean', 'kiyamba ki': 'what does it help',
  'tukole ki': 'what should we do', 'kiki kino': 'what is this', 'kiki kye tusaanye okukola': 'what should we do',
  'nkole ntya': 'how do i do', 'tugiggyamu ntya': 'how do we remove it', 'tugiggyeeko ntya': 'how do we remove it',
  'ngiggya ntya': 'how do i remove', 'ekyo kya bulijjo': 'is that normal', 'kiri normal': 'is it normal', 'kino': 'this',
  'ekibuuzo kya interview': 'interview question', 'ekibuuzo kya exam': 'exam question',
  'course ya voip gye nsoma': 'the voip course i study',
  'munnange': 'my colleague', 'mukwano gwange': 'my friend', 'munnaffe': 'our colleague', 'mugenzi wangye': 'my colleague',
  'ffe tuli ku': 'we are on', 'ffe tukozesa': 'we use', 'ffe tuli ku udp': 'we are on udp',
  'tukozesa udp yokka': 'we use only udp',
  'ez oku public ip': 'those on public ip', 'ezoku public ip': 'those on public ip', 'eziri ku public ip': 'on public ip',
  'ezofiisi': 'the office ones', 'abakolera awaka': 'working from home', 'yawaka': 'home', 'ku makya': 'in the morning',
  'ez oku makya': 'in the morning', 'ezoku makya': 'in the morning', 'ezemisana': 'in the afternoon',
  'ezakawungeezi': 'in the evening',
  'ezolweggulo': 'in the afternoon', 'ekiro kyonna': 'all night', 'ssaawa': 'at', 'essaawa': 'at', 'kumpi zonna': 'almost all',
  'zikozesebwa': 'are in use', 'ziweddeyo': 'ran out', 'dhiweddeyo': 'ran out', 'eweddewo': 'is gone',
  'kiggwaawo': 'it goes away',
  'tezivaawo': 'do not clear', 'tedhiggwaawo': 'do not end', 'tedhiyita': 'do not pass',
  'tezigiyitamu': 'do not pass it', 'teyisa': 'does not pass', 'tefuluma': 'does not go out', 'tetuuka': 'does not arrive',
  'zisuulibwa': 'are dropped', 'yabadde esuula': 'was dropping', 'calls empya': 'new calls',
  'connections empya': 'new connections', 'connection empya': 'new connection', 'tcp connections empya': 'new tcp connections',
  'tekyasobola': 'can no longer', 'tekyakola': 'no longer works', 'ekomye okuggulawo': 'stopped opening',
  'eremwa okuggulawo': 'fails to open', 'eremwa okukola': 'fails to make', 'ziremererwa': 'fail', 'egwa': 'drops',
  'zikwatidde': 'stuck', 'zisigala': 'remain', 'eriwo': 'is there', 'eyita mu': 'through', 'eziyita mu': 'through',
  'eziyita ku': 'through', 'eri carrier': 'to the carrier', 'eri gateway': 'to the gateway', 'emitwalo esatu': '30000',
  'nga cps': 'when cps', 'nga cps eyise': 'when cps passed', 'nga cps etuuse': 'when cps reached',
  'nga cps esussa': 'when cps exceeds',
  'bwe tulinda': 'if we wait', 'kye kiseera kyennyini': 'exactly the time', 'twazzeemu okuwummuza': 'we restarted',
  'kiddamu enkeera': 'it returns the next day', 'ekyakyuse kyokka': 'the only change',
  'ekimu kireeta ekirala': 'does one cause the other',
  'tuddeyo ku off': 'should we go back to off', 'tugizzeeyo ku off': 'should we put it back to off',
  'tuddeyo': 'should we revert',
  'yasalibwa': 'was cut', 'baggyako amasannyalaze': 'cut the power', 'amasannyalaze gaaviireyo': 'the power went off',
  'amasannyalaze': 'power', 'yafa': 'died', 'yaggwaawo': 'ran out', 'yaggwaako': 'expired', 'neggwaamu': 'ran down',
  'teyasasula': 'did not pay', 'twagiyimiriza': 'we suspended it', 'yakyuse': 'changed', 'ekyuse': 'changed',
  'ziddemu kuzikiza nokuzaaka': 'should they be switched off and on again', 'abalala bonna balungi': 'all the others are fine',
  'twakizudde nti': 'we found that', 'twakizudde': 'we found', 'twali tulowooza': 'we thought', 'tukimanyi': 'we know',
  'kyali kya': 'it was', 'ekizibu kyali': 'the problem was', 'ekizibu kyaffe kya': 'our problem is',
  'ekizibu kiri ku': 'the problem is on',
  'ekizibu kiri mu': 'the problem is in', 'eyinza okuba': 'may be', 'teyinza kukosa': 'cannot affect',
  'tulina okweraliikirira': 'should we worry',
  'tulina okutya': 'should we fear', 'oba tuleke': 'or leave it', 'muyinza okugiggalawo': 'you can close it',
  'ticket eyo muyinza okugiggalawo': 'you can close the ticket', 'mulabe ekirala': 'look at something else',
  'ne tukola reparse': 'and did reparse', 'twateekako': 'we installed', 'yekutte': 'holds', 'ekutte': 'holds',
  'nga tetulina kizibu': 'and we have no problem', 'calls tezigaana': 'calls do not fail', 'tezigenda': 'do not go through',
  'ku peak yokka': 'only at peak', 'ku lwokuna': 'on thursday', 'ku mmande': 'on monday', 'ku lwokubiri': 'on tuesday',
  // Runyankole and Rukiga: "ti…" and "te…" negations, "kuruga obu" (since), "bwanyima ya" (after), "enyuma ya" (behind)
  'kuruga obu twateireho': 'since we set', 'kuruga obu twahindura': 'since we changed', 'kuruga twateeraho': 'since we set',
  'kuruga obu': 'since', 'kuruga ira': 'for a long time', 'obu twateireho': 'when we set', 'bwanyima ya': 'after',
  'bwanyima yokuhindura': 'after changing', 'bwanyima yokuteera': 'after typing', 'enyuma ya': 'behind',
  'tizirikwiyandikisa': 'are not registering', 'tibarikubasa ku register': 'cannot register',
  'nizoreka unregistered': 'show unregistered',
  'nizirugaho aha registration': 'drop off registration', 'ekarugaho aha registration': 'dropped off registration',
  'neerugaho': 'keeps unregistering', 'zikaruga': 'went from', 'zaaza': 'to', 'ekaruga': 'went from', 'yaaza': 'to',
  'ezasigaireho': 'the ones left', 'ezindi zoona': 'all the others', 'ezirikukozesa public ip': 'those on public ip',
  'ni gye': 'is fine', 'nizikora kurungi': 'work fine', 'nizikora': 'are working', 'titukagiteeraho na rimwe': 'we never set it',
  'titukagikozire': 'we have not done it', 'tihariho kizibu': 'no problem',
  'tihariho etari registered': 'none is unregistered', 'itwe titurikwiine kizibu': 'we have no problem',
  'ninkubaza ahabwe': 'i am asking for him',
  'ninkubaza kumanya kyonka': 'i just want to know', 'ninyenda kumanya': 'i want to know',
  'ninyenda kwetegyereza kyonka': 'i just want to understand',
  'ni ekibuuzo kyonka': 'it is just a question', 'ninkumanyisa kyonka': 'just informing you',
  'nabaire ninkubaza': 'i was just asking',
  'shi tushemereire': 'should we', 'tushemereire': 'should we', 'neshemereire': 'is it right', 'nikyo kirungi': 'is that right',
  'nikyo ki': 'what is it', 'tindikumanya': 'i do not know', 'kunsoboorora': 'explain to me', 'ni playbook ki': 'which playbook',
  'terikuziba rst': 'is not dropping rst', 'tukagyetegyereza na tcpdump': 'we checked with tcpdump',
  'nerikuziba rst': 'is dropping rst',
  'nerikwanga rst': 'is rejecting rst', 'terikureka rst kuraba': 'does not let rst through',
  'rst tererikuhika': 'rst does not arrive',
  'calls nshya tizirikukwata': 'new calls do not connect', 'calls nshya nizanga': 'new calls fail',
  'tizirikukwata': 'do not connect',
  'tizirikuhika': 'do not arrive', 'terikwimuka': 'does not start', 'tirikwimuka': 'does not start',
  'tarikutandika': 'does not start',
  'tirikukora': 'not working', 'terikufunguka': 'does not open', 'tirikubasa': 'cannot', 'neyanga kukora': 'refuses to make',
  'ehikire aha': 'reached', 'ekanyiga kabiri': 'doubled', 'nizihwaho': 'run out',
  'zarugaho': 'dropped off', 'ahabwekasitoma': 'because of a customer', 'oine bandwidth nkye': 'with little bandwidth',
  'ekahya': 'burned', 'ekahwaho': 'expired', 'ekafa': 'died', 'tarikubaho': 'is missing', 'tibarahindura': 'have not changed',
  'tererikureeba': 'does not see', 'eri down kuruga': 'is down since', 'tihariho internet': 'there is no internet',
  'nikyo esimu zitari registered': 'that is why the phones are not registered', 'nitulinda': 'we are waiting',
  'last month twabaire tuine': 'last month we had', 'twabaire tuine': 'we had', 'twahindura': 'we changed',
  'okuhindura': 'changing',
  'kuza rst': 'to rst', 'kuza off': 'to off', 'aha peak kyonka': 'only at peak', 'aha busy hour': 'at busy hour',
  'buri kiro': 'every night',
  'omu ka': 'at home', 'buri dakiika nkye': 'every few minutes', 'bwanyima yakaanya kakye': 'after a short while',
  'osiibire ota': 'good afternoon', 'agandi': 'hello',
  // Acholi: "pe" (not), "nia" (since), "cen pa" (behind), "wa keto" (we set), "wa loko" (we changed)
  'nia ma wa keto': 'since we set', 'nia ma wa loko': 'since we changed', 'ma wa keto': 'when we set',
  'ma wa loko': 'when we changed',
  'nia wa keto': 'since we set', 'nia lawo': 'since yesterday', 'nia dyewor lawo': 'since last night',
  'me dyewor lawo': 'of last night',
  'nia con': 'for a long time', 'nia friday': 'since friday', 'nia reparse': 'since the reparse', 'wa keto': 'we set',
  'wa loko': 'we changed',
  'pe wa loko gin mukene': 'we changed nothing else', 'pe wa loko gin mo': 'we changed nothing',
  'pe wa loko': 'we did not change',
  'tye cen pa': 'are behind', 'cen pa': 'behind', 'pe registered': 'not registered', 'pe dwogo': 'do not come back',
  'pe tye ka tic': 'not working', 'tye ka tic': 'working', 'pe tye ka cake': 'does not start', 'pe kato': 'do not go through',
  'pe cake': 'do not start', 'pe weko': 'does not let', 'pe twero': 'cannot', 'pe tye peko': 'no problem',
  'pe peko': 'no problem',
  'pe peko me server': 'not a server problem', 'pe firewall isp': 'not the firewall the isp', 'pe yabbe': 'does not open',
  'pe wa neno': 'we do not see', 'pe tye': 'there is no', 'pe i nat': 'not behind nat', 'ma pe i nat': 'not behind nat',
  'ma tye i nat': 'behind nat', 'tye i nat': 'are behind nat', 'ma tye ki public ip': 'those on public ip',
  'ma tye i data center': 'those in the data center',
  'gi cung': 'hang', 'gi to': 'die', 'lwongo manyen': 'new calls', 'lwongo ducu': 'all calls', 'lwongo ma kato': 'calls passing',
  'tye ka kato maber': 'go through fine', 'tye ka kato': 'go through', 'ducu ber': 'all fine',
  'mukene ducu ber': 'all others are fine',
  'en ber nyo': 'is it fine', 'man ber': 'is this fine', 'ber': 'fine', 'tung mukene': 'the other side',
  'i dakika manok': 'in a few minutes',
  'i dakika adek': 'in three minutes', 'i cawa me peak': 'at peak hours', 'i cawa me tic': 'in working hours', 'romo': 'reaches',
  'mapol twatwal': 'very many', 'mapol': 'many', 'otum': 'ran out', 'ka lwongo opong': 'when calls are full', 'ocake': 'started',
  'man ocake': 'this started', 'peko man ocake': 'this problem started', 'wa myero wa': 'should we',
  'ngo ma wa myero wa tim': 'what should we do',
  'wa tim ango': 'what should we do', 'peko ango': 'what is the problem', 'tiyo ango': 'what does it do',
  'ngo ma timme': 'what happens',
  'port adi': 'how many ports', 'tit ki wan': 'tell us', 'wa mito niang keken': 'we just want to understand',
  'wa mito': 'we want',
  'wan wa tiyo ki': 'we use', 'wa tiyo ki': 'we use', 'lapwony me course openyo': 'the course teacher asked',
  'kony wa': 'help us',
  'tim ber': 'please', 'pien': 'because', 'ento': 'but', 'pud': 'still', 'dok cim': 'and the phones',
  'lok ki': 'change', 'okato': 'expired',
  'pe wa culo': 'we did not pay', 'otur': 'broke', 'olokke': 'changed', 'omiyo': 'gave', 'aye onongo peko': 'was the problem',
  'onongo peko': 'was the problem', 'onongo pud tye ka tic': 'was still running', 'onongo wa tye ki': 'we had',
  'dwe muko': 'last month', 'dong wa yubo': 'we fixed it', 'wa yubo': 'we fixed', 'okwero': 'fail', 'wa kwanyo': 'we removed',
  'balo': 'breaking', 'winyo': 'heard', 'tung acel keken': 'one way only', 'acel keken': 'only one', 'keken': 'only',
  'pi meno': 'so', 'pi bandwidth': 'because of bandwidth', 'pi meno rst': 'so rst', 'pa customer': 'of the customer',
  // Lusoga ("dh" where Luganda writes "z")
  'tidhigenda': 'do not go through', 'dhikwatira': 'hang', 'dhagwanga': 'used to drop', 'ebbanga eriyise': 'some time ago',
  'nhabo': 'madam', 'ow e': 'from',
  // more Luganda, Runyankole and Acholi
  'ezitaggwaawo': 'that never close', 'ezitarikuhwaho': 'that never close', 'wiiki ewedde': 'last week',
  'omwezi oguwedde': 'last month', 'yaabo': 'their', 'buli lunaku': 'every day', 'wakati wa': 'between', 'okudda ku': 'to',
  'ku outgoing': 'on outgoing', 'si ports exhaustion': 'not port exhaustion', 'munnange akola ku': 'my colleague at',
  'mukwano gwange e': 'my friend in', 'alina': 'has', 'ngo ma timme ka': 'what happens if',
  'era data ye yaggwaawo': 'and she ran out of data', 'eri ku 4g': 'is on 4g', 'simu ye': 'her phone',
  'internet me isp pe tye': 'no internet from the isp', 'ka obino': 'when it comes back',
  'gin bi registered kengi': 'will they register by themselves',
  'twateera isp': 'we called the isp', 'ekizibu ni': 'the problem is', 'erikwanga': 'rejecting', 'rst tye off': 'rst is off',
  'kati pfsense': 'now pfsense', 'kati calls': 'now calls', 'kati byonna': 'now everything', 'kati timewait': 'now timewait',
  'cable me network otur': 'the network cable is broken', 'twateekateeka kuteeraho': 'we were planning to enable',
  'naye yali': 'but it was', 'twali tulowooza nti': 'we thought that', 'tukimanyi si': 'we know it is not',
  'naye kyali kya': 'but it was', 'omu nkuba': 'in the storm', 'peko tye ki': 'the problem is with',
  'pa provider': 'of the provider', 'calls nga': 'calls about',
};
/**
 * Balinese, Madurese, Banjar and Buginese, with the Indonesian words they are mixed with, read as one (SYMPTOM_JOINS): the
 * negations (Balinese "sing", "tusing", "sing ada"; Madurese "ta'", "ta' bâdâ", "ta' bisa"; Banjar "kada", "kadada", "kada
 * kawa"; Buginese "dé'", "dé' gaga", "dé' na"), since and after ("uli", "dhâri jarèya", "mare RST", "purani RST", "imbah"),
 * turned on ("di-on-ang", "nyalaaghi", "dihidupakan", "ipaon"), behind ("di duri", "e bâbâ", "ri monri"), fine and fixed
 * ("suba beres", "ampon mare", "sudah diatasi", "purani ipaperbaiki", "makessing"), other causes (the mobile data ran out),
 * only reporting or asking, past incidents, whose it is, and thousands ("30 ribuan"). Their diacritics arrive stripped
 * ("bâdâ" as "bada", "dé'" as "de"). Madurese "sè" (who, which) would be read as Hindi's "se" (since), and Madurese and
 * Buginese "na" (it, its) as "not": they are read here with the words around them.
 */
const BALI_MADURA_BANJAR_BUGIS: Readonly<Record<string, string>> = {
  // negations: Balinese "sing", "tusing"; Madurese "ta'", and its "sè" (who, which); Banjar "kada", "kadada"; Buginese "dé'",
  // "dé' gaga" (there is no), "dé' na" (it does not), "dé'pa" (not yet)
  'sing ada': 'there is no', 'tusing ada': 'there is no', 'sing ada masalah': 'no problem', 'sing bisa': 'cannot',
  'tusing bisa': 'cannot', 'sing dadi': 'cannot', 'sing nyidaang': 'cannot', 'sing ngidaang': 'cannot', 'sing nyak': 'will not',
  'sing ulian': 'not because of', 'sing telah': 'not used up', 'sing ngedrop': 'does not drop', 'sing cocok': 'mismatch',
  'sing ada hubungan': 'not related', tusing: 'not',
  'ta bada': 'there is no', 'ta bada se': 'nobody', 'ta bada masalah': 'no problem', 'ta bisa': 'cannot',
  'ta ngizinaghi': 'does not allow', 'ta nyambung': 'does not connect', 'ta masok': 'does not come in', 'ta eoba': 'not changed',
  'ta ngoba': 'did not change', 'ta habis': 'not used up', 'ta nyalaaghi': 'did not turn on',
  'gi ta nyalaaghi': 'have not turned on yet', 'se laen': 'the other', 'se settong': 'the one', 'se ta bada': 'that has no',
  'se salah': 'that is wrong', 'se kodu': 'which should', 'se rosak': 'that is broken', 'se e baba': 'that are behind',
  'se dhimen': 'the earlier one',
  'kada kawa': 'cannot', 'kada bisa': 'cannot', 'kada ada': 'there is no', 'kada mau': 'will not', 'kada masuk': 'does not come in',
  'kada tembus': 'does not get through', kadada: 'there is no', 'kadada masalah': 'no problem', 'kadada error lagi': 'no more errors',
  'kadada lagi': 'no more', 'bukan di': 'not on',
  'de gaga': 'there is no', degaga: 'there is no', 'de gaga masalah': 'no problem', 'de gaga gagal': 'none failed',
  'de na': 'does not', 'de ulle': 'cannot', 'de naulle': 'cannot', 'de iubah': 'not changed', 'de perlu': 'no need to',
  'de pa': 'not yet', depa: 'not yet', 'de na mattama': 'does not come in', 'de na lettu': 'does not reach',
  // since, after, before: Balinese "uli", "sekat", "sasubane"; Madurese "dhâri", "mare"; Banjar "imbah"; Buginese "purani"
  // (having done), "pole" (from)
  'uli rst': 'since rst', 'uli dugas': 'since', sekat: 'since', sasubane: 'after', sesubane: 'after', 'suba keto': 'after that',
  'dhari jareya': 'since then', 'dhari rst': 'since rst', 'dhari teknisi': 'since the technician', 'dhari jam': 'since',
  'dhari luar': 'from outside', 'dhari siang': 'in the daytime', 'mare rst': 'after rst', saamponna: 'after',
  'imbah rst': 'after rst', 'imbah dihidupakan': 'after it was turned on', 'sejak rst': 'since rst',
  'purani rst': 'after rst', 'purani ion': 'after it was turned on', 'purani ipaon': 'after it was turned on',
  'purani iubah': 'after it was changed', 'purani ipasang': 'after it was set', 'purani iisi': 'after it was recharged',
  'pole wettu': 'since', 'pole rst': 'since rst', 'pole luar': 'from outside', 'sebelumnya asr normal': 'before that calls were fine',
  // turned on, changed
  'di-on-ang': 'turned on', 'di on ang': 'turned on', ngidupang: 'turned on', kaidupang: 'turned on', idupang: 'turn on',
  nyalaaghi: 'turned on', enyalaaghi: 'turned on', 'kodu nyalaaghi': 'should turn on', dihidupakan: 'turned on',
  dihidupiakan: 'turned on', ipaon: 'turned on', ipatuo: 'turned on', ngoba: 'changed', eoba: 'changed', mubah: 'changed',
  iubah: 'changed', 'perlu ga iubah': 'do we need to change it',
  // behind, through, in the middle, at home
  'di duri': 'behind', 'e baba nat': 'behind nat', 'e baba router': 'behind the router', 'baba nat': 'behind nat',
  'e budhi': 'behind', 'ri monri': 'behind', 'ri tengnga na': 'in the middle', 'ri tengnga': 'in the middle',
  'router umah': 'home router', 'router compo': 'home router', 'di umah': 'at home', 'router bola': 'home router',
  // what fails
  'ilang registrasi': 'lose registration', 'putus registrasi': 'lose registration', 'ilang register': 'lose registration',
  'offline kabbhi': 'all offline', 'unregistered kabbhi': 'all unregistered', 'unregistered samunyaan': 'all unregistered',
  'kada kawa dibuka': 'cannot be opened', 'mambuang rst': 'drops rst', mambuang: 'drops', 'rst massu': 'rst goes out',
  ngeblok: 'blocks', 'kaloar pas': 'comes out when', 'nyambung ka': 'connects to', 'ilang uli': 'lost from',
  ngusir: 'kicks out', kadhuwa: 'second', ebatesi: 'is limited to', 'tamba limit': 'raise the limit',
  // fine, fixed, no problem, tested
  'suba beres': 'already fixed', 'suba melah': 'already fine', 'suba normal': 'already normal', 'suba aman': 'already fine',
  'ampon mare': 'already fixed', 'ampon beres': 'already fixed', 'la beres': 'already fixed', 'la mare': 'already fixed',
  'sudah beres': 'already fixed', 'sudah diatasi': 'already fixed', 'sudah baik': 'already fine', 'nyaman haja': 'fine',
  'baik haja': 'fine', 'aman haja': 'fine', 'aman ja': 'fine', 'call nyaman': 'calls are fine',
  'purani ipaperbaiki': 'already fixed', 'purani iperbaiki': 'already fixed', 'purani selesai': 'already fixed',
  'masalah purani selesai': 'the problem is already fixed', makessing: 'fine', madeceng: 'fine', 'tuo manenni': 'all back online',
  'tuo maneng': 'all back online', 'tes tanpa': 'test bypassing', 'test tanpa': 'test bypassing',
  'ulah sengaja': 'made on purpose', sengaja: 'on purpose', 'di produksi': 'in production', produksi: 'production',
  // other causes: the mobile data ran out, a legacy box; because, or
  'kuota na habis': 'its mobile data balance finished', 'kuotana habis': 'its mobile data balance finished',
  'kuota habis': 'the mobile data balance finished', 'kuotana entek': 'its mobile data balance finished',
  'lama versi lawas': 'legacy old version', 'ip lawas': 'the old ip', nasaba: 'because of', polana: 'because',
  ulian: 'because of', otaba: 'or',
  // just asking, just reporting, studying, told to ignore
  'maulah laporan': 'writing a report', 'nulis laporan': 'writing a report', 'nyusun laporan': 'writing a report',
  'mebbu laporan': 'writing a report', 'laporan insiden': 'incident report', 'cuma gasan catatan': 'just for the record',
  'gasan catatan': 'for the record', 'cuma anggo report': 'just for the record', 'untuk laporan mi': 'just for the record',
  'cuma batakun': 'just asking', 'cuma nakonang': 'just asking', 'cuma tanya': 'just asking', 'coma atanya': 'just asking',
  'cuma diskusi': 'just discussing', 'teori beih': 'just theory', 'engkok bingung': 'i am confused',
  'abaikan haja': 'ignore', 'salah baca': 'misread', 'atanya mon': 'asks whether', atanya: 'asks', 'ngoca jha': 'said do not',
  // past incidents; whose it is: Madurese and Buginese "-na" (its), Indonesian and Banjar "-nya" (its), "pesan ulun" (my
  // message), "kawan ulun", "kanca engkok", "timpal tiang" (my friend)
  'taon lalu': 'last year', 'tahun tadi': 'last year', 'taung labe': 'last year', 'bulan tadi': 'last month',
  'insiden taon lalu': 'last year incident', 'kawan ulun': 'my friend', 'kanca engkok': 'my friend', 'timpal tiang': 'my friend',
  'account-na': 'the account', 'account na': 'the account', 'ip-nya': 'its ip', 'ip nya': 'its ip',
  'pesan ulun tadi': 'my earlier message', 'pesan ulun': 'my message', 'pesen engkok': 'my message', 'pesen tiang': 'my message',
  // question words
  'kaya apa': 'how', 'kaya apa mengatasinya': 'how to fix it', kenken: 'how', ngudiang: 'why', arapa: 'why',
  'kodu daremma': 'what should i do', daremma: 'how', 'aga ipigau': 'what should i do', pekkugi: 'how',
  // figures, how many, when, all
  ribuan: 'thousands', sebbu: 'thousand', bannya: 'many', settong: 'one', makkokkoe: 'now', 'wayah ini': 'now',
  wenni: 'last night', sininna: 'all', kabbhi: 'all', samunyaan: 'all', barataan: 'all',
};
/**
 * Kikuyu (Gikuyu), Dholuo and Kamba, with the Sheng, Swahili and Kenyan English they are mixed with, read as one
 * (SYMPTOM_JOINS): the negations (Kikuyu "ndiri", "gutiri"; Kamba "vai", "aiee"; Dholuo "ok" before a verb, "onge",
 * "ooyo"), since and after ("kuma twahingura", "thutha wa", "itina wa", "chakre", "bang wachako"), turned on ("twahingura",
 * "twekire", "kwikiwa on", "wachako"), behind ("nyuma ya", "nyuma wa", "ma ni tok NAT"), fine and fixed ("ni wega", "yi
 * nesa", "dhi maber", "ni ithirite", "ni uthelile"), other causes, just asking or reporting, past incidents, someone else's
 * server, what to do, and thousands as Kamba and Kikuyu count them ("ngili 29").
 */
const KIKUYU_LUO_KAMBA: Readonly<Record<string, string>> = {
  // negations: Kikuyu and Kamba "ti" (is not; before an English noun Ilocano's "the" is read first), Kikuyu "ndiri" (it is
  // not), "gutiri" (there is no), "matiri", "itiri" (they are not), "aca" (no; alone Spanish "aca"); Kamba "vai" (there is
  // none; alone Portuguese's "goes" and Banglish "bhai", so only before a Kamba word), "aiee" (no); Dholuo "ok" before a
  // verb (not), "onge" (there is no), "ooyo" (no)
  'ti uguo': 'not so', 'ti ugwo': 'not so', 'ti undu wa': 'not because of', 'ti kwa': 'not for', 'ti yitu': 'not ours',
  'ti witu': 'not ours', 'ti ciitu': 'not ours', 'ti yakwa': 'not mine', 'ti makiria ma': 'not more than',
  'ndiri on': 'is not on', ndiri: 'is not', 'aca ndiri': 'no it is not', gutiri: 'there is no', 'gutiri thiina': 'no problem',
  'gutiri undu': 'nothing', 'gutiri mundu': 'nobody', 'gutiri error': 'no error', 'o na imwe': 'at all',
  'itiri registered': 'are not registered', matiri: 'are not', aiee: 'no',
  'vai undu wa': 'nothing to do with', 'vai undu': 'nothing goes wrong', 'vai undu uu': 'no such problem',
  'vai shida': 'no problem', 'vai kindu': 'nothing', 'vai ungi': 'nothing else', 'vai yi registered': 'none is registered',
  'ok en wach': 'nothing to do with', 'ok en rst': 'not because of rst', 'ok en nat': 'not nat',
  'ok en firewall': 'not the firewall', 'ok wa': 'not ours', 'ok nyal': 'cannot', 'ok nyal bedo': 'cannot be',
  'ok nyal bedo nikech': 'is not because of', 'ok dhi': 'do not go through', 'ok chak': 'do not start',
  'ok register': 'do not register', 'ok dhir': 'does not drop', 'ok dhiro': 'does not drop', 'ok odhiro': 'did not drop',
  'ok yie': 'does not allow', 'ok olal': 'was not lost', 'ok waloko': 'we did not change', 'ok wachako': 'we did not turn on',
  'ok ne wachako': 'we did not turn on', 'pod ok wachako': 'we have not yet turned on', 'ok angeyo': 'i do not know',
  'ok tii': 'does not work',
  'onge chandruok': 'no problem', 'onge gimoro': 'nothing', 'onge wach': 'nothing', 'onge wach manyien': 'nothing new',
  'onge kod wach': 'is not the problem', 'onge stima': 'no power', 'onge tcp': 'no tcp', onge: 'there is no', ooyo: 'no',
  // since and after: Kikuyu "kuma" (since, from), "thutha wa" (after), "mbere ya" (before); Kamba "itina wa" (after),
  // "mbee wa" (before); Dholuo "chakre" (since), "bang" (after; alone Vietnamese's "by"), "kapok" (before)
  'kuma twahingura': 'since we turned on', 'kuma twacenjia': 'since we changed', 'kuma tucenjie': 'since we changed',
  'kuma tweke': 'since we set', 'kuma twongerire': 'since we added', 'kuma rst': 'since rst', 'kuma hindi iyo': 'since then',
  'kuma ruciini': 'since morning', 'kuma kwakya': 'since morning', 'kuma utuku': 'since last night',
  'kuma iyoo': 'since yesterday', 'thutha wa': 'after', 'itina wa': 'after', 'itina wa kwika': 'after setting',
  'mbee wa': 'before', 'mbere ya': 'before', chakre: 'since', 'bang ka': 'after', 'bang loko': 'after changing',
  'bang wachako': 'after we turned on', 'bang keto': 'after setting', 'bang update': 'after the update',
  'bang dakika': 'after minutes', 'bang seche': 'after', 'bang nono': 'later', kapok: 'before',
  // time: Kikuyu "ira" (yesterday; alone Hiligaynon's "their"), "umuthi" (today), "riu" (now); Kamba "iyoo" (yesterday),
  // "umunthi" (today), "yu" (now), "ila" (when); Dholuo "nyoro" (yesterday), "kawuono" (today), "sani" (now; alone read
  // as "thing"), "kinde ka kinde" (from time to time)
  umuthi: 'today', umunthi: 'today', riu: 'now', iyoo: 'yesterday', nyoro: 'yesterday', kawuono: 'today',
  'kawuono okinyi': 'this morning', 'yu syonthe': 'now all', 'yu syi': 'now they are', 'yu vai': 'now there is no',
  'to sani': 'but now', 'sani en': 'now it is', 'sani duto': 'now all', 'sani simu': 'now the phones', 'calls sani': 'calls now',
  'chandruok sani': 'problem now', 'sani wadwoko': 'now we set it back', 'sani onge': 'now there is no',
  'ira kuri': 'yesterday at', 'ndakwirire ira': 'i told you yesterday', 'ira twekire': 'yesterday we set',
  'kila utuku': 'every night', 'kinde ka kinde': 'from time to time', 'ila ya peak': 'at peak', 'ila cps': 'when cps',
  'ila traffic': 'when traffic',
  // past incidents: Kikuyu "mwaka muthiru", Kamba "mwaka muthelu", Dholuo "higa mokalo" (last year), and last month
  'mwaka muthiru': 'last year', 'mwaka muthelu': 'last year', 'higa mokalo': 'last year', 'mweri muthiru': 'last month',
  'mwei muthelu': 'last month', 'dwe mokalo': 'last month', 'ndaandika report': 'i am writing a report',
  'ripot mar dwe': 'monthly report',
  // turned on, changed, set: Kikuyu "twahingura" (we turned on), "twekire" (we set), "ithii on" (to On); Kamba "kwikiwa on"
  // (was set on), "kualyulwa" (was changed); Dholuo "wachako" (we turned on), "ochak" (started), "waloko" (we changed),
  // "wagole" (we turned it off)
  twahingura: 'we turned on', twahingurire: 'we turned on', kuhingura: 'turning on', kuhingurwo: 'was turned on',
  yahinguiruo: 'was turned on', ihinguiruo: 'was turned on', twekire: 'we set', tweke: 'we set', 'ithii on': 'to on',
  twacenjirie: 'we changed', twacenjia: 'we changed', gucenjia: 'changing', 'wacenjirie kindu': 'changed anything',
  'kwikiwa on': 'was turned on', twaikia: 'we set', 'kualyulwa on': 'was changed to on', kualyulwa: 'was changed',
  yaalyulwa: 'was changed', twaalyula: 'we changed', kualyula: 'changing', ukualyula: 'would you change',
  wachako: 'we turned on', 'ne wachako': 'we turned on', ochak: 'started', waloko: 'we changed', 'ne waloko': 'we changed',
  'ne wagole': 'we turned it off',
  // behind, in between, on: Kikuyu "nyuma ya", Kamba "nyuma wa", Dholuo "tok" and "e" (in); Kikuyu "cii", Kamba "syi" (are)
  'nyuma ya': 'behind', 'nyuma wa': 'behind', 'iri nat': 'are behind nat', 'cii nat': 'are behind nat',
  'syi nat': 'are behind nat', 'ni e nat': 'are behind nat', 'ni tok': 'are behind', 'tok nat': 'behind nat',
  'tok router': 'behind the router', 'tok home': 'behind home', 'tok mikrotik': 'behind mikrotik',
  'tok fortigate': 'behind fortigate', 'ni e kind': 'is in between', 'i kati': 'is in between', 'syi udp': 'are on udp',
  'syi tcp': 'are on tcp', 'cii udp': 'are on udp', 'cii tcp': 'are on tcp',
  // what fails: Kamba "syaema" (failed), "syatiia" (left), "kumina" (killing); Kikuyu "ciarega" (failed), "ciratinika" (are
  // cut off), "iramina" (is killing), "ciathira" (ran out); Dholuo "olal" (got lost), "ochot" (cut), "dhiro" (drops),
  // "kadho e" (passing through)
  'syaema kuregister': 'failed to register', syaema: 'failed', nisyaema: 'failed', niyaema: 'failed', yaema: 'failed',
  syaemaa: 'fail', niyaemaa: 'fails', yaemaa: 'fails', kwaema: 'failing', 'syatiia registration': 'lost registration',
  yatiia: 'stopped', ciarega: 'failed', ciaregire: 'failed', ikarega: 'and fail', ciraremwo: 'fail', ciaremwo: 'failed',
  ciratinika: 'are cut off', iratinika: 'are cut off', ciatinikaga: 'were cut off', iratinia: 'is dropping',
  'iramina rst': 'is dropping rst', 'ikimina rst': 'is dropping rst', 'kumina rst': 'dropping rst',
  'kumina udp': 'dropping udp', 'ciathira registration': 'lost registration', ciathira: 'ran out', syathela: 'ran out',
  yathela: 'ran out', 'olal registration': 'lost registration', olal: 'lost', ochot: 'dropped', 'dhiro rst': 'drops rst',
  dhiro: 'drops', odhiro: 'dropped', 'calls ma kadho e': 'calls through', 'kadho e': 'through',
  'chako otho': 'started failing', otho: 'died', ogeng: 'blocked', 'yi nini': 'is low',
  // fine and fixed: Kikuyu "ni wega" (it is fine; "ni wega muno", thank you), Kamba "nesa" (fine), Dholuo "maber"; over:
  // Kikuyu "ni ithirite", Kamba "ni uthelile"; forget it: Kamba "ulekye", Kikuyu "urekererie"
  'ni wega muno': 'thank you', 'ni wega': 'is fine', 'kuri wega': 'it is fine', 'ciari wega': 'were fine',
  'ciathiire wega': 'went through fine', 'ciraruta wira wega': 'are working fine', 'ciraruta wira': 'are working',
  'yi nesa': 'is fine', 'syai nesa': 'were fine', 'syi nesa': 'are fine', 'calls nesa': 'calls fine', 'ni nesa': 'is fine',
  'en maber': 'is fine', 'dhi maber': 'go through fine', 'tiyo maber': 'work fine', 'kadho maber': 'passes fine',
  'ni uthelile': 'is solved', 'ni ithirite': 'is solved', ulekye: 'ignore it', urekererie: 'ignore it',
  ndakwirire: 'i told you', nakwiie: 'i told you', 'ni muvea': 'thanks', muvea: 'thanks',
  // other causes, and because: Kikuyu "ni undu wa", "ni tondu", Kamba "nundu ya", Dholuo "nikech"; "itina wa kusisya"
  // (on looking into it) gives what was found
  'yavinga stima': 'cut the power', 'ni undu wa stima': 'because of a power cut', 'yai na maintenance': 'had maintenance',
  'wavinga router': 'switched off the router', 'itina wa kusisya': 'on checking we found out', 'ya tene': 'old',
  'ni undu wa': 'because of', 'nundu ya': 'because of', 'nundu wa': 'because of', 'ni tondu': 'because', nikech: 'because',
  // has, had, and: Kikuyu and Kamba "na" (with, and; alone Hindi's "not")
  'yi na': 'has', 'iri na': 'has', 'twi na': 'we have', 'yai na': 'had', 'yari na': 'had', 'ndi na': 'i have',
  'twreuse na': 'twreuse and', 'registered na': 'registered and', '" na "': '" and "',
  // just asking, just reporting
  'ndirooria tu': 'i am just asking', 'ni kurooria tu': 'just asking', 'ndikumenyithia tu': 'just informing you',
  'ngwenda kumenya': 'i want to know', 'ngwenda kumanya': 'i want to know', 'ngwenda tu': 'i just want',
  'ni kukulya tu': 'just asking', 'ni kukulya': 'just asking', 'ni kumanya tu': 'just to know',
  'ndi na kiuria': 'i have a question', 'apenjo mana': 'i am just asking', 'adwaro mana': 'i just want',
  'mana ripot': 'just a report', 'mana ngeyo': 'just for info', 'adwaro ngeyo': 'i want to know', matukulya: 'they ask us',
  openja: 'asks me', openjo: 'asked', japuonj: 'teacher', japuonjre: 'student', 'e klas': 'in class', klas: 'class',
  'dwoko maber': 'a good answer',
  // someone else's: Dholuo "osiepna" (my friend), "mare" (his; alone Madurese "after"), "mwa" (our); Kikuyu "ingi" (other)
  osiepna: 'my friend', 'kampuni machielo': 'another company', 'server ingi': 'another server',
  'asterisk mare': 'his asterisk', 'fortigate mare': 'his fortigate', 'firewall mare': 'his firewall',
  'server mwa': 'our server', 'firewall mwa': 'our firewall', 'customer wakwa': 'my customer',
  // question words, what to do: Kamba "tukwika ata", Kikuyu "tugwika atia" (what do we do), Kamba "ni kyau kiseo" (which is
  // better), "ni kuseo" (is it good); Dholuo "wadwok", Kamba "tusyokye", Kikuyu "tucokie" (should we turn it back), "kana"
  // and "kata" (or; alone Cebuano's "that", Swahili's "cut")
  'tukwika ata': 'what should we do', 'tugwika atia': 'what should we do', 'ango mamiyo': 'what makes', 'ere kaka': 'how',
  'ni kyau kiseo': 'which is better', kyau: 'what', 'ni kuseo': 'is it good', 'kana ukwika': 'or just do',
  wadwok: 'should we turn', wadwoke: 'we turned it back', tusyokye: 'should we turn', tucokie: 'should we turn',
  'kata wadwok': 'or should we turn', 'kata wayie': 'or allow', 'koro kata': 'now or what', 'off kana': 'off or',
  'kana rst': 'or rst', 'be wakelo udp': 'should we move to udp',
  // figures: Kamba "ngili", Kikuyu "ngiri" (thousand) before the number, as Swahili's "elfu" (the extractor reads it so);
  // Dholuo "mangeny" (many)
  ngili: 'elfu', ngiri: 'elfu', mangeny: 'many',
};
/**
 * Uyghur (as typed on phones in Latin letters, and in its Arabic script, read as those Latin spellings by scriptWords), Tatar
 * and Bashkir (in Latin transliteration, and in Cyrillic read likewise), with the Russian and English words they are mixed
 * with, read as one (SYMPTOM_JOINS): the negations and "cannot" after a verb ("tügel", "emes", "yuk", "yoq", "itä almay",
 * "achalmaydu", "ütmäy"), since and after ("On'dan soñ", "huñ", "kéyin", "béri", "tan birle"), turned on ("qabızdık",
 * "qabızgaç", "kuyğas", "qozghatqandin", "On qilduq"), behind ("artyndagy", "keynide", "NAT astidiki"), fine and fixed ("hel
 * boldi", "häl ittek", "barısı da ok"), other causes, just asking or reporting, past incidents, someone else's server, and
 * what is asked ("nişlibez", "qandaq qilimiz", "kiräkme").
 */
const UYGHUR_TATAR_BASHKIR: Readonly<Record<string, string>> = {
  // negations: Tatar and Bashkir "tügel" (is not) and "yuk" (there is no), Uyghur "emes" and "yoq", after the word they deny
  'rst tugel': 'not rst', 'rst turahynda tugel': 'not about rst', 'rst turinda tugel': 'not about rst', 'sip tugel': 'not sip',
  'softswitch tugel': 'not the softswitch', 'vosta tugel': 'not on our vos3000', 'telefoniya tugel': 'not telephony',
  'beððen server tugel': 'not our server', 'server tugel': 'not the server', 'sorau tugel': 'not a question',
  'kup tugel': 'not many', 'kup tugelme': 'is it not many', 'bayle tugel': 'not related', 'baylanesle tugel': 'not related',
  'baylanese yuk': 'has nothing to do with it', 'baylanesi yuk': 'has nothing to do with it', 'munasiwiti yoq': 'not related',
  'munasiwetsiz': 'not related', 'rst emes': 'not rst', 'vos ta emes': 'not on our vos3000', 'yuqiri emes': 'not high',
  'problema yuk': 'no problem', 'problem yuk': 'no problem', 'problema yuk ale': 'no problem yet', 'mesile yoq': 'no problem',
  'mesile yoq idi': 'there was no problem', 'hechqandaq mesile yoq idi': 'there was no problem at all',
  'bernindi problema yuk': 'no problem at all',
  'ber nindi qyyynlyq yuq': 'no trouble at all', 'xata da yuk': 'no errors', 'ber xata da yuk': 'no errors at all',
  'ber xata da yuk ide': 'there were no errors at all', 'xataliqi yoq': 'no error', 'account yuk': 'no account',
  'productionda yuk': 'not in production', 'tcp yuk': 'no tcp', 'tcp botonlay yuk': 'no tcp at all', 'tls yuk': 'no tls',
  'public ip yuk': 'no public ip', 'elektr yuk': 'no power', 'tok yuk': 'no power', 'tawysh yuk': 'no audio',
  'bernarsa yuk': 'nothing', 'telefondar yuk': 'the phones are gone', 'nat telefon yoq': 'no nat phones',
  'yengi tcp yoq': 'no new tcp', 'yanga outbound tcp yuk': 'no new outbound tcp', 'rst yoq': 'no rst', 'yuk ikan': 'is not there',
  // cannot: "itä almay", "ala almıy", "aça almıy", Uyghur "-almaydu", "-almidi"; does not pass, open, arrive
  'ita almay': 'cannot', 'ita almiy': 'cannot', 'ala almay': 'cannot take', 'ala almiy': 'cannot take', 'asa almay': 'cannot open',
  'tcp asa almay': 'tcp cannot open', 'aca almiy': 'cannot open', 'aca almay': 'cannot open', 'cyga almiy': 'cannot go out',
  'kita almay': 'cannot go out', 'bula almay': 'cannot', 'register bula almay': 'cannot register', 'kera almiybiz': 'we cannot open',
  achalmaywatidu: 'cannot open', achalmaydu: 'cannot open', achalmaywatimiz: 'we cannot open', ulinalmaydu: 'cannot connect',
  qilalmaydu: 'cannot', qilalmidi: 'could not', alalmaydu: 'cannot take', tizimlitalmaydu: 'cannot register',
  'register bolmaywatidu': 'does not register', 'register bolmaydu': 'does not register', 'register bulmiy': 'does not register',
  'register bulmay': 'does not register', chiqmaywatidu: 'do not go out', echilmaydu: 'do not open', otmeydu: 'do not go through',
  utmay: 'do not go through', 'zvonok utmay': 'calls do not go through', asylmay: 'do not open', acilmiy: 'do not open',
  otkarmay: 'do not let through', barmay: 'do not arrive', barmiy: 'does not arrive', 'ulinish bolmidi': 'connections failed',
  // what fails: calls break off, phones lose the registration, the firewall drops or blocks
  ozela: 'drop', 'ozela basladi': 'started dropping', ozelde: 'dropped', uzuluwatidu: 'are dropping',
  'uzulup ketiwatidu': 'are dropping', 'fail bula': 'fail', 'fail boluwatidu': 'are failing', muwapiqiyetsiz: 'failed',
  'meghlup boluwatidu': 'are failing', tosto: 'dropped', 'chushup ketti': 'dropped', 'chushup ketiwatidu': 'are dropping',
  'chushup ketken idi': 'had dropped', 'tizimliktin chushup ketti': 'dropped off registration', 'telefonnar tusa': 'phones drop',
  'telefondar tusa': 'phones drop', 'abonentlar tusa': 'subscribers drop', 'tusa': 'drops',
  'unregistered bula': 'become unregistered', 'unregistered buldy': 'became unregistered', 'unregistered boldi': 'became unregistered',
  'unregistered boluwatidu': 'are becoming unregistered', 'unregistered bolup qaliwatidu': 'keep becoming unregistered',
  'unregistered bolup ketti': 'became unregistered', 'unregistered bolup qaldi': 'became unregistered', 'registration yugalta': 'lose registration',
  'registrationni yugalta': 'lose registration', 'registrationny yugalta': 'lose registration',
  'registration yugalta basladi': 'started to lose registration', 'registrationni yugalta basladi': 'started to lose registration',
  'registratsiyany yugaltty': 'lost registration', 'registration yoqitip qoyuwatidu': 'keep losing registration',
  yugalta: 'lose', yugaltty: 'lost', 'kabat-kabat': 'again and again', 'kabat kabat': 'again and again',
  'drop ita': 'drops', 'drop itmay': 'does not drop', 'drop itmi': 'does not drop', 'drop itmay ikan': 'turned out not to drop',
  'drop qilidu': 'drops', 'drop qiliwatidu': 'is dropping', 'drop boluwatidu': 'are being dropped', 'drop bolidu': 'get dropped',
  'drop qilamdu': 'does it drop', 'drop bula': 'gets dropped', 'block ita': 'blocks', 'blok ita': 'blocks', 'blocklana': 'is blocked',
  tasliy: 'drops', taslay: 'drops', 'counter usa': 'counter grows', 'tiz usa': 'grows fast',
  // turned on, set, enabled: Tatar and Bashkir "qabız-", "kuy-", "it-", Uyghur "qozghat-", "On qil-", "qoy-", "ach-"
  qabizdik: 'we turned on', qabyzdyk: 'we turned on', kabyzdyk: 'we turned on', kabizdik: 'we turned on',
  qabizgac: 'after turning on', qabyzgas: 'after turning on', kabyzgas: 'after turning on', kabizgac: 'after turning on',
  qabizgas: 'after turning on', qabyzgandan: 'after turning on', kabyzgannan: 'after turning on', qabyzgannan: 'after turning on',
  'qabyzgandan hun': 'after turning on', 'kabyzgannan son': 'after turning on', 'qabyzgannan son': 'after turning on',
  qabizgan: 'turned on', qabizilgan: 'turned on', qabizirga: 'to turn on', kabizirga: 'to turn on', kabyzyrga: 'to turn on',
  qabizip: 'turning on', qabizmadik: 'we did not turn on', qabyzmadyk: 'we did not turn on', kabyzmadyk: 'we did not turn on',
  kabizmadik: 'we did not turn on', qabizmaganbiz: 'we did not turn on',
  'rstni bez qabizmaganbiz': 'we did not turn on rst', 'rstni bez qabizmadik': 'we did not turn on rst',
  'bez qabizmaganbiz': 'we did not turn on', 'bez qabizmadik': 'we did not turn on', qabyzmayby: 'we do not turn on',
  qabyðmayby: 'we do not turn on', 'beð qabyðmayby': 'we do not turn it on', 'beð qabyzmayby': 'we do not turn it on', 'kabyzyrga uylagan idek': 'we thought about turning it on',
  'qabizirga uylagan idek': 'we thought about turning it on', 'on ittek': 'we set on', 'on itkac': 'after setting on',
  'on itkas': 'after setting on', 'enable itkac': 'after enabling', 'enable itkannan son': 'after enabling', 'on itmanek': 'did not set on',
  'ber qasan da': 'never', 'ber qasan': 'never', 'ber kasan da': 'never', beraqaycan: 'ever', 'on kuydyk': 'we set on', 'on kuyðyk': 'we set on',
  kuygas: 'after setting', kuygac: 'after setting', 'kuygandan hun': 'after setting', 'kuygannan son': 'after setting',
  'kuygannan birle': 'since setting', kuyhak: 'if we set', 'kire off kuyyrga': 'should we set it back to off',
  'kire off kuyarga': 'should we set it back to off', 'on qilduq': 'we turned on', 'on qilghandin keyin': 'after turning on',
  'qilghandin keyin': 'after', 'qilghandin beri': 'since', 'bolghandin beri': 'since', 'on bolghandin beri': 'since it was on',
  qozghatqandin: 'after enabling', 'qozghatqandin keyin': 'after enabling', 'qozghatqandin beri': 'since enabling',
  qozghatmiduq: 'we did not enable', 'qozghatmighan iduq': 'we had not enabled', 'hergiz qozghatmiduq': 'we never enabled',
  'rst qoyduq': 'we set rst', 'achqandin keyin': 'after turning on', 'off ga qaytardik': 'we reverted to off',
  'ga qaytardik': 'we reverted to', 'off qaytaryykmy': 'should we revert to off', 'off qaytariykmi': 'should we revert to off',
  qayturamduq: 'should we revert', 'qaytustudy': 'should we revert',
  // since, after, before: "-dan soñ", "-tan huñ", "-din kéyin", "-tan birle", "béri"; "-ka tiklem", "-tin burun" (before)
  'ondan son': 'on, after that', 'ondan hun': 'on, after that', 'on din keyin': 'on, after that', 'rsttan hun': 'after rst',
  'rstdan son': 'after rst', 'updatetan hun': 'after the update', 'updatetan son': 'after the update',
  'firmware updatetan hun': 'after the firmware update', 'firmware updatetan son': 'after the firmware update', 'tan birle': 'since', 'kicadan': 'since yesterday',
  'rstka tiklem': 'before rst', 'rstka qadar': 'before rst', 'rst tin ilgiri': 'before rst', 'rst tin burun': 'before rst',
  basladi: 'started', bashladi: 'started',
  // behind, through
  artinda: 'behind', artindagi: 'behind', artyndagy: 'behind', artyndagi: 'behind', artyndaghy: 'behind', keynide: 'behind',
  keynidiki: 'behind', 'nat astidiki': 'behind nat', arqisidiki: 'behind',
  'natly abonentlar': 'subscribers behind nat', 'natli telefonnar': 'phones behind nat',
  nattagi: 'behind nat', 'oy router': 'home router', 'oy routerlari': 'home routers', 'oy routerlary': 'home routers',
  'oy routerlirining': 'home routers', arqiliq: 'through', 'tcp asa': 'over tcp', 'udp asa': 'over udp', 'asa barghan': 'going through',
  // fine, fixed, working
  'hel boldi': 'solved', 'hal ittek': 'we solved', 'hal buldy': 'solved', 'xal buldy': 'solved', 'hal qildik': 'we solved',
  'problem xal buldy': 'the problem is solved', 'yaxsi esli': 'works fine', 'yaxshi eshli': 'works fine',
  eslay: 'works', eshlay: 'works', 'barisi da ok': 'all ok', 'barisi da yaxsi': 'all fine', 'barihy da yakshy': 'all fine',
  'barihy yakshy': 'all fine', 'barysy yakshy': 'all fine', 'barihy da yakshymy': 'is everything fine',
  'hemmisi normal': 'all normal', 'hemmisi yaxshi': 'all fine', 'hemme nerse normal': 'everything normal', yakshy: 'fine',
  'uze yakshyra': 'recovers by itself', 'register buldy': 'registered again', 'register boldi': 'registered again',
  'normal idi': 'was normal', 'normal ine': 'was normal', 'normal boldi': 'became normal',
  // other causes: the password, the power, the cable, the account's term, the network
  'parol ozgergen iken': 'the password had changed', tulamagan: 'not paid', 'delete ittek': 'we deleted', 'tok kilgas': 'when the power came back', 'kabel uzulup': 'cable cut',
  'kabele cygyp kalgan': 'cable came out', 'mudditi otup ketiptu': 'term expired', 'license tugep ketiptu': 'license expired',
  'tor uzulush': 'network outage', 'hel qilish usulini': 'the way it was solved', sabap: 'the cause', sababe: 'the cause is', sebebi: 'the cause is', sewebi: 'the cause is',
  'sabap baska': 'the cause is elsewhere', 'dimak sabap baska': 'so the cause is elsewhere',
  'mesile bashqa yerde': 'the problem is elsewhere', 'sabap carrier yagynda': 'the cause is on the carrier side',
  // just asking, reporting, planning; a past incident; someone else's server
  'just sorau': 'just asking', 'sorau gina': 'just a question', 'aldan sorau gina': 'just asking in advance',
  'tik sorau': 'just a question', 'tik xabar': 'just informing', 'melumat uchun': 'just for information',
  'peqet monitoring uchun': 'just for monitoring', 'pilan uchun': 'for planning', 'doklad uchun': 'for a report',
  'report oson': 'for a report', 'audit oson': 'for an audit', 'kursovoy oson': 'for a course paper',
  'oyratu materiali oson': 'for training material', 'interviewga azerlanam': 'preparing for an interview',
  'teoriya gina': 'only theory', 'tik teoriya': 'only theory', 'just belerga telayem': 'just want to know',
  'aldan belerga telibez': 'want to know in advance', 'aldan belep kuyyrga': 'to know in advance', 'tik tiksherabez': 'just checking',
  'tik tikseresh': 'just checking', 'tekshurup qoyayli': 'just checking', 'dep qorqqan iduq': 'we were afraid',
  'qorqqan iduq': 'we were afraid', 'ignore qiling': 'ignore it', onitigiz: 'forget it', 'xabarem xata ide': 'my message was wrong',
  yalgis: 'a mistake', 'kica yazgan': 'what i wrote yesterday', 'yazghan idim': 'i had written',
  'otken yili': 'last year', 'otkan yili': 'last year', 'otkan ayda': 'last month', 'otken ayda': 'last month',
  'otken hepte': 'last week', 'u chaghda': 'at that time', 'ul vakitta': 'at that time', 'shu chaghdiki': 'of that time',
  'bulgan incidentka': 'for the past incident', 'bolghan idi': 'had happened', 'bulgan ide': 'had happened',
  'bir dostumning': "a friend's", dostumning: "my friend's", 'partnyordyn serverynda': "on another company's server, a partner's",
  'ular sorashty': 'they asked', 'berni da eslamagez': 'do not do anything', 'softswitchka kagilmagiz': 'do not touch the softswitch',
  kagilmagiz: 'do not touch', borsolmagy: 'do not worry', 'zvonki ota': 'calls go through', 'amma ul': 'but it is',
  'amma bu': 'but this is', 'ni korgen idim': 'i had seen', 'xatasi iken': 'error it turned out', 'sinaq uchun': 'for a test',
  qozghattim: 'i started', 'ikkinchi nusxisini': 'a second instance', 'birinchisi ishlewatidu': 'the first one is running', tegmiduq: 'we did not touch', tegmadek: 'we did not touch', 'hechkim hech nerse ozgertmidi': 'nobody changed anything',
  'hech nerse ozgertmidi': 'changed nothing', hechkim: 'nobody', ozgertmidi: 'did not change', uzgartmade: 'did not change',
  'berni uzgartmadek': 'we changed nothing', 'berni eslamadek': 'we did nothing', 'berkem berni uzgartmade': 'nobody changed anything',
  // question words
  nislibez: 'what should we do', nislik: 'what should we do', 'nima eslaybez': 'what should we do', 'ni eshlarga': 'what to do',
  'qandaq qilimiz': 'what should we do', 'neme qilimiz': 'what should we do', kirakme: 'is it needed', kirakmi: 'is it needed',
  normalmu: 'is it normal', normalmy: 'is it normal', normalmi: 'is it normal', durysmy: 'is it right', dorestme: 'is it right',
  dorosmo: 'is it right', toghrimu: 'is it right', yakshymy: 'is it fine', 'zadi neme': 'what exactly is', qaysi: 'which',
  qaysisi: 'which one', 'perqi neme': 'what is the difference', 'perqi nime': 'what is the difference',
  'chushendurup bersingiz': 'please explain', ogitiwatimen: 'i am teaching', 'tik kanas bira alabyðmy': 'can we only give advice',
  // figures, how many
  'bik kup': 'very many', 'bek kop': 'very many', 'timewait az': 'timewait low', 'ga utte': 'exceeded', 'din ashti': 'exceeded',
  'ber klient': 'one customer',
};
/**
 * Yemeni, Sudanese and Omani Arabic in Arabizi (3, 7, 2 for ع, ح, ء), and in Arabic script as scriptWords reads it ("ما في
 * ضغط" ma load, "ما فعلنا" ma enabled, "بعد ما" after ma), mixed with English, read as one (SYMPTOM_JOINS): "ma" before a verb
 * or a noun (not, no; but "that" after "ba3d", "min sa3at", "min yom", "qabl": "min yom ma fa3alna", since we switched on),
 * "mish", "mu" (is not), "min ba3d" (since), "fa3alna" (we switched on), "wara" (behind), "kwayyis", "zain" (fine), "7agna",
 * "bita3hum" (ours, theirs: whose server it is), "bas ashti a3rif" (I just want to know), the questions ("shno", "ayesh",
 * "leish") and the noun before its adjective ("السنة الماضية", last year). ARABIZI reads "ma fi" (there is no) before it.
 */
const YEMEN_SUDAN_OMAN: Readonly<Record<string, string>> = {
  // negations: "ma" before a verb, "mish" and "mu" before a noun, "mafi" (there is none), "ma lah dakhal" (has nothing to do
  // with it), "3umurna ma" (we never)
  'ma fa3alna': 'we did not enable', 'ma fa3alnah': 'we did not enable it', 'ma fa3alnaho': 'we did not enable it',
  'ma fa33alna': 'we did not enable', 'ma enabled': 'did not enable', 'lissa ma fa3alna': 'we have not enabled yet',
  'still ma enabled': 'not yet enabled', '3umurna ma': 'never', '3umrina ma': 'never', '3umri ma': 'never', '3mrou ma': 'never', '3omrou ma': 'never', '3omro ma': 'never', '3mro ma': 'never', 't7al': 'enabled', 'tt7al': 'enabled',
  'ma ghayyarna': 'we did not change', 'ma lamasna': 'we did not touch',
  'ma lamast': 'i did not touch', 'ma yisajjil': 'does not register', 'ma ysajjil': 'does not register',
  'ma yisajjilu': 'do not register', 'ma ysajjilu': 'do not register', 'ma sajjalu': 'did not register',
  'ma bisajjil': 'does not register', 'ma bigdaro ysajjilu': 'cannot register', 'ma bigdaro': 'cannot', 'ma bigdar': 'cannot',
  'ma yigdar': 'cannot', 'ma nigdar': 'we cannot', 'ma gadir': 'cannot', 'ma qadir': 'cannot', 'ma yiqum': 'does not start',
  'ma yqum': 'does not start', 'ma dayir yabda': 'does not start', 'ma bishtaki': 'has no complaints',
  'ma yishtaki': 'has no complaints', 'ma tala3at': 'did not show up', 'ma tala3': 'did not show up', 'ma 3arif': 'i do not know', 'ma a3rif': 'i do not know', 'ma fhimt': 'i did not understand',
  'ma dafa3': 'did not pay', 'ma dafa3at': 'did not pay', 'ma dafa3o': 'did not pay',
  'ma lah dakhal': 'has nothing to do with', 'ma leh dakhal': 'has nothing to do with', 'ma liha dakhal': 'has nothing to do with',
  'malha dakhal': 'has nothing to do with', 'malah dakhal': 'has nothing to do with', 'ma dakhal': 'has nothing to do with',
  'ma lah 3alaqa': 'has nothing to do with', 'ma liha 3alaqa': 'has nothing to do with', 'malha 3alaqa': 'has nothing to do with',
  'ma 3alaqa': 'has nothing to do with', 'ma load': 'no load', 'ma failed': 'no failures',
  'ma drop': 'no drop', 'ma problem': 'no problem', 'ma traffic': 'no traffic', 'mafi': 'no', 'mafee': 'no', 'no ayy': 'no', 'no ay': 'no',
  'no shi': 'nothing', 'no failed': 'no failures', 'no fashal': 'no failures', 'wala shi': 'at all', 'or shi': 'at all', 'wala nabghi': 'and we do not want to',
  'ma nabghi': 'we do not want to', 'mish min': 'not from', 'mush min': 'not from', 'mu min': 'not from',
  'ma bita3na': 'not ours', 'mish bita3na': 'not ours', 'ma 7agna': 'not ours', 'mu 7agna': 'not ours', 'mish 7agna': 'not ours',
  'ma hagna': 'not ours', 'mu hagna': 'not ours',
  // since, after, before
  // ("ma" after "ba3d", "min", "min sa3at", "min yom", "qabl", "kul" is "that", no negation: "min ba3d ma fa3alna", since we
  // switched on; "من ساعة ما", "من وقت ما", "من يوم ما" as scriptWords reads them; ARABIZI has read "ba3d ma" as "after")
  'min ba3d': 'since', 'min after': 'since', 'from after': 'since', 'from after ma': 'since', 'after ma': 'after',
  'from ma': 'since', 'since ma': 'since', 'min ma': 'since', 'men ma': 'since', 'min yom ma': 'since', 'men youm ma': 'since',
  'min youm ma': 'since', 'men yom ma': 'since', 'min yom': 'since', 'min sa3at ma': 'since', 'min sa3et ma': 'since',
  'men sa3et ma': 'since', 'men sa3at ma': 'since', 'min wa2t ma': 'since', 'men wa2t ma': 'since', 'min waqt ma': 'since',
  'min wagt ma': 'since', 'from hour ma': 'since',  'from day ma': 'since', 'before ma': 'before',
  'qabl ma': 'before', 'gabl ma': 'before', 'gabil ma': 'before', '2abl ma': 'before', 'abl ma': 'before',
  'kul ma': 'whenever', 'kil ma': 'whenever', 'every ma': 'whenever', 'like ma': 'as', 'until ma': 'until', 'min el sub7': 'since the morning', 'qabl': 'before', 'gabl': 'before', 'gabil': 'before',
  // turned on, set, done
  fa3alnah: 'we enabled it', fa3alnaho: 'we enabled it', nfa3lah: 'enable it', nfa33il: 'enable', itfa33al: 'was enabled',
  itfa3al: 'was enabled', shaghalna: 'we turned on', rakkabna: 'we installed', rakkebna: 'we installed', 'sawwina reparse': 'we did a reparse', sawwina: 'we did',
  sawwait: 'i ran', sawwa: 'did', 'yisawwi drop lil': 'drops the', 'yisawwi drop': 'drops', yisawwi: 'does', nsawi: 'we do',
  asawi: 'do', '3amalna': 'we did', 'yi-block': 'blocks', 'bi-block': 'blocks', 'yi-block el': 'blocks', 'bi-block el': 'blocks', 'bi-drop': 'drops', 'bi-nsa': 'forgets',
  // behind, through, of (whose it is)
  'el wara': 'behind', '3abr': 'through', '7ag': 'of', hag: 'of', '7agg': 'of', bita3: 'of', '7agna': 'our', hagna: 'our',
  bita3na: 'our', '7aghum': 'their', haghum: 'their', bita3hum: 'their', '7ago': 'his', 'server bita3hum': 'their server',
  'server 7aghum': 'their server', 'server haghum': 'their server', 'server bita3na': 'our server', 'server 7agna': 'our server',
  'server hagna': 'our server', 'sharika tanya': 'another company', 'sharika thanya': 'another company',
  'sharika thania': 'another company', '3indna off': 'is off', '3ndna off': 'is off', '3andena off': 'is off', '3andna off': 'is off', '3indna on': 'is on', '3indna': 'we have', '3ndna': 'we have', '3indhum': 'they have', '3indo': 'he has',
  'all tcp because': 'all on tcp because', 'kullahum tcp': 'all on tcp', nihna: 'we', ni7na: 'we', i7na: 'we', '3ala kul el': 'on all the', '3la kul el': 'on all the', 'kul el': 'all the',
  'kil el': 'all the', kullaha: 'all', kullahum: 'all', kilha: 'all', lil: 'to the', 'min el buyut': 'from home',
  'el buyut': 'home', 'fi el beit': 'at home', 'fil beit': 'at home',
  // what fails, how much, when
  tafshal: 'fail', bitfshal: 'fail', tfashal: 'fail', fashla: 'failing', tafqid: 'lose', tifqid: 'lose', yifqid: 'loses',
  'tafga3 el registration': 'lose registration', bigat: 'became', yitla3: 'shows', ytalli3: 'shows', 'tala3 en': 'turns out that',
  'tala3 inn': 'turns out that', 'tala3 anno': 'turns out that', 'tala3at': 'turned out', tala3: 'shows', yirtifi3: 'rises',
  yirsil: 'sends', yirsilu: 'send', 'hal khalasat': 'have we run out of', 'khalasat el ports': 'ran out of ports',
  'khilsat el ports': 'ran out of ports', 'el ports khalasat': 'the ports ran out', 'el ports khilsat': 'the ports ran out',
  yisajjil: 'registers', ysajjilu: 'register', yisajjilu: 'register', sajjalu: 'registered', yiqum: 'starts', alf: 'thousand',
  'kul yom': 'every day', 'kil yom': 'every day', 'kul leil': 'every night', 'kil leil': 'every night', 'fil leil': 'at night',
  'bil leil': 'at night', 'sa3at el maghrib': 'in the evening', 'sa3at el zurwa': 'at peak hours', 'waqt el zurwa': 'at peak',
  'wakt el zurwa': 'at peak', 'fil 3eed': 'during eid', 'kul kam dagiga': 'every few minutes', 'kul kam dageega': 'every few minutes',
  'marra wa7da': 'once', marratain: 'twice', marrtain: 'twice', sarat: 'it happened',
  // fine, fixed, no problem
  kwayseen: 'fine', kwayyis: 'fine', kwayes: 'fine', 'kullaha zain': 'all fine', 'kul shay zain': 'all fine',
  'shaghala tamam': 'working fine', 'shaghalin tamam': 'working fine', itla7at: 'got solved', it7allat: 'got solved',
  in7allat: 'got solved', 'got solved khalas': 'got solved', 'got solved finished': 'got solved', salla7: 'fixed', sala7: 'fixed',
  'rij3at registered': 'are registered again', 'rag3at registered': 'are registered again', 'back registered': 'registered again',
  'ma fi 7aja al7in': 'nothing now', al7in: 'now', alhin: 'now', hassa: 'now', hessa: 'now',
  // other causes: power, the fiber cut, the bill, a wrong address, a typo
  magtu3: 'cut', maqtu3: 'cut', 'el mina': 'the harbour', 'el fatura': 'the bill', fatura: 'bill', '3atalna': 'we suspended',
  'address wrong': 'wrong address', 'to address wrong': 'to a wrong address', 'anti virus': 'antivirus',
  ghalatt: 'my mistake', 'kan shaghal': 'was running', insaw: 'ignore', 'el risala el fatat': 'the previous message',
  // just asking, just reporting, someone else's
  'bas ashti a3rif': 'just asking', 'ashti a3rif': 'want to know', 'bas 3awz a3rif': 'just asking',
  '3awz a3rif': 'want to know', 'bghait a3rif': 'i wanted to know', 'bghait at2akkad': 'i just wanted to confirm',
  'abgha a3rif': 'want to know', 'abghi a3rif': 'want to know', 'bas nabi na3ref': 'just asking', 'nabi na3ref': 'want to know', 'nheb na3ref': 'want to know', mrigel: 'fine', mriguel: 'fine', 'dayir a3rif': 'want to know',
  'dayir only a3rif': 'just asking', 'dayir bas a3rif': 'just asking', 'only a3rif': 'just asking', 'bas a3rif': 'just asking', 'a3rif ra2yak': 'know your opinion', 'sa2alni': 'asked me', 'el mudeer': 'the manager',
  ashra7: 'explain', 'lil presentation': 'for a presentation', 'qaraitha fi maqal': 'read about it in an article',
  // questions: what, why, how, where, is it, must we
  shno: 'what', shnu: 'what', shinu: 'what', ayesh: 'what', aish: 'what', 'shno ya3ni': 'what is', 'ayesh ya3ni': 'what is',
  'what ya3ni': 'what is', ya3ni: 'so', leish: 'why', laish: 'why', kaif: 'how', keif: 'how', 'hal fi': 'is there',
  'hal mumkin': 'can', 'hal hada': 'is this', mumkin: 'can', lazim: 'must', '3adi sa7': 'is it normal', '3adi': 'normal',
  // figures, past incidents, years and weeks said noun first ("السنة الماضية")
  'year last': 'last year', 'week last': 'last week', 'month last': 'last month', 'el sana el madiya': 'last year',
  'el sana el fatat': 'last year', 'el usbu3 el madi': 'last week', 'el shahr el madi': 'last month',
  // English said in Arabic letters, as scriptWords reads it: "ادرس اولريدي ان يوز" (its "ان" unread), RST said letter by
  // letter ("الار اس تي"), the reset gone from off to on; tens of thousands; since ("من ساعة"); what is happening; cannot;
  // a solution asked for ("ابغى حل", "فيه حل ثاني": "حل" is also "solved"); something else
  'address already use': 'address already in use', 'r s te': 'rst', 'r s t': 'rst', 'reset off became on': 'reset went from off to on',
  'off became on': 'went from off to on', 'tens thousand': 'tens of thousands', 'tens thousands': 'tens of thousands', '3ashrat alaf': 'tens of thousands',
  'from hour': 'since', 'what happening': 'what is happening', 'not can': 'cannot', 'abgha solved': 'want a solution',
  'want solved': 'want a solution', 'fih solved': 'is there a solution', 'solved another': 'another solution',
  'something another': 'something else', 'shi another': 'something else',
  'ma end': 'do not end', 'tala3 there is': 'turns out there is',
  // nobody changed anything ("ما حدش غير حاجة"), we do not want to, off as it is ("زي ما هو off"), does not drop a single one
  // ("ما بيسقط ولا باكيت"), the ports problem denied noun first ("مشكلة البورتات مو هي")
  'ma 7adsh': 'nobody', 'ma 7adsh not thing': 'nobody changed anything', 'not 3awzin': 'we do not want to',
  'not 3awz': 'i do not want to', 'as tha off': 'off as it is',
  'ma drops or': 'does not drop any', 'ma drops': 'does not drop', 'problem ports not': 'problem is not the ports', 'problem the ports not': 'problem is not the ports',
  // went down from … to (Maghrebi)
  'nzel mel': 'went down from', 'nzal mel': 'went down from', 'hbat mel': 'went down from',
  // since ("mn sa3et ma fa3alna", since we enabled: "ma" is "that" there), another problem appeared ("ظهرت مشكلة تانية"), no
  // problem now, nobody, just asking, I do not want to, a greeting ("مسا الخير", good evening: no evening peak), working fine
  'mn sa3et ma': 'since', 'mn sa3it ma': 'since', 'mn sa3a ma': 'since', 'problem another': 'another problem',
  'mesh moshkla dlwa2ti': 'no problem now', 'mafish 7ad': 'nobody', 'bas bas2al': 'just asking', bas2al: 'i am asking',
  'mesh 3ayez': 'i do not want to', 'mish 3ayez': 'i do not want to',
  'evening el5eir': 'good evening', 'shaghaleen tamam': 'are working fine',
};
/**
 * Ewondo, Fang, Bassa, Sango and Chadian Arabic (in Latin letters), mixed with French, Spanish and the technical English of
 * the switch, read as one (SYMPTOM_JOINS): the negations (Ewondo and Fang "a ne ki", "ma yem ki", "ma yi ki", "ma kuma ki";
 * Bassa "me nyi ɓe"; Sango "ape" after what it denies, read with the verbs before it; Chadian Arabic "ma", "mafi"), since
 * and after ("dépuis so", "na pekoni ti", "min amis", "depuis le passage au RST"), turned on ("e zia … na On"), behind ("na
 * gbe ti", "wara"), fine and fixed ("a ne mvoe", "ayeke nzoni", "zein", "a leke ni", "déjà corrigés"), what fails ("a buba",
 * "a kui", "yagaʿo", "faashiliin", "khalaso"), what to do ("ma bo jé", "dze ma bo", "e sara nyen", "nisawwi shunu"), only
 * asking or curious ("mbi hunda gi", "gi ti hinga", "suʾaal bas"), an exam question, a report, a typo ("un zéro de trop"),
 * the real count ("al haqiiqi TIME_WAIT"), a threshold ("si TIME_WAIT dépasse"), reverting asked ("si on remet le RST Off")
 * and thousands ("saki mingi"; Ewondo "tosin" and "tosen" after a figure and Sango "saki" before one are read below the
 * table). Ewondo "ma nga" (I, before a verb in the past) is no "from", "wa wok" (do you hear) no "work", Sango "a tene"
 * (says) no "only", "tongana" (if) no question word; Sango "na" is "with", "in", "at" or "to", never Hindi's "not" (the
 * words that say so are in NA_IS_NO_NEGATION).
 */
const BETI_FANG_BASSA_SANGO_CHAD: Readonly<Record<string, string>> = {
  // Ewondo and Fang: greetings, thanks, exclamations
  'mbembe kiri': 'good morning', 'mbembe amos': 'good day', 'mbembe alu': 'good evening', 'ye o ne mvoe ndom': 'hello brother',
  'ye o ne mvoe': 'hello', 'ye mina ne mvoe': 'hello', mbolani: 'hello', 'a nzame': 'oh god', 'a nyambe': 'oh god',
  'ah zamba': 'oh god', 'a tara dzam': 'oh my', 'akiba abui': 'thanks a lot', 'mayega ngandak': 'thanks a lot',
  // Ewondo and Fang: I (did), we (did), I want, I do not know, it is (not), what do I do, why, do you know
  'ma nga': 'i', 'bia nga': 'we', 'a nga': 'it', 'bod ba nga rien changer': 'nobody changed anything',
  'bod ba nga rien changer autre': 'we made no other change', 'bia nga penser que': 'we thought that', 'ma yem ki': 'i do not know',
  'ma yem na': 'i know that', 'wa yem': 'do you know', 'wa wok': 'do you hear', 'ma yi ki': 'i do not want', 'ma yi': 'i want',
  'ma kuma ki': 'i do not want', 'ma kuma': 'i want', 'ma bo je': 'what should i do', 'dze ma bo': 'what should i do',
  'ma bo dze': 'what should i do', 'dze on fait': 'what should we do', 'dze formule': 'what formula', 'amu je': 'why',
  'ma bo ki nada': 'we changed nothing', 'a ne ki vrai': 'it is not true', 'a ne ki un probleme': 'it is not a problem',
  'a ne ki mvoe': 'it is still not working', 'a ne ki le nat': 'it is not the nat', 'a ne ki le rst': 'it is not the rst',
  // (a table before reads "ki le" as "enabled the": the first form arms this table, the second is what it then finds)
  'a ne enabled the rst': 'it is not the rst', 'a ne ki le': 'it is not the', 'a ne enabled the': 'it is not the', 'a ne ki': 'it is not', 'a ne mvoe': 'is it fine', 'ba ne mvoe': 'are fine',
  'bod bese ba ne mvoe': 'everything is fine', 'a ne abe': 'it is bad', 'a ne pareil': 'it is the same', 'a ne': 'is',
  'pour le moment a ne': 'currently it is', 'a kui ki': 'does not start', 'bod bese': 'all', 'hala chaque soir': 'every evening',
  'hala depuis': 'it is like this since',
  // Bassa: I do not know, I want, I see, I think, today, is it true
  'me nyi ɓe': 'i do not know', 'me ŋkwes': 'i want', 'me ntɛh': 'i see', 'me yi lɛ': 'i think', 'lɛn': 'today', 'ɓaŋga': 'is it true',
  // Sango: greetings, everyone, time
  'bara ala': 'hello', 'bara mo': 'hello', balao: 'hello', 'ala kue bara ala': 'hello everyone', 'ala kue': 'everyone',
  fadeso: 'now', 'na lakui so': 'tonight', 'lakui ti biri': 'last night', ndapelele: 'this morning', 'na ndapelele so': 'this morning',
  'lango kue': 'every day', 'lango oku': 'five days', 'biri na ngbonga': 'yesterday at', 'check ti laso': 'the check of today',
  'na ngbonga': 'at', 'na ya ti ngbonga oko': 'within one hour', 'na bi ti': 'on the night of', 'ti bi kue': 'every night',
  'ti nze so ahon awe': 'of last month', 'saki mingi': 'thousands',
  // Sango: what fails, blocks, ran out, remains, is fine, was fixed
  'a buba': 'are failing', 'a kui': 'died', 'a kanga': 'blocks', 'a tene': 'says', 'a sigigi ape': 'do not go out',
  'a sigigi': 'rose', 'ti sigigi': 'outgoing', 'a hunzi awe': 'ran out', 'a hunzi na': 'was solved on', 'a hunzi': 'ran out',
  'a ngba registered ape': 'do not stay registered', 'a ngba to off': 'is still off', 'kpale ni a ngba': 'the problem is still there',
  'a lingbi ti zi connexion tcp fini ape': 'cannot open new tcp connections',
  'a lingbi ti zi connexion tcp ti sigigi ape': 'cannot open outgoing tcp connections', 'a ke demarrer ape': 'does not start',
  'a ga ape': 'does not come up', 'a zi ape': 'is not freed', 'a mu profile external ape': 'does not start the external profile',
  'ayeke nzoni': 'are fine', 'a yeke nzoni': 'is fine', 'kue a yeke nzoni': 'is everything fine', 'client ayeke nzoni': 'the customers are fine',
  'ayeke na kpale ape': 'has no problem', 'firewall ayeke na kpale ape': 'the firewall is fine', 'a yeke kpale': 'a problem',
  'ahon awe': 'is over', 'a leke ni': 'fixed it', 'carrier a tene awe so a leke ni': 'the carrier said they fixed it', 'a kiri': 'came back',
  'a yeke unregistered': 'are unregistered', 'a yeke': 'is', kpale: 'problem', 'a lingbi ti unregister': 'might unregister',
  // Sango: UDP as the contrast, behind, after, since, set, if
  'na udp ayeke nzoni': 'on udp are fine', 'na gbe ti nat': 'behind nat', 'na gbe ti routeur': 'behind the router',
  'na gbe ti': 'behind', 'na pekoni ti': 'after', 'depuis so e zia': 'since we set', 'depuis so': 'since', 'e zia': 'we set',
  'tongana e zia': 'if we enable', 'tongana nyen': 'how', tongana: 'if', 'na on': 'to on', 'na off': 'to off',
  // Sango: what to do, asking, knowing, help, understanding, reports and exams, changing nothing
  'mbi hunda gi': 'i am just asking', 'mbi hunda ala': 'i ask you', 'mbi hunda': 'question', 'gi ti hinga': 'just to know',
  'mbi ye ti hinga gi': 'i am just curious to know', 'mbi ye ti hinga': 'i want to know', 'mbi hinga ape': 'i do not know',
  'mbi ma ni nzoni ape': 'i did not understand it well', 'e sara nyen': 'what should we do', 'mo sara nyen': 'what should we do',
  'a yeke nyen': 'what is it', 'mo lingbi ti mu maboko na e': 'please help us', 'ala lingbi ti leke ni': 'please fix it',
  'leke na e': 'fix it for us', 'mbi kiri na off wala': 'should i revert to off or', 'mbi yeke sara rapport': 'i am writing a report',
  'examen ti': 'exam question about', 'ti examen ti mbi': 'for my exam', 'mbi yeke etudiant': 'i am a student',
  'mbi yeke na serveur ape': 'i am not on a server', 'serveur ayeke ape': 'there is no server',
  'ala changer ye oko ape': 'do not change anything', 'ala changer ni ape': 'do not change it', 'ala sara ye oko ape': 'do not do anything',
  'e sara ni ape': 'we did not do it', 'e ke sara ni ape': 'we will not do it', 'ala ba ni ape': 'ignore it', 'zo wa': 'who',
  'ndo so': 'where', 'client wala serveur': 'client or server',
  // Chadian Arabic: asking, what it means, what and how much to do, how, help, want, saw
  'suʾaal bas': 'just a question', 'timewait da shunu': 'what is timewait', 'maʿnaahu shunu': 'what does it mean', 'maala al': 'why does the',
  'nisawwi shunu': 'what should we do', 'nisawwu shunu': 'what should we do', 'nikhtu kam': 'how much should we set', nikhtu: 'we put',
  nikabbir: 'we enlarge', kikkeef: 'how', 'ana dawir': 'i want', 'dawir hall': 'we need a fix', 'saaʿiduuna': 'please help',
  'ana shift': 'i saw', hassa: 'now',
  // Chadian Arabic: fine, nothing wrong, solved, went down to, the real count, ran out, failing, cut, only a lab, behind, before
  'al khidma zeena': 'the service is fine', zeena: 'fine', zein: 'fine', zeeniin: 'fine',
  'ma fi shi fi al server': 'nothing is wrong with the server', 'ma tisawwu shi': 'do not do anything', 'mafi mushkila': 'no problem',
  'ma fi mushkila': 'no problem', mushkila: 'problem', 'hana amis khalas': 'of yesterday is solved', 'nazal lai': 'went down to',
  'al haqiiqi timewait': 'actual timewait now', 'al haqiiqi': 'actual', khalaso: 'ran out', 'yagaʿo': 'drop', 'gaaid taga': 'are dropping',
  faashiliin: 'failing', magtuu: 'cut', 'al internet kulla fi baladna magtuu': 'the internet is cut in the whole country',
  'da mashi vos': 'it is not the vos', 'da lab bas': 'it is only a lab', 'min amis': 'since yesterday', 'amis leel': 'last night',
  'wara nat': 'behind nat', 'al wara nat': 'behind nat', 'gubbal al rst': 'before the rst',
  // French as the same writers put it: reverting asked, the switch to RST, a typo, the real cause, closing, nobody unregistered,
  // the accounts, a full disk, a threshold, only a check, nothing broken or to change, just for the record, old and fixed,
  // not our server, an online course, the wrong server
  // (the table before reads "le rst" as "the rst": the first form arms this table, the second is what it then finds)
  'si on remet le rst off': 'or should we turn rst back off', 'si on remet the rst off': 'or should we turn rst back off',
  'depuis le passage au rst': 'since the rst change',
  'un zero de trop': 'a typo with an extra digit', 'les rst passent bien': 'the rst pass fine', 'le vrai probleme etait': 'the real cause was',
  'on ferme': 'close the ticket', 'personne nest unregistered': 'nobody is unregistered', 'ignorer ce message': 'ignore this message',
  comptes: 'accounts', 'a desactive': 'deactivated', 'a supprime des': 'deleted the', 'na pas paye sa facture': 'did not pay the invoice',
  disque: 'disk', 'est plein': 'is full', 'si timewait depasse': 'if timewait passes the alert threshold',
  'juste pour un check': 'just checking', 'au plus': 'at most', 'rien de casse': 'nothing is broken', 'rien ne casse': 'nothing is broken',
  'ne modifiez rien': 'do not change anything', 'seulement pour un rapport': 'just for the record', 'deja corriges': 'already fixed',
  'sont vieux': 'are old', 'tout passe': 'everything goes through', 'pas notre serveur': 'not our server',
  'cours en ligne': 'from an online course', mauvais: 'wrong', mauvaise: 'wrong',
};
/**
 * Kimbundu, Umbundu, Kikongo (Kituba and Munukutuba too), Tshiluba and Emakhuwa, mixed with Portuguese, French and the
 * technical English of the switch, read as one (SYMPTOM_JOINS): the negations (Kimbundu "kana" before a verb or a noun and
 * "ki" before a verb; Umbundu "ka … ko" around the verb; Kikongo "ke … ve" around it, read below the table; Tshiluba
 * "kakuena", "kabiyi", "tshiena ne", "katuena ne", "kabena mua"; Emakhuwa "nkahiyo", "khavo", "khiri" and the verbs that
 * begin with "kha-" and "nki-"), since and after ("kuyanda", "tunde eci", "banda", "kuanzila", "tunda", "tiyo", "noke ya",
 * "depois ya", "kunyima kua" before a change), turned on ("twa mu bhanga", "nda linga", "nda tumbika", "beto me tula",
 * "tuakalenga", "naapaka"), behind ("konyima ya", "na nima ya", "kunyima kua NAT", "vatthu ya"), fine and fixed ("kiambote",
 * "ciwa", "bimpe", "mbote", "salama"), what fails ("bidi bifua", "ke kufwa", "ninfaliya", "vi pwa"), what to do ("tu linga
 * ndati", "nki beto fwete sala", "ihi tu banga"), only asking ("ndi pula lika", "kinnaphavela osuwela pahi", "anu bua
 * kumanya"), past incidents ("osemana yi pita", "semana ya passada", "yoomala khalai") and thousands (Kikongo "mafunda" and
 * Tshiluba "binunu" before the figure, as Swahili's "elfu"; Umbundu "ohulukayi" after it). Umbundu "kasi" (is, are) is
 * Tagalog's "because", Kikongo "mono" (I) the "only" of "mono" elsewhere, Kimbundu "ihi" (what) a filler and "ji" (they)
 * Hindi's "sir": they are read here with the words around them. Umbundu "tua" (we) arrives as Welsh's "around" and "UDP ka"
 * as "udp only", read by the tables before this one: "around linga" (we set) and "vi kuete ekalo ko" (they have no problem,
 * its "ka" gone) are read as they arrive. Outputs say "nothing is wrong" and "zero errors" rather than "no …": in a message
 * with a word only Portuguese writes, "no" is "in the".
 */
const KONGO_MBUNDU_KASAI_MAKHUWA: Readonly<Record<string, string>> = {
  // Umbundu "kasi" (is, are) after its subject, and "ka … ko" (not) around the verb
  'ka ci kasi ocili ko': 'it is not true', 'ka ci kasi ko': 'it is not so', 'ka ci kasi': 'it is not',
  'ka ya kasi ko': 'was not there', 'ci kasi ndati': 'how is it', 'ci kasi ciwa': 'is it fine', 'ci kasi vali': 'it is still',
  'ci kasi': 'it is', 'yi kasi vali': 'it is still', 'yi kasi oku': 'it keeps', 'yi kasi': 'it is', 'vi kasi ciwa': 'are fine',
  'vi kasi': 'are', 'ndi kasi': 'i am', 'ya kasi': 'was', 'ka vi kuete ekalo ko': 'are fine', 'vi kuete ekalo ko': 'are fine',
  'ka ndi kuete ekalo ko': 'i have nothing wrong', 'ka ndi kuete ekalo lio': 'i have nothing wrong with',
  'ka ndi kuete problema ko': 'i have nothing wrong', 'ka tu kuete problema ko': 'we have nothing wrong',
  'kuete ekalo ko': 'have nothing wrong', 'ka tu kuete tcp ko': 'we do not use tcp', 'ka tu kuete': 'we do not have',
  'ka ndi kuete': 'i do not have', 'ka vi kuete': 'do not have', 'ka yi tunda ko olosamwa': 'cannot make calls',
  'ka yi tunda ko': 'does not start', 'ka vi tunda ko': 'do not go through', 'ka vi pita ko': 'do not go through',
  'ka ci pita ko': 'it did not help', 'ka tu tambula olosamwa': 'we do not get the calls', 'ka va regista ko': 'cannot register',
  'ka vi regista ko': 'cannot register', 'ka tua linga ocimue ko': 'we changed nothing',
  'ka around linga ocimue ko': 'we changed nothing', 'ka va ci lingula ko': 'nobody changed it',
  'ka ndi yongola ko': 'i do not want', 'ka yi kuatisa ko': 'does not help', 'ka ya pwile ko': 'did not stop',
  'ka ya endi ko': 'did not go through',
  // Umbundu: since, after, turned on, behind, what fails, fine, only asking, what to do, last week
  'tunde eci tua linga': 'since we turned', 'tunde eci around linga': 'since we turned', 'tunde eci': 'since',
  'tunde ekumbi lio': 'since', 'noke yo tua linga': 'after we turned', 'noke yo around linga': 'after we turned',
  'noke yo': 'after', 'noke yaco': 'after that', 'noke ya': 'after', 'noke wa': 'after', 'nda linga': 'i set',
  'tua linga': 'we set', 'around linga': 'we set', 'around yi linga': 'we set it', 'nda tumbika': 'i set',
  'va ci tumbika': 'they fixed it', 'nda ci tumbika': 'i fixed it', 'konyima ya': 'behind', 'konyima': 'behind',
  'vi pwa registo': 'lose registration', 'vi pinga registo': 'keep asking to register', 'olosamwa vi pwa': 'calls drop',
  'olosamwa via kala oku pwa': 'calls kept dropping', 'olosamwa vi kasi ciwa': 'calls are fine',
  'ndi pula lika': 'i am just asking', 'ndi soneha lika': 'i am just writing', 'ndi linga ndati': 'how do i do it',
  'tu linga ndati': 'what should we do', 'osemana yi pita': 'last week', 'mwa ivale': 'please ignore', 'momo ya': 'because of',
  'ka ci kasi ekalo lio': 'it is not a problem of', 'ekalo lio': 'problem of', ekalo: 'problem', ohulukayi: 'thousand',
  // Kimbundu negations: "kana" (no, not, does not), "ki" before a verb (not)
  'kana kuzangula': 'does not start', 'kana kutunda': 'does not start', 'kana kuregista': 'cannot register',
  'kana kubhita': 'do not go through', 'kana kusaira': 'do not go out', 'lelu kana kima': 'today zero problems',
  'kana kima': 'nothing', 'kana problema': 'nothing is wrong', 'kana falhas': 'zero failures',
  'kana firewall': 'not the firewall', 'kana ya kidi': 'not true', 'kana uala ni': 'does not have',
  'kana mukua wa mudika kima': 'nobody changed anything', 'kana twa mu bhanga': 'we did not turn',
  'kana yazukuka': 'does not come up', 'ki ngiijiya': 'i do not know', 'ki ngi mesena': 'i do not want',
  'ki tu mesena fix': 'we do not need a fix', 'ki tu mesena': 'we do not want',
  // Kimbundu: what, want to know, since, set, fine, failing, cut
  'ngi mesena ku kijiya': 'i want to know', 'tu mesena ku kijiya': 'we want to know', 'timewait ihi': 'what is timewait',
  'ihi tu banga': 'what should we do', 'ihi ngi banga': 'what should i do', kuyanda: 'since', 'depois ya': 'after',
  'twa mu bhanga': 'we turned it', 'twa bhanga': 'we turned', 'twa mudika': 'we changed', 'uala off': 'is off',
  'ji unregistered': 'are unregistered', 'ji registadas': 'are registered', 'ji falha': 'fail', 'ji kala ni': 'have',
  'chamadas kiambote': 'calls fine', 'kiambote kia': 'fine already', 'wa batuka': 'was cut', 'uala mufu': 'is down',
  'ni kiapwile': 'and it was resolved', esquece: 'ignore it', 'mu semana ya passada': 'last week',
  'semana ya passada': 'last week',
  // Kikongo: "ke … ve" (not) is read below; "ke diambu ko" (no problem), I and my, since, set, failing, fine, what to do
  'ke diambu ko': 'nothing is wrong', 'mono zabaka ve': 'i do not know', 'ke lenda telefona ve': 'cannot call',
  'ke tinda ve': 'does not send', 'mono me': 'i have', 'mono ke': 'i am', 'ya mono': 'of mine', 'mono sonikaka': 'i wrote',
  'mono tindaka': 'i sent', 'yuvula mono': 'asked me', 'beto me tula': 'we set', 'beto tulaka ve': 'we never set',
  'beto ke sadila ve': 'we do not use', 'ke kufwa': 'are failing', 'me kufwa': 'died', 'ke kwenda mbote': 'are going fine',
  'ke mbote': 'are fine', 'na nima ya': 'behind', 'nki beto fwete sala': 'what should we do',
  'nki mono fwete sala': 'what should i do', 'sadisa beto': 'please help', 'kaka question': 'just a question',
  'kaka ke longuka': 'just learning', 'beno bikisa yo': 'ignore it', 'yo vandaka': 'it was', 'vutula off': 'go back to off',
  'bo me yuvula': 'they asked', mafunda: 'elfu',
  // Tshiluba negations: "kakuena" (there is no), "kabiyi" (it is not), "tshiena ne" (I have no), "katuena ne" (we have no),
  // "kabena mua", "kayi mua" (cannot), "ki" (not) before a noun
  'kakuena bualu': 'nothing is wrong', 'kakuena muntu': 'nobody', 'kakuena tshintu': 'nothing',
  'kakuena server udi ne bualu': 'nothing is wrong with any server', kakuena: 'there is not any',
  'kabiyi bualu': 'nothing is wrong', 'kabiyi ne': 'are without', kabiyi: 'not',
  'tshiena ne bualu pa server': 'i do not have this problem here', 'tshiena ne bualu': 'i have nothing wrong',
  'tshiena mumanye': 'i do not know', 'kanuena ne bualu': 'you have nothing wrong', 'katuena ne': 'we do not have',
  'kabena mua': 'cannot', 'kayi mua': 'cannot', kauena: 'is not', 'kanushintulu tshintu': 'do not change anything',
  'ki port umwe': 'not one port', 'ki pa listen': 'not on listen', 'ki binunu': 'not thousands',
  // Tshiluba: thousands, failing, dead, since, after and behind, fine, only to know, help
  binunu: 'elfu', 'bidi bifua': 'are failing', 'udi ufua': 'is failing', 'udi mufue': 'is down', mufue: 'down', mukose: 'cut',
  'bidi unregistered': 'are unregistered', 'bidi offline': 'are offline', 'bidi bimpe': 'are fine',
  'bionso bimpe': 'everything is fine', 'bionso bidi bienda bimpe': 'everything is going fine', kuanzila: 'since',
  'tunda makelela tuakalenga': 'since yesterday we set', 'tunda tuakalenga': 'since we set', tuakalenga: 'we set',
  'kunyima kua nat': 'behind nat', 'kunyima kua mikrotik': 'behind the mikrotik', 'kunyima kua': 'after',
  'anu bua kumanya': 'just to know', 'tudi tusua anu kumanya': 'we just want to know', 'bua rapport': 'for the report',
  'anu bua rapport': 'just for the report', nuambuluishe: 'please help', tuambuluishe: 'please help',
  // Emakhuwa negations: "nkahiyo" (it is not), "khavo" (there is none), "khiri" (has not), the verbs with "kha-" and "nki-"
  'nkahiyo problema': 'nothing is wrong', 'nkahiyo nthowa ya server': 'not a server problem', nkahiyo: 'not',
  'errors khavo': 'zero errors', khavo: 'none', 'khiri ni': 'does not have', khiri: 'is not',
  'khaziri registadas': 'are not registered', 'khaziri ni problema': 'are fine', khaniikhala: 'do not stay',
  khanikhala: 'does not stay up', khaninrumeela: 'does not start', khaniikhuma: 'do not go out',
  khiyaadropiwa: 'were not dropped', khinipaka: 'i did not set', 'khinrowa omudar': 'i will not change',
  nkinsuwela: 'i do not know', 'nkinaphavela fix': 'i do not need a fix', 'khiyaakhala registada': 'was not registered',
  khiyaahiya: 'do not leave', khaniiwanana: 'do not get along',
  // Emakhuwa: want, help, only, since, set, failing, fine, was, over, forget it
  'kinnaphavela osuwela pahi': 'i just want to know', 'kinnaphavela osuwela': 'i want to know',
  'kinnaphavela okhaviheriwa': 'please help', 'kinnaphavela nikhaviheryo': 'please help', mwaakhavihere: 'please help',
  'ti exame pahi': 'only an exam', 'nikoho na exame': 'a question in an exam', 'ti ya curso pahi': 'only from a course',
  'ti ya course pahi': 'only from a course', pahi: 'only', tiyo: 'since', naapaka: 'i set', aapaka: 'set',
  'hiyo nri off vano': 'our rst is off now', 'hiyo nri off': 'our rst is off', 'chamadas ninfaliya': 'calls are failing',
  'chamadas zinnakhwa': 'calls are failing', onnapwaha: 'is dropping', zinnahiya: 'are losing',
  'zoorowa salama': 'go through fine', 'zorowa salama': 'go through fine', 'zothe salama': 'all fine', onnadrop: 'is dropping',
  onnablokiya: 'is blocking', mukhalihe: 'ignore it', muhiye: 'ignore it', ihaakhala: 'it was', yaari: 'it was',
  'yoomala khalai': 'was resolved long ago', yoomala: 'is over', yoolokiwa: 'was fixed', kaawehaka: 'checked',
  kaarumiiha: 'i sent', vanceene: 'many', 'vatthu ya': 'behind', 'ohiyu ovinre': 'last night', olepa: 'write',
  // the rest: other causes (the power, the UPS, the old IP, CGNAT), only UDP or on UDP (Umbundu "lo"), a figure taken back,
  // a report, a course, a thesis, the command asked for, not ours (Emakhuwa "nkahiyo ya server ya hiyo")
  'nkahiyo corrente': 'without power', 'no-break yoomala': 'the ups is over', 'ip ya kulu': 'the old ip',
  'wa mudika ip': 'changed the ip', 'ya tumbika cgnat': 'put in cgnat', 'udp lika': 'udp only', 'tcp lika': 'tcp only',
  'ports bia ephemeral': 'ephemeral ports', 'ndi mupatuke': 'i mistyped', bivua: 'it was', 'kuenda ci pwa': 'and it was resolved',
  'olelo ka ci kasi ko': 'today it is gone', 'relatorio lika': 'just reporting', 'bo me yuvula mono': 'they asked me',
  'na interview': 'in the interview', memoire: 'thesis', theorie: 'in theory',
  'kinnaphavela ekomando ya': 'give me the command to', 'kinnaphavela ekomando': 'give me the command', owerengela: 'count',
  'server ya hiyo': 'our server', 'server ya laboratorio': 'the lab server', 'vos ya producao': 'the production vos',
  'vos3000 ya producao': 'the production vos', 'nkahiyo ya server ya hiyo': 'not our server', 'nkahiyo ya': 'not of',
  'lo udp lika': 'on udp only', 'lo tcp lika': 'on tcp only', 'lo udp': 'on udp', 'lo tcp': 'on tcp', 'lo sip tcp': 'on sip tcp',
  'lo ip publica': 'on a public ip',
};
/**
 * Slovene, Icelandic, Irish and Welsh, mixed with English, read as one (SYMPTOM_JOINS): the negations (Slovene "ne", "ni",
 * "nismo", "nikoli", "nihce"; Icelandic "ekki", "enginn", "aldrei"; Irish "ni", "nil", "ni raibh", "nior", "gan"; Welsh
 * "ddim", "dim", "dydyn ni ddim", "heb", "erioed"), since and after ("od takrat", "po spremembi", "sidan", "eftir ad", "o
 * cuireadh", "tar eis", "ers i", "ar ol"), turned on ("vklopili", "kveikt a", "ar siul", "casadh air", "troi ymlaen"),
 * behind ("za ruterjem", "bak vid", "taobh thiar de", "tu ol i"), fine and fixed ("vse ok", "v redu", "i lagi", "go brea",
 * "ceart go leor", "reitithe", "yn iawn"), other causes (an outage of the ISP, a password changed, an account expired, a
 * full disk), only asking, for the record, past incidents ("prejsnji teden", "i sidustu viku", "an mhi seo caite",
 * "wythnos diwethaf"), and thousands ("tisoc", "thusund", "mile", "mil", "filoedd"). Icelandic arrives with its "d", "th"
 * and "ae" for "ð", "þ" and "æ". Irish and Welsh "ar" (on) would be read as Georgian's "not", Irish "na" (the) as Hindi's,
 * Welsh "ni" is "we" as often as "not", and Swedish writes "sidan" (the page): they are read here with the words around them.
 */
const SLOVENE_ICELANDIC_IRISH_WELSH: Readonly<Record<string, string>> = {
  // Slovene negations: "ne" before a verb, "ni" (is not), "nismo" (we did not), "nikoli" (never), "nihce" (nobody), "nic"
  // (nothing), "ni vec" (no more)
  'ne more': 'cannot', 'ne morejo': 'cannot', 'ne moremo': 'we cannot', 'ne gre': 'does not work',
  'ne gredo skozi': 'do not go through', 'ne gredo cez': 'do not go through', 'ne grejo skozi': 'do not go through',
  'ne odpre': 'does not open', 'ne odprejo': 'do not open', 'ne obdrzijo registracije': 'do not keep the registration',
  'ne obdrzijo': 'do not keep', 'se ne registrirajo': 'do not register', 'ne registrira': 'does not register',
  'ni bilo nobene spremembe': 'there was no change', 'ni bilo': 'there was no', 'ni problem': 'not the problem',
  'ni problema': 'no problem', 'ni tezav': 'no problems', 'ni vec': 'no more', 'nic vec': 'no more', 'nismo nic': 'we did not',
  'nismo vklopili': 'we did not turn on', 'nikoli ga nismo vklopili': 'we never turned it on',
  'ga nismo vklopili': 'we did not turn it on', 'nikoli nismo': 'we never', nikoli: 'never', nihce: 'nobody',
  'nihce ni': 'nobody', 'ni nic': 'nothing', 'nic spreminjal': 'changed nothing', 'nic spremenili': 'changed nothing',
  'tudi ni bil': 'was not', 'ni bil': 'was not', 'ni bila': 'was not', 'nimamo': 'we do not have',
  'nima interneta': 'has no internet', 'sploh nima': 'has no', nobenih: 'no', nobene: 'no',
  // since, after, before, when: "od" (since), "od takrat" (since then), "odkar" (since), "po" (after) before a noun of change,
  // "pred" (in front of), "ko" (when), the days ("od torka", since Tuesday), whose side it is
  'od takrat': 'since then', odkar: 'since', 'od kar': 'since', 'po spremembi': 'after the change of',
  'po zamenjavi': 'after the change of', 'po vklopu': 'after turning on', 'po zamenjavi gesla': 'after the password change',
  'po spremembi gesla': 'after the password change', 'po menjavi': 'after the replacement of',
  'po restartu': 'after the restart', 'po popravku': 'after the fix', 'pred svojim': 'in front of their',
  'stranka ima': 'the customer has', njihovi: 'their', 'na nasi strani': 'on our side', 'od ponedeljka': 'since monday',
  'od torka': 'since tuesday', 'od srede': 'since wednesday', 'od cetrtka': 'since thursday', 'od petka': 'since friday',
  'do timeouta': 'until the timeout', 'run za': 'run for', 'na fortigatu': 'on the fortigate', 'je bil run': 'there was a run',
  'ko je bil': 'when there was', 'ko smo': 'when we', 'ko ste': 'when you', 'je bilo vse ok': 'all was fine', 'je bilo': 'was',
  'je se vedno': 'is still', 'se vedno': 'still',
  // turned on, off, set
  vklopili: 'turned on', vklopil: 'turned on', vklopljen: 'turned on', vklopljeno: 'turned on', vklopa: 'turning on',
  vklopimo: 'turn on', izklopili: 'turned off', izklopil: 'turned off', izklopljen: 'turned off',
  'izklopili nazaj': 'turned back', 'nazaj na off': 'back to off', 'dali na on': 'set to on', 'na on': 'to on',
  'na off': 'to off',
  // behind, at home, the office, on a public address
  'za ruterjem': 'behind the router', 'za routerjem': 'behind the router', 'za ruterji': 'behind routers',
  'za pozarnim zidom': 'behind the firewall', 'doma za': 'at home behind', 'domaci uporabniki': 'home users',
  'na javnem ip': 'on a public ip', 'v pisarni': 'in the office',
  // what fails: drop, hang, stay open, lose the registration
  padajo: 'drop', 'padajo dol': 'drop', 'padajo iz registracije': 'drop out of registration', izpadejo: 'drop out',
  obvisijo: 'hang', visijo: 'hang', 'ostanejo odprte': 'stay open', 'ostanejo odprti': 'stay open',
  'izgubljajo registracijo': 'lose registration', odjavili: 'unregistered', 'pri vecjem prometu': 'at high traffic',
  'ob konici': 'at peak', 'vsakih par minut': 'every few minutes',
  // fine, fixed, closed ("vse ok" is read as "all fine" before this table)
  'vse ok': 'all fine', 'vse dela': 'all works', 'v redu': 'fine', 'je ok': 'is fine', 'zadeva zaprta': 'case closed, resolved',
  'je reseno': 'is solved', 'smo resili': 'we solved', odpravljeno: 'fixed',
  // other causes: an outage of the provider, a password changed, the wrong VLAN, a full disk
  'ima izpad': 'has an outage', izpad: 'outage', 'izpad elektrike': 'power outage', 'zamenjavi gesla': 'password change',
  'zamenjava gesla': 'password change', 'spremembi gesla': 'password change', 'napacnem vlanu': 'wrong vlan',
  'disk poln': 'disk full',
  // just asking, for the record; past incidents; figures
  'samo za zapisnik': 'just for the record', 'za zapisnik': 'for the record', 'samo v vednost': 'just for information',
  'samo sprasujem': 'just asking', 'me zanima': 'i wonder', 'kaj sploh pomeni': 'what is', 'kaj pomeni': 'what is',
  'prejsnji teden': 'last week', 'prejsnji mesec': 'last month', tisoc: 'thousand', 'kar naprej': 'all the time',
  stalno: 'constantly', obcasno: 'sometimes', 'smo imeli': 'we had', potem: 'then', zjutraj: 'in the morning',
  zvecer: 'in the evening', 'zdaj je': 'now it is', zdaj: 'now', 'ne odpre vec': 'no longer opens', vrne: 'returns',
  suspendiran: 'suspended', zaradi: 'because of', neplacila: 'non-payment',
  'ne rabite nic delat': 'you do not need to do anything', 'ne rabite': 'you do not need',
  'on udp trunkih nic': 'on the udp trunks no problem', 'udp trunkih': 'the udp trunks', trunkih: 'trunks',
  'od takrat nic vec': 'since then it no longer happens', 'je vse ok': 'all is fine', 'je all fine': 'all is fine',
  'na tcp': 'on tcp', 'na udp': 'on udp', 'spet isto': 'the same again',

  // Icelandic negations: "ekki" (not), "enginn", "engin", "ekkert" (no, none, nothing), "aldrei" (never), "ekki lengur" (no
  // longer), "skiptir engu" (does not matter)
  'ekki lengur': 'no longer', 'kveiktum ekki a': 'did not turn on', 'kveiktum ekki': 'did not turn on',
  'kveiktum a': 'turned on', 'af thvi ad': 'because', 'rennur ut': 'expires', leasid: 'the lease',
  'nyja ip tolu': 'a new ip address', 'ip tolu': 'ip address', 'sma stund': 'a while', byrjadi: 'started',
  'sem thid gerdud': 'that you did', sjaum: 'we see', 'i timewait': 'in timewait', ekki: 'not', 'enginn tcp': 'no tcp',
  enginn: 'no', engin: 'no', ekkert: 'nothing', aldrei: 'never', 'skiptir engu': 'does not matter', 'ekkert mal': 'no problem',
  'ekkert vandamal': 'no problem', 'engin vandamal': 'no problems', 'vandamal lengur': 'problem anymore', vandamal: 'problem',
  'ekkert breyttist': 'nothing changed',
  // since, after, before: "sidan" (since; Swedish "sidan" is the page, so only before a time or a change), "eftir" (after)
  'sidan i gaer': 'since yesterday', 'sidan i morgun': 'since this morning', 'sidan kl': 'since', 'sidan tha': 'since then',
  'sidan thid': 'since you', 'sidan vid': 'since we', 'sidan rst': 'since rst', 'sidan a': 'since',
  'sidan sidasta': 'since the last', 'eftir ad': 'after', eftir: 'after', 'adur en': 'before', 'i gaer': 'yesterday',
  'i nott': 'last night', 'i morgun': 'this morning', 'i sidustu viku': 'last week', 'i fyrra': 'last year',
  'sidasta manud': 'last month', 'a manudag': 'on monday', 'a thridjudaginn': 'on tuesday',
  // turned on, off: "kveikt a" (turned on), "kveiktum", "virkjad" (enabled), "slokkt" (off), "setja aftur a" (set back to)
  'kveikt a': 'turned on', kveikt: 'turned on', kveiktud: 'you turned on', kveiktum: 'we turned on', virkjad: 'enabled',
  'var virkjad': 'was enabled', slokkt: 'turned off', slokkva: 'turn off', 'setja aftur a off': 'set back to off',
  'aftur a off': 'back to off', 'settum rst a': 'set rst on',
  // behind, through, at home, the office
  'a bak vid': 'behind', 'bak vid': 'behind', 'i gegnum': 'through', 'heima hja folki': 'at home users', heima: 'at home',
  skrifstofan: 'the office', 'nat-adir': 'natted', 'nat adir': 'natted', 'nat-ada': 'natted', 'nat ada': 'natted',
  // what fails
  'detta ut ur registration': 'drop out of registration', 'detta ut ur': 'drop out of', 'detta ut': 'drop out', duttu: 'dropped',
  'haetta ad vera registered': 'become unregistered', 'haetta ad': 'stop', hanga: 'hang', tengingar: 'connections',
  'a alagstima': 'at peak', 'eftir nottina': 'after the night',
  // fine, fixed, thanks, just asking
  'i lagi': 'fine', 'allt i lagi': 'all fine', 'enn i lagi': 'still fine', 'virkar fint': 'works fine', lagad: 'fixed',
  leyst: 'solved', 'bara ad spyrja': 'just asking', 'bara ad thakka fyrir': 'just to say thanks',
  'bara ad thakka': 'just to say thanks', 'takk fyrir': 'thanks', 'bara ad lata ykkur vita': 'just letting you know',
  edlilegt: 'normal', 'er thad edlilegt': 'is it normal',
  // other causes: a fault of the provider, the passwords changed, the fibre cut
  'med bilun': 'has an outage', bilun: 'outage', 'a ljosleidaranum': 'on the fibre', lykilordunum: 'the passwords',
  lykilordinu: 'the password', 'breyttum lykilordunum': 'changed the passwords', 'breyttum lykilordinu': 'changed the password',
  thusund: 'thousand', 'er rst astaedan': 'is rst the reason', astaedan: 'the cause',

  // Irish: "ar" (on) and "na" (the) with the words after them; the negations "ni", "nil" (is not), "ni raibh" (was not),
  // "nior" (did not), "gan" (without), "ar bith", "ar chor ar bith" (at all), "aon" (any)
  'ar siul': 'on', 'ar fad': 'all', 'ar bith': 'at all', 'ar chor ar bith': 'at all', 'ar an': 'on the', 'ar na': 'on the',
  'ar feadh': 'for', 'ar maidin': 'this morning', 'ar cheart': 'should', 'ar ip': 'on ip', 'ar tcp': 'on tcp',
  'ar udp': 'on udp', 'ar on': 'to on', 'ar off': 'to off', 'na foin': 'the phones', 'na glaonna': 'the calls',
  'na seisiuin': 'the sessions', 'na rst': 'the rst', 'na portanna': 'the ports', 'na softphones': 'the softphones',
  'na trunks': 'the trunks', 'ag na': 'of the', 'na cinn': 'the ones', 'na sean-naisc': 'the old connections',
  'na sean naisc': 'the old connections', 'nil rst': 'rst is not', 'nil aon rud le deanamh': 'nothing to do',
  'nil aon': 'there is no', 'nil se': 'it is not', 'ni raibh aon': 'there was no', 'ni raibh': 'was not',
  'ni he sin e': 'it is not that', 'ni he': 'it is not', nior: 'did not', 'nior athraigh aon duine': 'nobody changed',
  'ni ghlanann': 'does not clear', 'ni chriochnaionn': 'do not end', 'ni thagann': 'do not come',
  'ni osclaionn': 'does not open', 'gan claru': 'unregistered', 'mar sin': 'so', 'sin e an fath': 'that is why',
  // since, after: "o" (since) before a verb of change or a time, "tar eis" (after), "o shin" (since then)
  'o chuir sibh': 'since you put', 'o cuireadh': 'since they put', 'o rinneadh': 'since was made',
  'o athraiodh': 'since was changed', 'o mhaidin': 'since morning', 'o shin': 'since then', 'tar eis': 'after',
  'o chasamar': 'since we turned', 'nuair a casadh air e': 'when it was turned on', 'nuair a cuireadh': 'when was put',
  chuireamar: 'we put', 'a chur ar siul': 'to turn on', 'casadh air': 'turned on', 'a chasadh as': 'turn it off',
  'a mhuchadh': 'to turn off', mhuchadh: 'turn off', 'an mhi seo caite': 'last month', 'an tseachtain seo caite': 'last week',
  anuraidh: 'last year', areir: 'last night', 'de luain': 'monday', 'de mairt': 'tuesday', 'deardaoin': 'thursday',
  'an t-athru': 'the change', 'an t athru': 'the change', 'an t-athru deireanach': 'the last change',
  // behind, home, office, public ip
  'taobh thiar de': 'behind', 'taobh thiar den': 'behind the', 'taobh thiar': 'behind', 'oibrithe baile': 'home workers',
  'rodairi baile': 'home routers', rodaire: 'router', rodairi: 'routers', 'ip poibli': 'public ip', 'san oifig': 'in the office',
  'falla doiteain': 'firewall', 'bhfalla doiteain': 'firewall',
  // what fails
  'ag cailleadh claru': 'losing registration', 'ag imeacht as claru': 'dropping out of registration',
  'as claru': 'out of registration', 'ag teip': 'failing', 'ag crochadh': 'hanging', crochann: 'hang', titeann: 'drop',
  'ag fanacht oscailte': 'staying open', oscailte: 'open', 'ag dropail': 'dropping', 'a ndropail': 'being dropped',
  dropail: 'drop', 'glaonna nua': 'new calls', glaonna: 'calls', 'gach cupla noimead': 'every few minutes', stopann: 'stop',
  atosaim: 'i restart', 'ansin aris': 'then again', 'gach trathnona': 'every evening', 'uair an chloig': 'an hour',
  // fine, fixed, thanks, questions
  'go brea': 'fine', 'ceart go leor': 'fine', 'ag obair': 'working', reitithe: 'solved', 'ta se reitithe': 'it is solved',
  'go raibh maith agaibh': 'thanks', 'go raibh maith agat': 'thanks', 'ceist thapa': 'quick question',
  'cad is bri le': 'what is', 'ce chomh fada': 'how long', 'an feidir libh': 'can you', 'an feidir': 'can',
  'cad is feidir linn a dheanamh': 'what can we do', 'an bhfuil baint ag': 'is related', 'is cuis leis': 'is the cause',
  // other causes: the account expired, the provider down, the disk full
  'imithe in eag': 'expired', 'an cuntas': 'the account', cuntas: 'account', 'athnuachan deanta': 'renewed',
  'ag claru aris': 'registering again', 'ag claru': 'registering', 'fiu le': 'even with', 'le tri mhi': 'for three months',
  'an fon amhain': 'the one phone', 'sin mar go bhfuil': 'that is because', 'mar go bhfuil': 'because',
  'ni bhaineann se le': 'it is not related to', 'ni bhaineann se leis an': 'it is not related to the',
  'ni bhaineann': 'is not related', 'sheiceail me': 'i checked', 'aon rud a dhropail': 'anything dropped',
  'is e an': 'it is the', 'ata ag': 'that is', 'ata unregistered': 'that is unregistered', 'bhi fadhb': 'there was a problem',
  fadhb: 'problem', againn: 'we have', 'faoi dho': 'twice', 'an dara ceann': 'the second one', 'ceann amhain': 'only one',
  'thart ar': 'around', 'ta gach rud': 'everything is', 'gach rud': 'everything', agus: 'and', 'eir sios': 'eir is down',
  'sios sa cheantar': 'down in the area', 'nil idirlion': 'no internet', 'diosca lan': 'disk full', 'an diosca': 'the disk',
  milte: 'thousands',

  // Welsh: the negations "ddim" (not), "dim" (no) before a noun, "does dim" (there is no), "dydyn ni ddim" (we did not), "heb"
  // (without), "nid" (not), "erioed" (never), "dim byd" (nothing), "dim ond" (only)
  'dydyn ni ddim wedi troi': 'we did not turn', 'dydyn ni ddim': 'we did not', 'dydy o ddim': 'it is not',
  'dyw e ddim': 'it is not', ddim: 'not', 'does dim': 'there is no', 'dim byd': 'nothing', 'dim ond': 'only',
  'dim problem': 'no problem', 'dim problemau': 'no problems', 'dim tcp': 'no tcp', 'dim cysylltiadau': 'no connections',
  'dim gwallau': 'no errors', nid: 'not', erioed: 'never', 'heb gofrestru': 'unregistered', 'heb gofrestriad': 'unregistered',
  'heb newid': 'without change',
  // since, after, before: "ers" (since), "ar ol" (after), "cyn" (before), "cyn hynny" (before that)
  'ers i chi': 'since you', 'ers i ni': 'since we', 'ers i': 'since', ers: 'since', 'ar ol i chi': 'after you', 'ar ol': 'after',
  'cyn hynny': 'before that', 'wythnos diwethaf': 'last week', 'mis diwethaf': 'last month', llynedd: 'last year',
  ddoe: 'yesterday', neithiwr: 'last night',
  // turned on, off: "troi ymlaen" (turn on), "trowyd ymlaen" (was turned on), "diffodd" (turn off)
  'troi rst ymlaen': 'turn on rst', 'dydyn ni ddim wedi troi rst ymlaen': 'we did not turn on rst',
  'troir rst ymlaen': 'turn the rst on', 'troir rst mode ymlaen': 'turn the rst mode on', 'droi rst ymlaen': 'turn rst on',
  'trowyd rst ymlaen': 'rst was turned on', 'gael ei droi ymlaen': 'was turned on', 'ei droi ymlaen': 'turned on',
  'rst ymlaen': 'rst on', ymlaen: 'on', diffodd: 'turn off', 'i ffwrdd': 'off', 'yn dal yn off': 'is still off',
  'dal yn off': 'still off',
  // behind, home, office, public ip, on: "tu ol i" (behind; Tok Pisin's "ol i", they, is read before it), "ar" (on) before a
  // noun, "â'r" (as the)
  'tu ol ir': 'behind the', 'tu they': 'behind', 'ar yr un': 'on the same', 'y bore': 'in the morning',
  'yr un pryd': 'at the same time', 'ar newid': 'as the change', 'y rhai': 'the ones', sefydlog: 'static',
  'chi newid': 'you changed', 'ers i chi newid': 'since you changed', 'ers i ni newid': 'since we changed',
  'mae popeth yn iawn': 'everything is fine', 'tu ol i': 'behind', 'y tu ol i': 'behind', 'gweithwyr cartref': 'home workers',
  'routers cartref': 'home routers', 'ip cyhoeddus': 'public ip', swyddfa: 'office', 'ar y': 'on the', 'ar yr': 'on the',
  'ar agor': 'open', 'oddi ar': 'off',
  // what fails
  'colli cofrestriad': 'losing registration', 'colli cofrestru': 'losing registration', 'yn colli': 'losing',
  'disgyn oddi ar gofrestriad': 'dropping out of registration', 'yn disgyn': 'dropping', disgyn: 'drop', 'yn hongian': 'hang',
  'galwadaun hongian': 'calls hang', 'je bil isp': 'it was the isp', 'bil isp': 'it was the isp', 'yn aros ar agor': 'stay open',
  'yn methu': 'failing', methu: 'fail', 'yn diflannu': 'disappear', 'stopio agor': 'stops opening', 'adeg prysur': 'at peak',
  'bob nos': 'every night', 'bob prynhawn': 'every afternoon', ailgychwyn: 'restart', 'yr un peth eto': 'the same again',
  blocio: 'block', pecynnau: 'packets', cofrestriad: 'registration', gofrestriad: 'registration', cofrestru: 'register',
  gofrestru: 'register',
  // fine, fixed, thanks, just asking
  'yn iawn': 'fine', 'popeth yn iawn': 'all fine', 'maen iawn': 'it is fine', 'yn gweithio': 'working', 'wedi datrys': 'solved',
  diolch: 'thanks', 'oes angen': 'do i need', 'allwch chi': 'can you', cwestiwn: 'question',
  // other causes: the line fault, the router changed by the provider, the passwords
  newidiodd: 'changed', 'y router': 'the router', 'cadarnhau fault': 'confirmed a fault', 'fault ar y llinell': 'line fault',
  cebl: 'cable', rhwydwaith: 'network', 'wedi dod allan o': 'unplugged from', 'wedi dod allan': 'unplugged', roedd: 'was',
  'degau o filoedd': 'tens of thousands', 'yr un': 'the same', 'ail sip': 'a second sip', 'ail ip': 'a second ip',
  'ail instance': 'a second instance', 'trio rhedeg': 'trying to run', rhedeg: 'run', 'ar softswitch': 'as the softswitch',
  llinell: 'line', 'wedi cadarnhau': 'confirmed', drwydded: 'licence', 'wedi dod i ben': 'has expired', 'dod i ben': 'expired',
  collodd: 'lost', 'y ffonau': 'the phones', ffonau: 'phones', achos: 'because', 'maen dal yn off': 'it is still off',
  'maen dal': 'it is still', cawsom: 'we had', newid: 'change', ond: 'but', tua: 'around', sesiynau: 'sessions', newydd: 'new',
  'am awr': 'for an hour', wedyn: 'then', 'yn stopio agor': 'no longer opens', filoedd: 'thousands',
};
/**
 * Swahili, Sheng and the Pidgin of Nigeria and Ghana, read further (SYMPTOM_JOINS): what is over or was long ago ("ilikuwa mwaka
 * jana", it was last year; "ilitatuliwa", it was solved; "tiketi ya zamani", an old ticket; "kwa kumbukumbu tu", just for the
 * record), a figure before and after a fix ("kabla ya", before; "sasa ni", now it is), only asking ("nauliza tu"), what a thing
 * means ("ni kitu gani", "ina maana gani", Pidgin "wetin be", "wetin … mean"), nobody ("hakuna mtu"), nothing failing ("nothing dey
 * fail"), set off or on ("iko off"), another's server or a forum ("no be for our server", "si kwenye seva yetu"), and another
 * cause ("kwa sababu akaunti yao imeisha muda wake", because their account expired; "fiber ilikatwa", the fiber was cut).
 */
const PIDGIN_SHENG_SWAHILI: Readonly<Record<string, string>> = {
  // Swahili in fresh hands: why
  'kwa nini': 'why',
  // Pidgin, Hausa and Igbo English in fresh hands: has not shown again, since (it was fixed last week), dropped to, none,
  // now, the electricity went off, not RST, came back
  'no show again': 'has not appeared again', 'tun da': 'since', 'aka gyara': 'it was fixed', 'makon jiya': 'last week',
  'ya sauka zuwa': 'dropped to', 'wutar lantarki': 'electricity', 'ta dauke': 'went off', 'ba rst ba ne': 'not rst',
  'sun dawo': 'came back',
  // over, long ago, for the record
  'ilikuwa mwaka jana': 'was last year', 'mwaka jana': 'last year', 'mwezi uliopita': 'last month', 'wiki iliyopita': 'last week',
  ilikuwa: 'was', zilikuwa: 'were', ilitatuliwa: 'it was solved', imetatuliwa: 'it is solved', tulitatua: 'we solved',
  'tiketi ya zamani': 'old ticket', 'kwa kumbukumbu tu': 'just for the record', 'kwa kumbukumbu': 'for the record',
  'naiweka hapa': 'keeping it here', mlitusaidia: 'you helped us',
  // before and now
  'kabla ya': 'before', 'sasa ni': 'now it is',
  // asking, what it means
  'nauliza tu': 'just asking', 'tunauliza tu': 'just asking', 'ni kitu gani': 'what is it', 'ina maana gani': 'what does it mean',
  'wetin be': 'what is', wetin: 'what', 'mean sef': 'mean',
  // nobody, nothing failing, set off or on
  'hakuna mtu': 'nobody', 'iko off': 'is off', 'iko on': 'is on', 'nothing dey fail': 'nothing fails', 'no dey fail': 'does not fail',
  // someone else's, read elsewhere
  'no be for our server': 'not on our server', 'no be our server': 'not our server', 'si kwenye seva yetu': 'not on our server',
  'i see am for one forum': 'i saw it on a forum', 'kwa carrier side': 'on the carrier side', 'upande wa carrier': 'on the carrier side',
  // another cause: because ("kwa sababu"), an account run out ("akaunti … imeisha muda wake"), a line cut ("fiber … ilikatwa"), no
  // internet at all ("haina internet kabisa")
  'kwa sababu': 'because', akaunti: 'account', 'imeisha muda wake': 'expired', 'imeisha muda': 'expired', ilikatwa: 'was cut',
  imekatwa: 'was cut', 'haina internet': 'has no internet', 'hakuna internet': 'no internet',
  'haina internet kabisa': 'has no internet at all', 'hakuna internet kabisa': 'no internet at all',
};
/** Swahili tens and units, for the figures said in words after "elfu" (thousand) and "mia" (hundred). */
const SWAHILI_TENS: Readonly<Record<string, number>> = {
  kumi: 10, ishirini: 20, thelathini: 30, arobaini: 40, hamsini: 50, sitini: 60, sabini: 70, themanini: 80, tisini: 90,
};
const SWAHILI_UNITS: Readonly<Record<string, number>> = { moja: 1, mbili: 2, tatu: 3, nne: 4, tano: 5, sita: 6, saba: 7, nane: 8, tisa: 9 };
const SWAHILI_FIGURE = new RegExp(
  String.raw`\b(elfu|mia) (${[...Object.keys(SWAHILI_TENS), ...Object.keys(SWAHILI_UNITS)].join('|')})(?: na (${Object.keys(SWAHILI_UNITS).join('|')}))?\b`,
  'g',
);
/** Somali tens, for the thousands said in words before "kun". */
const SOMALI_TENS: Readonly<Record<string, number>> = {
  toban: 10, labaatan: 20, soddon: 30, afartan: 40, konton: 50, lixdan: 60, toddobaatan: 70, siddeetan: 80, sagaashan: 90,
};
const SOMALI_THOUSANDS = new RegExp(String.raw`\b(?:${Object.keys(SOMALI_TENS).join('|')}) kun\b`, 'g');
/** "elfu thelathini" → "elfu 30" (the extractor reads the thousands after "elfu"), "mia mbili" → "200". */
const swahiliFigure = (m: string): string => {
  const [scale, first, , unit] = m.split(' ') as [string, string, string?, string?];
  const n = (SWAHILI_TENS[first] ?? SWAHILI_UNITS[first] ?? 0) + (unit === undefined || !(first in SWAHILI_TENS) ? 0 : (SWAHILI_UNITS[unit] ?? 0));
  const tail = unit !== undefined && !(first in SWAHILI_TENS) ? ` na ${unit}` : '';
  return scale === 'elfu' ? `elfu ${n}${tail}` : `${n * 100}${tail}`;
};
/**
 * Bodo, Garo (A·chik), Kokborok and Karbi, typed in Latin letters beside the Assamese, Bengali, Hindi and English they switch
 * into, read as one (SYMPTOM_JOINS), with the hyphens and raised dots they write ("RST-ko", "nama-e", "ong·ja"): the negations
 * after the noun or the verb (Bodo "gwiya", there is none, and "nonga", is not; Garo "gri", without, "dakja", not used,
 * "dakjaha", did not, "ong·ja", does not happen; Kokborok "kwrwi", there is none or no, "khlaiya", did not, "khlailiya", does
 * not, "manya", cannot; Karbi "kali", it is not, and "ave", there is none or did not), what alone is used (Garo "-san", Karbi
 * "saikhon"), a change proposed (Kokborok "off khlainai", should we turn off) or advised by someone else ("khlaidi", do it),
 * fine and nothing to do (Garo "nama-e", "dakna nangja", Karbi "pini keme", "klem nangji ave"), the past (Garo "skang bilsi",
 * "skang jajong"), a report or summary to write, what it means (Karbi "kopi"), only asking ("hudhise"), misunderstood ("bhul
 * bujhi"), the net back (Kokborok "net phaikha": it was down), and you (Garo "na·a", never Hindi's "na" before "a"). The
 * Assamese they lean on says "cannot bind" ("bind kori nuwari") after the port it names, and phones stuck at "Registering..."
 * ("ghuri ase") cannot register. Kokborok "na" after a verb asks or says "or" ("RST Off khlainai na keepalive?", "Bo RST drop
 * na?"), never Hindi's "not": its words are in NA_IS_NO_NEGATION. Garo "hajal" and Bodo "हाजार" (thousand) are read by the
 * extractor and the Devanagari words.
 */
const BODO_GARO_KOKBOROK_KARBI: Readonly<Record<string, string>> = {
  // Bodo: there is none ("gwiya", after the noun, the error named first as a denial of it), is not ("nonga"), today, how to
  'rst drop gwiya': 'no rst drops', 'problem gwiya': 'there is no problem', gwiya: 'there is none',
  'cannot assign requested address" gwiya': 'never seen cannot assign requested address',
  'cannot assign requested address gwiya': 'never seen cannot assign requested address',
  'address already in use" gwiya': 'never seen address already in use', 'production nonga': 'not production',
  'be thik nonga': 'that was wrong', 'thik nonga': 'not right', nonga: 'is not', dinwi: 'today', mabwrwi: 'how to',
  // Garo: without ("gri"), alone ("-san"), not used and did not ("dakja", "dakjaha"), does not happen ("ong·ja"), fine
  // ("nama-e"), no need to do ("dakna nangja"), last year and last month, a report or a summary to write, you, thought, but
  'deny gri': 'no deny', 'problem gri': 'no problem', 'nat gri': 'no nat', 'udp-san': 'only udp', 'tcp-ko dakja': 'tcp is not used',
  'tcp dakja': 'tcp is not used', 'on dakjaha': 'did not turn on', dakjaha: 'did not', dakja: 'do not',
  'da·o ong·ja': 'now it no longer happens', 'ong·ja': 'does not happen', 'nama-e': 'fine', 'dakna nangja': 'no action needed',
  'skang bilsi-o': 'last year', 'skang bilsi': 'last year', 'skang jajong-o': 'last month', 'skang jajong': 'last month',
  'report-ni gimin-san': 'just for an incident report', 'summary sa seabo': 'writing a summary', 'na·a': 'you',
  chanchiaha: 'thought', indiba: 'but',
  // Kokborok: there is none ("kwrwi", and as an answer), did not and does not ("khlaiya", "khlailiya"), cannot ("manya"), should
  // we ("khlainai") and or ("khlainai na"), do it ("khlaidi", said by someone else: advice), the net came back, misunderstood
  'tcp kwrwi': 'no tcp', 'ports exhaustion kwrwi': 'it is not ports exhaustion', 'port exhaustion kwrwi': 'it is not port exhaustion',
  'tamo-ba kwrwi': 'nothing at all', 'vos o kwrwi': 'not on our vos', 'khlaiwi na? kwrwi': 'no', kwrwi: 'not',
  'ang khlaiya': 'i did not do it', khlaiya: 'did not', 'register khlaiya': 'do not register', 'drop khlailiya': 'does not drop',
  khlailiya: 'does not', 'ip manya': 'cannot get an ip', manya: 'cannot', 'off khlainai': 'should we turn off',
  'on khlainai': 'should we turn on', 'khlainai na': 'or', 'rst on khlaidi': 'advised to turn rst on',
  'net phaikha': 'the internet was down, now back', 'bhul bujhi': 'misunderstood',
  // Assamese beside Karbi: cannot bind, keeps trying to register
  'bind kori nuwari': 'port cannot bind', 'registering..." ghuri ase': 'cannot register, keeps trying',
  'registering ghuri ase': 'cannot register, keeps trying',
  // Karbi: it is not ("kali"), there is none and did not ("ave"), will not, no need to do, only, fine now, close it, what, asked
  'la kali': 'it was not that', 'klemji kali': 'will not do', 'ticket kali': 'not our ticket', 'klem ave': 'did not do it',
  'problem ave': 'there is no problem', 'klem nangji ave': 'no action needed', 'kopi klem': 'what should we do',
  'pini keme': 'now it is fine', saikhon: 'only', 'close klem': 'close the ticket', 'difference kopi': 'what is the difference',
  kopi: 'what', 'just hudhise': 'just asking', hudhise: 'asked', 'kok-lo': 'said',
};
/**
 * Mizo, Khasi, Santali (typed in Latin letters, its greetings in Ol Chiki), Dzongkha and Tibetan (romanized, with the
 * Nepali, Hindi and Bengali they are mixed with), read as one (SYMPTOM_JOINS): the negations (Mizo "lo" after the verb, "thei
 * lo" for cannot, "suh" for do not; Khasi "ym", "ym lah", "ym don", "ym … shuh" for no longer, "ngim"; Santali "ban" and
 * "banuk" after the verb; Dzongkha "ma", "ma tshu" for cannot, "mindu" after the noun; Tibetan "ma yin", "me", "mi", "gang
 * yang me" for none at all), since and after (Khasi "naduh", "hadien"; Santali "tayom khon"; Tibetan "nas", "de nas";
 * Dzongkha "bai shul lu"), turned on (Khasi "la pynlong ia ka", Santali "on akada", Tibetan "on bzos", Dzongkha "on bey yi",
 * "Off lu On lu"), behind (Khasi "hapoh", Santali "tayom re"), fine and fixed (Mizo "a fix tawh", Khasi "ka la biang", "ki
 * biang baroh", Santali "thik kana", "thik hoyena", Tibetan "yakpo du", Dzongkha "yakpo ing"), wrong and taken back (Mizo "a
 * dik lo", "ngaihsak suh", Santali "ona bhul", Tibetan "nor song", "phyir len rog"), only asking (Khasi "ka jingkylli tang",
 * Santali "tang puchhao lagit", Dzongkha "dri ba rang ing"), past incidents (Mizo "thla kalta", Khasi "ka bnai kaba la dep",
 * Dzongkha "lo ngoen") and thousands (Tibetan "khri", ten thousand, and "tong", Dzongkha "tongthra", Mizo "sang", the last two
 * before the figure: read by the joins after the table). Khasi "na" is "from" and Tibetan "na" is "if" or "but", never
 * Hindi's "not" (their words are in NA_IS_NO_NEGATION); Santali "ar" is "and", not Georgian's "not", and Mizo "nei" is
 * "have", not "not": they are read with the words around them.
 */
const MIZORAM_MEGHALAYA_SANTAL_BHUTAN_TIBET: Readonly<Record<string, string>> = {
  // Mizo negations: "lo" after the verb, "thei lo" (cannot, read by the join after the table), "suh" (do not), "reng reng …
  // lo" (none at all)
  'a dik lo': 'was wrong', 'dik lo': 'wrong', 'a zo lo': 'are not used up', 'port a zo lo': 'ports are not used up',
  'an nei lo': 'they do not have', 'kan nei lo': 'we do not have', 'firewall reng reng an nei lo': 'they have no firewall at all',
  'firewall an nei lo': 'they have no firewall', 'engmah kan thlak lo': 'we changed nothing', 'a buai lo': 'has no problem',
  'chu a buai lo': 'have no problem', 'buaina a awm lo': 'there is no problem', 'buaina engmah a awm lo': 'there is no problem',
  'a thawk lo': 'does not work', 'kan on ngai lo': 'we never turned on', 'a chak lo': 'is weak', 'ngaihsak suh': 'please ignore',
  'ngaihsak suh khawngaih takin': 'please ignore', 'a tlem': 'is low', 'a tawp dawn': 'will expire', 'aia tam': 'more than',
  'a pangngai em': 'is it normal', 'a ngai em': 'is it needed', 'a tul em': 'is it needed',
  // Mizo: since and after, fixed, the past, only asking, reports and lessons
  'vawiin chawhnu atang': 'since this afternoon', 'vawiin atang': 'since today', 'vawiin zing atang': 'since this morning',
  'zing dar': 'at', 'a fix tawh': 'is fixed now', 'thla kalta khan': 'last month',
  'thla kalta': 'last month', 'report ka ziak mek': 'i am writing a report', 'ka ziak mek': 'i am writing',
  'training hun atan': 'for a training', 'ka zirtir dawn': 'i will teach', 'ka message hmasa': 'my previous message',
  'niin kan ring a mahse': 'we thought so but', 'kan ring a mahse': 'we thought so but', 'capture kan la a': 'capture taken',
  'kan nei a': 'we have', 'a down': 'is down', 'a pass vek a ni': 'all pass', 'thlirna atan chauh': 'just for a look',
  'hriatthiamna ka mamawh': 'i want to understand', 'eng nge a awmzia': 'what does it mean', 'a tha vek': 'all fine',
  'an tha': 'are fine', 'mai mai': 'only', 'pu mama': 'sir',
  // Khasi negations: "ym" (not), "ym lah" (cannot), "ym pat" (not yet), "ym don" (there is no), "ym … shuh" (no longer),
  // "ngim" (we do not), "ngi ym ju" (we never)
  'ym register shuh': 'no longer register', 'ym register': 'do not register', 'ym lah ban register': 'cannot register',
  'ym lah ban start': 'cannot start', 'ym lah ban shong': 'cannot hold', 'ym poi shuh': 'no longer arrive', 'ym poi': 'do not arrive',
  'ym mih shuh': 'no longer come out', 'ym shem shuh': 'no longer finds', 'ym don shuh': 'no more', 'ym don jingeh': 'no problem',
  'ngi ym don jingeh': 'we have no problem', 'ym don ei ei ka jingeh': 'no problem at all',
  'ngi ym don ei ei ka jingeh': 'we have no problem at all', 'ym don jingkylla': 'no change', 'ym don': 'there is no',
  'ym pat kylla ei ei': 'have not changed anything', 'ym pat': 'not yet', 'ym tcp': 'not tcp', 'ym siew bill': 'bill not paid',
  'ngi ym ju pynlong': 'we never turned on', 'ngim trei ha': 'we do not work on', 'ngim sngewthuh': 'we do not understand',
  'ngi ym pyndonkam': 'we do not use', 'ym ai': 'does not allow',
  // Khasi: turned on, since and after, behind, fixed and fine, still, the counter and what is sent
  'ngi la kylla ia ka': 'we changed the', 'namar ngi la kylla ia ka': 'because we changed the', 'ngi la pynlong ia ka': 'we turned on the', 'la pynlong ia ka': 'turned on the', 'ban pynlong': 'to enable',
  'naduh ba ngi la pynlong ia ka': 'since we turned on the', 'hadien ba ngi la pynlong ia ka': 'after we turned on the',
  'naduh kata ym don shuh': 'it has not happened since', 'naduh kata': 'since then', 'ngi la pynbiang ha ka': 'we fixed it with the',
  'ngi la pynbiang': 'we fixed it', 'naduh ba': 'since', 'hadien ba': 'after', 'hapoh ka nat': 'behind the nat', 'hapoh u': 'behind the',
  'hapoh ka': 'behind the', 'ka dang off': 'is still off', 'ka la biang': 'is fixed', 'ki call ki biang baroh': 'the calls are all fine',
  'ki biang baroh': 'are all fine', 'ki biang': 'are fine', 'ka counter ka kiew': 'the counter climbs', 'u phah rst': 'sends rst',
  'ki call ki fail man la ka por peak': 'the calls fail at every peak', 'ka por peak': 'at peak', 'ban pynduna ia ka': 'to reduce the',
  'khang ia ka ticket': 'close the ticket', 'ka la weng ia ka line': 'cut the line', 'la pyllait na': 'came out of',
  'sngewbha iarap': 'please help', 'bad ka': 'and the', 'bad ki': 'and the',
  // Khasi: the past, only asking, what it means
  'ka bnai kaba la dep': 'last month', 'ka snem kaba la leit': 'last year', 'ka report na ka bnai': 'the report of last month',
  'ka jingkylli tang': 'just a question', 'ka jingkylli ka long tang na ka bynta ka': 'it is just a question for the',
  'nga kylli tang na ka bynta ka': 'i am just asking for the', 'nga kylli tang': 'i am just asking', 'kaei ka mut': 'what does it mean',
  'kaei ka jingpyrshah': 'what is the difference', 'ka audit ka kylli': 'the audit asks', 'tang ban thoh ha ka': 'just to write in the',
  'nga kwah tang ban thoh ia ka': 'i just want to write the', 'ka student jong nga': 'my student', 'ka jingkylli na': 'a question from',
  // Santali negations: "ban" after the verb, "banuk" (there is none)
  'purak banuk': 'none at all', 'internet purak banuk': 'no internet at all', 'problem banuk': 'no problem', 'timewait ban': 'no timewait',
  'ona do ban': 'it was not that', 'mendhe ona do ban': 'but it was not that', 'reply ban ema kana': 'does not reply',
  'rst pass ban ema kana': 'does not let the rst through', 'pass ban ema kana': 'does not let it through', 'ale ban on akada': 'we have not turned on',
  'ban on akada': 'have not turned on', 'ban kami dareyak kana': 'cannot work', 'register ban kana': 'do not register', 'udp ban': 'not udp',
  // Santali: after and behind, fixed and fine, wrong, only asking and noting, yesterday and now, cut, and
  'on akat tayom re': 'after turning on', 'on tayom khon': 'since turning on', 'tayom khon': 'since', 'nat tayom re': 'behind nat',
  'router tayom re': 'behind the router', 'tayom re': 'behind', 'joto thik kana': 'all fine', 'call joto thik kana': 'all calls are fine',
  'call do thik kana': 'calls are fine', 'nitok thik kana': 'now it is fine', 'thik hoyena': 'got fixed', 'firewall do thik kana': 'the firewall is fine',
  'joto registered kana': 'all are registered', 'ona bhul': 'that was wrong, a false alarm', 'mente olok akat tahekana': 'had written',
  'hola men akat tahekana': 'yesterday i had said', 'tang puchhao lagit': 'just asking', 'tang note lagit olok akana': 'just noting it for the record',
  'tang report lagit olok kana': 'just writing it for the report', 'hola ninda': 'last night', 'hola setak': 'yesterday morning',
  'nitok problem banuk': 'now there is no problem', fibre: 'fibre', katena: 'cut', 'ar softphone': 'and softphone',
  'ar unregistered': 'and unregistered', 'ar public ip': 'and public ip', 'ar udp': 'and udp', 'ar outgoing': 'and outgoing',
  // Tibetan negations: "ma yin" (is not), "me" and "mindu" (there is no), "mi" before the verb, "gang yang me" (none at all)
  'dka ngal gang yang me': 'no problem at all', 'deny gang yang me': 'no deny at all', 'gang yang me': 'none at all',
  'firewall ma yin': 'it is not the firewall', 'lagay ma yin': 'not used', 'tcp lagay ma yin': 'we do not use tcp',
  'on jhe ma song': 'was not turned on', 'jhe gi mindu': 'does not', 'register jhe gi mindu': 'cannot register',
  'start jhe gi mindu': 'cannot start', 'gang yang mi gro': 'none go', 'mi shes': 'do not know',
  // Tibetan: turned on, since, fine, wrong and taken back, the cause, help
  'on bzos nas': 'since turning on', 'on bzos pa de nyin la': 'turned on that day', 'on bzos': 'turned on', 'de nas bzung': 'since then',
  'de nas': 'since then', 'yakpo du': 'fine', 'call tso yakpo du': 'the calls are fine', 'nga nor song': 'i was wrong',
  'nor song': 'was wrong', 'phyir len rog': 'please ignore', 'de dor rog': 'please ignore', 'ngai sngon gyi message': 'my previous message',
  'ngai message sngon ma': 'my previous message', 'phyir bton zin': 'removed, fixed now', 'bai rgyu mtshan': 'cause',
  'rgyu mtshan': 'cause', 'bshad pa re re bri dgos': 'explanation of each for writing a report', 'bshad pa': 'explanation', 'zla ba gcig la thengs gcig': 'once a month', 'restart jhe dus': 'when restarting',
  'rogpa nang rog': 'please help', 'rogs ram nang ga': 'please help', 'tong phrag mang po': 'many thousands', 'mang po': 'many',
  'da lta': 'now', khasang: 'yesterday', 'dgong mo': 'evening', 'phyed ka': 'half', 'nyin gsum': 'three days',
  // Dzongkha negations: "ma" before the verb, "ma tshu" (cannot, read by the join after the table), "mindu" after the noun
  'dato mindu': 'none now', 'ma thob': 'did not get', 'ma thong': 'not seen', 'ip ma thob': 'did not get an ip',
  // Dzongkha: turned on and back off, after, fine, only asking, the past, all, help
  'off lu on lu': 'from off to on', 'off lu log': 'back to off', 'bey bai shul lu': 'after doing', 'bai shul lu': 'after',
  'ga ra yakpo ing': 'all are fine', 'yakpo ing': 'are fine', 'dri ba rang ing': 'it is only a question', 'dri ba cig': 'a question',
  'dri ba': 'question', 'gi don dag ga chi ing': 'what does it mean', 'ga chi ing': 'what is', 'ga de bey ni la': 'what to do',
  'lo ngoen khar': 'last year', 'lo ngoen': 'last year', 'deb nang lu thong yi': 'seen in a book', 'ga ra zhi song': 'all used up',
  'ga ra': 'all', 'tongthra mang ra': 'many thousands', 'khatsa': 'yesterday', dato: 'now', 'bey dgos mo': 'should we',
  'bey ga': 'should we', 'nyin gnyi': 'two days', 'gnyi': 'two', 'gcig': 'one', 'ngai ing': 'i am', 'training gi don lu': 'for training', 'gi account gcig lu': 'on the same account', 'phone gnyi': 'two phones',
  // Nepali beside them: did not start, only, there is not
  'start bhayena': 'did not start', 'udp matra ho': 'is udp only', 'tcp chaina': 'no tcp',
};
/**
 * Dhivehi (as typed in Latin letters, and in Thaana as scriptWords reads it: "ނުވޭ" nuvey, "ކުރީމަ" kureema, "ފަހަތުގައި"
 * fahathugai), Tetum (with its Portuguese and Indonesian words) and Brunei Malay, read as one (SYMPTOM_JOINS). Dhivehi puts
 * its negation after the verb ("register nuvey", does not register; "on nukuran", did not turn on; "athu nulan", did not
 * touch), "neth" and "noon" after the noun (there is no, is not: "masalaeh neth", no problem; "nat issue eh noon", not a NAT
 * issue), its postpositions after it ("kureema fashigen", since doing; "kuri fahun", after doing; "ge fahathugai", behind) and
 * "kureege" before it (previous). Tetum "la" before a verb and "la'ós" (is not), "hafoin", "depois de" (after), "desde"
 * (since), "kotuk" (behind; "semana kotuk", last week), "liu" (through), "di'ak" (fine), "tanba" (because), "rihun"
 * (thousand). Brunei Malay "inda" (not), "lapas" (after; "bulan lapas", last month), "samalam" (yesterday), "ani" (this),
 * "bah", "kali" (perhaps), "ja" (only).
 */
const DHIVEHI_TETUM_BRUNEI: Readonly<Record<string, string>> = {
  // Dhivehi negations: after the verb, "neth" (there is no) and "noon", "neh" (is not) after the noun
  'register nuvey': 'do not register', 'register nuvany': 'do not register', 'register nuvanee': 'do not register',
  'register nuvaane': 'do not register', 'register nuvey kamah': 'do not register', 'register eh nuvey': 'do not register',
  'connect nuvey': 'do not connect', 'ah connect nuvey': 'do not connect', 'connection nuhedhey': 'no new connections',
  'connection eh nuhedhey': 'no new connections', 'hedheku nuvey': 'cannot be made', 'connection nulibey': 'cannot get connections',
  'bind nuvey': 'cannot bind', 'start nuvey': 'does not start', nuaraa: 'does not come up', nuhulhuvey: 'does not open',
  nudhey: 'do not go through', nudhiyaee: 'did not go through', nudhaane: 'do not go through', nuvadhevey: 'cannot log in',
  'on nukuran': 'did not turn on', 'on eh nukuran': 'did not turn on', 'on ves nukuran': 'did not turn on either',
  'ves on nukuran': 'did not turn on either', 'update nukuran': 'not updated', 'athu nulan': 'did not touch',
  'ah athu nulan': 'did not touch', nukuran: 'did not', 'a change nugenamu': 'we made no change', nugenamu: 'did not make',
  'badhaleh nuvey': 'no change', 'masalaeh neth': 'no problem', 'masalaeh neh': 'no problem', 'any masalaeh neth': 'no problem at all',
  'internet neth': 'no internet', 'net neth': 'no internet', 'relation neth': 'not related', 'gulhumeh neh': 'not related',
  'gulhumeh neth': 'not related', 'issue eh neh': 'not the issue', 'change eh neh': 'no change', 'ehen change eh neh': 'no other change',
  'eh masalaeh noon': 'is not the problem', 'masalaeh noon': 'is not the problem', 'issue eh noon': 'is not the issue',
  'drop eh noon': 'no drop', 'eh noon': 'is not it', noon: 'not', neth: 'none',
  // since, after, when, behind
  'on kureema fashigen': 'on, since then', 'on kuri fashigen': 'on, since then', 'on laaeema fashigen': 'on, since then',
  'kureema fashigen': 'since', 'laaeema fashigen': 'since', 'genaeema fashigen': 'since', 'hulhuveema fashigen': 'since turning on',
  fashigen: 'since', 'kuri fahun': 'after', 'kurumun fahun': 'after', 'kurumah fahu': 'after', 'hulhuvaifi fahun': 'after turning on',
  hulhuveema: 'after turning on', 'on kureema': 'after turning on', 'restart kureema': 'after restarting', kureema: 'after',
  genaeema: 'after making', kurumun: 'after', 'ge fahathugai': 'behind', fahathugai: 'behind', 'ge faharathu': 'behind',
  faharathu: 'behind', fahathu: 'behind', kureege: 'previous', 'kuri week': 'last week', 'kureege hafthaa': 'last week',
  // fine, fixed, asking, other causes
  rangalhu: 'fine', rangalhuvey: 'fine again', rangalhah: 'fine', 'rangalhu vejje': 'fixed', rangalhutho: 'is it ok',
  'fix kuri': 'fixed', 'e ves fix kuri': 'that is fixed too', suvaaleh: 'a question', 'kuda suvaaleh': 'a small question',
  'ehen sababeh': 'another cause', sababeh: 'a cause', 'ge masalaeh': 'problem', 'isp ge masalaeh': 'an isp problem',
  'kamah heevanee': 'it seems', 'kamah heevey': 'it seems',
  // Tetum negations: "la" before the verb, "la'ós" (is not), "seidauk" (not yet), "labele" (cannot)
  'la rejista': 'do not register', 'la rejista tan ona': 'no longer register', 'labele rejista': 'cannot register',
  'la iha problema': 'no problem', 'la drop buat ida': 'drops nothing', 'la drop': 'does not drop', 'laos tanba': 'not because of',
  laos: 'is not', 'la liga': 'does not connect', 'la kona': 'did not touch', 'la muda': 'did not change', 'la loke': 'does not open',
  'la bele': 'cannot', labele: 'cannot', seidauk: 'not yet', 'la konekta': 'do not connect',
  // since, after, behind, through, fine, because
  hafoin: 'after', 'depois de': 'after', desde: 'since', molok: 'before', 'semana kotuk': 'last week', 'fulan kotuk': 'last month',
  'iha kotuk': 'behind', kotuk: 'behind', 'router uma': 'home router', 'iha uma': 'at home', 'sem firewall': 'without firewall',
  'lao diak': 'works fine', 'diak ona': 'fine now', 'diak hela': 'still fine', diak: 'fine', 'moris fali': 'back up',
  'hadia tiha ona': 'already fixed', 'rezolve tiha ona': 'already solved', 'rezolve ona': 'solved', tanba: 'because',
  'eletrisidade mate': 'power outage', 'lakon rejistu': 'lose registration', 'rejistu lakon': 'registration lost',
  'sai offline no online': 'go offline and online', 'fila fila': 'again and again', 'liga rst': 'turned on rst',
  'ativa modu rst': 'enabled rst mode', 'buat foun mak deit': 'the only new thing is', rihun: 'thousand', horseik: 'yesterday',
  // Brunei Malay: "inda" (not), "lapas" (after; last, after a time word), "ani" (this)
  'inda ada': 'there is no', 'inda register': 'do not register', 'inda drop': 'does not drop', 'inda drop apa apa': 'drops nothing',
  'inda pernah': 'never', 'inda apa': 'fine', 'inda connect': 'do not connect', 'inda berkaitan': 'not related',
  'bulan lapas': 'last month', 'minggu lapas': 'last week', 'hari khamis lapas': 'last thursday', 'bulan ani': 'this month',
  'kali ani': 'this time', 'ani cuma update': 'this is just an update', 'cuma update': 'just an update', 'sudah selesai': 'already solved',
  'kalau bypass': 'without', 'bila bypass': 'without', didrop: 'dropped', 'router rumah': 'home router', 'dari rumah': 'from home',
  samalam: 'yesterday', 'masa peak': 'at peak', 'perubahan rst': 'the rst change', perubahan: 'change', 'paling tinggi': 'highest',
  cematu: 'like this', 'atau off balik': 'or should we turn off', 'pindah server': 'moved the server', 'lepas kami': 'after we',
  // and the rest of Dhivehi and Tetum: changed, used, what, the difference, still, ended, blocks, through
  'badhalu kuri': 'changed', 'router badhalu kuri': 'changed the router', 'bhenun nukuran': 'do not use',
  'tcp eh bhenun nukuran': 'we do not use tcp', 'rst ah athu nulan': 'did not touch rst', 'unregister vany': 'unregistered',
  'ge thafaathu kobaa': 'what is the difference', 'thafaathu kobaa': 'what is the difference', kobaa: 'what',
  'a change naee': 'no change', 'badhaleh naee': 'no change', 'for a report writing': 'writing a report', huree: 'are',
  'sei off': 'still off', 'kreditu remata': 'credit ran out', 'kontratu remata': 'contract ended', remata: 'ended',
  'la iha kabu rede': 'network cable unplugged', 'hasai kabu': 'unplugged the cable', 'nia konta': 'his account', konta: 'account', 'suspende tiha': 'suspended', suspende: 'suspended', troka: 'changed',
  'ip publiku': 'public ip', foun: 'new', tuan: 'old', uza: 'using', blokeia: 'blocks', 'wifi hotel': 'hotel wifi', 'liu firewall': 'through the firewall', 'sem firewall lao diak': 'without the firewall it works',
};
/**
 * Hmong (White and Green Hmong in the Romanized Popular Alphabet, its tone letters written as they are), S'gaw Karen and
 * Shan as typed in Latin letters, and Kachin (Jingpho), with the English, Thai and Burmese words they are mixed with, read
 * as one (SYMPTOM_JOINS): the negations (Hmong "tsis", "tsis yog", "tsis muaj", "tsis tau"; Karen "ta … bah", "ta mer"; Shan
 * "am", "am pen", "am mee"; Kachin "n" before the verb and "n rai ai" after what it denies), since and after ("txij thaum",
 * "tom qab", "waai lang", "hpang e", "ten kaw nna"), turned on ("qhib", "teeb … ua On", "het On", "galaw ai"), behind
 * ("nyob tom qab", "hpang de"), fine and fixed ("zoo lawm", "kho lawm", "ghay lee", "lii yu", "kaja sai", "ngut sai"), other
 * causes ("yog vim", "majaw rai ai"), only asking or reporting ("tsuas xav paub xwb", "txhawm rau qhia", "yaak hu"), past
 * incidents ("xyoo tas los"), and thousands ("34 txhiab", read after this table). Kachin "law", "mani", "ram" and Shan
 * "pii", "nai", "het" would be read as other languages' words (if, my, memory; many, not, finished): they are read here with
 * the words around them. Hmong "tom qab" is "after" before a clause and "behind" after "nyob" or before the router; "peb"
 * (we, three) and "tas" (finished, always) are read only with the words around them. Shan in its own script is read by
 * unspacedWords.
 */
const HMONG_KAREN_SHAN_KACHIN: Readonly<Record<string, string>> = {
  // Hmong negations: "tsis" (not), "tsis yog" (is not), "tsis muaj" (there is no), "tsis tau" (did not; after a verb, could
  // not), "tsis raug" (wrong), "tsis tas" (no need), "los tsis" (or not)
  tsis: 'not', 'tsis yog': 'is not', 'tsis yog vim': 'not because of', 'tsis muaj': 'there is no', 'tsis tau': 'did not',
  'tsis tau hloov': 'did not change', 'tsis tau qhib': 'did not enable', 'tsis tau teeb': 'did not set',
  'tsis muaj teeb meem': 'no problem', 'tsis muaj teeb meem dab tsi': 'no problem at all', 'tsis muaj error': 'no error',
  'tsis muaj hu poob': 'no dropped calls', 'tsis muaj li no': 'this did not happen', 'kiag li': 'at all',
  'tsis raug': 'wrong', 'tsis tas': 'no need', 'los tsis tas': 'or not', 'los tsis': 'or not', 'tsis tiav': 'do not complete',
  'tsis txais': 'does not accept', 'tsis qhib': 'does not open', 'tsis kaw': 'do not close', 'tsis txuas': 'do not connect',
  'tsis pib': 'does not start', 'tsis register': 'do not register', 'tsis nyob online': 'are not online',
  'hu tsis tau': 'cannot call', 'txuas tsis tau': 'cannot connect', 'siv tsis tau': 'cannot be used',
  'run tsis tau': 'cannot run', 'nrhiav tsis tau': 'cannot find', 'tsis yws dab tsi': 'have no complaints',
  'tsis yog ports tas': 'not ports exhausted', 'tsis yog port tas': 'not ports exhausted', 'tsis siv': 'do not use',
  'tsis cuam tshuam': 'does not affect', 'tsis tau them nyiaj': 'did not pay', 'tsis muaj is taws nem': 'no internet',
  // since, after, before: "txij thaum" (since), "tom qab" (after; behind, after "nyob" or before a router), "ua ntej" (before)
  'txij thaum': 'since', 'txij thaum ntawd': 'since then', 'txij nag hmo': 'since yesterday', 'tom qab': 'after',
  'tom qab ntawd': 'after that', 'nyob tom qab': 'behind', 'tom qab router': 'behind router', 'tom qab lub router': 'behind the router',
  'tom qab nat': 'behind nat', 'tom qab mikrotik': 'behind mikrotik', 'ua ntej': 'before', 'ua ntej ntawd': 'before that',
  'dhau los': 'ago', 'hloov mus siv': 'switched to', 'tej zaum': 'maybe', 'register tau zoo': 'registers fine',
  // turned on, set, changed, fixed, fine
  qhib: 'enabled', teeb: 'set', hloov: 'changed', 'ua on': 'to on', 'rov qab': 'back', 'rov qab off': 'back to off',
  'kho lawm': 'fixed', 'zoo lawm': 'fine now', 'tseem zoo': 'still fine', 'tseem khiav zoo': 'still running fine',
  'zoo txhua yam': 'all fine', 'tseem zoo txhua yam': 'are still all fine', 'tsis muaj teeb meem li': 'no problem at all',
  'teeb meem': 'problem', 'thiaj li zoo': 'then fine',
  // phones, calls, registration lost, full, exhausted, thousands, about
  'xov tooj': 'phones', 'cov hu': 'the calls', 'hu poob': 'dropped calls', 'poob registration': 'lose registration',
  'poob tag': 'all dropped', 'ports tas': 'ports exhausted', 'port tas': 'ports exhausted', puv: 'full',
  'router hauv tsev': 'home router', 'hauv tsev': 'at home', 'sab nraum': 'outside', 'sab nraud': 'outside',
  'neeg siv': 'users', 'yws tias': 'complain that', 'kwv yees': 'about', 'ntau txhiab': 'thousands',
  'kaum txhiab': 'tenthousand', 'is taws nem': 'internet', 'tas sij hawm': 'expired', 'them nyiaj': 'pay', tuag: 'dead',
  'xob laim': 'lightning', thaiv: 'blocks', tshiab: 'new', 'nws sau': 'it says', 'kuv sau': 'i wrote', 'txhua lub': 'all',
  'peb lub': 'our', 'peb cov': 'our', 'kuv lub': 'my', 'kuv tus': 'my', 'nws lub': 'its', 'nws tus': 'his', 'lawv lub': 'their',
  'ntau pua': 'hundreds', 'chaw ua hauj lwm': 'office', 'tsis ua hauj lwm': 'does not work', twb: 'already',
  'kaw lawm': 'turned off', 'tsis tau kov': 'did not touch', 'tsis muaj dab tsi': 'nothing', 'tsis muaj leej twg': 'nobody',
  'tsis paub': 'do not know', 'xyoo tas los': 'last year', 'xyoo dhau los': 'last year', 'lub hli tas los': 'last month',
  'lub hli dhau los': 'last month', 'lim tiam tas los': 'last week', 'lim tiam dhau los': 'last week',
  'tas li': 'constantly', 'los ntawm': 'from', 'lwm lub': 'the other', 'lwm tus': 'another',
  // because, only, asking, reporting, time
  'yog vim': 'because of', vim: 'because', tsuas: 'only', 'tsuas xav paub xwb': 'just asking', 'tsuas yog xav paub': 'just asking',
  'xav paub': 'want to know', 'txhawm rau qhia': 'for the record', 'kuv xav tias': 'i think', 'tab sis': 'but', 'tiam sis': 'but',
  'puas yuav tsum': 'should we', 'puas yog': 'is it', 'ua li cas': 'how', 'dab tsi': 'anything', 'thov pab': 'please help',
  'nag hmo': 'yesterday', 'hnub no': 'today', 'tam sim no': 'now', 'txhua hmo': 'every night', 'thaum sawv ntxov': 'in the morning',
  'tsaus ntuj': 'in the evening', 'tag kis': 'tomorrow',
  // S'gaw Karen: "ta … bah" around the verb (not; read after this table), "ta mer … bah" (is not), "oh" (there is), "ghay"
  // (good), "khe a" (now), "lee" (already), "mu ha" (yesterday), "ma dee leh" (what should I do), "hee" (home)
  'ta mer': 'is not', 'oh su oh se': 'hello', 'ghay lee': 'fine now', 'ghay lee khe a': 'fine now', 'khe a ghay lee': 'now fine',
  'ma dee leh': 'what should i do', 'mer mah nu': 'what is it', 'ah mer mah nu': 'what is', 'ta kee tah': 'a problem',
  'ta blu': 'thanks', 'lah hee': 'at home', 'ta oh bah': 'there is no', 'ta kee bah': 'no problem', 'ta thay bah': 'cannot',
  // Shan in Latin letters: "am" (not), "am pen" (is not), "am mee" (there is no), "am lai" (cannot), "pen" (is), "yao"
  // (already), "lii" (good), "waai lang" (after), "an nai" (this), "mua nai" (now), "yaak hu" (want to know), "tang mot" (all)
  'pii kha': 'hello', 'lii a': 'is it good', 'kau am mee problem': 'i have no problem', 'ka am het': 'also not enabled',
  'laai pai a am laai': 'is it too many', 'am pen': 'is not', 'am pen sang': 'no problem', 'pen sang': 'what is wrong', 'am mee': 'there is no', 'am lai': 'cannot',
  'am mee problem': 'no problem', 'am drop': 'do not drop', 'am het': 'not enabled', 'an nai': 'this', 'an nai pen': 'this is',
  'mua nai': 'now', 'wan nai': 'today', 'yaak hu': 'curious to know', 'kau yaak hu': 'i am curious to know', 'sia yao': 'broken',
  'pai hot': 'reach', 'lii yu': 'are fine', 'call kau': 'my calls', 'kau fix yao': 'i fixed it', 'waai lang': 'after',
  'laai pai': 'too many', 'a am laai': 'or not', 'tang mot': 'all', 'ok yao': 'fine now', 'lii yao': 'fine now',
  // Kachin: "n" before the verb (not), "n rai ai" after what it denies (it is not), "kaja" (good), "ngut sai" (over, solved),
  // "hpang e" (after), "hpang de" (behind), "majaw" (because of, after the cause), "mani" (yesterday), "ram" (about, after a
  // figure), "lang ai" (using), "law law" (many), "langai sha" (only one), "kaga" (other)
  'n rai ai': 'is not', 'problem n lu ai': 'no problem', 'san yu ai sha': 'just asking', 'kaja ai i': 'is it fine',
  'hkrak hkrak du ai': 'arrive properly', 'ai n rai ai': 'not', 'drop ai n rai ai': 'drop not', 'law law n rai ai': 'not many', 'n lu ai': 'cannot', 'n mai ai': 'cannot', 'n galai ai': 'did not change',
  'n register ai': 'do not register', 'n du ai': 'do not arrive', 'n hkrak ai': 'not right', 'cable n hkrak ai': 'cable is loose', 'n ngut ai': 'do not end',
  'n hpaw ai': 'does not open', 'n galaw ai': 'not done', 'mode n galaw ai': 'mode not enabled',
  'problem ngut sai': 'problem solved', 'ngut sai': 'solved', 'kaja sai': 'fine now', 'ya kaja sai': 'now fine',
  'kaja ai': 'fine', 'gaw kaja ai': 'are fine', 'ni kaja ai': 'are fine', 'kaga': 'other', 'langai sha': 'only one',
  'hpang e': 'after', 'hpang de': 'behind', 'hpang de nga ai': 'behind', 'hpa majaw': 'why', 'majaw rai ai': 'is the cause',
  'majaw rai sai': 'was the cause', 'mani shana': 'last night', 'mani kaw nna': 'since yesterday', 'daw mat ai': 'cut', 'si mat ai': 'down',
  'lang ai': 'using', 'law law': 'many', 'ram hta': 'about at', 'ram re ai': 'about', 'ram mu ai': 'about', 'ram gaw': 'about',
  'ai ten kaw nna': 'since then', 'kaw nna': 'from', 'off hta sha nga ai': 'is still off', 'ga ning galaw na i': 'what should i do',
  'galaw na i': 'should i do it',
};
/**
 * Turkmen, Karakalpak (Latin and Cyrillic), Crimean Tatar (Latin and Cyrillic) and South Azerbaijani as operators type them,
 * read as one (SYMPTOM_JOINS); their Cyrillic and Arabic-script words arrive here in Latin letters or English (scriptWords).
 * The negations after the word they deny (Turkmen "ýok" and "däl", Karakalpak "joq" and "emes", Crimean Tatar "ёкъ" and
 * "degil"), "since" after its noun ("şondan bäri", "RST On etkennen beri"), behind ("aňyrsynda", "artında", "arqasında"), a
 * message taken back ("öňki hatymy ýatdan çykaryň", "xabarımdı óshirip taslań"), fine ("kadaly"), the ports that run out
 * ("portlar gutarýar": "portlar" is no misspelt "portal"), and the Turkmen, Karakalpak and Crimean Tatar words of the symptoms.
 */
const OGHUZ_KIPCHAK_CRIMEA: Readonly<Record<string, string>> = {
  // Uzbek: cannot register ("ro'yxatdan o'tolmayapti", cannot pass the registration)
  'royxatdan otolmayapti': 'cannot register', 'royxatdan otmayapti': 'do not register',
  // ports (never "portal"), lose and lost, behind, fine, started, enabled, turn off, calls, do not go through, drop, run out
  portlar: 'ports', portlary: 'ports', portha: 'ports', yitiryar: 'loses', yitiryarler: 'lose', yitiripdir: 'lost',
  anyrsynda: 'behind', anyrsyndaky: 'behind', arqasinda: 'behind', kadaly: 'fine', baslady: 'started',
  acanymyzdan: 'after we enabled', acdyk: 'we enabled', ocurmelimi: 'should we turn it off', ocursem: 'if i turn it off',
  janlar: 'calls', janlaryn: 'calls', gitmeyar: 'do not go through', kesilyar: 'drop', taslayar: 'drops', gutaryar: 'run out',
  gelmeyar: 'does not come', gaytadan: 'again', yalnys: 'wrong', yalnyslyk: 'error', sorag: 'question',
  hasabat: 'report', ozgerdi: 'changed', qostiq: 'we enabled', qosqanimizdan: 'after we enabled',
  oquyim: 'studying', hammesi: 'all', hemmesi: 'all', keshegi: 'yesterday', qospaymiz: 'we will not enable',
  soradylar: 'asked', etkennen: 'after',
  // since: "-dan bäri" after its noun, "etkennen beri"
  'sondan bari': 'since then', 'sondan son': 'since then', 'sisenbeden bari': 'since tuesday',
  'etkennen beri': 'since', 'acanymyzdan son': 'since we enabled', 'qosqanimizdan son': 'since we enabled',
  // negations after the word they deny
  'baglanysygy yok': 'not related', 'qatnasi joq': 'not related', 'related yoq': 'not related', 'related joq': 'not related',
  'problem yoq': 'no problem', 'problem joq': 'no problem', 'xata yoq': 'no errors',
  'de xata yoq': 'no errors at all', 'hic zat yok': 'nothing', 'sikayet yoxdu': 'no complaints',
  'unregistered degil': 'not unregistered', 'gerek dal': 'not needed', 'kerek emes': 'not needed', 'zat gerek dal': 'nothing needed',
  'beyle yalnyslyk yok': 'we do not have this error',
  'tcp joq': 'no tcp', 'tcp yoq': 'no tcp',
  // a message taken back
  'hatymy yatdan cykaryn': 'ignore my message', 'xatimdi esapqa alman': 'ignore my message',
  'onki hatymy yatdan cykaryn': 'ignore my previous message', 'aldingi xatimdi esapqa alman': 'ignore my previous message',
  'keshegi xabarimdi oshirip taslan': 'ignore yesterdays message',
  'xabarimdi oshirip taslan': 'ignore my message', 'onki hatymy': 'my previous message', 'aldingi xatimdi': 'my previous message',
  // just letting you know, only asking, out of curiosity, for the report, nothing was enabled, on another server
  'dine habar beryan': 'just letting you know', 'pikir sorayin': 'just asking', 'maraq ucun': 'out of curiosity',
  'hasabat ucin': 'for the report', 'hesh narse qosilmagan': 'nothing was enabled', 'basqa serverde': 'on another server',
  'dine dusundiris gerek': 'only an explanation is needed', 'name diymek': 'what does it mean', 'bu gun irden': 'today',
  // other causes: the internet, the power, a channel of the provider overloaded
  'interneti getdi': 'internet is down', 'internet getdi': 'internet is down', 'elektr oshkeni ushin': 'because of a power cut',
  'qaytip keldi': 'came back', 'kanalynda yuklenme': 'overload in the channel',
  // Karakalpak "… atır" after a verb is the progressive ("is losing"), not Azerbaijani "atır" (throws)
  'jogaltip atir': 'losing', 'jiberip atir': 'sending', 'ketip atir': 'going',
  // fine, the office ones, the UDP ones
  'ofisdakiler kadaly': 'the office ones are fine', 'udp dakiler kadaly': 'udp ones are fine',
  'onumcilik serweri kadaly': 'production server fine', 'janlar kadaly': 'calls fine',
  'registraciyadan tusip': 'dropped off registration', 'ses bir tarapa': 'one way audio', 'ahli zat udp': 'everything is udp',
  'tiketni qapatiniz': 'close the ticket', 'galet haber': 'a wrong report', 'kursunda oquyim': 'studying in a course',
  // works, and what it works over ("UDP ile işley", "UDP ایله ایشله‌ییر": runs over UDP, not "the UDP ones work"); TCP not at
  // all ("TCP هئچ یوخدور"), not listen ("listen دئییل"), no local port left ("port قالمیر")
  isleyir: 'works', isley: 'works', 'udp ile isleyir': 'use udp', 'udp ile isley': 'use udp', 'tcp hec yoxdur': 'no tcp at all',
  'listen deyil': 'not listen', 'port qalmir': 'ports run out', qalmir: 'none left',
  // Turkmen: nothing changed, is not on, if calls drop, the carrier's side, just for information
  'hic zat uytgetmedik': 'we changed nothing', 'acyk dal': 'is not enabled', 'rst hem acyk dal': 'rst is not enabled either',
  'kesilyan bolsa': 'if calls drop', 'carrier tarapdandyr': 'it is on the carrier side', 'dine maglumat ucin': 'just for information',
  // a greeting that asks ("Gowumy?": how are you), phones that go red, phones that register and drop at the next re-register
  gowumy: 'hello', 'gyzyl bolyar': 'go red', 'registratsiya olalar': 'get registered',
  'birinci reregister vaqtinda': 'at the first reregister', duseler: 'fall off',
  // a message taken back in South Azerbaijani ("اؤنجه‌کی مسیجیمی نظره آلمایین") and Crimean Tatar ("эвельки язгъанымны
  // унутынъыз"), as scriptWords spell them ("onceki" and "mesajimi" alone are read as Turkish: "önceki mesajımı düzeltiyorum")
  'onceki mesajimi nezere almayin': 'ignore my previous message', 'mesajimi nezere almayin': 'ignore my message',
  nezere: '', almayin: 'ignore',
  'evelki yazganimni unutiniz': 'ignore my previous message', 'yazganimni unutiniz': 'ignore my message',
  evelki: 'previous', yazganimni: 'my message', unutiniz: 'ignore',
  // not on the VOS server ("VOS серверинде дегиль"), for an interview ("Собеседование ичюн"), asked in an interview,
  // learning, all fine, what is
  'vos serverinde degil': 'not on the vos server', serverinde: 'on the server', degil: 'not',
  'interview ichun': 'for an interview', ichun: 'for', 'interview de soradylar': 'asked in an interview',
  'uyrenip atirman': 'just learning', 'hammesi jaqsi': 'all fine',
  'degen ne': 'what is', acmadiq: 'did not enable', acmayacaqmiz: 'will not enable', 'ne icun bar': 'what is it for',
  // UDP only ("UDP 5060 bilen işleýär", "TCP asla ulanmaýarys"), cables unplugged, the server's domain name changed
  'udp 5060 bilen isleyar': 'use udp 5060', 'udp bilen isleyar': 'use udp', 'tcp asla ulanmayarys': 'we never use tcp',
  'udp arqali isleydi': 'use udp', arqali: 'over', isleydi: 'works', 'interview-de soradylar': 'asked in an interview',
  'kabeller suwirilgan': 'the cables were unplugged', 'domen adyny calsyrypdyrlar': 'they changed the server domain name',
};
/**
 * Chechen, Ossetian (Iron), Chuvash, Sakha and Buryat, mostly in Cyrillic (read here as the words scriptWords gives them),
 * some in Latin letters, mixed with Russian and the technical English of the switch, read as one (SYMPTOM_JOINS): the
 * negations after the word they deny or before the verb (Ossetian "нӕ … уыд", "нӕ кусы", "нӕ цӕуынц"; Chechen "бехк бац",
 * "… яц"; Chuvash "мар"; Sakha "буолбатах"; Buryat "бэшэ"), fine and fixed ("ныр хорз у", now it is fine), still broken
 * ("ныр дӕр хӕлд у"), what was written wrong, a change to Off proposed or asked for rather than made (Chechen "Off йе",
 * "Off юха йича"; Ossetian "Off-мӕ раздӕхын") and what to do ("tugu gynabyt"). Ossetian "нӕ" is also "our" before a noun,
 * so it is read only with the verb after it; "tiahya", "faestae" and "kennitten" are after and behind alike.
 */
const CAUCASUS_VOLGA_SIBERIA: Readonly<Record<string, string>> = {
  // Ossetian "нӕ" (not) after its subject and before the verb, and "нӕ" (our) before a noun, read by scriptWords as "nae":
  // was not, is not, does not work, do not go through, not yet; "ныр хорз у" (now it is fine), "ницы хӕлд у" (nothing is
  // broken), "ныр дӕр хӕлд у" (still broken now)
  'firewall nae uyd': 'it was not the firewall', 'nae uyd': 'was not', 'nae works': 'does not work', 'nae work': 'do not work',
  'nae go through': 'do not go through', 'nae kaeny': 'does not', 'nae kaenync': 'do not', 'ephemeral ports nae': 'not the ephemeral ports',
  'nyr xorz u': 'now it is fixed', 'nyr xorz': 'now it is fixed', 'nothing xaeld u': 'nothing is broken', 'nothing xaeld': 'nothing is broken',
  'nyr daer xaeld': 'still broken now', 'xaeld u': 'is broken',
  // Chechen "бехк бац" (is not the fault), "… яц" after its noun (there is no …), "гӏалат" (wrong) of what was written
  // Chechen "… Off йе" (set it Off: asked of the writer) and "Off юха йича" (if we set it back to Off), Ossetian "Off-мӕ
  // раздӕхын" (to turn it back to Off): a change proposed, not the setting as it is
  'sstcpclosereset off ye': 'asked to turn sstcpclosereset off', 'off back yicha': 'if we set it back to off',
  'off-мӕ razdaexyn': 'or turn it back to off', 'off razdaexyn': 'or turn it back to off',
  'bexk bac': 'is not the cause', 'firewall yac': 'there is no firewall', 'what i wrote wrong': 'what i wrote was wrong',
  // Chuvash "мар" (not) after the word it denies: not production, not port exhaustion, not the VPN
  'production mar': 'not production', 'продакшн mar': 'not production', 'port exhaustion mar': 'not port exhaustion', 'vos3000 mar': 'not the vos3000',
  'listen mar': 'not listen',
  // Sakha "буолбатах" (is not) and Buryat "бэшэ" (is not) after the word they deny; Sakha "этэ" (was) after a figure
  'listen buolbatax': 'not listen', 'buolbatax dii': 'is not it',
  'thousand ete': 'thousand was', 'mistake ete': 'was a mistake',
  // Sakha and Buryat: what should we do
  'tugu gynabyt': 'what should we do', 'what should we do': 'what should we do',
  // Chechen "маршалла ду" (peace be, a greeting), not a question opening with "is"; "Off ya deza" (it should be set Off), a
  // change asked for; "VOS web-ah" (in the VOS web pages) where a setting was changed; "dIa yolu" (goes off) and "yuha yogIu"
  // (comes back) of registrations; "ishtta ca hilla" (it was not like this) before; "hun dan deza" (what should we do)
  'marshalla is': 'hello', 'off ya deza': 'should we turn it off', 'vos3000 web ah': 'in the vos3000 settings',
  'dia yolu': 'drops', 'yuha yogiu': 'comes back', 'ishtta ca hilla': 'it was not like this', 'hun dan deza': 'what should we do',
  // Chuvash in Latin letters: "NAT xyçĕnchi" (behind NAT: the postposition after its noun), "UDP-sem tikĕs" (the UDP ones are
  // fine: "-sem" is the plural, not Portuguese "sem"), "lartnă kunran" (since the day it was set); Chuvash "firewall-сӑр"
  // (without a firewall: the suffix after its noun), "таран пурте аван" (up to there all was fine, before it broke)
  'nat xycenchi': 'behind nat', 'nat xycenchi tcp': 'tcp behind nat', 'udp without tikes': 'udp ones are fine', 'lartna kunran': 'since it was set',
  'firewall sayr': 'without firewall', 'up to all fine': 'up to there it was fine',
  // Buryat in Latin letters: "On bolgosnoi huulde" (after it was set On), "NAT-tai holbootoi" (related to NAT), "unana" (falls)
  'rst on bolgosnoi huulde': 'since rst was set on', 'nat holbootoi gu': 'is it related to nat',
  // Sakha "TLS handshake хаттаан барар" (the handshake goes again): the phones coming back, not a handshake that fails
  'tls handshake again goes': 'they reconnect again',
  // Buryat "… бэшэ" (is not) after what it denies, and "алдаа бэшээб" (I wrote it wrong); a thing said not to be port exhaustion
  'port exhaustion bheshe': 'not port exhaustion', 'error i wrote': 'what i wrote was wrong',
  // Sakha "TIME_WAIT диэн тугуй" (what is this called TIME_WAIT), "кыһаллыахха наада дуо" (need we worry), "урукку суругум
  // умнуҥ" (forget my earlier message), "үчүгэйдик үлэлиир" (works well), "звонок бүгэдэ ороно" (Buryat: calls all go through),
  // "сообщениемни тоохогүй орхигты" (Buryat: pay my message no heed); Chuvash "теори енчен" (from the side of theory), Latin
  // Chechen "diplom kurs" and Ossetian "diplomy kusty" (a thesis for the course), "aemaest teori" (only theory), Chuvash
  // "Oshibka çuk" and Ossetian "errors æппындæр нæй" (no errors at all)
  'timewait what is it': 'what is timewait', 'worry need': 'should we worry', 'my message forget': 'ignore my message',
  'well works fine': 'works fine', 'call all go through': 'all calls go through', 'my message ignore': 'ignore my message',
  'theory side': 'in theory', 'diplom kurs': 'for the course', 'diplomy kusty': 'for the course', 'aemaest teori': 'only in theory',
  'oshibka cuk': 'no errors at all', 'errors at all is not': 'no errors at all', 'so problem no': 'so no problem at all',
  'technical problem no': 'no technical problem at all', 'this watch should': 'should we worry about this',
};
/**
 * The Caribbean English creoles, Jamaican Patois, Trinidadian and Bajan, Guyanese Creolese and Belizean Kriol, mixed with
 * the technical English they are typed with, read as one (SYMPTOM_JOINS): the negations ("nah" and "noh" before a verb,
 * "ent" for have not, "eh" for is not, "doh", "neva", "a nuh" for it is not, "not no" for not the), since and after ("from
 * den", "since den", "afta"), turned on ("di RST mode go on", the verb without its past ending), behind
 * ("behind di"), fine and fixed ("everyting sweet", "allyuh fix it", "mi fix di pool"), other causes ("a di balance run
 * out", it is the balance that ran out; "UPS fail"), only asking or reporting ("jus fi let unnu know", "outta curiosity"),
 * past incidents ("las week", "las night"), whose it is ("mi", "wi", "we own") and thousands ("60 tousand"). "di" and
 * "de" are "the" ("di" alone is Indonesian's "at", so only after the words it follows here), "dem" and "dehn" after a
 * noun make it plural ("di phone dem"), "a" before a verb is "is", "den" is "then" (alone Greek's "not"), "las" is "last"
 * (alone Spanish "the"), "lil" is "little" (alone Arabizi's "to the"), "ent" (alone Balochi's "is") and "pon" (on; "off
 * pon" would read as a change to On) are read with the words around them, and sockets "waiting to close" are the ones in
 * TIME_WAIT.
 */
const CARIBBEAN_CREOLES: Readonly<Record<string, string>> = {
  // negations: "nah" and "noh" before a verb (does not, did not), "ent" (have not; "ent?" at the end asks), "eh" before a
  // verb (is not), "doh" (do not), "neva" (never), "a nuh" (it is not), "not no" (not the), "nutten wid" (nothing to do with)
  'nah come up': 'does not come up', 'nah start': 'does not start', 'nah touch': 'did not touch', 'nah have': 'do not have',
  'nah have no': 'do not have any', 'nah work': 'does not work', 'nah register': 'does not register',
  'nah open': 'does not open', 'nah come': 'do not come', 'nah change': 'did not change', 'nah drop': 'does not drop',
  'nah pass': 'does not pass', 'noh register': 'do not register', 'noh start': 'does not start', 'noh work': 'does not work',
  'noh inna': 'is not in', 'noh change': 'did not change', 'dat noh': 'is it not',
  'we ent': 'we have not', 'wi ent': 'we have not', 'ent enable': 'have not enabled', 'ent touch': 'have not touched',
  'ent having': 'are not having', 'ent change': 'have not changed', 'ent turn on': 'have not turned on',
  'already ent': 'already is it not', 'eh starting': 'is not starting', 'eh start': 'does not start',
  'eh register': 'does not register', 'eh going': 'is not going', 'doh bother': 'do not bother', 'doh know': 'do not know',
  'doh touch': 'do not touch', 'doh work': 'does not work', 'a nuh dat': 'it is not that', 'a nuh': 'it is not',
  'so a nuh': 'so it is not', 'nuh true': 'is it not true', 'not no': 'not the', 'neva touch': 'never touched',
  'neva enable': 'never enabled', 'neva close': 'never closed', 'neva update': 'never updated', 'neva change': 'never changed',
  'neva have': 'never had', 'neva turn on': 'never turned on', 'don register': 'do not register',
  'wun start': 'will not start', 'wouldn start': 'would not start', 'wouldn load': 'would not load',
  'nutten wid': 'nothing to do with', 'nutten to do wid': 'nothing to do with', 'nutten nuh wrong': 'nothing is wrong',
  'nuh have it': 'do not have it', 'wi nuh have': 'we do not have',
  // since, after, then: "den" (then), "from den" (since then), "afta" (after)
  'since den': 'since then', 'from den': 'since then', 'an den': 'and then', 'den unregistered': 'then unregistered',
  'den registered': 'then registered', 'den come back': 'then come back', 'den calls': 'then calls', 'den ih': 'then it',
  'min den': 'minutes then', 'minute den': 'minutes then', 'den 2': 'then 2', 'afta di': 'after the',
  'afta de': 'after the', 'afta wi': 'after we', 'afta mi': 'after i',
  // past incidents: "las" (last); "lil" (little)
  'las night': 'last night', 'las week': 'last week', 'las month': 'last month', 'las year': 'last year',
  'lil while': 'little while', 'fuh lil while': 'for a little while', 'a lil': 'a little',
  // turned on, failed: the verb without its past ending
  'mode go on': 'mode went on', 'param go on': 'param went on', 'gaan to on': 'went to on', 'ups fail': 'ups failed',
  'power brick dead': 'power adapter dead',
  // the article and the plural: "di" (the), "dem", "dehn" after a noun
  'inna di': 'in the', 'pon di': 'on the', 'pan di': 'on the', 'all di': 'all the', 'behind di': 'behind the',
  'since di': 'since the', 'change di': 'change the', 'wid di': 'with the', 'fi di': 'for the', 'from di': 'from the',
  'to di': 'to the', 'a di': 'it is the', 'dat di': 'that the', 'an di': 'and the', 'but di': 'but the',
  'cause di': 'because the', 'phone dem': 'phones', 'phone dehn': 'phones', 'softphone dem': 'softphones',
  'password dem': 'passwords', 'call dem': 'calls', 'packet dem': 'packets', 'reset packet dem': 'reset packets',
  'microsip dehn': 'softphones', 'grandstream dem': 'grandstreams', 'carrier ip dem': 'carrier ips', 'printer dem': 'printers',
  'one dem': 'ones', 'one dehn': 'ones', 'dem pon': 'they are on',
  // "a" before a verb (is, are), "deh" (is there), "di" before a verb (is), doubled for "very"
  'a show': 'are showing', 'a drop': 'is dropping', 'a fail': 'are failing', 'a run': 'is running', 'a hold': 'is holding',
  'a block': 'is blocking', 'a use': 'is using', 'a choke': 'is choking', 'a go': 'are going', 'a come': 'is coming',
  'a flow': 'are flowing', 'a hammer': 'is hammering', 'a climb': 'is climbing', 'a lose': 'are losing',
  'a treat': 'is treating', 'a bawl': 'is complaining', 'deh pon': 'is on', 'deh deh': 'is there', 'di show': 'are showing',
  'di use': 'is using', 'high high': 'very high', 'small small': 'very small', 'quiet quiet': 'very quiet',
  // what fails, in words: sockets waiting to close are the ones in TIME_WAIT; "lose reg" (lose registration); falling
  // off the server, gone unregistered, stopped taking calls
  'sockets waiting to close': 'sockets in timewait', 'socket waiting to close': 'sockets in timewait',
  'connections waiting to close': 'connections in timewait', 'socket a wait fi close': 'sockets in timewait',
  'a wait fi close': 'in timewait', 'lose reg': 'lose registration', 'lost reg': 'lost registration',
  'falling off de': 'dropping from the', 'falling off di': 'dropping from the', 'fell off de': 'dropped from the',
  'fell off di': 'dropped from the', 'gone unregistered': 'unregistered', 'gaan unregistered': 'unregistered',
  'stop tek': 'stopped taking', 'stop register': 'stopped registering',
  // fine and fixed: "sweet", "gud", "flow good", "mi fix di", "allyuh fix it" (but "can allyuh fix" asks)
  'everyting sweet': 'everything fine', 'everyting good': 'everything fine', 'all gud': 'all fine',
  'flow good': 'going through fine', 'mi fix di': 'i fixed the', 'allyuh fix': 'you fixed', 'unnu fix': 'you fixed',
  'wunna fix': 'you fixed', 'can allyuh fix': 'can you fix', 'can unnu fix': 'can you fix', 'can wunna fix': 'can you fix',
  'could allyuh fix': 'could you fix', 'could unnu fix': 'could you fix', 'how allyuh fix': 'how do you fix',
  'a suh it go': 'that is how it is', 'a suh it suppose': 'is that how it is supposed', 'suppose fi': 'supposed to',
  // other causes: the balance ran out
  'balance run out': 'balance ran out', 'balance did run out': 'balance ran out', 'credit run out': 'credit ran out',
  // greetings and questions: "wah gwaan" (hello), "wah" (what)
  'wah gwaan': 'hello', 'wah is': 'what is', 'a wah': 'what', 'wha dat': 'what does that',
  // only asking or reporting
  'jus fi let unnu know': 'just letting you know', 'jus fi let allyuh know': 'just letting you know',
  'outta curiosity': 'out of curiosity', 'jus curious': 'just curious', 'jus asking': 'just asking',
  'jus checking': 'just checking', 'jus thanking': 'just thanking', 'jus fi teach': 'just to teach',
  'mi fi fraid': 'should i worry', 'fi real': 'really',
  // whose it is, who: "mi" (i, my), "wi" (we, our), "we own" (our own)
  'mi own fault': 'my own fault', 'mi laptop': 'my laptop', 'mi router': 'my router', 'mi bredda': 'my brother',
  'wi own': 'our own', 'we own': 'our own', 'change wi': 'changed our', 'mi tink': 'i think', 'wi tink': 'we think',
  'mi see': 'i see', 'mi check': 'i checked', 'mi did': 'i had', 'mi change': 'i changed',
  // thousands; the rest: "ting" (thing; alone Pinyin's "stop"), "fi" (to, for), "pon" and "pan" (on), "inna" (in)
  tousand: 'thousand', tousan: 'thousand', 'rst ting': 'rst thing', 'dat rst ting': 'that rst thing',
  'time wait ting': 'timewait thing', 'di ting': 'the thing', 'de ting': 'the thing', 'only ting': 'only thing',
  'same ting': 'same thing', 'queue ting': 'queue thing', 'fi test': 'to test', 'fi share': 'to share',
  'fi security': 'for security', 'fi fraud': 'for fraud', inna: 'in', 'pon tcp': 'on tcp', 'pon 5060': 'on 5060',
  'pon it': 'on it', 'pon dat': 'on that', 'sit pan': 'sits on',
};
/**
 * Marwari (Rajasthani), Haryanvi, Garhwali and Kumaoni, and Chhattisgarhi, in Latin letters and in Devanagari as
 * scriptWords reads it, mixed with Hindi and English, read as one (SYMPTOM_JOINS): the negations (Marwari "koni", "konya"
 * after the verb; Haryanvi "na" before it; Garhwali and Kumaoni "ni" before the verb or after what it denies; Chhattisgarhi
 * "nai"), since and after (Marwari "su", "jad su", "re baad su"; Haryanvi "te", "tab te", "baad te"; Garhwali "bati", "tab
 * bati", "jab bati"; Chhattisgarhi "le", "jab le", "tab le"), turned on ("chalu karyo", "on kara", "On kari", "On karis"),
 * behind ("peeche", "pachhu", "paachhe"), fine and fixed ("sab thik", "thik chhan", "solve ho gaya", "ab nai he"), only asking
 * or telling ("bas jaankari su", "bas record khatir", "bas feedback", "bas note kar lyaa", "theory puchh rya"), past incidents
 * ("pichhla mahina rehis", "shaq chhi"), other causes (the fibre cut, the wifi weak, the tower down, a wrong user name, a
 * MAC bound on the softswitch, the rule gone from the PC's firewall). The copulas are read with the words around them:
 * Haryanvi "se" (is; alone Hindi "from"), Garhwali "chha", "chh" (is; alone Nepali's "what"), Chhattisgarhi "he" (is),
 * "rehis" (was) and "hoge" (became); Marwari "ar" (and; alone Georgian "not") before a noun, "konya" (not; alone Dholuo's
 * "help me") after its verb, and Haryanvi "fer" (then; alone Morisyen's "do") before what follows.
 */
const MARWAR_HARYANA_GARHWAL_CHHATTISGARH: Readonly<Record<string, string>> = {
  // Marwari "koni", "konya" after the verb (does not, did not), "koni ho ri" (is not happening), "kuch koni badlyo"
  // (nothing changed), "koi dikkat koni" (no problem)
  'koi dikkat koni': 'no problem', 'dikkat koni': 'no problem', 'koi takleef koni': 'no problem', 'takleef koni': 'no problem',
  'koi lena dena koni': 'nothing to do with it', 'lena dena koni': 'nothing to do with', 'kuch koni badlyo': 'nothing changed',
  'kuch koni badli': 'nothing changed', 'kuch koni hoyo': 'nothing happened', 'koni badlyo': 'did not change',
  'koni badli': 'did not change', 'koni chhedyo': 'did not touch', 'koni karyo': 'did not do', 'on koni karyo': 'did not turn on',
  'koni lage': 'do not connect', 'koni bane': 'is not made', 'koni pahunche': 'does not reach', 'koni chale': 'does not run',
  'koni rahve': 'do not stay', 'koni reve': 'do not stay', 'koni hove': 'does not happen',
  'koni hoyo': 'did not happen', 'koni ho ri': 'is not happening', 'koni ho rayo': 'is not happening', 'koni bharyo': 'did not pay',
  'koni aayo': 'did not help', 'kaam koni aayo': 'did not help', 'register koni': 'not registered', 'registered koni': 'not registered',
  'koni bigde': 'nothing breaks', 'nat rst su koni': 'not because of nat or rst', 'rst su koni': 'not because of rst',
  'su koni': 'not because of', 'koni na': 'not right', 'to koni': 'not', 'konya hoya': 'did not happen',
  'koni': 'not',
  // Haryanvi "na" before the verb, "na se" (is not), "na hoye" (does not happen), "na to … na …" (neither … nor …)
  'na to timewait badhya': 'timewait did not rise', 'na port khatam hoye': 'ports did not run out',
  'kisi ke na hoye': 'none of ours have it', 'ke na hoye': 'do not have it', 'na hoye': 'does not happen',
  'na hoya': 'did not happen', 'na se': 'is not', 'koi sawal na se': 'it is not a question', 'on na karna': 'not on',
  'kuch na karna na': 'nothing to do, right', 'kuch fail na hoya': 'nothing failed', 'ki kami na thi': 'was not short of',
  'na thi': 'was not', 'na tha': 'was not', 'na chalda': 'does not run', 'na khulda': 'does not open', 'na lagdi': 'do not connect',
  'na bante': 'are not made', 'na rahte': 'do not stay', 'register na ho rye': 'are not registering',
  'register na hote': 'are not registering', 'na ho rye': 'are not happening', 'abhi koi dikkat na': 'no problem now',
  'koi dikkat na': 'no problem', 'live na hoya': 'not live yet',
  // Garhwali and Kumaoni "ni" before the verb or after what it denies, "kuch ni" (nothing), "ni chha", "ni chh" (is not)
  'internet hi ni chha': 'there is no internet', 'network hi ni chha': 'there is no network', 'firewall ma kuch ni chha': 'the firewall is not the problem', 'firewall ma kuch ni': 'the firewall is not the problem',
  'kuch ni chha': 'there is nothing', 'logs ma kuch ni': 'nothing in the logs', 'kuch ni badalnu': 'nothing changed', 'kuch ni': 'nothing',
  'koi problem ni chh': 'no problem', 'koi problem ni chha': 'no problem', 'koi issue ni chh': 'no issue', 'koi issue ni': 'no issue',
  'problem ni chha': 'no problem', 'ko problem ni lagno': 'does not seem a problem of', 'problem ni lagno': 'does not seem a problem',
  'ni lagno': 'does not seem', 'ni chhaa': 'did not happen', 'ni chha': 'not', 'ni chh': 'not', 'ni chhi': 'was not',
  'chinta ki baat ta ni': 'should i worry', 'ni na': 'not right', 'vos ko ni': 'not our vos3000',
  'drop ni karnu': 'does not drop', 'pass ni karnu': 'does not pass', 'rst drop ni hwe raa': 'no rst dropped',
  'drop ni hwe raa': 'is not dropped', 'ni jaan dinu': 'does not let through', 'ni karnu': 'does not', 'ni kari': 'not done',
  'ni chalnu': 'does not work', 'ticket ni kholni': 'no ticket to open', 'ni kholni': 'not to open', 'ni uthnu': 'does not start',
  'ni uthno': 'does not start', 'ni khulnu': 'does not open', 'ni milnu': 'is not available', 'ni bannu': 'is not made',
  'ni pahunchnu': 'does not arrive', 'ni aandu': 'does not come', 'ni aayi': 'did not come', 'ek bhi ni aayi': 'not one came',
  'ni maryu': 'did not die', 'ni hwenu': 'does not', 'ni hwe raa': 'is not', 'ni hwe chhaa': 'did not happen before',
  'ni padnu': 'do not want', 'renew ni kari': 'did not renew', 'ni rau': 'does not stay',
  // Chhattisgarhi "nai" before the verb, "nai he" (is not), "ab nai he" (no more now), "koi dikkat nai" (no problem)
  'ab nai he': 'no longer now', 'ab kono dikkat nai': 'no problem now', 'kono dikkat nai': 'no problem', 'koi dikkat nai he': 'no problem',
  'koi dikkat nai': 'no problem', 'dikkat nai he': 'no problem', 'ke koi asar nai he': 'has no effect', 'koi asar nai he': 'has no effect',
  'ke koi dikkat nai aahe': 'no problem with', 'koi dikkat nai aahe': 'no problem', 'nai aahe': 'is not', 'nai he': 'is not',
  'nai hot he': 'does not happen', 'nai hot': 'does not', 'nai banat he': 'is not made', 'nai chalat he': 'does not run',
  'nai karan': 'do not', 'nai karis': 'did not do', 'nai badlis': 'did not change', 'koi kuch nai badlis': 'nobody changed anything',
  'nai milat he': 'is not available', 'nai uthat he': 'does not start', 'nai rehis': 'was not', 'aisan nai rehis': 'it was not like this',
  'nai karaye hon': 'have not done', 'kono error nai aawat he': 'no error comes', 'error nai aawat he': 'no error comes',
  // since, after, when: Marwari "su" (from, since), "jad su" (since when), "tad su" (since then), "re baad su" (since after);
  // Haryanvi "te" (from), "tab te" (since then), "baad te" (after), "jab te" (since); Garhwali "bati" (from), "tab bati",
  // "jab bati" (since); Chhattisgarhi "le" (from), "jab le", "tab le" (since), "ke baad le" (since after)
  'jad su': 'since', 'tad su': 'since then', 'karyo jad su': 'since', 'kari jad su': 'since', 're baad su': 'since after',
  'ra baad su': 'since after', 'ra baad': 'after', 're baad': 'after', 'baje su': 'since', 'subah su': 'since morning',
  'aaj su': 'since today', 'ra baad ra': 'after', 'karan ra baad': 'after', 'karan su': 'by doing',
  'tab te': 'since then', 'jab te': 'since', 'baad te': 'since after', 'ke baad te': 'since after', 'uske baad te': 'since after that',
  'baje te': 'since',
  'tab bati': 'since then', 'jab bati': 'since', 'kari ta bati': 'since turning on', 'on bati': 'since on', 'ka baad bati': 'since after',
  'kal bati': 'since yesterday', 'raati 8 baje bati': 'since 8 at night', 'baje bati': 'since', 'kari bati': 'since doing',
  'karan bati': 'since doing', 'karan pe': 'when doing',
  'jab le': 'since', 'tab le': 'since then', 'ke baad le': 'since after', 'baad le': 'since after', 'kaali le': 'since yesterday',
  'sanjha le': 'since evening', 'karaye ke baad le': 'since after turning',
  'karaye ke baad': 'after turning',
  // turned on, off: "chalu karyo", "on kara", "On kari", "On karis" (turned on), "on karne te" (by turning on), "off karo",
  // "off kar de" (turn off; asked or told, not the state)
  'chalu karyo': 'turned on', 'chalu kari': 'turned on', 'chalu kara': 'turned on', 'chalu kiya': 'turned on', 'chalu karis': 'turned on',
  'on karyo': 'turned on', 'on kara tha': 'turned on', 'on kara': 'turned on', 'on kari': 'turned on', 'on karis': 'turned on',
  'on karne te': 'turned on', 'on karan pe': 'when turning on', 'on karan su': 'when turning on', 'chalu karan su': 'when turning on',
  'chalu karan': 'turning on', 'on karnu': 'turn on', 'on karun': 'turn on', 'on karwaya': 'turned on', 'on hoya': 'was turned on',
  'on hwe': 'was turned on', 'on ho gayo': 'got turned on', 'rst off karo': 'turn rst off', 'rst off kar de': 'turn rst off',
  'rst off kar du': 'turn rst off', 'rst off karun': 'turn rst off', 'rst off karan': 'turn rst off', 'off karan': 'turn off',
  'waapas off kar din': 'turn it back off', 'waapas off': 'back off', 'pachho off': 'back off', 'vapas off': 'back off',
  'off hi rahalo': 'stays off', 'off hi rakhno': 'keep it off', 'off hi hai': 'is still off', 'off chha': 'is off', 'off he': 'is off',
  'on he': 'is on', 'on chha': 'is on', 'on dikhnu': 'shows on',
  // behind, at home: "peeche", "pachhu", "paachhe", "pachhe" (behind), "ghar le kaam" (work from home)
  'ke peeche se': 'are behind', 'ke peeche': 'behind', 'ka peeche': 'behind', 'ra peeche': 'behind', 're peeche': 'behind',
  'ke pachhu': 'behind', 'ra paachhe': 'behind', 're paachhe': 'behind', 're pachhe': 'behind', 'ke paachhu': 'behind',
  'ghar le kaam': 'work from home', 'ghar ka router': 'home router', 'peeche chhan': 'are behind', 'peeche se': 'behind',
  // the copulas: Haryanvi "se" (is), Garhwali and Kumaoni "chha", "chh", "chhan" (is, are), "chhi" (was), Chhattisgarhi "he"
  // (is), "rehis", "rahis" (was), "hoge" (became), "gis" (went); Marwari "ho" (was) after an adjective
  'rya se': 'is', 'rye se': 'are', 'rayi se': 'is', 'raya se': 'is', 'pade se': 'are', 'hoya se': 'has become', 'baitha se': 'is sitting',
  'samjhana se': 'have to explain', 'banana se': 'have to make', 'karna se': 'have to do', 'puchhna tha': 'just wanted to ask',
  'chh ya': 'is it or', 'sahi chh': 'is right', 'thik chhan': 'are fine', 'thik chha': 'is fine', 'theek chha': 'is fine',
  'chha kya': 'is it', 'shaq chhi': 'was suspected', 'down chhi': 'was down', 'down chha': 'is down', 'kamjor chh': 'is weak',
  'kamjor chha': 'is weak', 'kamjor': 'weak', 'chhi': 'was', 'rehis': 'was', 'rahis': 'was', 'rehen': 'was', 'unregistered hoge': 'became unregistered',
  'register hoge': 'became registered', 'expire hoge': 'expired', 'registered hai gai': 'became registered',
  'unregistered hai gayin': 'became unregistered', 'unregistered hwe gayin': 'became unregistered', 'hwe gayin': 'became',
  'unregistered hai jaand': 'become unregistered', 'hai jaan': 'become', 'ho gis': 'became',
  // what fails: "fail ho gaya" (failed), "band ho jaave" (stop), "atki jaan" (get stuck), "khatam" (used up), "gayab" (gone)
  'khatam hi lagya': 'seem exhausted', 'port khatam': 'ports exhausted', 'ports khatam': 'ports exhausted', 'khatam hot he': 'run out',
  'khatam hai jaan': 'run out', 'khatam ho jaave': 'run out', 'khatam ho gaya': 'ran out', 'gayab': 'disappear',
  'fail ho gaya': 'failed', 'fail hwe gayin': 'failed', 'fail ho rayi': 'are failing', 'fail hwe jaandin': 'fail',
  // fine, fixed: "sab thik", "sab call chal rayi" (all calls going), "solve ho gaya" (was solved)
  'solve ho gaya': 'was solved', 'ib sab call chal rayi': 'now all calls go through', 'sab call chal rayi': 'all calls go through',
  'call ta thik chaldin': 'calls go through fine', 'sab thik chal rya': 'everything is fine', 'ab sab thik': 'now all fine',
  'ab thik lagat he': 'now it seems fine', 'ab thik he': 'now it is fine', 'sab thik': 'all fine', 'thik hwe ta': 'once fixed', 'thik karwa diyo': 'got it fixed', 'thik kar diyo': 'fixed it',
  'thik karwa': 'get it fixed', 'router reboot karo to': 'after a restart of the router', 'reboot karo to': 'on a restart', 'baaki sab thik': 'the rest are fine',
  // only asking or telling: "bas jaankari su" (just for information), "bas record khatir" (just for the record), "bas feedback
  // dat hon" (just giving feedback), "bas note kar lyaa" (just note it), "bas theory" (just theory), "puchh rya" (is asking),
  // "ek jaankari chahi" (i want to know), "padhan su", "padhan saaru" (for reading), "bas batoun chhaun" (just telling)
  'bas jaankari su': 'just for information', 'jaankari su': 'for information', 'bas jaankari bar': 'just for information',
  'bas record khatir': 'just for the record', 'record khatir': 'for the record', 'bas feedback dat hon': 'just giving an update',
  'feedback dat hon': 'giving an update', 'bas note kar lyaa': 'just for the record', 'note kar lyaa': 'for the record',
  'bas note karnu': 'just for the record', 'bas theory': 'just theory', 'theory puchh rya': 'just asking in theory', 'puchh rya': 'is asking',
  'puchhya ki': 'asked whether', 'ek jaankari chahi': 'a question', 'jaankari chahi': 'want to know', 'padhan su': 'for reading',
  'padhan saaru': 'for reading', 'padhan sarun': 'for reading', 'bas padhan': 'just reading', 'bas batoun chhaun': 'just letting you know',
  'batoun chhaun': 'letting you know', 'bas update dinu': 'just an update', 'bas confirm karnu': 'just confirming',
  'bas confirm karno': 'just confirming', 'bas report chahiye': 'just want a report', 'likh rya': 'writing',
  // questions: "kyukar" (how), "kitni der" (how long), "kitna ho sakat he" (how many can), "kabhu … aahi ka" (will it ever
  // come), "kai" (what, or the question itself at the end), "hove se ke" (does it happen), "ke karu" (what do i do)
  'hisaab kyukar': 'how to calculate', 'kyukar': 'how', 'kitni der': 'how long', 'kitna ho sakat he': 'how many can it be',
  'ho sakat he': 'can be', 'kabhu problem aahi ka': 'will there ever be a problem', 'kabhu': 'ever', 'unregister hove se ke': 'would unregister', 'hove se ke': 'would it happen',
  'ke karu': 'what should i do', 'ke karya jave': 'what should we do', 'kai karan': 'what to do', 'ka karon': 'what should i do',
  'ka karbo': 'what should we do', 'kya karun': 'what should i do', 'koi fix chh': 'any fix', 'koi fix': 'any fix',
  'ka upay he': 'what is the fix', 'ka uapy he': 'what is the fix', 'kai upaay': 'what fix',
  // other causes: the fibre cut, the tower down, the wifi weak, the allow rule gone from the PC's firewall, a wrong user name
  'fibre kaati gay': 'fibre was cut', 'fiber kaati gay': 'fibre was cut', 'kaati gay': 'was cut', 'kat gai': 'was cut',
  'wifi kaat jaan pe': 'when it loses the wifi', 'wifi hi kamjor': 'wifi is weak', 'barf padi': 'snow fell',
  'tower down chha': 'the network is down', 'tower down': 'network down', 'allow hati gay': 'allow rule was removed', 'hati gay': 'was removed', 'local firewall chha': 'is a local firewall',
  'pc firewall': 'pc local firewall', 'user name galat': 'wrong username', 'galat type': 'typed wrong', 'galat daal': 'entered wrong',
  'ip galat': 'wrong ip', 'galat password': 'wrong password', 'mac badal gya': 'mac changed', 'mac badal': 'mac changed', 'mac auth laga rakhya': 'mac allow list set',
  'karan codec mismatch niklu': 'cause turned out codec mismatch', 'niklu': 'turned out', 'niklis': 'turned out',
  'pata chalyu ki': 'found out that', 'pata chala': 'found out',
  // whose: Haryanvi "mhare", "mhara" (my, our), "thamne", "thare" (you, your), Chhattisgarhi "hamar carrier" (our carrier),
  // "oman" (they), "kahat he" (say)
  'hamar carrier': 'our carrier', 'hamar sab': 'all our', 'hamar koi problem': 'no problem of ours', 'oman kahat he': 'they say',
  'kahat he': 'says', 'mhare kisi': 'none of ours', 'thare engineer': 'your engineer', 'thari team': 'your team',
  // time: "pichhle hafte" (last week), "pichhla ticket" (the last ticket), "saanjh", "sanjha" (evening)
  'saanjh': 'evening', 'sanjha': 'evening',
  'pichhle hafte': 'last week', 'pichhla ticket': 'the last ticket', 'pichhle ticket': 'the last ticket', 'pichhla mahina': 'last month',
  // Marwari "ar" (and) before a noun; "ib" (now), "fer" (then), "lagda" (seems)
  'ar port': 'and port', 'ar ports': 'and ports', 'ar timewait': 'and timewait', 'ar vos': 'and vos', 'ar calls': 'and calls',
  'ib': 'now', 'fer gayab': 'then gone', 'lagda': 'seems',
};
/**
 * Sylheti, Chittagonian, Rohingya and Chakma, as typed in Latin letters (Rohingya's á, é, í, ó and ñ stripped with the
 * other accents) and in Bengali script (read by scriptWords first), mixed with standard Bengali and the technical English
 * they are typed with, read as one (SYMPTOM_JOINS): the negations ("no" before a verb: "register no hoy", "no aye";
 * "nofare" for cannot, "nogore" and "nogoijji" for does not and did not, "nei" and "nai" after what they deny, "kono din …
 * no" for never, "ar no" for no longer), since and after ("por" after a noun, "jei somoy theke"), turned on and off ("on
 * goijji", "on gorong", "off gorong": the verb "gor-", do, after the setting; "off gorim", shall I turn it off, and "off
 * goijjile", if it is turned off, ask about the fix and deny nothing), behind ("NAT'r fisé", "pichot", "pisoner" after what
 * it is behind), fine and fixed ("gom", "thik aghe" as Bengali's "thik ase", "thik gorong"), other causes (a fiber cut, a
 * burnt adapter, a broken router, an antivirus that blocked the app, a password or an extension typed by mistake, mobile data
 * off and no wifi either, "X'r dosh nei" for not X's fault, "X'r lai" for because of X), only asking or reporting ("khali
 * jani lage", "khali jante chai", "just janno lagi", for a test, to learn), past incidents ("kailla'r", yesterday's; "last
 * week'r"), who says it ("hoye", "kor" after the one who says), and the genitive "'r", written without its apostrophe
 * ("NAT'r" reads "natr"), dropped from the nouns it follows here. "mui" is "I" (alone Tongan's "behind"), "ot" after a
 * noun is "in" (alone Turkish "from"), "dekhi" after "ai" or "no" is "see" (alone Nepali's "since"), "por" after a noun is
 * "after" (alone Spanish "via"), so they are read only with the words around them; Bengali's own "korar por" and "X er
 * por" are left to what already reads them ("ip change er por" is the address changed, not a change made by support).
 */
const SYLHET_CHITTAGONG_ROHINGYA_CHAKMA: Readonly<Record<string, string>> = {
  // the genitive "'r" without its apostrophe, on the nouns it follows here
  natr: 'nat', cgnatr: 'cgnat', rstr: 'rst', ipr: 'ip', ispr: 'isp', firewallr: 'firewall', tuningr: 'tuning',
  rebootr: 'reboot', problemr: 'problem', weekr: 'week', supportr: 'support', testr: 'test', billingr: 'billing',
  passwordr: 'password', kaillar: 'yesterday', routerr: 'router', vosr: 'vos', dropr: 'drop',
  // negations: "no" before a verb, "nofare" (cannot), "nogore", "nogoijji" (does not, did not), "nei" after a noun
  'register no hoy': 'cannot register', 'register no oy': 'cannot register', 'register nofare': 'cannot register',
  'register no fare': 'cannot register', 'no fare': 'cannot', 'registration harai': 'lose registration',
  'registration haray': 'lose registration', 'registration hariye': 'lost registration', 'no aye': 'does not come',
  'ar no aye': 'no longer comes', 'ekhon ar no aye': 'no longer comes now', 'no dekhi': 'do not see',
  'kono problem no dekhi': 'i see no problem', 'no gori': 'do not do', 'use no gori': 'do not use', 'use nogore': 'do not use',
  'use nogori': 'do not use', 'ekdom use no gori': 'do not use at all', 'tcp use nogore': 'do not use tcp',
  'tcp use no gori': 'do not use tcp', 'tcp ekdom use no gori': 'do not use tcp at all', 'shudhu udp': 'only udp',
  'haat no dii': 'did not touch', 'kono din haat no dii': 'never touched', 'kono din on nogoijji': 'never turned on',
  'on nogoijji': 'did not turn on', 'on nogoijjum': 'will not turn on', nogoijji: 'did not', 'kichu bhangse na': 'nothing broke',
  'kichu nei': 'nothing', 'kichu change nei': 'nothing changed', 'kono kichu change nei': 'nothing changed',
  'change nei': 'no change', 'kono problem nei': 'no problem', 'kono error nei': 'no errors', 'kunu error nei': 'no errors',
  'internet nei': 'no internet', 'wifio nei': 'no wifi either', 'interneto nei': 'no internet either',
  'kunu sombondo nai': 'nothing to do with it', 'kono sombondo nai': 'nothing to do with it', 'sombondo nai': 'unrelated',
  'dosh nei': 'is not the cause', 'dosh nai': 'is not the cause', 'kono lokkhon nai': 'no sign of it',
  'shesh hoi jaibar kono lokkhon nai': 'no sign of running out', 'block kori na': 'do not block', 'drop kori na': 'do not drop',
  'pouchay na': 'does not arrive', 'lage no': 'does not apply', 'eidu lage no': 'does not apply here',
  'kotha eidu lage no': 'does not apply here',
  // since and after: "por" after a noun, "jei somoy theke" (since when), "fore fore" (every), "tarfor" (then)
  'tuningr por': 'after the tuning', 'tuning er por': 'after the tuning', 'tuning por': 'after the tuning',
  'tuningr por theke': 'since the tuning', 'last change er por': 'after the last change', 'changer por': 'after the change',
  'rebootr por': 'after the reboot', 'reboot er por': 'after the reboot', 'updater por': 'after the update',
  'gorar por': 'after turning', 'jei somoy theke': 'since', 'fore fore': 'every', tarfor: 'then', 'tarfor dekhong': 'then i saw',
  'pore bujhlam': 'later i understood',
  // turned on and off, set, changed: the verb "gor-" (do) after the setting
  'on goijji': 'turned on', 'on goijje': 'turned on', 'on goijjile': 'if turned on', 'on gorong': 'turned on',
  'on korsoin': 'did you turn on', 'on korsoin ni': 'did you turn on', 'off gorong': 'turned off', 'off goijji': 'turned off',
  'off goijjile': 'if turned off', 'off gorim': 'should i turn off', 'off gorim naki': 'should i turn off or',
  'rst off goijjile': 'if we turn rst off', 'rst off gorim': 'should i turn rst off', 'off rakhi diyum': 'will keep it off',
  'change goijjo': 'changed', 'change goijji': 'changed', 'change gorong': 'changed', 'change gorila': 'did you change',
  'ki change gorila': 'what did you change', 'disable goijji': 'disabled', 'check goijji': 'checked', 'block goijje': 'blocked',
  'app block goijje': 'blocked the app', 'sip app block goijje': 'blocked the sip app', 'block gorche': 'blocked',
  'drop gorer': 'dropped', 'drop gore': 'drops', 'drop hor': 'drops', 'drop goijjer': 'drop', 'kata goijje': 'cut',
  'fiber kata': 'fiber cut', 'thik gorong': 'i fixed it', 'thik gorim': 'will fix it', 'thik goribo': 'will fix it',
  'enable gorar': 'enabling', 'bondo goriba': 'close', 'ticket bondo goriba pariba': 'you can close the ticket',
  // behind: "fisé", "pichot", "pisoner" after what it is behind (alone in the vocabulary)
  'natr fise': 'behind nat', 'cgnatr fise': 'behind cgnat', 'ispr fise': 'behind isp', 'router fise': 'behind the router',
  'routerr fise': 'behind the router', 'fise theke': 'behind', 'natr pichot': 'behind nat', 'natr pichotr': 'behind nat',
  'nat er pisoner': 'behind nat', 'nat er pichone': 'behind nat',
  // fine and fixed: "gom" (good), "thik aghe" (is fine, as Bengali "thik ase" that the rules read), "gom cholche"
  'phone gom': 'phones fine', 'sob gom': 'all fine', 'gom cholche': 'working fine', 'thik aghe': 'thik ase',
  'thik ase ne': 'is it fine', 'beyak registered ase': 'all registered', 'register hoye': 'registered',
  'dile thik hoye': 'works fine with it', 'por thik': 'fine after',
  // other causes, said in the languages: broken, burnt, updated, by mistake, on purpose, still running
  'nosto hoi gese': 'is broken', 'update oise': 'updated', hitte: 'it', 'jolia gese': 'burned out', 'bhul gori': 'by mistake',
  'bul gori': 'by mistake', 'jani hunei': 'on purpose', 'mobile data off aghe': 'mobile data was off', 'roi gese': 'still running',
  'mone hoy': 'i think', 'mone oy': 'i think', 'khaiya felay': 'swallows it', 'rst ber oy': 'rst goes out',
  'onno dike': 'to the other side', 'bhul escalate oisil': 'was escalated by mistake',
  // only asking, learning or reporting: "khali" (only), "jani lage" (want to know), "lai" (for the sake of)
  'khali jani lage': 'just want to know', 'khali jani lagi': 'just want to know', 'khali jante chai': 'just want to know',
  'jani lagi': 'want to know', 'jani lage': 'want to know', 'just janno lagi': 'just asking', 'khali shikhibar lai': 'just to learn',
  'khali janibar chang': 'just want to know', 'mane kiyan': 'what does it mean', 'kodok ase': 'how many are there',
  'kafi oibo ne': 'will it be enough', 'bishi ne kom': 'too many or too few', 'emni check': 'just checking',
  'testr lai': 'for a test', 'ekbar dekhi diba': 'please take a look', 'forward kortesi': 'forwarding',
  'on goijjile ki oibo': 'what happens if turned on', 'oi fare': 'may happen', 'thik oibo ne': 'will it be fixed',
  'thik hoibo ne': 'will it be fixed', 'firai dim ne': 'should i put it back',
  // who says it: "hoye" and "kor" after the one who says
  'customer hoye': 'customer says', 'boss hoye': 'boss says', 'isp hoye': 'isp says', 'hitara kor': 'they say',
  // who: "mui" and "ai" (i) before a verb or what they did it to; "ulla", "uli" after a noun (plural)
  'mui vos': 'i vos', 'mui test': 'i test', 'mui thik': 'i thik', 'mui bhuli': 'i by mistake', 'ai dekhi': 'i see',
  'ai netstat': 'i netstat', 'phone uli': 'phones', 'phone ulla': 'phones', 'agent ulla': 'agents', 'ip ulla': 'ips',
  'trunk ulla': 'trunks', 'rst uli': 'rst packets', 'rule uli': 'rules', 'softphone uli': 'softphones',
  // where: "ot" after a noun (in, on, to)
  'netstat ot': 'in netstat', 'server ot': 'on the server', 'vos ot': 'on vos', 'phone ot': 'on the phone',
  'list ot': 'in the list', 'lab ot': 'in the lab', 'live ot': 'to live', 'menu ot': 'in the menu', 'linux ot': 'on linux',
  'pc ot': 'on the pc', 'mikrotik ot': 'on the mikrotik', 'iptables ot': 'to iptables', 'value ot': 'to the value',
  // the rest: "din dhori" (for … days), "kita" (what), "asol" (real)
  'din dhori': 'days', 'kita bhai': 'what is it', 'asol server': 'real server',
  // Bengali as written in Dhaka and Kolkata: someone else asked, how to explain it; not ours, they fixed it themselves; not
  // load related; the fix worked, it has not happened again; going fine; close the ticket; should we turn RST off or …;
  // drops, does not get through; in an hour
  'jiggesh korse': 'asked me', 'jiggesh korlo': 'asked me', 'jiggesh korche': 'asked me', 'ki bhabe bujhabo': 'how do i explain',
  'kivabe bujhabo': 'how do i explain', 'ar ekbar o hoy nai': 'has not happened again', 'ar hoy nai': 'has not happened again',
  'amader na': 'not ours', 'nijera thik kore nise': 'fixed it themselves', 'load related na': 'not load related',
  'fix kaj korse': 'the fix worked', 'fix kaj koreche': 'the fix worked', 'call thik jacche': 'calls are fine', 'calls thik jacche': 'calls are fine', 'kol thik jacche': 'calls are fine', 'call kintu thik jacche': 'but calls are fine',
  'kol kintu thik jacche': 'but calls are fine',
  'close kore den': 'please close it', 'close kore deen': 'please close it', 'close korte paren': 'you can close it',
  'rst off naki': 'should we turn rst off or', 'off korbo naki': 'should we turn it off or', 'drop korche': 'drops',
  'drop kortese': 'drops', 'pass korche na': 'does not get through', 'pass kore na': 'does not get through',
  'post mortem likhchi': 'writing a post mortem', 'post-mortem likhchi': 'writing a post mortem', ghontay: 'hour',
  // no longer comes ('ar ashe na', 'আর আসে নাই', of an error or a log line), but phones unregistered that do not
  // come back; only to let you know; not a problem now; nothing current; asking for a friend, our own server fine;
  // the real problem was; the cause is another; to write in a report or the documentation, to learn; suspended unpaid
  'ar ashe na': 'no longer comes', 'ar ashe nai': 'no longer comes', 'aar ashe not': 'no longer comes',
  'r ashe na': 'no longer comes', 'r ashe nai': 'no longer comes', 'ar ase na': 'no longer comes',
  'ar ase nai': 'no longer comes', 'unregistered aar ashe not': 'stays unregistered',
  'unregistered, aar ashe not': 'stays unregistered', 'unregistered ar ashe na': 'stays unregistered',
  'unregistered ar ase na': 'stays unregistered', 'only janailam': 'just informing', 'shudhu janailam': 'just informing',
  'shudhu janalam': 'just informing', 'just janailam': 'just informing', 'ekhon somossa na': 'no problem now',
  'now problem not': 'no problem now', 'e now problem not': 'no problem now', 'eta ekhon somossa na': 'no problem now',
  'eta ekhon problem na': 'no problem now', 'which current issue not': 'nothing current',
  'kono current issue na': 'nothing current', 'kono current issue nai': 'nothing current',
  'friend er jonno jiggesh korchi': 'asking because my friend asked', 'nijer server e kono problem nai': 'our own server is fine',
  'nijer server e kono problem not': 'our own server is fine', 'ashol problem chilo': 'the real cause was',
  'asol problem chilo': 'the real cause was', 'report e likhbo': 'writing a report', 'report e likhchi': 'writing a report',
  'karon onno': 'the cause is something else', 'unpaid er jonno suspend': 'suspended for unpaid bills',
  'documentation er jonno': 'for the documentation', 'just shikhte chai': 'just for learning', 'shikhte chai': 'for learning',
};
/**
 * Zarma, Kanuri, Tiv and Efik-Ibibio, typed in Latin letters without tone marks and mixed with French, Hausa, Nigerian
 * Pidgin and the technical English of the switch, read as one (SYMPTOM_JOINS): the greetings that ask ("fofo, ni kaani
 * bani?", "wushe ngala?", "mate ni go?") as greetings, not questions; the negations (Zarma "si", "mana" and "si no"; Kanuri
 * "ba" after what it denies; Tiv "ga" ending its clause and "ka … ga"; Efik "idighe" (is not), "… iduhe" (there is no) and the
 * "i-…-ke" verbs), since and after (Zarma "za", "… banda"; Kanuri and Hausa "tun", "… bayan"; Tiv "hii sha"; Efik "tono"),
 * turned on (Zarma "na RST ye On", Kanuri "RST On diza", Tiv "er … On", Efik "isin … On"), behind (Zarma "go … banda",
 * Kanuri "NAT ro"), fine and fixed ("bori", "ngala", "doo", "eti"), what fails ("ga kaŋ", "ngu gba", "efep", "ekpon
 * unregistered"), what to do, only asking or writing a report ("kadai", "tseegh", "kpot"), past incidents and thousands
 * ("zambar waranza", "dəbu 52", "udubu 36", "tosin edip ye duop", read below the table). A short word that another language
 * writes with another meaning (Zarma "ga", "na" and "no", which Indonesian, Hindi and English read as "not"; "wala", Cebuano
 * "none"; "dira", Cebuano "there"; Kanuri "kela", Marathi "did"; "kura", Nepali "matter"; "bayan", Tagalog "town"; Tiv "doo";
 * Efik "tono", "eti") is read by the joins below only in a message that writes words only that language writes.
 */
const ZARMA_KANURI_TIV_EFIK: Readonly<Record<string, string>> = {
  // greetings, please, thanks: Zarma "fofo", "ni kaani bani" (did you sleep well), "mate ni go" (how are you); Kanuri
  // "wushe", "wushe ngala"; Tiv "m sugh u", "msugh", "aondo a wase se" (God help us); Efik "abadie", "mesiere", "sosongo"
  fofo: 'hello', 'ni kaani bani': 'hello', 'mate ni go': 'hello', 'wushe wushe': 'hello', 'wushe ngala': 'hello', wushe: 'hello',
  'm sugh u oga': 'hello', 'oga m sugh u': 'hello', 'm sugh u': 'hello', 'msugh u': 'hello', msugh: 'hello',
  'aondo a wase se': 'hello', 'abadie oga': 'hello', 'abadie mbok': 'hello', abadie: 'hello', mesiere: 'good morning',
  amesiere: 'good morning', emesiere: 'good morning', 'mesiere oga': 'good morning', sosongo: 'thanks', 'don allah': 'please',
  mbok: 'please', 'ma ir gaa': 'help us', taimaka: 'help', nagode: 'thanks',
  // Zarma: phones, only, again, today, this morning, many, change, think, fixed, new, last year, cannot ("si hin ka"), goes
  // through, works, what to do and how ("ifo no ir ga te", "mate ay ga"), nothing to do, registered again, I want, write, until
  // now, none at all, there is no damage, is normal; the power back after a cut; the rest of Zarma is read in a Zarma message below
  telefonney: 'phones', hinne: 'only', koyne: 'again', hunkuna: 'today', 'hunkuna susubay': 'this morning', boobo: 'many',
  barmay: 'change', tammaha: 'think', 'a hanse': 'fixed it', taaga: 'new', jiiri: 'last year', 'si hin ka ce': 'cannot call',
  'si hin ka register': 'cannot register', 'si hin ka': 'cannot', 'si dira': 'do not go through', 'ga dira': 'go through',
  'ga goy': 'work', 'ga bori': 'are fine', 'ifo no ir ga te': 'what should we do', 'ifo no ay ga te': 'what should i do',
  'mate ir ga te': 'what should we do', 'mate ay ga': 'how do i', 'mate ir ga': 'how do we',
  'ifo kulu si no ka te': 'there is nothing to do', 'ifo kulu si no': 'nothing to do', 'ye ka register': 'registered again',
  'restart te': 'restarted', 'ma ban': 'ends', 'ay ga ba': 'i want', 'ir ga ba': 'we want', hantum: 'write',
  'ifo no a na te': 'what he did', 'hala soho a ga': 'now it is', 'archive te': 'archive the ticket',
  'ir telefonney': 'our phones', 'courant kaa': 'power came back', 'coupure se no': 'because of the power cut',
  'yaadin se': 'so', 'ir ga bay': 'we know', 'si bay': 'do not know', 'ay ga tammaha': 'i think', 'waati woodin': 'that time',
  'za waati woodin': 'since then', 'hala soho': 'until now', 'hasaraw si no': 'there is no damage',
  'error kulu si no': 'there is no error at all', 'ga hima': 'is normal', 'ga register': 'register',
  'ga unregistered': 'are unregistered', 'ga kaa': 'reaches', 'ga cebe': 'shows', 'ir ma humburu': 'should we worry',
  // Kanuri and Hausa: fine now, last night, many, need, I did, did not, what, I do not know, exactly, nothing, arrive, just for
  // information or knowledge ("information kadai"), registration lost ("registration shi ciwo"), I am a student, I am just
  // asking ("wu faade"), since then ("adə loktu"), what to do ("yaya zamu yi"), someone ("kam fal"), please ignore it
  'shi ngala yanzu': 'it is fine now', 'shi ngala': 'it is fine', 'ngala yanzu': 'fine now', 'da dare': 'at night',
  'jiya da dare': 'last night', ngewo: 'many', rakke: 'need', diske: 'i did', diskeba: 'did not', rakkeba: 'do not need',
  ndafi: 'what', nowemba: 'i do not know', kalkal: 'exactly', 'ago ba': 'nothing', 'ago fal': 'nothing else', kuruwa: 'arrive',
  'information kadai': 'just for info', 'knowledge kadai': 'just for info', 'registration shi ciwo': 'registration is lost',
  'thread close diske': 'i closed the thread', 'ignore don allah': 'please ignore it', 'wu student': 'i am a student',
  'yanzu kela ngala': 'now everything is fine', 'shi ngala ko': 'is it fine', 'wu faade': 'i am just asking', ciwoba: 'fails',
  'shi ciwo': 'fails', 'ade loktu': 'since then', loktu: 'time', 'yaya zamu yi': 'what should we do', 'kam fal': 'someone',
  'wu nowemba': 'i do not know', ganaye: 'show me',
  // Tiv: now, only, thing, there is no problem ("kwagh ngu (vihin) ga"), is fine, works, a lot, fail ("ngu gba"), since ("hii
  // sha"), because ("sha ci u"), only a report or a question ("ka report tseegh", "ka mpin tseegh"), says, want, before it was
  // fine, fix it, people cannot call, I wrote wrong in the previous message, we thought about it but did not, set ("er … On")
  hegen: 'now', tseegh: 'only', kwagh: 'thing', 'kwagh ngu vihin ga': 'there is no problem',
  'kwagh ngu ga': 'there is no problem', 'ngu doo': 'is fine', 'ngu tom doo': 'works fine', 'ngu tom': 'works', kpishi: 'a lot',
  'ngu gba': 'fail', 'hii sha': 'since', 'sha ci u': 'because', 'ka report tseegh': 'it is only a report', 'kaa er': 'says',
  'm soo er': 'i want', 'se soo': 'we want', 'kera yange ngu doo': 'before it was fine', 'sor se': 'fix it', 'ka nyi': 'what is',
  'ior ngu yilan ga': 'people cannot call', 'minti kiriki': 'a few minutes', vihin: 'bad',
  'ka mpin tseegh': 'it is just a question', mpin: 'question', 'm nenge er': 'i saw that', 'm nger kwagh vihin': 'i wrote wrong',
  'sha message u hiihii la': 'in the previous message', 'error ngu ga': 'no error', 'se hen er': 'we thought about',
  'kpa se er ga': 'but we did not', 'mpin sha kwagh u hemen': 'just a question about the future',
  'm due a router la': 'i removed the router', 'er nan': 'how', 'de kwagh la': 'ignore it', 'ka nahan tseegh': 'is that all',
  'yange se er': 'we set', 'sha se er': 'since we set', 'sha m er': 'since i set', 'se er': 'we set', ayange: 'days',
  // Efik and Ibibio: now, all, yesterday, today, fail ("efep"), go unregistered ("ekpon unregistered"), not ("idighe"), only,
  // work (fine), new, set ("isin … On"), blocks ("obion"), says, what should I do, still happening now, we thought, fixed, the
  // "i-…-ke" negations (cannot, does not reach, does not work), please ignore my message, I am just asking, solved, expired,
  // another company, not us
  idahaemi: 'now', kpukpru: 'all', mbubreyo: 'yesterday', mfin: 'today', efep: 'fail', 'ema efep': 'failed',
  'ekpon unregistered': 'go unregistered', ekpon: 'go', idighe: 'not', kpot: 'only', 'enam utom eti': 'work fine',
  'enam utom': 'work', obufa: 'new', 'nnyin isin': 'we set', 'nnyin isinde': 'we set', ekesinde: 'set', isinde: 'set',
  obion: 'blocks', odoho: 'says', edoho: 'say', 'nte nnam': 'what should i do', 'nso ke nnam': 'what should i do',
  'enye odu idahaemi': 'it is still happening now', 'odu idahaemi': 'is still happening now',
  'nnyin ikere ke': 'we thought that', 'ema enenede': 'fixed it', enenede: 'fixed', ikemeke: 'cannot', isimke: 'do not reach',
  ifonke: 'does not work', inamke: 'does not work', inyeneke: 'does not have',
  'mbok kpon message mi': 'please ignore my message', 'ami mbup kpot': 'i am just asking', 'ke mbemiso': 'before', ndien: 'and',
  'enye ama okure': 'it was solved', 'ama okure': 'expired', eyom: 'wants', 'company efen': 'another company',
  'idighe nnyin': 'not us', 'ke server company efen': 'on another company server', okure: 'ended', ekure: 'expired',
  'ke lab': 'in the lab', osuhode: 'fell', 'iboro kpot': 'just an answer',
};
/**
 * Zarma, Kanuri, Tiv and Efik words as the joins below read them in a message of that language ('' leaves one out): short words
 * and words that other languages write with another meaning.
 */
const ZARMA_WORDS: Readonly<Record<string, string>> = {
  'si no': 'none', 'ga ne': 'says', mo: 'also', ga: '', na: '', te: 'make', kayna: 'small', si: 'not', mana: 'did not', bi: 'yesterday', za: 'since', se: 'for',
  soho: 'now', banda: 'after', bori: 'fine', goy: 'work', dira: 'go through', jina: 'old', wala: 'or', zama: 'because',
  minti: 'minutes', hanse: 'fixed', jara: 'some', amma: 'but', ir: 'we', ay: 'i', nda: 'and',
};
const KANURI_WORDS: Readonly<Record<string, string>> = {
  ba: 'not', ro: '', shi: 'it', wu: 'i', andi: 'we', tun: 'since', daga: 'from', ngala: 'fine', yanzu: 'now', jiya: 'yesterday', kela: 'all',
  kadai: 'only', dize: 'did', diza: 'did', diyin: 'do', diyinba: 'cannot', geme: 'changed', gemin: 'change', lejin: 'go through',
  lejinba: 'do not go through', bayan: 'after', amma: 'but', kura: 'heavy', fahimta: 'understand', tambaya: 'question', abada: 'never',
  kashe: 'turn off', canza: 'change', faade: 'asking', ade: 'this', yaya: 'how', fal: 'one',
};
const TIV_WORDS: Readonly<Record<string, string>> = { se: 'we', u: 'of', m: 'i', ve: 'they', doo: 'fine', gba: 'fail', kera: 'before' };
/**
 * Krio words, as the join below reads them (spelled with e and o): the ones other languages write with another meaning ("bien",
 * "den", "na") and the ones no table reads.
 */
const KRIO_WORDS: Readonly<Record<string, string>> = {
  bien: 'behind', den: 'they', na: 'is', de: '', di: 'the', pan: 'on', los: 'lose', rejistreshon: 'registration',
  oltem: 'all the time', setin: 'setting', fayawol: 'firewall', paket: 'packet', konekshon: 'connection', rich: 'reach',
  lef: 'leave', tenki: 'thanks', kushe: 'hello', pablik: 'public', ton: 'turn', fel: 'fail', get: 'have', bot: 'but',
  apin: 'happen', sabi: 'know', stat: 'start', oda: 'other', sho: 'show', yuz: 'use', kol: 'calls', afta: 'after',
  wetin: 'what', una: 'you', sins: 'since', mornin: 'morning', monin: 'morning', rejista: 'register', densef: 'themselves',
  chenj: 'changed', kot: 'cut', bikos: 'because', fayba: 'fiber', eva: 'ever', ang: 'hang', naw: 'now', oltin: 'everything',
  fayn: 'fine', tink: 'think', bin: '', muv: 'moved', sava: 'server', nyu: 'new', senta: 'center', luk: 'look', ol: 'all',
  'don go': 'went down', dez: 'days',
};
/**
 * Japanese typed in Latin letters (romaji), as the join below reads it in a message that writes words only romaji writes: the
 * particles ("ga", "wa", "wo", "no", "de", "ni": not Indonesian's "ga", not, nor Spanish "no"), "deru" (an error shows), "kurai"
 * (about), the ten-thousands ("sanman", 30,000), "tasukete" (help), "yuugata" (the evening), "dekinai" (cannot).
 */
const ROMAJI_WORDS: Readonly<Record<string, string>> = {
  ga: '', wa: '', wo: '', no: '', de: '', ni: '', deru: 'appears', demasu: 'appears', dete: 'appears', kurai: 'about',
  gurai: 'about', tasukete: 'help', yuugata: 'evening', yoru: 'night', dekinai: 'cannot', tsunagaranai: 'do not connect',
  ichiman: '1 tenthousand', niman: '2 tenthousand', sanman: '3 tenthousand', yonman: '4 tenthousand', goman: '5 tenthousand',
  rokuman: '6 tenthousand',
};
/**
 * Korean typed in Latin letters, as the join below reads it: "an dwaeyo" (does not work), "ttae" (at, when), "jeonyeok" (the
 * evening), "gae" (a counter, left out), "bujok" (a shortage), "ingayo" (is it), "3man" (30,000).
 */
const ROMANISED_KOREAN_WORDS: Readonly<Record<string, string>> = {
  'an dwaeyo': 'does not work', 'an dwae': 'does not work', ttae: 'at', jeonyeok: 'evening', gae: '', bujok: 'shortage',
  ingayo: 'is it', ingeoyo: 'is it', manhi: 'many', ssayeoyo: 'pile up', ssayeo: 'pile up',
};
const EFIK_WORDS: Readonly<Record<string, string>> = { ke: 'in', ye: 'with', enye: 'it', mmo: 'they', nnyin: 'we', ami: 'i', tono: 'since', eti: 'fine' };
/** The words of such a table as alternatives of a pattern, the longest first. */
const grammarWords = (words: Readonly<Record<string, string>>): string => Object.keys(words).sort((a, b) => b.length - a.length).join('|');
/** A word of such a table for the word matched with the space after it, or the match when the word is not in it. */
const grammarWord = (words: Readonly<Record<string, string>>, m: string): string => {
  const w = words[m.trim()];
  return w === undefined ? m : w === '' ? '' : m.endsWith(' ') ? `${w} ` : w;
};
/** Zarma and Efik number words of tens and units after "zambar" or "tosin" (thousand), summed: "waranza" 30, "edip ye duop" 30. */
const THOUSANDS_WORDS: Readonly<Record<string, number>> = {
  waranza: 30, waranka: 20, waytaaci: 40, waygu: 10, yagga: 9, edip: 20, aba: 40, duop: 10, inan: 4, ita: 3, iba: 2, ition: 5, kiet: 1,
};
/** The Kanuri join's readings (see there), and the grammatical words. */
const kanuri = (m: string): string => {
  if (m.endsWith(' bayan')) return `after ${m.slice(0, -6)}`;
  if (m.endsWith(' did')) return `turned ${m.replace(/ (?:i )?did$/, '')}`;
  if (m.endsWith(' off ko')) return `should we turn ${m.slice(0, -3)}`;
  if (m.endsWith(' deke ko')) return `does it cause ${m.slice(3, -8)}`;
  if (/^(?:tcp|udp|tls) ro$/.test(m)) return `on ${m.slice(0, -3)}`;
  if (m.endsWith(' ro') && m !== 'ro') return `behind ${m.slice(0, -3)}`;
  return grammarWord(KANURI_WORDS, m);
};
/** The Zarma join's readings (see there), and the grammatical words. */
const zarma = (m: string): string => {
  if (/ ye "?o/.test(m)) return `turned ${m.replace(/^(?:na|the) /, '').replace(/ ye "?off$/, ' back off').replace(/ ye "?on$/, ' on')}`;
  if (m.startsWith('at the ')) return 'fixed it';
  if (m.endsWith(' kulu si no')) return `no ${m.slice(0, -11)} at all`;
  if (m === 'no') return 'is';
  if (m.endsWith(' ra')) return `in ${m.slice(0, -3)}`;
  if (m.startsWith('go ') && m.endsWith(' banda')) return `are behind ${m.slice(3, -6)}`;
  const said = ZARMA_SAID[m];
  return said ?? grammarWord(ZARMA_WORDS, m);
};
/** Zarma words with "ŋ", which the phrase tables cannot end a phrase with (it is no word character). */
const ZARMA_SAID: Readonly<Record<string, string>> = { 'ga kaŋ': 'fail', 'ka kaŋ': 'and drop', 'daŋ': 'set', 'doŋ': 'long ago' };
const thousands = (m: string): number => m.split(' ').reduce((sum, w) => sum + (THOUSANDS_WORDS[w] ?? 0), 0);
/**
 * Northern and Southern Ndebele, Tshivenda, siSwati, Silozi and chiTumbuka, mixed with English technical words and some
 * Chichewa, read as one (SYMPTOM_JOINS): the negations (Ndebele "kakukho", "kakulanto", "kakusela", "kawasa", "kayisiyo";
 * Southern Ndebele "akhenge", "akunamuntu"; siSwati "kute", "akukho", "ayizange", "awasa", "hhayi"; Venda "a hu na", "a i",
 * "a ri", "a dzi"; Lozi "ha ku na", "ha lu si ka", "ha a sa", "isiñi"; Tumbuka "palije", "tilije", "yayi" after the verb),
 * since and after ("kusukela", "selokhu", "u bva musi", "u bva nga", "ku zwa fa", "kufuma apo", "emva kokuthi"), turned on
 * ("savula", "sivule", "ro vula", "lu bulezi", "mu bulezi", "tajura", "tawika"), behind ("emva kwe", "emuva kwe", "murahu ha",
 * "kumanyuma kwa"), fine and fixed ("konkhe kulungile", "zwo luga", "sesiyilungisile", "se lu lukisize", "vyose vili makora"),
 * what fails ("ayehluleka", "li palelwa", "dzi a kundelwa", "ghakutondeka", "ilahla", "yikutaya", "i khou lathela"), what to
 * do ("ri ite mini", "tichite wuli", "singenta njani", "lu eze cwañi"), reverting ("sibuyisele … ku off", "tiwezge … ku off"),
 * only asking, studying or writing a report ("ngibuta nje", "ni bata feela ku ziba", "ndi report fhedzi", "nkhukhumba waka"),
 * past incidents ("ngoMgqibelo odlulileyo", "ya vhege yo fhiraho", "mwezi wajumpha", "mwa mwaha wa"), what else it was (a
 * carrier, the internet, an account that expired) and thousands said before the figure ("izinkulungwane ezingu 30",
 * "tinkhulungwane leti-27", "zwigidi zwa 29", "makiti a 29", "vikwi 27", read below the table). Venda, Lozi and Tumbuka
 * "na" is "and", "with" or "there is" and never Hindi's "not" (the words that say so are in NA_IS_NO_NEGATION); Tumbuka
 * "kasi" asks a question and is no Swahili "because", Venda "vula" (open) no Fijian month, Tumbuka "wuli" (how, what) and
 * "sono" (now) no other language's words: they are read here with the words around them.
 */
const MATABELE_VENDA_ESWATINI_BAROTSE_NYIKA: Readonly<Record<string, string>> = {
  // since, from, after: Ndebele and siSwati "kusukela", "selokhu"; Venda "u bva musi", "u bva nga"; Lozi "ku zwa fa",
  // "ku zwa ka"; Tumbuka "kufuma apo", "kufuma pa"; "emva kokuthi", "ngemuva kwe" (after)
  'kusukela savula': 'since we turned on', 'kusukela sivule': 'since we turned on', 'kusukela i-engineer ivula': 'since the engineer turned on',
  'kusukela kwafakwa': 'since the installation of', kusukela: 'since', selokhu: 'since', 'u bva musi ro vula': 'since we turned on',
  'u bva musi': 'since', 'u bva nga': 'since', 'u bva zwenezwo': 'since then', 'ku zwa fa lu bulezi': 'since we turned on',
  'ku zwa fa mu bulezi': 'since you turned on', 'ku zwa fa lu cincize': 'since we changed', 'ku zwa fa': 'since', 'ku zwa ka': 'since',
  'ku zwa kwa makalelo': 'since the beginning', 'kufuma apo tajura': 'since we turned on', 'kufuma apo tawika': 'since we set',
  'chayamba kufuma apo tawika': 'started since we set', 'kufuma apo': 'since then', 'kufuma pa': 'since', 'kufuma mulenji': 'since the morning',
  'apo tajura': 'when we turned on', 'emva kokuthi': 'after', 'emva kwalokho': 'after that', 'ngemuva kwe': 'after the',
  'ngemuva kwekushintja': 'after changing',
  // turned on, changed, reverted: "vula" (open) in Ndebele, siSwati and Venda, Lozi "bulela", Tumbuka "jura", "wika" (set)
  savula: 'we turned on', sivule: 'we turned on', 'ro vula': 'we turned on', 'musi ro vula': 'when we turned on', ivula: 'turned on',
  ivulwe: 'turned on', 'lu bulezi': 'we turned on', 'mu bulezi': 'you turned on', tajura: 'we turned on', wajura: 'they turned on',
  'ayizange ivulwe': 'was never turned on', 'siyivula': 'we turn on', 'siyivule': 'we turned it on', tawika: 'we set',
  'sibuyisele i': 'revert the', sibuyisele: 'revert', 'sibuyisela i': 'revert the', sibuyisela: 'revert', nibuyise: 'revert',
  'mu i kutise mo ne i inezi': 'revert it', 'i kutise': 'revert it', tiwezge: 'revert', 'ku off': 'to off', 'ku off yini': 'to off', 'ku-off': 'to off', 'off yini': 'off', 'ku softswitch': 'on the softswitch', 'ku-softswitch': 'on the softswitch',
  'kumele sibuyisele': 'should we revert', 'ngabe sibuyisela': 'should we revert', 'kasi tiwezge': 'should we revert',
  'lu cincize': 'we changed', 'ha lu si ka i cinca': 'is unchanged', 'ha lu si ka fetola': 'we did not change',
  'ha ku na se lu cincize': 'we changed nothing', 'ha lu si ka fetola se sinwi': 'we changed nothing', 'se sinwi': 'anything',
  'palije munthu wasintha chilichose': 'nobody changed anything', 'palije munthu wasintha': 'nobody changed',
  'kute lokushintjiwe': 'nothing was changed', 'akunamuntu otjhugulule litho': 'nobody changed anything',
  'kakulanto eyatshintshwayo': 'nothing was changed', 'a ro ngo i shandukisa': 'we did not change it',
  'a hu na muthu o shandukisaho tshithu': 'nobody changed anything',
  // behind: "emva kwe", "emuva kwe", "asemva kwe" (Ndebele, siSwati), "murahu ha" (Venda), "kumanyuma kwa" (Tumbuka)
  'emva kwe router': 'behind the router', 'emva kwe mikrotik': 'behind the mikrotik', 'emuva kwe-router': 'behind the router',
  'emuva kwe router': 'behind the router', 'asemva kwe': 'behind the', 'nga murahu ha u vula': 'after turning on', 'nga murahu ha': 'after', 'murahu ha': 'behind', thivhela: 'blocks', thivhelwa: 'blocked', thivhelwaho: 'blocked', 'i a lathwa': 'is dropped', 'i sala i tshi khou fara': 'keeps holding', 'i a bva kha server': 'leaves the server', 'ghali kumanyuma kwa': 'are behind',
  'kumanyuma kwa': 'behind', 'ine ya vha na nat': 'which has nat', 'anama-router': 'have routers', 'ba ba na ni home routers': 'who have home routers',
  // what fails: Ndebele and siSwati "ayehluleka", "lahluleka", "ilahla" (drops), "ayawa" (fall); Venda "dzi a kundelwa",
  // "i khou lathela" (is dropping), "a i swiki" (does not arrive), "i a i thivhela" (blocks it); Lozi "li palelwa", "li wa";
  // Tumbuka "ghakutondeka", "yikutaya" (drops), "ghakugwa" (drop)
  ayehluleka: 'are failing', lahluleka: 'failed', ahlulekile: 'failed', ilahla: 'drops', 'ayawa ku-registration': 'drop off the registration',
  ayawa: 'drop', 'dzi a kundelwa u registara': 'cannot register', 'dzi a kundelwa': 'are failing', kundelwa: 'fail',
  'i khou lathela': 'is dropping', lathela: 'drops', 'a i swiki': 'does not arrive', 'i a i thivhela': 'blocks it',
  'dzi a bva kha registration': 'drop off the registration', 'dzi fhela nga': 'end with', 'li palelwa': 'are failing',
  palelwa: 'fail', 'li wa': 'drop', 'ha ba koni ku founa': 'cannot call', 'ha a sa registeri': 'no longer register',
  ghakutondeka: 'are failing', nkhutondeka: 'i cannot', yikutaya: 'is dropping', 'yikutaya ma': 'drops', 'ma rst': 'rst', ghakugwa: 'are dropping', 'ghakuregista yayi': 'do not register',
  'yikulemba': 'shows', 'awasa-registered': 'are no longer registered', 'kawasa register': 'no longer register',
  'kute noyedvwa lo-registered': 'none is registered', 'avela registered ahle aphume': 'show registered and then drop off',
  'i hula hahulu': 'rises fast', 'i khou gonya nga u tavhanya': 'is rising fast', 'i wile kwa': 'fell to', 'dzo ima': 'stopped',
  'li felile': 'ran out', 'ports za tcp li felile': 'tcp ports ran out',
  // what it says, tries, uses: "i ri", "i li", "yikuti" (says); "musi i tshi lingedza u" (when it tries to); "asebenzisa",
  // "lasebentisa" (use), "akhamba nge-tcp" (go over tcp)
  'musi i tshi lingedza u': 'when it tries to', 'i tshi lingedza u': 'trying to', 'ha i leka ku': 'when it tries to',
  'ha i eza outgoing connect': 'when it makes an outgoing connect', 'isini ha i listen': 'not when it listens',
  'akhamba nge-tcp': 'go over tcp', 'nge-tcp': 'over tcp', 'nge tcp': 'over tcp', 'ngauri udp i a xela': 'because udp gets lost',
  // fine, fixed, working: "konkhe kulungile", "sekulungile", "kwalunga", "zwo luga", "zwa fhela", "se lu lukisize",
  // "vyose vili makora", "lamala", "i sebeza hande"
  'konkhe kulungile': 'everything is fine', kwalunga: 'it was fixed', 'zwino zwo luga': 'now it is fine',
  'zwo luga': 'it is fine', 'zwa fhela': 'it was solved', 'zwa fhela nga': 'it ends at', 'zwi thoma nga': 'it starts at', 'se lu lukisize': 'we already fixed it', sesiyilungisile: 'we already fixed it',
  'sayilungisa kadzeni': 'we fixed it long ago', yalungiswa: 'was fixed', 'yo lugiswa nga': 'was fixed by', 'yo lugiswa': 'was fixed',
  'vyose vili makora': 'everything is fine', 'server yili makora': 'the server is fine', lamala: 'it was solved',
  'i sebeza hande': 'works fine', 'a sa li registered hande': 'are still registered fine', 'ghachali registered': 'are still registered',
  'dzi khou shuma': 'are working', ayasebenta: 'work', 'se li felile kale': 'was solved long ago',
  // there is no problem, nothing: Ndebele "kakusela nkinga", "kakulanto", "kakukho okunye okuphukileyo"; siSwati "kute
  // inkinga", "kute lokuphukile", "akukho lokuphukile", "kute lokudzingekako"; Venda "a hu na tshithu"; Lozi "ha ku na
  // butata"; Tumbuka "palije suzgo"
  'kakusela nkinga': 'there is no longer a problem', 'lamuhla kakulanto': 'today there is nothing', kakulanto: 'there is nothing',
  'kute inkinga emakholini': 'no problem with the calls', 'kute inkinga': 'no problem', 'kute lokuphukile': 'nothing is broken',
  'akukho lokuphukile': 'nothing is broken', 'akukho inkinga': 'no problem', 'kute lokudzingekako': 'nothing is needed',
  'namusi a hu na tshithu': 'today there is nothing', 'a hu na tshithu': 'there is nothing', 'kacenu ha ku na butata': 'today there is no problem',
  'ha ku na butata': 'there is no problem', 'palije suzgo': 'there is no problem', 'kayisiyo inkinga ye server': 'it is not a problem of the server',
  'kayisiyo inkinga': 'it is not a problem', 'ise tilije nat': 'we have no nat', 'tilije nat': 'we have no nat',
  'a i na vhathu': 'it has no users',
  // another cause: the internet down, an account expired, the carrier
  'ayinayo i-internet': 'has no internet', 'i internet ye': 'the internet of', ifile: 'is dead', 'kayitholi ip': 'does not get an ip',
  'yikho amaphone': 'that is why the phones', 'iphelelwe sikhathi': 'has expired', 'iphelelwe sikhatsi': 'has expired',
  'ngombana akhenge babhadele': 'because they did not pay', 'akhenge babhadele': 'they did not pay', 'i-akhawunti ye-sip yekhasimende': 'the sip account of the customer', nxa: 'if', 'sifuna ukufaka i alert': 'we want to add an alert', idlula: 'goes over', 'okwamanje sibona ama': 'now', 'okwamanje sibona': 'now', okwamanje: 'now', 'yiphi ikhomandi': 'which command', 'i na rule': 'has a rule', 'kwa rst mode': 'to rst mode', 'calls ze nata': 'many calls', 'calls nnzhi': 'many calls', 'ka ku cinca': 'by changing',
  'bekuyinkinga ye-carrier': 'it was a problem of the carrier', 'hhayi i-firewall': 'not the firewall',
  'ne ki butata bwa carrier': 'it was a problem of the carrier', 'ba lu bulelezi kuli': 'told us that', 'ne lu nahana kuli': 'we thought that', 'tikaghanaghana kuti': 'we thought that', 'ro humbula uri': 'we thought that', 'sacabanga ukuthi': 'we thought that', 'kweni pamanyuma tasanga kuti': 'but it turned out that', 'pamanyuma tasanga kuti': 'later it turned out that', 'tasanga kuti': 'it turned out that', 'vho ri vhudza uri': 'told us that', 'yikawa na outage': 'had an outage', 'a ri todi tshithu': 'we need nothing', 'dzo kundelwa': 'failed', ghakakana: 'were refused', 'ne li palelwa': 'were failing', 'i kwala rst': 'blocks rst', 'ba bilaela kuli': 'complain that', 'ni kupa': 'please', 'sono vyose vili makora': 'now everything is fine',
  'kwamba chifukwa': 'saying because', 'yili kugwiliskika kale': 'is already in use', 'yikukana': 'refuses', 'liyala kucala': 'refuses to start', kufakwe: 'are installed', lelinye: 'one of them', 'ngiyacela ningitjele kutsi': 'please tell me', 'nome ngishintja': 'or do i change', 'nome ku-vos': 'or on the vos',
  // took it back, the wrong server, a test lab: "mu libale message ya ka ya kwamulaho", "ne ni fosize server"; Venda
  // "ni songo sedza message yanga", "ndo vha ndo khakha server"
  'mu libale message ya ka ya kwamulaho': 'forget my previous message', 'ni songo sedza message yanga': 'ignore my earlier message', 'mu libale': 'forget', 'ne ni fosize server': 'i had the wrong server',
  'ni songo sedza message yanga ya u thoma': 'ignore my earlier message', 'ni songo sedza': 'ignore', 'ndo vha ndo khakha server': 'i had the wrong server',
  'ndi ya test lab': 'it is a test lab',
  // what to do, help: "ri ite mini", "ndi mini zwi re zwone u zwi ita", "tichite wuli", "wangachita wuli", "singenta njani",
  // "lu eze cwani", "ri shumise port ifhio" (which port should we use), "ngisusa liphi" (which one do I remove)
  'ri ite mini': 'what should we do', 'ndi mini zwi re zwone u zwi ita': 'what is the right thing to do', 'kasi tichite wuli': 'what should we do',
  'tichite wuli': 'what should we do', 'koma tichite wuli': 'what should we do', 'kasi wangachita wuli': 'what can they do',
  'nyalo singenta njani': 'now what can we do', 'singenta njani': 'what can we do', 'lu eze cwani': 'what should we do',
  'ri shumise port ifhio': 'which port should we use', ifhio: 'which', 'ngisusa liphi': 'which one do i remove', 'ndi humbela thuso': 'please help',
  'ni kupa mu lukise ka bunako': 'please fix it quickly', 'kasi tiyiwike pa': 'should we put it on', 'panji tigule': 'or buy',
  // only asking, studying, a report or an interview: Ndebele and siSwati "ngibuta nje", "ngifuna nje kubuta", "umbuto nje",
  // "ngifunda", "bengifundza"; Venda "ndi report fhedzi", "ndi humbela fhedzi thalutshedzo"; Lozi "ni bata feela ku ziba",
  // "ni ituta", "ki ya report feela"; Tumbuka "nkhukhumba waka", "nkhusambira", "nkhunozgekera interview"
  'ngibuta nje': 'i am just asking', 'ngifuna nje kubuta': 'i just want to ask', 'umbuto nje': 'just a question', ngifunda: 'i am studying',
  bengifundza: 'i was studying', 'kuyintfo levamile yini': 'is it normal', 'iphephile yini': 'is it safe', kwentekani: 'what happens',
  kungani: 'why', 'ngicela ungichazele umahluko phakathi kwe': 'please explain the difference between', 'ngicela ungichazele': 'please explain to me',
  'ngidinga nje ukuthi ungichazele': 'i just need you to explain', 'ngingaphendvula njani': 'how can i answer', 'interview yami': 'for my interview',
  'umphathi ufuna i report': 'the manager wants a report', 'ngicela ungisize ngibhale': 'please help me write',
  'nyalo sibhala i-post-mortem kuphela': 'now we are only writing a post-mortem', 'sibhala i-report ye-audit kuphela': 'we are only writing an audit report',
  'ngabe i-firewall ingawavumela yini': 'would the firewall allow', 'nangabe siyivula': 'if we turn on',
  'ndi report fhedzi': 'it is just a report', 'ri khou nwala incident report': 'we are writing an incident report',
  'ndi humbela fhedzi thalutshedzo': 'i am only asking for an explanation', 'ni bata feela ku ziba kuli': 'i just want to know',
  'ni bata feela ku ziba': 'i just want to know', 'u bata ku ziba kuli': 'wants to know', 'ki ya report feela': 'it is just for a report',
  'ni bata feela ku nolela boss report': 'i just want to write the boss a report', 'ni ituta': 'i am studying',
  'ni kupa kuli mu ni taluseze': 'please explain to me', 'i ina nako ye kuma cwani': 'how long does it last', 'ni ka bala cwani': 'how can i count',
  'ha ni sina': 'when i do not have', 'ni kupa feela graph': 'i only ask for the graph', 'nkhukhumba waka kulemba': 'i just want to write',
  'nkhukhumba waka kuti mundiphalire': 'i just want you to tell me', 'nkhukhumba waka': 'i just want', nkhusambira: 'i am studying',
  'nkhunozgekera interview': 'i am preparing for an interview', 'kasi mungandilongosolera': 'can you explain to me', 'chifukwa wuli': 'why',
  'ni chinthu wuli': 'is what', 'teacher wakafumba': 'the teacher asked', 'boss wakufumba waka': 'the boss just asked', yewo: 'thanks',
  'kasi ni wunenesko kuti': 'is it true that', yikupangiska: 'makes', kutaya: 'lose', 'usange report yane yalembeka makora': 'if my report is well written',
  // past incidents: "ngomgqibelo odlulileyo" (last Saturday), "yeviki elidlulileyo" (of last week), "lodlule" (last); Venda
  // "ya vhege yo fhiraho", "mulovha" (yesterday); Lozi "mabani", "ne li za mwaha wa" (was in the year); Tumbuka "mwezi wajumpha"
  'okwenzakala ngomgqibelo odlulileyo': 'what happened last saturday', 'ngomgqibelo odlulileyo': 'last saturday', 'yeviki elidlulileyo': 'of last week',
  'ngendzaba yamsombuluko lodlule': 'about last monday', 'ya vhege yo fhiraho': 'of last week', 'report ya mabani': 'the report of yesterday',
  'ne li za mwaha wa': 'was a problem in', 'likawa la mwezi wajumpha': 'was last month', 'mwezi wajumpha': 'last month',
  'suzgo la': 'the problem of', 'thaidzo ya': 'the problem of', sasile: 'we had', 'ne ku na ni': 'there was', 'ho vha na': 'there was',
  // the rest: "ngobe", "ngoba", "ngombana", "ngauri" (because); "nome" (or); "le" between two nouns (and); "rst mode yili off"
  ngobe: 'because', ngombana: 'because', ngauri: 'because', 'yili off': 'is off',
  'i sa li off': 'it is still off', 'iseyi-off': 'is still off', 'isese ku-off': 'is still off', 'ihlala i off': 'it stays off',
};
/**
 * Kashmiri, Dogri, Brahui and Hazaragi, typed mostly in Latin letters and mixed with Urdu, Hindi, Dari and the technical
 * English of the switch, read as one (SYMPTOM_JOINS); Dogri in Devanagari and Hazaragi in the Perso-Arabic script arrive
 * here already as the words scriptWords gives them. The negations (Kashmiri "chu ne", "chi ne", "gov ne", "ne kanh";
 * Hazaragi "nabud", "nadarim", "hich", and "namusha", "nashud" after the verb; Brahui "af" after the verb and "koi … af",
 * read below the table), since and after ("az wakhti ki", "bad az", "pish az", "aaz subah peth", "tath pat"), turned on
 * ("roshan kadum"), fine and fixed ("hal shud", "register shudan"), other causes (the power cut, "barq qat bud"; a line or
 * a VPN gone down, "qat shud"; "by mistake"), only asking or sharing ("faqat yak soal", "faqat mekhayum bufamum", "faqat
 * sharing", "bas parnu khaatre", "bas info khaatre"), past incidents ("akh hafta bronh", "az dishab") and, as the Dogri
 * arrives, "what hai" (what is), "udp hai" (is UDP), "since over" (more than) and "na" after a verb ("gaye na": are).
 * Kashmiri "chi" (are) would be read as "only" and "ne" alone as Hindi's ergative, Hazaragi "ast" (is) and "ghat" (with)
 * are other languages' words: they are read here with the words around them. Kashmiri "chu … na?" asks, as "isn't it?" does.
 */
const KASHMIR_JAMMU_KALAT_HAZARA: Readonly<Record<string, string>> = {
  // Kashmiri negations: "chu ne", "chi ne" (is not, are not), "gov ne" (did not get), "oos ne" (was not), "ne kanh",
  // "ne kenh" (no, none), "chu ne kanh" (there is no)
  'chu ne kanh': 'there is no', 'chu ne kenh': 'there is no', 'chi ne kanh': 'there are no', 'ne kanh': 'no', 'ne kenh': 'no',
  'chu ne': 'is not', 'chi ne': 'are not', 'chus ne': 'am not', 'gov ne': 'did not get', 'oos ne': 'was not',
  'kenh ti ne': 'nothing', 'kanh ti ne': 'nothing', 'ti ne': 'not even',
  // Kashmiri since, after, time: "peth" (since, on), "pat" (after), "bronh" (before, ago), "aaz" (today), "doh" (day);
  // "bronh", "raath" (last night) and "wuni" (now) alone are in the vocabulary
  'aaz subah peth': 'since this morning', 'subah peth': 'since the morning', 'raath peth': 'since last night',
  'tath pat': 'after that', 'kornuk pat': 'after turning', 'akh hafta bronh': 'a week ago', 'hafta bronh': 'a week ago',
  'bronh kani': 'before', 'raath kor': 'last night did', 'suy doh': 'the same day',
  'dohan manz': 'between the two', 'dohan manz chu rishta': 'is there a relation between the two',
  // Kashmiri: we did, I am forwarding, it was, just for information, just for reading
  'asi kor': 'we did', 'bas info khaatre': 'just for information', 'bas parnu khaatre': 'just for reading',
  'parnu khaatre': 'for reading', 'chus forward karaan': 'i am forwarding', 'yi oos': 'it was', 'su oos': 'it was',
  'server side chu ne kenh': 'nothing on the server side',
  // Hazaragi negations: "nabud" (was not), "nadarum", "nadarim", "nadaran" (do not have), "nakad" (did not), "hich" (no);
  // "nashud", "namusha", "namushan" (did not, does not; after the verb) are read below
  nabud: 'not tha', 'hich mushkil nadarim': 'we have no problem', 'hich mushkil nadarum': 'i have no problem',
  'mushkil nadarim': 'we have no problem', 'mushkil nadarum': 'i have no problem', 'mushkil nadaran': 'have no problem',
  'mushkil nadara': 'has no problem', 'mushkil nadarin': 'have no problem', 'rabti nadara': 'has nothing to do',
  'hich farq nakad': 'made no difference', 'hich kas': 'nobody', 'hich error': 'no error',
  // Hazaragi since, after, before, time: "az wakhti ki" (since), "bad az" (after), "pish az" (before), "dishab" (last night)
  'az wakhti ki': 'since', 'az wakhti': 'since', 'az waqti ki': 'since', 'bad az in ki': 'after', 'bad az': 'after',
  'pish az u': 'before that', 'pish az': 'before', 'az dishab': 'since last night', 'har chand daqiqa': 'every few minutes',
  'ala hame': 'now all',
  // Hazaragi turned on, off, changed; lost
  'roshan kadum': 'turned on', 'roshan kadem': 'turned on', 'roshan kadin': 'you turned on', 'roshan kadim': 'we turned on',
  'roshan kad': 'turned on', 'khamosh ast': 'is off', 'taghir dadin': 'you changed', 'taghir nadada': 'did not change',
  'registration ra gum mukunan': 'lose registration', 'gum mukunan': 'lose', 'gum mukuna': 'loses',
  // Hazaragi: fine, fixed, registered again; the power cut, the VPN down; by mistake
  'hal shud': 'solved', 'register shudan': 'registered', 'dubara register shud': 'registered again',
  'register shud': 'registered', 'unregistered shud': 'became unregistered', 'unregistered budan': 'were unregistered',
  'barq qat bud': 'the power was out', 'barq qat shud': 'the power went out', 'qat shud': 'went down', 'qat bud': 'was down',
  'qat ast': 'is down', 'dakhil kadum': 'i entered',
  'restart nashud': 'did not restart', 'restart kadem': 'restarted', 'restart kadum': 'restarted',
  // Hazaragi only asking, sharing, what is: "faqat" (only), "soal" (question), "chist" (what is), "chi farq" (what difference)
  'faqat yak soal': 'just one question', 'yak soal': 'a question', 'faqat soal': 'just a question',
  'faqat mekhayum bufamum': 'just want to understand', 'faqat mekhaym bufamim': 'just want to understand',
  'mekhayum bufamum': 'want to understand', 'mekhastum bufamum': 'wanted to understand', 'faqat sharing': 'just sharing',
  'faqat khabar dadum': 'just letting you know', 'faqat tayid kunen': 'just confirm', 'chi farq dara ghat': 'what is the difference with',
  'chi farq dara': 'what is the difference', 'farq dara': 'differs', 'chi jawab': 'what answer',
  // Hazaragi: is UDP, are UDP ("ast", "hastan" after the noun), nobody touched it
  'udp ast': 'is udp', 'udp hastan': 'are udp', 'kase dast nazada': 'nobody touched', 'dast nazada': 'did not touch',
  // Brahui: "massa" (became), "af" (not) after the verb ("kabhi on af kiya", never turned it on; the other verbs below)
  massa: 'hua', 'kabhi on af kiya': 'never turned on', 'on af kiya': 'did not turn on',
  // Dogri, as the Devanagari arrives: "what hai" (what is), "na" after a verb (are), "since over" (more than), "tikdi"
  // (holds), "no service telling" (shows no service), "udp hai" (is UDP)
  'what hai': 'what is', 'worry thing': 'something to worry about', 'gaye na': 'gaye hain', 'jate na': 'jate hain',
  'hote na': 'hote hain', 'run na': 'run hain', 'come na': 'come hain', 'behind na': 'behind hain', 'register hote': 'register',
  'since over': 'over', 'since more': 'over', 'registration tikdi not': 'cannot stay registered',
  'tikdi not': 'does not hold', 'udp hai': 'is udp', 'udp hain': 'are udp', 'went jate': 'drop off',
  'went jati': 'drops off', 'went jata': 'drops off', 'new connection not make': 'does not make a new connection',
  'connection not make': 'does not make a connection', 'no service telling': 'showing no service',
  'bas understand hai': 'just want to understand',
};
/**
 * Tausug, Maranao, Maguindanao and Chavacano, mixed with Tagalog, Cebuano and the technical English they are typed with,
 * read as one (SYMPTOM_JOINS): the negations (Tausug "way" for there is no and cannot, "bukun" and "wayruun"; Maranao "di"
 * before a verb, "da" for there is no, "di giyoto" for it is not that; Maguindanao "dala" for there is no and cannot, "kena"
 * for it is not; Chavacano "hinde", "nuay" and "hinde mas" for no longer), since and after (Maranao "poon ko", Maguindanao
 * "sukad", Tausug "dayn sin" and "ubus sin", Chavacano "desde que"), turned on and off ("kiyapa-On", "pinag-On",
 * "pinapa-On", "pinag-Off", "ya prende", "ya apaga"), behind ("sa likod na", "ko likod o", "ha likod sin", "detras del"),
 * fine and fixed ("mapiya dn", "mapia den", "marayaw na", "okay dn", "bien man"), still and no longer (Maranao "pn" and "dn",
 * Maguindanao "pan" and "den"), what to do (Maranao "ino kaya", "antonaa i kapakay"; Tausug "unu in subay ku hinangun";
 * Maguindanao "ngin i mapia"), only asking ("pagidsa bo", "pagidsa bu", "nangutana lang"), past incidents ("sa kagawi",
 * "kagay", "kahapun") and thousands ("libu", "libu-libu"). "na" there is a linker or "already" and never Hindi's "not" (the words
 * that say so are in NA_IS_NO_NEGATION), "den" is Maguindanao's "already" (alone Greek's "not"), "sin" is Tausug's "of"
 * (alone Spanish "without") and "dum" Tausug's "again": they are read with the words around them.
 */
const SULU_LANAO_ZAMBOANGA: Readonly<Record<string, string>> = {
  // Maranao negations: "di" before a verb (not, cannot), "di dn" (no longer), "di pn" (not yet, still not), "da" (there is
  // no), "da dn" (no more), "di giyoto" (it is not that), "di ami katawan" (we do not know)
  'di makaregister': 'cannot register', 'di dn makaregister': 'can no longer register', 'di pn makaregister': 'still cannot register',
  'di makatawag': 'cannot call', 'di makagawa': 'cannot create', 'di makasampay': 'does not reach', 'di makastart': 'cannot start',
  'di dn makastart': 'can no longer start', 'di makabukas': 'cannot open', 'di makaping': 'cannot ping', 'di dn': 'no longer',
  'di pn': 'not yet', 'di giyoto': 'it is not that', 'di ami katawan': 'we do not know',
  'di ko katawan': 'i do not know', 'di ami pn on': 'we have not yet turned on', 'di ami tcp': 'we do not use tcp',
  'di phone problem': 'not a phone problem', 'da a problema': 'no problem', 'da problema': 'no problem',
  'da dn problema': 'no more problems', 'da dn a': 'there is no more', 'da a miyabago': 'nothing changed',
  'da a ipagbago ami': 'we changed nothing', 'da a': 'there is no', 'da dn': 'no more', 'da ami': 'we did not',
  'da a kuryente': 'there was no power',
  // Maguindanao negations: "dala" (there is no, cannot, did not), "dala den" (no longer), "dala pan" (not yet, still not),
  // "kena" (it is not)
  'dala makaregister': 'cannot register', 'dala makakonek': 'cannot connect', 'dala den makakonek': 'can no longer connect',
  'dala makatawag': 'cannot call', 'dala makaumpisa': 'cannot start', 'dala makastart': 'cannot start',
  'dala makabukas': 'cannot open', 'dala makaup': 'cannot start', 'dala nami pinag-on': 'we did not turn on',
  'dala ilan pakapagpass': 'they do not pass', 'dala nabagu': 'nothing changed', 'dala nabagu sa server': 'nothing changed on the server',
  'dala drop': 'no drop', 'dala rst': 'no rst', 'dala update': 'no update', 'dala pan problema': 'no problem yet',
  'dala pan': 'still not', 'dala den': 'no longer', 'dala tawag': 'no calls', 'dala gayd load': 'had no load credit',
  'dala maputol': 'not cut', 'kena firewall': 'not the firewall', 'kena vos': 'not the vos', 'kena sa vos': 'not on the vos',
  'kena sabap aden problema': 'not because there is a problem',
  // Tausug negations: "way" (there is no, cannot, did not), "way na" (no more), "way pa" (not yet), "bukun" (it is not),
  // "wayruun" (there is no)
  'way makakonek': 'cannot connect', 'way na makakonek': 'can no longer connect', 'way makalabay': 'cannot pass',
  'way na makabind': 'can no longer bind', 'way makabind': 'cannot bind', 'way na makahimu': 'can no longer create',
  'way makastart': 'cannot start', 'way makaup': 'cannot start', 'way makapuas': 'cannot start', 'way register': 'not registered',
  'way pa register': 'not yet registered', 'way na port': 'no ports left', 'way problema': 'no problem',
  'way man problema': 'no problem', 'way pa problema': 'no problem yet', 'way na problema': 'no more problem',
  'way kami problema': 'we have no problem', 'way kami pinda': 'we changed nothing', 'way namu pinda': 'we changed nothing',
  'way pa namu gin-on': 'we have not turned on', 'way rst': 'no rst', 'way update': 'no update', 'way drop': 'no drop',
  'way guna': 'no use', 'way peak': 'no peak', 'way wifi': 'no wifi', 'way na': 'no more', 'way pa': 'not yet',
  'bukun firewall': 'not the firewall', 'bukun vos': 'not the vos', bukun: 'not', wayruun: 'there is no',
  // Chavacano negations: "hinde" (not), "hinde mas" (no longer), "nuay" (there is no), "nuay mas" (no more)
  'hinde mas puede': 'can no longer', 'hinde puede': 'cannot', 'hinde mas': 'no longer', 'hinde ta': 'is not',
  'hinde ya ta': 'no longer', 'nuay mas': 'no more', 'nuay pa': 'not yet', 'nuay man': 'there is no', nuay: 'there is no',
  hinde: 'not',
  // since and after: Maranao "poon ko" (since), "ko kiyapa-On" (when it was turned on); Maguindanao "sukad" (since);
  // Tausug "dayn sin" (since), "ubus sin", "pag-ubus" (after); Chavacano "desde que" (since)
  'poon ko kiyapa-on': 'since turning on', 'poon ko kiyapasang': 'since setting', 'poon bo ko kiyapasang': 'only since setting',
  'poon ko kiyapakay': 'since the change of', 'poon ko kiyapag-update': 'since the update of',
  'ko kiyapa-on': 'when turning on', 'ko kiyapag-update': 'after the update of', 'ko kiyapag-on': 'after turning on',
  'kiyapa-on': 'turning on', 'kiyapag-on': 'turning on', 'sukad pinag-on': 'since turning on', 'sukad kagay': 'since yesterday',
  'sukad pinag-tuning': 'since the tuning of', sukad: 'since', 'dayn sin gin-on': 'since turning on',
  'dayn sin kahapun': 'since yesterday', 'dayn kahapun': 'since yesterday', 'dayn sin': 'since', 'pag-ubus sin': 'after the',
  'ubus sin': 'after the', 'pag-ubus niyu': 'after you', 'ubus in': 'after the',
  'desde que ya prende': 'since turning on',
  // turned on and off
  'pinag-on': 'turned on', 'pinapa-on': 'turned on', 'pinag-off': 'turned off', 'ya prende': 'turned on',
  'ya apaga': 'turned off', 'ya pone': 'set', 'ipa-on': 'turn on',
  // behind, at home, the office
  'sa likod na': 'behind', 'ko likod o': 'behind', 'ha likod sin': 'behind', 'sa likod': 'behind', 'detras del': 'behind the',
  // what fails: dropping, failing, blocking, falling off the registration
  pphamblock: 'blocking', pphagdrop: 'dropping', kapphagfail: 'failing', pphagfail: 'failing', miyafail: 'failed',
  pfail: 'fail', nagdrop: 'dropped', 'nag-drop': 'dropped', nahuhulog: 'falling off',
  'nawalaan load': 'ran out of data', nawalaan: 'lost', miyadown: 'down', miyatay: 'died', 'inexpire so': 'expired the',
  inexpire: 'expired', 'mada-unregister': 'unregister',
  'ta perde registro': 'lose registration', 'ta bota el registro': 'drops the registration', miyapuno: 'full',
  // fine, fixed, thanks: Maranao "mapiya", "okay dn", "miyapiya"; Maguindanao "mapia", "mapia den", "sukur"; Tausug
  // "marayaw", "naayos na", "magsukul"; Chavacano "bien man", "resuelto ya", "diosmabalos"
  'mapiya dn': 'fixed now', 'okay dn': 'fixed now', 'miyapiya dn': 'fixed now', 'mapiya bo': 'are fine', 'mapia den': 'fixed now',
  'mapia pan': 'still fine', 'okey den': 'fixed now', 'okey pan': 'still ok', 'marayaw na': 'fixed now',
  'naayos na': 'fixed now', 'bien man': 'fine', 'resuelto ya': 'solved', 'solved dn': 'solved',
  // what to do, what is the cause: the help asked for
  'ino kaya': 'what to do', 'ino i kapakay': 'what is the solution', 'antonaa i kapakay niyan': 'what is its use',
  'antonaa i kapakay': 'what is the solution', 'antonaa i kapiya': 'what is the solution',
  'antonaa pn i ipaganad ami': 'what else should we do', 'unu in subay ku hinangun': 'what should i do',
  'unu in ikahinang': 'what can we do', 'unu in sabab': 'what is the cause', 'ngin i mapia': 'what is best',
  'cosa hace': 'what to do', 'cosa ba recomenda ustedes': 'recommendation please', 'cosa ba recomenda': 'recommendation please',
  pakibalik: 'please revert', pagbalikan: 'revert', sabap: 'cause', 'sabap ba': 'is the cause',
  // only asking, for the record
  'pagidsa bo': 'just asking', 'pagidsa bu': 'just asking', 'pagidsa ku bu': 'just asking', 'pagidsa ko bo': 'just asking',
  'pangidsa bu': 'just asking', 'nangutana lang': 'just asking', 'nag-check lang': 'just checking', 'pregunta lang': 'just asking',
  'share ku bu': 'just sharing', 'info lang': 'just for information', 'para saber lang': 'just to know',
  // only, still: Maguindanao "bu", Tausug "na lang" (only); "pan" and "pn" (still); Maranao "off so rst", "na off" (the rst is off)
  'udp bu': 'udp only', 'udp lang': 'udp only', 'off pn': 'still off', 'off pan': 'still off',
  'na lang': 'only', 'off so rst': 'the rst is off', 'na off pn': 'is still off', 'na off': 'is off',
  // past incidents and when: "sa kagawi", "kahapun dum" (yesterday), "gowani" (earlier),
  // "tolo gawii" (three days), "ko kapita" (in the morning), "sa gabi" (at night)
  'sa kagawi': 'yesterday', 'ko kagawi': 'yesterday', 'kahapun dum': 'yesterday', gowani: 'earlier', 'tolo gawii': 'three days',
  'ko kapita': 'in the morning', 'sa gabi': 'at night',
  // the rest: "sin" (of) before a noun, "miyabago bo na so" (the only change was), "pitharo o" (said by), "libu" (thousand)
  'miyabago bo na so': 'the only change was the', 'pitharo o': 'said by', 'sin vos': 'of the vos', 'sin tawag': 'of the calls',
  'sin agent': 'of the agent', 'sin customer': 'of the customer', 'sin manga': 'of the', 'sin account': 'of the account',
  libu: 'thousand', 'libu-libu': 'thousands',
};
/**
 * Mandarin typed in Pinyin, Italian and Maltese, Tigrinya and Afaan Oromo in Latin letters, Punjabi in Latin letters, read
 * as one (SYMPTOM_JOINS).
 */
const PINYIN_ITALIAN_HORN_PUNJABI: Readonly<Record<string, string>> = {
  'bu shi': 'not', 'shi bu shi': 'is it', 'bu xing': 'not working', 'bu neng': 'cannot', 'bu gou': 'not enough',
  'bu gou yong': 'not enough', 'gou bu gou': 'enough or not', 'bu dui': 'wrong', 'dui bu dui': 'right or not',
  'bu wending': 'unstable', 'bu zhengchang': 'abnormal', 'bu tong': 'different', 'bu yong': 'no need', 'bu hao yisi': 'sorry',
  'bu zhidao': 'does not know', 'bu chuli': 'does not handle', 'bu rang': 'does not let', 'bu fang xing': 'does not allow',
  'bu ren': 'does not accept', 'bu hui': 'will not', 'hui bu hui': 'will it', 'bu tingde': 'constantly',
  'yao bu yao': 'should we', 'xing bu xing': 'will it work', 'bu cunzai': 'does not exist', 'bu gao': 'not high',
  'bu xiaoshi': 'stay open', 'bu jieshu': 'not end', 'jieshu bu le': 'not end', 'gua bu duan': 'not end',
  'gua bu diao': 'not end', 'qi bu lai': 'cannot start', 'jian bu qi lai': 'cannot establish', 'da bu kai': 'cannot open',
  'da bu chu qu': 'cannot call out', 'chuan bu chu qu': 'cannot send out', 'chu bu qu': 'cannot go out',
  'lian bu shang': 'cannot connect', 'jin bu lai': 'cannot come in', 'zhua bu dao': 'not seen', 'kan bu dao': 'not seen',
  'shang bu qu': 'cannot login', 'quan bu': 'all', 'mei you': 'no', 'mei wenti': 'fine', 'mei you wenti': 'no problem',
  // the problem came ("xianzai wenti lai le"): a fault told as it goes on now
  'wenti lai le': 'we have a problem',
  'mei shi': 'fine', 'mei le': 'lost', 'mei guanxi': 'no matter', 'mei ren': 'nobody', 'mei you ren': 'nobody',
  'mei kai': 'not enabled', 'mei you huiying': 'no response', 'mei dong': 'untouched', 'mei you guzhang': 'no problems',
  'mei you baocuo': 'no errors', 'mei ci': 'every time', 'mei tian': 'every day', 'mei miao': 'per second',
  'mei fen zhong': 'every minute', 'cong lai mei': 'never', 'hai mei': 'not yet', 'ye mei': 'also not',
  'hai mei kai': 'not yet enabled', 'zhuce bu shang': 'cannot register', 'diao zhuce': 'unregistered',
  'mei you zhuce': 'not registered', 'wei zhuce': 'unregistered', 'zhuce shibai': 'registration failed',
  'zhuce shang': 'registered', 'zai zhuce': 're register', 'chongxin zhuce': 're register',
  'zhuce baochi bu zhu': 'cannot stay registered', 'zhuce zhuangtai': 'registration status', 'diao xian': 'offline',
  'duan wang': 'network down', 'ting dian': 'power outage', 'kai le': 'enabled', 'da kai': 'enabled', 'kai qi': 'enabled',
  'gang kai': 'just enabled', 'kai rst': 'enable rst', 'kai reset': 'enabled reset', 'kai tcp': 'enabled tcp',
  'mo shi': 'mode', 'gai cheng': 'changed', 'gai hui': 'revert', 'hui gun': 'roll back', 'guan bi': 'close',
  'guan diao': 'turn off', 'zi cong': 'since', 'cong off dao on': 'from off to on', 'hou mian': 'behind',
  'qian mian': 'in front', 'wai mian': 'outside', 'zhi hou': 'after', 'yi hou': 'after', 'zhi qian': 'before',
  'qian tian': 'two days ago', 'ling chen': 'early morning', 'ban ye': 'midnight', 'ye li': 'at night',
  'shang ge yue': 'last month', 'shang zhou': 'last week', 'xia ge yue': 'next month', 'shang ci': 'last time',
  'zui jin': 'recently', 'zhe ji tian': 'these days', 'zhe liang tian': 'these days', 'gang cai': 'just now',
  'lao shi': 'always', 'yi zhi': 'always', 'jia li': 'at home', 'zai jia': 'at home', 'fen gongsi': 'branch',
  'fen dian': 'branch', 'ji qi': 'server', 'ji fei': 'billing', 'fang huo qiang': 'firewall', 'huo qiang': 'firewall',
  'zhuangtai fang huo qiang': 'stateful firewall', 'you zhuangtai': 'stateful', 'wu zhuangtai': 'stateless',
  'zhuangtai jiance': 'stateful inspection', 'diu le': 'dropped', 'bei diu': 'dropped', 'diu diao': 'dropped',
  'diu qi': 'dropped', 'diu bao': 'packet loss', 'bei jujue': 'rejected', 'fang xing': 'allow', 'zhua bao': 'packet capture',
  'rst bao': 'rst packets', 'hu jiao': 'calls', 'tong hua': 'calls', 'da dianhua': 'call', 'hua dan': 'cdr',
  'hui hua': 'sessions', 'gua duan': 'hang up', 'gua ji': 'hang up', 'ka zhu': 'stuck', 'jie tong': 'answered',
  'hua wu': 'traffic', 'xin lianjie': 'new connections', 'chu zhan': 'outbound', 'chu qu de': 'outgoing',
  'bing fa': 'concurrent', 'ben di duankou': 'local ports', 'duankou hao jin': 'ports exhausted', 'hao jin': 'exhausted',
  'yong guang': 'used up', 'yong wan le': 'used up', 'tai duo': 'too many', 'hen duo': 'many', 'ji wan': 'tens of thousands',
  'ji qian': 'several thousand', 'ji bai': 'several hundred', 'yi qian duo': 'over 1000', 'shibai lv': 'failure rate',
  'wei shenme': 'why', 'zenme ban': 'what to do', 'shi shenme yisi': 'what does it mean', 'qing wen': 'question',
  'wen yi xia': 'a question', 'zhi shi wen yi xia': 'just asking', 'xiang zhidao': 'want to know', 'hao qi': 'curious',
  'you shenme qubie': 'what is the difference', 'xie cuo': 'typo', 'yi jing jiejue le': 'already solved',
  'jiejue le': 'solved', 'wei le jiejue': 'to fix', 'jiu hao le': 'then fixed', 'yi qie zhengchang': 'everything normal',
  'wo men': 'we', 'wo men de': 'our', 'ni men': 'you', 'ni men de': 'your', 'ta men': 'they', 'ta men de': 'their',
  'wo de': 'my', 'ni hao': 'hello', 'lao ban': 'boss', 'lao ban ben': 'old version', 'xie xie': 'thanks', 'huai le': 'broken',
  'mei you wang': 'no internet', 'mei wang': 'no internet', 'cong lai mei kai guo': 'never enabled',
  'mei kai guo': 'never enabled', 'zhi shi': 'just', 'shi off': 'is off', 'zhi shi off': 'is off', 'hui duan': 'drop',
  'bie de yuanyin': 'another cause', 'shi bie de yuanyin': 'the cause is something else', 'ying gai': 'should',
  'xian wen yi xia': 'asking in advance', 'jihua kai': 'planning to enable', 'peixun yong': 'for training',
  'kaoshi ti mu': 'exam question', 'ti mu': 'question', 'jiang ge gushi': 'telling a story', 'bu hui le': 'no longer happens',
  'shiyan huanjing': 'lab environment', 'bu shi shengchan': 'not production', 'gongdan keyi guan le': 'ticket can be closed',
  'na ge': 'that', 'na li': 'where', 'ping shi': 'usually', 'fen zhong': 'minutes', 'diao hua': 'dropped calls',
  'zhi shi wanshang': 'only in the evening', 'de shihou': 'when', 'guo yi hui': 'after a while', 'yi hui': 'a while',
  'dou zhengchang': 'are normal', 'bei drop': 'dropped', 'bei ju': 'rejected', 'bei guolv': 'filtered',
  'bei lanjie': 'blocked', 'bei block': 'blocked', 'bei dang cheng': 'treated as', 'dang cheng': 'treated as',
  'mei you jingguo': 'not through', 'baoliu hui hua': 'keeps sessions open', 'you wenti': 'has problems',
  'fa xian': 'found out', 'zhao dao le': 'found out', 'pei cuo': 'misconfigured', 'huan le': 'changed',
  'bian cheng': 'changed to', 'hui lai le': 'came back', 'zai xue': 'learning', 'zhe ge': 'this', 'shi shenme': 'what is',
  'nat yingshe': 'port forwarding', 'zhi kai': 'only open', 'zhi kai le': 'only enabled', 'gui ze': 'rules',
  'bang wo': 'please', 'ye mei kai': 'also not enabled', 'gai guo': 'changed', 'mei ren gai guo': 'nobody changed',
  'dou dao le': 'reached', 'mei you diu': 'nothing dropped', 'dou hao': 'all fine', 'jieshi le': 'explained',
  'bu genzong': 'does not track', 'duankou bu gou': 'not enough ports', 'duankou bu gou yong': 'not enough ports',
  'xin zhuang de': 'newly installed', 'you shenme bu tong': 'what is the difference', 'zhi you': 'only',
  'zhi yong': 'only use', 'yong tcp': 'using tcp', 'yong udp': 'using udp', 'chong qi': 'restart', 'shi bai': 'failed',
  'zhu ce': 'registration', 'zhu ce bu shang': 'cannot register', 'lu you qi': 'router', 'dian hua': 'phones',
  'duan kou': 'ports', 'lian jie': 'connections', 'zuo tian': 'yesterday', 'jin tian': 'today', 'xian zai': 'now',
  'wan shang': 'evening', 'gao feng': 'peak', 'duan xian': 'disconnected', 'xia xian': 'offline', 'li xian': 'offline',
  'zai xian': 'online', 'shang xian': 'online', 'wu fa': 'cannot', 'bu liao': 'cannot', 'zhuce bu liao': 'cannot register',
  'qi yong': 'enabled', 'jin yong': 'disabled', 'dan tong': 'one way audio', 'mei you sheng yin': 'no audio', 'suo you': 'all',
  'ji fen zhong': 'a few minutes', 'mei ji fen zhong': 'every few minutes', 'huo zhe': 'or', 'ran hou': 'then',
  'bing qie': 'and', 'fu zai': 'load', 'she zhi': 'setting', 'gai dong': 'changed', 'huifu zhengchang': 'back to normal',
  'shenme yisi': 'what does it mean', 'da gai': 'about', 'chao guo': 'over', 'zhang de hen kuai': 'growing fast',
  'hen kuai': 'fast', 'yi ban': 'half', 'wang luo': 'network', '60 miao': '60 seconds', '30 miao': '30 seconds',
  'off de shihou': 'when off', 'quan diao': 'all offline', 'quan diao xian': 'all offline', 'cuo le': 'wrong',
  'yin wei': 'because', 'shi yin wei': 'because', 'dan shi': 'but', 'hai shi': 'still', 'yi jing': 'already',
  'da ieri': 'since yesterday', 'da stamattina': 'since this morning', 'da quando': 'since', 'da oggi': 'since today',
  'da lunedi': 'since monday', 'da martedi': 'since tuesday', 'da mercoledi': 'since wednesday',
  'da giovedi': 'since thursday', 'da venerdi': 'since friday', 'da sabato': 'since saturday', 'da domenica': 'since sunday',
  'ieri sera': 'last night', 'di sera': 'in the evening', 'la sera': 'in the evening', 'in uscita': 'outgoing',
  'ogni tanto': 'sometimes', 'non si registrano': 'do not register', 'non si registra': 'does not register',
  'si sregistrano': 'unregister', 'non lo usiamo': 'not use', 'non usiamo': 'not use', 'non funziona': 'not working',
  'non funzionano': 'not working', 'non lascia passare': 'blocks', 'non lasciano passare': 'block',
  'lascia passare': 'lets through', 'su e giu': 'up and down', 'e giu': 'is down', 'sono giu': 'are down',
  'andato giu': 'went down', 'andata giu': 'went down', 'anni fa': 'years ago', 'mesi fa': 'months ago',
  'giorni fa': 'days ago', 'mai successo': 'never happened', 'che faccio': 'what to do', 'cosa faccio': 'what to do',
  'come fare': 'how to do', 'come risolvo': 'how to fix', 'come controllo se': 'how do i check if',
  'come controllo': 'how do i check', 'controllo se': 'check if', 'chiede se': 'asks if', 'se un giorno': 'if',
  'qual e': 'what is', 'va bene cosi': 'is it ok', 'tutto va bene': 'everything is fine',
  'va tutto bene': 'everything is fine', 'solo per dire': 'just saying', 'solo per capire': 'just wondering',
  'nessuna azione': 'no action needed', 'si puo chiudere': 'you can close the ticket', 'cambio del': 'change of the',
  'parametro di chiusura': 'close parameter', 'test di carico': 'load test', 'a intermittenza': 'intermittently',
  'smart working': 'working from home', 'router di casa': 'home router', 'per il': 'for the', 'per la': 'for the',
  'niente da sistemare': 'nothing to fix', 'niente da fare': 'nothing to do', 'non ascolta': 'is not listening',
  'perso la config': 'lost the config', 'perso la configurazione': 'lost the config', 'non e': 'is not',
  'quali sono': 'what are', 'torna tutto': 'everything comes back', 'a raffica': 'in bursts', 'gia in uso': 'already in use',
  'in uso': 'in use', 'in ascolto': 'listening', 'in entrata': 'incoming', 'non riesce': 'cannot', 'non riescono': 'cannot',
  'non puo': 'cannot', 'manca la corrente': 'power cut', 'senza corrente': 'without power', 'e normale': 'is it normal',
  'sono normali': 'are these normal', 'sono valori standard': 'are these values normal', 'si apre': 'opens',
  'non si apre': 'does not open', 'apre connessioni': 'opens connections', 'per sbaglio': 'by mistake',
  'non abbiamo mai': 'we never', 'non ho mai': 'i never', 'non hanno mai': 'they never', 'non e mai': 'has never been',
  'quasi mai': 'almost never', 'non parte': 'does not start', 'non riparte': 'does not start again',
  'non si avvia': 'does not start', 'non ce': 'there is no', 'non ci sono': 'there are no',
  'non abbiamo toccato': 'we did not touch', 'non ho toccato': 'i did not touch', 'nessuno ha toccato': 'nobody touched',
  'non abbiamo cambiato': 'we did not change', 'non abbiamo attivato': 'we did not enable', 'cosa fa': 'what does',
  'a cosa serve': 'what is the purpose of', 'solo per conferma': 'just confirming', 'solo conferma': 'just confirming',
  'differenza tra': 'difference between', 'settimana scorsa': 'last week', 'mese scorso': 'last month',
  'anno scorso': 'last year', 'non ci riguarda': 'does not concern us', 'prima andava': 'before it worked',
  'prima funzionava': 'before it worked', 'prima del': 'before the', 'prima di': 'before', 'si lamenta': 'complains',
  'non partono': 'do not go through', 'non passano': 'do not go through', 'non si aprono piu': 'no longer open',
  'non si aprono': 'do not open', 'porte finite': 'ports ran out', 'ore di punta': 'peak hours',
  'orario di punta': 'peak hours', 'a ondate': 'in waves', 'non succedeva': 'did not happen', 'si piantano': 'hang',
  'lato loro': 'their side', 'secondo me': 'in my opinion', 'vanno in timeout': 'timing out', 'va in timeout': 'timing out',
  'si bloccano': 'get stuck', 'in sede': 'in the office', 'wara rst': 'after rst', 'wara r-rst': 'after the rst',
  'wara l-password': 'after the password', 'wara l-update': 'after the update', 'wara l-upgrade': 'after the upgrade',
  'wara ftit': 'after a while', 'wara n-nat': 'behind nat', 'u issa': 'and now', 'u ghalhekk': 'and so',
  'il-bierah': 'yesterday', 'l-bierah': 'yesterday', 'bil-lejl': 'at night', 'is-sejhiet': 'the calls', 'is-sejha': 'the call',
  'is-server': 'the server', 'is-softswitch': 'the softswitch', 'is-softphones': 'the softphones',
  'is-sessjoni': 'the session', 'it-telefoni': 'the phones', 'it-telefon': 'the phone', 'it-trunk': 'the trunk',
  'it-timewait': 'the timewait', 'it-tekniku': 'the technician', 'l-rst': 'the rst', 'l-ip': 'the ip', 'l-isp': 'the isp',
  'l-asa': 'the asa', 'l-sbc': 'the sbc', 'l-pakketti': 'the packets', 'ghat-timewait': 'for the timewait',
  'mas-sessjoni': 'with the session', 'bl-rst': 'with the rst', 'ma jinfethux': 'do not open', 'ma setax': 'could not',
  'ma jghaddix': 'do not go through', 'ma jghaddux': 'do not go through', 'xjista jsir': 'what can be done',
  'ma jitlestewx': 'do not end', 'ma jintemmux': 'do not end', 'ma jaghlqux': 'do not close', 'ma jsibx': 'does not find',
  'ma jistghux': 'cannot', 'ma jitlaqx': 'does not start', 'ma jtellax': 'does not load', 'l-istess': 'the same',
  'jisma fuq': 'listening on', 'ma ghandniex': 'we do not have', 'ma missejna xejn': 'we did not touch anything',
  'hadd ma': 'nobody', 'ghandna nixghlu': 'should we enable', 'ix-xahar id-diehel': 'next month', 'ma jaslux': 'do not arrive',
  'jew le': 'or not', 'kemm idum': 'how long', 'bidla ghal': 'change to', 'l-iehor': 'the other', 'r-rst': 'the rst',
  'ir-rst': 'the rst', 'r-registration': 'the registration', 'ir-registration': 'the registration',
  'r-registrazzjoni': 'the registration', 'ir-registrazzjoni': 'the registration', 'r-router': 'the router',
  'ir-router': 'the router', 'r-reseller': 'the reseller', 'ir-reseller': 'the reseller', 'mid-dar': 'from home',
  'kull ftit': 'every few', 'wara nofsinhar': 'in the afternoon', 'ma jirregistrawx': 'do not register', 'il-qadim': 'old',
  'il-qadima': 'old', 'il-qodma': 'old', 'il-gdid': 'new', 'il-gdida': 'new', 'il-godda': 'new', 'qal li': 'said that',
  'xi whud': 'some of them', 'vlan tal-voice': 'voice vlan', 'mhux problema reali': 'not a real problem',
  'ma kellux xjaqsam': 'was not related', 'ma ghandux xjaqsam': 'is not related', 'kien hemm': 'there was',
  'skada d-dominju': 'the domain expired', 'skadiet il-licenza': 'the license expired',
  'ma xeghilna xejn': 'we did not enable anything', 'ma biddilna xejn': 'we did not change anything',
  'ma mmissejna xejn': 'we did not touch anything', 'ma jahdimx': 'not working', 'ma jistax': 'cannot',
  'meta kien': 'when there was', 'meta wiehed': 'when one', 'problema ta': 'problem of', 'minn nhar': 'since',
  'nhar il-gimgha': 'friday', 'il-gimgha l-ohra': 'last week', 'ma jaqtghux aktar': 'do not end anymore',
  'brouter tad-dar': 'with home routers', 'router tad-dar': 'home router', 'wara li': 'after',
  'wara l-bidla': 'after the change', 'wara r-restart': 'after the restart', 'minn meta': 'since',
  'mill-bierah': 'since yesterday', 'mil-lejl': 'since last night', 'mill-lum': 'since today',
  'wiehed wara l-iehor': 'one after another', 'ma hallasx': 'did not pay', 'ma jixghelx': 'not powered on',
  'ma tmissux': 'do not touch it', 'ma ssibx': 'does not find', 'ma jaqblux': 'do not match', 'kull tant': 'sometimes',
  'kif nara': 'how to see', 'kemm hemm': 'how many', 'kif nirranga': 'how to fix',
  'hin jiru': 'not there', 'rakkoon hin jiru': 'no problem', 'rakkoo hin jiru': 'no problem',
  'rakkoon dhugaa hin jiru': 'no real problem', 'nat hin jiru': 'no nat', 'tcp hin jiru': 'no tcp',
  'jijjiiramni hin jiru': 'not changed', 'hin turre': 'no problem', 'rakkoo hin turre': 'no problem', 'hin godhan': 'not',
  'hin godhu': 'not', 'hin banne': 'not enabled', 'hin jijjiirre': 'not changed', 'hin tuqne': 'not touched',
  'hin darbu': 'not going through', 'hin dhaabu': 'not blocked', 'hin fudhatu': 'rejects', 'wal hin qabatu': 'not related',
  'hin qabatu': 'not related', 'rst hin fayyadamnu': 'never enabled rst', 'hin fayyadamnu': 'do not use',
  'hin hojjetu': 'not working', 'hin cufamu': 'not closing', 'hin cufamne': 'not closed', 'hin xumuraman': 'not ending',
  'hin kufu': 'not drop', 'hin kau': 'not start', 'hin qabnu': 'do not have', 'hin qaban': 'do not have',
  'hin beeknu': 'do not know', 'hin argatan': 'not get', 'hin goone': 'not done', 'gaaffii qofa': 'just a question',
  'hubachuu qofa': 'just for learning', 'yaaddoo qofa': 'just curious', 'yeroo ammaa': 'currently', 'yeroo hundaa': 'always',
  'yeroo baayee': 'often', 'yeroo peak': 'at peak', 'rst off yeroo ture': 'when rst was off', 'natti fakkaata': 'i think',
  'log moofaa dha': 'the log is old', 'log moofaa': 'old log', 'ibsaan dhaabbate': 'power cut',
  'sirreessinee jirra': 'already fixed', 'kaleessa on': 'on yesterday', 'hara irraa': 'since today',
  'ibsaan hin jiru': 'no light', 'nay na aykonen': 'not ours', 'nayna aykonen': 'not ours',
  'production aykonen': 'not production', '401 aykonen': 'no 401', '403 aykonen': 'no 403',
  'firewall aykonen': 'not the firewall', 'rst aykonen': 'not rst', 'firewall ykeyd rst aykonen': 'not the firewall nor rst',
  'power aytewhbon': 'no power', 'power yelen': 'no power', 'registration yelen': 'no registration',
  'network aynebro': 'no network', 'kab kefetna': 'was enabled', 'rst geyrna': 'enabled rst',
  'kemey nhdsho': 'how do we fix it', 'kemey nhdsh': 'how to fix', 'kemey nwsk': 'how do we add', 'aytshegern dyu': 'is it ok',
  'leenjii teknishaanotaa': 'for training technicians', 'jia itti aanu': 'next month',
  'tokko illee hin tuqne': 'touched nothing', 'jijjiiruu karoorfanne': 'want to change', 'werhi zhalefe': 'last month',
  'kulu gze': 'always', 'kab tmali': 'since yesterday', 'kab lomi': 'since today', 'kab rst': 'since rst',
  'kab gebirna': 'since we set it', 'kab vos': 'from vos', 'kab install': 'since install', 'rst banne': 'rst enabled',
  'reset banne': 'reset enabled', 'mode banne': 'mode enabled', 'rst dura': 'before rst', 'kaleessa dura': 'before yesterday',
  'kanaaf dura': 'before that', 'amma bilbilli': 'now calls', 'amma hundi': 'now all',
  'amma rakkoon hin jiru': 'now no problem', 'hundi sirrii': 'all fine', 'hundi gaarii': 'all good',
  'phones hundi': 'all phones', 'bilbilli hundi': 'all calls', 'ni cita': 'drops', 'ni citaa': 'drops',
  'kaleessa halkan': 'last night', 'halkan rakkoo hin jiru': 'at night no problem', 'halkan garuu': 'at night but',
  'nay biroom': 'office', 'nay customer': 'customer', 'hin dandau': 'cannot', 'hin dandaan': 'cannot', 'ni bada': 'gets lost',
  'kanaan booda': 'after that', 'jecha icciitii': 'password', 'jecha darbii': 'password', 'tole dha': 'is it ok',
  'gaafachuuf qofa': 'just asking', 'tsegem yelen': 'no problem', 'tsegem yeblnan': 'no problem',
  'nfltet jeyru': 'just asking', 'nfltet tray': 'just asking', 'hto tray': 'just a question', 'ni hojjeta': 'works',
  'hin hidhatu': 'not connecting', 'hin dhagaamu': 'cannot hear', 'hin arganne': 'not found', 'hin taane': 'not done',
  'hin dandeenye': 'could not', 'hin uumu': 'not create', 'registration hin eegan': 'do not keep registration',
  'hin eegan': 'do not keep', 'hin galchine': 'not entered', 'hin deebine': 'not come back', 'hin hojjette': 'not working',
  'hin barbaachisu': 'not needed', 'hin beeku': 'do not know', 'hin argine': 'did not see', 'hin galmaau': 'not registering',
  'hin galmoofne': 'not registered', 'hin cufne': 'not closed', 'hin jijjiiramne': 'not changed',
  'hin fudhanne': 'not accepted', 'rst gata': 'rst drops', 'packets gata': 'packets drops', 'phones yelewon': 'no phones',
  'hundi fayyadamamaniiru': 'all used', 'log keessa': 'in the log', 'log keessatti': 'in the log',
  'logs keessatti': 'in the logs',
  'ki karie': 'what to do', 'ki kariye': 'what to do', 'ki kariae': 'what to do', 'ki karna': 'what to do', 'ki karaan': 'what to do',
  'ki kari jaye': 'what to do', 'pata lagga': 'found out', 'pata laga': 'found out', 'pata lageya': 'found out',
  'pata chalya': 'found out', 'ton baad': 'after', 'de baad': 'after', 'ohde baad': 'after that', 'is ton baad': 'after this',
  'jado ton': 'since', 'jadon ton': 'since', 'jis din ton': 'since the day', 'kade nahi': 'never', 'kade vi nahi': 'never',
  'kise ne nahi': 'nobody', 'koi nahi': 'nobody', 'tut jandi': 'drops', 'tut janda': 'drops', 'tut jande': 'drop',
  'tut gayi': 'dropped', 'tut gaya': 'dropped', 'digg janda': 'drops', 'digg jandi': 'drops', 'digg gaya': 'dropped',
  'digg gayi': 'dropped', 'band kar dinda': 'stops', 'band kar dindi': 'stops', 'band kar dinde': 'stop',
  'sockets bande nahi': 'sockets fail', 'sockets nahi bande': 'sockets fail', 'socket nahi banda': 'socket fails',
  'connection nahi bandi': 'connection fails', 'connection bandi nahi': 'connection fails',
  'connection nahi banda': 'connection fails', 'connection banda nahi': 'connection fails',
  'connections nahi bandian': 'connections fail', 'connections bandian nahi': 'connections fail',
  'navein nahi bande': 'new ones fail', 'nave nahi bande': 'new ones fail', 'kar dayie': 'kar dein', 'kar deiye': 'kar dein',
  'kar daiye': 'kar dein', 'range vadha': 'increase the range', 'range vadhaiye': 'increase the range', 'sad gaya': 'died',
  'sad gayi': 'died', 'sadd gaya': 'died', 'sar gaya': 'died', 'sar gayi': 'died', 'plug kadh': 'unplugged',
  'plug kad': 'unplugged', 'ethernet switch': 'network switch', 'samajh nahi aaya': 'did not understand',
  'samajh nahi aunda': 'do not understand', 'vadiya chal reha': 'working fine', 'hale tak': 'so far',
  'call nahi lagdi': 'call does not connect', 'calls nahi lagdian': 'calls do not connect',
  'call ni lagdi': 'call does not connect', 'calls ni lagdian': 'calls do not connect', 'kam nahi karda': 'not working',
  'kam nahi kardi': 'not working', 'kam nahi karde': 'not working', 'kam nahi kar reha': 'not working',
  'kam nahi kar rahe': 'not working', 'kam ni karda': 'not working', 'nahi chal reha': 'not working',
  'nahi chal rahe': 'not working', 'chal nahi reha': 'not working', 'chal nahi rahe': 'not working',
  'nahi chalda': 'not working', 'nahi chaldi': 'not working', 'badal ditta': 'changed', 'badal ditte': 'changed',
  'band nahi hundian': 'never close', 'band nahi hundi': 'never closes', 'band nahi hunde': 'never close',
  'band nahi hunda': 'never closes', 'ki hunde': 'what are', 'ki hunda': 'what is', 'ki hundi': 'what is',
  'kinni der': 'how long', 'theek a na': 'is it ok', 'thik a na': 'is it ok', 'theek ae na': 'is it ok',
  'thik ae na': 'is it ok', 'koi action nahi': 'no action', 'hun koi masla nahi': 'now no problem',
  'hun masla nahi': 'now no problem', 'hun koi issue nahi': 'now no issue', 'hun koi problem nahi': 'now no problem',
  'bas puchna si': 'just asking', 'sirf puchna si': 'just asking', 'bas check karna si': 'just checking',
  'bas dekhna si': 'just checking', 'bas confirm karna': 'just confirming', 'sirf jaanna si': 'just asking',
  'bas curiosity': 'just curiosity', 'sirf curiosity': 'just curiosity', 'atak jandian': 'get stuck',
  'atak jandi': 'gets stuck', 'atak janda': 'gets stuck', 'atak jande': 'get stuck', 'atak gayi': 'got stuck',
  'atak gaye': 'got stuck', 'atak rahian': 'getting stuck', 'ki fark': 'what difference', 'samjha do': 'explain',
  'samjha dao': 'explain', 'badle si': 'changed', 'badle ne': 'changed', 'asli masla': 'real cause', 'ik hor': 'another',
  'koi hor': 'some other', 'bina fin': 'without fin', 'bina dasse': 'without telling', 'ik vaari': 'once', 'ik vari': 'once',
  'vaar vaar': 'again and again', 'var var': 'again and again', 'pichle hafte': 'last week', 'pichhle hafte': 'last week',
  'kade on hi nahi': 'never on', 'kade on nahi': 'never on', 'kade enable nahi': 'never enabled',
  'kade connect kade nahi': 'connect intermittently', 'kade chalda kade nahi': 'works intermittently',
  'kade haan kade nahi': 'intermittently', 'interview ch': 'in an interview', 'training ch': 'in training',
  'exam ch': 'in the exam', 'training layi': 'for training', 'documentation layi': 'for documentation',
  'audit layi': 'for the audit', 'testing layi': 'for testing', 'planning layi': 'for planning',
  'monitoring layi': 'for monitoring', 'hun tak': 'so far',
  'seedha kat': 'reset', 'seedha cut': 'reset',
};
/**
 * Lithuanian, Latvian and Estonian without their letters, Hebrew in Latin letters, Kinyarwanda, Kirundi, Lingala and Wolof,
 * read as one (SYMPTOM_JOINS).
 */
const BALTIC_HEBREW_GREAT_LAKES: Readonly<Record<string, string>> = {
  'lo ole': 'not starting', 'lo oleh': 'not starting', 'lo oved': 'not working', 'lo ovdim': 'not working',
  'lo nirshamim': 'not registered', 'lo nirsham': 'not registered', 'lo rashum': 'not registered',
  'lo reshumim': 'not registered', 'lo yotzim': 'not going out', 'lo nisgarim': 'not closing',
  'lo mitnatkim': 'not disconnecting', 'lo maanyen': 'not relevant', 'ein internet': 'no internet',
  'ein lanu': 'we do not have', 'ein baaya': 'no problem', 'af echad': 'nobody', 'meaz she': 'since',
  'me etmol': 'since yesterday', 'me ha boker': 'since the morning', 'ba boker': 'in the morning',
  'ba laila': 'at night', 'ba peak': 'at peak', 'kol yom': 'every day', 'kol laila': 'every night',
  'kol boker': 'every morning', 'kol paam': 'every time', 'kol ha zman': 'all the time',
  'kol 2 dakot': 'every 2 minutes', 'she sinu': 'they changed', 'she shinu': 'they changed',
  'yarad le': 'went down to', 'le on': 'to on', 'le off': 'to off', 'ba snif': 'in the branch', 'ba bayit': 'at home',
  'ba pfsense': 'in pfsense', 'ba sysctl': 'in sysctl', 'me achorei': 'behind', 'mi registration': 'from registration',
  'ha kav': 'the line', 'nishar tafus': 'stays stuck', 'yesh lanu': 'we have', 'yesh lahem': 'they have',
  'hem amru': 'they said', 'she yachsom': 'that blocks', 'tiftach li': 'open', 'ze lakoach': 'this customer',
  'ma laasot': 'what to do', 'ma osim': 'what should we do', 'ma ze': 'what is', 'ma lishnot': 'what should i change',
  'ma lehachzir': 'what should we revert', 'ma kara': 'what happened', 'ma kore': 'what is happening',
  've ze': 'and is it', 'kama zman': 'how long', 'be derech klal': 'usually', 'hakol tov': 'everything fine',
  'hakol beseder': 'everything fine', 'hakol oved': 'everything works', 'toda raba': 'thanks',
  'chadash toda': 'new thanks', 've kvar': 'and already',
  'ka daryt': 'what should i do', 'po reboot': 'after reboot', 'po yum': 'after yum', 'meta bind': 'throws bind',
  'kas cia uzeme ta': 'what has taken', 'ne serverio reikalas': 'not a server matter', 'ant laptopo': 'on my laptop',
  'kas laiko': 'what holds', 'ant to paties hosto': 'on the same host', 'ant 5060': 'on 5060',
  'gal kitas': 'maybe another', 'jau klauso': 'already listens on', 'aciu uz vakar': 'thanks for yesterday',
  'kita beda su': 'another problem with', 'po migracijos': 'after the migration',
  'ten dar senas': 'there is still an old', 'gal ne visur': 'maybe not everywhere', 'nuo ryto': 'since the morning',
  'dingo elektra': 'the power went out', 'po to puse': 'after that half of the',
  'nei ledu nei nieko': 'no leds nothing', 'ant kiekvieno': 'on every', 'rodo i nauja ip': 'points to the new ip',
  'vis dar': 'still', 'lenda i sena adresa': 'go to the old address', 'ir nesiregistruoja': 'and do not register',
  'nei vienas account neuzsiregistruoja': 'no account registers', 'ar cia del to': 'is it because of that',
  'ar normalu': 'is it normal', 'serveris beveik tuscias': 'server is mostly idle', 'kas yra tas': 'what is this',
  'ka daro sstcpclosereset': 'what does sstcpclosereset do', 'ar verta': 'is it worth',
  'jei turim tik': 'if we have only', 'niekas neluzta': 'nothing is broken', 'tiesiog klausiu': 'just asking',
  'jei ss komandos nera': 'if there is no ss command', 'cia nakti': 'this is at night', 'ok ar ne': 'ok or not',
  'kur guli': 'where is', 'ir ar po pakeitimo': 'and after a change',
  'reikia restart ar uztenka reparse': 'is a restart needed or is reparse enough', 'ar saugu': 'is it safe',
  'ant vos serverio': 'on the vos3000 server', 'problemu neturim': 'we have no problems',
  'tik planuojam': 'just planning', 'kur tai daroma': 'where is that done', 'ant routerio': 'on the router',
  'is isores': 'from outside', 'vis tiek': 'still', 'kas ta prideje': 'who added that',
  'ar uztenka vienos taisykles': 'is one rule enough', 'po firewall': 'after the firewall',
  'po vakarykscio': 'after yesterdays', 'rst nejungem': 'we did not enable rst',
  'niekas nelieste': 'nobody touched it', 'mes naudojam tik udp': 'we use only udp',
  'nieko nekeicia': 'changes nothing', 'uz nat': 'behind nat', 'praeita menesi': 'last month',
  'piko metu': 'at peak time', 'ir viskas isisprende': 'and everything was solved', 'tik dalinuosi': 'just sharing',
  'draugo imonej': 'at my friends company', 'ne musu serveris': 'not our server', 'ar jis turetu': 'should he',
  'mums patiem viskas ok': 'we do not have this problem ourselves', 'ir niekada nebuvo on': 'and was never on',
  'tai kazkas kito': 'so it is something else', 'po rst': 'after rst', 'kita menesi': 'next month',
  'kai pakils cps': 'when cps rises', 'kol kas nieko nedarom': 'for now we are doing nothing',
  'ne rst o': 'not rst but', 'aciu visiems': 'thanks everyone', 'ant seno serverio': 'on the old server',
  'tada padidinom': 'then we increased', 'dabar nieko panasaus': 'now no problems like that',
  'nakti viskas gerai': 'at night everything is fine', 'kai cps virs': 'when cps is over',
  'po 22h tvarkoj': 'after 22h it is fine', 'i tiekeja': 'to the provider', 'kas vakara': 'every evening',
  'o ryte viskas veikia': 'and in the morning everything works', 'portu pritruksta': 'are we running out of ports',
  'per tcp': 'over tcp', 'ant isejanciu jungciu': 'on outgoing connections', 'per pietus': 'at lunch time',
  'tik busy': 'only at busy', 'gal baigiasi': 'maybe running out',
  'po dialerio kampanijos paleidimo': 'after the dialer campaign started', 'pradejo mest': 'started throwing',
  'siandien vel tas pats': 'today again the same', 'nuo 10 iki 12': 'from 10 to 12', 'ram uztenka': 'ram is enough',
  'naktim viskas zalia': 'at night everything is green', 'o siandien': 'and today',
  'telefonai uz mikrotik': 'phones behind mikrotik', 'kas kelias minutes': 'every few minutes',
  'nuo tada kai': 'ever since', 'uz kliento routerio': 'behind the customer router',
  'krenta is registracijos': 'fall out of registration', 'udp galai ok': 'udp endpoints are ok',
  'ka atsukt atgal': 'what should we roll back', 'atsukt atgal': 'should we roll back',
  'uz namu routerio': 'behind a home router', 'nuo rst': 'since rst', 'kas 5': 'every 5',
  'vel uzsiregistruoja': 'registers again', 'ijungem rst': 'we enabled rst',
  'biure be nat': 'in the office with public ip', 'po service': 'after service', 'reparse su': 'reparse with',
  'ar rst gali': 'can rst', 'nuo pirmadienio kai ijungem': 'since monday when we enabled it',
  'vis dingsta': 'keep disappearing', 'kad sumazint': 'to reduce', 'su home routeriais': 'with home routers',
  'tarp musu ir tiekejo': 'between us and the provider', 'tarp musu ir kliento': 'between us and the customer',
  'ar jis gali mest rst': 'can it drop rst', 'per viduri': 'in the middle is',
  'prasidejo kai ijungem': 'started when we enabled', 'nuo softswitch': 'from the softswitch',
  'ar sbc gali': 'can the sbc', 'nuo vakar': 'since yesterday', 'per firewall': 'through the firewall',
  'vis dar laiko': 'still keeps', 'po uzdarymo': 'after closing', 'rst ijungem pries 2 d': 'we enabled rst 2 days ago',
  'po close reset': 'after close reset', 'kas antras': 'every second', 'per asa': 'through asa',
  'baigiasi timeout': 'times out', 'naujos tcp jungtys neuzsimezga': 'cannot open new tcp connections',
  'lieka kabantys': 'stay open hanging', 'bye nepraeina': 'bye does not get through',
  'tiesiogiai be firewall': 'directly without the firewall', 'timewait per 25k': 'timewait over 25k',
  'visi telefonai': 'all phones', 'visi telefonai uz mikrotik': 'all phones behind mikrotik',
  'tomcat loge': 'tomcat log', 'ir loge': 'and in the log', 'pec restarta': 'after restart',
  'palicis karaties': 'stayed running', 'ka atrast kas to tur': 'how to find what holds it',
  'uz ta pasa hosta iet softswitch': 'the softswitch runs on the same host', 'no rita': 'this morning',
  'kas vel klausas uz 5061': 'what else listens on 5061', 'ka palaists divreiz': 'that it was started twice',
  'pec paroles mainas': 'after the password change', 'nav iesprausts': 'is not plugged in',
  'no vos pa kludu': 'from vos3000 by mistake', 'kur vos redzet statusu': 'where do i see the status in vos3000',
  'viss ir udp': 'everything is udp', 'kas ir': 'what is', 'un kapec': 'and why',
  'tas vispar vajadzigs': 'is it needed at all', 'vai ok': 'is it ok', 'zvanu maz': 'few calls',
  'jautajums par': 'question about', 'kada nokluseta vertiba': 'what is the default value',
  'vai rst ieslegsana ietekme': 'does enabling rst affect',
  'cik timewait ir par daudz': 'how many timewait is too many', 'ap 500': 'about 500',
  'viss strada': 'everything works', 'tas ir standarts': 'is that the standard',
  'ar ko atskiras fin no rst': 'how does fin differ from rst', 'vai vos3000 var': 'can vos3000 do',
  'un vai tad close reset vispar ir nozime': 'and does close reset matter at all then',
  'pec paris nepareiziem': 'after a few wrong', 'ka pievienot': 'how to add', 'kada komanda': 'which command',
  'zvani puse klusi': 'calls have one way audio', 'ka izslegt': 'how to disable',
  'nenak cauri': 'does not come through', 'vai sita pareizi': 'is this correct', 'kads no noc': 'someone from noc',
  'tagad ok': 'now ok', 'rst nav ieslegts': 'rst is not enabled', 'un nekad nav bijis': 'and never has been',
  'firewall ari neviens nav aiztikis': 'nobody touched the firewall either', 'mums tikai udp': 'we use only udp',
  'tcp vispar atslegts': 'tcp is disabled entirely', 'neko nemaina': 'changes nothing',
  'pareizi saprotu': 'do i understand correctly', 'aiz nat': 'behind nat', 'nevis pec rst': 'not after rst',
  'parole bija nepareiza': 'the password was wrong', 'rada timewait': 'shows timewait',
  'zvani iet normali': 'calls are going through normally', 'viss ok': 'everything ok',
  'tikai parbaudu': 'just checking', 'vecs incidents': 'old incident', 'un zvani karajas': 'and calls hung',
  'ka to labak aprakstit': 'how do i best describe it', 'kaiminu operatoram': 'a neighbouring operator has',
  'nav musu serveris': 'not our server', 'ar asa': 'with asa', 'vienkarsi interese': 'just curious',
  'vai jus ko tadu esat redzejusi': 'whether you have seen something like that',
  'nekas netika mainits': 'nothing was changed', 'viniem beidzies abonements': 'their subscription expired',
  'vai var iedot piemeru': 'can you give an example of', 'ar daudz': 'with many', 'jau salabots': 'already fixed',
  'bija tapec ka': 'was because', 'pika laika': 'at peak time', 'nakti viss ok': 'at night everything ok',
  'tikai kad ir daudz zvanu': 'only when there are many calls', 'no 9 lidz 11': 'from 9 to 11',
  'vecie turas': 'old ones stay', 'porti beidzas': 'are ports running out',
  'un zvanu neveiksmes aug': 'and call failures grow',
  'vakar tas pats ap so laiku': 'yesterday the same around this time', 'kad cps parsniedz': 'when cps exceeds',
  'uz tcp trunk': 'to the tcp trunk', 'atkrit ar': 'fail with',
  'pie zema traffic nav problemu': 'with low traffic no problem', 'darba laika': 'during business hours',
  'uz providera 5060 pusi': 'towards the provider 5060 side', 'tas ir daudz': 'is that a lot',
  'paldies par ieprieksejo': 'thanks for the previous one', 'cita lieta': 'another thing',
  'connect no vos': 'connect from vos3000', 'pika stundas': 'at peak hours', 'zvani sak krist': 'calls start dropping',
  'kad slodze max': 'when load is max', 'pec 21 viss labi': 'after 21 everything is fine',
  'pec sstcpclosereset': 'after sstcpclosereset', 'aiz mikrotik': 'behind mikrotik', 'visu laiku': 'all the time',
  'nat aizmugure': 'behind nat', 'kops vakardienas izmainas': 'since the change yesterday',
  'kops vakardienas': 'since yesterday', 'aiz rutera': 'behind the router', 'pec tam kad': 'after',
  'tie kam': 'those with', 'publiskais ip - strada': 'public ip work', 'lai tiktu vala no': 'to get rid of',
  'ik pec paris min': 'every few min', 'kops otrdienas': 'since tuesday', 'kad nomainijam': 'when we changed',
  'sstcpclosereset uz': 'sstcpclosereset to', 'krit ara no registracijas': 'fall out of registration',
  'vai rst var': 'can rst', 'pec ieslegsanas': 'after enabling it', 'majas lietotaju': 'home users',
  'majas ofisa lietotaji': 'home office users', 'paldies par timewait padomu': 'thanks for the timewait advice',
  'jauna beda': 'a new problem', 'pec reparse ar rst': 'after reparse with rst', 'ar tp': 'with tp',
  'registracija zud': 'registration disappears', 'pec rst': 'after rst',
  'starp mums un provideri ir fortigate': 'between us and the provider is a fortigate', 'dala zvanu': 'some calls',
  'noteikums ir ieksa': 'rule is in place', 'paketu no 5060': 'packets from 5060', 'tiesi vakar': 'just yesterday',
  'met ara': 'drops', 'reset no softswitch': 'reset from the softswitch', 'sakas kad': 'it started when',
  'tiesi uz trunk bez sbc': 'directly to the trunk without sbc', 'skaits aug': 'count grows',
  'pirms rst ieslegsanas ta nebija': 'before rst was enabled it was not like this',
  'otra puse klausule sen nolikta': 'the other side put the phone down long ago', 'deny uz tcp': 'deny for tcp',
  'paketem no softswitch': 'packets from the softswitch', 'udp zvani iet': 'udp calls work',
  'nelaiz rst cauri': 'does not let rst through',
  'jaunie tcp savienojumi neveidojas': 'cannot open new tcp connections',
  'it parcela serveri uz': 'it moved the server to', 'bet telefonos proxy joprojam': 'but the phones proxy is still',
  'ap 17': 'around 17', 'klienti saka ka': 'customers say that', 'visi telefoni': 'all phones',
  'ei toota': 'not working', 'ei kaivitu': 'does not start', 'ei stardi': 'does not start',
  'tana ei stardi': 'today does not start', 'ei saa': 'cannot',
  'ei lahe uue pordi peale': 'does not move to the new port', 'ei lahe labi': 'do not go through',
  'ei registreeru': 'are not registered', 'ja ei oelnud meile midagi': 'and did not tell us anything',
  'ei tulnud ules': 'did not come up', 'ei saanud registreeruda': 'could not register',
  'ei resolvi': 'does not resolve', 'ei registreerunud': 'did not register', 'ei tule sisse': 'do not come in',
  'ei tule labi': 'do not come through', 'seda ara ei kaota': 'does not lose it', 'ei uhendu': 'do not connect',
  'ei teki enam juurde': 'are no longer created', 'ei pusi registreeritud': 'do not stay registered',
  'ja ei sulgu': 'and do not close', 'ei lope': 'do not end', 'ei lase': 'does not let',
  'keegi teine hoiab seda': 'someone else holds it', 'vist juba': 'probably already', 'on ka pusti': 'is also up',
  'kumb maha votta': 'which one should i take down', 'mu laptopis': 'on my laptop',
  'mis protsess seda porti hoiab': 'which process holds that port', 'sama masina peale': 'on the same machine',
  'kas teine': 'is another', 'vana protsessi': 'the old process', 'tana hommikul': 'this morning',
  'oli elektrikatkestus': 'there was a power outage', 'uude kontorisse': 'to a new office',
  'uus ruuter': 'a new router', 'udp peal': 'on udp', 'pole seal uldse': 'is not there at all',
  'internet maas': 'internet is down', 'kogu majas': 'in the whole building', 'kasutajanimi oli': 'the username was',
  'mitte 1001': 'not 1001', 'kas selleparast on': 'is that why', 'ja on unregistered': 'and are unregistered',
  'oli katki': 'was broken', 'ja tootab': 'and it works', 'kas kaabel': 'is it the cable',
  'kas see on normaalne': 'is it normal', 'et oosel on': 'that at night there are', 'mis on': 'what is',
  'ja kui kaua see linuxis kestab': 'and how long does it last on linux',
  'kas peaksime sstcpclosereset sisse lulitama': 'should we enable sstcpclosereset',
  'pole mingit probleemi': 'there is no problem', 'lihtsalt uurime': 'just asking',
  'mis on vaikimisi': 'what is the default', 'ja kas seda peaks uldse muutma': 'and should it be changed at all',
  'sama infot naha': 'see the same info', 'kas tcptwrecycle on sama mis': 'is tcptwrecycle the same as',
  'kas muretseda': 'should we worry', 'kui palju': 'how much',
  'et timewait probleemiks muutuks': 'for timewait to become a problem', 'meil max': 'we have max',
  'kas reparse katkestab': 'does reparse interrupt', 'voi ainult': 'or only', 'fail2ban pani': 'fail2ban put',
  'alg sees': 'alg is on', 'ja kone katkeb': 'and the call drops', 'sek parast': 'seconds later',
  'kas alg valjalulitamine aitab': 'will disabling alg help', 'kas vos3000': 'in vos3000',
  'aga valjast ikka': 'but from outside still',
  'kas rtp range ka forwardida': 'should the rtp range also be forwarded', 'keegi lisas': 'someone added',
  'mis blokeerib': 'that blocks', 'kas asa': 'on asa', 'on vaja': 'is it necessary to', 'valja lulitada': 'disable',
  'uhes suunas heli puudub': 'one way audio', 'kuidas teha': 'how to make', 'rst on valjas': 'rst is off',
  'meil on ainult udp': 'we have only udp',
  'aga see on vist operaatori poolt': 'but it is probably on the operator side',
  'keegi pole midagi muutnud': 'nobody has changed anything',
  'seal ruuter rebootis oosel': 'the router there rebooted at night',
  'lugu eelmisest aastast': 'a story from last year', 'viskas rst pakette maha': 'dropped rst packets',
  'ja koned jaid rippuma': 'and calls were left hanging', 'lahendasime siis ara': 'we solved it then',
  'praegu koik korras': 'now everything is fine', 'plaan jargmiseks kvartaliks': 'plan for next quarter',
  'tosta cps': 'raise cps', 'kas rst kohe sisse': 'should we turn rst on right away',
  'voi oodata kuni vaja': 'or wait until needed', 'koik toimib': 'everything works', 'pole muret': 'no worries',
  'lihtsalt fyi': 'just fyi', 'koolituse jaoks tahan': 'for training i want', 'pordi ammendumist': 'port exhaustion',
  'parooli muutmise parast': 'because of the password change', 'mitte rst parast': 'not because of rst',
  'nagu arvasime': 'as we thought', 'kolleegi firma': 'a colleagues company', 'mitte meie': 'not ours',
  'kas nende sbc voib rst maha visata': 'whether their sbc may drop rst',
  'meil endil pole probleemi': 'we do not have this problem ourselves', 'rst lulitasime valja': 'we turned off rst',
  'on sellest ajast ok': 'have been ok since then', 'kinnitan et tootab': 'confirming that it works',
  'koned kukuvad paeval': 'calls drop during the day', 'oosel mitte': 'not at night',
  'oosel tootab': 'at night it works', 'kui cps ule': 'when cps is over', 'iga paev': 'every day',
  'ei saa softswitch uusi tcp uhendusi teha': 'softswitch cannot open new tcp connections', 'jalle ok': 'ok again',
  'koormus siis koige suurem': 'load is highest then', 'eile ohtul': 'yesterday evening',
  'kampaania ajal': 'during the campaign', 'tana hommikul normaalne': 'this morning normal', 'kas 32000': 'is 32000',
  'on probleem': 'a problem', 'suure koormuse ajal': 'under high load',
  'pordid vist otsas': 'we are probably out of ports', 'on vaikimisi': 'is default',
  'cpu ja malu korras': 'cpu and memory fine', 'oositi probleemi pole': 'at night no problem',
  'socketid on': 'sockets are in', 'sip ule tcp': 'sip over tcp',
  'on nat taga olevad telefonid': 'the phones behind nat are', 'nat taga': 'behind nat',
  'lulitasime rst reziimi sisse': 'we enabled rst mode', 'ja tana': 'and today',
  'mikrotiki taga olevad': 'behind mikrotik the', 'udp omad': 'udp ones',
  'kukuvad registreeringust valja': 'fall out of registration', 'kogu aeg': 'all the time',
  'alates sellest kui': 'ever since', 'rst sisse panime': 'we turned rst on', 'kas tcp reset voib': 'can tcp reset',
  'pahandust teha': 'cause trouble', 'panime timewait parast sisse': 'we turned it on because of timewait',
  'ja nuud': 'and now', 'laheb valja': 'goes out', 'paari minuti parast': 'after a couple of minutes',
  'rst on nuud sees': 'rst is now on', 'koduruuterite taga': 'behind home routers',
  'sisselulitamisest on meie': 'was enabled our', 'vahel on fortigate': 'in between is a fortigate',
  'jaavad koned rippuma': 'calls are left hanging', 'osa konesid': 'some calls',
  'iptablesis on': 'in iptables there is', 'vahel asa': 'in between is asa',
  'kas asa viskab rst maha': 'does asa drop rst',
  'mis peaks ammu kinni olema': 'that should have been closed long ago',
  'rst lulitasime eile sisse': 'we switched rst on yesterday', 'otse tootavad': 'directly they work',
  'koned labi': 'calls through', 'sellest ajast kui': 'since', 'close reset sees': 'close reset is on',
  'jaavad alles': 'stay open', 'kone loppu': 'the call ends', 'eelmisel nadalal': 'last week',
  'sip tcp uhendused operaatori suunas ei teki enam juurde': 'cannot open new tcp connections to the operator anymore',
  'uks kontor': 'one office', 'teeb tipus': 'does at peak',
  'uyu munsi': 'today', 'uyu musi': 'today', 'kuva ejo': 'since yesterday', 'ejo nimugoroba': 'yesterday evening',
  'ku mugoroba': 'in the evening', 'mu gitondo': 'in the morning', 'ku masaha ya peak': 'at peak hours',
  'ku masaha ya': 'at', 'ku peak': 'at peak', 'na peak': 'at peak', 'ci peak': 'at peak', 'a la pointe': 'at peak',
  'ijoro ryose': 'all night', 'ku wa mbere': 'on monday', 'kuwa gatanu': 'on friday', 'ukwezi gutaha': 'next month',
  'yukwezi gushize': 'of last month', 'lobi na butu': 'last night', 'na butu': 'at night',
  'na ntongo': 'in the morning', 'na mpokwa': 'in the evening', 'na midi': 'at noon', 'na ngonga ya': 'at the time of',
  'na ngonga oyo': 'at the time', 'banda lobi': 'since yesterday', 'kobanda lobi': 'since yesterday',
  'banda sanza misato': 'for three months', 'na mikolo oyo': 'these days', 'hier soir': 'last night',
  'demb guddi': 'last night', 'tey guddi': 'tonight', 'ci guddi': 'at night', 'ci ngoon': 'in the evening',
  'suba ba becceg': 'from morning to noon', 'wax na suba': 'said tomorrow', 'tey itam': 'today again',
  'atum demb': 'last year', 'ci kanam': 'in the future', 'ba leegi': 'until now', 'ba tey': 'still',
  'ba fabe': 'for ever', 'ba noppi': 'then', 'nyuma ya': 'behind', 'nyuma yo': 'after', 'nyuma yuko': 'after',
  'nyuma yiminota': 'after minutes', 'inyuma ya nat': 'behind nat', 'inyuma ya': 'behind', 'sima ya nat': 'behind nat',
  'sima ya': 'after', 'ci nat': 'behind nat', 'bu am nat': 'with nat', 'ci ker': 'at home', 'na ndako': 'at home',
  'ci biir bureau': 'inside an office', 'mu rugo': 'at home', 'mu biro': 'in the office', 'na biro': 'in the office',
  'ezali kosala te': 'is not working', 'ezali kosala malamu': 'is working fine', 'ezali kosala': 'is working',
  'eboyi kobanda': 'fails to start', 'efungwami te': 'does not open', 'dafa bug lool': 'fails a lot',
  'dafa bug': 'fails', 'ekoti te': 'do not go through', 'ekomi kokoka te': 'no longer go through',
  'bazali kokoka te': 'cannot connect', 'ekoki kofungwama te': 'cannot be opened',
  'ezali kokangama te': 'do not close', 'ezali kokangama malamu': 'close fine', 'ekangami te': 'do not close',
  'ezali kosila te': 'do not end', 'ezali kokatana te': 'do not end', 'ekataka te': 'do not end',
  'du teju': 'do not close', 'yeneen du teju': 'others do not close', 'du jog': 'do not connect',
  'du dem': 'do not go through', 'du ko gis': 'does not see it', 'danuy des': 'stay', 'danuy yagg ba': 'last up to',
  'dafa bayyi': 'drops', 'di jaar ci': 'passing through', 'ezali kobunga registration': 'keep losing registration',
  'ekomi kobungisa registration': 'keeps losing registration', 'ebungisaka registration': 'lose registration',
  'ekobunga registration': 'will lose registration', 'guta registration': 'lose registration',
  'mbala na mbala': 'again and again', 'dafa jeex': 'ran out', 'danu jeex': 'ran out', 'noo jeex': 'ran out',
  'dafa dagg': 'was cut', 'dafay dagg': 'cut', 'dafay yaq': 'breaks', 'dafa dee': 'is dead', 'dafa yeex': 'is slow',
  'dafa daan': 'used to', 'dafa tukki': 'moved', 'ezali na session te': 'without a session',
  'ezali na route te': 'has no route', 'ezali na pole te': 'have no power', 'ezali na vos te': 'does not exist on vos',
  'ezali te': 'there are none', 'policy ebongi te': 'is the policy wrong', 'iri hagati': 'in between',
  'ako kanya': 'immediately', 'zifatwa nka': 'are treated as', 'ku mpande zombi': 'on both sides',
  'ku ruhande rwabo': 'on their side', 'ku ruhande rwa': 'on the side of', 'nyinshi cane': 'very many',
  'na kirenga': 'and more', 'minota mike': 'few minutes', 'buri gihe': 'every time', 'bu nekk': 'every',
  'appels yu bari': 'many calls', 'ngi yonnee': 'keeps sending', 'nu activer': 'we enabled',
  'ngeen activer': 'you enabled', 'depuis quon a active': 'since we enabled', 'on a mis': 'we set',
  'rst mode la nu tambali': 'we enabled rst mode', 'la nu tambali': 'we started', 'ngeen soppi': 'you changed',
  'soppi na': 'changed', 'la nu tej rst': 'we turned off rst', 'la nu tej': 'we turned off',
  'delloo ko off': 'revert it to off', 'rst yari yafunguwe': 'rst was enabled', 'ku makosa': 'by mistake',
  'gufungura rst': 'enabling rst', 'gufungura tcp reset': 'enabling tcp reset',
  'soki tofungoli rst': 'if we enable rst', 'la nu installe': 'we installed', 'la nu bindoon': 'we had set',
  'mangi koy install': 'i am installing', 'li nu soppi rekk mooy': 'the only thing we changed is',
  'tobongolaki kaka parameter moko': 'we changed only one parameter',
  'moto moko te abongoli eloko': 'nobody changed anything', 'moto moko te': 'nobody',
  'kenn soppiwul dara': 'nobody changed anything', 'rst mode la ngeen soppi': 'you changed rst mode',
  'toactivaki rst ata mokolo moko te': 'we never enabled rst', 'ata mokolo moko te': 'never',
  'tobongoli naino eloko te': 'we have not changed anything yet', 'tozali kotuna liboso': 'we are asking first',
  'nta rst twigeze dukoresha': 'we never used rst', 'nta tcp dukoresha na gato': 'we do not use tcp at all',
  'nta sip tcp': 'no sip tcp', 'nta kibazo dufite': 'we have no problem', 'nta kibazo': 'no problem',
  'nashakaga kubaza gusa': 'i just wanted to ask', 'nashakaga kubaza': 'i wanted to ask', 'magana abiri': '200',
  'zihora zitakaza': 'keep losing', 'zitakaza': 'lose',
  'magana atatu': '300', 'magana ane': '400', 'magana atanu': '500', 'ke batla ho tseba': 'i want to know', 'feela tsa': 'only',
  'akekho oshintshe lutho': 'nobody changed anything', 'ayikaze ivulwe': 'was never turned on', 'ucishe ugesi': 'cut the power',
  'ugesi ucishiwe': 'the power was cut', 'ugesi ubuya': 'the power comes back',
  'nta kintu cyabaye': 'nothing happened', 'nta kintu kinini': 'nothing much',
  'nta kindi cyahindutse': 'nothing else changed', 'nta call nimwe yanze': 'not a single call failed',
  'nta call yanze': 'no call failed', 'nta majwi': 'no audio', 'nta ss': 'no ss', 'nta fin': 'no fin',
  'si rst': 'not rst', 'ariko yari': 'but it was', 'yari internet': 'was the internet', 'ntacyo bitwaye': 'is it fine',
  'ntacyo dushaka guhindura': 'we do not want to change anything', 'igira icyo ihindura': 'does it change anything',
  'ni ibisanzwe': 'is it normal', 'ni byiza': 'is it fine', 'ni sawa': 'is fine',
  'mbere byari sawa': 'before it was fine', 'byose bimeze neza': 'everything is fine', 'ndabaza gusa': 'just asking',
  'turabaza gusa': 'just asking', 'ni ukubabwira gusa': 'just letting you know',
  'amagambo meza ya rapport gusa': 'only good wording for the report', 'ni iki': 'what is', 'muri make': 'briefly',
  'ni gute': 'how', 'nabikemura nte': 'how do i fix it', 'iyo java ni iyihe': 'which java is it',
  'gusa iyo': 'only when', 'hari indi': 'is there another', 'zose zari': 'all were', 'izindi oya': 'the others not',
  'hafi zose': 'almost all', 'hafi ya': 'near', 'kugira ngo': 'so that', 'ya kera': 'old', 'ya kala': 'old',
  'lisolo ya kala': 'an old story', 'lelo ezali malamu': 'today it is fine',
  'nazali kaka kokoma documentation': 'i am just writing documentation', 'kaka pona confirmer': 'just to confirm',
  'tolingi kaka info': 'we just want information', 'nalingi kotala kaka': 'i just want to look',
  'kobongola te': 'not change it', 'exercice ya formation': 'training scenario', 'ezali examen': 'it is for the exam',
  'serveur ya solo te': 'not a real server', 'server ya solo te': 'not a real server',
  'ezali kaka theorie': 'it is only theory', 'question dexamen': 'exam question', 'pas biso': 'not ours',
  'pas serveur na biso': 'not our server', 'server na ye': 'his server', 'na ngai': 'my', 'na biso': 'our',
  'na bango': 'their', 'pas toucher': 'do not touch', 'pas de probleme': 'no problem', 'probleme te': 'no problem',
  'tozali na likambo te': 'we have no problem',
  'tout marche': 'everything works', 'marche correct': 'works fine', 'pas un appel perdu': 'no call lost',
  'aucun appel perdu': 'no call lost', 'cest normal ca': 'is that normal', 'nayebi te': 'i do not know',
  'afutaki te': 'did not pay', 'pamba te': 'because', 'ezali malamu': 'is fine', 'ezalaki malamu': 'was fine',
  'ezongi malamu': 'is fine again', 'tozali malamu': 'we are fine', 'ezali na danger': 'is it dangerous',
  'kaka na midi': 'only at noon', 'udp kaka': 'udp only', 'tcp kaka': 'tcp only', 'kaka asterisk': 'only asterisk',
  'ezali kaka na': 'is still in', 'kobakisama kaka': 'keeps increasing', 'ezali kokatana kaka': 'are dropping only',
  'zonga kaka': 'keeps returning', 'yango wana': 'that is why',
  'leegi baax na': 'now it is fine', 'baax na': 'is fine', 'ndax lii baax na': 'is this fine',
  'dara amul leegi': 'no problem now', 'guddi dara amul': 'at night no problem', 'dara amul': 'no problem',
  'ginnaaw loolu': 'after that', 'internet amul': 'no internet', 'connexion yu bees amul': 'no new connections',
  'amul certificat': 'has no certificate', 'dama koy wax rekk': 'i am just telling',
  'ngir ngeen xam': 'so that you know', 'dama begg seet rekk': 'i just want to check',
  'dama begg xam rekk': 'i just want to know', 'mangi jang': 'i am studying', 'jang naa': 'i read',
  'lan moo wuute': 'what is the difference', 'lan la': 'what is it', 'lu tax': 'why', 'moo tax': 'is the cause',
  'kan moo jel': 'who took', 'moo jel': 'took', 'naka laa ko unban': 'how do i unban it',
  'naka laa xame': 'how do i know', 'naka laa': 'how do i', 'ndax men naa': 'can i', 'men naa': 'can i',
  'ndax warna nu activer': 'should we enable', 'ndax warna nu': 'should we',
  'warna nu ko tej': 'should we turn it off', 'dama ko tej': 'i closed it',
  'dama wax ko mu seetal': 'i told him to check', 'wax na': 'says', 'ban na': 'banned', 'am na': 'has',
  'wone na': 'shows', 'ngi dox': 'is running', 'mu ngi ci': 'is on', 'yu ngi ci': 'are running',
  'dina dox': 'will it work', 'bu ma ko yeesalee': 'if i renew it', 'bu yagg bi': 'the old one', 'bu yagg': 'old',
  'bu baaxul': 'wrong', 'bu bees': 'new', 'yu bees': 'new', 'sama forfait': 'my data plan',
  'sama client yi': 'my customers', 'rekk la nu am': 'we only have', 'ginnaaw nu dugal': 'after we entered',
  'netti yoon': 'three times', 'la nu ko def': 'we did it', 'noonu lanu mel': 'are like that', 'nanga def': 'hello',
  'ak nun': 'with us', 'sa tontu': 'your reply', 'izidafite nat zirakora': 'those with a public ip work',
  'iya kera': 'the old one', 'ni iya kera': 'is it the old one', 'kasi node': 'but node', 'kasi port': 'but port',
  'kasi ezalaki': 'but it was', 'kasi oyo': 'but those', 'kasi sikoyo': 'but now', 'etondi na': 'is full of',
  'iri hejuru': 'is high', 'tozali na': 'we have', 'tozalaki na': 'we had', 'azali na': 'has',
  'ezali na nat': 'are behind nat', 'ezali na ip': 'have ip', 'ezali na': 'has', 'tokiti na': 'we go down to',
  'ekiti na': 'goes down to', 'na vos': 'to vos', 'na sip': 'over sip', 'na server na ye': 'on his server',
  'na server moko na vos': 'on the same server as vos', 'na server': 'on the server', 'ndeko na ngai': 'my friend',
  'na laptop': 'on the laptop', 'na pc': 'on the pc', 'efungwami na': 'is open on', 'na iptables': 'in iptables',
  'na libunga': 'by mistake', 'na rule': 'with a rule', 'na log': 'in the log', 'na router': 'with a router',
  'na softswitch': 'on the softswitch', 'na telephone': 'on the phone', 'na telephones': 'on phones',
  'na vlan': 'in vlan', 'na reseau': 'with the network', 'na 403': 'with 403', 'na ndeko moko': 'by a colleague',
  'na kati': 'in the middle', 'na carrier': 'with the carrier', 'na 18h': 'at 18h', 'na 2h': 'at 2h', 'ya sika': 'new',
  'ya pamba': 'for nothing', 'irafashwe na': 'is taken by', 'ezalaki coupure ya courant': 'it was a power cut',
  'turandika rapport': 'we are writing a report', 'rapport ya mensuel': 'monthly report',
  'bana ya call centre': 'the call centre trainees', 'bana ya sika': 'new trainees',
  'ekeseni ndenge nini': 'what is the difference', 'fin na rst': 'fin and rst', 'ndenge nini': 'how',
  'ndenge ezali kosala': 'how it works', 'tozongisa ndenge ezalaki': 'should we revert to how it was',
  'tozongisa off': 'should we revert to off', 'ezo drop': 'drops', 'ezo boya': 'rejects', 'ezo bloquer': 'is blocking',
  'ezo loba': 'says', 'ezo lakisa': 'shows', 'ezo zonga kaka': 'keeps returning', 'nke gusa': 'only a few',
  'ni nke': 'is low', 'none timewait ni nke': 'now timewait is low', 'none sshd': 'but sshd',
  'none httpd': 'but httpd', 'none gateways': 'now gateways', 'none telefone': 'now phones',
  'none ntizishobora': 'so they cannot', 'none trunk': 'now the trunk', 'none nshyira he': 'so where do i put',
  'none zirakora': 'now they work', 'none byose': 'now everything', 'none zose': 'now all', 'none calls': 'now calls',
  'nshyira he': 'where do i put', 'nayizimya he': 'where do i turn it off', 'ubu zimwe': 'now some',
  'ubu ni': 'now it is', 'ibi ni normal': 'is this normal', 'izi ni': 'these are',
  'mbere yuko hagira ikibazo': 'before any problem happened', 'avuga ko ari': 'says it is', 'ntabwo ari': 'it is not',
  'ntabwo ari port ya server': 'it is not the server port', 'semaine ya mibale': 'for two weeks',
  'ekomi mikolo mibale': 'for two days', 'likambo moko': 'the same problem',
  'firewalls yango mibale': 'both firewalls', 'liboso ya lobi': 'before yesterday', 'mpo iptables': 'because iptables',
  'yajya kuri on': 'was turned on', 'iragenda ibara': 'keeps counting', 'ku ntangiriro': 'at the start',
  'mbala mibale': 'twice', 'tokende na udp': 'should we move to udp',
  'begg nu delloo ko off': 'wants us to revert it to off', 'bakorera mu rugo': 'work from home',
  'zinyuma ya': 'behind', 'ci bureau bi': 'in the office', 'bureau bi': 'the office', 'ya bureau': 'of the office',
  'tuyisubizeho gute': 'how do we restore it', 'tuyifungure gute': 'how do we open it',
  'nfungura gute': 'how do i open', 'uko twavugurura': 'how to renew', 'iyi rule': 'this rule',
  'yashizweho na nde': 'was set by whom', 'hari script': 'is there a script', 'hari ikindi': 'is there something else',
  'byose bigenda neza': 'everything goes fine', 'ngai nayebi te': 'i did not know', 'appels yi': 'the calls',
  'telefon yi': 'the phones', 'telefon bi': 'the phone', 'vos bi': 'the vos', 'serveur bi': 'the server',
  'provider bi': 'the provider', 'firewall bi': 'the firewall', 'rst yi': 'the rst', 'client bi': 'the customer',
  'client yi': 'the customers', 'sbc bi': 'the sbc', 'isp bi': 'the isp', 'gateway bi': 'the gateway',
  'reseau bi': 'the network', 'ports yi': 'the ports', 'trunk bi': 'the trunk', 'softswitch bi': 'the softswitch',
  'softphone bi': 'the softphone', 'carrier bi': 'the carrier', 'cdr yi': 'the cdrs', 'cdr bi': 'the cdr',
  'logs yi': 'the logs', 'prod bi': 'production', 'port bi': 'the port', 'probleme bi': 'the problem',
  'ip publique bi': 'the public ip', 'moo ko soppi': 'changed it', 'dafa whitelist': 'whitelisted',
  'mapalo ya tcp': 'tcp calls', 'mapalo ya sika': 'new calls', 'connexions ya sika': 'new connections',
  'firewall ya client': 'the customer firewall', 'server ya vos': 'the vos server', 'portal ya vos': 'the vos portal',
  'rst ya vos': 'the vos rst', 'telephones ya agence': 'the branch phones',
  'cable ya reseau yacitse': 'the network cable was broken', 'rj45 yavunitse': 'the rj45 was broken',
  'na 2019': 'in 2019', 'mpe esilaki': 'and it went away', 'na kinshasa': 'in kinshasa', 'na bukavu': 'in bukavu',
  'na lubumbashi': 'in lubumbashi', 'olobi nini': 'what do you think', 'benn story': 'a story',
  'ci benn client': 'at a customer', 'ci dakar': 'in dakar', 'nu ko fix ak benn rule': 'we fixed it with a rule',
  'twahise tuyifunga': 'we turned it off right away',
  'yari internet ya isp yavuyeho': 'it was the isp internet that was down',
  'router irongera itangira': 'the router restarted', 'danuy deconnecte': 'keep disconnecting',
  'ndax firewall bi moo tax': 'is the firewall the cause', 'ci trunk tcp yi': 'on the tcp trunks',
  'danuy des ci connected ba fabe': 'stay connected forever', 'pfsense la': 'it is pfsense', 'la wone ci': 'shows in',
  'turashaka gufungura rst': 'we want to enable rst', 'tugomba kureba iki mbere': 'what should we check before',
  'ubu nta kibazo dufite': 'right now we have no problem', 'ss ntayo': 'there is no ss',
  'ni gute nabara': 'how do i count', 'nkoresheje netstat': 'with netstat', 'bu bees bi': 'the new',
  'ci telefon yi': 'on the phones', 'ginnaaw rst on': 'since rst on', 'nkore iki': 'what should i do',
  'dukore iki': 'what should we do', 'twakora iki': 'what should we do', 'tosala nini': 'what should we do',
  'tokoki kosala nini': 'what can we do', 'okosala nini': 'what would you do', 'lan laa wara def': 'what should i do',
  'lan laa def': 'what should i do', 'laa wara def': 'should i do', 'laa wara dugal': 'should i add',
  'nibagiwe iki': 'what did i forget', 'tugomba kureba iki': 'what should we check',
  'yi du nat': 'are not behind nat', 'ko takk': 'turned it on', 'internet ezali te': 'there is no internet',
  'twari twagize': 'we had', 'kuva icyo gihe': 'since then', 'au creux': 'off peak',
  'kandi byakemutse': 'and it was solved', 'ku wa kabiri': 'tuesday',
  'bureau bi dafa tukki': 'the office has moved',
};
/**
 * Portuguese of Portugal and Cape Verdean Kriolu, Armenian and Georgian in Latin letters, the Spanish of US call centres,
 * Albanian, Macedonian and Bosnian, read as one (SYMPTOM_JOINS).
 */
/**
 * Phrases of many markets read as one, most in Latin letters: Greek, Romanian, Serbian and Croatian, Vietnamese and Khmer,
 * Russian, Maghrebi Arabizi, Tagalog, Banglish, Spanish and Portuguese, and Japanese.
 */
const MANY_MARKETS_LATIN: Readonly<Record<string, string>> = {
  // Greek in Latin letters: have no problem, all on UDP, we do not use; Romanian: work without problems, again and again,
  // can you check; Serbian and Croatian: it is not there
  'den exoun thema': 'have no problem', 'einai ola se udp': 'all are on udp', 'den xrhsimopoioume': 'we do not use',
  'merg fara probleme': 'work without problems', 'iar si iar': 'again and again', 'puteti verifica': 'can you check',
  'ga nema': 'it is not there', 'ga dropa': 'drops it', 'si cad': 'and drop', 'cele cu': 'those with',
  // Vietnamese and Khmer in Latin letters: the power cut, the battery flat, the network cable pulled out, runs fine, nobody turned it on,
  // registration dropping, flapping
  'bi cup dien': 'power cut', 'cup dien': 'power cut', 'het pin': 'battery dead', 'het sach pin': 'battery dead', 'rut day mang': 'unplugged the network cable', 'chay ngon': 'runs fine',
  'ko ai bat': 'nobody enabled', 'khong ai bat': 'nobody enabled', 'tut dang ky': 'registration drops', 'flap register': 'registration flapping',
  'plerng dach': 'power cut',
  // Russian in Latin letters: every day
  'kazhdyj den': 'every day', 'kazhdyi den': 'every day',
  // Maghrebi Arabizi: did not arrive; Tagalog: does not let through
  'ma wslch': 'does not arrive', 'ma wslatch': 'does not arrive', 'ma kaywslch': 'does not arrive', 'hindi pinapalusot': 'blocks',
  // Bangla: only planning (before the firewall is put in)
  'plan korsi': 'just planning', 'plan korchi': 'just planning', 'plan kortesi': 'just planning',
  // Spanish and Portuguese in fresh hands: why (asked), dropped, stopped registering, you changed, the TCP close, show
  // unregistered, should we remove it; the fibre cut and the line down, just logging the ticket, suspected fraud; the
  // extensions ("internas" in Argentina) drop and come back, the close changed to RST ("el cierre a RST")
  'las internas': 'the extensions', 'se caen y vuelven': 'go offline and come back', 'el cierre a rst': 'the close to rst',
  // a battery that runs out, a blog read, true or a myth, asked in a job interview, if someday, never used TCP, drops the RST
  // packets, calls that hang
  'se queda sin bateria': 'the battery runs out', 'lei un blog': 'i read a blog', 'es verdad o es mito': 'is it true or a myth',
  'en una entrevista de trabajo': 'in a job interview', 'me preguntaron': 'i was asked', 'si algun dia': 'if someday',
  'nunca hemos usado tcp': 'we never used tcp', 'bota los paquetes rst': 'drops the rst packets', 'se quedan pegadas': 'hang',
  'por que': 'why', 'se han caido': 'have dropped', 'se cayeron': 'dropped', 'dejaron de registrarse': 'stopped registering',
  'dejan de registrarse': 'stop registering', 'dejo de registrarse': 'stopped registering', 'cambiasteis': 'you changed',
  'el cierre de tcp': 'the tcp close', 'salen sin registrar': 'show unregistered', 'lo quitamos': 'should we remove it',
  'se le vencio el dominio': 'the domain expired', 'vencio el dominio': 'the domain expired', 'ya lo renovo': 'already renewed',
  'cerralo': 'close the ticket', 'vamos a migrar': 'we plan to migrate', 'el trimestre q viene': 'next quarter',
  'el trimestre que viene': 'next quarter', 'todo anda en udp': 'all runs on udp', 'q deba saber': 'i should know',
  'fibra rompida': 'fiber cut', 'fibra rompio': 'fiber cut', 'internet ta fora': 'internet down', 'internet esta fora': 'internet down',
  'so registrando o chamado': 'just for the record', 'suspeita de fraude': 'suspected fraud', 'sospecha de fraude': 'suspected fraud',
  // Japanese typed in Latin letters: since (it was switched), behind, all unregistered
  'ni shite kara': 'since', 'shite kara': 'since', 'no ushiro no': 'behind', 'zenbu mitouroku': 'all unregistered',
  // …the registration comes off, what should I do
  'touroku hazureru': 'registration drops', 'touroku ga hazureru': 'registration drops', 'dou sureba': 'what should we do',
};

const LUSO_CAUCASUS_BALKAN: Readonly<Record<string, string>> = {
  // Portuguese of Mozambique and Portugal: all fine ("tudo fixe", not "fixed"), below a thousand
  'tudo fixe': 'all fine', 'abaixo de mil': 'below 1000',
  'ra vkna': 'what should i do', 'ra unda gavaketo': 'what should i do', 'ra gvirchevt': 'what should we do',
  'inch anenq': 'what should we do', 'ra xdeba': 'what is happening', 'ra aris': 'what is',
  'ra vupasuxo': 'what do i answer', 'ar cherdeba': 'does not stay', 'ar chans': 'not visible',
  'ki ar gadis': 'do not pass', 'ar vici': 'i do not know', 'ver gavige': 'did not understand',
  'ar gvaqvs': 'we do not have', 'mat aqvt': 'they have', 'mas mere rac': 'ever since',
  'am kviridan': 'since this week', 'kap uni': 'is it related', 'het darcnenq': 'should we revert',
  'het udp': 'with udp', 'amen inch': 'everything', 'chem kardum': 'i do not think',
  'dra hamar': 'that is why', 'cuyc talis': 'shows', 'chenq poxel': 'we did not change',
  'parolis shecvlis mere': 'after the password change', 'sxal parolic heto': 'after a wrong password',
  'internet ar iyo': 'there was no internet',
  'ar aris chartuli': 'is not on', 'ar atarebs': 'does not pass', 'ar sruldeba': 'do not complete',
  'sxva mizezi': 'another cause', 'problemi hamar': 'for the problem', 'ar trebui': 'should',
  'sau ar trebui': 'or should', 'n kre sabi': 'i want to know', 'inch klini': 'what will happen',
  'wlis win': 'years ago', 'ar gvqonia': 'we did not have',
  'firewall saertod ar gvaqvs': 'we do not have any firewall at all',
  'sxva kompaniis serveria': 'it is not our server', 'chven ara': 'not us',
  'tcp chenq ogtagorcum': 'we do not use tcp', 'nat chunenq': 'we have no nat', 'chi verabervum': 'does not concern',
  'ka ta pasa': 'do not go through', 'nu ativa': 'we enabled', 'nat ar gvaqvs': 'we have no nat',
  'rst packetebs ar atarebs': 'drops the rst packets', 'sxva kompze mushaobs': 'works on another computer',
  'nada ka muda': 'nothing changed', 'tudu sta dretu': 'everything is fine', 'sta dretu': 'is fine',
  // Portuguese: nothing changed, not ours
  'nada mudou': 'nothing changed', 'nao nosso': 'not ours',
  'reboot a anum': 'reboots', 'amen jam': 'every hour', 'nu disliga': 'we turned off',
  'ka ta funciona': 'does not work',
  'thirrjet bien': 'calls drop', 'cfare te bej': 'what should i do', 'qe kur': 'since', 'qe nga': 'since',
  'pa pergjigje': 'without answer', 'nuk ka lidhje me': 'nothing to do with', 'per shkak te': 'because of',
  'e vitit te kaluar': 'last year', 'ne rregull': 'fine', 'dy here': 'twice', 'te gjithe': 'all',
  'a ka menyre': 'is there a way', 'nuk po hap dot': 'cannot open', 'sto da pravam': 'what should i do',
  'kaj nas': 'at our place', 'se unregistered': 'are unregistered', 'ne e': 'is not', 'od togas': 'since then',
  'pred mesec dena': 'a month ago', 'ne treba nisto poveke': 'nothing more is needed', 'preku den': 'during the day',
  'sto predlagate': 'what do you suggest', 'ostali bez': 'ran out of', 'vise ne moze': 'can no longer',
  'od kad': 'since', 'ostaju da vise': 'remain hanging', 'i tako u krug': 'over and over', 'sta je': 'what is',
  'ne raboti': 'does not work', 'ne radi': 'does not work', 'ne prolaze': 'do not go through', 'ne uspijevaju': 'fail',
  'por na duhet': 'but we need', 'pas mbylljes': 'after closing', 'jel moguce': 'is it possible', 'a sad': 'and now',
  'i sad': 'and now', 'sad su': 'now they are', 'sad je': 'now it is', 'ne go menuvavme': 'we did not change',
  'kako sto mislevme': 'as we thought', 'amen jam reboot a anum': 'reboots every hour',
  'nuk eshte': 'is not', 'nuk ka': 'there is no', 'nuk kemi': 'we have not', 'ne moze': 'cannot', 'ne mozhe': 'cannot',
  'u logu': 'in the log', 'ne se zavrsuvaat': 'do not end', 'par desetina': 'a few dozen',
  'nista strasno': 'nothing serious', 'hocu da razumem': 'i want to understand', 'cdo gje': 'everything',
  'a ka ndonje problem': 'is there any problem', 'sta bi moglo': 'what could', 'poci po zlu': 'go wrong',
  'hipotetski ako': 'hypothetically if', 'seushte ne sme go vklucile': 'we have not enabled it yet',
  'dali bi imalo problem': 'would there be a problem', 'sta ce se desiti': 'what will happen',
  'za obuku': 'for the training', 'pitam za': 'i ask for', 'tok nyamashe': 'there was no power',
  'imat tok': 'have power', 'nu ten poku trafegu': 'we have little traffic', 'poku trafegu': 'little traffic',
  'u labu': 'in the lab', 'za dokumentaciju': 'for documentation', 'sta ocekujete': 'what do you expect',
  'n kre sabi si': 'i want to know if',
  'esta hamu shtek bash': 'now everything is fine',
  'estamos a gastar as portas todas': 'we are using up all the ports', 'a gastar as portas': 'using up the ports',
  'deixou de conseguir abrir': 'can no longer open', 'conexoes tcp novas': 'new tcp connections',
  'ligacoes tcp novas': 'new tcp connections', 'ta kaba': 'run out', 'porta efemera': 'ephemeral ports',
  'na pik': 'at peak', 'ta a ficar sem': 'is running out of', 'ficar sem portas': 'run out of ports',
  'ficamos sem portas': 'we run out of ports', 'comecou a recusar': 'started refusing', 'hora de ponta': 'peak hour',
  'fika sen porta livri': 'runs out of free ports', 'kuandu trafegu sobi': 'when traffic rises',
  'n debe aumenta': 'should i increase', 'nao registado': 'not registered',
  'mudou o fecho tcp pra rst': 'changed the tcp close to rst', 'ta perde rejistu': 'lose registration',
  'desdi ki': 'since', 'klienti ten': 'customer has', 'ta a descartar': 'is dropping', 'foi trocado': 'was replaced',
  'sem rede': 'without network', 'nao e nosso': 'not ours', 'perguntou se': 'asked whether',
  'pergunta se': 'asks whether', 'nem usamos tcp': 'we do not even use tcp', 'so udp': 'only udp',
  'caso de estudo': 'case study', 'no exame': 'in the exam', 'mer serveri chi': 'not our server',
  'konkurenti mot': 'at a competitor', 'el off er': 'was off too', 'el off a': 'is off too',
  'urish tex a': 'is elsewhere', 'fortigate chka': 'there is no fortigate', 'udp enq ogtagorcum': 'we use udp',
  'tcp chka': 'there is no tcp', 'internet chkar': 'there was no internet', 'medio suelto': 'loose',
  'no el nuestro': 'not ours', 'de la competencia': 'of a competitor', 'ni tenemos': 'do not even have',
  explicame: 'explain to me', 'para un slide': 'for a slide', 'en la tarde': 'in the afternoon',
  'se queda sin': 'runs out of', 'hora pico': 'peak hour', 'horas pico': 'peak hours', 'no pasa': 'does not happen',
  'se satura': 'saturates', 'ya no conecta mas': 'no longer connects', 'no abre': 'does not open',
  'conexiones nuevas': 'new connections', 'cae a': 'falls to', 'sube de': 'rises from', 'se estan': 'are',
  'despues del cambio de tcp': 'after the tcp change', 'el udp se fragmentaba': 'udp was fragmenting',
  'los registros': 'the registrations', 'cada rato': 'all the time', 'como lo regreso': 'how do i revert it',
  'se izbrisal': 'was deleted', 'od minatiot mesec': 'from last month', 'e reshen': 'is solved',
  'ova sto go pisham sega e drugo': 'what i write now is something else',
  'ova ne e nash server': 'this is not our server', 'thjesht po e dokumentoj': 'just documenting',
  'po tuning': 'after tuning', 'fali u registrovanim': 'are not registered', 'kako da vratim': 'how do i revert',
  'pas nat': 'behind nat', 'humbasin lidhjen': 'lose the connection', 'se odjavuvaat': 'unregister', 'se ok': 'are ok',
  'od doma': 'from home', 'se registruju pa': 'register then', 'od prije': 'since',
  'no ano passado': 'last year', 'ano passado': 'last year', 'el ano pasado': 'last year',
  'hoje esta tudo bem': 'today everything is fine', 'e precisa': 'is needed', 'ainda e precisa': 'is still needed',
  'peshtr rst-y drop dakird': 'used to drop rst', 'rst-y drop dakird': 'dropped rst',
  'normal er': 'was normal', 'vonc kankhenq': 'how do we prevent it', 'zbaxvac ein': 'were taken by',
  'chein ancnum': 'did not go through',
  'update na firmware': 'firmware update', 'e resen': 'is solved', 'u zgjidh': 'was solved', 'raport per': 'report on',
  'sega po tuning-ot e': 'now after the tuning it is',
  'minda gavige': 'i want to understand', 'mas mere ra xdeba': 'what happens then',
  'established-shi rcheba': 'remain established', 'kangnecnum a': 'blocks', 'u zangery': 'and the calls',
  'amen inch lav er': 'everything was fine', 'detras de los': 'behind the', 'detras del': 'behind the',
  'detras de': 'behind', 'tumbando los registros': 'knocking down the registrations',
  'as horas de pico': 'at peak hours',
  'registos por conta': 'registrations per account', 'limite de 10 registos': 'limit of 10 registrations',
  curso: 'course', 'era falso': 'was false',
  // Latin American Spanish and Brazilian Portuguese: thousands in words ("treinta mil", "veintiocho mil", "vinte e oito
  // mil"), read as figures; a phone switched off; an outage ("queda geral", "tiene caida"); for the record; the meaning
  // of an error asked; please ignore; not production; we never use TCP, all UDP; since then, working fine; RST mode in
  // the Spanish and Portuguese word order and put back to off; a load test script; no errors; deleted by mistake; I do not
  // think it is the RST.
  'veinte mil': 'twenty thousand', 'treinta mil': 'thirty thousand', 'cuarenta mil': 'forty thousand',
  'cincuenta mil': 'fifty thousand', 'sesenta mil': 'sixty thousand', 'setenta mil': 'seventy thousand',
  'ochenta mil': 'eighty thousand', 'noventa mil': 'ninety thousand', 'vinte mil': 'twenty thousand',
  'trinta mil': 'thirty thousand', 'quarenta mil': 'forty thousand', 'cinquenta mil': 'fifty thousand',
  'sessenta mil': 'sixty thousand', 'oitenta mil': 'eighty thousand', 'veintiun mil': 'twenty-one thousand',
  'veintidos mil': 'twenty-two thousand', 'veintitres mil': 'twenty-three thousand',
  'veinticuatro mil': 'twenty-four thousand', 'veinticinco mil': 'twenty-five thousand',
  'veintiseis mil': 'twenty-six thousand', 'veintisiete mil': 'twenty-seven thousand',
  'veintiocho mil': 'twenty-eight thousand', 'veintinueve mil': 'twenty-nine thousand',
  'vinte e um mil': 'twenty-one thousand', 'vinte e dois mil': 'twenty-two thousand',
  'vinte e tres mil': 'twenty-three thousand', 'vinte e quatro mil': 'twenty-four thousand',
  'vinte e cinco mil': 'twenty-five thousand', 'vinte e seis mil': 'twenty-six thousand',
  'vinte e sete mil': 'twenty-seven thousand', 'vinte e oito mil': 'twenty-eight thousand',
  'vinte e nove mil': 'twenty-nine thousand',
  'telefono esta apagado': 'phone is turned off', 'telefono apagado': 'phone turned off',
  'telefonos estan apagados': 'phones are turned off', 'telefonos apagados': 'phones turned off',
  'telefone esta desligado': 'phone is turned off', 'telefone ta desligado': 'phone is turned off',
  'telefone desligado': 'phone turned off', 'telefones estao desligados': 'phones are turned off',
  'telefones desligados': 'phones turned off', 'ta com queda': 'has an outage', 'tem queda': 'has an outage',
  'com queda': 'with an outage', 'queda geral': 'general outage', 'queda de internet': 'internet outage',
  'tiene caida': 'has an outage', 'hay caida': 'there is an outage', 'caida de internet': 'internet outage',
  'caida general': 'general outage', 'so pra referencia': 'just for the record', 'pra referencia': 'for the record',
  'solo para referencia': 'just for the record', 'para referencia': 'for the record', 'ticket antigo': 'old ticket',
  'ticket viejo': 'old ticket', 'que quiere decir': 'what is the meaning of', 'lo que quiere decir': 'which means',
  'pfv ignorar': 'please ignore', 'favor ignorar': 'please ignore', 'por favor ignorar': 'please ignore',
  'pueden ignorar': 'you can ignore', 'puede ignorar': 'you can ignore', 'podem ignorar': 'you can ignore',
  'pode ignorar': 'you can ignore', 'nao e producao': 'not production', 'nao e de producao': 'not production',
  'no es produccion': 'not production', 'no es de produccion': 'not production', 'nunca usamos': 'we never use',
  'udp todo': 'all udp', 'todo udp': 'all udp', 'tudo udp': 'all udp', 'desde entonces': 'since then',
  'andan bien': 'work fine', 'el modo rst': 'the rst mode', 'o modo rst': 'the rst mode', 'em off de novo': 'back to off',
  'en off de nuevo': 'back to off', 'script de carga': 'load test script', 'prueba de carga': 'load test',
  'teste de carga': 'load test', 'carga sintetica': 'load test', 'no tiene errores': 'has no errors',
  'nao tem erros': 'has no errors', 'sin querer': 'by mistake', 'borro sin querer': 'accidentally deleted',
  'no creo que sea': 'i do not think it is', 'nao acho que seja': 'i do not think it is', 'lo del rst': 'the rst thing',
};
/**
 * Vietnamese without its accents, Turkish and Finglish, read as one (SYMPTOM_JOINS): calls ("cuoc goi", "goi qua": calls through)
 * that hang and cannot be hung up ("bi treo", "ko ngat duoc", "ko cup may dc"), the PBX and the office, "since" (tu khi),
 * not yet enabled ("chua bat"), the password changed ("doi mat khau"), never touched, registration that comes and goes ("luc dang ky duoc luc
 * khong", "nhap nhay online offline"), not registering or not staying registered (Turkish "kayit olmuyor", "kayit
 * tutmuyor", "kayit yok"), "but now" after a problem solved (Vietnamese "nhung lai", Turkish "ama simdi"), an old ticket forwarded.
 */
const INDOCHINA_ANATOLIA_IRAN: Readonly<Record<string, string>> = {
  // Turkish: is this a problem?
  'bu bir sorun mu': 'is this a problem', 'bir sorun mu': 'is it a problem',
  'bi treo': 'hang', 'treo may': 'hang', 'ko ngat duoc': 'cannot hang up', 'khong ngat duoc': 'cannot hang up',
  'ko ngat dc': 'cannot hang up', 'ko cup may dc': 'cannot hang up', 'ko cup may duoc': 'cannot hang up',
  'khong cup may duoc': 'cannot hang up', 'ket thuc ko duoc': 'cannot hang up', 'ket thuc khong duoc': 'cannot hang up',
  'ko end dc': 'cannot hang up', 'goi qua': 'calls through', 'cuoc goi qua': 'calls through', 'call qua': 'calls through',
  'cuoc goi': 'calls', 'cuoc goi ra': 'outgoing calls', 'cuoc goi vao': 'incoming calls', 'tong dai': 'pbx', 'van phong': 'office', 'thay doi duy nhat': 'the only change', 'dau so': 'extensions',
  'no drop goi': 'drops packets', 'no drop may goi': 'drops packets', 'khong khop session': 'out of state',
  'goi van ok': 'calls are fine', 'van on': 'still fine', 'muon hoi cho chac': 'just curious', 'xu ly xong roi': 'already fixed',
  'ko bat rst': 'rst is not enabled', 'luc dang ky luc ko': 'keeps losing registration', 'ngoai khung do': 'outside those hours',
  'nha mang': 'carrier', 'chua bat': 'have not yet enabled', 'co nen': 'should we', 'lam theo huong dan': 'followed the instructions',
  'sang nay': 'this morning', 'khach bao': 'customer reports', 'hien unregistered': 'shows unregistered',
  'truoc do ko bi': 'before that it was fine', 'truoc do khong bi': 'before that it was fine', 'doi mat khau': 'password changed',
  'mat khau': 'password', 'chu khong phai': 'not', 'chua he dung': 'never touched', 'mat reg': 'lost registration', 'tu khi': 'since', 'luc dang ky duoc luc khong': 'keeps losing registration',
  'luc dang ky duoc luc ko': 'keeps losing registration', 'nhap nhay online offline': 'keep going offline',
  'nhap nhay online/offline': 'keep going offline', 'rot lien tuc': 'keeps dropping', 'nhung lai bi': 'but now',
  'nhung lai': 'but now', 'ticket cu': 'old ticket', 'bi het port': 'ports exhausted', 'het port': 'ports exhausted',
  'kayit olmuyor': 'not registering', 'kayit olmuyorlar': 'not registering', 'kayit tutmuyor': 'not staying registered',
  'kayit tutmuyorlar': 'not staying registered', 'kayit olup dusuyor': 'register and drop',
  'kayit olup dusuyorlar': 'register and drop', 'ama simdi': 'but now', 'ama bu sefer': 'but this time',
  'sayaci deli gibi artiyor': 'counter rising fast', 'evden calisan': 'working from home',
  'kayit yok': 'no registration', 'hepsi dolmus': 'all used up', 'sizde degisen tek sey': 'the only change on your side',
  'sikayetini iletiyorum': 'forwarding the complaint',
  // Finglish: "now under" ("alan" alone is Turkish "domain"), close the ticket
  'alan zire': 'now under', 'ticket ro bebandid': 'close the ticket', 'ticket ro bebandin': 'close the ticket',
};
/** The Russian and Ukrainian tens a count of thousands is said with. */
const CYRILLIC_TENS: Readonly<Record<string, number>> = { двадцать: 20, двадцять: 20, тридцать: 30, тридцять: 30, сорок: 40, пятьдесят: 50 };
/**
 * German, French, Italian, Portuguese, Spanish, Polish and Romanian as carriers type them, without their accents, read as one
 * (SYMPTOM_JOINS): German "den" after a preposition is "the" (Greeklish "den" alone is "not"); registration lost or never
 * kept ("se quedan sin registrar", "nu mai raman inregistrate", "ciagle sie wyrejestrowuja"), UDP said to have no problem,
 * calls that hang or drop ("haengen … gespraeche", "zawieszone rozmowy", "apelurile se intrerup"), a wrong username, what
 * to do asked, an old ticket archived, no more errors, figures "instead of" others.
 */
const GERMAN_ROMANCE_POLISH: Readonly<Record<string, string>> = {
  // German and Afrikaans in fresh hands: is it normal, no errors, in the log ("nie" there closing a double negation),
  // Afrikaans "die" (the, not the verb) after a preposition, at the (customers), registered again, shortly after, just for
  // the information
  'ist es normal': 'is it normal', 'keine fehler': 'no errors', 'in die log nie': 'in the log',
  'in die': 'in the', 'van die': 'of the', 'op die': 'on the', 'bei den': 'at the', 'neu registriert': 'registered again',
  'kurz darauf': 'shortly after', 'ter inligting': 'for the record',
  // Latin American Spanish in fresh hands: there are no (errors), asks whether, nothing urgent, how are you (a greeting, not a
  // question), calls that drop or hang ("se" is no "since" there), the UDP ones did not even notice
  'no hay': 'there are no', 'pregunta si': 'asks whether', 'nada urgente': 'nothing urgent', 'que tal': 'hello',
  // German, Romanian and Dutch in fresh hands: the RST mode, nothing changed yet, just planning, at night, back to normal, as
  // usual, keep deregistering ("melden sich … ständig ab"), home office users; solved last month, now, thanks, for the record,
  // the old ticket, nothing needed, no longer register ("se" is no "since" there), the ones with a public IP work; off again,
  // registered again, the ticket may be closed
  modus: 'mode', 'noch nichts geandert': 'nothing changed yet', 'nur planung': 'just planning', nachts: 'at night',
  'wieder normal': 'back to normal', 'ganz normal': 'as usual', 'standig ab': 'keep unregistering', 'home office leute': 'home office users',
  's a rezolvat': 'was solved', 'luna trecuta': 'last month', multumim: 'thanks', 'pentru arhiva': 'for the record',
  'tichetul vechi': 'the old ticket', 'e rezolvat': 'is solved', 'nu e nevoie de nimic': 'nothing needed',
  'nu se mai inregistreaza': 'are no longer registered', 'nu se inregistreaza': 'do not register', 'cele cu ip public merg': 'the ones with a public ip work',
  'nu i-am creat conturile': 'we have not created the accounts', 'weer uit staat': 'is off again', 'weer geregistreerd': 'registered again', 'ticket mag dicht': 'the ticket can be closed',
  'se cortan': 'drop', 'se corta': 'drops', 'se cuelgan': 'hang', 'ni se enteraron': 'were not affected',
  // German
  'mit den': 'with the', 'vor den': 'before the', 'fur den': 'for the', 'auf den': 'on the', 'in den': 'in the', 'an den': 'to the',
  'uber den': 'over the', 'durch den': 'through the', 'seit den': 'since the', 'nur udp': 'udp only', 'nichts tcp': 'no tcp',
  'verlieren die registrierung': 'lose registration', 'alle paar minuten': 'every few minutes', 'brechen ab': 'drop',
  'was konnen wir tun': 'what can we do', 'was koennen wir tun': 'what can we do', 'vom letzten monat': 'from last month',
  'nur noch': 'only', 'ist weg': 'is gone', 'tuning weg': 'tuning gone',
  // French
  'rien na change': 'nothing changed', 'cest bien le rst': 'is it the rst', 'suite du ticket': 'follow up on the ticket',
  'toujours le meme probleme': 'still the same problem',
  // Italian
  'utente sbagliato': 'wrong username', 'risultano non registrati': 'show unregistered',
  // Portuguese
  'nao foi possivel': 'could not',
  // French and Spanish in fresh hands: a config sent for a review, the error or the failures no more, the rule set and all
  // passing, accounts deleted by mistake, passwords not changed, registration going up and down, UDP phones not even noticing
  'relire notre config': 'review our config', 'une revue': 'a review', 'nos revisan': 'please review', 'solo revision': 'only a review',
  'plus aucun echec': 'no more failures', 'cero fallas': 'no more failures', 'pusimos la regla': 'we fixed the rule',
  'supprime par erreur': 'deleted by mistake', 'on a pas change': 'we did not change', 'no cambiamos': 'we did not change',
  'en yoyo': 'keeps dropping', 'sube y baja': 'keeps dropping', 'ni se enteran': 'are not affected', 'miles de lineas': 'thousands of lines',
  'internet coupe': 'the internet is cut', 'esta caido': 'is down', 'sin corriente': 'without power', 'transformador roto': 'the adapter broke',
  'on peut fermer': 'you can close the ticket', 'se puede cerrar': 'you can close the ticket', 'pointe encore vers': 'still points to',
  'rapport incident': 'an incident report for the record', 'informe para gerencia': 'a report for the record',
  // Spanish
  'nos pueden ayudar': 'can you help us', 'me pueden ayudar': 'can you help me', 'pueden ayudarnos': 'can you help us',
  'empiezan a fallar': 'start failing', 'empezaron a fallar': 'started failing',
  'se quedan sin registrar': 'keep losing registration', 'no tienen problema': 'have no problem',
  'no aguantan registrados': 'do not stay registered', 'que nos recomendais': 'what do you recommend',
  'las llamadas cortan': 'the calls drop', 'llamadas cortan': 'calls drop',
  // German
  'ist rst aus': 'rst is off', 'rst ist aus': 'rst is off', 'uber udp': 'over udp', 'uber tcp': 'over tcp',
  'tcp nutzt dort niemand': 'nobody uses tcp', 'nie angefasst': 'never touched',
  'wie wurde sich das aussern': 'how would that show', 'frage fur unsere doku': 'question for our docs',
  // Tunisian and Algerian Arabizi
  'ytay7o mel registration': 'lose registration', 'yetna7aw mel registration': 'lose registration',
  'kenou ye5dmou normal': 'worked normally', 'ye5dmou normal': 'work normally',
  // Czech
  'predtim zadny problem': 'before that it was fine', 'predtim zadne problemy': 'before that it was fine',
  // Polish
  'od tego czasu': 'since then', 'naprawilismy to': 'we fixed it', 'naprawilismy': 'we fixed',
  'zamiast': 'instead of', 'zadnych bledow': 'no more errors', 'od dwoch dni': 'for two days', 'stary ticket': 'old ticket',
  'do archiwum': 'for the record', 'nie rejestrowaly sie': 'did not register', 'ciagle sie wyrejestrowuja': 'keep unregistering',
  'zawieszone rozmowy': 'hung calls', 'zrywane rozmowy': 'dropped calls', 'przed zmiana bylo czysto': 'before the change it was clean',
  'co zalecacie': 'what do you recommend', 'co dodac': 'what to add', 'nic sie nie dzieje': 'no problems',
  // Romanian ("pana expira": until the firewall's states time out, no account that expired)
  'de mii de': 'thousand', 'pana expira': 'until they time out',
  'apar neinregistrate': 'show unregistered', 'lucreaza de acasa': 'working from home', 'nu mai raman inregistrate': 'no longer stay registered',
  'cele pe udp merg': 'the udp ones work', 'apelurile se intrerup': 'the calls drop', 'raman fara sunet': 'go silent',
  'ce e de facut': 'what should we do', 'vreau sa verific': 'i want to check', 'inainte sa mutam': 'before we move',
  'avem de gand sa': 'we plan to', 'deocamdata totul e ok': 'for now all is ok',
  // what is over or not the switch's: a false alarm, nothing to do with NAT, never dropped, fixed, no longer, for the record
  'falso allarme': 'false alarm', 'non ha mai droppato': 'never dropped', 'scesi da': 'went down from',
  'possiamo chiudere il ticket': 'we can close the ticket', 'per ora non abbiamo': 'for now we do not have',
  'nie ma to nic wspolnego z': 'has nothing to do with', 'okazalo sie': 'it turned out', 'ahora no pasa nada': 'nothing happens now',
  'lo arreglasteis': 'you fixed it', 'ya no registra': 'no longer logs', 'ya no': 'no longer', 'pour archive': 'for the record',
  'pour le dossier': 'for the record', 'ein paar hundert': 'a few hundred', 'kein problem': 'no problem', 'ist behoben': 'is fixed',
  'niemand hat': 'nobody has',
};
/**
 * Malayalam, Tamil, Sinhala, Bangla and Hindi as typed in Latin letters, read as one (SYMPTOM_JOINS): switching to UDP
 * ("udp te switch korle": "switch" alone is the softswitch), suddenly ("ek dum"), the ones that dropped; an address changed ("public ip maari"),
 * UDP and no TCP ("udp aanu, tcp illa"), is it safe, no errors, registration gone ("registration poyidhu"), behind the router
 * ("router pinnadi"), fine (Sinhala "calls hari").
 */
const DRAVIDIAN_SINHALA_LATIN: Readonly<Record<string, string>> = {
  'udp te switch korle': 'if we switch to udp', 'ek dum': 'suddenly', 'jo gire hain': 'the ones that dropped',
  // Tamil, Sinhala and Nepali in Latin letters, in fresh hands: still there, never enabled ("enable pannave illa"), new
  // connections that do not come or connect, since changing, behind, register and drop again and again, back to the old;
  // no problem, calls that go through fine, just asked, no way, right?, cannot create, in the morning fine, drop again;
  // on UDP, registering and dropping, just a doubt
  'innum irukku': 'still running', 'enable pannave illa': 'never enabled', 'pudhu tcp': 'new tcp', varala: 'not coming',
  'connect aagala': 'do not connect', maathinadhu: 'since changing', apram: 'after', pinnadi: 'behind',
  'register aagi aagi pogudhu': 'registers and drops', 'pazhaya maari maathalama': 'should we change back to the old',
  awulak: 'problem', 'calls yanawa hodata': 'calls going through fine', 'nikan ahuwe': 'just asking',
  'widihak na': 'no way', neda: 'right', 'hadanna ba': 'cannot create', 'udeta hari': 'in the morning fine',
  'aye yanawa': 'drop again', 'ma bhako': 'on', 'hune jane': 'registers and drops', 'just doubt': 'just curious',
  'thik hoye geche': 'got fixed', 'jal gaya': 'died', 'register aagala': 'not registering', 'register agala': 'not registering',
  'ip maari': 'ip changed', 'udp aanu': 'it is udp', 'tcp illa': 'no tcp', 'safe aano': 'is it safe', 'error onnumilla': 'no errors',
  'calls ellam pokunnund': 'all calls go through', 'registration poyidhu': 'lost registration', 'router pinnadi': 'behind the router',
  'nethu panna change': 'the change made yesterday', 'wath naha': 'none at all', 'calls hari': 'calls are fine',
};
/**
 * Maghrebi Darija in Arabizi (and in Arabic script as scriptWords reads it) and West and Central African French, read as one
 * (SYMPTOM_JOINS), before the Arabizi tables: "ma" after "men wakt" or "mor" (since, after) makes the clause relative ("men
 * wakt ma fa33alna RST": since we switched RST on; Levantine "mn wa2t ma", Gulf "min 7een ma"), not a denial; "ila" (if), "ghadi" (will), not staying registered ("ma
 * y9a3douch registered", "ma3adch kayb9aw"), calls blocked or left hanging ("kaytbloqaw", "yb9aw m3el9in"), a greeting that is
 * no question ("wesh khouya"), a power cut ("coupure STEG"), and French for a problem over ("plus d'erreur", "tout est OK",
 * "depuis que vous avez mis …").
 */
const MAGHREB_FRANCOPHONE: Readonly<Record<string, string>> = {
  'men wakt ma': 'since', 'mn wa9t ma': 'since', 'mn wakt ma': 'since', 'men wa9t ma': 'since', 'mn wa2t ma': 'since',
  'men wa2t ma': 'since', 'min 7een ma': 'since', 'mn lamma': 'since', 'tfakket mn el registration': 'drop from the registration',
  'bit3alla2': 'hang', 'bitdal m3all2a': 'stay hanging', 't6ee7': 'drop', 'yrmi': 'drops', 'rege3o registered kolohom': 'all registered again',
  'mafish 7aga dlwa2ty': 'nothing now', 'mor ma enabled': 'after we enabled',
  'mor ma': 'after', 'ila drna': 'if we set', 'wach ila': 'if', 'ghadi ydropi': 'will drop', 'ghir kanfkro': 'just thinking',
  // what should we do, the French "no call drops", enabled ("t'activa"), working, changed ("t'bedlet")
  'wach ndirou': 'what should we do', 'aucun appel ne tombe': 'no call drops', tactiva: 'enabled', khddamin: 'working',
  // French of France, Quebec, Africa and Haiti in fresh hands: disconnected and dropping again, no longer registered, fall
  // "not registered", hung, indeed since, always on UDP and never TCP, will it generate
  deconnectes: 'drop off', deconnectees: 'drop off', retombent: 'drop again', 'ne restent plus enregistres': 'are no longer registered',
  'non enregistrees': 'unregistered', 'non enregistres': 'unregistered', dekonekte: 'drop off', accroches: 'hanging',
  'cest bien depuis': 'it is indeed since', 'jamais en tcp': 'never tcp', 'toujours ete en udp': 'always on udp',
  'ca va-tu generer': 'will it generate',
  tbedlet: 'changed', tbdlet: 'changed',
  'mazal ma fa3elnah': 'not yet enabled', 'mazal ma drna walo': 'we have not done anything yet', 'ma y9a3douch': 'do not stay',
  'ma3adch kayb9aw': 'no longer stay', 'kaytbloqaw': 'get blocked', 'ybloki': 'blocks', 'yb9aw m3el9in': 'stay hanging',
  'kaydouzo': 'pass', 'mzyanin': 'are fine', 'wesh khouya': 'hey brother', 'matondo mingi': 'thanks a lot', 'matondo': 'thanks',
  'coupure steg': 'power cut', 'coupure delectricite': 'power cut', 'coupure de courant': 'power cut',
  'plus derreur': 'no more errors', 'plus de cannot assign': 'no more cannot assign', 'tout est ok': 'all is ok',
  'tout est calme': 'all is fine', 'est tombe a': 'fell to', 'que vous avez mis': 'you set', 'se bloquent': 'get blocked',
  'coupure electricite': 'power cut', 'votre changement': 'your change', 'mn changement': 'since the change',
  'eux disent que': 'they say that', 'chez eux': 'on their side',
};
/**
 * Burmese, Khmer and Lao as typed in Latin letters, read as one (SYMPTOM_JOINS): fixed and no more ("pyin pee thar pae",
 * "tot buu", "bor lud ik"), registration that keeps dropping or does not stay ("register pyout pyout", "register ot job te",
 * "dach rol 5 neati"), cannot connect or call out, behind ("nauk mhar", "krao"), changed ("pdor"), is it normal ("pokkati bor").
 */
const BURMESE_KHMER_LAO_LATIN: Readonly<Record<string, string>> = {
  // Khmer and Burmese in Latin letters, in fresh hands: this was from last year, an old log, not stable, every (three minutes);
  // the rule removed already, fine again, the ticket can be closed
  'pi chnam moun': 'from last year', 'chnam moun': 'last year', 'log chas': 'old log', 'ot stable': 'not stable',
  'reang ral': 'every', 'nis ban': 'this was', 'hpyoke pyi': 'removed already', 'kaung thwar pyi': 'fine again', 'pate lo ya pyi': 'can be closed',
  // Khmer: only asking to check ("sop check ponnan"), no fault
  'sop check ponnan': 'just checking', 'check ponnan': 'just checking',
  // a friend's setup, not ours ("mit knhom": my friend; "knhom ot dael bert te": I never turned it on; "server knhom ok")
  'mit knhom': 'my friend', 'knhom ot dael bert te': 'i never enabled it', 'server knhom ok': 'my server is ok',
  // Burmese as typed in fresh hands: since it was turned on ("phwint pee kat ka sa pee"), behind ("nout ka"), keeps dropping
  'phwint pee kat ka sa pee': 'since it was turned on', 'nout ka': 'behind', 'pyoke pyoke phit nay tal': 'keeps dropping',
  'pyin pee thar pae': 'already fixed', 'ma twae ya tot buu': 'not seen anymore', 'register pyout pyout twar tal': 'registration keeps dropping',
  'connect ma ya tot buu': 'cannot connect anymore', 'nauk mhar': 'behind', 'nauk ka': 'behind', 'change lote lite tae': 'changed',
  'dach rol': 'drops every', 'register ot job te': 'registration does not stay', 'ot ei te': 'no problem', 'chol ot ban': 'cannot connect',
  'pi bong pdor': 'since you changed', 'krao router': 'behind the router', 'nov phteah': 'at home', 'bor lud ik': 'no more drops',
  'ok mot': 'all ok', 'khop jai': 'thanks', 'pid rst': 'turned rst off', 'lang jak': 'after', 'thoh ork bor dai': 'cannot call out',
  'pokkati bor': 'is it normal ?', 'ticket kao': 'old ticket', 'hai bantuek': 'for the record', 'load pate lite tot': 'after we stopped the load test',
  'load pay kyi': 'ran a load test', 'a khu': 'now', 'ey lov': 'now', 'choh mok': 'down to', 'ot dach tiet te': 'no longer drop',
  'ot ban bert': 'did not enable', 'mok pi internet dach': 'because the internet is down', 'internet dach': 'the internet is down',
  'dap mot': 'all down', 'sai khad': 'the line is cut', 'bor kiao kab': 'not related to', 'internet kya nay': 'the internet is down',
  'fiber cable pyat': 'the fiber cable is cut',
};
/**
 * Somali and Sudanese Arabizi, read as one (SYMPTOM_JOINS): "since" (tan iyo), not registering and behind ("ma
 * isdiiwaangelinayaan", "ka dambeeyaan"), calls that do not go through or drop ("ma socdaan", "way go'aan"), the firewall
 * that drops no RST and calls that work ("ma tuurayo", "way shaqeynayaan"), what should we do; a week ago, none now, all fine.
 */
const HORN_LATIN: Readonly<Record<string, string>> = {
  'tan iyo': 'since', 'ma isdiiwaangelinayaan': 'do not register', 'ka dambeeyaan': 'are behind', 'ma socdaan': 'do not go through',
  'way goaan': 'drop', 'ma tuurayo': 'does not drop', 'way shaqeynayaan': 'are working', 'maxaan sameynaa': 'what should we do',
  'wuu sii kordhayaa': 'keeps increasing', 'min el beit': 'from home', 'min imbare7': 'since yesterday', 'kan gabul usbu3': 'was a week ago', 'hasa mafi': 'none now',
  'tamam kollo': 'all fine', 'wa birja3o': 'and come back', 'ayaa goan': 'is cut', 'koronto ma jirto': 'there is no power',
  'waa la xiray': 'was suspended', 'lacagta lama bixin': 'the bill was not paid',
  // Somali in fresh hands: is over, are registered, did … run out, the ports, went down from, there was none, the power went
  // off; Amharic in Latin letters: "new" is "is" after a transport, and after a plural ("agent-och new": they are agents)
  'och new': 'are', 'way dhammaatay': 'is over', 'waa registered': 'are registered', 'ma dhammaadeen': 'ran out',
  'transport new': 'transport is',
  'tcp new': 'tcp is', 'udp new': 'udp is', 'port yadii': 'the ports', 'port-yadii': 'the ports',
  'ka degtay': 'went down from', 'ma jirin': 'there was none', 'korontada ayaa goday': 'the power went off',
};
/**
 * Albanian without its letters, Greeklish, Armenian in Latin letters and Azerbaijani, read as one (SYMPTOM_JOINS): after your change,
 * fell from … to, no more, close the ticket, switched on, the phones behind the router, dropping from registration every few
 * minutes, shall we turn it back off, working from home; every day, stops opening new TCP connections, all fine after the peak;
 * Azerbaijani for the archive, an old ticket, solved.
 */
const BALKAN_CAUCASUS_LATIN: Readonly<Record<string, string>> = {
  // Albanian
  'pas ndryshimit tuaj': 'after your change', 'ra nga': 'fell from', 'nuk ka me': 'no more', 'mund ta mbyllni tiketen': 'you can close the ticket',
  'ndezi': 'enabled', 'telefonat pas routerit': 'the phones behind the router', 'bien nga regjistrimi': 'drop from registration',
  'cdo 5 minuta': 'every 5 minutes', 'ta kthejme ne off': 'should we turn it back off', 'pas aktivizimit te': 'after enabling',
  'pas nat': 'behind nat', 'shfaqen unregistered': 'show unregistered', 'passwordet jane te njejta': 'the passwords are the same',
  // Greeklish
  'kathe mera': 'every day', 'stamataei na anoigei nees tcp syndeseis': 'stops opening new tcp connections',
  'meta ola kala': 'after the peak all fine', 'energopoihse': 'enabled', 'tilefwna': 'phones', 'pefthoun apo registration': 'drop from registration',
  'na to gyrisoume off': 'should we turn it back off', 'pisw apo': 'behind', 'kathe 5 lepta': 'every 5 minutes',
  // Armenian in Latin letters
  'erekva': 'yesterday', 'popoxutyunic heto': 'after the change', 'tanic ashxatox': 'working from home',
  'korcnum en registration': 'lose registration', 'amen mi qani rope': 'every few minutes',
  // Azerbaijani: for the archive, an old ticket, solved, nothing needed, you can close the ticket
  'arxiv ucun': 'for the record', 'kohne ticket': 'old ticket', 'hell olundu': 'was solved', 'hec ne lazim deyil': 'nothing needed',
  'bagliya bilersiz': 'you can close the ticket',
  // Azerbaijani and Turkish in fresh hands: the power went out, no problem in the daytime, thousands of, connections fail, not
  // staying registered, online users fell from … to, the ones that fell are behind NAT, but now, that got fixed, we no longer
  // get the error, the settings worked, it happened last month, clean since then
  'isiq getmisdi': 'the power went out', 'gunduz problem yoxdur': 'no problem in the daytime', 'minlerle': 'thousands of',
  'connect ler fail olur': 'connections fail', 'register qalmir': 'do not stay registered', 'register kalamiyor': 'cannot stay registered',
  'unregistered oluyor': 'go unregistered', 'dusenler hamisi': 'the ones that dropped are all', 'amma indi': 'but now',
  'o duzeldi': 'that got fixed', 'hatasi almiyoruz': 'error no more', 'ise yaradi': 'worked', 'olayi gecen ay yasandi': 'happened last month',
  'o zamandan beri temiz': 'clean since then', 'bilmek isteyirem': 'i want to know', 'bilmek istiyorum': 'i want to know',
  // Finglish: but now, calls through the firewall hang
  'vali hala': 'but now', 'gir mikonan': 'hang', 'call haii': 'calls', 'az firewall rad mishan': 'pass through the firewall',
  // Persian as scriptWords reads it: just reporting
  'only report': 'just reporting',
  // Uzbek: you can close the ticket, fell to
  'tiketni yopsangiz boladi': 'you can close the ticket', 'ga tushdi': 'fell to',
};
/**
 * Indonesian, Malay and Taglish as typed in fresh hands, read as one (SYMPTOM_JOINS): registration that keeps dropping ("putus
 * register terus"), a new problem said noun first ("masalah baru", not a new softphone), working from home (WFH), not
 * affected ("tak kena"), down to ("turun ke"), switched to ("i-switch sa"), is it normal ("normal kan"), since then ("simula
 * noon").
 */
const NUSANTARA_LUZON: Readonly<Record<string, string>> = {
  // "kalo" before RST supposes the change ("kalo rst mode di on, … bakal unreg gak?"); before a load it tells when it fails
  'kalo rst': 'if rst',
  // Tagalog and Cebuano in fresh hands: RST switched off ("RST naka-off"), already old and resolved ("na" is already, not "not"),
  // registration lost all the time, no longer registered, you said, you switched, the only change, calls that hang and do not
  // end, blocks
  'rst naka off': 'rst is off', 'rst naka-off': 'rst is off', 'luma na': 'is old', 'resolved na': 'already resolved',
  'mawala ang registration': 'lose the registration', 'kanunay na lang': 'always', 'hindi na po rehistrado': 'no longer registered',
  'hindi na rehistrado': 'no longer registered', 'sabi niyo': 'you said', 'in-switch niyo': 'you switched',
  'in switch niyo': 'you switched', 'yun lang nagbago': 'that was the only change', nabibitin: 'hang',
  'hindi nagbababa': 'do not end', hinaharang: 'blocks', 'hindi maibaba': 'cannot end', nakabiting: 'hanging',
  'putus register terus': 'keeps losing registration', 'putus register': 'loses registration', 'masalah baru': 'a new problem',
  'wfh': 'working from home', 'tak kena': 'not affected', 'turun ke': 'down to', 'i switch sa': 'switched to',
  'normal kan': 'is it normal', 'naik turun': 'fluctuates',
  // Malay: no longer registers ("tak register dah")
  'tak register dah': 'no longer registered', 'tak register lagi': 'no longer registered',
  // Tagalog "simula noon" (since then): "noon" is then here, not Dhivehi "noon" (is not)
  'simula noon': 'since then', 'mula noon': 'since then',
};
/** Czech, Slovak and Hungarian without their accents, and Uzbek, Kazakh and Kyrgyz in Latin letters, read as one (SYMPTOM_JOINS). */
const CZECH_HUNGARIAN_TURKIC: Readonly<Record<string, string>> = {
  // Turkish puts "değil" after what it denies: "30 bin değil 80" (not 30 thousand: 80) sets the figure right
  'bin degil': 'thousand correction',
  // Czech and Hungarian in fresh hands: out of the registration, if I know right, fits easily, last week's
  'z registrace': 'out of registration', 'ha jol tudom': 'if i am right', 'boven belefer': 'fits easily', 'mult heti': 'last weeks',
  'od te doby': 'since then', 'od tej doby': 'since then', 'od doby': 'since', 'v pohode': 'fine',
  'nikdo nemenil': 'nobody changed', 'nikto nemenil': 'nobody changed', 'vypadla elektrina': 'power went out',
  'vypadek proudu': 'power outage', 'vypadok proudu': 'power outage', 'uz neni nic treba': 'nothing needed anymore',
  'jen info': 'just info', 'len info': 'just info', 'nejde o': 'it is not about',
  'kolega tvrdi': 'a colleague thinks', 'pricina bola': 'the cause was', 'pricina byla': 'the cause was',
  'nalunk ilyen nincs': 'we do not have this', 'za mikrotik': 'behind mikrotik', 'za mikrotikem': 'behind mikrotik',
  'za mikrotikom': 'behind mikrotik', 'za natom': 'behind nat', 'za natem': 'behind nat', 'za nat': 'behind nat',
  'za routerem': 'behind router', 'za routerom': 'behind router', 'za domacima routerama': 'behind home routers',
  'za domacimi routermi': 'behind home routers', 'rozsah portov': 'port range', 'rozsah portu': 'port range',
  'tobb ezer': 'thousands of', 'alljunk vissza': 'should we revert', 'vissza off ra': 'back to off',
  'mit tegyunk': 'what should we do', 'meg ment': 'still worked', 'felig felepulnek': 'are half set up',
  'jon letre': 'are set up', 'rst flaggel': 'with tcp flags r', 've spicce': 'at peak', 'vo spicke': 'at peak',
  'co s tim': 'what should we do', 'vratit to off': 'revert it to off', 'mam to vratit': 'should i revert it',
  'mult heten': 'last week', 'minden oke': 'all fine', 'minden ok': 'all fine',
  'nat mogott nincs': 'no nat', 'tuzfal sincs': 'no firewall', 'tuzfal nincs': 'no firewall',
  'nem megy': 'does not work', 'nie sme za natom': 'we are not behind nat',
  'na softswitchi': 'on the softswitch', 'na softswitchu': 'on the softswitch', 'na serveri': 'on the server',
  'na serveru': 'on the server', 'za routrom': 'behind router',
  'nejsme za natem': 'we are not behind nat', 'nedaju otvorit': 'cannot open', 'nejdou otevrit': 'cannot open',
  'mame off': 'is off', 'nie je ziadny drop': 'there is no drop', 'vse v poradku': 'all fine',
  'jen posilam': 'just sending', 'konkurens szolgaltatonal': 'at a competitor',
  'chygyp ketip': 'dropping out', 'chiqib ketyapti': 'drops out', 'shygyp ketip': 'dropping out',
  'tushup ketti': 'dropped', 'tirkele almaidy': 'cannot register',
  'tirkeluden shygyp': 'dropping out of registration', 'otgan hafta': 'last week', 'otken jyly': 'last year',
  'otkon jyly': 'last year', 'osilib qolyapti': 'hang', 'rst ti otkizbeidi': 'does not let rst through',
  'otkizbeidi': 'does not let through', 'bari jaksy': 'all fine', 'hammasi yaxshi': 'all fine',
  'emne kylabyz': 'what should we do', 'nima qilamiz': 'what should we do', 'ne isteimiz': 'what should we do',
  'tcp umuman yoq': 'no tcp at all', 'umuman tegmadik': 'never touched',
  'parolni almashtirgandan': 'after the password change', 'hech qachon yoqmaganmiz': 'we never enabled it',
  'hech qachon': 'never', 'hech kim': 'nobody', 'eshkim ozgertpedi': 'nobody changed',
  'bizde jok': 'we do not have this', 'ugyfelek jok': 'customers are fine',
  'jyldyq otchetqa': 'for the annual report', 'udp da': 'on udp', 'uy routerler': 'home routers',
  'uy routerlari': 'home routers', 'jasagandan': 'after doing', 'jasalgannan': 'after doing',
  'solved qildik': 'we solved',
  'jakshy ishtep jatat': 'working fine', 'ishtep jatat': 'working',
  'jon gana bildirip koiom': 'just letting you know', 'on ni qilgandik': 'we turned on',
  'dropping ketganlar': 'dropped out', 'tushup jatat': 'is dropping', 'rst ti': 'rst', 'rst ni': 'rst',
  'rst di': 'rst', 'rst ty': 'rst', 'rst dy': 'rst', 'rst tin': 'rst', 'rst nin': 'rst',
  'jangy register': 'another register',
};
/** The join that reads each phrase of `table` as its value, a whole word at each end; the longest phrase found at a place wins. */
function phrasesJoin(table: Readonly<Record<string, string>>): Join {
  const phrases = Object.keys(table);
  let pattern: RegExp | undefined;
  return {
    hints: phrases,
    hintsStartWords: true,
    // Built when a message first arms the table: most messages arm few of the tables, and start-up would pay for all of them.
    get pattern() {
      return (pattern ??= new RegExp(`\\b${literalsPattern(phrases)}\\b`, 'g'));
    },
    to: (m) => table[m] as string,
  };
}
/** The word a hint begins with, as the hints of phrase tables are looked up by it. */
const FIRST_WORD = /^[a-z0-9]+/;
/** How many characters after its first word a hint is filed under (a space and two letters of the next word, mostly). */
const AFTER_FIRST_WORD = 3;
/**
 * The AFTER_FIRST_WORD characters at `at` as FirstWordHints.next files them: as one number when they are ASCII, as most
 * are, which is looked up without a string to cut out and hash; else as the string.
 */
function nextKey(text: string, at: number): number | string {
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) < 128 ? (a << 14) | (b << 7) | c : text.slice(at, at + AFTER_FIRST_WORD);
}
/** A character `\b` counts as part of a word: an ASCII letter, digit or underscore (NaN, past the end, is none). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95;
}
/** A join's hint, with its first run of letters and digits and how far into the hint that begins (0: it begins the hint). */
interface WordHint {
  readonly hint: string;
  readonly run: string;
  readonly before: number;
  /** The character next to the run in the hint, which the text must have next to the word. */
  readonly beside: number;
  readonly joins: readonly number[];
}
/** What a word of a text arms, before the joins, and its token. */
interface WordFacts<W> {
  /** The phrases that begin with it. */
  readonly starting: FirstWordHints | undefined;
  /** The joins of the hints inside it. */
  readonly arms: readonly number[] | undefined;
  /** The hints whose run begins it (after something else in the hint) or ends it (beginning the hint). */
  readonly around: readonly WordHint[] | undefined;
  /** A number word (NUMBER_WORDS): a text without one has no figure in words. */
  readonly numberWord: boolean;
  /** The token cache's entry for the word, kept here too while the cache is not cleared (until `tokenRound` ends). */
  token: TokenInfo<W> | undefined;
  tokenRound: number;
}
/** The first run of letters and digits in a hint. */
const HINT_RUN = /[a-z0-9]+/;
interface FirstWordHint {
  readonly hint: string;
  readonly join: number;
}
/** The hints that begin with one word: those that go on for fewer than AFTER_FIRST_WORD characters, and the others by how they go on. */
interface FirstWordHints {
  readonly short: FirstWordHint[];
  readonly next: Map<number | string, FirstWordHint[]>;
}
/**
 * Case endings and articles that Georgian, Armenian, Albanian, Macedonian and Somali ("log-ga", "firewall-ka", the log,
 * the firewall) write after a hyphen.
 */
const HYPHEN_ENDINGS = ['ga', 'ka', 'gii', 'kii', 'is', 'shi', 'ze', 'it', 'ebi', 'ebis', 'ebze', 'ebshi', 'ebs', 'ma', 'ian', 'um', 'ov', 'y', 'n', 'ic', 'ery', 'nery', 'ner', 'neri', 'nerin', 'ot', 'ta', 'to', 'te', 'ja', 'un', 'at', 'et', 've', 'ne', 'se', 'i', 'u', 'e', 'a', 's'];
const SYMPTOM_JOINS: readonly Join[] = [
  TIME_WAIT_JOIN,
  // Tagalog and Cebuano "350 na lang", "600 nlng" (only 350 now): a figure said to be all that is left is the one of now
  // (before the Tausug "na lang", only, of the phrase tables).
  { hints: [' na lang', ' nalang', ' nlng', ' na lng'], pattern: /\b(\d[\d,.]*k?) (?:na lang|nalang|nlng|na lng)\b/g, to: 'now only $1' },
  // "un registered", "re-register", "de-registered" (only with the hyphen: Spanish writes "de registro").
  { hints: ['regist'], pattern: /\b(un|re|de(?=-))[\s-]+regist/g, to: '$1regist' },
  { hints: ['exhaust'], pattern: /\bport[\s-]+exhaust/g, to: 'ports exhaust' },
  // "Off→On", "off -> on": a change from one to the other.
  { hints: ['→', '->', '=>'], pattern: /\b(off|on)\s*(?:→|->|=>)\s*(on|off)\b/g, to: '$1 to $2' },
  // sockstat's "tcp_tw" and the node exporter's "node_sockstat_TCP_tw" count the sockets in TIME_WAIT.
  { hints: ['tcptw'], pattern: /\b(?:node)?(?:sockstat)?tcptw\b/g, to: 'timewait' },
  // "tw 38k", "TW under 200", "actual TW was 600", "TW went from 35k to 2k": TIME_WAIT as a count is written, so the
  // extractor reads the count too.
  { hints: ['tw'], pattern: /\btw(?=\s*(?:[:=~]\s*)?(?:(?:is|was|were|at|under|over|around|about|only|just|still|now|ab|ekhon|from|went from|came down from)\s+)?\d)/g, to: 'timewait' },
  // French "pas" after a verb ("n'est pas", "ne passent pas", "c'est pas ça") is "not"; Albanian "pas NAT-it" is "behind".
  { hints: [' pas'], pattern: /\b(nest|cest|nont|nai|ne [a-z]+|est|sont|etait|ca|marche|fonctionne) pas\b/g, to: '$1 not' },
  // French "mot(s) de passe" (password), "revenir en arrière" (roll back), "c'est reparti" and "tout est revenu" (working again).
  { hints: ['de passe'], pattern: /\bmots? de passe\b/g, to: 'password' },
  { hints: ['revenir en arriere'], pattern: /\brevenir en arriere\b/g, to: 'roll back' },
  { hints: ['reparti', 'tout est revenu'], pattern: /\b(?:cest reparti|tout est revenu)\b/g, to: 'everything back to normal' },
  // Portuguese "perfeito, encerra" (close it, said of the ticket); "a chamada não encerra" is a call that does not end.
  { hints: ['encerra'], pattern: /\b(?:perfeito|perfect|ok|certo|beleza|otimo)[,.!]? +encerra\b/g, to: 'close the ticket' },
  // Portuguese and Spanish "não está", "no está" (is not) before a verb: "o firewall não está descartando".
  { hints: ['nao est', 'no est'], pattern: /\b(?:nao|no) (?:esta|estao|estava)\b/g, to: 'is not' },
  // "non-NAT phones are fine" are phones on a public address: no denial of NAT.
  { hints: ['non'], pattern: /\bnon[\s-]?nat(?:ed|ted|d)?\b/g, to: 'public' },
  // Darija "ma b9awch registered" (are no longer registered): "ma" alone is Nepali's "in".
  { hints: ['b9awch'], pattern: /\bma b9awch\b/g, to: 'not' },
  // Dictated: letters read out one by one ("u f w", "n t p d", "c p s"), and what speech-to-text makes of RST, MikroTik,
  // CPS, nginx and "already" ("rest mode", "my crotic", "sea PS", "engine x", "all ready in use").
  { pattern: /\b(?:[a-z] ){2,}[a-z]\b/g, to: (letters) => letters.replaceAll(' ', '') },
  { hints: ['rest '], pattern: /\brest (mode|packets?|flags?|setting|thing|close)\b/g, to: 'rst $1' },
  { hints: ['crotic', 'micro ti', 'mikro tik'], pattern: /\b(?:my crotic|micro tick|micro tik|mikro tik)\b/g, to: 'mikrotik' },
  { hints: ['sea ps', 'see ps'], pattern: /\b(?:sea|see) ps\b/g, to: 'cps' },
  { hints: ['all ready in use'], pattern: /\ball ready in use\b/g, to: 'already in use' },
  { hints: ['engine x'], pattern: /\bengine x\b/g, to: 'nginx' },
  // Vietnamese "het loi address already in use" (no more "address already in use" errors): the error named after the
  // words.
  { hints: ['het loi'], pattern: /\bhet loi (address already in use|eaddrinuse|cannot assign requested address|bind)\b/g, to: 'no more $1 errors' },
  // French, Spanish and Portuguese "de 28 000 (TIME_WAIT) a 900" (from … to): the figure it went to, as the extractor reads
  // "timewait from … to".
  { hints: [' de '], pattern: /\bde (\d[\d ,.]*\d(?: mil| mille)?) timewait a (\d[\d,.]*)\b/g, to: 'timewait from $1 to $2' },
  { hints: [' de '], pattern: /\bde (\d[\d ,.]*\d(?: mil| mille)?) a (\d[\d,.]*)\b/g, to: 'from $1 to $2' },
  // French "plus de « cannot assign requested address »" (no more of the error), named after the words.
  { hints: ['plus de'], pattern: /\bplus de "?(cannot assign requested address|address already in use|eaddrinuse|bind|erreurs?|errors?)\b/g, to: 'no more $1' },
  // Nepali "cannot assign requested address aaudaina" (the error no longer comes), named after the words, as "het loi" is.
  { hints: [' aaudaina'], pattern: /\b(cannot assign requested address|address already in use|eaddrinuse|bind error) aaudaina\b/g, to: 'no more $1' },
  // Hindi and Nepali "5 hazar se kam", "2 hajar bhanda kam" (fewer than): the figure as a bound, not a count told.
  { hints: [' since low', ' se kam', ' bhanda kam', ' bhanda work', ' since work'], pattern: /\b(\d[\d,.]*(?: (?:hazar|hajar|thousand|k))?) (?:since|se|bhanda) (?:low|kam|work)\b/g, to: 'under $1' },
  // Tagalog "wala nang bind error" (no more bind error): "wala" alone is Hindi's "the one" ("30k wala message").
  { hints: ['wala nang'], pattern: /\bwala nang\b/g, to: 'no more' },
  // "no" before a comma or a bracket ("RST On no, NAT phones …", "hotel no (NAT)": Twi's article after its noun) says nothing of
  // the words after it; an answer ("dropping? no, …") or a "but no," stays a denial.
  // A voice note's transcript opens with its marker ("[áudio]", "[audio]"): a voice note, not the call audio.
  { hints: ['audio'], pattern: /^\s*\[\s*audio\s*\]/, to: ' voice note ' },
  { hints: ['no'], pattern: /\bno(?=,|\s*\()(?<!(?:\?|\bbut|\bpero|\bmas|\bmais|\bma|\baber|\bmaar|\bama|\blekin|\bpar)\s*no)/g, to: '' },
  // Phrases of other languages read as one: see SUPPOSED_CHANGE, ASKED_TO_UNDERSTAND, SAID_AS_ONE, RUSSIAN_LATIN, THAI_LATIN, MAGHREB_FRANCOPHONE, ARABIZI, CREOLE_FRENCH_NEPALI,
  // KURDISH_CEBUANO_INDOCHINA, CZECH_HUNGARIAN_TURKIC, INDOCHINA_ANATOLIA_IRAN, GERMAN_ROMANCE_POLISH, DRAVIDIAN_SINHALA_LATIN, BURMESE_KHMER_LAO_LATIN, HORN_LATIN, BALKAN_CAUCASUS_LATIN, NUSANTARA_LUZON, NORDIC_INDIAN_OCEAN_MONGOLIAN, MANY_MARKETS_LATIN, LUSO_CAUCASUS_BALKAN,
  // BALTIC_HEBREW_GREAT_LAKES, PINYIN_ITALIAN_HORN_PUNJABI, IBERIA_AFRICA_PACIFIC_ANDES,
  // INDUS_ASSAM_SOTHO_DUTCH, SAHEL_KONKAN_VISAYAS_ATLAS, JAVA_SUNDA_MINANG_ACEH, PEARL_HOKKIEN_STRAITS,
  // PURVANCHAL_MITHILA_AWADH, BUGANDA_ANKOLE_ACHOLI_BUSOGA, BALI_MADURA_BANJAR_BUGIS, KIKUYU_LUO_KAMBA, UYGHUR_TATAR_BASHKIR,
  // YEMEN_SUDAN_OMAN, SLOVENE_ICELANDIC_IRISH_WELSH, DHIVEHI_TETUM_BRUNEI, HMONG_KAREN_SHAN_KACHIN, CARIBBEAN_CREOLES,
  // MARWAR_HARYANA_GARHWAL_CHHATTISGARH, SYLHET_CHITTAGONG_ROHINGYA_CHAKMA, KASHMIR_JAMMU_KALAT_HAZARA and SULU_LANAO_ZAMBOANGA.
  phrasesJoin(SUPPOSED_CHANGE),
  phrasesJoin(ASKED_TO_UNDERSTAND),
  phrasesJoin(SAID_AS_ONE),
  phrasesJoin(RUSSIAN_LATIN),
  phrasesJoin(THAI_LATIN),
  phrasesJoin(MAGHREB_FRANCOPHONE),
  phrasesJoin(ARABIZI),
  phrasesJoin(CREOLE_FRENCH_NEPALI),
  phrasesJoin(KURDISH_CEBUANO_INDOCHINA),
  phrasesJoin(CZECH_HUNGARIAN_TURKIC),
  phrasesJoin(INDOCHINA_ANATOLIA_IRAN),
  phrasesJoin(GERMAN_ROMANCE_POLISH),
  phrasesJoin(DRAVIDIAN_SINHALA_LATIN),
  phrasesJoin(BURMESE_KHMER_LAO_LATIN),
  phrasesJoin(HORN_LATIN),
  phrasesJoin(BALKAN_CAUCASUS_LATIN),
  phrasesJoin(NUSANTARA_LUZON),
  // Russian and Ukrainian tens said before a word for thousand ("под тридцать тыщ", read as "тридцать thousand"): the figure, so
  // the count is read. Only there: "видел штук сорок" (about forty of them) stays unread, as a denial after it reads it.
  { hints: ['двадцат', 'двадцят', 'тридцат', 'тридцят', 'сорок', 'пятьдесят'], pattern: /(?<![\p{L}])(двадцать|двадцять|тридцать|тридцять|сорок|пятьдесят) thousand\b/gu, to: (m) => `${CYRILLIC_TENS[m.slice(0, m.indexOf(' '))]} thousand` },
  phrasesJoin(NORDIC_INDIAN_OCEAN_MONGOLIAN),
  phrasesJoin(MANY_MARKETS_LATIN),
  phrasesJoin(LUSO_CAUCASUS_BALKAN),
  phrasesJoin(BALTIC_HEBREW_GREAT_LAKES),
  phrasesJoin(PINYIN_ITALIAN_HORN_PUNJABI),
  phrasesJoin(IBERIA_AFRICA_PACIFIC_ANDES),
  phrasesJoin(INDUS_ASSAM_SOTHO_DUTCH),
  // Hindi and Urdu "2022 ki baat hai" (that was in 2022): a year's matter is a past incident, told as "an incident in 2022".
  { hints: [' ki baat', ' ka waqia'], pattern: /\b((?:19|20)[0-9]{2}) (?:ki baat|ka waqia) (?:hai|thi|he|h)\b/g, to: 'an incident in $1' },
  phrasesJoin(SAHEL_KONKAN_VISAYAS_ATLAS),
  phrasesJoin(JAVA_SUNDA_MINANG_ACEH),
  // Acehnese "mate" (dead) after the line or the power that went down ("ISP bak Lhokseumawe mate", "listrek mate"): down; Sundanese
  // "tos 2 poe" (for two days): "poe" alone is Power over Ethernet.
  { hints: [' mate'], pattern: /\b(isp|internet|jaringan|modem|router|pln|listrek|power)((?: [a-z]+){0,3}?) mate\b/g, to: '$1$2 is down' },
  { hints: [' poe'], pattern: /\b(?:tos|geus|ges|ti|salila|parantos) ([0-9]+|dua|tilu|opat) poe\b/g, to: 'for $1 days' },
  phrasesJoin(PEARL_HOKKIEN_STRAITS),
  phrasesJoin(PURVANCHAL_MITHILA_AWADH),
  phrasesJoin(BUGANDA_ANKOLE_ACHOLI_BUSOGA),
  phrasesJoin(BALI_MADURA_BANJAR_BUGIS),
  phrasesJoin(KIKUYU_LUO_KAMBA),
  phrasesJoin(UYGHUR_TATAR_BASHKIR),
  // Tatar and Bashkir "meñ" (thousand) after a figure ("TIME_WAIT 26 meñ", "28 meñgä"): "men" alone is Uzbek's "I".
  { hints: [' men'], pattern: /\b([0-9]+) men(?:ga|ge|nan|nen|dan|den|da|de)?\b/g, to: '$1 thousand' },
  phrasesJoin(YEMEN_SUDAN_OMAN),
  phrasesJoin(SLOVENE_ICELANDIC_IRISH_WELSH),
  phrasesJoin(KONGO_MBUNDU_KASAI_MAKHUWA),
  phrasesJoin(BETI_FANG_BASSA_SANGO_CHAD),
  // Ewondo "tosin", "tosen" (thousand) after a figure and Sango "saki" before one ("27 tosin", "TIME_WAIT saki 30"), read as the
  // extractor reads thousands; not alone, where Efik's "tọsịn" counts in its own way.
  { hints: [' tosin', ' tosen'], pattern: /\b([0-9]+) tos[ei]n\b/g, to: '$1 thousand' },
  { hints: ['saki '], pattern: /\bsaki (?=[0-9])/g, to: 'elfu ' },
  // Kikongo "ke … ve" (not) around a verb or a noun of one to three words ("ke bandaka ve", does not start; "ke firewall ve", not the
  // firewall; "ke diambu ya RST ve", not an RST matter) and "diambu ya … ke ve" (it is no … matter): "ke" alone is Hindi's
  // "of" and "ve" Turkish "and".
  { hints: ['diambu ya'], pattern: /\b(?:ke diambu ya ((?:[a-z0-9]+ ){0,2}?[a-z0-9]+) ve|diambu ya ([a-z0-9]+) ke ve)\b/g, to: 'not a $1$2 problem' },
  { hints: [' ve'], pattern: /\bke ((?:[a-z0-9]+ ){0,2}?[a-z0-9]+) ve\b/g, to: 'not $1' },
  // German "ab 22 Uhr" (from ten at night): the hour something holds from.
  { hints: [' uhr'], pattern: /\bab ([0-9]{1,2}) uhr\b/g, to: 'from $1' },
  // Irish and Welsh "ar" (on) before a figure ("ar 5060", "ar 8080"): Georgian's "ar" (not) stands before a verb.
  { hints: ['ar 0', 'ar 1', 'ar 2', 'ar 3', 'ar 4', 'ar 5', 'ar 6', 'ar 7', 'ar 8', 'ar 9'], pattern: /\bar (?=[0-9])/g, to: 'on ' },
  phrasesJoin(DHIVEHI_TETUM_BRUNEI),
  phrasesJoin(MIZORAM_MEGHALAYA_SANTAL_BHUTAN_TIBET),
  phrasesJoin(PIDGIN_SHENG_SWAHILI),
  // Swahili figures in words after "elfu" (thousand) and "mia" (hundred): "elfu thelathini" (30,000) as "elfu 30", "elfu ishirini
  // na tisa" as "elfu 29", "mia mbili" as 200; Sheng "thao" (thousand) before a figure as "elfu" ("TIME_WAIT kama thao thirty"),
  // after one as thousand ("30 thao").
  { hints: ['elfu ', 'mia '], pattern: SWAHILI_FIGURE, to: swahiliFigure },
  { hints: ['thao'], pattern: /\bthao (?=[0-9]|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|one|two|three|four|five|six|seven|eight|nine)\b)/g, to: 'elfu ' },
  { hints: [' thao'], pattern: /\b([0-9]+) thao\b/g, to: '$1 thousand' },
  // Somali tens before "kun" (thousand): "TIME_WAIT afartan kun" is 40,000.
  { hints: [' kun'], pattern: SOMALI_THOUSANDS, to: (m: string) => `${SOMALI_TENS[m.split(' ')[0] as string] ?? 0} thousand` },
  phrasesJoin(BODO_GARO_KOKBOROK_KARBI),
  // Tibetan "khri" (ten thousand) and "tong" (thousand) after a figure ("TIME_WAIT 3 khri", "2 khri 8 tong": 28,000); Dzongkha
  // "tongthra" and Mizo "sang" (thousand) before it ("TIME_WAIT tongthra 47", "TIME_WAIT sang 40"): "sang" alone is Vietnamese's
  // "to", so it is read only after what it counts.
  { hints: [' khri'], pattern: /\b([0-9]{1,2}) khri(?: ([0-9]) tong)?\b/g, to: (m) => { const d = /([0-9]+) khri(?: ([0-9]))?/.exec(m); return `${d?.[1] ?? ''}${d?.[2] ?? '0'} thousand`; } },
  { hints: ['tongthra '], pattern: /\btongthra ([0-9]{1,3})\b/g, to: '$1 thousand' },
  { hints: [' sang '], pattern: /\b(timewait|packets?|attempts?|connections?|sockets?) sang ([0-9]{1,3})\b/g, to: '$1 $2 thousand' },
  // Mizo "thei lo" (cannot) and Dzongkha "ma tshu" (cannot) after the verb, Dzongkha "mindu" (there is no), "yang mindu" (no …
  // either) and "mindu gi" (without) after the noun, Tibetan "dang 'brel ba me" (has nothing to do with) after it.
  { hints: [' thei lo'], pattern: /\b([a-z]+) thei lo\b/g, to: 'cannot $1' },
  { hints: [' ma tshu'], pattern: /\b([a-z0-9-]+) ma tshu\b/g, to: 'cannot $1' },
  { hints: [' yang mindu'], pattern: /\b(?:([a-z]+) )?([0-9]{3}) yang mindu\b/g, to: '$1 no $2 either' },
  { hints: [' yang mindu'], pattern: /\b([a-z0-9]+) yang mindu\b/g, to: 'no $1 either' },
  { hints: [' mindu gi'], pattern: /\b([a-z0-9]+) mindu gi ([a-z0-9]+)\b/g, to: 'the $2 without $1' },
  { hints: [' mindu'], pattern: /\b([a-z0-9]+) mindu\b/g, to: 'no $1' },
  { hints: [' dang brel'], pattern: /\b([a-z0-9]+) dang brel ba (?:me|mindu)\b/g, to: 'nothing to do with $1' },
  phrasesJoin(HMONG_KAREN_SHAN_KACHIN),
  // S'gaw Karen "ta … bah" around a verb of one to three words ("ta thay bah", cannot; "pa ta enable bah", we did not enable):
  // not; Hmong "txhiab" (thousand) after a figure ("TIME_WAIT 34 txhiab"): "ta" and "bah" alone are other languages' words.
  { hints: [' bah'], pattern: /\bta ((?:[a-z0-9]+ ){0,2}[a-z0-9]+) bah\b/g, to: 'not $1' },
  { hints: [' txhiab'], pattern: /\b([0-9]+) txhiab\b/g, to: '$1 thousand' },
  phrasesJoin(CARIBBEAN_CREOLES),
  phrasesJoin(CAUCASUS_VOLGA_SIBERIA),
  phrasesJoin(OGHUZ_KIPCHAK_CRIMEA),
  // Ossetian "мин" (thousand) beside TIME_WAIT ("timewait 32 мин", "40 мин TIME_WAIT"): Russian's "мин" (minutes) counts no
  // sockets, and TIME_WAIT lasts a minute or two, never tens of minutes. Chechen "ezar", Chuvash "pin" and Sakha "tyhyyncha"
  // (thousand) typed in Latin letters after a figure ("timewait 30 pin"): "pin" alone is English.
  { hints: [' мин'], pattern: /\b(timewait(?: [a-z]+){0,2} [0-9]{2,3}) мин(?![\u0400-\u04ff])|\b([0-9]{2,3}) мин (?=timewait\b)/g, to: (m: string) => m.replace(/ мин/, ' thousand') },
  { hints: [' ezar', ' pin', ' tyhyy'], pattern: /\b([0-9]+) (?:ezar|pin|pine|tyhyyncha|tyhyynca)\b/g, to: '$1 thousand' },
  phrasesJoin(MARWAR_HARYANA_GARHWAL_CHHATTISGARH),
  // Hindi, Marwari, Haryanvi, Garhwali and Chhattisgarhi "hi" (itself, only) after the network it stresses ("internet hi ni chha",
  // "wifi hi kamjor"): what is said of it follows.
  { hints: ['net hi', 'network hi', 'wifi hi', 'line hi'], pattern: /\b(internet|network|wifi|net|line) hi\b/g, to: '$1' },
  // Garhwali and Kumaoni "ni" (not) after the transport it denies, ending its clause ("sirf UDP 5060 chh, TCP ni."): Kikuyu's
  // "nĩ" (is) goes on to its verb.
  { hints: ['tcp ni', 'udp ni'], pattern: /\b(tcp|udp) ni(?=[.,;!?)]|$)/gm, to: 'no $1' },
  // Bengali "ar … nai" (no more …, one to three words between: "conntrack e ar INVALID drop nai"), read before the table.
  { hints: [' nai', ' nei'], pattern: /\bar ((?:[a-z]+ ){0,2}[a-z]+) (?:nai|nei)\b/g, to: 'no more $1' },
  // Bengali "<year> er ghotona" (the incident of that year, "২০২৩ এর ঘটনা"): a past incident, as "incident in 2023".
  { hints: [' ghotona', ' incident'], pattern: /\b((?:19|20)[0-9]{2}) (?:er|sal er|saler) (?:ghotona|incident)\b/g, to: 'incident in $1' },
  phrasesJoin(SYLHET_CHITTAGONG_ROHINGYA_CHAKMA),
  // Kashmiri "… saet chu ne kanh taaluq" (has nothing to do with …), read before the negation it holds; then the table.
  { hints: ['saet'], pattern: /\b([a-z0-9]+)\s+saet\s+(?:(?:chu|chi)\s+)?ne\s+(?:(?:kanh|kenh)\s+)?(?:taaluq|taluq|wasta|rishta)\b/g, to: 'nothing to do with $1' },
  phrasesJoin(KASHMIR_JAMMU_KALAT_HAZARA),
  phrasesJoin(MATABELE_VENDA_ESWATINI_BAROTSE_NYIKA),
  phrasesJoin(ZARMA_KANURI_TIV_EFIK),
  // A greeting that asks ("Fofo, ni kaani bani?", "Wushe ngala?", read above as "hello") opens the message: no question.
  { hints: ['fofo', 'kaani', 'wushe', 'mate ni go'], pattern: /^(\s*hello(?:[ ,]+hello)*[ ,]*)\?/, to: '$1.' },
  // Zarma, in a message that writes words only Zarma writes: "ga" and "na" (doing, done) before the verb are not Indonesian's
  // and Hindi's "not", "si" and "mana" are; "no" ending a clause or before the verb says what it is ("RST no", "FortiGate no ga
  // RST drop"); "… kulu si no" (there is no … at all); "na RST ye On" (put RST back On), "go MikroTik banda" (are behind the
  // MikroTik), "… ra" (in …), "ga kaŋ" (fall: fail), "ka kaŋ" (and fall off), "daŋ" (put, set), "doŋ" (long ago), and ZARMA_WORDS.
  {
    hints: ['fofo', 'kaani', 'telefonney', 'hunkuna', 'hinne', 'koyne', 'woodin', 'barmay', 'tammaha', 'boobo', 'waati', 'susubay',
      'yaadin', 'zambar', 'jiiri', 'taaga', 'hasaraw', 'ma ir gaa', 'ga goy', 'ga bori', 'ga dira', 'si dira', 'hala soho', 'a hanse'],
    pattern: new RegExp(
      String.raw`\b(?:na|the) (?:rst|rst mode|sstcpclosereset) ye "?(?:on|off)\b|\bat the (?:hanse|fixed)\b|\b[a-z0-9]+ kulu si no\b|\bno(?= *(?:[.,;:!?)\u2014-]|$|(?:ga|ay|ir|a|i|ni|na|se)\b))` +
        String.raw`|\b(?!tcp\b)[a-z0-9]+ ra\b|\bgo (?:[a-z0-9()-]+ ){0,3}[a-z0-9()-]+ banda\b|\b(?:ga|ka) kaŋ|\bdaŋ|\bdoŋ|\b(?:${grammarWords(ZARMA_WORDS)})\b ?`,
      'g',
    ),
    to: (m) => zarma(m),
  },
  // Kanuri, in a message that writes words only Kanuri writes: "RST On bayan" (after RST On), "RST On diza" (turned RST On), "RST
  // Off ko?" (RST Off, or?), "… dəkə ko?" (does it give …?), "NAT ro" (behind the NAT), "TCP ro" (on TCP), and KANURI_WORDS ("ba"
  // after what it denies: "softswitch ba", "error ba").
  {
    hints: ['wushe', 'diske', 'ngewo', 'rakke', 'loktu', 'lejin', 'nowemba', 'ndafi', 'kuruwa', 'kalkal'],
    pattern: new RegExp(
      String.raw`\b(?:rst|rst mode|sstcpclosereset) on (?:bayan|(?:i )?did)\b|\b(?:rst|rst mode|sstcpclosereset) off ko\b|\bit (?:[a-z0-9]+ ){1,6}deke ko(?=\s*\?)` +
        String.raw`|\b(?:(?:mikrotik|home|4g|tp-link) )?(?:nat|router|routers) ro\b|\b(?:tcp|udp|tls) ro\b|\b(?:${grammarWords(KANURI_WORDS)})\b ?`,
      'g',
    ),
    to: (m) => kanuri(m),
  },
  // Tiv, in a message that writes words only Tiv writes: "ka … ga" (it is not …) around one word, a bare "Ignore." ending the
  // message, and TIV_WORDS.
  {
    hints: ['sugh', 'hegen', 'tseegh', 'kwagh', 'yange', 'kpishi', 'aondo', 'ayange', 'udubu', 'vihin'],
    pattern: new RegExp(String.raw`\bka [a-z0-9]+ ga\b|\bignore\s*\.?\s*$|\b(?:${grammarWords(TIV_WORDS)})\b`, 'g'),
    to: (m) => (m.startsWith('ignore') ? 'ignore it' : m.startsWith('ka ') ? `not ${m.slice(3, -3)}` : grammarWord(TIV_WORDS, m)),
  },
  // Krio and the West African spellings like it, in a message that writes words only they write: each word holding ɛ or ɔ
  // spelled with e and o ("drɔp" drop, "pakɛt" packet), which the tokeniser would otherwise cut in two ("dr p"), and KRIO_WORDS
  // ("biɛn" behind, not Spanish "bien"). After the Bambara, Fula and Mandinka tables, which read their own words with those
  // letters whole.
  {
    hints: ['dɛn', 'biɛn', 'pakɛt', 'drɔp', 'fayawɔl', 'kɔnɛkshɔn', 'ɔltɛm', 'sɛtin', 'rɛjistreshɔn', 'tɛnki', 'kushɛ', 'prɔblɛm', 'lɔs'],
    pattern: new RegExp(String.raw`[a-z0-9]*[ɛɔ][a-z0-9ɛɔ]*|\b(?:${grammarWords(KRIO_WORDS)})\b`, 'g'),
    to: (m) => {
      const folded = m.replace(/ɛ/g, 'e').replace(/ɔ/g, 'o');
      return KRIO_WORDS[folded] ?? folded;
    },
  },
  // French "ne … plus" around one verb (no longer): "ne sont plus enregistrés" (are no longer registered), "n'est plus" (is no
  // longer), "ne marchent plus" (no longer work); "ne" alone is read as nothing and "plus" as itself.
  {
    hints: [' plus'],
    pattern: /\b(?:ne ([a-z]+)|n(est|ont)) plus\b/g,
    to: (m) => {
      const verb = m.startsWith('ne ') ? m.slice(3, -5) : m.slice(1, -5);
      return verb === 'est' || verb === 'sont' || verb === 'ont' ? `${verb} no longer` : `no longer ${verb}`;
    },
  },
  // Japanese in Latin letters, in a message that writes words only romaji writes: ROMAJI_WORDS.
  {
    hints: ['deru', 'demasu', 'kurai', 'gurai', 'tasukete', 'yuugata', 'dekinai', 'tsunagaranai', 'desu', 'masu', 'sanman', 'niman'],
    pattern: new RegExp(String.raw`\b(?:${grammarWords(ROMAJI_WORDS)})\b ?`, 'g'),
    to: (m) => grammarWord(ROMAJI_WORDS, m),
  },
  // Korean in Latin letters, in a message that writes words only it writes: "3man" (three ten-thousands) and
  // ROMANISED_KOREAN_WORDS.
  {
    hints: ['dwaeyo', 'ingayo', 'ingeoyo', 'jeonyeok', 'ttae', 'bujok', 'ssayeo', 'haeyo', 'isseoyo', 'eopseoyo'],
    pattern: new RegExp(String.raw`\b\d+man\b|\b(?:${grammarWords(ROMANISED_KOREAN_WORDS)})\b ?`, 'g'),
    to: (m) => (/^\d+man$/.test(m) ? `${m.slice(0, -3)} tenthousand` : grammarWord(ROMANISED_KOREAN_WORDS, m)),
  },
  // Efik and Ibibio, in a message that writes words only they write: "… iduhe" (there is no …), "edi" (is; "but" where it opens a
  // sentence), and EFIK_WORDS.
  {
    hints: ['idahaemi', 'kpukpru', 'mbubreyo', 'nnyin', 'efep', 'ekpon', 'idighe', 'iduhe', 'kpot', 'abadie', 'mesiere'],
    pattern: new RegExp(String.raw`\b[a-z0-9]+ iduhe\b|(?:[.!?;:] |^)edi\b|\b(?:edi|${grammarWords(EFIK_WORDS)})\b`, 'gm'),
    to: (m) => (m.endsWith(' iduhe') ? `no ${m.slice(0, -6)}` : m.endsWith('edi') && m.length > 3 ? `${m.slice(0, -3)}but` : m === 'edi' ? 'is' : grammarWord(EFIK_WORDS, m)),
  },
  // Thousands: French "33 mille"; Kanuri "dəbu 52", Tiv "udubu 36" before the figure; Zarma "zambar waranza" (thirty thousand) and
  // Efik "tosin edip ye duop" (twenty and ten thousand) before the number words: the figure in thousands, as the extractor reads it.
  { hints: ['mille'], pattern: /\b(\d{1,3}) mille\b(?![.,:]\d)/g, to: '$1 thousand' },
  { hints: ['debu', 'udubu'], pattern: /\b(?:debu|udubu) (\d{1,3})\b(?![.,:]\d)/g, to: '$1 thousand' },
  {
    hints: ['zambar', 'tosin'],
    pattern: /\b(?:zambar|tosin)(?:(?: (?:ye|nda|and|with))? (?:waranza|waranka|waytaaci|waygu|yagga|edip|aba|duop|inan|ita|iba|ition|kiet))+\b/g,
    to: (m) => `${thousands(m)} thousand`,
  },
  // Thousands said before the figure: Ndebele "izinkulungwane ezingu 30", "iinkulungwana ezima-26", siSwati "tinkhulungwane
  // leti-27" (with "ne-" and the locative "-ni" too), Venda "zwigidi zwa 29", Lozi "makiti a 29", Tumbuka "vikwi 27": the
  // figure in thousands, as the extractor reads it ("30 thousand").
  // Venda "fhedzi" is "but" where it begins a sentence ("… RST. Fhedzi Vodacom vho ri vhudza uri …") and "only" after a word.
  { hints: ['fhedzi'], pattern: /([.!?;:] |^)fhedzi\b/gm, to: '$1but' },
  { hints: ['nkulungwan', 'nkhulungwan', 'zwigidi', 'makiti', 'vikwi'], pattern: /\b[a-z]*(?:nkulungwan|nkhulungwan)[a-z]*[ -](?:(?:ezingu|ezima|leti|ezi)[ -])?(\d{1,3})\b(?![.,:]\d)|\b(?:zwigidi zwa|makiti a|vikwi) (\d{1,3})\b(?![.,:]\d)/g, to: '$1$2 thousand' },
  // Kashmiri "chu … na?" (is it not …?) asks, as "isn't it?" does; Brahui "af" (not) before a helper verb ("start af hua", "register
  // af rehte") and "koi … af" (there is no …); Hazaragi "… chist" (what is …) and the negation after the verb ("start namusha",
  // "register namushan"): "na", "af" and "chist" alone are other languages' words.
  { hints: ['chu ', 'chi ', 'chhu ', 'chha '], pattern: /\b(chu|chi|chhu|chha) ((?:[a-z0-9]+ ){0,3}[a-z0-9]+) na(?=\s*\?)/g, to: '$1 $2 is it' },
  { hints: ['af '], pattern: /\baf (?=(?:kiya|kiye|kar|karta|kare|hua|hota|e|hai|rehte|rehta|raha|rahe|ho|tha)\b)/g, to: 'not ' },
  { hints: ['koi '], pattern: /\bkoi ((?:[a-z0-9]+ ){0,2}[a-z0-9]+) af\b/g, to: 'no $1' },
  { hints: [' chist'], pattern: /\b([a-z0-9]+) chist\b/g, to: 'what is $1' },
  { hints: [' namush', ' nashud'], pattern: /\b([a-z]+) (?:namusha|namushan|namushe|nashud)\b/g, to: 'not $1' },
  phrasesJoin(SULU_LANAO_ZAMBOANGA),
  // Vietnamese "vài trăm" (a few hundred), "là gì" (what is), "đóng ticket" (close the ticket), "thất bại" (fail), "nuốt mất"
  // (swallowed), "cân nhắc" (thinking it over), "không có" (there is no), "đã tắt" (turned off); Malay and Indonesian "nak tahu"
  // (want to know), "gak ada yg" (nobody), "tidak ada … lagi" (no more …), "lepas registrasi" (lost the registration; "lepas"
  // alone is Malay "after"), "puluh ribu" (tens of thousands).
  phrasesJoin(VIETNAMESE_MALAY),
  // Cebuano, Tagalog and Hiligaynon verb prefixes before an English verb ("na-unregister", "gi-enable", "nag-drop", "mo-start",
  // "ga-drop", "gin-enable"): the verb alone ("na" alone is Hindi's "not"). "dili maka-", "di maka-" (cannot) are read first, as a phrase.
  { hints: ['na-', 'nag-', 'gi-', 'mo-', 'ma-', 'ni-', 'mag-', 'maka-', 'pag-', 'ga-', 'gin-', 'naga-'], pattern: /\b(?:na|nag|gi|mo|ma|ni|mag|maka|pag|ga|gin|naga)-(?=[a-z])/g, to: '' },
  { hints: ['ko co', 'k co', 'khong co'], pattern: /\b(?:ko|k|khong) co\b/g, to: 'no' },
  { hints: ['da tat', 'dah tat', 'sudah tat'], pattern: /\b(?:da|dah|sudah) tat\b/g, to: 'turned off' },
  { hints: [' ada '], pattern: /\b(?:gak|ga|nggak|tidak|tak) ada (?:yg|yang)\b/g, to: 'nobody' },
  { hints: ['lagi'], pattern: /\b(?:tidak|tak|gak|ga|nggak|tiada) (?:ada )?((?:[a-z0-9]+ ){1,3})lagi\b/g, to: 'no more $1' },
  { hints: ['lepas regist'], pattern: /\blepas (regist)/g, to: 'lost $1' },
  // Mongolian case endings written after a hyphen ("NAT-tai", with NAT; "RST-g", the RST; "mikrotik-ii", of the MikroTik):
  // the word alone ("tai" alone is Bangla "so").
  { hints: ['-ii', '-g', '-tai', '-tei', '-toi', '-aar', '-oor', '-ees', '-aas', '-uud', '-nuud'], pattern: /\b([a-z0-9]+)-(?:ii|iin|iig|g|tai|tei|toi|aar|oor|ees|aas|uud|nuud)\b/g, to: '$1' },
  // Georgian, Armenian, Albanian and Macedonian endings and articles written after a hyphen ("RST-is", of RST; "tcp-ov",
  // over TCP; "cps-ze", at the CPS; "firewall-i", the firewall; "sbc-to", the SBC): the word alone. Not before another
  // hyphen ("peer-to-peer"), and after the phrase tables, which read Kurdish "RST-y" and "bash-a" themselves.
  { hints: HYPHEN_ENDINGS.map((e) => `-${e}`), pattern: new RegExp(String.raw`\b([a-z0-9]{2,})-(?:${HYPHEN_ENDINGS.join('|')})\b(?!-)`, 'g'), to: '$1' },
  // Their postpositions: Georgian "X-is ukan", Armenian "X-i hetevum" (behind X), Georgian "X-is mere", "X-is shemdeg",
  // Armenian "X-ic heto" (after X).
  { hints: [' ukan', ' hetevum'], pattern: /\b([a-z0-9]+) (?:ukan|hetevum)\b/g, to: 'behind $1' },
  { hints: [' mere', ' shemdeg', ' heto'], pattern: /\b((?:rst|reset|change|fix|update|reparse|restart|tuning|mode|on|off)(?: mode)?) (?:mere|shemdeg|heto)\b/g, to: 'after $1' },
  // Kurdish "êdî … tune" (no more …): the error named between the words.
  { hints: ['edi '], pattern: /\bedi ([^.!?\n]{1,60}?) tune\b/g, to: 'no more $1' },
  // Turkish "ticket'ı kapatabilirsiniz", Azerbaijani "ticket bağlana bilər": close the ticket (the object before the verb).
  { hints: ['ticket'], pattern: /\bticket(?:i|u|in)? (?:kapat|bagla)[a-z]*\b/g, to: 'close the ticket' },
  // Azerbaijani "RST-ni", "RST-dən" (RST with its case ending) is RST.
  { hints: ['rst-'], pattern: /\brst-(?:ni|nin|i|u|e|ye|ya|yi|de|da|den|dan|le|la)\b/g, to: 'rst' },
  // Polish and Russian "na On" (set to On) is no Hindi "na" (not).
  { hints: ['na on', 'na off'], pattern: /\bna (on|off)\b/g, to: 'to $1' },
];
/**
 * A word in Bangla, Devanagari (Hindi, Nepali, Marathi), Arabic, Cyrillic, Ethiopic (Amharic), Georgian,
 * Armenian, Greek, Gurmukhi (Punjabi), Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Sinhala or Thaana (Dhivehi,
 * its vowel signs part of the word)
 * script (the Arabic block holds Urdu's and Persian letters too, its supplement Saraiki's ݙ and ݨ).
 * The Devanagari danda and double danda (U+0964, U+0965), Ethiopic punctuation (U+1360 on) and the
 * Armenian full stop (U+0589) end a sentence, not a word's spelling; Devanagari digits are read as
 * digits first.
 */
const SCRIPT_WORD = /[\u05d0-\u05ea\u05f0-\u05f2\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0980-\u09ff\u0900-\u0963\u0970-\u097f\u0600-\u06ff\u0750-\u077f\u0780-\u07b1\u0400-\u04ff\u1200-\u135f\u10a0-\u10ff\u0531-\u0556\u0561-\u0587\u055e\u0370-\u03ff\u0a00-\u0a7f\u0a80-\u0aff\u0b00-\u0b7f\u0b80-\u0bff\u0c00-\u0c7f\u0c80-\u0cff\u0d00-\u0d7f\u0d80-\u0df4\u200c\u200d]+/g;
/**
 * Inside such a word, not part of its spelling: zero-width joiners (how some keyboards spell
 * conjuncts), the Devanagari nukta, which writers set or leave out ("फ़ोन", "फोन"), the Arabic
 * vowel and doubling marks, written or not ("رجّعناه", "رجعناه"), and the Armenian question mark, set
 * on the stressed vowel of the question word ("ի՞նչ").
 */
const ZERO_WIDTH = /[\u200c\u200d\u093c\u064b-\u065f\u0670\u055e\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
const ZERO_WIDTH_TEST = /[\u200c\u200d\u093c\u064b-\u065f\u0670\u055e\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/;
/**
 * The spaces a word read from another script is padded with, and those beside them, as one, so that phrases read across
 * them; not between two figures, which a word left out keeps apart ("900  35 cps" is no spaced thousands "900 35").
 */
const SPACES_AROUND_READ_WORD = /(?<!\d) {2,}| {2,}(?!\d)/g;
/**
 * Words only Portuguese writes (accents already stripped): in a message with one of them, "no"
 * and "na" are "in the" ("erro no log", "problema na rede"), not a denial.
 */
const PORTUGUESE = 1;
const IN_THE = 2;
const PORTUGUESE_WORDS: ReadonlySet<string> = new Set([
  'nao', 'nosso', 'nossa', 'nossos', 'nossas', 'voce', 'voces', 'ficam', 'fica', 'ficou', 'estao', 'entao', 'tambem', 'obrigado',
  'obrigada', 'muito', 'muitos', 'ramais', 'ramal', 'ligamos', 'ligou', 'agora', 'isso', 'uma', 'pra', 'pelo', 'pela', 'bom', 'boa',
  'chamadas', 'telefones', 'portas', 'depois', 'ontem', 'precisa', 'quando', 'sao', 'estamos', 'temos', 'tenho', 'ainda',
]);
const SCRIPT_TEST = /[\u05d0-\u05ea\u0980-\u09ff\u0900-\u097f\u0600-\u06ff\u0750-\u077f\u0780-\u07b1\u0400-\u04ff\u1200-\u135f\u10a0-\u10ff\u0531-\u0587\u0370-\u03ff\u0a00-\u0a7f\u0a80-\u0aff\u0b00-\u0b7f\u0b80-\u0bff\u0c00-\u0c7f\u0c80-\u0cff\u0d00-\u0d7f\u0d80-\u0df4]/;
/**
 * A run of Thai, Lao, Burmese, Khmer, Chinese or Japanese script (no spaces between its words), or of
 * Korean, whose particles and endings join the word before them ("전화기가": the phones + subject); NFKD
 * has taken Korean syllables apart into their letters (U+1100 on), and the listed words alike.
 */
const UNSPACED_CHARS = String.raw`[\u0e00-\u0eff\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]`;
const UNSPACED_RUN = new RegExp(`${UNSPACED_CHARS}+`, 'g');
const UNSPACED_TEST = new RegExp(UNSPACED_CHARS);
/** Korean syllables, and the letters NFKD takes them apart into. */
const HANGUL = /[\uac00-\ud7a3\u1100-\u11ff]/;
const HANGUL_LETTER = /[\u1100-\u11ff]/;
/** A Latin letter, once the text is lower case and its accents taken apart. */
const LATIN_LETTER = /[a-z]/;
/**
 * Latin letters NFKD leaves alone, read as the plain letter rather than as a break inside the word:
 * Turkish dotless ı ("kayıtlı" → "kayitli"), Vietnamese đ ("đăng ký" → "dang ky"), Azerbaijani ə
 * ("həll olundu" → "hell olundu"), Polish ł ("włączony" → "wlaczony"), Icelandic ð, þ and æ as "d", "th" and "ae"
 * ("síðan" → "sidan", "þúsund" → "thusund", "hætta" → "haetta"), Danish and Norwegian ø as "o" ("først" → "forst", not
 * "f rst" with RST in it), German ß as "ss" ("äußern" → "aussern").
 */
const UNDECOMPOSED = /[\u0131\u0111\u0259\u0142\u00f0\u00fe\u00e6\u00f8\u00df]/g;
const UNDECOMPOSED_TEST = /[\u0131\u0111\u0259\u0142\u00f0\u00fe\u00e6\u00f8\u00df]/;
const PLAIN_LETTER: Readonly<Record<string, string>> = {
  '\u0131': 'i', '\u0111': 'd', '\u0259': 'e', '\u0142': 'l', '\u00f0': 'd', '\u00fe': 'th', '\u00e6': 'ae', '\u00f8': 'o', '\u00df': 'ss',
};
const plainLetter = (c: string): string => PLAIN_LETTER[c] ?? c;
/**
 * Letters of the Cyrillic alphabets of Chuvash (ӑ, ӗ, ҫ, ӳ) and Ossetian (ӕ) as phones type them, with the Latin letters that
 * look the same (ă, ĕ, ç, ÿ, æ), and the Chechen palochka (Ӏ) typed as a Latin I or the digit 1 ("хIинца", "х1ара"): inside a
 * Cyrillic word, or beside one, they are that word's own letters, read as such (NFKD then reads ӑ, ӗ and ӳ as а, е and у),
 * not a break in it ("пĕтĕм" would read as three words, "e" among them, and "хыçĕнче" as "c" and "e").
 */
const LATIN_IN_CYRILLIC = /(?<=[\u0400-\u04ff])[\u0103\u0115\u00e7\u00ff\u00e6]+|[\u0103\u0115\u00e7\u00ff\u00e6]+(?=[\u0400-\u04ff])|(?<=[\u0400-\u04ff])[i1](?=[\u0400-\u04ff])/g;
const LATIN_IN_CYRILLIC_TEST = /[\u0400-\u04ff][\u0103\u0115\u00e7\u00ff\u00e6i1]|[\u0103\u0115\u00e7\u00ff\u00e6][\u0400-\u04ff]/;
const CYRILLIC_FOR_LATIN: Readonly<Record<string, string>> = { '\u0103': '\u04d1', '\u0115': '\u04d7', '\u00e7': '\u04ab', '\u00ff': '\u04f3', '\u00e6': '\u04d5', i: '\u04cf', '1': '\u04cf' };
const cyrillicLetter = (run: string): string => {
  let out = '';
  for (const c of run) out += CYRILLIC_FOR_LATIN[c] ?? c;
  return out;
};
/** A letter of the Arabic script only Pashto writes (ټ ځ څ ډ ړ ږ ښ ګ ۍ ې). */
const PASHTO_LETTER = /[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06cd\u06d0]/;
const ARABIC_PUNCTUATION = /[\u060c\u061b\u061f\u06d4]/g;
const ARABIC_PUNCTUATION_TEST = /[\u060c\u061b\u061f\u06d4]/;
const arabicPunctuation = (c: string): string => (c === '\u061f' ? '?' : c === '\u061b' ? ';' : c === '\u06d4' ? '.' : ',');
/**
 * Words only Swahili, Tagalog, a Slavic language, Irish or a language of Mindanao and Sulu writes: in a message with one of
 * them, "na" is "and", "with", "already", "on", "the", "in" or a linker ("tuko na calls", "bumaba na", "na iptables bráně",
 * "so manga phone ami na unregistered"), never the Hindi and Bangla "not".
 */
const NA_IS_NO_NEGATION: ReadonlySet<string> = new Set([
  'tuko', 'kwa', 'hii', 'lakini', 'kuna', 'zote', 'yetu', 'yangu', 'ziko', 'iko', 'sana', 'tangu', 'habari', 'sasa', 'wasee',
  'namin', 'natin', 'yung', 'naman', 'mga', 'kami', 'tayo', 'ito', 'nasa', 'kapag', 'tuwing', 'ako', 'kasi', 'pag',
  'ung', 'nyo', 'ninyo', 'pwede', 'pagkatapos', 'ngayon', 'namon', 'namo', 'subong', 'diay', 'lahat', 'pumapasok', 'inyong',
  'pirmi', 'dayon', 'gihapon', 'kaayo', 'nako',
  // Czech, Slovak, Polish, Croatian and Serbian
  'jsou', 'jsme', 'jste', 'sme', 'ste', 'pres', 'cez', 'ako', 'pri', 'iza', 'nasem', 'vsechny', 'vsetky', 'svi', 'nakon', 'otkad',
  'odkedy', 'jeste', 'takze', 'jak', 'jest', 'sie', 'jako', 'ktory', 'ktere', 'dobry', 'ahoj', 'cau', 'pozdrav', 'czesc', 'hovory',
  'pozivi', 'telefony', 'telefoni', 'zakaznik', 'klienta', 'klientovi',
  // Nigerian Pidgin, where "na" is "it is" ("na only dem")
  'dey', 'wahala', 'abeg', 'wetin', 'una',
  'linij', 'otkryt', 'novye', 'lokalnye', 'porty', 'pomogaet', 'kazhdyj', 'dnem', 'chast', 'zvonkov', 'failitsya', 'pokazyvaet',
  // Slovene, and Irish, where "na" is "the"
  'pozdravljeni', 'zdravo', 'ampak', 'ker', 'tudi', 'vsi', 'kaj', 'sem', 'klici', 'zadeva', 'hvala', 'bhfuil', 'sibh', 'leis', 'nuair', 'seo',
  // Igbo, Lingala, Kinyarwanda, Hausa and Wolof
  'anyi', 'nnoo', 'biko', 'mgbe', 'ndi', 'nke', 'kemgbe', 'mbote', 'bangonga', 'elobi', 'ezali', 'muraho', 'twari', 'kandi', 'cyane',
  'barka', 'saboda', 'babu', 'mun', 'kun', 'yana', 'moo', 'leegi', 'jerejef',
  // Russian in Latin letters
  'posle', 'zvonki', 'zvonkov', 'chto', 'kak', 'privet', 'dobryi', 'dobryy', 'vidno', 'vizhu', 'pravila', 'tolko', 'sejchas', 'seichas',
  'mozhno', 'nado', 'kogda', 'logah', 'vklyucheniya', 'vklyuchili',
  // Tausug, Maranao, Maguindanao and Chavacano, where "na" is a linker, "already" or "in"
  'imanto', 'langon', 'manga', 'ogaid', 'ugaid', 'sokor', 'sukur', 'magsukul', 'mapiya', 'mapia', 'marayaw', 'namu', 'niyu', 'nami',
  'ninyu', 'kahapun', 'bihaun', 'saguna', 'kagay', 'kagawi', 'pitharo', 'antonaa', 'tawag', 'kame', 'ustedes', 'hinde', 'amon',
  'enggu', 'dayn', 'sagawa', 'giyoto', 'miyabago', 'pagidsa', 'katan', 'nilan', 'diosmabalos', 'maga', 'niyan', 'ele',
  'abri', 'recomenda', 'cosa',
  // Kikongo, Kimbundu, Tshiluba and Emakhuwa, where "na" is "with", "and", "in" or "at"
  'mbote', 'beno', 'beto', 'kele', 'ntangu', 'diambu', 'mpimpa', 'bubu', 'mazono', 'kaka', 'sadisa', 'kinnaphavela', 'nikoho',
  'pahi', 'nihiku', 'ohiyu', 'zothe', 'koxukhuru', 'mwaahalakaka', 'mwaaxeleliwa', 'kiambote', 'ngana', 'bidi', 'tudi',
  // Khasi, where "na" is "from", and Tibetan, where it is "if" or "but" ("yin na", "jhe na")
  'hynrei', 'jong', 'ngi', 'mynta', 'naduh', 'hadien', 'sngewbha', 'khublei', 'kumno', 'shuh', 'biang', 'pynlong', 'pyndonkam',
  'ophis', 'baroh', 'kylla', 'bynta', 'shaphang', 'jingeh', 'jingkylli', 'kaei', 'mynnor', 'mynstep', 'hapoh', 'ngim', 'ngam',
  'donkam', 'ngatso', 'kusho', 'rogpa', 'yakpo', 'dugay', 'bzos', 'jhe',
  // Tshivenda, Silozi, chiTumbuka, and Ndebele and siSwati, where "na" is "and", "with", "there is" or asks a question
  'khou', 'nahone', 'fhedzi', 'zwino', 'vhathu', 'ndaa', 'vhahashu', 'dzothe', 'vhakasitama', 'dzenedzo', 'shumisa', 'ofisini',
  'mulovha', 'namusi', 'ndipo', 'chomene', 'ghithu', 'yithu', 'withu', 'kweni', 'makora', 'monire', 'mayiro', 'mulenji', 'ghali',
  'kuli', 'luna', 'hande', 'cwani', 'kacenu', 'mabani', 'butata', 'mafooni', 'lotjhani', 'salibonani', 'sawubona', 'ngicela',
  'ngibawa', 'amaphone', 'emaphone', 'amakholi', 'emakholi', 'lamuhla',
  // Kokborok, where "na" after a verb asks or says "or" ("RST Off khlainai na keepalive?")
  'khlaikha', 'khlainai', 'khlaiwi', 'khlaiya', 'khlailiya', 'kwrwi', 'jakha', 'ulo', 'sakha', 'tongo', 'nukha', 'chwng',
  // Sango, where "na" is "with", "and", "in", "at" or "to"
  'ayeke', 'yeke', 'mbi', 'fadeso', 'ngbonga', 'mingi', 'ape', 'lingbi', 'nzoni', 'tongana', 'nyen', 'hunda', 'sigigi', 'buba',
  'zia', 'kue', 'lakui', 'ndapelele', 'kpale', 'hinga', 'sara', 'kanga', 'ngba',
]);
const NA_LINKER = 4;
/** Where each block of Bangla, Devanagari, Arabic-Indic, Persian/Urdu, Thai, Lao, Burmese and Khmer digits starts (its zero), highest first. */
const DIGIT_ZEROS = [0x17e0, 0x1040, 0xed0, 0xe50, 0x9e6, 0x966, 0x6f0, 0x660];
const DIGIT_CHARS = `[${DIGIT_ZEROS.map((z) => `${String.fromCharCode(z)}-${String.fromCharCode(z + 9)}`).join('')}]`;
const SCRIPT_DIGITS = new RegExp(DIGIT_CHARS, 'g');
const SCRIPT_DIGIT = new RegExp(DIGIT_CHARS);
const ARABIC_NUMBER_MARKS = /(?<=\d)[\u066b\u066c](?=\d)/g;
const ARABIC_NUMBER_MARK_TEST = /[\u066b\u066c]/;
/** One such digit as its ASCII digit (each block holds 0 to 9 in order). */
const asciiDigit = (d: string): string => {
  const c = d.charCodeAt(0);
  for (const zero of DIGIT_ZEROS) if (c >= zero) return String(c - zero);
  return d;
};
const QUESTION_AT_END = /\?[\s\p{Extended_Pictographic}\uFE0F!.)]*$/u;
const QUESTION_INSIDE = /\?\s/;
/** A word: a run of letters and digits (everything else separates words). */
const WORD = /[a-z0-9]+/g;
/** A character of a WORD. */
function isWordLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}
const ALPHA = /^[a-z]+$/;
const DIGIT_START = /^[0-9]/;
/** The one- and two-letter words worth a feature. */
const SHORT_WORDS = ['no', 'ip', '4g', '3g', '5g', 'pc'];
/** Numbers that mean something to the classifier: VOS3000 and SIP ports, SIP and HTTP status codes. */
const MEANINGFUL_NUMBERS = ['1202', '1203', '5060', '5061', '5070', '401', '403', '404', '407', '408', '480', '486', '487', '488', '500', '503', '80', '8080', '443', '22', '3306', '9000'];
/** Longer tokens are hashes, base64 and other junk. */
const MAX_TOKEN = 32;

/**
 * The same word held one byte a character. A word sliced from a text that held a character
 * beyond Latin-1 is held two bytes a character, however plain its letters; cached, it would make
 * every later phrase it joins two-byte, which the rules' patterns read slower.
 */
function oneByte(word: string): string {
  const codes: number[] = [];
  for (let i = 0; i < word.length; i++) codes.push(word.charCodeAt(i));
  return String.fromCharCode(...codes);
}

/**
 * An e-mail's sign-off and the signature under it ("Regards,\nChinedu Okafor | NOC | Lagos Connect Ltd"): a name and a company,
 * whose words ("Connect", "Carrier", "Voice") say nothing of the fault, and a closing "Thanks" that thanks for nothing yet. Only
 * a sign-off on a line of its own after the message, then a name (a capital first) on at most four short lines to the end or
 * to a postscript; or the name after a comma on the sign-off's line, as capitalised words or with the "|" signatures use.
 */
const SIGN_OFF_WORDS = ['(?:(?:best|kind|warm|many|with best|with kind)[ \\t]+)?(?:regards|rgds)', 'br', 'thanks(?:[ \\t]+(?:and|&)[ \\t]+regards)?', 'thank you', 'thx', 'cheers', '(?:yours[ \\t]+)?(?:sincerely|faithfully)', 'obrigad[oa]', 'saludos', 'atentamente', 'cordialement', 'merci', 'gracias', 'grazie', 'danke', 'salam', 'salaam', 'shukran'];
/** A pattern's lower-case letters in either case (the name under the sign-off must still begin with a capital). */
const eitherCase = (source: string): string => source.replace(/(?<!\\)[a-z](?![^[]*\])/g, (c) => `[${c}${c.toUpperCase()}]`);
/** A name as a signature gives it: capitalised words, maybe with a title or company after "|" ("Thabo Nkosi | NOC | Highveld Voice (Pty) Ltd"). */
const NAME_LINE = String.raw`\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|\([\p{L}.]+\)|de|da|del|dos|van|von|al|bin|el|la|le|di|du|&|-))*(?:[ \t]*\|[^\n]{0,80})?`;
/**
 * A line of a chat with its speaker: "[10:42] Ravi: …", "- Ana: ok checking", "Ziad: …". A signature's contact fields ("Tel: …")
 * are not speakers.
 */
const SPEAKER_LINE = /^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?(?:[-*•][ \t]*)?(?!(?:tel|phone|mobile|mob|cell|email|e-mail|web|fax|whatsapp|skype|office|direct)\b)\p{L}[\p{L} .'()-]{0,30}:[ \t]+\S/gimu;

/** How many lines of `text` begin with a speaker (SPEAKER_LINE), counted up to `enough`. */
export function speakerLines(text: string, enough = Number.POSITIVE_INFINITY): number {
  SPEAKER_LINE.lastIndex = 0;
  let lines = 0;
  while (lines < enough && SPEAKER_LINE.exec(text) !== null) lines++;
  return lines;
}
const SIGN_OFF = new RegExp(
  String.raw`\n[ \t]*(?:${eitherCase(SIGN_OFF_WORDS.join('|'))})[ \t]*[,.!:-]?[ \t]*(?:\n[ \t]*${NAME_LINE}[ \t]*(?:\n[^\n]{1,80}){0,3}|(?:\p{Lu}[^\n|]{0,40}\|[^\n]{0,80}|(?:\p{Lu}[\p{L}.'-]*[ \t]*){1,4}))[ \t]*(?=\s*$|\n\s*\n[ \t]*[pP]\.?[ \t]?[sS]\b)`,
  'u',
);
/** How far from the end a signature is looked for. */
const SIGNATURE_TAIL = 400;

/** The text without its sign-off and signature (SIGN_OFF), when it has one. */
export function withoutSignature(text: string): string {
  if (!text.includes('\n')) return text;
  const from = Math.max(0, text.length - SIGNATURE_TAIL);
  const m = SIGN_OFF.exec(from === 0 ? text : text.slice(from));
  // The lines of a chat thread after a "Thanks" are more of the thread, not a signature.
  if (m === null || speakerLines(m[0].slice(1), 1) > 0) return text;
  return text.slice(0, from + m.index) + text.slice(from + m.index + m[0].length);
}

/**
 * A table as a Map, its keys and values rewritten, in the table's order. The tables hold thousands of entries, and at
 * start-up, before the engine has compiled anything, Object.entries with a destructuring callback costs several times as
 * much as this loop.
 */
function tableMap<V>(table: Readonly<Record<string, string>>, key: (k: string) => string, value: (v: string) => V): Map<string, V> {
  const map = new Map<string, V>();
  const keys = Object.keys(table);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    map.set(key(k), value(table[k] as string));
  }
  return map;
}

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
export function createNormaliser<W = never>(options: NormaliserOptions<W> = {}): Normaliser<W> {
  const minSimilarity = options.minSimilarity ?? 0.9;
  const fuzzyBudget = options.fuzzyBudget ?? 48;
  const cacheSize = options.cacheSize ?? 20_000;
  const maxChars = options.maxChars ?? MAX_CHARS;
  const maxWords = options.maxWords ?? 800;
  const joins = options.joins ?? SYMPTOM_JOINS;
  // The joins of each hint; a join is armed when one of its hints occurs in the text.
  const hintsOf = new Map<string, number[]>();
  // Hints found only where a word begins, by their first word (the run of letters and digits they start with), then by the
  // characters that follow it: "a", "is", "to" begin hundreds of phrases, and a word of the text is checked only against the
  // few that go on as the text does.
  const byFirstWord = new Map<string, FirstWordHints>();
  // Indexed loops here and in tableMap: set-up runs once, before the engine has compiled it, and there for…of and
  // destructuring cost several times as much.
  for (let i = 0; i < joins.length; i++) {
    const join = joins[i] as Join;
    const hints = join.hints ?? [];
    for (let k = 0; k < hints.length; k++) {
      const h = hints[k] as string;
      const first = join.hintsStartWords ? FIRST_WORD.exec(h)?.[0] : undefined;
      // Appended in place: a first word shared by hundreds of phrases would otherwise copy its list once per phrase at start-up.
      if (first === undefined) {
        const joinsOfHint = hintsOf.get(h);
        if (joinsOfHint === undefined) hintsOf.set(h, [i]);
        else joinsOfHint.push(i);
        continue;
      }
      let starting = byFirstWord.get(first);
      if (starting === undefined) byFirstWord.set(first, (starting = { short: [], next: new Map() }));
      if (h.length < first.length + AFTER_FIRST_WORD) starting.short.push({ hint: h, join: i });
      else {
        const next = nextKey(h, first.length);
        const going = starting.next.get(next);
        if (going === undefined) starting.next.set(next, [{ hint: h, join: i }]);
        else going.push({ hint: h, join: i });
      }
    }
  }
  // A hint is looked for through the words of the text (the runs of WORD), once per distinct word (WordFacts), rather than
  // in every message: one of letters and digits alone lies inside a word; any other begins or ends with a run of them that
  // begins or ends a word ("de passe", " pas", "-g"), and is checked in the text only around the words that do. Only a hint
  // with no letter or digit ("→") is looked for in the text itself.
  const inWord: WordHint[] = [];
  const noWord: WordHint[] = [];
  // The others by the first letter of a run that begins a word, and by the last of one that ends a word.
  const beginningWord = new Map<string, WordHint[]>();
  const endingWord = new Map<string, WordHint[]>();
  for (const [hint, joinsOfHint] of hintsOf) {
    const run = HINT_RUN.exec(hint);
    if (run === null) noWord.push({ hint, run: '', before: 0, beside: 0, joins: joinsOfHint });
    else if (run[0].length === hint.length) inWord.push({ hint, run: hint, before: 0, beside: 0, joins: joinsOfHint });
    else {
      const r = run[0];
      const begins = run.index > 0;
      const h = { hint, run: r, before: run.index, beside: hint.charCodeAt(begins ? run.index - 1 : r.length), joins: joinsOfHint };
      const byLetter = begins ? beginningWord : endingWord;
      const letter = begins ? (r[0] as string) : (r[r.length - 1] as string);
      const filed = byLetter.get(letter);
      if (filed === undefined) byLetter.set(letter, [h]);
      else filed.push(h);
    }
  }
  const armedJoins = new Uint8Array(joins.length);
  /**
   * Arms the join of each of `hints` found at `at` in `text` and ending where its pattern's closing `\b` holds: a phrase
   * that runs on into a longer word ("de on" in "de ontem") cannot match, and its table is neither built nor run for it.
   */
  const armFound = (hints: readonly FirstWordHint[], text: string, at: number): void => {
    for (const { hint, join } of hints) {
      if (armedJoins[join] !== 0 || !text.startsWith(hint, at)) continue;
      const end = at + hint.length;
      if (isWordChar(text.charCodeAt(end - 1)) !== isWordChar(text.charCodeAt(end))) armedJoins[join] = 1;
    }
  };
  const wordFacts = new Map<string, WordFacts<W>>();
  /** What a word of the text arms and is, before the joins (cached). */
  const factsOf = (word: string): WordFacts<W> => {
    let facts = wordFacts.get(word);
    if (facts !== undefined) return facts;
    let arms: number[] | undefined;
    for (const { hint, joins } of inWord) if (word.includes(hint)) (arms ??= []).push(...joins);
    let around: WordHint[] | undefined;
    for (const h of beginningWord.get(word[0] as string) ?? []) if (word.startsWith(h.run)) (around ??= []).push(h);
    for (const h of endingWord.get(word[word.length - 1] as string) ?? []) if (word.endsWith(h.run)) (around ??= []).push(h);
    facts = { starting: byFirstWord.get(word), arms, around, numberWord: NUMBER_WORDS.has(word), token: undefined, tokenRound: -1 };
    // A longer word is junk, never a token (MAX_TOKEN), and is not kept.
    if (word.length > MAX_TOKEN) return facts;
    if (wordFacts.size >= cacheSize) wordFacts.clear();
    wordFacts.set(word, facts);
    return facts;
  };
  const minFeatureLength = options.minFeatureLength ?? 3;
  const shortFeatures = new Set(options.shortFeatures ?? SHORT_WORDS);
  const numberFeatures = new Set(options.numberFeatures ?? MEANINGFUL_NUMBERS);
  const stops = options.stopWords ?? stopWords;
  const targets = new Set<string>();
  for (const t of options.targets ?? correctionTargets) if (t.length >= 4 && ALPHA.test(t)) targets.add(t);
  const protectedSet = new Set(options.protectedWords ?? protectedWords);
  // A Map, not the object literal: a user's word is never looked up on Object.prototype.
  const canonical = tableMap(options.canonicalWords ?? canonicalWords, (k) => k, (v): readonly string[] => (v === '' ? [] : v.split(' ')));
  /** A word the normaliser reads as it is: for text recognised from a screenshot, which of two readings to take. */
  const knownWord = (w: string): boolean => targets.has(w) || protectedSet.has(w) || canonical.has(w) || stops.has(w);
  // Targets bucketed by their first two letters: typos rarely touch the start of a word (and
  // Jaro-Winkler rewards a shared prefix anyway), so each look-up costs a handful of comparisons.
  const byPrefix = new Map<string, string[]>();
  for (const t of targets) {
    const bucket = byPrefix.get(t.slice(0, 2)) ?? [];
    bucket.push(t);
    byPrefix.set(t.slice(0, 2), bucket);
  }
  // Keys as the text will hold them: decomposed like every non-ASCII message (NFKD).
  const nfkd = (w: string) => w.normalize('NFKD').replace(COMBINING_MARKS, '').replace(ZERO_WIDTH, '');
  const script = tableMap(options.scriptWords ?? scriptWords, nfkd, (v) => v);
  const pashto = tableMap(options.pashtoWords ?? pashtoWords, nfkd, (v) => ` ${v} `);
  /** transliterate(), with the words Pashto reads otherwise. */
  const transliteratePashto = (written: string): string => pashto.get(written) ?? transliterate(written);
  const suffixes = (options.scriptSuffixes ?? scriptSuffixes).map(nfkd).sort((a, b) => b.length - a.length);
  const prefixes = (options.scriptPrefixes ?? scriptPrefixes).map(nfkd).sort((a, b) => b.length - a.length);
  // The words of the unspaced scripts by their first character, longest first.
  // Korean is read by whole syllables, as it is written: NFKD takes them apart into letters, and a word
  // ending in a syllable without a final consonant ("넘어") must not match the start of one with it ("넘었던").
  const unspacedKey = (w: string) => (HANGUL.test(w) ? w.normalize('NFC') : nfkd(w));
  const unspaced = tableMap(options.unspacedWords ?? unspacedWords, unspacedKey, (v) => v);
  const joinedUnspaced = tableMap(options.joinedUnspacedWords ?? joinedUnspacedWords, unspacedKey, (v) => v);
  const unspacedByFirst = new Map<string, string[]>();
  for (const k of [...unspaced.keys()].sort((a, b) => b.length - a.length)) {
    const first = k[0] as string;
    const bucket = unspacedByFirst.get(first);
    if (bucket === undefined) unspacedByFirst.set(first, [k]);
    else bucket.push(k);
  }
  const unspacedCache = new Map<string, string>();
  /**
   * A run of Thai, Lao, Burmese, Khmer, Chinese, Japanese or Korean as the Latin-script words listed for it, each padded with
   * spaces; `afterWord`: the run is joined to a Latin word before it (read anew, not cached).
   */
  const segment = (written: string, afterWord: boolean): string => {
    const hit = afterWord ? undefined : unspacedCache.get(written);
    if (hit !== undefined) return hit;
    const run = HANGUL_LETTER.test(written) ? written.normalize('NFC') : written;
    let out = ' ';
    for (let i = 0; i < run.length; ) {
      let found: string | undefined;
      for (const k of unspacedByFirst.get(run[i] as string) ?? []) {
        if (run.startsWith(k, i)) {
          found = k;
          break;
        }
      }
      if (found === undefined) {
        i++;
        continue;
      }
      const joined = (i > 0 ? HANGUL.test(run[i - 1] as string) : afterWord) ? joinedUnspaced.get(found) : undefined;
      out += `${joined ?? unspaced.get(found)} `;
      i += found.length;
    }
    if (afterWord) return out;
    if (unspacedCache.size >= cacheSize) unspacedCache.clear();
    unspacedCache.set(written, out);
    return out;
  };
  // Looked up once per distinct word: an unknown word tries every ending and beginning.
  const scriptCache = new Map<string, string>();
  /** A word in one of the scripts of SCRIPT_WORD as a Latin-script word, padded with spaces; itself when unknown. */
  const transliterate = (written: string): string => {
    const hit = scriptCache.get(written);
    if (hit !== undefined) return hit;
    const out = lookUpScript(written);
    if (scriptCache.size >= cacheSize) scriptCache.clear();
    scriptCache.set(written, out);
    return out;
  };
  const lookUpScript = (written: string): string => {
    const word = ZERO_WIDTH_TEST.test(written) ? written.replace(ZERO_WIDTH, '') : written;
    let v = script.get(word);
    if (v === undefined) {
      for (const s of suffixes) {
        if (word.length > s.length && word.endsWith(s)) {
          v = script.get(word.slice(0, -s.length));
          if (v !== undefined) break;
        }
      }
    }
    if (v === undefined) {
      for (const p of prefixes) {
        if (word.length > p.length + 1 && word.startsWith(p)) {
          v = script.get(word.slice(p.length));
          if (v !== undefined) break;
        }
      }
    }
    return v === undefined ? written : ` ${v} `;
  };
  const spelling = new Map<string, string | null>();
  const stems = new Map<string, string>();
  // Everything done to one token (squeeze, canonical word, spelling, stem) depends on the
  // token alone, so it is cached per raw token: most messages reuse the same few hundred words.
  const tokens = new Map<string, TokenInfo<W>>();
  /** How many times `tokens` has been cleared. */
  let tokenRound = 0;
  const wordData = options.wordData;
  const featureRecords = new Map<string, Feature>();
  let messages = 0;
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
    return word.length >= 4 && word.length <= 20 && !targets.has(word) && !protectedSet.has(word) && !stops.has(word) && !canonical.has(word) && ALPHA.test(word);
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
    // Short tokens are mostly noise (and plentiful in binary junk); IP octets, counts and
    // timestamps too (the extractor reads numbers).
    if (w.length < minFeatureLength) return shortFeatures.has(w) ? w : null;
    if (DIGIT_START.test(w)) return numberFeatures.has(w) ? w : null;
    return stops.has(w) ? null : stem(w);
  }

  function info(words: readonly string[], from: string | undefined, raw = ''): TokenInfo<W> {
    const features: Feature[] = [];
    for (const w of words) {
      const stem = featureOf(w);
      if (stem === null) continue;
      let f = featureRecords.get(stem);
      if (f === undefined) {
        f = { stem, seenIn: 0 };
        featureRecords.set(stem, f);
      }
      features.push(f);
    }
    const data = wordData === undefined ? undefined : words.map((w) => wordData(w));
    const one = words.length === 1;
    return { words, data, features, word: one ? words[0] : undefined, datum: one ? data?.[0] : undefined, feature: one ? (features[0] ?? null) : null, from, marks: PORTUGUESE_WORDS.has(raw) ? PORTUGUESE : raw === 'no' || raw === 'na' ? IN_THE : NA_IS_NO_NEGATION.has(raw) ? NA_LINKER : 0 };
  }

  /**
   * Processes one raw token (from a text that was not plain ASCII when `wide`); undefined when a
   * spelling look-up is needed but the budget is spent. With the token's WordFacts, the cache's entry is
   * read from them and kept there, which spares a second look-up of the word.
   */
  function token(raw: string, mayFuzz: boolean, wide: boolean, facts?: WordFacts<W>): TokenInfo<W> | undefined {
    if (facts !== undefined && facts.tokenRound === tokenRound) return facts.token;
    const hit = tokens.get(raw);
    if (hit !== undefined) {
      if (facts !== undefined) {
        facts.token = hit;
        facts.tokenRound = tokenRound;
      }
      return hit;
    }
    const squeezed = raw.length > 2 && REPEATS_TEST.test(raw) ? raw.replace(REPEATS, '$1') : raw;
    const w = wide ? oneByte(squeezed) : squeezed;
    let result: TokenInfo<W>;
    const mapped = canonical.get(w);
    if (mapped !== undefined) {
      result = info(mapped, undefined, w);
    } else if (eligible(w)) {
      if (!mayFuzz && !spelling.has(w)) return undefined;
      const fixed = correct(w);
      result = fixed === undefined ? info([w], undefined, w) : info([fixed], w, w);
    } else {
      result = info([w], undefined, w);
    }
    if (tokens.size >= cacheSize) {
      tokens.clear();
      tokenRound++;
    }
    tokens.set(raw, result);
    if (facts !== undefined) {
      facts.token = result;
      facts.tokenRound = tokenRound;
    }
    return result;
  }

  function normalise(input: string): Normalised<W> {
    // Between messages only, and with the tokens that hold them: a stem never has two records in one message.
    if (featureRecords.size >= cacheSize) {
      featureRecords.clear();
      tokens.clear();
      tokenRound++;
    }
    const whole = typeof input === 'string' ? input : String(input ?? '');
    const truncated = whole.length > maxChars;
    let text = withoutSignature(truncated ? whole.slice(0, maxChars) : whole).toLowerCase();
    const wide = NON_ASCII.test(text);
    if (wide) {
      if (LATIN_IN_CYRILLIC_TEST.test(text)) text = text.replace(LATIN_IN_CYRILLIC, cyrillicLetter);
      text = text.normalize('NFKD').replace(COMBINING_MARKS, '');
      // "১৫০টা TIME_WAIT", "٣٠٠ cps", "၈၀": counts in Bangla, Arabic or Burmese digits are read like any other.
      if (SCRIPT_DIGIT.test(text)) {
        text = text.replace(SCRIPT_DIGITS, asciiDigit);
        // The Arabic thousands separator and decimal mark between them ("۳۲٬۰۰۰", "۱٫۵") are the comma and the point.
        if (ARABIC_NUMBER_MARK_TEST.test(text)) text = text.replace(ARABIC_NUMBER_MARKS, (m) => (m === '\u066c' ? ',' : '.'));
      }
      if (UNDECOMPOSED_TEST.test(text)) text = text.replace(UNDECOMPOSED, plainLetter);
      if (script.size > 0 && SCRIPT_TEST.test(text)) {
        // The Arabic question mark, comma and Urdu full stop end the word before them ("حاجة؟", "نہیں۔"), as "?", "," and "." do.
        if (ARABIC_PUNCTUATION_TEST.test(text)) text = text.replace(ARABIC_PUNCTUATION, arabicPunctuation);
        text = text.replace(SCRIPT_WORD, pashto.size > 0 && PASHTO_LETTER.test(text) ? transliteratePashto : transliterate);
        text = text.replace(SPACES_AROUND_READ_WORD, ' ');
      }
      // A run joined to a Latin word ("UDP만") begins with what is joined to that word.
      if (unspaced.size > 0 && UNSPACED_TEST.test(text)) {
        text = text.replace(UNSPACED_RUN, (run: string, at: number, all: string) => segment(run, at > 0 && LATIN_LETTER.test(all[at - 1] as string)));
      }
    }
    // An elided article ends in an apostrophe, which most messages do not write: one test spares both passes.
    if (DROPPED_CHAR.test(text)) text = text.replace(ELIDED_ARTICLE, '').replace(TURKIC_ENDING, '').replace(DROPPED_CHARS, '');
    text = readRecognised(text, knownWord);
    armedJoins.fill(0);
    for (const { hint, joins } of noWord) if (text.includes(hint)) for (const j of joins) armedJoins[j] = 1;
    // The words of the text (WORD's matches) read by hand, in one pass that arms the joins of the hints in and around them
    // and the phrase tables, and, when no join rewrites the text, gives the tokens too, each already hashed by its look-up here.
    const scanned = text;
    const found: string[] = [];
    const foundFacts: WordFacts<W>[] = [];
    let numberWords = false;
    for (let i = 0; i < text.length; ) {
      if (!isWordLetter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end < text.length && isWordLetter(text.charCodeAt(end))) end++;
      const word = text.slice(i, end);
      found.push(word);
      const facts = factsOf(word);
      foundFacts.push(facts);
      if (facts.arms !== undefined) for (const j of facts.arms) armedJoins[j] = 1;
      if (facts.around !== undefined) {
        // A run after something else in the hint begins the word; one that begins the hint ends it.
        for (const { hint, run, before, beside, joins } of facts.around) {
          const at = before > 0 ? i - before : end - run.length;
          if (text.charCodeAt(before > 0 ? i - 1 : end) !== beside || at < 0 || !text.startsWith(hint, at)) continue;
          for (const j of joins) armedJoins[j] = 1;
        }
      }
      if (facts.numberWord) numberWords = true;
      const starting = facts.starting;
      if (starting !== undefined) {
        armFound(starting.short, text, i);
        const going = end + AFTER_FIRST_WORD <= text.length ? starting.next.get(nextKey(text, end)) : undefined;
        if (going !== undefined) armFound(going, text, i);
      }
      i = end;
    }
    for (let j = 0; j < joins.length; j++) {
      const join = joins[j] as Join;
      if (join.hints !== undefined && armedJoins[j] === 0) continue;
      const to = join.to;
      text = typeof to === 'string' ? text.replace(join.pattern, to) : text.replace(join.pattern, to);
    }
    // Figures in words need a number word among the words (a rewritten text is read again).
    if (numberWords || text !== scanned) text = digitsForNumberWords(text);
    const questionMark = text.includes('?') && (QUESTION_AT_END.test(text) || QUESTION_INSIDE.test(text));

    // One pass; replacing the separators with spaces and then splitting (natural's tokenizer) gave the same words in three.
    const raw = text === scanned ? found : (text.match(WORD) ?? []);
    const words: string[] = [];
    const data: W[] | undefined = wordData === undefined ? undefined : [];
    const stems: string[] = [];
    const message = ++messages;
    const corrections: { from: string; to: string }[] = [];
    const lookupsBefore = fuzzyLookups;
    const n = Math.min(raw.length, maxWords);
    // Where "no" and "na" stand, and whether the message is Portuguese: there they mean "in the".
    let portuguese = false;
    let linker = false;
    let inThe: number[] | undefined;
    let naAt: number[] | undefined;
    for (let i = 0; i < n; i++) {
      const r = raw[i] as string;
      if (r.length > MAX_TOKEN) continue;
      let t = token(r, fuzzyLookups - lookupsBefore < fuzzyBudget, wide, raw === found ? foundFacts[i] : undefined);
      // Out of spelling budget (junk): keep the word as written, uncached.
      if (t === undefined) t = info([r.length > 2 ? r.replace(REPEATS, '$1') : r], undefined);
      if (t.marks !== 0) {
        if (t.marks === PORTUGUESE) portuguese = true;
        else if (t.marks === NA_LINKER) linker = true;
        else {
          (inThe ??= []).push(words.length);
          if (r === 'na') (naAt ??= []).push(words.length);
        }
      }
      if (t.from !== undefined) corrections.push({ from: t.from, to: t.words[0] as string });
      if (t.word !== undefined) {
        words.push(t.word);
        if (data !== undefined) data.push(t.datum as W);
        const f = t.feature;
        if (f !== null && f.seenIn !== message) {
          f.seenIn = message;
          stems.push(f.stem);
        }
        continue;
      }
      const tw = t.words;
      for (let j = 0; j < tw.length; j++) words.push(tw[j] as string);
      if (data !== undefined) for (const d of t.data as readonly W[]) data.push(d);
      const tf = t.features;
      for (let j = 0; j < tf.length; j++) {
        const f = tf[j] as Feature;
        if (f.seenIn === message) continue;
        f.seenIn = message;
        stems.push(f.stem);
      }
    }
    const reworded = portuguese && inThe !== undefined ? inThe : linker ? naAt : undefined;
    if (reworded !== undefined) {
      const to = portuguese ? 'in' : 'na';
      for (const at of reworded) {
        words[at] = to;
        if (data !== undefined && wordData !== undefined) data[at] = wordData(to);
      }
    }
    // The words between empty ends, joined: the padded phrase as one flat string, which the
    // rules' many regular expressions scan faster than a concatenation.
    const phrase = ['', ...words, ''].join(' ');
    if (data === undefined || wordData === undefined) return { text, phrase, words, stems, corrections, truncated, questionMark };
    return { text, phrase, words, stems, corrections, truncated, questionMark, wordData: { of: wordData, values: data } };
  }

  return { normalise, correct, stem };
}
