// Approve, reject and roll back from the dashboard, on runs the real product made against the
// lab (testkit/recording.ts): each test gets a fresh store holding the recording. Needs root
// (the lab) and Redis (database 13).
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { recordRuns, type Recording } from '../../testkit/recording.js';
import { createWebServer } from '../../web/server.js';
import { testRedisUrl } from '../helpers/redis.js';
import { LAB_PASSWORDS, login, postForm, recordedHarness, type RecordedHarness } from './harness.js';

let recording: Recording;
let h: RecordedHarness;
beforeAll(async () => {
  recording = await recordRuns({ redisUrl: testRedisUrl(13) });
});
afterEach(async () => h?.close());

const PASSWORDS = LAB_PASSWORDS;
const chatActor = (h: RecordedHarness) => ({ kind: 'engineer' as const, engineer: h.config.engineers.find((e) => e.id === 'rahim')!, via: 'chat' as const });
/** A fresh dashboard holding the recording, and one of its pending proposals. */
async function withPending(): Promise<{ id: string }> {
  h = await recordedHarness(recording);
  return { id: recording.ids.pendingFull };
}

describe('approve, reject and roll back in the browser', () => {
  it('approves through the form: the run is queued, attributed to the web, and enqueued', async () => {
    const run = await withPending();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await postForm(h.app, who, `/runs/${run.id}/approve`, { _csrf: who.csrf, next: 'pending' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/pending?notice=approved');
    const after = await h.store.getRun(run.id);
    expect(after).toMatchObject({ status: 'queued', approvedBy: 'web:rahim' });
    expect(h.enqueued).toEqual([{ id: run.id, kind: 'remediate' }]);
    // What was approved is the plan the page showed: the same plan, bound to the same read of the server.
    expect((await h.store.getRun(run.id))?.plan).toEqual(recording.runs.find((r) => r.id === run.id)!.plan);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain('Approved. The run is queued');
    const detail = await h.app.inject({ url: `/runs/${run.id}`, headers: { cookie: who.cookie } });
    expect(detail.body).toContain('Approved by <strong data-approved-by><span class="person" title="web:rahim">Rahim (dashboard)</span></strong>');
  });

  it('rejects with the reason given', async () => {
    const run = await withPending();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await postForm(h.app, who, `/runs/${run.id}/reject`, { _csrf: who.csrf, reason: 'customer has NATed phones' });
    expect(res.headers.location).toBe(`/runs/${run.id}?notice=rejected`);
    expect(await h.store.getRun(run.id)).toMatchObject({ status: 'rejected', decisionNote: 'customer has NATed phones', approvedBy: 'web:rahim' });
    expect(h.enqueued).toEqual([]);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain('Rejected by <strong data-approved-by><span class="person" title="web:rahim">Rahim (dashboard)</span></strong>');
    expect(page.body).toContain('Reason: customer has NATed phones');
    // Rejected, it keeps showing what was proposed.
    expect(page.body).toContain('<li data-change="SS_TCP_CLOSE_RESET"><code>SS_TCP_CLOSE_RESET</code>: <code>Off</code> → <code>On</code>');
  });

  it('tells the browser when the chat decided first', async () => {
    const run = await withPending();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect((await h.actions.approve(run.id, chatActor(h))).ok).toBe(true);
    const res = await postForm(h.app, who, `/runs/${run.id}/approve`, { _csrf: who.csrf });
    expect(res.headers.location).toBe(`/runs/${run.id}?notice=already_decided`);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain('Someone else decided this run first');
    expect(page.body).toContain('Approved by <strong data-approved-by><span class="person" title="chat:rahim">Rahim (chat)</span></strong>');
    expect(h.enqueued).toHaveLength(1);
  });

  it('lets exactly one of a simultaneous chat and browser approval win, for each of several proposals', async () => {
    await withPending();
    const ids = await h.copy(recording.ids.pendingFull, 6);
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const races = await Promise.all(
      ids.map(async (id) => {
        const [web, chat] = await Promise.all([postForm(h.app, who, `/runs/${id}/approve`, { _csrf: who.csrf }), h.actions.approve(id, chatActor(h))]);
        return { id, webWon: web.headers.location === `/runs/${id}?notice=approved`, webLost: web.headers.location === `/runs/${id}?notice=already_decided`, chatWon: chat.ok };
      }),
    );
    for (const r of races) {
      expect(r.webWon || r.webLost, r.id).toBe(true);
      expect(r.webWon, r.id).toBe(!r.chatWon);
      expect((await h.store.getRun(r.id))?.approvedBy).toBe(r.webWon ? 'web:rahim' : 'chat:rahim');
    }
    expect(h.enqueued.map((e) => e.id).sort()).toEqual([...ids].sort());
  });

  it('tells the browser a proposal expired', async () => {
    const old = await withPending();
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
    h = await recordedHarness(recording);
    const run = { id: recording.ids.succeeded };
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const detail = await h.app.inject({ url: `/runs/${run.id}`, headers: { cookie: who.cookie } });
    expect(detail.body).toContain('data-action="rollback"');
    const res = await postForm(h.app, who, `/runs/${run.id}/rollback`, { _csrf: who.csrf });
    expect(res.statusCode).toBe(303);
    const rb = (await h.store.listRuns({ kind: 'rollback' }))[0]!;
    expect(res.headers.location).toBe(`/runs/${rb.id}?notice=rollback`);
    expect(rb).toMatchObject({ status: 'queued', rollbackOf: run.id, requestedBy: 'web:rahim' });
    expect(h.enqueued).toEqual([{ id: rb.id, kind: 'rollback' }]);
    const again = await postForm(h.app, who, `/runs/${run.id}/rollback`, { _csrf: who.csrf });
    expect(again.headers.location).toBe(`/runs/${run.id}?notice=already_decided`);
    const page = await h.app.inject({ url: res.headers.location as string, headers: { cookie: who.cookie } });
    expect(page.body).toContain(`href="/runs/${run.id}"`);
  });
});

describe('roles and CSRF', () => {
  it('shows viewers no decision buttons and refuses their forged POSTs with 403', async () => {
    const run = await withPending();
    const viewer = await login(h.app, 'vera', PASSWORDS.vera);
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
    const run = await withPending();
    const rahim = await login(h.app, 'rahim', PASSWORDS.rahim);
    const vera = await login(h.app, 'vera', PASSWORDS.vera);
    for (const fields of [{}, { _csrf: 'x'.repeat(43) }, { _csrf: vera.csrf }] as Record<string, string>[]) {
      const res = await postForm(h.app, rahim, `/runs/${run.id}/approve`, fields);
      expect(res.statusCode).toBe(403);
    }
    expect((await postForm(h.app, rahim, '/logout', {})).statusCode).toBe(403);
    expect((await h.store.getRun(run.id))?.status).toBe('awaiting_approval');
  });

  it('refuses a POST from another site even with the right token', async () => {
    const run = await withPending();
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
    const run = await withPending();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const res = await h.app.inject({ method: 'POST', url: `/runs/${run.id}/approve`, headers: { cookie: who.cookie, 'x-csrf-token': who.csrf } });
    expect(res.statusCode).toBe(303);
    expect((await h.store.getRun(run.id))?.status).toBe('queued');
  });
});
