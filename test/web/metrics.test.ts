// Metrics and health endpoints; the run counts and durations come from runs the real product
// made against the lab (testkit/recording.ts). Needs root (the lab) and Redis (database 14).
import { register } from 'prom-client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { recordRuns, type Recording } from '../../testkit/recording.js';
import { createMetrics } from '../../web/metrics.js';
import { testRedisUrl } from '../helpers/redis.js';
import { harness, recordedHarness, type Harness } from './harness.js';

let recording: Recording;
beforeAll(async () => {
  recording = await recordRuns({ redisUrl: testRedisUrl(14), outcomes: true });
});

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));
const value = (text: string, prefix: string) => Number(line(text, prefix)?.split(' ').pop());
const seconds = (r: { startedAt: string | null; finishedAt: string | null }) => (Date.parse(r.finishedAt!) - Date.parse(r.startedAt!)) / 1000;

describe('metrics', () => {
  it('serve runs by playbook and status from the store, in Prometheus text format, without login', async () => {
    h = await recordedHarness(recording);
    const count = (playbook: string | null, status: string) => recording.runs.filter((r) => r.playbook === playbook && r.status === status).length;
    const res = await h.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(count('port_exhaustion', 'awaiting_approval')).toBe(2);
    for (const [playbook, status] of [['port_exhaustion', 'awaiting_approval'], ['port_exhaustion', 'diagnosed'], ['port_exhaustion', 'succeeded'], ['port_exhaustion', 'failed'], ['port_exhaustion', 'rolled_back'], ['port_exhaustion', 'expired'], ['nat_unregistered', 'rejected']] as const) {
      expect(count(playbook, status), `${playbook} ${status}`).toBeGreaterThan(0);
      expect(value(res.body, `vos_assist_runs{playbook="${playbook}",status="${status}"}`), `${playbook} ${status}`).toBe(count(playbook, status));
    }
    expect(value(res.body, 'vos_assist_runs{playbook="firewall_rst",status="failed"}')).toBe(0);
  });

  it('count finished runs once with their duration, matcher decisions and approvals', async () => {
    h = await recordedHarness(recording);
    expect((await h.actions.approve(recording.ids.pendingFull, { kind: 'engineer', engineer: h.config.engineers.find((e) => e.id === 'rahim')!, via: 'web' })).ok).toBe(true);
    const succeeded = (await h.store.getRun(recording.ids.succeeded))!;
    const failed = (await h.store.getRun(recording.ids.failed!))!;
    h.metrics.observeRun(succeeded);
    h.metrics.observeRun(succeeded);
    h.metrics.observeRun(failed);
    // Not finished: counted by nobody.
    h.metrics.observeRun((await h.store.getRun(recording.ids.pending))!);
    h.metrics.observeRun((await h.store.getRun(recording.ids.pendingFull))!);
    h.metrics.observeMatch({ playbook: 'port_exhaustion', decision: 'confident' });
    h.metrics.observeMatch({ playbook: null, decision: 'none' });
    const text = (await h.app.inject({ url: '/metrics' })).body;
    const labels = (status: string) => `playbook="port_exhaustion",kind="remediate",status="${status}"`;
    for (const r of [succeeded, failed]) {
      expect(value(text, `vos_assist_runs_finished_total{${labels(r.status)}}`), r.status).toBe(1);
      expect(value(text, `vos_assist_run_duration_seconds_sum{${labels(r.status)}}`), r.status).toBeCloseTo(seconds(r), 6);
      // Each bucket holds the run when its duration, in seconds, is at most the bucket's bound.
      for (const le of [1, 2, 5, 60]) expect(value(text, `vos_assist_run_duration_seconds_bucket{le="${le}",${labels(r.status)}}`), `${r.status} le=${le}`).toBe(seconds(r) <= le ? 1 : 0);
    }
    expect(line(text, `vos_assist_runs_finished_total{${labels('awaiting_approval')}}`)).toBeUndefined();
    expect(line(text, `vos_assist_runs_finished_total{${labels('queued')}}`)).toBeUndefined();
    expect(line(text, 'vos_assist_matcher_decisions_total{decision="confident",playbook="port_exhaustion"}')).toMatch(/ 1$/);
    expect(line(text, 'vos_assist_matcher_decisions_total{decision="none",playbook="none"}')).toMatch(/ 1$/);
    expect(line(text, 'vos_assist_run_decisions_total{type="approved",via="web"}')).toMatch(/ 1$/);
  });

  it('report queue depth per queue and state, and a queue that does not answer as down', async () => {
    const metrics = createMetrics();
    metrics.attach({
      queues: [
        { name: 'vos-remediate', getJobCounts: async () => ({ waiting: 3, active: 1, failed: 2 }) },
        { name: 'vos-diagnose', getJobCounts: () => Promise.reject(new Error('ECONNREFUSED')) },
      ],
    });
    const text = await metrics.render();
    expect(line(text, 'vos_assist_queue_jobs{queue="vos-remediate",state="waiting"}')).toMatch(/ 3$/);
    expect(line(text, 'vos_assist_queue_jobs{queue="vos-remediate",state="failed"}')).toMatch(/ 2$/);
    expect(line(text, 'vos_assist_queue_up{queue="vos-remediate"}')).toMatch(/ 1$/);
    expect(line(text, 'vos_assist_queue_up{queue="vos-diagnose"}')).toMatch(/ 0$/);
  });

  it('leave the global prom-client registry alone, so two instances do not collide', async () => {
    createMetrics();
    createMetrics({ processMetrics: true });
    expect(await register.getMetricsAsJSON()).toEqual([]);
  });

  it('want a bearer token when one is configured', async () => {
    h = await harness({ metricsToken: 'scrape-secret' });
    expect((await h.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect((await h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer nope' } })).statusCode).toBe(401);
    expect((await h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-secret' } })).statusCode).toBe(200);
  });
});

describe('health', () => {
  it('/healthz answers without login', async () => {
    h = await harness();
    const res = await h.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz is 200 while the store answers and 503 when it does not', async () => {
    h = await harness();
    expect((await h.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', checks: { store: 'ok' } });
    await h.store.close();
    const res = await h.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(503);
    expect(res.json().status).toBe('not ready');
  });
});
