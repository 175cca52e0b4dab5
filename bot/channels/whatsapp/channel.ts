// The WhatsApp channel: Baileys reduced to the Channel seam. This folder is the only place in the
// project that imports Baileys, so a Baileys upgrade touches nothing else.
import {
  Browsers,
  generateMessageIDV2,
  isJidBroadcast,
  isJidGroup,
  isJidNewsletter,
  jidNormalizedUser,
  makeCacheableSignalKeyStore,
  makeWASocket,
} from '@whiskeysockets/baileys';
import type { BaileysEventMap, ConnectionState, proto, SignalKeyStore, UserFacingSocketConfig, WAPresence } from '@whiskeysockets/baileys';
import type { RunStore } from '../../../store/types.js';
import type { Channel, ChannelStatus, ChatMessage } from '../../channel.js';
import { chatToJid, jidToPhone } from './addresses.js';
import { authStateFromStore, WHATSAPP_AUTH_NAMESPACE, type StoredAuthState } from './auth-store.js';
import { backoffDelay, type BackoffOptions } from './backoff.js';
import { baileysLogger } from './baileys-logger.js';
import { BoundedMap } from './bounded-map.js';
import { closeAction, closeCodeOf, describeClose } from './close-codes.js';
import { createConnectionStatus } from './connection-status.js';
import { errorText, WhatsAppChannelError } from './errors.js';
import { createInbound } from './inbound.js';
import { createKeyedQueue } from './keyed-queue.js';
import type { HeldSessionLease, SessionLease } from './lease.js';
import { createLinking, pairingDigits } from './linking.js';
import { createSendQueue, type SendLimits } from './send-queue.js';
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
  /**
   * One process per WhatsApp session: with a lease, the channel connects only while it holds
   * it, waits in `standby` while another process does, and takes over when that one lets go or
   * dies. @defaultValue none: the channel connects at once
   */
  lease?: SessionLease;
  /** Called with the new status whenever its state changes (see {@link ChannelStatus}). */
  onStatus?: (status: ChannelStatus) => void;
  /** Socket factory. @defaultValue Baileys' `makeWASocket` */
  makeSocket?: WhatsAppSocketFactory;
  /** Outbound limits. @defaultValue `{ chatIntervalMs: 1000, perChatPerMinute: 20, totalPerMinute: 60 }` */
  sendLimits?: SendLimits;
  /** Reconnect delays. @defaultValue `{ initialMs: 1000, maxMs: 60000, factor: 2, jitter: 0.2 }` */
  backoff?: BackoffOptions;
  /** Failed connection attempts in a row after which the status is `failing`. @defaultValue 5 */
  failingAfter?: number;
  /**
   * How long a connection must stay open before its failures are forgotten and the backoff
   * starts over, in ms. @defaultValue 60000
   */
  stableAfterMs?: number;
  /** How long `send` waits for a lost connection to come back, in ms. @defaultValue 120000 */
  sendTimeoutMs?: number;
  /**
   * How long `stop()` keeps sending what is queued (within the limits) before it gives up on the
   * rest, in ms. What is left is logged and its `send` calls reject with `WA_STOPPED`.
   * @defaultValue 15000
   */
  stopFlushMs?: number;
  /** Docs namespace of the auth state. @defaultValue {@link WHATSAPP_AUTH_NAMESPACE} */
  authNamespace?: string;
  /** Clock for messages without a timestamp and for the status. @defaultValue `() => new Date()` */
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
   * `WA_FORBIDDEN`, `WA_CONNECTION_REPLACED`). Never rejects. `start` exits non-zero on an error here.
   */
  readonly closed: Promise<WhatsAppChannelError | null>;
  status(): ChannelStatus;
}

// Immediate restarts (close code 515) allowed in a row before falling back to the backoff: 515 is
// expected once after pairing; a server that keeps asking must not spin the process.
const MAX_IMMEDIATE_RESTARTS = 3;
const SENT_MESSAGES = 500;

const stoppedError = () => new WhatsAppChannelError('WA_STOPPED', 'the WhatsApp channel is stopped');
const standbyError = () =>
  new WhatsAppChannelError('WA_STANDBY', 'another VOS Assist process holds the WhatsApp session; this one does not send');

