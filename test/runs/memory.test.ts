// Customer memory in a real SQLite run store: one schema checked on write and on read, one
// entry per run and topic, what it holds back and for how long, and the NAT/TLS guard's words.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdsFor, MEMORY_NAMESPACE, MemoryStore, saidAbout, StoredMemoryError, type NewMemoryEntry } from '../../runs/memory.js';
import { rstGuard } from '../../runs/rst-guard.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';

let dir: string;
let store: RunStore;
let memory: MemoryStore;
const t0 = new Date('2025-03-01T10:00:00Z');
const at = (mins: number) => new Date(t0.getTime() + mins * 60_000);
const DAY = 24 * 3600_000;

const rejected = (runId: string, reason: string, mins = 0): NewMemoryEntry => ({
  kind: 'rejected',
  at: at(mins).toISOString(),
  serverId: 'lab1',
  runId,
  playbook: 'port_exhaustion',
  by: 'chat:rahim',
  reason,
  changes: [
    { key: 'SS_TCP_CLOSE_RESET', from: 'Off', to: 'On' },
    { key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1' },
  ],
});

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-memory-'));
  store = await openRunStore({ dataDir: dir });
  memory = new MemoryStore(store);
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('MemoryStore', () => {
  it('numbers entries per customer, keeps one per run and kind and one statement per topic and server', async () => {
    await memory.add('acme', rejected('R-2', 'not now'), t0);
    await memory.add('acme', rejected('R-2', 'not now'), t0);
    await memory.add('acme', { kind: 'said', at: t0.toISOString(), serverId: 'lab1', topic: 'tls', value: true, text: 'we use TLS', chat: '+8801700000001' }, t0);
    await memory.add('acme', { kind: 'said', at: at(5).toISOString(), serverId: 'lab1', topic: 'tls', value: false, text: 'no TLS after all', chat: '+8801700000001' }, t0);
    const m = await memory.read('acme');
    expect(m.entries.map((e) => [e.id, e.kind])).toEqual([
      [2, 'rejected'],
      [4, 'said'],
    ]);
    expect(saidAbout(m, 'lab1').tls).toMatchObject({ value: false, text: 'no TLS after all' });
    expect(await memory.read('globex')).toEqual({ customerId: 'globex', nextId: 1, entries: [] });
  });

  it('refuses to write an entry that does not fit the schema, and says which document is broken when reading one', async () => {
    await expect(memory.add('acme', { ...rejected('R-2', 'x'), kind: 'vetoed' } as unknown as NewMemoryEntry, t0)).rejects.toThrow();
    expect(await store.getDoc(MEMORY_NAMESPACE, 'acme')).toBeNull();
    await store.putDoc(MEMORY_NAMESPACE, 'acme', { customerId: 'acme', nextId: 2, entries: [{ id: 1, kind: 'said', topic: 'ipv6' }] });
    const err = await memory.read('acme').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoredMemoryError);
    expect((err as Error).message).toMatch(/customer-memory\/acme/);
  });

  it('forgets what it is asked to, and nothing else', async () => {
    await memory.add('acme', rejected('R-2', 'not now'), t0);
    await memory.add('acme', rejected('R-5', 'not yet'), t0);
    const gone = await memory.forget('acme', (e) => 'runId' in e && e.runId === 'R-2');
    expect(gone.map((e) => e.id)).toEqual([1]);
    expect((await memory.read('acme')).entries.map((e) => e.id)).toEqual([2]);
  });
});

