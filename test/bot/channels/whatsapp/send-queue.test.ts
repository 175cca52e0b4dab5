import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSendQueue, type SendQueueOptions } from '../../../../bot/channels/whatsapp/send-queue.js';

afterEach(() => {
  vi.useRealTimers();
});

/** A queue on fake time, with every task recording [start ms, chat, name]. */
function recorded(options: SendQueueOptions) {
  vi.useFakeTimers({ now: 0 });
  const q = createSendQueue(options);
  const log: [number, string, string][] = [];
  const send = (chat: string, name: string) => q.run(chat, async () => void log.push([Date.now(), chat, name]));
  return { q, log, send };
}

describe('createSendQueue', () => {
  it('spaces the messages of one chat, keeps their order, and sends to other chats meanwhile', async () => {
    const { log, send } = recorded({ chatIntervalMs: 500, perChatPerMinute: Infinity, totalPerMinute: Infinity });
    const all = Promise.all([send('a', 'a1'), send('a', 'a2'), send('b', 'b1'), send('a', 'a3')]);
    await vi.advanceTimersByTimeAsync(2000);
    await all;
    expect(log).toEqual([
      [0, 'a', 'a1'],
      [0, 'b', 'b1'],
      [500, 'a', 'a2'],
      [1000, 'a', 'a3'],
    ]);
  });

  it('keeps the spacing across a quiet moment shorter than the interval', async () => {
    const { log, send } = recorded({ chatIntervalMs: 1000 });
    await send('a', 'first');
    await vi.advanceTimersByTimeAsync(300);
    const next = send('a', 'second');
    await vi.advanceTimersByTimeAsync(1000);
    await next;
    expect(log.map(([at]) => at)).toEqual([0, 1000]);
  });

  it('holds a chat to its per-minute cap and sends the rest a minute later, in order, while other chats go on', async () => {
    const held = vi.fn();
    const { log, send } = recorded({ chatIntervalMs: 0, perChatPerMinute: 3, totalPerMinute: Infinity, onHeld: held });
    const all = Promise.all([...['1', '2', '3', '4', '5'].map((n) => send('a', `a${n}`)), send('b', 'b1')]);
    await vi.advanceTimersByTimeAsync(59_999);
    expect(log.map(([, , name]) => name)).toEqual(['a1', 'a2', 'a3', 'b1']);
    await vi.advanceTimersByTimeAsync(1);
    await all;
    expect(log).toEqual([
      [0, 'a', 'a1'],
      [0, 'a', 'a2'],
      [0, 'a', 'a3'],
      [0, 'b', 'b1'],
      [60_000, 'a', 'a4'],
      [60_000, 'a', 'a5'],
    ]);
    expect(held.mock.calls).toEqual([[{ cap: 'chat', chat: 'a', queued: 2 }]]);
  });

  it('holds all chats to the total cap, first come first served, and drops nothing', async () => {
    const held = vi.fn();
    const { log, send } = recorded({ chatIntervalMs: 0, perChatPerMinute: Infinity, totalPerMinute: 4, onHeld: held });
    const names = ['a1', 'b1', 'a2', 'c1', 'b2', 'c2', 'a3', 'b3', 'a4'];
    const all = Promise.all(names.map((name) => send(name[0]!, name)));
    await vi.advanceTimersByTimeAsync(150_000);
    await all;
    expect(log.map(([at, , name]) => [at, name])).toEqual([
      [0, 'a1'],
      [0, 'b1'],
      [0, 'a2'],
      [0, 'c1'],
      [60_000, 'b2'],
      [60_000, 'c2'],
      [60_000, 'a3'],
      [60_000, 'b3'],
      [120_000, 'a4'],
    ]);
    // Told once per wait, with how many were waiting then.
    expect(held.mock.calls).toEqual([[{ cap: 'total', chat: null, queued: 5 }], [{ cap: 'total', chat: null, queued: 1 }]]);
  });

  it('counts the minute as a rolling window, not a clock minute', async () => {
    const { log, send } = recorded({ chatIntervalMs: 0, totalPerMinute: 2 });
    await send('a', 'a1');
    await vi.advanceTimersByTimeAsync(40_000);
    await send('b', 'b1');
    const later = send('c', 'c1');
    await vi.advanceTimersByTimeAsync(20_000); // a1 leaves the window at 60 s
    await later;
    expect(log.map(([at]) => at)).toEqual([0, 40_000, 60_000]);
  });

  it('passes results and failures through and sends later messages after a failure', async () => {
    const q = createSendQueue({ chatIntervalMs: 0 });
    const failed = q.run('a', async () => {
      throw new Error('nope');
    });
    const ok = q.run('a', async () => 42);
    await expect(failed).rejects.toThrow('nope');
    await expect(ok).resolves.toBe(42);
  });

  it('drain() sends what the caps allow in time, rejects the rest with the reason and reports it per chat', async () => {
    const { q, log, send } = recorded({ chatIntervalMs: 1000, perChatPerMinute: Infinity, totalPerMinute: Infinity });
    const results = ['a1', 'a2', 'a3', 'a4', 'b1'].map((name) => send(name[0]!, name).then(() => 'sent', (e: Error) => e.message));
    const draining = q.drain(1500, (n) => new Error(`${n} not sent`));
    await vi.advanceTimersByTimeAsync(1500);
    expect(await draining).toEqual([{ chat: 'a', count: 2 }]);
    expect(await Promise.all(results)).toEqual(['sent', 'sent', '2 not sent', '2 not sent', 'sent']);
    expect(log.map(([at, , name]) => [at, name])).toEqual([
      [0, 'a1'],
      [0, 'b1'],
      [1000, 'a2'],
    ]);
    expect(q.queued()).toBe(0);
  });

  it('drain() returns nothing left once everything went out', async () => {
    const { q, send } = recorded({ chatIntervalMs: 100 });
    const both = Promise.all([send('a', 'a1'), send('a', 'a2')]);
    const draining = q.drain(10_000, () => new Error('unused'));
    await vi.advanceTimersByTimeAsync(100);
    await both;
    expect(await draining).toEqual([]);
  });

  it('refuses limits that are not positive whole numbers', () => {
    expect(() => createSendQueue({ totalPerMinute: 0 })).toThrow(RangeError);
    expect(() => createSendQueue({ perChatPerMinute: 2.5 })).toThrow(/perChatPerMinute/);
  });
});
