import { createRequire } from 'node:module';
import type * as KyselyModule from 'kysely';

// Kysely's ESM build is about 280 small files; Node 20's ESM loader took about 180 ms to
// load them here, the CommonJS build about 90 ms (measured in a cold `node` process). Every
// CLI command opens the store, so the store loads the CommonJS build, once, here. Types
// still come from `import type … from 'kysely'` (the same declarations). Nothing outside
// store/ should hand Kysely objects in, so the two copies never meet.
const kysely = createRequire(import.meta.url)('kysely') as typeof KyselyModule;

/** Kysely's runtime values, loaded from its CommonJS build (see the comment above). */
export const { CompiledQuery, Kysely, Migrator, PostgresDialect, SqliteAdapter, SqliteDialect, SqliteDriver, sql } = kysely;

/** The Kysely instance type, under the same name as the constructor above. */
export type Kysely<DB> = KyselyModule.Kysely<DB>;
