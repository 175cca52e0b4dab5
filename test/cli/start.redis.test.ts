// `vos-assist start` when WhatsApp refuses the session as it starts: the command (in this
// process, its streams captured), the real WhatsApp channel over a socket that closes the way
// Baileys reports it, a redis-server of this file's own, a SQLite store in a data directory.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { DisconnectReason } from '@whiskeysockets/baileys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../cli/commands/start.js';
import type { CliContext } from '../../cli/context.js';
import { openRunStore } from '../../store/open.js';
import { startPrivateRedis, type PrivateRedis } from '../../testkit/private-redis.js';
import { closedPort } from '../../testkit/wait.js';
import { FakeSocket } from '../bot/channels/whatsapp/fake-socket.js';

let dir: string;
let redis: PrivateRedis;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-start-'));
  writeFileSync(
    join(dir, 'vos-assist.yaml'),
    `customers:\n  - id: acme\n    name: ACME\n    chats: ["+8801700000001"]\nservers:\n  - id: vos1\n    customer: acme\n    host: 192.0.2.10\n    username: root\n    privateKeyPath: ./k\n    hostKeySha256: "SHA256:${'A'.repeat(43)}"\nengineers: []\n`,
  );
  redis = await startPrivateRedis(dir);
});
afterAll(async () => {
  await redis?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('vos-assist start', () => {
  it('exits 1 with the reason when WhatsApp logs the device out at start, having stopped everything and closed the store', async () => {
    const stderr = new PassThrough();
    let err = '';
    stderr.on('data', (d: Buffer) => (err += d.toString()));
    const port = await closedPort();
    const ctx: CliContext = {
      configPath: join(dir, 'vos-assist.yaml'),
      dataDir: join(dir, 'data'),
      env: { REDIS_URL: redis.server.url, PATH: process.env.PATH },
      cwd: dir,
      stdin: process.stdin,
      stdout: new PassThrough() as unknown as NodeJS.WriteStream,
      stderr: stderr as unknown as NodeJS.WriteStream,
      interactive: false,
    };
    const code = await start(ctx, { chat: 'whatsapp', web: `127.0.0.1:${port}`, workers: true }, {
      makeSocket: (config) => {
        const socket = new FakeSocket(config);
        setImmediate(() => socket.close(DisconnectReason.loggedOut));
        return socket;
      },
    });

    expect(code).toBe(1);
    const lines = err.split('\n').map((l) => l.replace(/^\S+ /, ''));
    const failed = lines.findIndex((l) => l.startsWith('start-up failed; stopping what had started'));
    const reason = lines.findIndex((l) => l.startsWith('cannot start: WhatsApp logged this device out (close code 401)'));
    expect(failed, err).toBeGreaterThan(-1);
    expect(reason).toBeGreaterThan(failed);
    expect(lines[reason]).toMatch(/Run `vos-assist start --chat whatsapp` again and scan the QR code/);
    // Nothing is left: no dashboard, no worker or queue connection, no session lease.
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    expect(await redis.otherClients()).toEqual([]);
    expect(await redis.keys('*lease*')).toEqual([]);
    // The store was closed after the rest: another process opens it at once and finds it intact.
    const store = await openRunStore({ dataDir: ctx.dataDir });
    expect(await store.listRuns()).toEqual([]);
    await store.close();
  });
});