describe('holdsFor', () => {
  it('holds what a rejection named, for its problem, until the hold time is over', async () => {
    await memory.add('acme', rejected('R-2', 'RST caused NAT trouble an hour ago'), t0);
    const m = await memory.read('acme');
    const holds = holdsFor(m, 'lab1', at(40), DAY, (raw) => (raw === 'chat:rahim' ? 'Rahim' : raw));
    expect(holds).toEqual([
      { key: 'SS_TCP_CLOSE_RESET', to: 'On', playbook: 'port_exhaustion', entryId: 1, until: new Date(t0.getTime() + DAY).toISOString(), reason: 'Rahim rejected SS_TCP_CLOSE_RESET → On 40 min ago (R-2): "RST caused NAT trouble an hour ago"' },
    ]);
    expect(holdsFor(m, 'lab1', new Date(t0.getTime() + DAY), DAY)).toEqual([]);
    expect(holdsFor(m, 'lab2', at(1), DAY)).toEqual([]);
  });

  it('holds every change of a rejection that names none', async () => {
    await memory.add('acme', rejected('R-2', 'not during the peak season'), t0);
    expect(holdsFor(await memory.read('acme'), 'lab1', at(1), DAY).map((h) => `${h.key}=${h.to}`)).toEqual(['SS_TCP_CLOSE_RESET=On', 'net.ipv4.tcp_tw_reuse=1']);
  });

  it('holds the setting a trouble fix took back, and what a rollback undid, for any problem', async () => {
    await memory.add('acme', { kind: 'applied', at: t0.toISOString(), serverId: 'lab1', runId: 'R-7', playbook: 'nat_unregistered', changes: [{ key: 'SS_TCP_CLOSE_RESET', from: 'On', to: 'Off' }] }, t0);
    await memory.add('acme', { kind: 'applied', at: t0.toISOString(), serverId: 'lab1', runId: 'R-3', playbook: 'port_exhaustion', changes: [{ key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1' }] }, t0);
    await memory.add('acme', { kind: 'rolled_back', at: t0.toISOString(), serverId: 'lab1', runId: 'R-3', rollbackId: 'R-9', by: 'chat:rahim', changes: [{ key: 'net.ipv4.tcp_tw_reuse', from: '0', to: '1' }] }, t0);
    const holds = holdsFor(await memory.read('acme'), 'lab1', at(10), DAY);
    expect(holds.map((h) => [h.key, h.to, h.playbook ?? null, h.reason])).toEqual([
      ['SS_TCP_CLOSE_RESET', 'On', null, 'R-7 turned SS_TCP_CLOSE_RESET On → Off 10 min ago because phones behind NAT lost their registration'],
      ['net.ipv4.tcp_tw_reuse', '1', null, 'R-3 (net.ipv4.tcp_tw_reuse → 1) was rolled back 10 min ago (R-9, asked by chat:rahim)'],
    ]);
  });
});

describe('rstGuard', () => {
  const facts = (over: Partial<{ tags: string[]; sipTlsConnections: number | null; tcpCloseReset: 'On' | 'Off' | null }>) => ({ tags: [], sipTlsConnections: 0, tcpCloseReset: 'Off' as const, ...over });

  it('follows the value read: stays Off when Off, should be Off when On', () => {
    expect(rstGuard(facts({ tags: ['nat-phones'] }))?.text).toBe('RST close stays Off: this server has phones behind NAT (tag nat-phones), and RST costs them their registration.');
    expect(rstGuard(facts({ tags: ['nat-phones'], tcpCloseReset: 'On' }))?.text).toBe('RST close is On, but this server has phones behind NAT (tag nat-phones), and RST costs them their registration: it should be Off.');
    expect(rstGuard(facts({ sipTlsConnections: 3, tcpCloseReset: null }))?.text).toBe('RST close should be Off: this server uses SIP over TLS (3 TLS connections open when read), and RST skips the TLS close_notify.');
    expect(rstGuard(facts({}))).toBeNull();
  });

  it('rests on the customer\'s word only when nothing else says so, and says where the server disagrees', async () => {
    await memory.add('acme', { kind: 'said', at: t0.toISOString(), serverId: null, topic: 'tls', value: true, text: 'we use TLS', chat: 'c' }, t0);
    await memory.add('acme', { kind: 'said', at: t0.toISOString(), serverId: 'lab1', topic: 'nat', value: false, text: 'no NAT here', chat: 'c' }, t0);
    const said = saidAbout(await memory.read('acme'), 'lab1');
    const g = rstGuard(facts({ tags: ['nat-phones'], tcpCloseReset: 'On' }), said, at(3))!;
    expect(g.customerWord).toBe(true);
    expect(g.text).toBe(
      'RST close is On, but this server has phones behind NAT (tag nat-phones; the customer told us there are none, but the tag stands until an engineer removes it), and RST costs them their registration; this server uses SIP over TLS (as the customer told us 3 min ago; no TLS connection was open when the server was read), and RST skips the TLS close_notify: it should be Off.',
    );
  });
});
