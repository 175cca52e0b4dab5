// The rules of listRuns and countRuns that do not depend on how the SQL is built.

/** `listRuns` page size when the filter gives none. */
export const DEFAULT_LIST_LIMIT = 50;
/** Largest `listRuns` page; larger limits are clamped to it. */
export const MAX_LIST_LIMIT = 1000;

/** A LIKE pattern matching `text` literally anywhere: `%`, `_` and `\` in it are escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/**
 * A filter bound in the stored form (`Date#toISOString`), so that text comparison is time
 * comparison: `2024-05-01T12:00:00+02:00` becomes `2024-05-01T10:00:00.000Z`, a bare
 * date means midnight UTC.
 */
export function isoInstant(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an ISO 8601 timestamp: ${JSON.stringify(value)}`);
  return date.toISOString();
}

/** The page size listRuns uses: the default when none is given, clamped to 0…MAX_LIST_LIMIT. */
export function pageLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIST_LIMIT;
  return Math.min(MAX_LIST_LIMIT, Math.max(0, Math.floor(limit)));
}

/** How many runs listRuns skips: 0 when none is given, never negative. */
export function pageOffset(offset: number | undefined): number {
  if (offset === undefined || !Number.isFinite(offset)) return 0;
  return Math.max(0, Math.floor(offset));
}
