import { describe, expect, it } from 'vitest';
import { resumeBoundMs, WORKER_DEFAULTS } from '../../queue/worker.js';
import { SERVER_LOCK_TTL_MS } from '../../store/server-lock.js';

describe('resumeBoundMs', () => {
  it('keeps a dead worker\'s job within 15 s of coming back with the production timing', () => {
    expect(WORKER_DEFAULTS).toEqual({ lockDurationMs: 5_000, serverLockTtlMs: SERVER_LOCK_TTL_MS, busyRetryMs: 500 });
    expect(resumeBoundMs()).toBe(10_500);
    expect(resumeBoundMs()).toBeLessThanOrEqual(15_000);
  });

  it('is bound by the slowest of the two stalled-check passes, the job lock and the server lock', () => {
    // BullMQ's own defaults (30 s lock, 30 s check): the minute the crash resume used to take.
    expect(resumeBoundMs({ lockDurationMs: 30_000, stalledIntervalMs: 30_000, serverLockTtlMs: 30_000, busyRetryMs: 500 })).toBe(60_500);
    expect(resumeBoundMs({ lockDurationMs: 2_000, stalledIntervalMs: 8_000, serverLockTtlMs: 2_000, busyRetryMs: 0 })).toBe(16_000);
    expect(resumeBoundMs({ lockDurationMs: 2_000, stalledIntervalMs: 1_000, serverLockTtlMs: 12_000, busyRetryMs: 0 })).toBe(12_000);
  });
});
