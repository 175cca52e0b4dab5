import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelStatus } from '../../../bot/channel.js';
import { createMetrics } from '../../../web/metrics.js';
import { healthRoutes } from '../../../web/routes/health.js';
import { openSqliteRunStore, type RunStore } from '../../../store/index.js';

let store: RunStore | undefined;
afterEach(async () => {
  await store?.close();
  store = undefined;
});

async function app(channel?: { status(): ChannelStatus }) {
  store = await openSqliteRunStore(':memory:');
  const server = Fastify();
  await server.register(healthRoutes({ store, queues: [], metrics: createMetrics(), ...(channel ? { channel } : {}) }));
  return server;
}

describe('/readyz', () => {
  it("shows the chat channel's status, and stays ready while the channel is failing", async () => {
    const failing: ChannelStatus = { state: 'failing', since: new Date('2026-01-01T12:00:00Z'), lastError: 'stream error (code 500, Stream Errored (unknown))', attempts: 7 };
    const server = await app({ status: () => failing });
    const res = await server.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      status: 'ready',
      checks: { store: 'ok' },
      channel: { state: 'failing', since: '2026-01-01T12:00:00.000Z', lastError: 'stream error (code 500, Stream Errored (unknown))', attempts: 7 },
    });
    await server.close();
  });

  it('leaves the channel out when there is none', async () => {
    const server = await app();
    expect((await server.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', checks: { store: 'ok' } });
    await server.close();
  });
});
