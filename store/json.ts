import * as z from 'zod';

/** JSON-able blob stored as text (SQLite) or jsonb-compatible text (PostgreSQL). */
export const jsonSchema: z.ZodType<unknown> = z.unknown();
