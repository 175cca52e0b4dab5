import * as z from 'zod';
import { playbookIdSchema } from '../playbooks/id-schema.js';
import type { RunFilter } from '../store/types.js';
import { runStatusSchema } from '../store/types.js';

/** Runs per page on the list pages; the API's default limit. */
export const PAGE_SIZE = 50;
/** Largest `limit` the JSON API accepts. */
export const MAX_API_LIMIT = 500;

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,62}$/);
const day = /^\d{4}-\d{2}-\d{2}$/;
const instant = z.string().refine((v) => (day.test(v) || /^\d{4}-\d{2}-\d{2}T/.test(v)) && !Number.isNaN(Date.parse(v)), 'must be a date (YYYY-MM-DD) or an ISO timestamp');
const count = (max: number) => z.coerce.number().int().min(0).max(max);

/**
 * Query parameters of the runs list, the server history and `/api/runs`. An empty form
 * field means "any", so blank strings are dropped before validation.
 */
export const runQuerySchema = z.object({
  customer: id.optional(),
  server: id.optional(),
  playbook: playbookIdSchema.optional(),
  status: runStatusSchema.optional(),
  from: instant.optional(),
  to: instant.optional(),
  q: z.string().max(200).optional(),
  page: count(1_000_000).optional(),
  limit: count(MAX_API_LIMIT).optional(),
  offset: count(100_000_000).optional(),
});
/** A validated runs query. */
export type RunQuery = z.infer<typeof runQuerySchema>;

/** The parsed query, and what was wrong with it (offending fields are left out). */
export interface ParsedRunQuery {
  readonly query: RunQuery;
  readonly errors: string[];
}

/** Parses a raw query string object; invalid fields are dropped and reported, never thrown. */
export function parseRunQuery(raw: unknown): ParsedRunQuery {
  const input: Record<string, string> = {};
  for (const [k, v] of Object.entries((raw ?? {}) as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && value.trim() !== '' && k in runQuerySchema.shape) input[k] = value.trim();
  }
  const errors: string[] = [];
  const query: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) {
    const field = runQuerySchema.shape[k as keyof RunQuery];
    const parsed = field.safeParse(v);
    if (parsed.success) query[k] = parsed.data;
    else errors.push(`${k}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  }
  return { query: query as RunQuery, errors };
}

/** A bare date as an upper bound means the whole of that day. */
const endOfDay = (v: string) => (day.test(v) ? `${v}T23:59:59.999Z` : v);

/** The store filter for a query (without paging). */
export function toRunFilter(query: RunQuery): RunFilter {
  return {
    ...(query.customer ? { customerId: query.customer } : {}),
    ...(query.server ? { serverId: query.server } : {}),
    ...(query.playbook ? { playbook: query.playbook } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: endOfDay(query.to) } : {}),
    ...(query.q ? { q: query.q } : {}),
  };
}

/** The query as URL parameters (for paging links), without paging fields. */
export function queryParams(query: RunQuery, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams();
  for (const k of ['customer', 'server', 'playbook', 'status', 'from', 'to', 'q'] as const) {
    const v = query[k];
    if (v !== undefined) params.set(k, String(v));
  }
  for (const [k, v] of Object.entries(extra)) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}
