// The transcript writer: messages queue behind the replies and are written in batches once the
// bot is quiet for a moment, or a quarter of a second after the oldest, whichever comes first.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranscriptWriter } from '../../bot/transcripts.js';
import { configSchema } from '../../config/schema.js';
import { Conversations } from '../../conversations/index.js';
import { openSqliteRunStore } from '../../store/sqlite.js';
import type { RunStore } from '../../store/types.js';

const ACME = '+8801700000001';
const GLOBEX = '+8801700000002';
const config = configSchema.parse({
  customers: [
    { id: 'acme', name: 'ACME Telecom', chats: [ACME] },
    { id: 'globex', name: 'Globex', chats: [GLOBEX] },
  ],
  servers: [],
  engineers: [],
});

let store: RunStore;
let writer: TranscriptWriter;
let writes: number;

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  store = await openSqliteRunStore(':memory:');
  const conversations = new Conversations({ store: store.conversations, config: () => config });
  const recordAll = conversations.recordAll.bind(conversations);
  writes = 0;
  conversations.recordAll = (inputs) => (writes++, recordAll(inputs));
  writer = new TranscriptWriter(conversations, () => {});
});
afterEach(async () => {
  vi.useRealTimers();
  await store.close();
});

const say = (text: string, chat = ACME) => writer.add({ chat, author: { kind: 'customer' }, text });
const stored = async (chat = ACME) => (await store.conversations.listMessages(chat)).map((m) => m.text).reverse();
/** Moves the clock and lets the write that came due finish. */
async function wait(ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await writer.flush('+8801799999999'); // a chat with nothing queued: resolves once the writes under way are done
}

describe('TranscriptWriter', () => {
  it('writes the queue in one batch once no message came for 10 ms', async () => {
    say('one');
    await wait(5);
    say('two');
    await wait(5);
    say('three');
    await wait(9);
    expect(await stored()).toEqual([]);
    await wait(2);
    expect(await stored()).toEqual(['one', 'two', 'three']);
    expect(writes).toBe(1);
  });

  it('writes at most 250 ms after the oldest queued message, however busy the chat stays', async () => {
    say('m0');
    for (let i = 1; i <= 30; i++) {
      await wait(8);
      say(`m${i}`);
    }
    // 240 ms on, never quiet for 10 ms: still queued.
    expect(await stored()).toEqual([]);
    await wait(12);
    expect((await stored()).length).toBe(31);
    expect(writes).toBe(1);
  });

  it('writes everything at once when flushed, and nothing twice', async () => {
    say('one');
    say('two');
    await writer.flush();
    expect(await stored()).toEqual(['one', 'two']);
    await wait(300);
    expect(await stored()).toEqual(['one', 'two']);
    expect(writes).toBe(1);
  });

  it("writes one chat's messages when that chat is flushed, the others' later, each once and in order", async () => {
    say('a1');
    say('g1', GLOBEX);
    say('a2');
    say('g2', GLOBEX);
    await writer.flush(ACME);
    expect(await stored()).toEqual(['a1', 'a2']);
    expect(await stored(GLOBEX)).toEqual([]);
    say('a3');
    await wait(11);
    expect(await stored()).toEqual(['a1', 'a2', 'a3']);
    expect(await stored(GLOBEX)).toEqual(['g1', 'g2']);
    await writer.flush();
    await wait(300);
    expect(await stored()).toEqual(['a1', 'a2', 'a3']);
    expect(writes).toBe(2);
  });
});
