import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelStatus } from '../../../../bot/channel.js';
import { createConnectionStatus } from '../../../../bot/channels/whatsapp/connection-status.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createConnectionStatus', () => {
  it('starts stopped, counts failures in a row and turns failing at the threshold', () => {
    vi.useFakeTimers({ now: 0 });
    const changes: ChannelStatus[] = [];
    const status = createConnectionStatus({ failingAfter: 2, onChange: (s) => changes.push(s) });
    expect(status.status()).toEqual({ state: 'stopped', since: new Date(0), lastError: null, attempts: 0 });
    status.connecting();
    vi.advanceTimersByTime(5);
    status.failed('connection lost');
    status.connecting(); // the same state: not reported again
    status.failed('timed out');
    expect(changes).toEqual([
      { state: 'connecting', since: new Date(0), lastError: null, attempts: 0 },
      { state: 'failing', since: new Date(5), lastError: 'timed out', attempts: 2 },
    ]);
    status.connecting();
    expect(status.status().state).toBe('failing');
  });

  it('forgets the failures only after the connection stayed open for stableAfterMs', () => {
    vi.useFakeTimers({ now: 0 });
    const stable = vi.fn();
    const status = createConnectionStatus({ stableAfterMs: 1000 });
    status.onStable(stable);
    status.failed('lost');
    status.opened();
    vi.advanceTimersByTime(999);
    status.failed('lost again'); // dropped before it was stable
    expect(status.attempts).toBe(2);
    status.opened();
    vi.advanceTimersByTime(1000);
    expect(status.status()).toMatchObject({ state: 'open', attempts: 0, lastError: null });
    expect(stable).toHaveBeenCalledTimes(1);
  });

  it('reports standby and the end with their reasons, and no stable timer outlives the end', () => {
    vi.useFakeTimers({ now: 0 });
    const changes: string[] = [];
    const status = createConnectionStatus({ stableAfterMs: 10, onChange: (s) => changes.push(`${s.state}: ${s.lastError}`) });
    status.standby('another process holds it');
    status.connecting();
    status.opened();
    status.ended('logged_out', 'logged out (code 401)');
    vi.advanceTimersByTime(100);
    expect(changes).toEqual(['standby: another process holds it', 'connecting: another process holds it', 'open: another process holds it', 'logged_out: logged out (code 401)']);
  });
});
