import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireServerLock, lockHolderLabel, serverLockOwner, waitForServerLock } from '../../store/server-lock.js';
import type { RunStore } from '../../store/types.js';

/** Makes a store for one test; `now` is the store's clock, driven by the test. */
export type LockStoreFactory = (options: { now: () => Date }) => Promise<RunStore>;

/**
 * The server locks and the per-server journal read, on every adapter. Stores may be shared
 * between tests, so each test uses servers of its own.
 */
export function serverLocksContract(adapter: string, factory: LockStoreFactory): void {
  describe(`server locks and server journals (${adapter})`, () => {
    let store: RunStore;
    let at: number;
    let server: string;
    const now = () => new Date(at);

    beforeEach(async () => {
      at = Date.parse('2030-01-01T00:00:00.000Z');
      store = await factory({ now });
      server = `srv-${randomUUID().slice(0, 8)}`;
    });
    afterEach(async () => {
      await store.close();
    });

    describe('serverLocks', () => {
      it('gives a free server to the first owner and refuses others until it is released', async () => {
        const locks = store.serverLocks;
        expect(await locks.holder(server)).toBeNull();
        expect(await locks.acquire(server, 'a#1', 10_000)).toBe(true);
        expect(await locks.acquire(server, 'b#2', 10_000)).toBe(false);
        expect(await locks.holder(server)).toEqual({ owner: 'a#1', expiresAt: '2030-01-01T00:00:10.000Z' });
        // Another owner's release does nothing.
        await locks.release(server, 'b#2');
        expect((await locks.holder(server))?.owner).toBe('a#1');
        await locks.release(server, 'a#1');
        expect(await locks.holder(server)).toBeNull();
        expect(await locks.acquire(server, 'b#2', 10_000)).toBe(true);
      });

      it('lets the same owner take its lock again, and keeps servers apart', async () => {
        const other = `${server}-2`;
        expect(await store.serverLocks.acquire(server, 'a#1', 10_000)).toBe(true);
        expect(await store.serverLocks.acquire(server, 'a#1', 10_000)).toBe(true);
        expect(await store.serverLocks.acquire(other, 'b#2', 10_000)).toBe(true);
        expect((await store.serverLocks.holder(other))?.owner).toBe('b#2');
      });

      it('frees a lock nobody renewed once it expires; a renewal keeps it, and a lost one says so', async () => {
        const locks = store.serverLocks;
        expect(await locks.acquire(server, 'a#1', 10_000)).toBe(true);
        at += 9_000;
        expect(await locks.renew(server, 'a#1', 10_000)).toBe(true);
        at += 9_000; // 18 s after taking it, 9 s after the renewal
        expect(await locks.acquire(server, 'b#2', 10_000)).toBe(false);
        at += 1_000; // the renewal's 10 s are up
        expect(await locks.holder(server)).toBeNull();
        expect(await locks.acquire(server, 'b#2', 10_000)).toBe(true);
        expect(await locks.renew(server, 'a#1', 10_000)).toBe(false);
        expect((await locks.holder(server))?.owner).toBe('b#2');
      });

      it('lets exactly one of many owners racing for a free server take it', async () => {
        const results = await Promise.all(Array.from({ length: 12 }, (_, i) => store.serverLocks.acquire(server, `racer#${i}`, 10_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
        const winner = results.indexOf(true);
        expect((await store.serverLocks.holder(server))?.owner).toBe(`racer#${winner}`);
      });

      it('waitForServerLock says who holds a busy server, and takes it once it is released', async () => {
        const first = (await acquireServerLock(store.serverLocks, server, serverLockOwner('R-12-apply (worker box pid 81)')))!;
        const busy: string[] = [];
        const refused = await waitForServerLock(store.serverLocks, server, serverLockOwner('cli'), { waitMs: 0, onBusy: (h) => busy.push(lockHolderLabel(h.owner)) });
        expect(refused).toEqual({ ok: false, holder: { owner: first.owner, expiresAt: expect.any(String) } });
        expect(busy).toEqual(['R-12-apply (worker box pid 81)']);

        const waiting = waitForServerLock(store.serverLocks, server, serverLockOwner('cli'), { waitMs: 20_000, pollMs: 20 });
        await new Promise((r) => setTimeout(r, 100));
        await first.release();
        const got = await waiting;
        expect(got.ok).toBe(true);
        if (got.ok) {
          expect((await store.serverLocks.holder(server))?.owner).toBe(got.lock.owner);
          await got.lock.release();
        }
        expect(await store.serverLocks.holder(server)).toBeNull();
      });
    });

    describe('listServerSteps', () => {
      it("returns the given phases of every run on the server with its run, oldest first, and nothing of other servers", async () => {
        const base = { playbook: 'port_exhaustion' as const, customerId: 'acme', requestedBy: 'test' };
        const a = await store.createRun({ ...base, kind: 'remediate', serverId: server, status: 'succeeded' });
        const b = await store.createRun({ ...base, kind: 'remediate', serverId: server, status: 'failed' });
        const elsewhere = await store.createRun({ ...base, kind: 'remediate', serverId: `${server}-x`, status: 'succeeded' });
        const rb = await store.createRun({ ...base, kind: 'rollback', serverId: server, status: 'failed', rollbackOf: b.id });
        for (const r of [a, b, elsewhere]) {
          await store.appendSteps(r.id, [
            { phase: 'connect', name: 'connect', status: 'ok' },
            { phase: 'backup', name: 'backing up', status: 'ok', data: { type: 'backup', path: '/f', backupPath: `/f.${r.id}.bak` } },
            { phase: 'apply', name: 'writing', status: 'ok' },
          ]);
        }
        await store.appendStep(rb.id, { phase: 'rollback', name: 'restoring', status: 'failed' });

        const got = await store.listServerSteps(server, ['backup', 'rollback']);
        expect(got.map((g) => [g.run.id, g.step.phase, g.step.seq])).toEqual([
          [a.id, 'backup', 2],
          [b.id, 'backup', 2],
          [rb.id, 'rollback', 1],
        ]);
        expect(got[0]!.run).toEqual({ id: a.id, kind: 'remediate', status: 'succeeded', rollbackOf: null });
        expect(got[2]!.run).toEqual({ id: rb.id, kind: 'rollback', status: 'failed', rollbackOf: b.id });
        expect(got[0]!.step.data).toEqual({ type: 'backup', path: '/f', backupPath: `/f.${a.id}.bak` });
        expect(await store.listServerSteps(server, [])).toEqual([]);
      });
    });
  });
}
