// The dashboard's JSON API over runs the real product made against the lab
// (testkit/recording.ts). Needs root (the lab) and Redis (database 7).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../store/types.js';
import { recordRuns, type Recording } from '../../testkit/recording.js';
import { testRedisUrl } from '../helpers/redis.js';
import { LAB_PASSWORDS, login, recordedHarness, type Login, type RecordedHarness } from './harness.js';

let recording: Recording;
let h: RecordedHarness;
let viewer: Login;

beforeAll(async () => {
  recording = await recordRuns({ redisUrl: testRedisUrl(7) });
  h = await recordedHarness(recording);
  viewer = await login(h.app, 'vera', LAB_PASSWORDS.vera);
});
afterAll(async () => h?.close());

const get = (url: string, cookie = viewer.cookie) => h.app.inject({ url, headers: { cookie } });
/** Recorded run ids matching `keep`, newest first as the store lists them. */
const newestFirst = (keep: (r: Run) => boolean) =>
  recording.runs
    .filter(keep)
    .map((r) => r.id)
    .sort((a, b) => Number(b.slice(2)) - Number(a.slice(2)));

describe('JSON API', () => {
  it("lists runs with the list page's filters, limit and offset", async () => {
    const all = (await get('/api/runs')).json();
    expect(all.total).toBe(recording.runs.length);
    expect(all.runs.map((r: Run) => r.id)).toEqual(newestFirst(() => true));
    const checks = newestFirst((r) => r.serverId === 'lab1' && r.status === 'diagnosed');
    expect(checks.length).toBeGreaterThanOrEqual(3);
    const page = (await get('/api/runs?server=lab1&status=diagnosed&limit=2&offset=1')).json();
    expect(page).toMatchObject({ total: checks.length, limit: 2, offset: 1 });
    expect(page.runs.map((r: Run) => r.id)).toEqual(checks.slice(1, 3));
    const hurried = newestFirst((r) => r.playbook === 'port_exhaustion' && (r.symptomText ?? '').toLowerCase().includes('please hurry'));
    expect(hurried.length).toBeGreaterThan(0);
    const found = (await get('/api/runs?q=PLEASE%20HURRY&playbook=port_exhaustion')).json();
    expect(found.runs.map((r: Run) => r.id)).toEqual(hurried);
    expect(found.total).toBeNull();
    expect((await get('/api/runs?from=2099-01-01')).json().total).toBe(0);
  });

  it('answers 400 for invalid filters', async () => {
    const res = await get('/api/runs?status=done&limit=100000');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/status/);
    expect(res.json().message).toMatch(/limit/);
  });

  it('returns one run as stored, with raw ids, its plan, its three reads and its steps', async () => {
    const recorded = recording.runs.find((r) => r.id === recording.ids.succeeded)!;
    const res = await get(`/api/runs/${recorded.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.run).toMatchObject({ id: recorded.id, status: 'succeeded', approvedBy: 'chat:rahim', requestedBy: 'chat:+8801700000001' });
    expect(body.run.plan).toEqual(recorded.plan);
    expect(body.run.requests).toEqual(recorded.requests);
    expect(body.run.factsBefore).toEqual(recorded.factsBefore);
    expect(body.run.factsAtApply).toEqual(recorded.factsAtApply);
    expect(body.run.factsAfter).toEqual(recorded.factsAfter);
    const steps = recording.steps[recorded.id]!;
    expect(body.steps.map((s: { seq: number; phase: string; name: string }) => [s.seq, s.phase, s.name])).toEqual(steps.map((s, i) => [i + 1, s.phase, s.name]));
    expect(body.steps[0]).toMatchObject({ seq: 1, phase: 'connect' });
    expect((await get('/api/runs/R-424242')).statusCode).toBe(404);
  });

  it('counts pending runs for the header badge', async () => {
    const pending = recording.runs.filter((r) => r.status === 'awaiting_approval').length;
    expect(pending).toBe(2);
    expect((await get('/api/pending-count')).json()).toEqual({ count: pending });
  });

  it('wants a session: 401 JSON without one or with a forged cookie', async () => {
    for (const cookie of ['', 'vos_session=forged']) {
      const res = await get('/api/runs', cookie);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/json');
    }
  });
});
