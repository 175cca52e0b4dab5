// The recording the dashboard is tested on, checked against the run model: every run the
// engine and the conversation wrote reads back through the schemas, and the recording holds
// what the dashboard suites rely on. Needs root (the lab) and Redis (database 1).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedRun } from '../../runs/records.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { recordRuns, replayRecording, type Recording } from '../../testkit/recording.js';
import { testRedisUrl } from '../helpers/redis.js';

let recording: Recording;
let store: RunStore;

beforeAll(async () => {
  recording = await recordRuns({ redisUrl: testRedisUrl(1) });
  store = await openRunStore({ dataDir: mkdtempSync(join(tmpdir(), 'vos-replay-')) });
}, 120_000);
afterAll(async () => store?.close());

describe('a recording of the real product', () => {
  it('has an applied run with three reads, two pending and a rejected proposal, all valid run JSON', () => {
    const typed = recording.runs.map(typedRun);
    const byId = (id: string) => typed.find((r) => r.id === id)!;
    const applied = byId(recording.ids.succeeded);
    expect(applied.status).toBe('succeeded');
    expect(applied.factsBefore).not.toBeNull();
    expect(applied.factsAtApply).not.toBeNull();
    expect(applied.factsAfter).not.toBeNull();
    // TIME_WAIT grew while the proposal waited, so the read it was proposed on is its own figure.
    expect(applied.factsAtApply!.timeWaitCount!).toBeGreaterThanOrEqual(applied.factsBefore!.timeWaitCount! + 250);
    expect(applied.verification?.ok).toBe(true);
    expect(applied.requests).toHaveLength(2);
    expect(applied.plan?.files.length).toBe(2);
    const pending = byId(recording.ids.pending);
    expect(pending).toMatchObject({ status: 'awaiting_approval', serverId: 'lab2' });
    expect(pending.plan!.changes.map((c) => c.key)).toEqual(['net.ipv4.tcp_tw_reuse', 'net.ipv4.ip_local_port_range']);
    expect(pending.plan!.intent.skipped.map((s) => s.key)).toEqual(['SS_TCP_CLOSE_RESET']);
    const full = byId(recording.ids.pendingFull);
    expect(full).toMatchObject({ status: 'awaiting_approval', serverId: 'lab1' });
    expect(full.plan!.changes.map((c) => [c.key, c.from, c.to])).toEqual([
      ['SS_TCP_CLOSE_RESET', 'Off', 'On'],
      ['net.ipv4.tcp_tw_reuse', '0', '1'],
      ['net.ipv4.ip_local_port_range', '32768 60999', '1024 65535'],
    ]);
    expect(full.plan!.reload).toBe(true);
    expect(byId(recording.ids.rejected).status).toBe('rejected');
    expect(recording.ids.failed).toBeUndefined();
  });

  it('replays into a fresh store with the same ids, fields and journals', async () => {
    const ids = await replayRecording(store, recording);
    for (const [from, to] of ids) expect(to).toBe(from);
    for (const r of recording.runs) {
      const { updatedAt: _a, ...stored } = (await store.getRun(r.id))!;
      const { updatedAt: _b, createdAt: _c, ...recorded } = r;
      expect(stored).toMatchObject(recorded);
      expect((await store.listSteps(r.id)).map((s) => [s.phase, s.name, s.status])).toEqual((recording.steps[r.id] ?? []).map((s) => [s.phase, s.name, s.status]));
    }
  });
});
