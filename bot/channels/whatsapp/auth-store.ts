// Baileys' auth state (creds and Signal keys) kept as documents of the run store.
import { BufferJSON, initAuthCreds, proto } from '@whiskeysockets/baileys';
import type { AuthenticationCreds, AuthenticationState, SignalDataSet, SignalDataTypeMap, SignalKeyStore } from '@whiskeysockets/baileys';
import type { DocEntry, RunStore } from '../../../store/types.js';

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
 * store, instead of the demo-only `useMultiFileAuthState` folder. Every `keys.set` is one
 * `putDocs` transaction, so a crash mid-write leaves all of the keys Baileys handed over or none,
 * never half a file or half a session. Values are encoded with Baileys' `BufferJSON`, which keeps Buffers and Uint8Arrays.
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
      // One transaction for the whole set: Baileys hands over the keys of one step together (a
      // session with its pre-key deleted, a batch of new pre-keys), and half of them would leave
      // a session that cannot decrypt.
      const entries: DocEntry[] = [];
      for (const [type, values] of Object.entries(data)) {
        for (const [id, value] of Object.entries(values ?? {})) {
          entries.push({ key: keyDoc(type, id), value: value === null || value === undefined ? null : encode(value) });
        }
      }
      await store.putDocs(namespace, entries);
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
    await store.putDocs(namespace, docs.map((doc) => ({ key: doc.key, value: null })));
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
