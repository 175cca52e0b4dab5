// The run outbox against a real SQLite store: runs are created and moved through the ledger, as
// the lifecycle and the engine do, and each drain hands on exactly what happened since the last.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RunLedger } from '../../runs/ledger.js';
import { RunFeed, RunOutbox, type RunChange } from '../../runs/outbox.js';
import type { TypedRun } from '../../runs/records.js';
import { openRunStore } from '../../store/open.js';
import type { NewRun, RunStore } from '../../store/types.js';

let dir: string;
let store: RunStore;
let ledger: RunLedger;
let outbox: RunOutbox;
let clock: number;
const logs: string[] = [];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-outbox-'));
  store = await openRunStore({ dataDir: dir });
  ledger = new RunLedger(store);
  clock = Date.now();
  logs.length = 0;
  outbox = new RunOutbox(store, { now: () => new Date(clock), log: (m) => logs.push(m), maxFailures: 2 });
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const base: Pick<NewRun, 'playbook' | 'serverId' | 'customerId' | 'requestedBy'> = { playbook: 'port_exhaustion', serverId: 'vos1', customerId: 'acme', requestedBy: 'chat:+8801700000001' };
const proposal = () => ledger.create({ ...base, kind: 'remediate', status: 'awaiting_approval', chat: '+8801700000001' });

/** What one drain hands on, as "R-1 approved by chat:rahim" / "R-1 ended succeeded". */
async function drain(): Promise<string[]> {
  const told: string[] = [];
  await outbox.drain(async (changes: readonly RunChange[], run: TypedRun) => {
    for (const c of changes) told.push('by' in c ? `${run.id} ${c.type} by ${c.by}` : c.type === 'ended' ? `${run.id} ended ${run.status}` : `${run.id} ${c.type}`);
  });
  return told;
}

