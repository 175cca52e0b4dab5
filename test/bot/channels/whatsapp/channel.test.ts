// The WhatsApp channel against fake sockets that speak Baileys 7's event and message shapes.
import { PassThrough } from 'node:stream';
import { BufferJSON, DisconnectReason, proto } from '@whiskeysockets/baileys';
import type { WAMessageKey } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWhatsAppChannel, WHATSAPP_AUTH_NAMESPACE } from '../../../../bot/channels/whatsapp/index.js';
import { openSqliteRunStore } from '../../../../store/index.js';
import { CUSTOMER_LID, CUSTOMER_PN, ENGINEER_PN, ENGINEERS_GROUP, inGroup, received } from './fake-socket.js';
import { closeHarnesses, delivered, harness } from './harness.js';

afterEach(closeHarnesses);

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

    it('ignores status broadcasts, reactions, protocol messages and stubs', async () => {
      const h = await harness();
      const sock = await h.connect();
      sock.upsert([
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

    it('delivers messages that arrived while the bot was offline (Baileys reports them as type append)', async () => {
      const h = await harness();
      const sock = await h.connect();
      // messages-recv upserts a message stanza carrying the `offline` attribute with type append.
      sock.upsert([received({ conversation: 'written while you were away' })], 'append');
      sock.upsert([received({ conversation: 'now' })]);
      expect((await delivered(h, 2)).map((m) => m.text)).toEqual(['written while you were away', 'now']);
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

  describe('sending', () => {
    it('sends at most one message per interval per chat, in order, with composing/paused around each', async () => {
      const h = await harness({ sendLimits: { chatIntervalMs: 1000 } });
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
      const id = sock.calls.find((c) => c.what === 'send')!.id!;
      const key: WAMessageKey = { remoteJid: CUSTOMER_PN, fromMe: true, id };
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
      const h = await harness({ sendLimits: { chatIntervalMs: 30 } });
      const sock = await h.connect();
      const sends = [h.channel.send('+8801700000001', 'a'), h.channel.send('+8801700000001', 'b')];
      await h.channel.stop();
      await Promise.all(sends);
      expect(sock.calls.filter((c) => c.what === 'send').map((c) => c.text)).toEqual(['a', 'b']);
      expect(sock.ended).toBe(true);
    });

    it('holds sends beyond the outbound cap and sends them later, in order, saying so once', async () => {
      const h = await harness({ sendLimits: { chatIntervalMs: 0, perChatPerMinute: 20, totalPerMinute: 3 } });
      const sock = await h.connect();
      vi.useFakeTimers({ now: 0 });
      const texts = ['one', 'two', 'three', 'four', 'five'];
      const sends = texts.map((text, i) => h.channel.send(i % 2 ? '+8801900000002' : '+8801700000001', text));
      await vi.advanceTimersByTimeAsync(59_000);
      expect(sock.calls.filter((c) => c.what === 'send').map((c) => c.text)).toEqual(['one', 'two', 'three']);
      await vi.advanceTimersByTimeAsync(1_000);
      await Promise.all(sends);
      expect(sock.calls.filter((c) => c.what === 'send').map((c) => [c.at, c.text])).toEqual([
        [0, 'one'],
        [0, 'two'],
        [0, 'three'],
        [60_000, 'four'],
        [60_000, 'five'],
      ]);
      expect(h.logs.filter((l) => l.includes('outbound cap reached'))).toEqual(['whatsapp: outbound cap reached (all chats): 2 message(s) queued, sent as the cap allows']);
    });

    it('stop() sends what the cap allows within stopFlushMs, then reports and rejects what is left', async () => {
      const h = await harness({ sendLimits: { chatIntervalMs: 0, totalPerMinute: 1 }, stopFlushMs: 30 });
      const sock = await h.connect();
      const sends = ['a', 'b', 'c'].map((text) => h.channel.send('+8801700000001', text).then(() => 'sent', (e: { code: string; message: string }) => `${e.code}: ${e.message}`));
      await h.channel.stop();
      expect(await Promise.all(sends)).toEqual([
        'sent',
        'WA_STOPPED: not sent: the WhatsApp channel stopped with 2 message(s) still queued',
        'WA_STOPPED: not sent: the WhatsApp channel stopped with 2 message(s) still queued',
      ]);
      expect(sock.calls.filter((c) => c.what === 'send').map((c) => c.text)).toEqual(['a']);
      expect(h.logs).toContain('whatsapp: stopped with 2 message(s) not sent: +8801700000001 (2)');
      expect(sock.ended).toBe(true);
    });

    it('refuses a chat that is neither a phone number nor a JID', async () => {
      const h = await harness();
      await h.connect();
      await expect(h.channel.send('acme', 'hi')).rejects.toMatchObject({ code: 'WA_BAD_ADDRESS' });
    });
  });
});
