// The WhatsApp channel: Baileys reduced to the Channel seam. This folder is the only place in the
// project that imports Baileys, so a Baileys upgrade touches nothing else.
import {
  Browsers,
  DisconnectReason,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  jidNormalizedUser,
  makeCacheableSignalKeyStore,
  makeWASocket,
} from '@whiskeysockets/baileys';
import type { BaileysEventMap, ConnectionState, proto, SignalKeyStore, UserFacingSocketConfig, WAMessage, WAMessageKey, WAPresence } from '@whiskeysockets/baileys';
import QRCode from 'qrcode';
import type { RunStore } from '../../../store/types.js';
import type { Channel, ChatMessage } from '../../channel.js';
import { isLid, isPn, jidToPhone, chatToJid } from './addresses.js';
import { authStateFromStore, WHATSAPP_AUTH_NAMESPACE, type StoredAuthState } from './auth-store.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { baileysLogger } from './baileys-logger.js';
import { BoundedMap } from './bounded-map.js';
import { readContent, timestampOf } from './content.js';
import { errorText, WhatsAppChannelError } from './errors.js';
import { createKeyedQueue } from './keyed-queue.js';
import type { WhatsAppSocket, WhatsAppSocketFactory } from './socket.js';

/** What {@link createWhatsAppChannel} needs. */
export interface WhatsAppChannelDeps {
  /** The auth state lives in this store's documents (namespace `authNamespace`). */
  store: RunStore;
  /** One line per connection event and failure. */
  log: (message: string) => void;
  /** QR codes and pairing codes are written here (usually process.stdout). */
  qrOut: NodeJS.WritableStream;
  /** Link by pairing code to this phone number ("+8801…") instead of a QR code. */
  pairNumber?: string;
  /** JID of the engineers' group ("1203…@g.us"). Other groups are ignored. */
  engineersGroup?: string;
  /** Socket factory. @defaultValue Baileys' `makeWASocket` */
  makeSocket?: WhatsAppSocketFactory;
  /** Minimum time between two messages to the same chat, in ms. @defaultValue 1000 */
  rateLimitMs?: number;
  /** Reconnect delays. @defaultValue `{ initialMs: 1000, maxMs: 60000, factor: 2, jitter: 0.2 }` */
  backoff?: BackoffOptions;
  /** How long `send` waits for a lost connection to come back, in ms. @defaultValue 120000 */
  sendTimeoutMs?: number;
  /** Docs namespace of the auth state. @defaultValue {@link WHATSAPP_AUTH_NAMESPACE} */
  authNamespace?: string;
  /** Clock for messages without a timestamp. @defaultValue `() => new Date()` */
  now?: () => Date;
  /** Random source for the backoff jitter. @defaultValue `Math.random` */
  random?: () => number;
}

/** The WhatsApp channel: a {@link Channel} plus how it ended. */
export interface WhatsAppChannel extends Channel {
  readonly name: 'whatsapp';
  /**
   * Resolves once the channel has ended for good: with null after `stop()`, with a fatal
   * {@link WhatsAppChannelError} when WhatsApp ended the session (`WA_LOGGED_OUT`,
   * `WA_CONNECTION_REPLACED`). Never rejects. `start` exits non-zero on an error here.
   */
  readonly closed: Promise<WhatsAppChannelError | null>;
}

// Immediate restarts (close code 515) allowed in a row before falling back to the backoff: 515 is
// expected once after pairing; a server that keeps asking must not spin the process.
const MAX_IMMEDIATE_RESTARTS = 3;
const SEEN_IDS = 5000;
const SENT_MESSAGES = 500;
const KNOWN_LIDS = 10_000;

/**
 * Creates the WhatsApp channel (Baileys 7). `start` loads the auth state from the store, connects,
 * prints a QR code (or a pairing code with `pairNumber`) when the device is not linked, and
 * resolves once connected. Dropped connections come back with capped, jittered exponential
 * backoff; 515 after pairing restarts at once; 440 (another client took the session) and 401
 * (logged out: the stored auth state is cleared) end the channel, see `closed`.
 *
 * Delivered: 1:1 chats and the engineers' group, type `notify` only, each message id once; own
 * messages, status broadcasts, other groups, reactions and protocol messages are not. Senders are
 * phone numbers ("+8801700000001") also when WhatsApp addresses them by LID, as far as the
 * message, a `lid-mapping.update` or Baileys' own LID store tells.
 *
 * ```ts
 * const channel = createWhatsAppChannel({ store, log: console.error, qrOut: process.stdout });
 * await channel.start(async (m) => { await channel.send(m.chat, `you said: ${m.text ?? '(media)'}`); });
 * const reason = await channel.closed; // null after stop(); an error when logged out or replaced
 * ```
 */
