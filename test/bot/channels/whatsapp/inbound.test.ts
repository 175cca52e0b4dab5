// What the WhatsApp channel delivers of the messages from the bot's own account: typed by a person
// on another device (delivered, fromOwner) or sent by this process (not delivered). Stanzas are
// read by Baileys' own decodeMessageNode, so keys carry what WhatsApp really sends.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BOT_LID, BOT_PN, CUSTOMER_LID, CUSTOMER_PN, ENGINEER_PN, ENGINEERS_GROUP, fromStanza, received } from './fake-socket.js';
import { closeHarnesses, delivered, harness } from './harness.js';

afterEach(closeHarnesses);

const TYPED = 'Karim, Rahim here: I am looking at vos-dhaka myself now.';

describe('createWhatsAppChannel: messages from the bot’s own number', () => {
  it('delivers a message typed on the bot’s phone as fromOwner, in the customer’s chat', async () => {
    const h = await harness();
    const sock = await h.connect();
    // The phone (device 0 of the bot's number) wrote to the customer; WhatsApp copies it to this device.
    const message = fromStanza({ from: BOT_PN, recipient: CUSTOMER_PN }, { conversation: TYPED });
    expect(message.key).toMatchObject({ fromMe: true, remoteJid: CUSTOMER_PN });
    sock.upsert([message]);
    const [got] = await delivered(h, 1);
    expect(got).toEqual({
      chat: '+8801700000001',
      sender: '+8801800000009',
      text: TYPED,
      at: new Date('2026-01-01T12:00:00Z'),
      id: message.key.id,
      fromOwner: true,
    });
  });

  it('finds the customer’s phone number for a LID-addressed chat from peer_recipient_pn', async () => {
    const h = await harness();
    const sock = await h.connect();
    const message = fromStanza(
      { from: BOT_LID, recipient: CUSTOMER_LID, addressing_mode: 'lid', peer_recipient_pn: CUSTOMER_PN },
      { extendedTextMessage: { text: TYPED } },
    );
    expect(message.key).toMatchObject({ fromMe: true, remoteJid: CUSTOMER_LID, remoteJidAlt: CUSTOMER_PN });
    sock.upsert([message]);
    expect((await delivered(h, 1))[0]).toMatchObject({ chat: '+8801700000001', sender: '+8801800000009', fromOwner: true });
  });

  it('for a LID-addressed chat without the number, asks Baileys’ LID store, else keeps the LID', async () => {
    const h = await harness();
    const sock = await h.connect();
    sock.lids.set(CUSTOMER_LID, CUSTOMER_PN);
    sock.upsert([
      fromStanza({ from: BOT_LID, recipient: CUSTOMER_LID, addressing_mode: 'lid' }, { conversation: 'known LID' }),
      fromStanza({ from: BOT_LID, recipient: '999999999999999@lid', addressing_mode: 'lid' }, { conversation: 'unknown LID' }),
    ]);
    expect((await delivered(h, 2)).map((m) => [m.chat, m.fromOwner])).toEqual([
      ['+8801700000001', true],
      ['999999999999999@lid', true],
    ]);
  });

  it('delivers a message the phone sent while the bot was offline (type append) as fromOwner too', async () => {
    const h = await harness();
    const sock = await h.connect();
    sock.upsert([fromStanza({ from: BOT_PN, recipient: CUSTOMER_PN, offline: '1' }, { conversation: TYPED })], 'append');
    expect((await delivered(h, 1))[0]).toMatchObject({ chat: '+8801700000001', fromOwner: true, text: TYPED });
  });

  it('does not deliver the bot’s own sends that Baileys reports back, to a phone number or a LID', async () => {
    const h = await harness();
    const sock = await h.connect();
    await h.channel.send('+8801700000001', 'Checking vos-dhaka (read-only)…');
    await h.channel.send(CUSTOMER_LID, 'Found 31,000 connections in TIME_WAIT.');
    const ids = sock.calls.filter((c) => c.what === 'send').map((c) => c.id);
    expect(ids).toHaveLength(2);
    // The echoes (type append, fromMe) have reached the channel before this customer message.
    await new Promise((resolve) => setImmediate(resolve));
    sock.upsert([received({ conversation: 'thanks' })]);
    const got = await delivered(h, 1);
    expect(got[0]).toMatchObject({ text: 'thanks', sender: '+8801700000001' });
    expect(got[0]!.fromOwner).toBeUndefined();
  });

  it('recognises its own send also when the echo comes before sendMessage returns, or as notify', async () => {
    const h = await harness();
    const sock = await h.connect();
    sock.echo = 'before-return';
    await h.channel.send('+8801700000001', 'first');
    sock.echo = 'next-tick';
    const sending = h.channel.send('+8801700000001', 'second');
    await sending;
    const second = sock.calls.filter((c) => c.what === 'send')[1]!;
    // Baileys' event buffer can merge an append into a notify for the same key; the id still tells.
    sock.upsert([fromStanza({ from: BOT_PN, recipient: CUSTOMER_PN, id: second.id! }, { extendedTextMessage: { text: 'second' } })]);
    sock.upsert([received({ conversation: 'after' })]);
    expect((await delivered(h, 1)).map((m) => m.text)).toEqual(['after']);
  });

  it('ignores notes in the bot’s chat with itself and what the bot’s number writes in a group', async () => {
    const h = await harness({ engineersGroup: ENGINEERS_GROUP });
    const sock = await h.connect();
    sock.upsert([
      fromStanza({ from: BOT_PN, recipient: BOT_PN }, { conversation: 'note to self' }),
      fromStanza({ from: BOT_LID, recipient: BOT_LID, addressing_mode: 'lid' }, { conversation: 'note to self (LID)' }),
      fromStanza({ from: ENGINEERS_GROUP, participant: BOT_PN }, { conversation: 'written in the group from the bot phone' }),
      fromStanza({ from: ENGINEERS_GROUP, participant: ENGINEER_PN }, { conversation: 'approve R-1042' }),
    ]);
    const got = await delivered(h, 1);
    expect(got[0]).toMatchObject({ chat: ENGINEERS_GROUP, sender: '+8801900000002', text: 'approve R-1042', group: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(h.messages).toHaveLength(1);
  });

  it('a customer message read from its stanza keeps the customer as chat and sender', async () => {
    const h = await harness();
    const sock = await h.connect();
    sock.upsert([fromStanza({ from: CUSTOMER_LID, sender_pn: CUSTOMER_PN, addressing_mode: 'lid', notify: 'Karim' }, { conversation: 'calls fail' })]);
    const [got] = await delivered(h, 1);
    expect(got).toMatchObject({ chat: '+8801700000001', sender: '+8801700000001', text: 'calls fail' });
    expect(got!.fromOwner).toBeUndefined();
    await vi.waitFor(() => expect(h.messages).toHaveLength(1));
  });
});
