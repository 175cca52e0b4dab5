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
  it('has an applied run with three reads, a pending and a rejected proposal, all valid run JSON', () => {
    const typed = recording.runs.map(typedRun);
    const applied = typed.find((r) => r.id === recording.ids.succeeded)!;
    expect(applied.status).toBe('succeeded');
    expect(applied.factsBefore).not.toBeNull();
    expect(applied.factsAtApply).not.toBeNull();
    expect(applied.factsAfter).not.toBeNull();
    expect(applied.verification?.ok).toBe(true);
    expect(applied.requests).toHaveLength(2);
    expect(applied.plan?.files.length).toBe(2);
    expect(typed.find((r) => r.id === recording.ids.pending)?.status).toBe('awaiting_approval');
    expect(typed.find((r) => r.id === recording.ids.rejected)?.status).toBe('rejected');
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