describe('RunOutbox', () => {
  it('tells a proposal once when made, once when approved and once when it ends, nothing for the steps between', async () => {
    const run = await proposal();
    expect(await drain()).toEqual([`${run.id} proposed`]);
    expect(await drain()).toEqual([]);
    await ledger.move(run.id, 'queued', { approvedBy: 'chat:rahim', approvedAt: new Date(clock).toISOString() }, ['awaiting_approval']);
    expect(await drain()).toEqual([`${run.id} approved by chat:rahim`]);
    expect(await drain()).toEqual([]);
    await ledger.move(run.id, 'running', {}, ['queued']);
    expect(await drain()).toEqual([]);
    await ledger.move(run.id, 'succeeded', { finishedAt: new Date(clock).toISOString() }, ['running']);
    expect(await drain()).toEqual([`${run.id} ended succeeded`]);
    expect(await drain()).toEqual([]);
  });

  it('tells an approval and an end that both happened between two drains, in that order', async () => {
    const run = await proposal();
    await ledger.move(run.id, 'queued', { approvedBy: 'web:rahim' }, ['awaiting_approval']);
    await ledger.move(run.id, 'running', {}, ['queued']);
    await ledger.move(run.id, 'failed', { finishedAt: new Date(clock).toISOString() }, ['running']);
    expect(await drain()).toEqual([`${run.id} proposed`, `${run.id} approved by web:rahim`, `${run.id} ended failed`]);
  });

  it('tells a rejection or an expiry as the decision, not as an end', async () => {
    const rejected = await proposal();
    const expired = await proposal();
    await ledger.move(rejected.id, 'rejected', { approvedBy: 'chat:rahim', decisionNote: 'not now', finishedAt: new Date(clock).toISOString() }, ['awaiting_approval']);
    await ledger.move(expired.id, 'expired', { finishedAt: new Date(clock).toISOString() }, ['awaiting_approval']);
    expect(await drain()).toEqual([`${rejected.id} proposed`, `${rejected.id} rejected by chat:rahim`, `${expired.id} proposed`, `${expired.id} expired by system`]);
  });

  it('tells a rollback run when it is requested and when it ends; a direct run is not watched', async () => {
    const rb = await ledger.create({ ...base, kind: 'rollback', status: 'queued', requestedBy: 'chat:rahim', rollbackOf: 'R-7' });
    await ledger.create({ ...base, kind: 'remediate', status: 'running', requestedBy: 'cli:root' });
    expect(await drain()).toEqual([`${rb.id} rollback_requested by chat:rahim`]);
    await ledger.move(rb.id, 'running', {}, ['queued']);
    await ledger.move(rb.id, 'failed', { finishedAt: new Date(clock).toISOString(), outcome: 'ROLLBACK INCOMPLETE' }, ['running']);
    expect(await drain()).toEqual([`${rb.id} ended failed`]);
  });

  it('keeps a run whose telling failed for the next drain, and gives it up after the last try', async () => {
    const run = await ledger.create({ ...base, kind: 'diagnose', status: 'queued' });
    await ledger.move(run.id, 'running', {}, ['queued']);
    await ledger.move(run.id, 'diagnosed', { finishedAt: new Date(clock).toISOString() }, ['running']);
    const failing = () => outbox.drain(async () => Promise.reject(new Error('channel down')));
    expect(await failing()).toBe(0);
    expect(await drain()).toEqual([`${run.id} ended diagnosed`]);

    const other = await ledger.create({ ...base, kind: 'diagnose', status: 'queued' });
    await ledger.move(other.id, 'failed', { finishedAt: new Date(clock).toISOString() }, ['queued']);
    await failing();
    await failing();
    expect(await drain()).toEqual([]);
    expect(logs.join('\n')).toMatch(new RegExp(`telling people about ${other.id} failed \\(channel down\\); given up after 2 tries`));
  });

  it('does not announce a run that ended long before anyone read the outbox', async () => {
    const run = await ledger.create({ ...base, kind: 'remediate', status: 'queued' });
    await ledger.move(run.id, 'failed', { finishedAt: new Date(clock).toISOString() }, ['queued']);
    clock += 25 * 3600_000;
    expect(await drain()).toEqual([]);
    expect(logs.join('\n')).toMatch(new RegExp(`${run.id} ended failed at .*, too long ago to announce now`));
  });

  it('watches waiting runs an earlier version made, from where they stand', async () => {
    const old = await store.createRun({ ...base, kind: 'remediate', status: 'awaiting_approval', chat: '+8801700000001' });
    const direct = await store.createRun({ ...base, kind: 'remediate', status: 'running', requestedBy: 'cli:root' });
    expect(await outbox.sweep()).toEqual([old.id]);
    expect(await outbox.sweep()).toEqual([]);
    await ledger.move(old.id, 'queued', { approvedBy: 'chat:rahim' }, ['awaiting_approval']);
    await ledger.move(direct.id, 'succeeded', {}, ['running']);
    expect(await drain()).toEqual([`${old.id} approved by chat:rahim`]);
  });
});

describe('RunFeed', () => {
  it('drains at start and when woken, one drain at a time: wakes during a drain tell nothing twice', async () => {
    const feed = new RunFeed(outbox, { everyMs: 60_000 });
    const told: string[] = [];
    const run = await proposal();
    await ledger.move(run.id, 'queued', { approvedBy: 'chat:rahim' }, ['awaiting_approval']);
    await feed.start(async (changes, r) => {
      await new Promise((res) => setTimeout(res, 20));
      told.push(...changes.map((c) => `${r.id} ${c.type}`));
    });
    expect(told).toEqual([`${run.id} proposed`, `${run.id} approved`]);
    await ledger.move(run.id, 'running', {}, ['queued']);
    await ledger.move(run.id, 'succeeded', { finishedAt: new Date(clock).toISOString() }, ['running']);
    const second = await proposal();
    await ledger.move(second.id, 'queued', { approvedBy: 'chat:rahim' }, ['awaiting_approval']);
    feed.wake();
    feed.wake(); // coalesces with the first
    await new Promise((res) => setTimeout(res, 5)); // that drain is now telling (20 ms a run)
    await feed.flush(); // a second drain: it waits for the first, so it finds nothing left to tell
    expect(told.slice(2).sort()).toEqual([`${run.id} ended`, `${second.id} proposed`, `${second.id} approved`].sort());
    await feed.stop();
  });
});
