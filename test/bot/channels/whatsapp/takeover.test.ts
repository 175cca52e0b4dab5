// The people loop over the WhatsApp channel, with Baileys' own message shapes: a customer
// addressed by LID is handed to a person, an engineer answers in the engineers' group by replying
// to the announcement, gives the chat back, and then someone types to the customer on the bot's
// phone (fromMe, from another device of the bot's account): that is a takeover, and the bot stays
// silent on the customer's picture that follows. The bot's own sends, which Baileys reports back,
// are recorded once, as the bot's.
import { proto } from '@whiskeysockets/baileys';
import { afterEach, describe, expect, it } from 'vitest';
import { Assistant } from '../../../../bot/assistant.js';
import { Directory } from '../../../../bot/directory.js';
import { HANDOFF } from '../../../../bot/replies.js';
import { RunLifecycle } from '../../../../runs/lifecycle.js';
import { until } from '../../../../testkit/wait.js';
import { matchersFor } from '../../../questions/fixtures.js';
import { acmeConfig, CUSTOMER } from '../../acme.js';
import { BOT_LID, BOT_PN, CUSTOMER_LID, CUSTOMER_PN, ENGINEER_LID, ENGINEER_PN, ENGINEERS_GROUP, fromStanza, received, type FakeSocket } from './fake-socket.js';
import { closeHarnesses, harness, type Harness } from './harness.js';

afterEach(closeHarnesses);

const config = acmeConfig('whatsapp-takeover.yaml', [`engineersGroup: "${ENGINEERS_GROUP}"`]);
const NOT_OURS = "one way audio on the KSA route, they can't hear us";
const TYPED = 'Karim, Rahim here: I am looking at vos-dhaka myself now.';

/** A WhatsApp channel over a fake socket with the assistant behind it, as `start` wires them. */
async function wired(): Promise<{ h: Harness; sock: FakeSocket; assistant: Assistant }> {
  const h = await harness({ engineersGroup: ENGINEERS_GROUP });
  const lifecycle = new RunLifecycle({ store: h.store, config: () => config, queue: { enqueue: async () => undefined } });
  const assistant = new Assistant({ store: h.store, directory: new Directory(config), lifecycle, ...matchersFor(config), send: (chat, text) => h.channel.send(chat, text) });
  await assistant.load();
  const started = h.channel.start(assistant.handle);
  const sock = await h.socket(0);
  sock.open();
  await started;
  return { h, sock, assistant };
}

const sends = (sock: FakeSocket, jid: string) => sock.calls.filter((c) => c.what === 'send' && c.jid === jid).map((c) => c.text ?? '');

describe('WhatsApp: hand-off, takeover and replies through the bot', () => {
  it('answers a LID customer through the engineers’ group and counts a message from the bot’s phone as a takeover', async () => {
    const { sock, assistant } = await wired();
    const { conversations } = assistant;
    const fromCustomer = (content: proto.IMessage) => received(content, { remoteJid: CUSTOMER_LID, remoteJidAlt: CUSTOMER_PN, addressingMode: 'lid' });
    const inGroup = (content: proto.IMessage) => received(content, { remoteJid: ENGINEERS_GROUP, participant: ENGINEER_LID, participantAlt: ENGINEER_PN, addressingMode: 'lid' });

    sock.upsert([fromCustomer({ conversation: NOT_OURS })]);
    const announcement = await until(() => sends(sock, ENGINEERS_GROUP).find((t) => t.startsWith('← [H-1]')), 'the hand-off in the group', 5_000);
    expect(sends(sock, CUSTOMER_PN)).toEqual([HANDOFF]);
    expect(announcement.split('\n')[0]).toBe(`← [H-1] ACME Telecom (${CUSTOMER}) needs a person: "${NOT_OURS}"`);

    // Rahim answers in the group by replying to the announcement (WhatsApp's quote).
    const answer = 'checking now — which codec does the KSA carrier use?';
    sock.upsert([inGroup({ extendedTextMessage: { text: answer, contextInfo: { stanzaId: '3AANNOUNCE', participant: BOT_PN, quotedMessage: { conversation: announcement } } } })]);
    await until(() => sends(sock, CUSTOMER_PN).includes(answer), 'the reply to reach the customer', 5_000);
    expect(sends(sock, ENGINEERS_GROUP).at(-1)).toMatch(/^Sent to ACME Telecom \(\+8801700000001\)\. You have the chat now/);

    sock.upsert([inGroup({ conversation: 'release acme' })]);
    await until(() => sends(sock, ENGINEERS_GROUP).at(-1)?.endsWith('is back with the bot.'), 'the release', 5_000);

    // Someone types to the customer on the bot's phone (device 0), addressed by LID: a takeover.
    sock.upsert([fromStanza({ from: BOT_LID, recipient: CUSTOMER_LID, addressing_mode: 'lid', peer_recipient_pn: CUSTOMER_PN }, { conversation: TYPED })]);
    await until(() => sends(sock, ENGINEERS_GROUP).at(-1)?.startsWith("Someone on the bot's phone is answering ACME Telecom"), 'the team to hear of the phone', 5_000);
    expect((await conversations.whoHas(CUSTOMER))?.via).toBe('phone');

    // The customer's picture: recorded by kind, not answered (the bot would ask for words otherwise).
    const before = sends(sock, CUSTOMER_PN).length;
    sock.upsert([fromCustomer({ imageMessage: { mimetype: 'image/jpeg', url: 'https://mmg.whatsapp.net/unfetched' } })]);
    await until(async () => (await conversations.transcript(CUSTOMER)).messages.at(-1)?.text === '[image]', 'the picture in the transcript', 5_000);
    await assistant.idle();
    expect(sends(sock, CUSTOMER_PN)).toHaveLength(before);

    const transcript = (await conversations.transcript(CUSTOMER)).messages.map((m) => [m.authorKind, m.author, m.text]);
    expect(transcript).toEqual([
      ['customer', 'acme', NOT_OURS],
      ['bot', null, HANDOFF],
      ['engineer', 'rahim', answer],
      ['owner', null, TYPED],
      ['customer', 'acme', '[image]'],
    ]);
    expect((await conversations.transcript(CUSTOMER)).messages.at(-1)?.media).toBe('image');
  });
});
