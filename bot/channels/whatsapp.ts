// The WhatsApp channel: Baileys reduced to the Channel seam. This is the only file in the project
// that imports Baileys, so a Baileys upgrade touches nothing else.
import {
  Browsers,
  BufferJSON,
  DisconnectReason,
  initAuthCreds,
  isHostedLidUser,
  isHostedPnUser,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  isJidStatusBroadcast,
  isLidUser,
  isPnUser,
  jidDecode,
  jidNormalizedUser,
  makeCacheableSignalKeyStore,
  makeWASocket,
  normalizeMessageContent,
  proto,
} from '@whiskeysockets/baileys';
import type {
  AuthenticationCreds,
  AuthenticationState,
  BaileysEventEmitter,
  BaileysEventMap,
  ConnectionState,
  Contact,
  SignalDataSet,
  SignalDataTypeMap,
  SignalKeyStore,
  UserFacingSocketConfig,
  WAMessage,
  WAMessageKey,
  WAPresence,
} from '@whiskeysockets/baileys';
import QRCode from 'qrcode';
import type { RunStore } from '../../store/types.js';
import type { Channel, ChatMessage } from '../channel.js';
import { backoffDelay, type BackoffOptions } from './whatsapp-backoff.js';
import { BoundedMap } from './whatsapp-bounded.js';
import { WhatsAppChannelError } from './whatsapp-errors.js';
import { createKeyedQueue } from './whatsapp-queue.js';

export { WhatsAppChannelError, type WhatsAppErrorCode } from './whatsapp-errors.js';
export type { BackoffOptions } from './whatsapp-backoff.js';

// ---------------------------------------------------------------------------------------------
// Auth state in the run store
// ---------------------------------------------------------------------------------------------

/** Default docs namespace of the WhatsApp auth state in the run store. */
export const WHATSAPP_AUTH_NAMESPACE = 'whatsapp-auth';

const CREDS_DOC = 'creds';
const keyDoc = (type: string, id: string): string => `key/${type}/${id}`;

/** Baileys' auth state kept in the run store, plus what the channel needs to manage it. */
export interface StoredAuthState {
  /** Pass to `makeWASocket({ auth: state })`. `state.creds` is the live object Baileys mutates. */
  readonly state: AuthenticationState;
  /** Writes the current `state.creds`. Writes are serialised, so the last one always wins. */
  saveCreds(): Promise<void>;
  /**
   * Deletes every document of the namespace (after a logout). Later `saveCreds` and `keys.set`
   * calls are ignored, so a socket still winding down cannot write the old session back.
   */
  clear(): Promise<void>;
}

/**
 * Baileys' `AuthenticationState` (creds plus the Signal key store) kept as documents of the run
 * store, instead of the demo-only `useMultiFileAuthState` folder. The SQLite and PostgreSQL stores
 * write each document in a transaction, so a crash mid-write leaves the old or the new value, never
 * half a file. Values are encoded with Baileys' `BufferJSON`, which keeps Buffers and Uint8Arrays.
 * Documents: `creds`, and `key/<type>/<id>` per key (deleted when Baileys sets it to null).
 *
 * ```ts
 * const auth = await authStateFromStore(store);
 * const sock = makeWASocket({ auth: auth.state });
 * sock.ev.on('creds.update', () => void auth.saveCreds());
 * ```
 */
export async function authStateFromStore(store: RunStore, namespace: string = WHATSAPP_AUTH_NAMESPACE): Promise<StoredAuthState> {
  let cleared = false;
  const stored = decode(await store.getDoc(namespace, CREDS_DOC));
  const creds: AuthenticationCreds = isCreds(stored) ? stored : initAuthCreds();

  const keys: SignalKeyStore = {
    async get<T extends keyof SignalDataTypeMap>(type: T, ids: string[]) {
      const found: { [id: string]: SignalDataTypeMap[T] } = {};
      await Promise.all(
        ids.map(async (id) => {
          let value = decode(await store.getDoc(namespace, keyDoc(type, id)));
          if (value === null || value === undefined) return;
          // Baileys reads app-state keys as protobuf objects, as its own multi-file store does.
          if (type === 'app-state-sync-key') value = proto.Message.AppStateSyncKeyData.fromObject(value as object);
          found[id] = value as SignalDataTypeMap[T];
        }),
      );
      return found;
    },
    async set(data: SignalDataSet) {
      if (cleared) return;
      const writes: Promise<void>[] = [];
      for (const [type, entries] of Object.entries(data)) {
        for (const [id, value] of Object.entries(entries ?? {})) {
          const doc = keyDoc(type, id);
          const gone = value === null || value === undefined;
          writes.push(gone ? store.deleteDoc(namespace, doc) : store.putDoc(namespace, doc, encode(value)));
        }
      }
      await Promise.all(writes);
    },
  };

  let saving: Promise<void> = Promise.resolve();
  function saveCreds(): Promise<void> {
    // Serialised and encoded when its turn comes: the last write carries the newest creds even
    // when Baileys emits several updates in a row.
    const write = saving.then(async () => {
      if (!cleared) await store.putDoc(namespace, CREDS_DOC, encode(creds));
    });
    saving = write.catch(() => undefined);
    return write;
  }

  async function clear(): Promise<void> {
    cleared = true;
    await saving;
    const docs = await store.listDocs(namespace);
    await Promise.all(docs.map((doc) => store.deleteDoc(namespace, doc.key)));
  }

  return { state: { creds, keys }, saveCreds, clear };
}

/** One JSON string per document: the store's own JSON layer would lose Buffers. */
function encode(value: unknown): string {
  return JSON.stringify(value, BufferJSON.replacer);
}

function decode(doc: unknown): unknown {
  if (doc === null || doc === undefined) return null;
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc);
  return JSON.parse(text, BufferJSON.reviver) as unknown;
}