/**
 * Creates the WhatsApp channel (Baileys 7). `start` loads the auth state from the store, takes the
 * session lease when there is one, connects, prints a QR code (or a pairing code with
 * `pairNumber`) when the device is not linked, and resolves once connected or in standby.
 *
 * Closes, by code: 401 (logged out) clears the stored session and ends the channel; 403
 * (forbidden) ends it and keeps the session; 440 (another client took the session) ends it,
 * unless the lease shows another VOS Assist process took over, in which case it waits in standby;
 * 515 restarts at once (a few times in a row); anything else, 500 included, reconnects with
 * capped, jittered exponential backoff and never touches the stored session. Failures count in a
 * row until a connection has been stable for `stableAfterMs`; after `failingAfter` of them the
 * status is `failing` (`onStatus` tells the app, the log says so).
 *
 * Sends go out one at a time within `sendLimits` (per chat in order); what the limits hold back
 * waits, nothing is dropped. What is delivered is described at {@link createInbound}; messages
 * that arrived while the bot was offline (Baileys' `append` upserts) are delivered too.
 *
 * ```ts
 * const channel = createWhatsAppChannel({ store, log: console.error, qrOut: process.stdout, lease });
 * await channel.start(async (m) => { await channel.send(m.chat, `you said: ${m.text ?? '(media)'}`); });
 * const reason = await channel.closed; // null after stop(); an error when logged out, forbidden or replaced
 * ```
 */
