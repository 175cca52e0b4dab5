import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Run } from '../../store/types.js';
import { createPendingRun, finishRun } from './fixtures.js';
import { harness, login, PASSWORDS, type Harness, type Login } from './harness.js';

const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';

describe('pages', () => {
  let h: Harness;
  let rahim: Login;
  let evil: Run;
  let done: Run;
  let rejected: Run;

  beforeAll(async () => {
    h = await harness();
    rahim = await login(h.app, 'rahim', PASSWORDS.rahim);
    evil = await createPendingRun(h.store, { symptomText: EVIL, chat: '+8801700000001', matchEvidence: { reason: EVIL, rules: [{ matched: '</pre><script>alert(3)</script>' }] } });
    done = await createPendingRun(h.store, { serverId: 'vos2', symptomText: 'cannot bind: address already in use' });
    await h.actions.approve(done.id, { kind: 'engineer', engineer: h.config.engineers[0]!, via: 'chat' });
    await finishRun(h.store, done.id);
    const step = await h.store.appendStep(done.id, { phase: 'verify', name: 'output with markup', command: 'echo "<b>"' });
    await h.store.finishStep(done.id, step.seq, { status: 'ok', exitCode: 0, output: '</pre><script>alert(4)</script>' });
    rejected = await createPendingRun(h.store, { symptomText: EVIL });
    await h.actions.reject(rejected.id, { kind: 'engineer', engineer: h.config.engineers[0]!, via: 'chat' }, '<script>alert(5)</script>');
  });
  afterAll(async () => h.close());

  const get = (url: string) => h.app.inject({ url, headers: { cookie: rahim.cookie } });

  it('escape everything a customer typed, matcher evidence, step output and decision notes', async () => {
    for (const url of ['/pending', `/runs/${evil.id}`, `/runs/${done.id}`, '/runs', '/runs?status=rejected', `/runs/${rejected.id}`, `/servers/vos1`, `/runs?q=${encodeURIComponent('<script>')}`]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).not.toMatch(/<script>alert|<img src=x/);
    }
    expect((await get(`/runs/${evil.id}`)).body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('need no inline script, style attribute or event handler', async () => {
    for (const url of ['/pending', `/runs/${done.id}`, '/runs', '/servers', '/servers/vos2', '/login']) {
      const body = (await get(url)).body;
      expect(body, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(body, url).not.toMatch(/<[^>]*\sstyle=/);
      expect(body, url).not.toMatch(/<[^>]*\son[a-z]+=/);
    }
  });

  it('send a strict Content-Security-Policy and the other security headers', async () => {
    const res = await get('/pending');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('show a run as a timeline with the before/after values, the diff and the steps', async () => {
    const body = (await get(`/runs/${done.id}`)).body;
    for (const id of ['message', 'evidence', 'facts-before', 'plan', 'approval', 'steps', 'facts-after', 'verification', 'outcome']) expect(body).toContain(`id="${id}"`);
    expect(body).toMatch(/data-fact="timeWait"[^]*?data-before>28,412<[^]*?data-after>3,120</);
    expect(body).toMatch(/data-fact="tcpCloseReset"[^]*?data-before>Off<[^]*?data-after>On</);
    // The read after a change does not list sockets: said so, and not flagged as a change.
    expect(body).toMatch(/<tr data-fact="sipTcp"><td>SIP TCP connections<\/td><td class="mono" data-before>1,840<\/td><td class="mono" data-after>not re-read</);
    expect(body).toContain('<span class="del">-SS_TCP_CLOSE_RESET=&quot;Off&quot;</span>');
    expect(body).toContain('exit 0');
    expect(body).toContain('chat:rahim');
  });

  it('filter, search and page the runs list', async () => {
    for (let i = 0; i < 55; i++) await h.store.createRun({ kind: 'diagnose', playbook: null, serverId: 'vos1', customerId: 'acme', status: 'diagnosed', requestedBy: 'cli:root', symptomText: `probe ${i}` });
    const first = (await get('/runs?server=vos1&status=diagnosed')).body;
    expect(first.match(/<tr data-run=/g)).toHaveLength(50);
    expect(first).toContain('55 runs');
    expect(first).toContain('href="/runs?server=vos1&amp;status=diagnosed&amp;page=2"');
    const second = (await get('/runs?server=vos1&status=diagnosed&page=2')).body;
    expect(second.match(/<tr data-run=/g)).toHaveLength(5);
    const search = (await get('/runs?q=ADDRESS+ALREADY')).body;
    expect(search.match(/<tr data-run=/g)).toHaveLength(1);
    expect(search).toContain(`data-run="${done.id}"`);
    const bad = await get('/runs?status=bogus&from=yesterday');
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Ignored: status');
  });

  it('show a server history with its latest facts', async () => {
    const body = (await get('/servers/vos2')).body;
    expect(body).toContain('backup switch');
    expect(body).toContain(`data-run="${done.id}"`);
    expect(body).toContain('3,120');
    expect((await get('/servers/nope')).statusCode).toBe(404);
  });

  it('answer unknown runs with 404', async () => {
    expect((await get('/runs/R-999999')).statusCode).toBe(404);
    expect((await get('/runs/%3Cscript%3E')).body).not.toContain('<script>');
  });

  it('reload a queued or running run by itself, and only then', async () => {
    const queued = await createPendingRun(h.store);
    await h.actions.approve(queued.id, { kind: 'engineer', engineer: h.config.engineers[0]!, via: 'chat' });
    expect((await get(`/runs/${queued.id}`)).body).toContain('http-equiv="refresh"');
    expect((await get(`/runs/${done.id}`)).body).not.toContain('http-equiv="refresh"');
  });

  it('serve the stylesheet and script with long caching', async () => {
    const page = (await get('/pending')).body;
    const css = /href="(\/static\/app\.[0-9a-f]+\.css)"/.exec(page)![1]!;
    const js = /src="(\/static\/pending\.[0-9a-f]+\.js)"/.exec(page)![1]!;
    const a = await h.app.inject({ url: css });
    expect(a.headers['content-type']).toContain('text/css');
    expect(a.headers['cache-control']).toContain('immutable');
    expect((await h.app.inject({ url: js })).headers['content-type']).toContain('javascript');
  });
});
