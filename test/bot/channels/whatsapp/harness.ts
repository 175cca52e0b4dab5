// Drives the WhatsApp channel over fake sockets in tests.
import { PassThrough } from 'node:stream';
import { expect, vi } from 'vitest';
import type { ChatMessage } from '../../../../bot/channel.js';
import { createWhatsAppChannel, type WhatsAppChannel, type WhatsAppChannelDeps } from '../../../../bot/channels/whatsapp/index.js';
import { openSqliteRunStore, type RunStore } from '../../../../store/index.js';
import { FakeSocket } from './fake-socket.js';

/** One channel over fake sockets, with what it delivered, logged and printed. */
export interface Harness {
  readonly channel: WhatsAppChannel;
  readonly sockets: FakeSocket[];
  readonly messages: ChatMessage[];
  readonly logs: string[];
  readonly qr: () => string;
  readonly store: RunStore;
  socket(n: number): Promise<FakeSocket>;
  /** Starts the channel and opens the first socket. */
  connect(): Promise<FakeSocket>;
}

const harnesses: Harness[] = [];

/** Stops every channel made by {@link harness} and closes its store; for `afterEach`. */
export async function closeHarnesses(): Promise<void> {
  vi.useRealTimers();
  for (const h of harnesses.splice(0)) {
    await h.channel.stop();
    await h.store.close();
  }
}

/** A channel over fake sockets with fast backoff and no rate limit (unless `options` say otherwise). */
export async function harness(options: Partial<WhatsAppChannelDeps> = {}): Promise<Harness> {
  const store = options.store ?? (await openSqliteRunStore(':memory:'));
  const sockets: FakeSocket[] = [];
  const messages: ChatMessage[] = [];
  const logs: string[] = [];
  const out = new PassThrough();
  let printed = '';
  out.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const channel = createWhatsAppChannel({
    store,
    log: (line) => logs.push(line),
    qrOut: out,
    makeSocket: (config) => {
      const socket = new FakeSocket(config);
      sockets.push(socket);
      return socket;
    },
    sendLimits: { chatIntervalMs: 0, perChatPerMinute: Number.POSITIVE_INFINITY, totalPerMinute: Number.POSITIVE_INFINITY },
    backoff: { initialMs: 5, maxMs: 20, jitter: 0 },
    ...options,
  });
  const h: Harness = {
    channel,
    sockets,
    messages,
    logs,
    store,
    qr: () => printed,
    async socket(n) {
      // A socket comes once the channel has its lease and the session; on a loaded machine that can take more than the default second.
      await vi.waitFor(() => expect(sockets.length).toBeGreaterThan(n), { timeout: 5000 });
      return sockets[n]!;
    },
    async connect() {
      const started = channel.start(async (m) => {
        messages.push(m);
      });
      const first = await h.socket(0);
      first.open();
      await started;
      return first;
    },
  };
  harnesses.push(h);
  return h;
}

/** Waits until `n` messages were delivered (a later valid message proves earlier ones were dropped). */
export async function delivered(h: Harness, n: number): Promise<ChatMessage[]> {
  await vi.waitFor(() => expect(h.messages).toHaveLength(n));
  return h.messages;
}
