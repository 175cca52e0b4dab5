import { afterEach, describe, expect, it } from 'vitest';
import { CREDENTIALS_NAMESPACE, credentialSchema } from '../../web/credentials.js';
import { createWebServer } from '../../web/server.js';
import { SESSIONS_NAMESPACE } from '../../web/sessions.js';
import { csrfOf, harness, login, PASSWORDS, postForm, type Harness } from './harness.js';

let h: Harness;
afterEach(async () => h?.close());

/** GET /login, then POST the form with these fields from `remoteAddress` (inject's default 127.0.0.1); returns the response. */
async function tryLogin(app: Harness['app'], username: string, password: string, extra: Record<string, string> = {}, remoteAddress?: string) {
  const from = remoteAddress ? { remoteAddress } : {};
  const form = await app.inject({ url: '/login', ...from });
  const cookie = String(form.headers['set-cookie']).split(';')[0] ?? '';
  return app.inject({
    method: 'POST',
    url: '/login',
    ...from,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username, password, _csrf: csrfOf(form.body), ...extra }).toString(),
  });
}

describe('login', () => {
  it('sends anonymous page requests to the login form and answers the API with 401 JSON', async () => {
    h = await harness();
    const page = await h.app.inject({ url: '/runs?status=failed' });
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe('/login?next=%2Fruns%3Fstatus%3Dfailed');
    const api = await h.app.inject({ url: '/api/runs' });
    expect(api.statusCode).toBe(401);
    expect(api.json()).toMatchObject({ error: 'unauthorized' });
  });

  it('sets an httpOnly, SameSite session cookie and goes to the page asked for', async () => {
    h = await harness();
    const res = await tryLogin(h.app, 'rahim', PASSWORDS.rahim, { next: '/runs?status=failed' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/runs?status=failed');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('vos_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('marks cookies Secure and sends HSTS when configured for HTTPS', async () => {
    h = await harness({ cookieSecure: true });
    const res = await tryLogin(h.app, 'rahim', PASSWORDS.rahim);
    expect(([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('vos_session='))).toMatch(/Secure/);
    expect(res.headers['strict-transport-security']).toMatch(/max-age=/);
  });

  it('refuses a wrong password, an unknown engineer and an engineer without a password alike', async () => {
    h = await harness();
    h.config = { ...h.config, engineers: [...h.config.engineers, { id: 'karim', name: 'Karim', chats: [], role: 'approver' }] };
    for (const [user, pass] of [
      ['rahim', 'wrong-password-123'],
      ['nobody', 'whatever-password'],
      ['karim', 'whatever-password'],
    ] as const) {
      const res = await tryLogin(h.app, user, pass);
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('Wrong engineer id or password.');
      expect(String(res.headers['set-cookie'])).not.toContain('vos_session=');
    }
  });

  it('refuses a login form posted without its CSRF cookie', async () => {
    h = await harness();
    const form = await h.app.inject({ url: '/login' });
    const res = await postForm(h.app, null, '/login', { username: 'rahim', password: PASSWORDS.rahim, _csrf: csrfOf(form.body) });
    expect(res.statusCode).toBe(403);
  });

  it('never redirects off the site after login', async () => {
    h = await harness();
    for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example', '/login']) {
      const res = await tryLogin(h.app, 'rahim', PASSWORDS.rahim, { next });
      expect(res.headers.location).toBe('/pending');
    }
  });

  it('locks an engineer id from one address after 5 failed passwords, even when the 6th is right', async () => {
    h = await harness({ login: { perIp: { max: 100, timeWindowMs: 60_000 } } });
    for (let i = 0; i < 5; i++) expect((await tryLogin(h.app, 'rahim', `wrong-password-${i}`, {}, '203.0.113.9')).statusCode).toBe(401);
    const locked = await tryLogin(h.app, 'rahim', PASSWORDS.rahim, {}, '203.0.113.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('60');
    expect(locked.body).toContain('Too many failed logins for this engineer from this address. Try again in 60 s.');
    // Another engineer from the same address is not affected.
    expect((await tryLogin(h.app, 'nadia', PASSWORDS.nadia, {}, '203.0.113.9')).statusCode).toBe(303);
    // Nor is the same engineer from another address: wrong guesses cannot lock an engineer out.
    expect((await tryLogin(h.app, 'rahim', PASSWORDS.rahim, {}, '198.51.100.20')).statusCode).toBe(303);
  });

  it('limits login attempts per IP address', async () => {
    h = await harness({ login: { perIp: { max: 3, timeWindowMs: 60_000 } } });
    for (let i = 0; i < 3; i++) expect((await tryLogin(h.app, 'nadia', `wrong-password-${i}`)).statusCode).toBe(401);
    const res = await tryLogin(h.app, 'rahim', PASSWORDS.rahim);
    expect(res.statusCode).toBe(429);
    expect(res.body).toContain('Too many login attempts');
  });
});

describe('sessions', () => {
  it('are stored hashed in the docs and survive a restart of the server', async () => {
    h = await harness();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const docs = await h.store.listDocs<{ engineerId: string }>(SESSIONS_NAMESPACE);
    expect(docs).toHaveLength(1);
    expect(docs[0]!.value.engineerId).toBe('rahim');
    expect(who.cookie).not.toContain(docs[0]!.key);
    const again = await createWebServer({ store: h.store, actions: h.actions, config: h.config });
    try {
      expect((await again.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(200);
    } finally {
      await again.close();
    }
  });

  it('end when the engineer is removed from the config, and that engineer cannot log in again', async () => {
    h = await harness();
    const who = await login(h.app, 'nadia', PASSWORDS.nadia);
    expect((await h.app.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(200);
    h.config = { ...h.config, engineers: h.config.engineers.filter((e) => e.id !== 'nadia') };
    expect((await h.app.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(303);
    expect((await h.app.inject({ url: '/api/runs', headers: { cookie: who.cookie } })).statusCode).toBe(401);
    expect((await tryLogin(h.app, 'nadia', PASSWORDS.nadia)).statusCode).toBe(401);
    expect(await h.store.listDocs(SESSIONS_NAMESPACE)).toHaveLength(0);
  });

  it('follow role changes in the config at once', async () => {
    h = await harness();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    h.config = { ...h.config, engineers: h.config.engineers.map((e) => (e.id === 'rahim' ? { ...e, role: 'viewer' as const } : e)) };
    const res = await postForm(h.app, who, '/runs/R-1/approve', { _csrf: who.csrf });
    expect(res.statusCode).toBe(403);
  });

  it('expire', async () => {
    let clock = new Date('2025-01-01T00:00:00Z');
    h = await harness({ sessionTtlMs: 60_000 }, { now: () => clock });
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect((await h.app.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(200);
    clock = new Date('2025-01-01T00:01:01Z');
    expect((await h.app.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(303);
  });

  it('end on logout', async () => {
    h = await harness();
    const who = await login(h.app, 'rahim', PASSWORDS.rahim);
    const out = await postForm(h.app, who, '/logout', { _csrf: who.csrf });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/login');
    expect((await h.app.inject({ url: '/pending', headers: { cookie: who.cookie } })).statusCode).toBe(303);
  });
});

describe('credentials', () => {
  it('are scrypt hashes with their parameters, never the password', async () => {
    h = await harness();
    const doc = await h.store.getDoc(CREDENTIALS_NAMESPACE, 'rahim');
    const cred = credentialSchema.parse(doc);
    expect(cred).toMatchObject({ algo: 'scrypt', N: 1024, r: 8, p: 1 });
    expect(JSON.stringify(doc)).not.toContain(PASSWORDS.rahim);
  });
});
