import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BufferJSON, initAuthCreds, proto } from '@whiskeysockets/baileys';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { authStateFromStore, WHATSAPP_AUTH_NAMESPACE } from '../../../../bot/channels/whatsapp/auth-store.js';
import { openRunStore, type RunStore } from '../../../../store/index.js';

describe('authStateFromStore', () => {
  const root = mkdtempSync(join(tmpdir(), 'vos-wa-auth-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let dirs = 0;
  async function fileStore(): Promise<RunStore> {
    return openRunStore({ dataDir: join(root, `data-${++dirs}`) });
  }

  it('starts from fresh credentials and round-trips them with their Buffers', async () => {
    const store = await fileStore();
    try {
      const first = await authStateFromStore(store);
      expect(first.state.creds.registered).toBe(false);
      first.state.creds.registered = true;
      first.state.creds.routingInfo = Buffer.from('routing');
      await first.saveCreds();

      const second = await authStateFromStore(store);
      const a = first.state.creds;
      const b = second.state.creds;
      expect(b.registered).toBe(true);
      expect(b.advSecretKey).toBe(a.advSecretKey);
      expect(b.registrationId).toBe(a.registrationId);
      expect(Buffer.isBuffer(b.noiseKey.public)).toBe(true);
      expect(Buffer.from(b.noiseKey.public)).toEqual(Buffer.from(a.noiseKey.public));
      expect(Buffer.from(b.signedIdentityKey.private)).toEqual(Buffer.from(a.signedIdentityKey.private));
      expect(Buffer.from(b.signedPreKey.signature)).toEqual(Buffer.from(a.signedPreKey.signature));
      expect(b.routingInfo?.toString()).toBe('routing');
    } finally {
      await store.close();
    }
  });

  it('sets, gets and deletes (null) keys, per namespace', async () => {
    const store = await fileStore();
    try {
      const auth = await authStateFromStore(store, 'wa-test');
      const preKey = { public: Buffer.from([1, 2, 3]), private: Buffer.from([4, 5, 6]) };
      await auth.state.keys.set({
        'pre-key': { '1': preKey, '2': preKey },
        session: { '8801700000001.0': Buffer.from('session') },
        'lid-mapping': { '8801700000001': '123456789012345' },
        'app-state-sync-key': { AAAA: { keyData: Buffer.from([9, 9]), timestamp: 1767268800 } },
      });
      const got = await auth.state.keys.get('pre-key', ['1', '2', '3']);
      expect(Object.keys(got).sort()).toEqual(['1', '2']);
      expect(Buffer.from(got['1']!.private)).toEqual(preKey.private);
      expect(await auth.state.keys.get('lid-mapping', ['8801700000001'])).toEqual({ '8801700000001': '123456789012345' });
      const appKey = (await auth.state.keys.get('app-state-sync-key', ['AAAA']))['AAAA'];
      expect(appKey).toBeInstanceOf(proto.Message.AppStateSyncKeyData);
      expect(Buffer.from(appKey!.keyData!)).toEqual(Buffer.from([9, 9]));

      await auth.state.keys.set({ 'pre-key': { '1': null } });
      expect(Object.keys(await auth.state.keys.get('pre-key', ['1', '2']))).toEqual(['2']);
      expect(await authStateFromStore(store).then((other) => other.state.keys.get('pre-key', ['2']))).toEqual({});
    } finally {
      await store.close();
    }
  });

  it('writes one keys.set in one putDocs transaction, deletes included', async () => {
    const store = await fileStore();
    try {
      const auth = await authStateFromStore(store);
      await auth.state.keys.set({ 'pre-key': { '7': { public: Buffer.from([7]), private: Buffer.from([8]) } } });
      const putDocs = vi.spyOn(store, 'putDocs');
      const putDoc = vi.spyOn(store, 'putDoc');
      const deleteDoc = vi.spyOn(store, 'deleteDoc');
      // What Baileys commits after decrypting a first message: the new session, its pre-key used up.
      await auth.state.keys.set({ session: { '8801700000001.0': Buffer.from('session') }, 'pre-key': { '7': null } });
      expect(putDocs).toHaveBeenCalledTimes(1);
      expect(putDocs.mock.calls[0]![1].map((e) => [e.key, e.value === null])).toEqual([
        ['key/session/8801700000001.0', false],
        ['key/pre-key/7', true],
      ]);
      expect(putDoc).not.toHaveBeenCalled();
      expect(deleteDoc).not.toHaveBeenCalled();
      expect((await store.listDocs(WHATSAPP_AUTH_NAMESPACE)).map((d) => d.key)).toEqual(['key/session/8801700000001.0']);
    } finally {
      await store.close();
    }
  });

  it('clear() deletes the whole namespace and ignores later writes', async () => {
    const store = await fileStore();
    try {
      const auth = await authStateFromStore(store);
      await auth.saveCreds();
      await auth.state.keys.set({ session: { a: Buffer.from('x') } });
      await store.putDoc('other', 'keep', 1);
      await auth.clear();
      await auth.saveCreds();
      await auth.state.keys.set({ session: { b: Buffer.from('y') } });
      expect(await store.listDocs(WHATSAPP_AUTH_NAMESPACE)).toEqual([]);
      expect(await store.getDoc('other', 'keep')).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('reads creds written by hand as plain BufferJSON objects too', async () => {
    const store = await fileStore();
    try {
      const creds = initAuthCreds();
      await store.putDoc(WHATSAPP_AUTH_NAMESPACE, 'creds', JSON.parse(JSON.stringify(creds, BufferJSON.replacer)));
      const auth = await authStateFromStore(store);
      expect(Buffer.from(auth.state.creds.noiseKey.public)).toEqual(Buffer.from(creds.noiseKey.public));
    } finally {
      await store.close();
    }
  });
});
