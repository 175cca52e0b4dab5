import { describe, expect, it, vi } from 'vitest';
import { createKeyedQueue } from '../../../../bot/channels/whatsapp/keyed-queue.js';

describe('createKeyedQueue', () => {
  it('runs the tasks of one key in order, each after the previous settled, and other keys meanwhile', async () => {
    const q = createKeyedQueue();
    const log: string[] = [];
    let releaseA1!: () => void;
    const a1Blocked = new Promise<void>((resolve) => (releaseA1 = resolve));
    const all = Promise.all([
      q.run('a', async () => {
        log.push('a1 start');
        await a1Blocked;
        log.push('a1 end');
      }),
      q.run('a', async () => void log.push('a2')),
      q.run('b', async () => void log.push('b1')),
    ]);
    await vi.waitFor(() => expect(log).toEqual(['a1 start', 'b1']));
    releaseA1();
    await all;
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
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
