import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../store/types.js';
import { createPendingRun, finishRun } from './fixtures.js';
import { harness, login, PASSWORDS, type Harness, type Login } from './harness.js';

describe('JSON API', () => {
  let h: Harness;
  let viewer: Login;
  let done: Run;

  beforeAll(async () => {
    h = await harness();
    viewer = await login(h.app, 'nadia', PASSWORDS.nadia);
    await createPendingRun(h.store);
    done = await createPendingRun(h.store, { serverId: 'vos2', symptomText: 'BindException at peak' });
    await h.actions.approve(done.id, { kind: 'engineer', engineer: h.config.engineers[0]!, via: 'chat' });
    await finishRun(h.store, done.id);
    for (let i = 0; i < 7; i++) await h.store.createRun({ kind: 'diagnose', playbook: null, serverId: 'vos1', customerId: 'acme', status: 'diagnosed', requestedBy: 'cli:root' });
  });
  afterAll(async () => h.close());

  const get = (url: string, cookie = viewer.cookie) => h.app.inject({ url, headers: { cookie } });

  it('lists runs with the list page\'s filters, limit and offset', async () => {
    const all = (await get('/api/runs')).json();
    expect(all.total).toBe(9);
    expect(all.runs).toHaveLength(9);
    const page = (await get('/api/runs?server=vos1&status=diagnosed&limit=3&offset=3')).json();
    expect(page).toMatchObject({ total: 7, limit: 3, offset: 3 });
    expect(page.runs).toHaveLength(3);
    const found = (await get('/api/runs?q=bindexception&playbook=port_exhaustion')).json();
    expect(found.runs.map((r: Run) => r.id)).toEqual([done.id]);
    const none = (await get('/api/runs?from=2099-01-01')).json();
    expect(none.total).toBe(0);
  });

  it('answers 400 for invalid filters', async () => {
    const res = await get('/api/runs?status=done&limit=100000');
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/status/);
    expect(res.json().message).toMatch(/limit/);
  });

  it('returns one run with its steps', async () => {
    const res = await get(`/api/runs/${done.id}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.run).toMatchObject({ id: done.id, status: 'succeeded', approvedBy: 'chat:rahim' });
    expect(body.run.factsAfter.timeWaitCount).toBe(3120);
    expect(body.steps).toHaveLength(7);
    expect(body.steps[0]).toMatchObject({ seq: 1, phase: 'connect' });
    expect((await get('/api/runs/R-424242')).statusCode).toBe(404);
  });

  it('counts pending runs for the header badge', async () => {
    expect((await get('/api/pending-count')).json()).toEqual({ count: 1 });
  });

  it('wants a session: 401 JSON without one or with a forged cookie', async () => {
    for (const cookie of ['', 'vos_session=forged']) {
      const res = await get('/api/runs', cookie);
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/json');
    }
  });
});
