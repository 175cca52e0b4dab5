// The dashboard behind a TLS proxy, configured the way `start` configures it: `settings.web`
// from the config file, turned into server options by webServerOptions().
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../config/index.js';
import { webServerOptions } from '../../web/server.js';
import { csrfOf, harness, PASSWORDS, type Harness } from './harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** The dashboard with the `settings.web` block given as YAML lines (none: a config without one). */
async function dashboard(webYaml: string | null, metricsToken?: string): Promise<Harness> {
  const yaml = webYaml === null ? 'settings:\n  workerConcurrency: 10\n' : `settings:\n  web:\n${webYaml.replace(/^/gm, '    ')}\n`;
  const { settings } = parseConfig(yaml, 'vos-assist.yaml');
  return harness({ ...webServerOptions(settings.web, metricsToken), login: { perIp: { max: 100, timeWindowMs: 60_000 } } });
}

const cookies = (res: { headers: Record<string, unknown> }) => ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);

/** GET /login and POST it, as a browser behind the proxy at `via` forwarding for `client`. */
async function login(app: Harness['app'], username: string, password: string, from: { via?: string; client?: string } = {}) {
  const remote = from.via ? { remoteAddress: from.via } : {};
  const forwarded = from.client ? { 'x-forwarded-for': from.client } : {};
  const form = await app.inject({ url: '/login', ...remote, headers: forwarded });
  const cookie = cookies(form)[0]?.split(';')[0] ?? '';
  return app.inject({
    method: 'POST',
    url: '/login',
    ...remote,
    headers: { ...forwarded, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ username, password, _csrf: csrfOf(form.body) }).toString(),
  });
}

const guessFiveTimes = async (app: Harness['app'], from: { via?: string; client?: string }) => {
  for (let i = 0; i < 5; i++) expect((await login(app, 'rahim', `wrong-password-${i}`, from)).statusCode).toBe(401);
};

describe('settings.web', () => {
  it('by default keeps plain-HTTP cookies, sends no HSTS and ignores X-Forwarded-For', async () => {
    h = await dashboard(null);
    const res = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect(res.statusCode).toBe(303);
    expect(cookies(res).find((c) => c.startsWith('vos_session='))).not.toMatch(/Secure/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
    // Without trustProxy the header is anyone's to write: both "clients" are the one address that connected.
    await guessFiveTimes(h.app, { via: '10.0.0.5', client: '203.0.113.9' });
    expect((await login(h.app, 'rahim', PASSWORDS.rahim, { via: '10.0.0.5', client: '198.51.100.20' })).statusCode).toBe(429);
  });

  it('marks the login and session cookies Secure and sends HSTS on every page', async () => {
    h = await dashboard('secureCookies: true\nhsts: true');
    const form = await h.app.inject({ url: '/login' });
    expect(cookies(form).find((c) => c.startsWith('vos_login='))).toMatch(/; Secure/);
    expect(form.headers['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
    const res = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect(cookies(res).find((c) => c.startsWith('vos_session='))).toMatch(/; Secure/);
    expect((await h.app.inject({ url: '/healthz' })).headers['strict-transport-security']).toMatch(/^max-age=/);
  });

  it('sends Secure cookies without HSTS when only secureCookies is set', async () => {
    h = await dashboard('secureCookies: true');
    const res = await login(h.app, 'rahim', PASSWORDS.rahim);
    expect(cookies(res).find((c) => c.startsWith('vos_session='))).toMatch(/; Secure/);
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('with trustProxy, takes the client address from the proxy, so a guesser elsewhere cannot lock the engineer out', async () => {
    h = await dashboard('trustProxy: [10.0.0.5]');
    await guessFiveTimes(h.app, { via: '10.0.0.5', client: '203.0.113.9' });
    expect((await login(h.app, 'rahim', PASSWORDS.rahim, { via: '10.0.0.5', client: '203.0.113.9' })).statusCode).toBe(429);
    expect((await login(h.app, 'rahim', PASSWORDS.rahim, { via: '10.0.0.5', client: '198.51.100.20' })).statusCode).toBe(303);
  });

  it('with trustProxy, ignores X-Forwarded-For from an address that is not the proxy', async () => {
    h = await dashboard('trustProxy: [10.0.0.5]');
    // Each guess claims another address; the dashboard sees the one that connected.
    for (let i = 0; i < 5; i++) expect((await login(h.app, 'rahim', `wrong-password-${i}`, { via: '203.0.113.9', client: `192.0.2.${i}` })).statusCode).toBe(401);
    expect((await login(h.app, 'rahim', PASSWORDS.rahim, { via: '203.0.113.9', client: '192.0.2.99' })).statusCode).toBe(429);
  });

  it('makes /metrics want the bearer token, and only it', async () => {
    h = await dashboard('metricsTokenEnv: VOS_METRICS_TOKEN', 'a-token-of-24-characters');
    expect((await h.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    expect((await h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer a-token-of-24-characterz' } })).statusCode).toBe(401);
    const ok = await h.app.inject({ url: '/metrics', headers: { authorization: 'Bearer a-token-of-24-characters' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toContain('vos_assist_runs');
    expect((await h.app.inject({ url: '/healthz' })).statusCode).toBe(200);
  });

  it.each([
    ['hsts: true', /settings\.web\.hsts: .*set secureCookies: true/],
    ['trustProxy: true', /settings\.web\.trustProxy: true would believe X-Forwarded-For from anyone/],
    ['trustProxy: [proxy.example]', /settings\.web\.trustProxy: must be false or a list of proxy addresses/],
    ['metricsToken: s3cret', /unknown key "metricsToken"/],
  ])('refuses %s in the config, naming the line', (yaml, message) => {
    let error: unknown;
    try {
      parseConfig(`settings:\n  web:\n    ${yaml}\n`, 'vos-assist.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toMatch(message);
    expect((error as ConfigError).problems[0]!.line).toBe(3);
  });
});
