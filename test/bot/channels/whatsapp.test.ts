// The WhatsApp channel against a fake socket that speaks Baileys 7's event and message shapes
// (keys as decodeMessageNode builds them, contents as protobuf `proto.Message` objects).
import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { BufferJSON, DisconnectReason, initAuthCreds, makeWASocket, proto } from '@whiskeysockets/baileys';
import type {
  AuthenticationCreds,
  BaileysEventMap,
  Contact,
  UserFacingSocketConfig,
  WAMessage,
  WAMessageKey,
  WAPresence,
} from '@whiskeysockets/baileys';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatMessage } from '../../../bot/channel.js';
import {
  authStateFromStore,
  chatToJid,
  createWhatsAppChannel,
  jidToPhone,
  WHATSAPP_AUTH_NAMESPACE,
  WhatsAppChannelError,
  type WhatsAppChannel,
  type WhatsAppChannelDeps,
  type WhatsAppSocket,
} from '../../../bot/channels/whatsapp.js';
import { openRunStore, openSqliteRunStore, type RunStore } from '../../../store/index.js';

const CUSTOMER_PN = '8801700000001@s.whatsapp.net';
const CUSTOMER_LID = '123456789012345@lid';
const ENGINEER_PN = '8801900000002@s.whatsapp.net';
const ENGINEER_LID = '98765432109876@lid';
const ENGINEERS_GROUP = '120363025246125888@g.us';

/** One recorded call on the fake socket, with the (possibly fake) time it happened. */
interface Call {
  readonly at: number;
  readonly what: string;
  readonly jid: string | undefined;
  readonly text?: string;
}

/** A socket as the channel sees it: `ev` is an EventEmitter with Baileys' on/off/emit. */
class FakeSocket implements WhatsAppSocket {
  private readonly emitter = new EventEmitter();
  readonly ev = {
    on: <T extends keyof BaileysEventMap>(event: T, listener: (arg: BaileysEventMap[T]) => void): void => {
      this.emitter.on(event, listener);
    },
    off: <T extends keyof BaileysEventMap>(event: T, listener: (arg: BaileysEventMap[T]) => void): void => {
      this.emitter.off(event, listener);
    },
    emit: <T extends keyof BaileysEventMap>(event: T, arg: BaileysEventMap[T]): boolean => this.emitter.emit(event, arg),
  };
  readonly authState: { creds: AuthenticationCreds };
  user: Contact | undefined;
  readonly lids = new Map<string, string>();
  readonly signalRepository = { lidMapping: { getPNForLID: async (lid: string) => this.lids.get(lid) ?? null } };
  readonly calls: Call[] = [];
  ended = false;
  pairingCode = 'ABCD1234';
  private sentCount = 0;

  constructor(readonly config: UserFacingSocketConfig) {
    this.authState = { creds: config.auth.creds };
  }

  async sendMessage(jid: string, content: { text: string }): Promise<WAMessage> {
    this.calls.push({ at: Date.now(), what: 'send', jid, text: content.text });
    this.sentCount += 1;
    // What Baileys returns for a text: the message it built, under a fresh id.
    return {
      key: { remoteJid: jid, fromMe: true, id: `3EB0SENT${this.sentCount}` },
      message: proto.Message.fromObject({ extendedTextMessage: { text: content.text } }),
      messageTimestamp: Math.floor(Date.now() / 1000),
    };
  }

  async sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void> {
    this.calls.push({ at: Date.now(), what: type, jid: toJid });
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.calls.push({ at: Date.now(), what: 'pair', jid: phoneNumber });
    return this.pairingCode;
  }

  async end(error: Error | undefined): Promise<void> {
    this.ended = true;
    // Baileys' end() reports its own close, as the real socket does.
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error, date: new Date() } });
  }

  open(user: Contact = { id: '8801800000009:4@s.whatsapp.net', name: 'VOS Assist' }): void {
    this.user = user;
    this.ev.emit('connection.update', { connection: 'open' });
  }

  close(statusCode: number, message = 'Connection Closed'): void {
    this.ev.emit('connection.update', { connection: 'close', lastDisconnect: { error: boom(statusCode, message), date: new Date() } });
  }

  upsert(messages: WAMessage[], type: 'notify' | 'append' = 'notify'): void {
    this.ev.emit('messages.upsert', { messages, type });
  }
}

