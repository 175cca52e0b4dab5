import { isUtf8 } from 'node:buffer';
import { ConfigError } from './errors.js';

const BYTE_ORDER_MARKS: readonly { bytes: readonly number[]; encoding: string }[] = [
  // UTF-32 first: its little-endian mark begins with UTF-16's.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'UTF-32' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'UTF-32' },
  { bytes: [0xff, 0xfe], encoding: 'UTF-16' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16' },
];

// YAML allows tab, line feed and carriage return among the C0 controls; yaml (the package)
// takes the others into strings without a word, where they only confuse.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/;

/**
 * The config file's bytes as text. Refuses what is not UTF-8 text, each with what to do:
 * UTF-16/32 (byte-order mark), binary files and UTF-16 without a mark (NUL bytes), bytes
 * that are not UTF-8 (Latin-1, Windows-1252; with line and column) and control characters
 * (with line and column). A UTF-8 byte-order mark is dropped.
 */
export function decodeConfigText(bytes: Uint8Array, file: string): string {
  const refuse = (message: string, at?: { line: number; column: number }): never => {
    throw new ConfigError(file, [{ path: '', ...at, message }]);
  };
  const bom = BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (bom) {
    refuse(`the file is ${bom.encoding} text (it starts with a ${bom.encoding} byte-order mark): save it as UTF-8, e.g. iconv -f ${bom.encoding} -t UTF-8 ${file} > ${file}.utf8`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    refuse(`the file has NUL bytes (the first at byte ${nul}): it is binary, or UTF-16 text without a byte-order mark, not a YAML config; point --config at the YAML file, saved as UTF-8`);
  }
  if (!isUtf8(bytes)) {
    const bad = firstInvalidUtf8(bytes);
    refuse(
      `byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')} is not UTF-8 (Latin-1 or Windows-1252 text?): save the file as UTF-8, e.g. iconv -f LATIN1 -t UTF-8 ${file} > ${file}.utf8`,
      bad,
    );
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    refuse(`control character U+${code}: a config is plain text; delete it (or is this not the config file?)`, lineAndColumn(text, control.index));
  }
  return text;
}

/** Where the first byte that is not UTF-8 is: the line found by checking line by line, the column by decoding up to it. */
function firstInvalidUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl === -1 ? bytes.length : nl;
    const lineBytes = bytes.subarray(start, end);
    if (!isUtf8(lineBytes)) {
      // A decoder that does not stop replaces the bad byte with U+FFFD; the text before it
      // re-encodes to the same bytes, so its length in bytes is the bad byte's offset.
      const decoded = new TextDecoder('utf-8').decode(lineBytes);
      const column = decoded.indexOf('\uFFFD');
      const offset = Buffer.byteLength(decoded.slice(0, Math.max(column, 0)), 'utf8');
      return { line, column: column + 1, byte: lineBytes[offset] ?? 0 };
    }
    start = end + 1;
  }
  return { line: 1, column: 1, byte: 0 }; // not reached: the caller saw an invalid byte
}

/** 1-based line and column of a string index. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastNl = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: index - lastNl };
}