function isCreds(value: unknown): value is AuthenticationCreds {
  return typeof value === 'object' && value !== null && 'noiseKey' in value && 'signedIdentityKey' in value;
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

/**
 * The JID to send to for a chat: an E.164 number ("+8801700000001", spaces and dashes allowed)
 * becomes `8801700000001@s.whatsapp.net`; a JID (anything with "@") is used as it is.
 *
 * @throws WhatsAppChannelError `WA_BAD_ADDRESS`
 */
export function chatToJid(chat: string): string {
  const trimmed = chat.trim();
  if (trimmed.includes('@')) return trimmed;
  const digits = trimmed.replace(/[\s\-().]/g, '');
  if (/^\+?\d{6,15}$/.test(digits)) return `${digits.replace(/^\+/, '')}@s.whatsapp.net`;
  throw new WhatsAppChannelError('WA_BAD_ADDRESS', `not a phone number (E.164, e.g. +8801700000001) or WhatsApp JID: "${chat}"`);
}

/** "+8801700000001" for a phone-number JID (with or without device); null for LIDs and the rest. */
export function jidToPhone(jid: string | null | undefined): string | null {
  if (!jid || !(isPnUser(jid) || isHostedPnUser(jid))) return null;
  const user = jidDecode(jid)?.user;
  return user && /^\d{5,15}$/.test(user) ? `+${user}` : null;
}

const isLid = (jid: string | null | undefined): jid is string => !!jid && !!(isLidUser(jid) || isHostedLidUser(jid));
const isPn = (jid: string | null | undefined): jid is string => jidToPhone(jid) !== null;

// ---------------------------------------------------------------------------------------------
// Message content
// ---------------------------------------------------------------------------------------------

/** What the channel makes of a message's content. */
type Content = { kind: 'text'; text: string } | { kind: 'media' } | { kind: 'ignore' };

// Content a person sent that carries no text: the layer above asks for a description in words.
const TEXTLESS_MEDIA = [
  'audioMessage',
  'stickerMessage',
  'ptvMessage',
  'locationMessage',
  'liveLocationMessage',
  'contactMessage',
  'contactsArrayMessage',
] as const satisfies readonly (keyof proto.IMessage)[];

/**
 * Reads text from a message as Baileys delivers it. Wrappers (ephemeral, view-once,
 * document-with-caption, edited) are unwrapped by Baileys' `normalizeMessageContent`. Everything
 * not listed (protocol, reaction, poll update, key distribution…) is ignored: it is no one talking.
 */
function readContent(message: proto.IMessage | null | undefined): Content {
  const content = normalizeMessageContent(message);
  if (!content) return { kind: 'ignore' };
  const text = (value: string | null | undefined): Content => {
    const trimmed = value?.trim();
    return trimmed ? { kind: 'text', text: trimmed } : { kind: 'media' };
  };
  if (typeof content.conversation === 'string') {
    return content.conversation.trim() ? text(content.conversation) : { kind: 'ignore' };
  }
  if (content.extendedTextMessage) {
    return content.extendedTextMessage.text?.trim() ? text(content.extendedTextMessage.text) : { kind: 'ignore' };
  }
  const captioned = content.imageMessage ?? content.videoMessage ?? content.documentMessage;
  if (captioned) return text(captioned.caption);
  if (TEXTLESS_MEDIA.some((type) => content[type])) return { kind: 'media' };
  return { kind: 'ignore' };
}

function timestampOf(message: WAMessage, now: () => Date): Date {
  const ts = message.messageTimestamp;
  const seconds = typeof ts === 'number' ? ts : ts && typeof ts === 'object' && 'toNumber' in ts ? ts.toNumber() : null;
  return seconds ? new Date(seconds * 1000) : now();
}

// ---------------------------------------------------------------------------------------------
// The channel
// ---------------------------------------------------------------------------------------------

/**
 * The part of a Baileys socket the channel uses. `makeWASocket` returns it (and much more); tests
 * pass a fake that implements only this.
 */
export interface WhatsAppSocket {
  readonly ev: Pick<BaileysEventEmitter, 'on' | 'off'>;
  readonly authState: { readonly creds: Pick<AuthenticationCreds, 'registered'> };
  readonly user: Contact | undefined;
  readonly signalRepository: { readonly lidMapping: { getPNForLID(lid: string): Promise<string | null> } };
  sendMessage(jid: string, content: { text: string }): Promise<WAMessage | undefined>;
  sendPresenceUpdate(type: WAPresence, toJid?: string): Promise<void>;
  requestPairingCode(phoneNumber: string): Promise<string>;
  end(error: Error | undefined): Promise<void> | void;
}

/** Makes a socket from Baileys' config; `makeWASocket` by default. */
export type WhatsAppSocketFactory = (config: UserFacingSocketConfig) => WhatsAppSocket;

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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A pino-shaped logger for Baileys: warnings and errors go to the channel's log function,
 * one line each; the chatty levels are dropped.
 */
function baileysLogger(log: (message: string) => void): NonNullable<UserFacingSocketConfig['logger']> {
  const line = (level: string) => (obj: unknown, msg?: string) => {
    const text = msg ?? (typeof obj === 'string' ? obj : '');
    const fields = typeof obj === 'object' && obj !== null ? (obj as { err?: unknown; error?: unknown }) : {};
    const err = fields.err ?? fields.error;
    log(`baileys ${level}: ${text}${err ? ` (${errorText(err)})` : ''}`);
  };
  const quiet = () => undefined;
  const logger = {
    level: 'warn',
    child: () => logger,
    trace: quiet,
    debug: quiet,
    info: quiet,
    warn: line('warn'),
    error: line('error'),
  };
  return logger;
}
