import { MAX_TRANSCRIPT_CHARS, type MediaKind } from './model.js';

/** `text` cut to `max` characters with "…", never splitting a character in two. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/**
 * A message as its transcript keeps it: media as its kind in brackets, with the caption if
 * any ("[image] the trace"), capped at MAX_TRANSCRIPT_CHARS.
 *
 * ```ts
 * transcriptText(null, 'image')      // "[image]"
 * transcriptText('see log', 'image') // "[image] see log"
 * ```
 */
export function transcriptText(text: string | null, media?: MediaKind | null): string {
  const words = text?.trim() ?? '';
  const written = media ? (words ? `[${media}] ${words}` : `[${media}]`) : words;
  return cap(written, MAX_TRANSCRIPT_CHARS);
}