export function createWhatsAppChannel(deps: WhatsAppChannelDeps): WhatsAppChannel {
  const log = (message: string): void => deps.log(`whatsapp: ${message}`);
  const makeSocket: WhatsAppSocketFactory = deps.makeSocket ?? makeWASocket;
  const now = deps.now ?? (() => new Date());
  const random = deps.random ?? Math.random;
  const sendTimeoutMs = deps.sendTimeoutMs ?? 120_000;
  const stopFlushMs = deps.stopFlushMs ?? 15_000;
  const engineersGroup = deps.engineersGroup ? jidNormalizedUser(deps.engineersGroup.trim()) : undefined;
  if (engineersGroup !== undefined && !isJidGroup(engineersGroup)) {
    throw new WhatsAppChannelError(
      'WA_BAD_ADDRESS',
      `the engineers group must be a group JID ending in @g.us (got "${deps.engineersGroup}")`,
    );
  }
  const linking = createLinking({ out: deps.qrOut, log, pairDigits: pairingDigits(deps.pairNumber) });

  const sends = createSendQueue({
    ...deps.sendLimits,
    onHeld: ({ cap, chat, queued }) =>
      log(`outbound cap reached (${cap === 'total' ? 'all chats' : `chat ${jidToPhone(chat) ?? chat}`}): ${queued} message(s) queued, sent as the cap allows`),
  });
  const deliveries = createKeyedQueue();
  // Ids of the messages this process sent (with their content once known, for retry requests).
  const sent = new BoundedMap<string, proto.IMessage | null>(SENT_MESSAGES);
  const inbound = createInbound({ engineersGroup, sentByUs: (id) => sent.has(id), now });
  const status = createConnectionStatus({
    now,
    ...(deps.failingAfter !== undefined ? { failingAfter: deps.failingAfter } : {}),
    ...(deps.stableAfterMs !== undefined ? { stableAfterMs: deps.stableAfterMs } : {}),
    onChange: (s) => {
      if (s.state === 'failing') log(`failing: ${s.attempts} connection attempts in a row failed (last: ${s.lastError}); still retrying`);
      try {
        deps.onStatus?.(s);
      } catch (error) {
        log(`status listener failed: ${errorText(error)}`);
      }
    },
  });

  let auth: StoredAuthState | undefined;
  let keys: SignalKeyStore | undefined;
  let onMessage: ((message: ChatMessage) => Promise<void>) | undefined;
  let sock: WhatsAppSocket | undefined;
  let detach: (() => void) | undefined;
  let open = false;
  // running: connected, reconnecting or in standby; stopping: stop() is flushing sends, nothing is
  // delivered and nothing reconnects; stopped: for good (stop() done, or a fatal close).
  let phase: 'new' | 'running' | 'stopping' | 'stopped' = 'new';
  let held: HeldSessionLease | undefined;
  let standby = false;
  const leaseWait = new AbortController();
  let immediateRestarts = 0;
  status.onStable(() => {
    immediateRestarts = 0;
  });
  let reconnectTimer: NodeJS.Timeout | undefined;
  let upserts: Promise<void> = Promise.resolve();

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

  async function handleUpsert(socket: WhatsAppSocket, upsert: BaileysEventMap['messages.upsert']): Promise<void> {
    // Both types: `notify` arrived while connected, `append` while this device was offline (and
    // echoes of our own sends, which inbound recognises by id).
    if (phase !== 'running') return;
    for (const message of upsert.messages) {
      let chatMessage: ChatMessage | null;
      try {
        chatMessage = await inbound.read(message, socket);
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

  function onConnectionUpdate(socket: WhatsAppSocket, update: Partial<ConnectionState>): void {
    if (socket !== sock || (phase !== 'running' && phase !== 'stopping')) return;
    if (phase === 'stopping') {
      // Only what the flushing sends need: whether the socket is open.
      if (update.connection === 'open') markOpen(socket);
      if (update.connection === 'close') {
        open = false;
        rejectWaiters(stoppedError());
      }
      return;
    }
    if (update.qr) linking.onQr(socket, update.qr);
    if (update.isNewLogin) log('device linked');
    if (update.connection === 'open') {
      log(`connected${socket.user?.id ? ` as ${jidToPhone(socket.user.id) ?? socket.user.id}` : ''}`);
      status.opened();
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
    const code = closeCodeOf(error);
    const detail = describeClose(code, error?.message);
    switch (closeAction(code)) {
      case 'logged_out':
        void loggedOut(detail);
        return;
      case 'forbidden':
        log(`WhatsApp refuses this number (${detail}); stopped, not reconnecting`);
        finish(
          new WhatsAppChannelError(
            'WA_FORBIDDEN',
            'WhatsApp refused this number (close code 403): as a rule it is banned or restricted. Open WhatsApp on the ' +
              "bot's phone: it says there whether the number is banned and how to appeal. If the phone works normally, " +
              'remove VOS Assist under Settings → Linked devices and start again to link it anew. The stored session was kept.',
          ),
          'logged_out',
        );
        return;
      case 'replaced':
        void replaced(detail);
        return;
      case 'restart':
        status.failed(detail);
        if (immediateRestarts < MAX_IMMEDIATE_RESTARTS) {
          immediateRestarts += 1;
          log(`${detail}: reconnecting now`);
          connect();
          return;
        }
        break;
      case 'retry':
        status.failed(detail);
        break;
    }
    const delay = backoffDelay(status.attempts - 1, deps.backoff, random);
    const wait = delay < 1000 ? `${delay} ms` : `${(delay / 1000).toFixed(1)} s`;
    log(`disconnected: ${detail}; reconnecting in ${wait} (attempt ${status.attempts})`);
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      connect();
    }, delay);
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
      'logged_out',
    );
  }

  /** 440: another client opened this session. With the lease, it may be a VOS Assist that took over. */
  async function replaced(detail: string): Promise<void> {
    const mine = held;
    if (mine && !(await mine.check())) {
      leaseLost(mine, 'another process took the WhatsApp session over');
      return;
    }
    if (phase !== 'running') return;
    log(`another client took over this WhatsApp session (${detail}); stopped, not reconnecting`);
    finish(
      new WhatsAppChannelError(
        'WA_CONNECTION_REPLACED',
        'another client opened this WhatsApp session (close code 440). Close the other session ' +
          '(another vos-assist on another Redis, or a copy of this data directory) and start again.',
      ),
      'stopped',
    );
  }

  /** Waits for the session lease (when there is one), then connects. */
  async function ownSession(): Promise<void> {
    if (deps.lease) {
      let lastWho: string | undefined;
      let mine: HeldSessionLease;
      try {
        mine = await deps.lease.acquire({
          signal: leaseWait.signal,
          onWait: (holder) => {
            const who = holder
              ? `another VOS Assist process (${holder.host}, pid ${holder.pid}) holds the WhatsApp session`
              : 'cannot tell who holds the WhatsApp session (the lease store does not answer)';
            if (who === lastWho || phase !== 'running') return;
            lastWho = who;
            standby = true;
            log(`${who}; waiting`);
            rejectWaiters(standbyError());
            status.standby(who);
            resolveStarted();
          },
        });
      } catch (error) {
        if (phase !== 'running') return;
        // The lease promises to reject only when aborted; anything else is retried, never in a loop.
        status.failed(`session lease: ${errorText(error)}`);
        const delay = backoffDelay(status.attempts - 1, deps.backoff, random);
        log(`could not take the session lease (${errorText(error)}); trying again in ${delay} ms`);
        reconnectTimer = setTimeout(() => {
          reconnectTimer = undefined;
          void ownSession();
        }, delay);
        return;
      }
      if (phase !== 'running') {
        await mine.release().catch(() => undefined);
        return;
      }
      held = mine;
      standby = false;
      if (lastWho) log('took over the WhatsApp session');
      void mine.lost.then((reason) => leaseLost(mine, reason));
    }
    connect();
  }

  /** The lease went to another process (or could not be renewed): let go of the socket, wait again. */
  function leaseLost(mine: HeldSessionLease, reason: string): void {
    if (held !== mine || phase !== 'running') return;
    held = undefined;
    log(`lost the WhatsApp session lease (${reason}); disconnecting and waiting to take it again`);
    dropSocket();
    rejectWaiters(standbyError());
    void ownSession();
  }

  function dropSocket(): void {
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    const socket = sock;
    detach?.();
    detach = undefined;
    sock = undefined;
    open = false;
    if (socket) void Promise.resolve(socket.end(undefined)).catch(() => undefined);
  }

  function connect(): void {
    if (phase !== 'running' || !auth || !keys || (deps.lease && !held)) return;
    detach?.();
    status.connecting();
    const socketConfig: UserFacingSocketConfig = {
      auth: { creds: auth.state.creds, keys },
      logger,
      // A browser WhatsApp knows: pairing codes are refused for unknown browser names.
      browser: Browsers.ubuntu('Chrome'),
      markOnlineOnConnect: false,
      syncFullHistory: false,
      // Status updates and channels are never for us; Baileys then does not even decrypt them.
      shouldIgnoreJid: (jid) => !!(isJidBroadcast(jid) || isJidNewsletter(jid)),
      getMessage: async (key) => (key.id ? (sent.get(key.id) ?? undefined) : undefined),
    };
    let socket: WhatsAppSocket;
    try {
      socket = makeSocket(socketConfig);
    } catch (error) {
      onClose(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    sock = socket;
    const credsState = auth;
    const handlers = {
      'connection.update': (update: BaileysEventMap['connection.update']) => onConnectionUpdate(socket, update),
      'creds.update': (update: BaileysEventMap['creds.update']) => {
        // Baileys merges the update into the same creds object itself; merging here too keeps
        // the saved copy right whichever listener runs first.
        Object.assign(credsState.state.creds, update);
        credsState.saveCreds().catch((error: unknown) => log(`could not save credentials: ${errorText(error)}`));
      },
      'messages.upsert': (upsert: BaileysEventMap['messages.upsert']) => {
        // One batch after the other, so LID look-ups cannot reorder messages.
        upserts = upserts
          .then(() => handleUpsert(socket, upsert))
          .catch((error: unknown) => log(`message batch failed: ${errorText(error)}`));
      },
      'lid-mapping.update': (mapping: BaileysEventMap['lid-mapping.update']) => inbound.learn(mapping.lid, mapping.pn),
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
  function finish(reason: WhatsAppChannelError | null, state: 'stopped' | 'logged_out'): void {
    if (phase === 'stopped') return;
    phase = 'stopped';
    open = false;
    leaseWait.abort();
    if (reconnectTimer) clearTimeout(reconnectTimer);
    reconnectTimer = undefined;
    status.ended(state, reason?.message ?? null);
    rejectWaiters(reason ?? stoppedError());
    if (reason) rejectStarted(reason);
    else resolveStarted();
    resolveClosed(reason);
    // A fatal close frees the session for a process in standby (which then meets the same answer).
    if (reason) void releaseLease();
  }

  async function releaseLease(): Promise<void> {
    const mine = held;
    held = undefined;
    await mine?.release().catch((error: unknown) => log(`could not release the session lease: ${errorText(error)}`));
  }

  /** The socket once it is open; waits until `deadline` (ms) while it reconnects. */
  function whenOpen(deadline: number): Promise<WhatsAppSocket> {
    if (open && sock) return Promise.resolve(sock);
    if (phase !== 'running') return Promise.reject(stoppedError());
    if (standby) return Promise.reject(standbyError());
    const notConnected = () =>
      new WhatsAppChannelError('WA_NOT_CONNECTED', `WhatsApp did not reconnect within ${Math.round(sendTimeoutMs / 1000)} s`);
    const ms = deadline - Date.now();
    if (ms <= 0) return Promise.reject(notConnected());
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
        reject(notConnected());
      }, ms);
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

    status: () => status.status(),

    async start(handler) {
      if (phase !== 'new') throw new Error('the WhatsApp channel can be started only once');
      phase = 'running';
      onMessage = handler;
      try {
        auth = await authStateFromStore(deps.store, deps.authNamespace ?? WHATSAPP_AUTH_NAMESPACE);
      } catch (error) {
        phase = 'stopped';
        resolveClosed(null);
        throw error;
      }
      // An in-memory cache in front of the store: Baileys reads session keys for every message.
      keys = makeCacheableSignalKeyStore(auth.state.keys, logger);
      log(auth.state.creds.registered ? 'connecting' : 'connecting (not linked yet)');
      void ownSession();
      await started;
    },

    async send(chat, text) {
      if (phase === 'stopped') throw stoppedError();
      if (standby) throw standbyError();
      const jid = chatToJid(chat);
      // The wait for a reconnect counts from now, not from when the queue gets to this message.
      const deadline = Date.now() + sendTimeoutMs;
      await sends.run(jid, async () => {
        const socket = await whenOpen(deadline);
        await presence(socket, 'composing', jid);
        try {
          // Our own id, known before sending: Baileys reports the message back as an upsert,
          // possibly before sendMessage returns, and inbound must know it is ours.
          const id = generateMessageIDV2(socket.user?.id);
          sent.set(id, null);
          const message = await socket.sendMessage(jid, { text }, { messageId: id });
          // Kept for `getMessage`: a recipient that could not decrypt asks for a retry.
          if (message?.message) sent.set(id, message.message);
        } finally {
          await presence(socket, 'paused', jid);
        }
      });
    },

    async stop() {
      if (phase === 'new') {
        phase = 'stopped';
        resolveClosed(null);
        return;
      }
      if (phase !== 'running') return void (await closed);
      phase = 'stopping';
      onMessage = undefined;
      leaseWait.abort();
      if (reconnectTimer) clearTimeout(reconnectTimer);
      reconnectTimer = undefined;
      // Sends waiting for a reconnect fail now; sends queued behind the limits still go out while
      // the socket is open, for up to stopFlushMs.
      if (!open) rejectWaiters(stoppedError());
      const left = await sends.drain(stopFlushMs, (n) =>
        new WhatsAppChannelError('WA_STOPPED', `not sent: the WhatsApp channel stopped with ${n} message(s) still queued`),
      );
      if (left.length > 0) {
        const count = left.reduce((n, l) => n + l.count, 0);
        log(`stopped with ${count} message(s) not sent: ${left.map((l) => `${jidToPhone(l.chat) ?? l.chat} (${l.count})`).join(', ')}`);
      }
      const socket = sock;
      detach?.();
      finish(null, 'stopped');
      if (socket) await Promise.resolve(socket.end(undefined)).catch(() => undefined);
      await upserts;
      // Last, once our socket is closed: the next process must not open it while ours still runs.
      await releaseLease();
    },
  };
}
