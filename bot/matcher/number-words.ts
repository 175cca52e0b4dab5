// Figures said in English words, as dictation and people in a hurry write them ("over thirty thousand in
// time wait", "nine hundred TIME_WAIT", "port six three seven nine"), written in digits so that the
// extractor and the rules read them like any other figure.

const UNITS: Readonly<Record<string, number>> = { zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Readonly<Record<string, number>> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** Every number word: a text without one among its words is left as it is. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'thousand']);
/** Every number word, and the units alone, as alternations built from the tables above. */
const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TEENS), ...Object.keys(TENS), 'hundred', 'thousand'].join('|')})`;
const UNIT = `(?:${Object.keys(UNITS).join('|')})`;
/** A run of number words, joined by spaces, hyphens or "and" ("twenty-five thousand", "one hundred and fifty"). */
const RUN = new RegExp(String.raw`\b${WORD}(?:(?:[ -]|\s+and\s+)${WORD})*\b`, 'g');
/**
 * Only a run that is surely a figure is rewritten: one with a ten, a teen, a hundred or a thousand in it, or
 * two units or more ("six three seven nine"). A unit alone stays a word: "one of the phones", "no one".
 */
const SURELY_A_FIGURE = new RegExp(String.raw`\b(?:${[...Object.keys(TENS), ...Object.keys(TEENS), 'hundred', 'thousand'].join('|')})\b|\b${UNIT}[ -]${UNIT}\b`);

/** The text with its figures in English words written in digits; itself when it has none. */
export function digitsForNumberWords(text: string): string {
  if (!SURELY_A_FIGURE.test(text)) return text;
  return text.replace(RUN, (run) => {
    const words = run.split(/[ -]+/).filter((w) => w !== 'and');
    // A unit, "hundred" or "thousand" alone stays a word ("one of them", "a few hundred").
    if (words.length === 1 && ((words[0] as string) in UNITS || words[0] === 'hundred' || words[0] === 'thousand')) return run;
    // Units said one after the other are digits read out ("six three seven nine" is 6379).
    if (words.length > 1 && words.every((w) => w in UNITS)) return words.map((w) => String(UNITS[w])).join('');
    return value(words) ?? run;
  });
}

/** "thirty thousand" → "30000", "nine hundred and fifty" → "950"; undefined when the words make no one figure. */
function value(words: readonly string[]): string | undefined {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'teen' | 'tens' | 'scale' | undefined;
  for (const w of words) {
    if (w in UNITS) {
      if (last === 'unit' || last === 'teen') return undefined;
      current += UNITS[w] as number;
      last = 'unit';
    } else if (w in TEENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') return undefined;
      current += TEENS[w] as number;
      last = 'teen';
    } else if (w in TENS) {
      if (last === 'unit' || last === 'teen' || last === 'tens') return undefined;
      current += TENS[w] as number;
      last = 'tens';
    } else if (w === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
      last = 'scale';
    } else if (w === 'thousand') {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
      last = 'scale';
    } else {
      return undefined;
    }
  }
  return String(total + current);
}
