// How the WhatsApp channel answers each close code Baileys reports (DisconnectReason), how its
// backoff grows and starts over, and what its status tells the app.
import { DisconnectReason, makeWASocket } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChannelStatus } from '../../../../bot/channel.js';
import { WHATSAPP_AUTH_NAMESPACE, WhatsAppChannelError } from '../../../../bot/channels/whatsapp/index.js';
import { closeHarnesses, harness, type Harness } from './harness.js';

afterEach(closeHarnesses);

/** Links the device in the harness's store: creds registered and one session key, as Baileys writes them. */
async function linked(h: Harness): Promise<string[]> {
  const sock = h.sockets[0]!;
  sock.ev.emit('creds.update', { registered: true, me: { id: '8801800000009:4@s.whatsapp.net', name: 'VOS Assist' } });
  await sock.config.auth.keys.set({ session: { '8801700000001.0': Buffer.from([1, 2, 3]) } });
  let keys: string[] = [];
  await vi.waitFor(async () => {
    keys = (await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).map((d) => d.key);
    expect(keys).toEqual(['creds', 'key/session/8801700000001.0']);
  });
  return keys;
}

const states = (seen: ChannelStatus[]) => seen.map((s) => s.state);

describe('createWhatsAppChannel: connection', () => {
  it('reconnects after a close with exponential backoff up to the cap', async () => {
    const h = await harness({ backoff: { initialMs: 1000, maxMs: 3000, factor: 2, jitter: 0 } });
    const first = await h.connect();
    vi.useFakeTimers();
    first.close(DisconnectReason.connectionClosed);
    await vi.advanceTimersByTimeAsync(999);
    expect(h.sockets).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sockets).toHaveLength(2);
    h.sockets[1]!.close(DisconnectReason.timedOut);
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sockets).toHaveLength(3);
    h.sockets[2]!.close(DisconnectReason.unavailableService);
    await vi.advanceTimersByTimeAsync(3000); // capped: 4000 → 3000
    expect(h.sockets).toHaveLength(4);
    expect(h.logs.some((l) => /disconnected: WhatsApp unavailable \(code 503, Connection Closed\); reconnecting in 3\.0 s \(attempt 3\)/.test(l))).toBe(true);
  });

  it('keeps the backoff growing across connections that drop at once, and starts over after a stable minute', async () => {
    vi.useFakeTimers({ now: 0 });
    const h = await harness({ backoff: { initialMs: 1000, maxMs: 60_000, factor: 2, jitter: 0 } });
    const first = await h.connect();
    first.close(DisconnectReason.connectionLost);
    await vi.advanceTimersByTimeAsync(1000);
    // Opens, then drops 10 s later: not stable, so the next delay is the second step (2 s).
    h.sockets[1]!.open();
    await vi.advanceTimersByTimeAsync(10_000);
    h.sockets[1]!.close(DisconnectReason.connectionLost);
    await vi.advanceTimersByTimeAsync(1999);
    expect(h.sockets).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sockets).toHaveLength(3);
    expect(h.channel.status()).toMatchObject({ state: 'connecting', attempts: 2 });
    // Open for a full minute: the failures are forgotten and the next delay is the first step again.
    h.sockets[2]!.open();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(h.channel.status()).toMatchObject({ state: 'open', attempts: 0, lastError: null });
    h.sockets[2]!.close(DisconnectReason.connectionLost);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.sockets).toHaveLength(4);
    expect(h.logs.filter((l) => l.includes('reconnecting in')).map((l) => /in (\S+ s) \(attempt (\d+)\)/.exec(l)!.slice(1))).toEqual([
      ['1.0 s', '1'],
      ['2.0 s', '2'],
      ['1.0 s', '1'],
    ]);
  });

  it('spreads the backoff with jitter', async () => {
    const h = await harness({ backoff: { initialMs: 1000, jitter: 0.5 }, random: () => 0 });
    const first = await h.connect();
    vi.useFakeTimers();
    first.close(DisconnectReason.connectionClosed);
    await vi.advanceTimersByTimeAsync(500); // 1000 − 50 %
    expect(h.sockets).toHaveLength(2);
  });

  it('restarts at once on 515 (restart required after pairing)', async () => {
    const h = await harness({ backoff: { initialMs: 60_000 } });
    void h.channel.start(async () => undefined);
    const first = await h.socket(0);
    first.ev.emit('connection.update', { isNewLogin: true, qr: undefined });
    first.close(DisconnectReason.restartRequired, 'Stream Errored (restart required)');
    expect(h.sockets).toHaveLength(2);
    h.sockets[1]!.open();
    await vi.waitFor(() => expect(h.logs.some((l) => l.includes('connected as +8801800000009'))).toBe(true));
  });

  it('falls back to the backoff when 515 keeps coming without ever connecting', async () => {
    const h = await harness({ backoff: { initialMs: 60_000, jitter: 0 } });
    void h.channel.start(async () => undefined);
    await h.socket(0);
    vi.useFakeTimers();
    for (let i = 0; i < 3; i++) h.sockets[i]!.close(DisconnectReason.restartRequired);
    expect(h.sockets).toHaveLength(4);
    h.sockets[3]!.close(DisconnectReason.restartRequired);
    expect(h.sockets).toHaveLength(4);
    await vi.advanceTimersByTimeAsync(60_000 * 8); // the fourth failure in a row: 60 s × 2³
    expect(h.sockets).toHaveLength(5);
  });

  it('does not spin when every connection opens and is told to restart: immediate restarts count until stable', async () => {
    const h = await harness({ backoff: { initialMs: 60_000, jitter: 0 } });
    const first = await h.connect();
    vi.useFakeTimers();
    first.close(DisconnectReason.restartRequired);
    for (let i = 1; i < 3; i++) {
      h.sockets[i]!.open();
      h.sockets[i]!.close(DisconnectReason.restartRequired);
    }
    expect(h.sockets).toHaveLength(4);
    h.sockets[3]!.open();
    h.sockets[3]!.close(DisconnectReason.restartRequired);
    expect(h.sockets).toHaveLength(4);
    expect(h.logs.at(-1)).toMatch(/restart required \(code 515, .*\); reconnecting in \d+\.\d s \(attempt 4\)/);
  });

  it('stops without reconnecting on 440 (another client took the session)', async () => {
    const h = await harness();
    const sock = await h.connect();
    sock.close(DisconnectReason.connectionReplaced, 'Stream Errored (conflict)');
    const reason = await h.channel.closed;
    expect(reason).toBeInstanceOf(WhatsAppChannelError);
    expect(reason).toMatchObject({ code: 'WA_CONNECTION_REPLACED', fatal: true });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(h.sockets).toHaveLength(1);
    expect(h.channel.status()).toMatchObject({ state: 'stopped', lastError: expect.stringContaining('close code 440') });
    await expect(h.channel.send('+8801700000001', 'hi')).rejects.toMatchObject({ code: 'WA_STOPPED' });
  });

  it('clears the stored session on 401, says how to link again and reports a fatal error', async () => {
    const seen: ChannelStatus[] = [];
    const h = await harness({ onStatus: (s) => seen.push(s) });
    const started = h.channel.start(async () => undefined);
    const sock = await h.socket(0);
    await linked(h);
    sock.close(DisconnectReason.loggedOut, 'Connection Failure');
    await expect(started).rejects.toMatchObject({ code: 'WA_LOGGED_OUT' });
    expect(await h.channel.closed).toMatchObject({ code: 'WA_LOGGED_OUT' });
    expect(await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).toEqual([]);
    expect(h.logs.some((l) => l.includes('logged out') && l.includes('--pair +NUMBER'))).toBe(true);
    expect(h.sockets).toHaveLength(1);
    expect(states(seen)).toEqual(['connecting', 'logged_out']);
    expect(seen.at(-1)!.lastError).toContain('scan the QR code');
  });

  it('ends on 403 (forbidden) without retrying, keeps the stored session and says what to check', async () => {
    const seen: ChannelStatus[] = [];
    const h = await harness({ onStatus: (s) => seen.push(s), backoff: { initialMs: 5, jitter: 0 } });
    const sock = await h.connect();
    const stored = await linked(h);
    sock.close(DisconnectReason.forbidden, 'Connection Failure');
    const reason = await h.channel.closed;
    expect(reason).toMatchObject({ code: 'WA_FORBIDDEN', fatal: true });
    expect(reason!.message).toMatch(/banned or restricted.*Linked devices/s);
    await new Promise((resolve) => setTimeout(resolve, 50)); // five backoff delays
    expect(h.sockets).toHaveLength(1);
    expect((await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).map((d) => d.key)).toEqual(stored);
    expect(h.channel.status()).toMatchObject({ state: 'logged_out', lastError: reason!.message });
    expect(states(seen)).toEqual(['connecting', 'open', 'logged_out']);
  });

  it('takes a stream of 500s as transient: never deletes the stored session, keeps retrying with backoff, reports failing', async () => {
    const seen: ChannelStatus[] = [];
    const h = await harness({ onStatus: (s) => seen.push(s), backoff: { initialMs: 100, maxMs: 1600, factor: 2, jitter: 0 } });
    const first = await h.connect();
    const stored = await linked(h);
    vi.useFakeTimers();
    // What Baileys reports for a stream error without a code, and for a WebSocket error it cannot place.
    first.close(DisconnectReason.badSession, 'Stream Errored (unknown)');
    for (let i = 1; i <= 11; i++) {
      await vi.advanceTimersByTimeAsync(1600);
      expect(h.sockets).toHaveLength(i + 1);
      h.sockets[i]!.close(DisconnectReason.badSession, i % 2 ? 'WebSocket Error (socket hang up)' : 'Stream Errored (unknown)');
    }
    expect((await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).map((d) => d.key)).toEqual(stored);
    expect(h.channel.status()).toMatchObject({ state: 'failing', attempts: 12, lastError: 'stream error (code 500, WebSocket Error (socket hang up))' });
    // Told once, when it started failing (the fifth failure in a row), not on every attempt.
    expect(states(seen)).toEqual(['connecting', 'open', 'connecting', 'failing']);
    expect(seen[3]).toMatchObject({ attempts: 5, lastError: 'stream error (code 500, Stream Errored (unknown))' });
    expect(h.logs.filter((l) => l.includes('failing: 5 connection attempts in a row failed'))).toHaveLength(1);
    const delays = h.logs.filter((l) => l.includes('reconnecting in')).map((l) => /in (\d+ ms|\S+ s)/.exec(l)![1]);
    expect(delays).toEqual(['100 ms', '200 ms', '400 ms', '800 ms', ...Array<string>(8).fill('1.6 s')]);
    expect(await Promise.race([h.channel.closed, Promise.resolve('still running')])).toBe('still running');
  });

  it('stays failing while a connection opens after many failures, and reports open once it has been stable', async () => {
    const seen: ChannelStatus[] = [];
    vi.useFakeTimers({ now: 0 });
    const h = await harness({ onStatus: (s) => seen.push(s), failingAfter: 3, stableAfterMs: 30_000, backoff: { initialMs: 10, maxMs: 10, jitter: 0 } });
    const first = await h.connect();
    const codes = [DisconnectReason.connectionLost, DisconnectReason.timedOut, DisconnectReason.restartRequired, DisconnectReason.connectionClosed];
    first.close(codes[0]!);
    for (let i = 1; i < 4; i++) {
      await vi.advanceTimersByTimeAsync(10);
      h.sockets[i]!.close(codes[i]!);
    }
    await vi.advanceTimersByTimeAsync(10);
    const openedAt = Date.now();
    h.sockets[4]!.open();
    expect(h.channel.status()).toMatchObject({ state: 'failing', attempts: 4 });
    await vi.advanceTimersByTimeAsync(29_999);
    expect(h.channel.status().state).toBe('failing');
    await vi.advanceTimersByTimeAsync(1);
    expect(h.channel.status()).toEqual({ state: 'open', since: new Date(openedAt + 30_000), lastError: null, attempts: 0 });
    expect(states(seen)).toEqual(['connecting', 'open', 'connecting', 'failing', 'open']);
  });

  it("drives Baileys' real makeWASocket: a refused connection closes with a Boom code and is retried", async () => {
    // Loopback port 1: nothing listens, so the real socket fails at once and never leaves the host.
    const h = await harness({ makeSocket: (config) => makeWASocket({ ...config, waWebSocketUrl: 'ws://127.0.0.1:1' }) });
    void h.channel.start(async () => undefined).catch(() => undefined);
    const refused = () => h.logs.filter((l) => /disconnected: connection lost or timed out \(code 408, .*ECONNREFUSED.*reconnecting in/.test(l));
    await vi.waitFor(() => expect(refused().length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
    await h.channel.stop();
    expect(await h.channel.closed).toBeNull();
    expect(h.channel.status()).toMatchObject({ state: 'stopped', lastError: null });
  });

  it('stop() ends the socket and resolves closed with null', async () => {
    const h = await harness();
    const sock = await h.connect();
    await h.channel.stop();
    expect(sock.ended).toBe(true);
    expect(await h.channel.closed).toBeNull();
    expect(h.sockets).toHaveLength(1);
  });
});
