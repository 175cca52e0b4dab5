// A fake Baileys socket for the WhatsApp channel's tests: it speaks Baileys 7's event and message
// shapes (keys as decodeMessageNode builds them, contents as protobuf `proto.Message` objects).
import { EventEmitter } from 'node:events';
import { proto } from '@whiskeysockets/baileys';
import type { AuthenticationCreds, BaileysEventMap, Contact, UserFacingSocketConfig, WAMessage, WAMessageKey, WAPresence } from '@whiskeysockets/baileys';
import type { WhatsAppSocket } from '../../../../bot/channels/whatsapp/index.js';

export const CUSTOMER_PN = '8801700000001@s.whatsapp.net';
export const CUSTOMER_LID = '123456789012345@lid';
export const ENGINEER_PN = '8801900000002@s.whatsapp.net';
export const ENGINEER_LID = '98765432109876@lid';
export const ENGINEERS_GROUP = '120363025246125888@g.us';

/** One recorded call on the fake socket, with the (possibly fake) time it happened. */
export interface Call {
  readonly at: number;
  readonly what: string;
  readonly jid: string | undefined;
  readonly text?: string;
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
