// The chat channel fails as the product starts (WhatsApp logs the device out, another client
// replaced the session, the number is forbidden): the real WhatsApp channel over a socket that
// closes the way Baileys reports those closes, the whole app on a redis-server of this file's
// own (so that every connection left open shows), a SQLite store, the dashboard on a port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../../app/start.js';
import { createWhatsAppChannel } from '../../bot/channels/whatsapp/index.js';
import { parseConfig } from '../../config/index.js';
import { connectSsh } from '../../executors/ssh.js';
import { openRunStore } from '../../store/open.js';
import { startPrivateRedis, type PrivateRedis } from '../../testkit/private-redis.js';
import { closedPort } from '../../testkit/wait.js';
import { FakeSocket } from '../bot/channels/whatsapp/fake-socket.js';

const KEY = `SHA256:${'A'.repeat(43)}`;
const config = parseConfig(
  `customers:\n  - id: acme\n    name: ACME\n    chats: ["+8801700000001"]\nservers:\n  - id: vos1\n    customer: acme\n    host: 192.0.2.10\n    username: root\n    privateKeyPath: ./k\n    hostKeySha256: "${KEY}"\nengineers:\n  - id: rahim\n    name: Rahim\n    chats: ["+8801900000002"]\n    role: approver\n`,
  'test.yaml',
);

let dir: string;
let redis: PrivateRedis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-channel-failure-'));
  redis = await startPrivateRedis(dir);
});
afterAll(async () => {
  await redis?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('startApp when the chat channel fails to start', () => {
  for (const [close, code] of [
    [DisconnectReason.loggedOut, 'WA_LOGGED_OUT'],
    [DisconnectReason.connectionReplaced, 'WA_CONNECTION_REPLACED'],
    [DisconnectReason.forbidden, 'WA_FORBIDDEN'],
  ] as const) {
    it(`stops the dashboard, the workers and the queue connections before passing on ${code}, and leaves the store to the caller`, async () => {
      const store = await openRunStore({ dataDir: join(dir, `data-${code}`) });
      const logs: string[] = [];
      const channel = createWhatsAppChannel({
        store,
        log: () => {},
        qrOut: process.stderr,
        // WhatsApp's servers: the socket closes with this code as soon as it is opened.
        makeSocket: (socketConfig) => {
          const socket = new FakeSocket(socketConfig);
          setImmediate(() => socket.close(close));
          return socket;
        },
      });
      const port = await closedPort();
      const starting = startApp(
        { config, store, redisUrl: redis.server.url, channel, openTarget: (s, signal) => connectSsh(s, signal ? { signal } : {}), log: (m) => logs.push(m) },
        { web: { host: '127.0.0.1', port }, expiryCheckMs: 3_600_000 },
      );
      await expect(starting).rejects.toMatchObject({ code });

      const failed = logs.findIndex((l) => l.startsWith('start-up failed; stopping what had started (chat channel, dashboard, workers, queue connections): '));
      expect(failed, logs.join('\n')).toBeGreaterThan(logs.indexOf(`dashboard on http://127.0.0.1:${port}`));
      // Nothing of the app runs on: the dashboard's port is closed, no worker or queue connection is left.
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      expect(await redis.otherClients()).toEqual([]);
      expect(channel.status().state).toMatch(/^(logged_out|stopped)$/);
      // The store is the caller's, still open, and closes cleanly with nothing left using it.
      expect(await store.listRuns()).toEqual([]);
      await store.close();
    });
  }
});
