import type { Middleware } from '../pipeline.js';

/** Messages longer than this are cut before anything reads them. */
export const MAX_MESSAGE_BYTES = 4 * 1024;

/** Cuts the text to `maxBytes` of UTF-8 and blanks control characters (they never help, and confuse terminals and logs). */
export const capSize =
  (maxBytes = MAX_MESSAGE_BYTES): Middleware =>
  (turn, next) => {
    const buf = Buffer.from(turn.text, 'utf8');
    if (buf.length > maxBytes) turn.text = buf.subarray(0, maxBytes).toString('utf8').replace(/\uFFFD+$/, '');
    turn.text = turn.text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' ');
    return next();
  };
