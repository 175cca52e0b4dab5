import { register } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../web/metrics.js';
import { createPendingRun, finishRun } from './fixtures.js';
import { harness, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const line = (text: string, prefix: string) => text.split('\n').find((l) => l.startsWith(prefix));

describe('metrics', () => {
  it('serve runs by playbook and status from the store, in Prometheus text format, without login', async () => {
    h = await harness();
    await createPendingRun(h.store);
    await h.store.createRun({ kind: 'diagnose', playbook: null, serverId: 'vos1', customerId: 'acme', status: 'diagnosed', requestedBy: 'cli:root' });
    const res = await h.app.inject({ url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(line(res.body, 'vos_assist_runs{playbook="port_exhaustion",status="awaiting_approval"}')).toMatch(/ 1$/);
    expect(line(res.body, 'vos_assist_runs{playbook="none",status="diagnosed"}')).toMatch(/ 1$/);
    expect(line(res.body, 'vos_assist_runs{playbook="firewall_rst",status="failed"}')).toMatch(/ 0$/);
  });

  it('count finished runs once with their duration, matcher decisions and approvals', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    await h.actions.approve(run.id, { kind: 'engineer', engineer: h.config.engineers[0]!, via: 'web' });
    const clock = [new Date('2025-01-01T00:00:00Z'), new Date('2025-01-01T00:00:42Z')];
    const finished = await finishRun(h.store, run.id, () => clock.shift() ?? new Date('2025-01-01T00:00:42Z'));
    h.metrics.observeRun(finished);
    h.metrics.observeRun(finished);
    h.metrics.observeRun({ ...finished, id: 'R-77', status: 'running' });
    h.metrics.observeMatch({ playbook: 'port_exhaustion', decision: 'confident' });
    h.metrics.observeMatch({ playbook: null, decision: 'none' });
    const text = (await h.app.inject({ url: '/metrics' })).body;
    expect(line(text, 'vos_assist_runs_finished_total{playbook="port_exhaustion",kind="remediate",status="succeeded"}')).toMatch(/ 1$/);
    expect(line(text, 'vos_assist_run_duration_seconds_sum{playbook="port_exhaustion",kind="remediate",status="succeeded"}')).toMatch(/ 42$/);
    expect(line(text, 'vos_assist_run_duration_seconds_bucket{le="60",playbook="port_exhaustion",kind="remediate",status="succeeded"}')).toMatch(/ 1$/);
    expect(line(text, 'vos_assist_run_duration_seconds_bucket{le="30",playbook="port_exhaustion",kind="remediate",status="succeeded"}')).toMatch(/ 0$/);
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
