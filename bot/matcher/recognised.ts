/**
 * Text a phone recognised from a screenshot or a photo (OCR) confuses letters and digits: "a1ready", "fai1ed",
 * "t1me_wait", "3O000 TIME_WAIT", "28O11", "l50 cps". A message with two such words, or one and such a figure, is read as
 * recognised text: a 0 between letters is "o", a 1 between letters "l" or "i" (whichever gives a word the matcher knows,
 * else "l"), and in a figure of two digits or more an "o" is 0 and an "l" is 1. A word whose digit does not stand between
 * two letters keeps it ("sw01", "e1", "vos1", "l2tp", "i5"), and a message with one such word alone is left as it is.
 */

/** A 0 or 1 between two letters: the sign of recognised text. */
const DIGIT_IN_WORD = /[a-z][01][a-z]/;
/** Words with a 0 or 1 between letters ("a1ready", "enab1ed", "ip1ocalportrange"). */
const LETTER_WORDS = /\b[a-z]+(?:[01][a-z]+)+\b/g;
/** Figures with a letter "o" or "l" among their digits ("3o000", "28o11", "2o4", "l50"). */
const FIGURES = /\b[0-9ol]*[0-9][0-9ol]*\b/g;
const LETTER_IN_FIGURE = /[ol]/;

/** A figure read back: "o" is 0, "l" is 1. Only with a letter among at least two digits and three characters ("l2" stays). */
function figure(f: string): string {
  if (f.length < 3 || !LETTER_IN_FIGURE.test(f)) return f;
  let digits = 0;
  for (let i = 0; i < f.length; i++) if (f.charCodeAt(i) <= 57) digits++;
  return digits < 2 ? f : f.replace(/o/g, '0').replace(/l/g, '1');
}

/**
 * The lower-cased text with the letters and digits recognised text confused read back, or the text itself when it does
 * not read as recognised. `known` tells whether a word is one the matcher reads.
 */
export function readRecognised(text: string, known: (word: string) => boolean): string {
  if (!DIGIT_IN_WORD.test(text)) return text;
  const letterWords = text.match(LETTER_WORDS)?.length ?? 0;
  let figures = 0;
  if (letterWords < 2) {
    for (const f of text.match(FIGURES) ?? []) if (figure(f) !== f) figures++;
    if (letterWords + figures < 2 || letterWords === 0) return text;
  }
  return text
    .replace(LETTER_WORDS, (w) => {
      const withO = w.replace(/0/g, 'o');
      const asL = withO.replace(/1/g, 'l');
      const asI = withO.replace(/1/g, 'i');
      return asL === asI || known(asL) || !known(asI) ? asL : asI;
    })
    .replace(FIGURES, figure);
}