/** A Boom error as Baileys throws it (only the fields the channel reads: message and output). */
function boom(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { isBoom: true, output: { statusCode, payload: { statusCode, message } } });
}

let nextId = 1;
/** A received 1:1 message as Baileys 7 delivers it (PN-addressed unless the key says otherwise). */
function received(content: proto.IMessage, key: Partial<WAMessageKey> = {}): WAMessage {
  return {
    key: { remoteJid: CUSTOMER_PN, fromMe: false, id: `3A${String(nextId++).padStart(18, '0')}`, addressingMode: 'pn', ...key },
    message: proto.Message.fromObject(content),
    messageTimestamp: 1767268800, // 2026-01-01T12:00:00Z
    pushName: 'Karim',
  };
}

/** A message in a group, from a participant addressed by LID (with the PN in participantAlt). */
function inGroup(group: string, text: string, key: Partial<WAMessageKey> = {}): WAMessage {
  const from = { remoteJid: group, participant: ENGINEER_LID, participantAlt: ENGINEER_PN, addressingMode: 'lid' };
  return received({ conversation: text }, { ...from, ...key });
}

interface Harness {
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
afterEach(async () => {
  vi.useRealTimers();
  for (const h of harnesses.splice(0)) {
    await h.channel.stop();
    await h.store.close();
  }
});

async function harness(options: Partial<WhatsAppChannelDeps> = {}): Promise<Harness> {
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
    rateLimitMs: 0,
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
      await vi.waitFor(() => expect(sockets.length).toBeGreaterThan(n));
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
async function delivered(h: Harness, n: number): Promise<ChatMessage[]> {
  await vi.waitFor(() => expect(h.messages).toHaveLength(n));
  return h.messages;
}

describe('createWhatsAppChannel', () => {
  describe('receiving', () => {
    it('reads text from conversation, extended text, captions and wrapped messages', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([
        received({ conversation: 'bind failed: Address already in use' }),
        received({ extendedTextMessage: { text: 'phones show unregistered', contextInfo: { stanzaId: 'X' } } }),
        received({ imageMessage: { caption: 'see the error', mimetype: 'image/jpeg', fileLength: 1024 } }),
        received({ videoMessage: { caption: 'calls drop', mimetype: 'video/mp4' } }),
        received({ documentMessage: { caption: 'our log', fileName: 'vos.log', mimetype: 'text/plain' } }),
        received({ documentWithCaptionMessage: { message: { documentMessage: { caption: 'wrapped log', fileName: 'a.txt' } } } }),
        received({ ephemeralMessage: { message: { extendedTextMessage: { text: 'disappearing' } } } }),
        received({ viewOnceMessage: { message: { imageMessage: { caption: 'view once', mimetype: 'image/jpeg' } } } }),
      ]);
      const got = await delivered(h, 8);
      expect(got.map((m) => m.text)).toEqual([
        'bind failed: Address already in use',
        'phones show unregistered',
        'see the error',
        'calls drop',
        'our log',
        'wrapped log',
        'disappearing',
        'view once',
      ]);
      expect(got[0]).toMatchObject({ chat: '+8801700000001', sender: '+8801700000001', at: new Date('2026-01-01T12:00:00Z') });
      expect(got[0]!.id).toMatch(/^3A/);
      expect(got[0]!.group).toBeUndefined();
    });

    it('delivers media without a caption with text null', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([
        received({ imageMessage: { mimetype: 'image/jpeg', fileLength: 2048 } }),
        received({ audioMessage: { ptt: true, seconds: 7, mimetype: 'audio/ogg; codecs=opus' } }),
        received({ documentMessage: { fileName: 'capture.pcap', caption: '' } }),
      ]);
      const got = await delivered(h, 3);
      expect(got.map((m) => m.text)).toEqual([null, null, null]);
    });

    it('ignores own messages, status broadcasts, reactions, protocol messages and stubs', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([
        received({ conversation: 'sent from the bot phone' }, { fromMe: true }),
        received({ extendedTextMessage: { text: 'my status' } }, { remoteJid: 'status@broadcast', participant: CUSTOMER_PN }),
        received({ reactionMessage: { key: { remoteJid: CUSTOMER_PN, id: 'X' }, text: '👍' } }),
        received({ protocolMessage: { type: proto.Message.ProtocolMessage.Type.REVOKE, key: { id: 'X' } } }),
        { key: { remoteJid: CUSTOMER_PN, fromMe: false, id: '3ASTUB' }, messageStubType: proto.WebMessageInfo.StubType.CIPHERTEXT },
        received({ conversation: 'the real one' }),
      ]);
      const got = await delivered(h, 1);
      expect(got[0]!.text).toBe('the real one');
    });

    it('ignores groups other than the engineers group', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([inGroup(ENGINEERS_GROUP, 'approve R-1042'), received({ conversation: 'after' })]);
      expect((await delivered(h, 1))[0]!.text).toBe('after');
    });

    it("delivers the engineers group with group: true and the participant's phone as sender", async () => {
      const h = await harness({ engineersGroup: ENGINEERS_GROUP });
      const sock = await h.connect();
      sock.upsert([inGroup('120363000000000001@g.us', 'other group'), inGroup(ENGINEERS_GROUP, 'approve R-1042')]);
      const got = await delivered(h, 1);
      expect(got[0]).toMatchObject({ chat: ENGINEERS_GROUP, sender: '+8801900000002', text: 'approve R-1042', group: true });
    });

    it('ignores upserts of type append', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([received({ conversation: 'old history' })], 'append');
      sock.upsert([received({ conversation: 'now' })]);
      expect((await delivered(h, 1))[0]!.text).toBe('now');
    });

