import type { Kysely } from 'kysely';
import type { StoreDatabase } from './schema.js';
import type { ServerLockTable } from './types.js';

/**
 * The server locks over the store's database: each operation is one statement, the same in
 * SQLite and PostgreSQL. Taking a lock is an upsert whose update only happens when the row
 * has expired or is already the caller's, so of two takers exactly one gets a row back.
 */
export function createKyselyServerLocks(db: Kysely<StoreDatabase>, now: () => Date): ServerLockTable {
  const until = (ttlMs: number) => new Date(now().getTime() + ttlMs).toISOString();
  return {
    async acquire(serverId, owner, ttlMs) {
      const at = now().toISOString();
      const expires_at = until(ttlMs);
      const row = await db
        .insertInto('server_locks')
        .values({ server_id: serverId, owner, expires_at })
        .onConflict((oc) =>
          oc
            .column('server_id')
            .doUpdateSet({ owner, expires_at })
            .where((eb) => eb.or([eb('server_locks.expires_at', '<=', at), eb('server_locks.owner', '=', owner)])),
        )
        .returning('owner')
        .executeTakeFirst();
      return row !== undefined;
    },

    async renew(serverId, owner, ttlMs) {
      const result = await db.updateTable('server_locks').set({ expires_at: until(ttlMs) }).where('server_id', '=', serverId).where('owner', '=', owner).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async release(serverId, owner) {
      await db.deleteFrom('server_locks').where('server_id', '=', serverId).where('owner', '=', owner).execute();
    },

    async holder(serverId) {
      const row = await db.selectFrom('server_locks').select(['owner', 'expires_at']).where('server_id', '=', serverId).where('expires_at', '>', now().toISOString()).executeTakeFirst();
      return row ? { owner: row.owner, expiresAt: row.expires_at } : null;
    },
  };
}
