import { hostname } from 'node:os';
import { ServerBusyError } from '../../store/errors.js';
import { lockHolderLabel, serverLockOwner, waitForServerLock, type HeldServerLock } from '../../store/server-lock.js';
import type { RunStore } from '../../store/types.js';
import type { CliContext } from '../context.js';

/** How long a command waits for a server that another run is changing, unless `--wait` says. */
export const DEFAULT_SERVER_WAIT_S = 120;

/**
 * Takes the run store's lock of a server for a command that changes it, the lock queue workers
 * take too: one change at a time per server, whoever makes it. While another run holds the
 * server, says who and waits up to `waitS` seconds; then throws ServerBusyError (exit 1).
 */
export async function holdServer(ctx: CliContext, store: RunStore, serverId: string, what: string, requestedBy: string, waitS = DEFAULT_SERVER_WAIT_S): Promise<HeldServerLock> {
  const owner = serverLockOwner(`${what} by ${requestedBy.replace(/^cli:/, '')}@${hostname()} (pid ${process.pid})`);
  let waited = false;
  const got = await waitForServerLock(store.serverLocks, serverId, owner, {
    waitMs: waitS * 1000,
    onLost: (why) => ctx.stderr.write(`warning: ${why}\n`),
    onBusy: (holder) => {
      if (waitS <= 0) return;
      waited = true;
      ctx.stderr.write(`${serverId} is busy: ${lockHolderLabel(holder.owner)} is changing it; waiting up to ${waitS} s for it to finish\n`);
    },
  });
  if (!got.ok) throw new ServerBusyError(serverId, got.holder && lockHolderLabel(got.holder.owner), waitS * 1000);
  if (waited) ctx.stderr.write(`${serverId} is free now; going on\n`);
  return got.lock;
}
