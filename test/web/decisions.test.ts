import { afterEach, describe, expect, it } from 'vitest';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { createWebServer } from '../../web/server.js';
import { createPendingRun, finishRun } from './fixtures.js';
import { harness, login, PASSWORDS, postForm, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

const chatActor = (h: Harness) => ({ kind: 'engineer' as const, engineer: h.config.engineers.find((e) => e.id === 'rahim')!, via: 'chat' as const });

describe('approve, reject and roll back in the browser', () => {
  it('approves through the form: the run is queued, attributed to the web, and enqueued', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await postForm(h.app, who, `/runs/${run.id}/approve`, { _csrf: who.csrf, next: 'pending' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/pending?notice=approved');
    const after = await h.store.getRun(run.id);
    expect(after).toMatchObject({ status: 'queued', approvedBy: 'web:rahim' });
    expect(h.enqueued).toEqual([{ id: run.id, kind: 'remediate' }]);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain('Approved. The run is queued');
  });

  it('rejects with the reason given', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await postForm(h.app, who, `/runs/${run.id}/reject`, { _csrf: who.csrf, reason: 'customer has NATed phones' });
    expect(res.headers.location).toBe(`/runs/${run.id}?notice=rejected`);
    expect(await h.store.getRun(run.id)).toMatchObject({ status: 'rejected', decisionNote: 'customer has NATed phones', approvedBy: 'web:rahim' });
    expect(h.enqueued).toEqual([]);
  });

  it('tells the browser when the chat decided first', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect((await h.actions.approve(run.id, chatActor(h))).ok).toBe(true);
    const res = await postForm(h.app, who, `/runs/${run.id}/approve`, { _csrf: who.csrf });
    expect(res.headers.location).toBe(`/runs/${run.id}?notice=already_decided`);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain('Someone else decided this run first');
    expect(page.body).toContain('chat:rahim');
    expect(h.enqueued).toHaveLength(1);
  });

  it('lets exactly one of a simultaneous chat and browser approval win', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const [web, chat] = await Promise.all([postForm(h.app, who, `/runs/${run.id}/approve`, { _csrf: who.csrf }), h.actions.approve(run.id, chatActor(h))]);
    const webWon = web.headers.location === `/runs/${run.id}?notice=approved`;
    expect(webWon).toBe(!chat.ok);
    expect(h.enqueued).toHaveLength(1);
  });

  it('tells the browser a proposal expired', async () => {
    h = await harness();
    const old = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    // Actions whose clock is a day ahead see every proposal as expired.
    const later = new RunLifecycle({ store: h.store, config: () => h.config, queue: { enqueue: async () => undefined }, now: () => new Date(Date.now() + 24 * 3600_000) });
    const app = await createWebServer({ store: h.store, actions: later, config: h.config });
    try {
      const res = await postForm(app, who, `/runs/${old.id}/approve`, { _csrf: who.csrf });
      expect(res.headers.location).toBe(`/runs/${old.id}?notice=expired`);
      expect((await h.store.getRun(old.id))?.status).toBe('expired');
    } finally {
      await app.close();
    }
  });

  it('rolls back a finished run by creating a queued rollback run, and only once', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    await h.actions.approve(run.id, chatActor(h));
    await finishRun(h.store, run.id);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const detail = await h.app.inject({ url: `/runs/${run.id}`, headers: { cookie: who.cookie } });
    expect(detail.body).toContain('data-action="rollback"');
    const res = await postForm(h.app, who, `/runs/${run.id}/rollback`, { _csrf: who.csrf });
    expect(res.statusCode).toBe(303);
    const rb = (await h.store.listRuns({ kind: 'rollback' }))[0]!;
    expect(res.headers.location).toBe(`/runs/${rb.id}?notice=rollback`);
    expect(rb).toMatchObject({ status: 'queued', rollbackOf: run.id, requestedBy: 'web:rahim' });
    const again = await postForm(h.app, who, `/runs/${run.id}/rollback`, { _csrf: who.csrf });
    expect(again.headers.location).toBe(`/runs/${run.id}?notice=already_decided`);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain(`href="/runs/${run.id}"`);
  });
});

describe('roles and CSRF', () => {
  it('shows viewers no decision buttons and refuses their forged POSTs with 403', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const viewer = await login(h.app, 'nadia', PASSWORDS.nadia);
    for (const url of ['/pending', `/runs/${run.id}`]) {
      const page = await h.app.inject({ url, headers: { cookie: viewer.cookie } });
      expect(page.statusCode).toBe(200);
      expect(page.body).not.toContain('data-action="approve"');
      expect(page.body).not.toContain('data-action="reject"');
    }
    for (const verb of ['approve', 'reject', 'rollback']) {
      const res = await postForm(h.app, viewer, `/runs/${run.id}/${verb}`, { _csrf: viewer.csrf, reason: 'x' });
      expect(res.statusCode).toBe(403);
    }
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
  });

  it('refuses POSTs without the token, with a wrong one, or with another session\'s', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const rahim = await login(h.app, 'rahim', PASSWORDS.rahim);
    const nadia = await login(h.app, 'nadia', PASSWORDS.nadia);
    for (const fields of [{}, { _csrf: 'x'.repeat(43) }, { _csrf: nadia.csrf }] as Record<string, string>[]) {
      const res = await postForm(h.app, rahim, `/runs/${run.id}/approve`, fields);
      expect(res.statusCode).toBe(403);
    }
    expect((await postForm(h.app, rahim, '/logout', {})).statusCode).toBe(403);
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
  });

  it('refuses a POST from another site even with the right token', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
      const res = await h.app.inject({
        method: 'POST',
        url: `/runs/${run.id}/approve`,
        headers: { cookie: who.cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: `_csrf=${encodeURIComponent(who.csrf)}`,
      });
      expect(res.statusCode).toBe(403);
    }
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
  });

  it('accepts the token as an x-csrf-token header too', async () => {
    h = await harness();
    const run = await createPendingRun(h.store);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await h.app.inject({ method: 'POST', url: `/runs/${run.id}/approve`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf } });
    expect(res.statusCode).toBe(303);
    expect((await h.store.getRun(run.id))?.status).toBe('queued');
  });
});
