// The middleware chain and the rate limiter on their own (pure parts; the whole pipeline with
// a store and a channel is in assistant.test.ts).
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '../../bot/channel.js';
import { reply } from '../../bot/effects.js';
import { capSize, mediaOnly, RateLimiter } from '../../bot/middleware/index.js';
import { compose, newTurn, type Middleware } from '../../bot/pipeline.js';
import { MEDIA_ONLY } from '../../bot/replies.js';

const message = (text: string | null): ChatMessage => ({ chat: '+8801700000001', sender: '+8801700000001', text, at: new Date() });
const echo = compose([capSize(16), mediaOnly()], async (turn) => [reply(turn.message.chat, turn.text)]);

describe('compose', () => {
  it('runs middleware in order and lets one answer without going further', async () => {
    expect(await echo(newTurn(message('hello\u0007 there, this is long')))).toEqual([reply('+8801700000001', 'hello  there, th')]);
    expect(await echo(newTurn(message(null)))).toEqual([reply('+8801700000001', MEDIA_ONLY)]);
    expect(await echo(newTurn(message('   ')))).toEqual([]);
  });

  it('cuts on a character boundary, never inside one', async () => {
    const text = 'ঠিকানা ব্যবহৃত'; // three bytes a character: 16 bytes end inside the sixth
    const [r] = await echo(newTurn(message(text)));
    const cut = r?.type === 'reply' ? r.text : '';
    expect(cut).toBe(text.slice(0, 5));
    expect(Buffer.byteLength(cut)).toBe(15);
  });

  it('refuses a middleware that calls next twice', async () => {
    const twice: Middleware = async (_turn, next) => [...(await next()), ...(await next())];
    await expect(compose([twice], async () => [])(newTurn(message('x')))).rejects.toThrow(/called next\(\) twice/);
  });
});

describe('RateLimiter', () => {
  it('lets the limit through, then gives each later message the next free window, warning once per burst', () => {
    let t = 0;
    const limiter = new RateLimiter({ perWindow: 2, windowMs: 1_000, now: () => new Date(t) });
    const admit = () => limiter.admit('+8801700000001');
    expect([admit(), admit()]).toEqual([{ delayMs: 0, warn: false }, { delayMs: 0, warn: false }]);
    expect(admit()).toEqual({ delayMs: 1_000, warn: true });
    // Read when its window came (the chat's messages go one after another).
    t = 1_000;
    expect(admit()).toEqual({ delayMs: 0, warn: false });
    expect(admit()).toEqual({ delayMs: 1_000, warn: false });
    // A window that passes without filling up ends the burst.
    t = 3_500;
    expect([admit(), admit(), admit()]).toEqual([{ delayMs: 0, warn: false }, { delayMs: 0, warn: false }, { delayMs: 1_000, warn: true }]);
    // Another sender has a window of its own.
    expect(limiter.admit('+8801700000002')).toEqual({ delayMs: 0, warn: false });
  });

  it('ends every wait on release', async () => {
    const limiter = new RateLimiter({ perWindow: 1, windowMs: 60_000, now: () => new Date() });
    const sleeping = limiter.sleep(60_000);
    limiter.release();
    await sleeping;
    expect(limiter.admit('x')).toEqual({ delayMs: 0, warn: false });
    expect(limiter.admit('x')).toEqual({ delayMs: 0, warn: false });
  });
});
