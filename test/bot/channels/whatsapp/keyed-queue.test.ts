import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeyedQueue } from '../../../../bot/channels/whatsapp/keyed-queue.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('createKeyedQueue', () => {
  it('spaces tasks of one key, keeps their order, and lets other keys run at once', async () => {
    vi.useFakeTimers({ now: 0 });
    const q = createKeyedQueue({ intervalMs: 500 });
    const log: [number, string][] = [];
    const task = (name: string) => async () => void log.push([Date.now(), name]);
    const all = Promise.all([q.run('a', task('a1')), q.run('a', task('a2')), q.run('b', task('b1')), q.run('a', task('a3'))]);
    await vi.advanceTimersByTimeAsync(2000);
    await all;
    expect(log).toEqual([
      [0, 'a1'],
      [0, 'b1'],
      [500, 'a2'],
      [1000, 'a3'],
    ]);
  });

  it('keeps the spacing across a quiet moment shorter than the interval', async () => {
    vi.useFakeTimers({ now: 0 });
    const q = createKeyedQueue({ intervalMs: 1000 });
    await q.run('a', async () => undefined);
    await vi.advanceTimersByTimeAsync(300);
    const started: number[] = [];
    const next = q.run('a', async () => void started.push(Date.now()));
    await vi.advanceTimersByTimeAsync(1000);
    await next;
    expect(started).toEqual([1000]);
  });

  it('passes results and failures through and runs later tasks after a failure', async () => {
    const q = createKeyedQueue();
    const failed = q.run('a', async () => {
      throw new Error('nope');
    });
    const ok = q.run('a', async () => 42);
    await expect(failed).rejects.toThrow('nope');
    await expect(ok).resolves.toBe(42);
  });

  it('idle() waits for everything queued, including tasks queued meanwhile', async () => {
    const q = createKeyedQueue();
    const done: string[] = [];
    void q.run('a', async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      done.push('first');
      void q.run('b', async () => void done.push('queued meanwhile'));
    });
    await q.idle();
    expect(done).toEqual(['first', 'queued meanwhile']);
  });
});