    it('maps a LID sender to its phone number through remoteJidAlt and remembers it', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([received({ conversation: 'first' }, { remoteJid: CUSTOMER_LID, remoteJidAlt: CUSTOMER_PN, addressingMode: 'lid' })]);
      // Later messages may come without the alt: the learned mapping answers.
      sock.upsert([received({ conversation: 'second' }, { remoteJid: `${CUSTOMER_LID.replace('@', ':3@')}`, addressingMode: 'lid' })]);
      const got = await delivered(h, 2);
      expect(got.map((m) => [m.chat, m.sender])).toEqual([
        ['+8801700000001', '+8801700000001'],
        ['+8801700000001', '+8801700000001'],
      ]);
    });

    it("maps LIDs from lid-mapping.update and from Baileys' LID store, else keeps the LID", async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.ev.emit('lid-mapping.update', { lid: '111111111111111@lid', pn: '8801711111111@s.whatsapp.net' });
      sock.lids.set('222222222222222@lid', '8801722222222:2@s.whatsapp.net');
      sock.upsert([
        received({ conversation: 'a' }, { remoteJid: '111111111111111@lid', addressingMode: 'lid' }),
        received({ conversation: 'b' }, { remoteJid: '222222222222222@lid', addressingMode: 'lid' }),
        received({ conversation: 'c' }, { remoteJid: '333333333333333@lid', addressingMode: 'lid' }),
      ]);
      const got = await delivered(h, 3);
      expect(got.map((m) => m.sender)).toEqual(['+8801711111111', '+8801722222222', '333333333333333@lid']);
    });

    it('delivers a message id once, also when it comes again after a reconnect', async () => {
      const h = await harness();
      const sock = await h.connect();
      const message = received({ conversation: 'once' });
      sock.upsert([message, message]);
      sock.close(DisconnectReason.connectionLost);
      const next = await h.socket(1);
      next.open();
      next.upsert([message, received({ conversation: 'next' })]);
      const got = await delivered(h, 2);
      expect(got.map((m) => m.text)).toEqual(['once', 'next']);
    });

    it('keeps delivering after a handler fails', async () => {
      const h = await harness();
      let calls = 0;
      const started = h.channel.start(async (m) => {
        calls += 1;
        if (calls === 1) throw new Error('boom');
        h.messages.push(m);
      });
      const sock = await h.socket(0);
      sock.open();
      await started;
      sock.upsert([received({ conversation: 'fails' }), received({ conversation: 'works' })]);
      expect((await delivered(h, 1))[0]!.text).toBe('works');
      expect(h.logs.some((l) => l.includes('failed: boom'))).toBe(true);
    });
  });

  describe('linking', () => {
    it('renders the QR code to the output stream', async () => {
      const h = await harness();
      void h.channel.start(async () => undefined);
      const sock = await h.socket(0);
      sock.ev.emit('connection.update', { connection: 'connecting' });
      sock.ev.emit('connection.update', { qr: '2@Xy1bL0fJ8dPq,AbCdEf==,GhIjKl==,MnOpQr==,1' });
      await vi.waitFor(() => expect(h.qr()).toContain('Linked devices'));
      expect(h.qr()).toMatch(/[▀▄█]/);
      expect(sock.calls.filter((c) => c.what === 'pair')).toEqual([]);
    });

    it('requests a pairing code for --pair once the socket is connecting, and prints it', async () => {
      const h = await harness({ pairNumber: '+880 1800-000009' });
      void h.channel.start(async () => undefined);
      const sock = await h.socket(0);
      sock.ev.emit('connection.update', { connection: 'connecting' });
      sock.ev.emit('connection.update', { qr: 'ref-1' });
      sock.ev.emit('connection.update', { qr: 'ref-2' });
      await vi.waitFor(() => expect(h.qr()).toContain('ABCD-1234'));
      expect(sock.calls.filter((c) => c.what === 'pair')).toMatchObject([{ jid: '8801800000009' }]);
      expect(h.qr()).toContain('Link with phone number');
      expect(h.qr()).not.toMatch(/[▀▄█]/);
    });

    it('refuses a pairing number that is not a phone number, and an engineers group that is not a group', async () => {
      const store = await openSqliteRunStore(':memory:');
      const base = { store, log: () => undefined, qrOut: new PassThrough() };
      expect(() => createWhatsAppChannel({ ...base, pairNumber: 'bot' })).toThrow(expect.objectContaining({ code: 'WA_BAD_ADDRESS' }));
      expect(() => createWhatsAppChannel({ ...base, engineersGroup: ENGINEER_PN })).toThrow(
        expect.objectContaining({ code: 'WA_BAD_ADDRESS' }),
      );
      await store.close();
    });

    it('asks for a new pairing code on the next QR refresh when the request failed', async () => {
      const h = await harness({ pairNumber: '+8801800000009' });
      void h.channel.start(async () => undefined);
      const sock = await h.socket(0);
      const request = vi.spyOn(sock, 'requestPairingCode').mockRejectedValueOnce(new Error('Connection Closed'));
      sock.ev.emit('connection.update', { qr: 'ref-1' });
      await vi.waitFor(() => expect(h.logs.some((l) => l.includes('pairing code request failed: Connection Closed'))).toBe(true));
      sock.ev.emit('connection.update', { qr: 'ref-2' });
      await vi.waitFor(() => expect(h.qr()).toContain('ABCD-1234'));
      expect(request).toHaveBeenCalledTimes(2);
    });

    it('saves the credentials to the store on creds.update and loads them on the next start', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.ev.emit('creds.update', { registered: true, me: { id: '8801800000009:4@s.whatsapp.net', name: 'VOS Assist' } });
      await vi.waitFor(async () => {
        const doc = await h.store.getDoc<string>(WHATSAPP_AUTH_NAMESPACE, 'creds');
        expect(JSON.parse(doc ?? '{}', BufferJSON.reviver)).toMatchObject({ registered: true, me: { name: 'VOS Assist' } });
      });
      await h.channel.stop();

      const again = await harness({ store: h.store });
      await again.connect();
      const creds = again.sockets[0]!.config.auth.creds;
      expect(creds).toMatchObject({ registered: true, me: { id: '8801800000009:4@s.whatsapp.net' } });
      expect(Buffer.isBuffer(creds.noiseKey.private)).toBe(true);
      expect(Buffer.from(creds.noiseKey.private)).toEqual(Buffer.from(sock.config.auth.creds.noiseKey.private));
    });

    it("passes Baileys' recommended options to the socket", async () => {
      const h = await harness();
      const sock = await h.connect();
      expect(sock.config).toMatchObject({
        markOnlineOnConnect: false,
        syncFullHistory: false,
        browser: ['Ubuntu', 'Chrome', expect.any(String)],
      });
      expect(sock.config.printQRInTerminal).toBeUndefined();
      expect(sock.config.shouldIgnoreJid?.('status@broadcast')).toBe(true);
      expect(sock.config.shouldIgnoreJid?.(CUSTOMER_PN)).toBe(false);
    });
  });

  describe('connection', () => {
    it('reconnects after a generic close with exponential backoff, reset once connected', async () => {
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
      h.sockets[2]!.close(DisconnectReason.badSession);
      await vi.advanceTimersByTimeAsync(3000); // capped: 4000 → 3000
      expect(h.sockets).toHaveLength(4);
      h.sockets[3]!.open();
      h.sockets[3]!.close(DisconnectReason.connectionLost);
      await vi.advanceTimersByTimeAsync(1000);
      expect(h.sockets).toHaveLength(5);
      expect(h.logs.some((l) => /reconnecting in 1\.0 s \(attempt 1\)/.test(l))).toBe(true);
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
      await vi.advanceTimersByTimeAsync(60_000);
      expect(h.sockets).toHaveLength(5);
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
      await expect(h.channel.send('+8801700000001', 'hi')).rejects.toMatchObject({ code: 'WA_STOPPED' });
    });

    it('clears the stored session on 401, says how to link again and reports a fatal error', async () => {
      const h = await harness();
      const started = h.channel.start(async () => undefined);
      const sock = await h.socket(0);
      sock.ev.emit('creds.update', { registered: true });
      await sock.config.auth.keys.set({ session: { 'abc.0': Buffer.from([1, 2, 3]) } });
      await vi.waitFor(async () => expect(await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).toHaveLength(2));
      sock.close(DisconnectReason.loggedOut, 'Connection Failure');
      await expect(started).rejects.toMatchObject({ code: 'WA_LOGGED_OUT' });
      expect(await h.channel.closed).toMatchObject({ code: 'WA_LOGGED_OUT' });
      expect(await h.store.listDocs(WHATSAPP_AUTH_NAMESPACE)).toEqual([]);
      expect(h.logs.some((l) => l.includes('logged out') && l.includes('--pair +NUMBER'))).toBe(true);
      expect(h.sockets).toHaveLength(1);
    });

    it("drives Baileys' real makeWASocket: a refused connection closes with a Boom code and is retried", async () => {
      // Loopback port 1: nothing listens, so the real socket fails at once and never leaves the host.
      const h = await harness({ makeSocket: (config) => makeWASocket({ ...config, waWebSocketUrl: 'ws://127.0.0.1:1' }) });
      void h.channel.start(async () => undefined).catch(() => undefined);
      const refused = () => h.logs.filter((l) => /connection closed \(code 408, .*ECONNREFUSED.*reconnecting in/.test(l));
      await vi.waitFor(() => expect(refused().length).toBeGreaterThanOrEqual(2), { timeout: 5000 });
      await h.channel.stop();
      expect(await h.channel.closed).toBeNull();
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

  describe('sending', () => {
    it('sends at most one message per interval per chat, in order, with composing/paused around each', async () => {
      const h = await harness({ rateLimitMs: 1000 });
      const sock = await h.connect();
      vi.useFakeTimers({ now: 0 });
      const sends = [
        h.channel.send('+8801700000001', 'one'),
        h.channel.send('+8801700000001', 'two'),
        h.channel.send('8801900000002@s.whatsapp.net', 'other chat'),
        h.channel.send('+880 1700-000001', 'three'),
      ];
      await vi.advanceTimersByTimeAsync(5000);
      await Promise.all(sends);
      const toCustomer = sock.calls.filter((c) => c.jid === CUSTOMER_PN);
      expect(toCustomer.map((c) => [c.at, c.what, c.text])).toEqual([
        [0, 'composing', undefined],
        [0, 'send', 'one'],
        [0, 'paused', undefined],
        [1000, 'composing', undefined],
        [1000, 'send', 'two'],
        [1000, 'paused', undefined],
        [2000, 'composing', undefined],
        [2000, 'send', 'three'],
        [2000, 'paused', undefined],
      ]);
      // Another chat does not wait for the first one.
      expect(sock.calls.filter((c) => c.jid === ENGINEER_PN && c.what === 'send')).toMatchObject([{ at: 0, text: 'other chat' }]);
    });

    it('keeps sent messages for getMessage (retry requests)', async () => {
      const h = await harness();
      const sock = await h.connect();
      await h.channel.send('+8801700000001', 'Checking vos-dhaka (read-only)…');
      const key: WAMessageKey = { remoteJid: CUSTOMER_PN, fromMe: true, id: '3EB0SENT1' };
      expect(await sock.config.getMessage?.(key)).toMatchObject({ extendedTextMessage: { text: 'Checking vos-dhaka (read-only)…' } });
      expect(await sock.config.getMessage?.({ ...key, id: 'unknown' })).toBeUndefined();
    });

    it('waits for a reconnect before sending instead of failing', async () => {
      const h = await harness();
      const first = await h.connect();
      first.close(DisconnectReason.connectionLost);
      const sending = h.channel.send('+8801700000001', 'while reconnecting');
      const second = await h.socket(1);
      expect(second.calls).toEqual([]);
      second.open();
      await sending;
      expect(second.calls.filter((c) => c.what === 'send')).toMatchObject([{ text: 'while reconnecting' }]);
      expect(first.calls.filter((c) => c.what === 'send')).toEqual([]);
    });

    it('gives up on a send when the connection does not come back in time', async () => {
      const h = await harness({ sendTimeoutMs: 20, backoff: { initialMs: 60_000 } });
      const first = await h.connect();
      first.close(DisconnectReason.connectionLost);
      await expect(h.channel.send('+8801700000001', 'lost')).rejects.toMatchObject({ code: 'WA_NOT_CONNECTED' });
    });

    it('flushes queued sends on stop()', async () => {
      const h = await harness({ rateLimitMs: 30 });
      const sock = await h.connect();
      const sends = [h.channel.send('+8801700000001', 'a'), h.channel.send('+8801700000001', 'b')];
      await h.channel.stop();
      await Promise.all(sends);
      expect(sock.calls.filter((c) => c.what === 'send').map((c) => c.text)).toEqual(['a', 'b']);
      expect(sock.ended).toBe(true);
    });

    it('refuses a chat that is neither a phone number nor a JID', async () => {
      const h = await harness();
      await h.connect();
      await expect(h.channel.send('acme', 'hi')).rejects.toMatchObject({ code: 'WA_BAD_ADDRESS' });
    });
  });
});

describe('chatToJid and jidToPhone', () => {
  it('turns E.164 numbers into phone-number JIDs and keeps JIDs', () => {
    expect(chatToJid('+8801700000001')).toBe(CUSTOMER_PN);
    expect(chatToJid('+880 1700-000001')).toBe(CUSTOMER_PN);
    expect(chatToJid(CUSTOMER_LID)).toBe(CUSTOMER_LID);
    expect(chatToJid(ENGINEERS_GROUP)).toBe(ENGINEERS_GROUP);
    expect(() => chatToJid('+12')).toThrow(WhatsAppChannelError);
  });

  it('reads the phone number of PN JIDs, with or without device, and nothing from LIDs or groups', () => {
    expect(jidToPhone(CUSTOMER_PN)).toBe('+8801700000001');
    expect(jidToPhone('8801700000001:12@s.whatsapp.net')).toBe('+8801700000001');
    expect(jidToPhone(CUSTOMER_LID)).toBeNull();
    expect(jidToPhone(ENGINEERS_GROUP)).toBeNull();
    expect(jidToPhone(undefined)).toBeNull();
  });
});

describe('authStateFromStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'vos-wa-auth-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let dirs = 0;
  async function fileStore(): Promise<RunStore> {
    return openRunStore({ dataDir: join(root, `data-${++dirs}`) });
  }

  it('starts from fresh credentials and round-trips them with their Buffers', async () => {
    const store = await fileStore();
    try {
      const first = await authStateFromStore(store);
      expect(first.state.creds.registered).toBe(false);
      first.state.creds.registered = true;
      first.state.creds.routingInfo = Buffer.from('routing');
      await first.saveCreds();

      const second = await authStateFromStore(store);
      const a = first.state.creds;
      const b = second.state.creds;
      expect(b.registered).toBe(true);
      expect(b.advSecretKey).toBe(a.advSecretKey);
      expect(b.registrationId).toBe(a.registrationId);
      expect(Buffer.isBuffer(b.noiseKey.public)).toBe(true);
      expect(Buffer.from(b.noiseKey.public)).toEqual(Buffer.from(a.noiseKey.public));
      expect(Buffer.from(b.signedIdentityKey.private)).toEqual(Buffer.from(a.signedIdentityKey.private));
      expect(Buffer.from(b.signedPreKey.signature)).toEqual(Buffer.from(a.signedPreKey.signature));
      expect(b.routingInfo?.toString()).toBe('routing');
    } finally {
      await store.close();
    }
  });

  it('sets, gets and deletes (null) keys, per namespace', async () => {
    const store = await fileStore();
    try {
      const auth = await authStateFromStore(store, 'wa-test');
      const preKey = { public: Buffer.from([1, 2, 3]), private: Buffer.from([4, 5, 6]) };
      await auth.state.keys.set({
        'pre-key': { '1': preKey, '2': preKey },
        session: { '8801700000001.0': Buffer.from('session') },
        'lid-mapping': { '8801700000001': '123456789012345' },
        'app-state-sync-key': { AAAA: { keyData: Buffer.from([9, 9]), timestamp: 1767268800 } },
      });
      const got = await auth.state.keys.get('pre-key', ['1', '2', '3']);
      expect(Object.keys(got).sort()).toEqual(['1', '2']);
      expect(Buffer.from(got['1']!.private)).toEqual(preKey.private);
      expect(await auth.state.keys.get('lid-mapping', ['8801700000001'])).toEqual({ '8801700000001': '123456789012345' });
      const appKey = (await auth.state.keys.get('app-state-sync-key', ['AAAA']))['AAAA'];
      expect(appKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
      expect(Buffer.from(appKey!.keyData!)).toEqual(Buffer.from([9, 9]));

      await auth.state.keys.set({ 'pre-key': { '1': null } });
      expect(Object.keys(await auth.state.keys.get('pre-key', ['1', '2']))).toEqual(['2']);
      expect(await authStateFromStore(store).then((other) => other.state.keys.get('pre-key', ['2']))).toEqual({});
    } finally {
      await store.close();
    }
  });

  it('clear() deletes the whole namespace and ignores later writes', async () => {
    const store = await fileStore();
    try {
      const auth = await authStateFromStore(store);
      await auth.saveCreds();
      await auth.state.keys.set({ session: { a: Buffer.from('x') } });
      await store.putDoc('other', 'keep', 1);
      await auth.clear();
      await auth.saveCreds();
      await auth.state.keys.set({ session: { b: Buffer.from('y') } });
      expect(await store.listDocs(WHATSAPP_AUTH_NAMESPACE)).toEqual([]);
      expect(await store.getDoc('other', 'keep')).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('reads creds written by hand as plain BufferJSON objects too', async () => {
    const store = await fileStore();
    try {
      const creds = initAuthCreds();
      await store.putDoc(WHATSAPP_AUTH_NAMESPACE, 'creds', JSON.parse(JSON.stringify(creds, BufferJSON.replacer)));
      const auth = await authStateFromStore(store);
      expect(Buffer.from(auth.state.creds.noiseKey.public)).toEqual(Buffer.from(creds.noiseKey.public));
    } finally {
      await store.close();
    }
  });
});
