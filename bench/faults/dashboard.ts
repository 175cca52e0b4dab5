// Attacks on the dashboard (the real Fastify app, requests injected): sessions, CSRF, roles,
// escaping, headers, lockout per engineer and address, odd URLs and bodies. The run it shows is
// a real proposal: a diagnosis of a lab host whose symptom text carries markup.
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { Engine } from '../../runs/engine/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { Run, RunStore } from '../../store/types.js';
import { setEngineerPassword } from '../../web/credentials.js';
import { createWebServer } from '../../web/server.js';
import { type FaultEnv, openTarget, serverOf } from './env.js';
import { check, type Probe } from './kit.js';

const PASSWORDS = { rahim: 'approver-password-1', vera: 'viewer-password-2' } as const;
const XSS = '<script>alert("pwned")</script><img src=x onerror=alert(1)>';
const METRICS_TOKEN = 'faults-metrics-token-0123456789';
/** A cheap password hash: the area logs in many times. */
const CHEAP = { N: 1024, r: 8, p: 1 };

interface Session {
  readonly cookie: string;
  readonly csrf: string;
}

const cookieOf = (res: LightMyRequestResponse, name: string) => {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.find((c) => c.startsWith(`${name}=`)) ?? null;
};
const csrfOf = (body: string) => /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? '';
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** The dashboard area. */
export async function dashboardProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const store: RunStore = await openRunStore({ dataDir: join(env.dir, 'dashboard-data') });
  const lifecycle = new RunLifecycle({ store, config: () => env.config, queue: { enqueue: async () => undefined } });
  for (const [id, password] of Object.entries(PASSWORDS)) await setEngineerPassword(store, id, password, new Date(), CHEAP);
  // A real proposal: the lab host diagnosed, its symptom text hostile.
  await env.lab.reset('lab1');
  // The evidence of the fault the customer reports: the decision proposes only on what it reads.
  await env.lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
  const server = serverOf(env, 'lab1');
  const diagnosis = await lifecycle.requestDiagnosis({ playbook: 'port_exhaustion', server, requestedBy: 'chat:+8801700000001', chat: '+8801700000001', text: `address already in use ${XSS}`, evidence: null });
  await new Engine({ store, openTarget }).diagnose((await store.getRun(diagnosis.id))!, server);
  const proposed = await lifecycle.propose(diagnosis.id);
  if (proposed.kind !== 'proposed') throw new Error(`no proposal to attack (${proposed.kind})`);
  const run: Run = proposed.run;
  const app: FastifyInstance = await createWebServer({ store, actions: lifecycle, config: env.config }, { metricsToken: METRICS_TOKEN });

  const login = async (username: string, password: string, remoteAddress = '127.0.0.1'): Promise<{ res: LightMyRequestResponse; session: Session | null }> => {
    const page = await app.inject({ method: 'GET', url: '/login', remoteAddress });
    const pre = cookieOf(page, 'vos_login')?.split(';')[0] ?? '';
    const res = await app.inject({ method: 'POST', url: '/login', remoteAddress, headers: { ...FORM, cookie: pre }, payload: form({ username, password, _csrf: csrfOf(page.body), next: '/pending' }) });
    const cookie = cookieOf(res, 'vos_session')?.split(';')[0];
    if (res.statusCode !== 303 || !cookie) return { res, session: null };
    const pending = await app.inject({ method: 'GET', url: '/pending', remoteAddress, headers: { cookie } });
    return { res, session: { cookie, csrf: csrfOf(pending.body) } };
  };
  const rahim = (await login('rahim', PASSWORDS.rahim)).session!;
  const vera = (await login('vera', PASSWORDS.vera)).session!;
  const stillPending = async () => (await store.getRun(run.id))!.status === 'awaiting_approval';
  const approve = (headers: Record<string, string>, payload: string) => app.inject({ method: 'POST', url: `/runs/${run.id}/approve`, headers, payload });

  const probes: Probe[] = [
    {
      name: 'pages without a session go to the login',
      run: async () => {
        for (const url of ['/pending', '/runs', `/runs/${run.id}`, '/servers', '/queues']) {
          const res = await app.inject({ method: 'GET', url });
          check(res.statusCode === 303 && String(res.headers.location).startsWith('/login'), `${url}: ${res.statusCode}`);
        }
      },
    },
    {
      name: 'the JSON API without a session answers 401 and no data',
      run: async () => {
        const res = await app.inject({ method: 'GET', url: '/api/runs', headers: { accept: 'application/json' } });
        check(res.statusCode === 401 && !res.body.includes(run.id), `${res.statusCode}: ${res.body.slice(0, 100)}`);
      },
    },
    {
      name: 'an approval without a session is refused',
      run: async () => {
        const res = await approve(FORM, form({ _csrf: rahim.csrf }));
        check(res.statusCode === 401 || res.statusCode === 303, `${res.statusCode}`);
        check(await stillPending(), 'the run was approved');
      },
    },
    {
      name: 'an approval without its CSRF token is refused',
      run: async () => {
        const res = await approve({ ...FORM, cookie: rahim.cookie }, form({}));
        check(res.statusCode === 403 && (await stillPending()), `${res.statusCode}`);
      },
    },
    {
      name: "an approval with another session's CSRF token is refused",
      run: async () => {
        const res = await approve({ ...FORM, cookie: rahim.cookie }, form({ _csrf: vera.csrf }));
        check(res.statusCode === 403 && (await stillPending()), `${res.statusCode}`);
      },
    },
    {
      name: 'an approval sent as JSON from another site is refused',
      run: async () => {
        const res = await approve({ 'content-type': 'application/json', cookie: rahim.cookie, origin: 'https://evil.example' }, JSON.stringify({ _csrf: rahim.csrf }));
        check(res.statusCode >= 400 && (await stillPending()), `${res.statusCode}`);
      },
    },
    {
      name: 'a viewer cannot approve, reject or roll back',
      run: async () => {
        for (const action of ['approve', 'reject', 'rollback']) {
          const res = await app.inject({ method: 'POST', url: `/runs/${run.id}/${action}`, headers: { ...FORM, cookie: vera.cookie }, payload: form({ _csrf: vera.csrf, reason: 'x' }) });
          check(res.statusCode === 403, `${action}: ${res.statusCode}`);
        }
        check(await stillPending(), 'the run was decided');
      },
    },
    {
      name: 'markup in the symptom text is shown as text, never run',
      run: async () => {
        for (const url of [`/runs/${run.id}`, '/pending', '/runs']) {
          const res = await app.inject({ method: 'GET', url, headers: { cookie: rahim.cookie } });
          check(res.statusCode === 200, `${url}: ${res.statusCode}`);
          check(!res.body.includes('<script>alert') && !res.body.includes('<img src=x'), `${url} carries the markup as markup`);
        }
        const page = await app.inject({ method: 'GET', url: `/runs/${run.id}`, headers: { cookie: rahim.cookie } });
        check(page.body.includes('&lt;script&gt;alert'), 'the text is not shown at all');
      },
    },
    {
      name: 'security headers on every page (CSP, frames, sniffing, referrer)',
      run: async () => {
        for (const url of ['/login', `/runs/${run.id}`]) {
          const res = await app.inject({ method: 'GET', url, headers: { cookie: rahim.cookie } });
          const h = res.headers;
          check(/default-src 'self'/.test(String(h['content-security-policy'])) && !/unsafe-inline/.test(String(h['content-security-policy']).split('script-src')[1] ?? ''), `${url}: CSP ${h['content-security-policy']}`);
          check(h['x-frame-options'] !== undefined || /frame-ancestors 'none'/.test(String(h['content-security-policy'])), `${url}: can be framed`);
          check(h['x-content-type-options'] === 'nosniff', `${url}: no nosniff`);
        }
      },
    },
    {
      name: 'the session cookie is HttpOnly and SameSite',
      run: async () => {
        const { res } = await login('rahim', PASSWORDS.rahim, '10.9.9.9');
        const c = cookieOf(res, 'vos_session') ?? '';
        check(/HttpOnly/i.test(c) && /SameSite=(Strict|Lax)/i.test(c), `cookie: ${c}`);
      },
    },
    {
      name: 'five wrong passwords lock that engineer at that address only; elsewhere the right password works',
      run: async () => {
        for (let i = 0; i < 5; i++) await login('rahim', 'wrong-password', '10.0.0.66');
        const locked = await login('rahim', PASSWORDS.rahim, '10.0.0.66');
        check(locked.session === null && locked.res.statusCode === 429, `the attacker's address still logs in: ${locked.res.statusCode}`);
        const elsewhere = await login('rahim', PASSWORDS.rahim, '10.0.0.77');
        check(elsewhere.session !== null, `the engineer is locked out everywhere: ${elsewhere.res.statusCode}`);
      },
    },
    {
      name: 'a login that asks to go to another site stays on the dashboard',
      run: async () => {
        for (const next of ['https://evil.example/', '//evil.example', '/\\evil.example', 'javascript:alert(1)']) {
          const page = await app.inject({ method: 'GET', url: '/login', remoteAddress: '10.1.1.1' });
          const pre = cookieOf(page, 'vos_login')?.split(';')[0] ?? '';
          const res = await app.inject({ method: 'POST', url: '/login', remoteAddress: '10.1.1.1', headers: { ...FORM, cookie: pre }, payload: form({ username: 'rahim', password: PASSWORDS.rahim, _csrf: csrfOf(page.body), next }) });
          check(res.statusCode === 303 && String(res.headers.location).startsWith('/') && !String(res.headers.location).startsWith('//'), `next=${next}: to ${res.headers.location}`);
        }
      },
    },
    {
      name: 'paths that climb out, odd run ids and methods: 404 or 405, never a file or a crash',
      run: async () => {
        for (const [method, url] of [
          ['GET', '/runs/..%2f..%2f..%2fetc%2fpasswd'],
          ['GET', '/static/../../../../etc/passwd'],
          ['GET', '/runs/R-99999999999999999999999'],
          ['GET', "/runs/R-1'%20OR%20'1'='1"],
          ['GET', '/servers/%00'],
          ['DELETE', `/runs/${run.id}`],
          ['PUT', `/runs/${run.id}/approve`],
        ] as const) {
          const res = await app.inject({ method, url, headers: { cookie: rahim.cookie } });
          check([404, 405].includes(res.statusCode) || (res.statusCode === 400 && !res.body.includes('root:')), `${method} ${url}: ${res.statusCode}`);
          check(!res.body.includes('root:x:0:0'), `${method} ${url} served /etc/passwd`);
        }
      },
    },
    {
      name: 'SQL-ish search text and limits are data, not queries',
      run: async () => {
        for (const url of ["/runs?q=%27%20OR%201%3D1%20--", '/api/runs?limit=100000', '/api/runs?limit=-1', "/runs?server=lab1'%3B%20drop%20table%20runs%3B--", '/runs?from=not-a-date']) {
          const res = await app.inject({ method: 'GET', url, headers: { cookie: rahim.cookie, accept: url.startsWith('/api') ? 'application/json' : 'text/html' } });
          check(res.statusCode === 200 || res.statusCode === 400, `${url}: ${res.statusCode}`);
        }
        check((await store.countRuns()) >= 2, 'runs disappeared');
      },
    },
    {
      name: 'a 2 MB login body is refused without reading it all',
      run: async () => {
        const res = await app.inject({ method: 'POST', url: '/login', remoteAddress: '10.2.2.2', headers: FORM, payload: `username=${'a'.repeat(2 * 1024 * 1024)}` });
        check(res.statusCode === 413, `${res.statusCode}`);
      },
    },
    {
      name: '/metrics wants its token',
      run: async () => {
        const none = await app.inject({ method: 'GET', url: '/metrics' });
        const wrong = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer nope' } });
        const right = await app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
        check(none.statusCode === 401 && wrong.statusCode === 401 && right.statusCode === 200, `${none.statusCode} / ${wrong.statusCode} / ${right.statusCode}`);
      },
    },
    {
      name: 'logging out needs the form and its token; the old session is dead after',
      run: async () => {
        const { session } = await login('rahim', PASSWORDS.rahim, '10.3.3.3');
        const bare = await app.inject({ method: 'GET', url: '/logout', headers: { cookie: session!.cookie } });
        check(bare.statusCode === 404 || bare.statusCode === 405, `GET /logout: ${bare.statusCode}`);
        await app.inject({ method: 'POST', url: '/logout', headers: { ...FORM, cookie: session!.cookie }, payload: form({ _csrf: session!.csrf }) });
        const after = await app.inject({ method: 'GET', url: '/pending', headers: { cookie: session!.cookie } });
        check(after.statusCode === 303, `the session still works after logout: ${after.statusCode}`);
      },
    },
    {
      name: 'a forged session cookie is a stranger',
      run: async () => {
        const res = await app.inject({ method: 'GET', url: '/pending', headers: { cookie: `vos_session=${'A'.repeat(43)}` } });
        check(res.statusCode === 303, `${res.statusCode}`);
      },
    },
    {
      name: 'the approver approves with the token, once; a second approval is told it was decided',
      run: async () => {
        const first = await approve({ ...FORM, cookie: rahim.cookie }, form({ _csrf: rahim.csrf }));
        const second = await approve({ ...FORM, cookie: rahim.cookie }, form({ _csrf: rahim.csrf }));
        check(first.statusCode === 303 && (await store.getRun(run.id))!.status === 'queued', `first: ${first.statusCode}`);
        check(second.statusCode !== 500 && (await store.getRun(run.id))!.status === 'queued', `second: ${second.statusCode}`);
      },
    },
  ];
  return {
    probes,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}
