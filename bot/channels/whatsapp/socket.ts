// The part of Baileys' socket the channel talks to: the seam its tests replace.
import type { AuthenticationCreds, BaileysEventEmitter, Contact, UserFacingSocketConfig, WAMessage, WAPresence } from '@whiskeysockets/baileys';

/**
 * The part of a Baileys socket the channel uses. `makeWASocket` returns it (and much more); tests
 * pass a fake that implements only this.
 */
export interface WhatsAppSocket {
  readonly ev: Pick<BaileysEventEmitter, 'on' | 'off'>;
  readonly authState: { readonly creds: Pick<AuthenticationCreds, 'registered'> };
  /** This device once connected: `id` its phone-number JID, `lid` its LID. */
  readonly user: Contact | undefined;
  readonly signalRepository: { readonly lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  /** Sends a text; `messageId` sets the message's id (else Baileys makes one). */
  sendMessage(jid: string, content: { text: string }, options?: { messageId?: string }): Promise<WAMessage | undefined>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  end(error: Error | undefined): Promise<void> | void;
}

/** Makes a socket from Baileys' config; `makeWASocket` by default. */
export type WhatsAppSocketFactory = (config: UserFacingSocketConfig) => WhatsAppSocket;
