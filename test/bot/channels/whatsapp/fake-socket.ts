// A fake Baileys socket for the WhatsApp channel's tests: it speaks Baileys 7's event and message
// shapes (keys as decodeMessageNode builds them, contents as protobuf `proto.Message` objects,
// sent messages as Baileys' own generateWAMessage builds them).
import { EventEmitter } from 'node:events';
import { decodeMessageNode, generateMessageIDV2, generateWAMessage, proto } from '@whiskeysockets/baileys';
import type {
  AuthenticationCreds,
  BaileysEventMap,
  BinaryNode,
  Contact,
  UserFacingSocketConfig,
  WAMessage,
  WAMessageKey,
  WAPresence,
} from '@whiskeysockets/baileys';
import type { WhatsAppSocket } from '../../../../bot/channels/whatsapp/index.js';

export const CUSTOMER_PN = '8801700000001@s.whatsapp.net';
export const CUSTOMER_LID = '123456789012345@lid';
export const ENGINEER_PN = '8801900000002@s.whatsapp.net';
export const ENGINEER_LID = '98765432109876@lid';
export const ENGINEERS_GROUP = '120363025246125888@g.us';
/** The bot's own number: this device (4) as Baileys reports it in `sock.user`. */
export const BOT_USER: Contact = { id: '8801800000009:4@s.whatsapp.net', lid: '55500000000001:4@lid', name: 'VOS Assist' };
export const BOT_PN = '8801800000009@s.whatsapp.net';
export const BOT_LID = '55500000000001@lid';

/** One recorded call on the fake socket, with the (possibly fake) time it happened. */
export interface Call {
  readonly at: number;
  readonly what: string;
  readonly jid: string | undefined;
  readonly text?: string;
  /** The message id, for sends. */
  readonly id?: string;
}

/** A socket as the channel sees it: `ev` is an EventEmitter with Baileys' on/off/emit. */
export class FakeSocket implements WhatsAppSocket {
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
  /**
   * When Baileys reports a sent message back: on the next tick (what it does), or before
   * sendMessage returns (the earliest it could).
   */
  echo: 'next-tick' | 'before-return' = 'next-tick';

  constructor(readonly config: UserFacingSocketConfig) {
    this.authState = { creds: config.auth.creds };
  }

  async sendMessage(jid: string, content: { text: string }, options: { messageId?: string } = {}): Promise<WAMessage> {
    const userJid = this.user?.id ?? BOT_USER.id;
    // What Baileys' sendMessage builds for a text and returns, under the given id or a fresh one.
    const message = await generateWAMessage(jid, content, {
      userJid,
      messageId: options.messageId ?? generateMessageIDV2(userJid),
      upload: async () => {
        throw new Error('no media in these tests');
      },
    });
    this.calls.push({ at: Date.now(), what: 'send', jid, text: content.text, id: message.key.id ?? '' });
    // Baileys (emitOwnEvents, on by default) reports the sent message back as an append upsert.
    if (this.echo === 'before-return') this.upsert([message], 'append');
    else process.nextTick(() => this.upsert([message], 'append'));
    return message;
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

  open(user: Contact = BOT_USER): void {
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
export function boom(statusCode: number, message: string): Error {
  return Object.assign(new Error(message), { isBoom: true, output: { statusCode, payload: { statusCode, message } } });
}

let nextId = 1;
/** A received 1:1 message as Baileys 7 delivers it (PN-addressed unless the key says otherwise). */
export function received(content: proto.IMessage, key: Partial<WAMessageKey> = {}): WAMessage {
  return {
    key: { remoteJid: CUSTOMER_PN, fromMe: false, id: `3A${String(nextId++).padStart(18, '0')}`, addressingMode: 'pn', ...key },
    message: proto.Message.fromObject(content),
    messageTimestamp: 1767268800, // 2026-01-01T12:00:00Z
    pushName: 'Karim',
  };
}

/** A message in a group, from a participant addressed by LID (with the PN in participantAlt). */
export function inGroup(group: string, text: string, key: Partial<WAMessageKey> = {}): WAMessage {
  const from = { remoteJid: group, participant: ENGINEER_LID, participantAlt: ENGINEER_PN, addressingMode: 'lid' };
  return received({ conversation: text }, { ...from, ...key });
}

/**
 * A message as Baileys' own decodeMessageNode reads it from the stanza WhatsApp sends this device
 * (`attrs`: from, recipient, participant, addressing_mode, sender_pn, peer_recipient_pn…), with
 * `content` as its decrypted message (the inner message of a device-sent message, as Baileys
 * unwraps it).
 */
export function fromStanza(attrs: Record<string, string>, content: proto.IMessage): WAMessage {
  const stanza: BinaryNode = { tag: 'message', attrs: { id: `3A${String(nextId++).padStart(18, '0')}`, t: '1767268800', type: 'text', ...attrs }, content: [] };
  const { fullMessage } = decodeMessageNode(stanza, BOT_USER.id, BOT_USER.lid!);
  fullMessage.message = proto.Message.fromObject(content);
  return fullMessage;
}