export function createWhatsAppChannel(deps: WhatsAppChannelDeps): WhatsAppChannel {
  const log = (message: string): void => deps.log(`whatsapp: ${message}`);
  const makeSocket: WhatsAppSocketFactory = deps.makeSocket ?? makeWASocket;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const sendTimeoutMs = deps.sendTimeoutMs ?? 120_000;
  const engineersGroup = deps.engineersGroup ? jidNormalizedUser(deps.engineersGroup.trim()) : undefined;
  if (engineersGroup !== undefined && !isJidGroup(engineersGroup)) {
    throw new WhatsAppChannelError(
      'WA_BAD_ADDRESS',
      `the engineers group must be a group JID ending in @g.us (got "${deps.engineersGroup}")`,
    );
  }
  const pairDigits = deps.pairNumber?.replace(/\D/g, '');
  if (deps.pairNumber !== undefined && !/^\d{6,15}$/.test(pairDigits ?? '')) {
    throw new WhatsAppChannelError(
      'WA_BAD_ADDRESS',
      `--pair needs a phone number with country code, e.g. +8801700000001 (got "${deps.pairNumber}")`,
    );
  }

  const sends = createKeyedQueue({ intervalMs: deps.rateLimitMs ?? 1000 });
  const deliveries = createKeyedQueue();
  const seen = new BoundedMap<string, true>(SEEN_IDS);
  const sent = new BoundedMap<string, proto.IMessage>(SENT_MESSAGES);
  const lidToPhone = new BoundedMap<string, string>(KNOWN_LIDS);

  let auth: StoredAuthState | undefined;
  let keys: SignalKeyStore | undefined;
  let onMessage: ((message: ChatMessage) => Promise<void>) | undefined;
  let sock: WhatsAppSocket | undefined;
  let detach: (() => void) | undefined;
  let open = false;
  // running: connected or reconnecting; stopping: stop() is flushing sends, nothing is delivered
  // and nothing reconnects; stopped: for good (stop() done, or a fatal close).
  let state: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let attempt = 0;
  let immediateRestarts = 0;
  let reconnectTimer: NodeJS.Timeout | undefined;
  let inbound: Promise<void> = Promise.resolve();

  let resolveStarted!: () => void;
  let rejectStarted!: (error: Error) => void;
  const started = new Promise<void>((resolve, reject) => {
    resolveStarted = resolve;
    rejectStarted = reject;
  });
  // start() awaits this; the handler only keeps a fatal close after start() from being unhandled.
  started.catch(() => undefined);
  let resolveClosed!: (reason: WhatsAppChannelError | null) => void;
  const closed = new Promise<WhatsAppChannelError | null>((resolve) => {
    resolveClosed = resolve;
  });
  const openWaiters = new Set<{ resolve: (s: WhatsAppSocket) => void; reject: (e: Error) => void }>();

  const logger = baileysLogger(log);

  function learn(lid: string | null | undefined, pn: string | null | undefined): void {
    const phone = jidToPhone(pn);
    if (isLid(lid) && phone) lidToPhone.set(jidNormalizedUser(lid), phone);
  }

  /** The phone number behind a sender JID, else the JID itself (without device). */
  async function addressOf(jid: string, alt: string | null | undefined, socket: WhatsAppSocket): Promise<string> {
    const phone = jidToPhone(jid);
    if (phone) {
      learn(alt, jid);
      return phone;
    }
    const normalized = jidNormalizedUser(jid);
    if (!isLid(jid)) return normalized;
    if (isPn(alt)) {
      learn(jid, alt);
      return jidToPhone(alt) ?? normalized;
    }
    const known = lidToPhone.get(normalized);
    if (known) return known;
    // Baileys keeps the LID↔PN pairs it has seen in the key store (our documents), so this also
    // answers for senders first seen before a restart.
    const pn = await socket.signalRepository.lidMapping.getPNForLID(jid).catch(() => null);
    if (isPn(pn)) {
      learn(jid, pn);
      return jidToPhone(pn) ?? normalized;
    }
    return normalized;
  }

  async function toChatMessage(message: WAMessage, socket: WhatsAppSocket): Promise<ChatMessage | null> {
    const key: WAMessageKey = message.key;
    const remoteJid = key.remoteJid;
    const id = key.id;
    if (!remoteJid || !id || key.fromMe) return null;
    if (isJidStatusBroadcast(remoteJid) || isJidBroadcast(remoteJid) || isJidNewsletter(remoteJid)) return null;
    const group = !!isJidGroup(remoteJid);
    if (group && (!engineersGroup || jidNormalizedUser(remoteJid) !== engineersGroup)) return null;
    if (group && !key.participant) return null;
    const content = readContent(message.message);
    if (content.kind === 'ignore') return null;
    // Marked before the await below, so a second delivery arriving meanwhile is dropped too.
    // Undecryptable stubs never get here: Baileys delivers them again once decrypted.
    if (seen.has(id)) return null;
    seen.set(id, true);

    const text = content.kind === 'text' ? content.text : null;
    const at = timestampOf(message, now);
    if (group) {
      const sender = await addressOf(key.participant ?? '', key.participantAlt, socket);
      return { chat: jidNormalizedUser(remoteJid), sender, text, at, id, group: true };
    }
    const sender = await addressOf(remoteJid, key.remoteJidAlt, socket);
    return { chat: sender, sender, text, at, id };
  }

  async function handleUpsert(socket: WhatsAppSocket, upsert: BaileysEventMap['messages.upsert']): Promise<void> {
    // `append` is history and own-device sync, not someone writing to us now.
    if (upsert.type !== 'notify' || state !== 'running') return;
    for (const message of upsert.messages) {
      let chatMessage: ChatMessage | null;
      try {
        chatMessage = await toChatMessage(message, socket);
      } catch (error) {
        log(`could not read message ${message.key.id ?? '?'}: ${errorText(error)}`);
        continue;
      }
      if (!chatMessage || !onMessage) continue;
      const deliver = onMessage;
      const m = chatMessage;
      // Per chat in order; a slow conversation does not hold up the other chats.
      void deliveries.run(m.chat, () => deliver(m)).catch((error: unknown) => {
        log(`handling message ${m.id ?? '?'} from ${m.sender} failed: ${errorText(error)}`);
      });
    }
  }

  async function showQr(qr: string): Promise<void> {
    const art = await QRCode.toString(qr, { type: 'terminal', small: true });
    deps.qrOut.write(`\nScan with WhatsApp on the bot's phone (Settings → Linked devices → Link a device):\n${art}\n`);
  }

  async function requestPairing(socket: WhatsAppSocket, digits: string): Promise<void> {
    const code = await socket.requestPairingCode(digits);
    const shown = code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
    deps.qrOut.write(
      `\nPairing code for +${digits}: ${shown}\n` +
        `On that phone: WhatsApp → Settings → Linked devices → Link a device → Link with phone number instead.\n`,
    );
    log(`pairing code requested for +${digits}`);
  }

  function onConnectionUpdate(socket: WhatsAppSocket, update: Partial<ConnectionState>, pairing: { requested: boolean }): void {
    if (socket !== sock || (state !== 'running' && state !== 'stopping')) return;
    if (state === 'stopping') {
      // Only what the flushing sends need: whether the socket is open.
      if (update.connection === 'open') markOpen(socket);
      if (update.connection === 'close') {
        open = false;
        rejectWaiters(new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel was stopped'));
      }
      return;
    }
    if (update.qr) {
      // The first QR means the server asked this unlinked device to pair, so the websocket is
      // open: the moment a pairing code can be requested (earlier, the request fails).
      if (pairDigits && !socket.authState.creds.registered) {
        if (!pairing.requested) {
          pairing.requested = true;
          requestPairing(socket, pairDigits).catch((error: unknown) => {
            // Try again with the next QR refresh (about every 20 s) rather than giving up.
            pairing.requested = false;
            log(`pairing code request failed: ${errorText(error)}`);
          });
        }
      } else {
        showQr(update.qr).catch((error: unknown) => log(`cannot render the QR code: ${errorText(error)}`));
      }
    }
    if (update.isNewLogin) log('device linked');
    if (update.connection === 'open') {
      attempt = 0;
      immediateRestarts = 0;
      log(`connected${socket.user?.id ? ` as ${jidToPhone(socket.user.id) ?? socket.user.id}` : ''}`);
      markOpen(socket);
      resolveStarted();
    } else if (update.connection === 'close') {
      open = false;
      onClose(update.lastDisconnect?.error);
    }
  }

  function markOpen(socket: WhatsAppSocket): void {
    open = true;
    for (const waiter of openWaiters) waiter.resolve(socket);
    openWaiters.clear();
  }

  function rejectWaiters(error: WhatsAppChannelError): void {
    for (const waiter of openWaiters) waiter.reject(error);
    openWaiters.clear();
  }

  function onClose(error: Error | undefined): void {
    const code = statusCodeOf(error);
    const detail = `code ${code ?? 'none'}${error?.message ? `, ${error.message}` : ''}`;
    if (code === DisconnectReason.loggedOut) {
      void loggedOut(detail);
    } else if (code === DisconnectReason.connectionReplaced) {
      log(`another client took over this WhatsApp session (${detail}); stopped, not reconnecting`);
      finish(
        new WhatsAppChannelError(
          'WA_CONNECTION_REPLACED',
          'another client opened this WhatsApp session (close code 440). Close the other session ' +
            '(another vos-assist, or WhatsApp Web with the same link) and start again.',
        ),
      );
    } else if (code === DisconnectReason.restartRequired && immediateRestarts < MAX_IMMEDIATE_RESTARTS) {
      immediateRestarts += 1;
      log(`restart required (${detail}), reconnecting now`);
      connect();
    } else {
      const delay = backoffDelay(attempt, deps.backoff, random);
      attempt += 1;
      const wait = delay < 1000 ? `${delay} ms` : `${(delay / 1000).toFixed(1)} s`;
      log(`connection closed (${detail}); reconnecting in ${wait} (attempt ${attempt})`);
      reconnectTimer = setTimeout(() => {
        reconnectTimer = undefined;
        connect();
      }, delay);
    }
  }

  async function loggedOut(detail: string): Promise<void> {
    try {
      await auth?.clear();
    } catch (error) {
      log(`could not clear the stored auth state: ${errorText(error)}`);
    }
    log(
      `logged out by WhatsApp (${detail}); the stored session was deleted. ` +
        'Link again: run `vos-assist start --chat whatsapp` and scan the QR code, or add `--pair +NUMBER` to get a pairing code.',
    );
    finish(
      new WhatsAppChannelError(
        'WA_LOGGED_OUT',
        'WhatsApp logged this device out (close code 401); the stored session was deleted. ' +
          'Run `vos-assist start --chat whatsapp` again and scan the QR code, or use `--pair +NUMBER`.',
      ),
    );
  }

  function connect(): void {
    if (state !== 'running' || !auth || !keys) return;
    detach?.();
    const socketConfig: UserFacingSocketConfig = {
      auth: { creds: auth.state.creds, keys },
      logger,
      // A browser WhatsApp knows: pairing codes are refused for unknown browser names.
      browser: Browsers.ubuntu('Chrome'),
      markOnlineOnConnect: false,
      syncFullHistory: false,
      // Status updates and channels are never for us; Baileys then does not even decrypt them.
      shouldIgnoreJid: (jid) => !!(isJidBroadcast(jid) || isJidNewsletter(jid)),
      getMessage: async (key) => (key.id ? sent.get(key.id) : undefined),
    };
    let socket: WhatsAppSocket;
    try {
      socket = makeSocket(socketConfig);
    } catch (error) {
      onClose(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    sock = socket;
    const pairing = { requested: false };
    const credsState = auth;
    const handlers = {
      'connection.update': (update: BaileysEventMap['connection.update']) => onConnectionUpdate(socket, update, pairing),
      'creds.update': (update: BaileysEventMap['creds.update']) => {
        // Baileys merges the update into the same creds object itself; merging here too keeps
        // the saved copy right whichever listener runs first.
        Object.assign(credsState.state.creds, update);
        credsState.saveCreds().catch((error: unknown) => log(`could not save credentials: ${errorText(error)}`));
      },
      'messages.upsert': (upsert: BaileysEventMap['messages.upsert']) => {
        // One batch after the other, so LID look-ups cannot reorder messages.
        inbound = inbound
          .then(() => handleUpsert(socket, upsert))
          .catch((error: unknown) => log(`message batch failed: ${errorText(error)}`));
      },
      'lid-mapping.update': (mapping: BaileysEventMap['lid-mapping.update']) => learn(mapping.lid, mapping.pn),
    };
    socket.ev.on('connection.update', handlers['connection.update']);
    socket.ev.on('creds.update', handlers['creds.update']);
    socket.ev.on('messages.upsert', handlers['messages.upsert']);
    socket.ev.on('lid-mapping.update', handlers['lid-mapping.update']);
    detach = () => {
      socket.ev.off('connection.update', handlers['connection.update']);
      socket.ev.off('creds.update', handlers['creds.update']);
      socket.ev.off('messages.upsert', handlers['messages.upsert']);
      socket.ev.off('lid-mapping.update', handlers['lid-mapping.update']);
    };
  }

  /** Ends the channel for good (fatal close or stop). */
  function finish(reason: WhatsAppChannelError | null): void {
    if (state === 'stopped') return;
    state = 'stopped';
    open = false;
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    rejectWaiters(reason ?? new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel was stopped'));
    if (reason) rejectStarted(reason);
    else resolveStarted();
    resolveClosed(reason);
  }

  /** The socket once it is open; waits (up to sendTimeoutMs) while it reconnects. */
  function whenOpen(): Promise<WhatsAppSocket> {
    if (open && sock) return Promise.resolve(sock);
    if (state !== 'running') return Promise.reject(new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel is stopped'));
    return new Promise<WhatsAppSocket>((resolve, reject) => {
      const waiter = {
        resolve: (s: WhatsAppSocket) => {
          clearTimeout(timer);
          resolve(s);
        },
        reject: (e: Error) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      const timer = setTimeout(() => {
        openWaiters.delete(waiter);
        reject(new WhatsAppChannelError('WA_NOT_CONNECTED', `WhatsApp did not reconnect within ${Math.round(sendTimeoutMs / 1000)} s`));
      }, sendTimeoutMs);
      openWaiters.add(waiter);
    });
  }

  async function presence(socket: WhatsAppSocket, type: WAPresence, jid: string): Promise<void> {
    // Typing indicators are a courtesy; a failed one must not fail the message.
    await socket.sendPresenceUpdate(type, jid).catch((error: unknown) => log(`presence ${type} to ${jid} failed: ${errorText(error)}`));
  }

  return {
    name: 'whatsapp',
    closed,

    async start(handler) {
      if (state !== 'new') throw new Error('the WhatsApp channel can be started only once');
      state = 'running';
      onMessage = handler;
      try {
        auth = await authStateFromStore(deps.store, deps.authNamespace ?? WHATSAPP_AUTH_NAMESPACE);
      } catch (error) {
        state = 'stopped';
        resolveClosed(null);
        throw error;
      }
      // An in-memory cache in front of the store: Baileys reads session keys for every message.
      keys = makeCacheableSignalKeyStore(auth.state.keys, logger);
      log(auth.state.creds.registered ? 'connecting' : 'connecting (not linked yet)');
      connect();
      await started;
    },

    async send(chat, text) {
      if (state === 'stopped') throw new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel is stopped');
      const jid = chatToJid(chat);
      await sends.run(jid, async () => {
        const socket = await whenOpen();
        await presence(socket, 'composing', jid);
        try {
          const message = await socket.sendMessage(jid, { text });
          // Kept for `getMessage`: a recipient that could not decrypt asks for a retry.
          if (message?.key.id && message.message) sent.set(message.key.id, message.message);
        } finally {
          await presence(socket, 'paused', jid);
        }
      });
    },

    async stop() {
      if (state === 'new') {
        state = 'stopped';
        resolveClosed(null);
        return;
      }
      if (state !== 'running') return void (await closed);
      state = 'stopping';
      onMessage = undefined;
      if (reconnectTimer) clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      // Sends waiting for a reconnect fail now; sends queued behind the rate limit still go out
      // while the socket is open.
      if (!open) rejectWaiters(new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel was stopped'));
      await sends.idle();
      const socket = sock;
      detach?.();
      finish(null);
      if (socket) await Promise.resolve(socket.end(undefined)).catch(() => undefined);
      await inbound;
    },
  };
}

/** The close code of a Baileys disconnect: a Boom error's `output.statusCode`. */
function statusCodeOf(error: unknown): number | undefined {
  const output = (error as { output?: { statusCode?: unknown } } | undefined)?.output;
  return typeof output?.statusCode === 'number' ? output.statusCode : undefined;
}
