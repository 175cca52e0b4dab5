// The dashboard's pages, rendered from runs the real product made against the lab
// (testkit/recording.ts): what an approver sees before approving, the reads a run kept, people
// by name, the ports chart, escaping, lists and filters. Needs root (the lab) and Redis
// (database 2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { typedRun, type TypedRun } from '../../runs/records.js';
import { recordRuns, type Recording } from '../../testkit/recording.js';
import { formatCount } from '../../playbooks/format-count.js';
import { escapeHtml } from '../../web/html.js';
import { testRedisUrl } from '../helpers/redis.js';
import { LAB_PASSWORDS, login, recordedHarness, type Login, type RecordedHarness } from './harness.js';
import { chartRows, expectWholePlan, factCell, pendingArticle } from './page-checks.js';

// What a customer may type, what a server's file may hold, and what an engineer may write as a reason.
const EVIL = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const CONF_COMMENT = '</pre><script>alert(4)</script>';
const REASON = '<script>alert(5)</script> we check the NAT keepalive first';
const RELOAD = 'service mbx3000d reparse';

let recording: Recording;
let h: RecordedHarness;
let rahim: Login;
const run = (id: string): TypedRun => typedRun(recording.runs.find((r) => r.id === id)!);

beforeAll(async () => {
  recording = await recordRuns({ redisUrl: testRedisUrl(2), pendingText: `${EVIL} calls fail, "Address already in use" in the log`, confComment: CONF_COMMENT, rejectReason: REASON, outcomes: true });
  h = await recordedHarness(recording);
  rahim = await login(h.app, 'rahim', LAB_PASSWORDS.rahim);
});
afterAll(async () => h?.close());

const get = (url: string) => h.app.inject({ url, headers: { cookie: rahim.cookie } });
const body = async (url: string) => {
  const res = await get(url);
  expect(res.statusCode, url).toBe(200);
  return res.body;
};

describe('what an approver sees before approving', () => {
  it('the pending list shows each proposal whole: every change, every file diff, kernel values, reload, what is left out, cautions', async () => {
    const page = await body('/pending');
    for (const id of [recording.ids.pending, recording.ids.pendingFull]) {
      const item = pendingArticle(page, id);
      expectWholePlan(item, run(id).plan!, RELOAD);
      expect(item).toContain(`data-action="approve">Approve ${id}</button>`);
    }
  });

  it('a proposal with all three changes shows the softswitch.conf line, the sysctl file and the reload, as the lab host has them', async () => {
    const item = pendingArticle(await body('/pending'), recording.ids.pendingFull);
    expect(item).toContain('<li data-change="SS_TCP_CLOSE_RESET"><code>SS_TCP_CLOSE_RESET</code>: <code>Off</code> → <code>On</code>');
    expect(item).toContain('<li data-change="net.ipv4.tcp_tw_reuse"><code>net.ipv4.tcp_tw_reuse</code>: <code>0</code> → <code>1</code>');
    expect(item).toContain('<li data-change="net.ipv4.ip_local_port_range"><code>net.ipv4.ip_local_port_range</code>: <code>32768 60999</code> → <code>1024 65535</code>');
    expect(item).toMatch(/data-file="\/home\/kunshi\/mbx3000\/etc\/softswitch.conf">[^]*<span class="del">-SS_TCP_CLOSE_RESET=&quot;Off&quot;<\/span>\n<span class="add">\+SS_TCP_CLOSE_RESET=&quot;On&quot;<\/span>/);
    expect(item).toMatch(/data-file="\/etc\/sysctl.d\/90-vos-assist.conf">[^]*<span class="add">\+net.ipv4.tcp_tw_reuse = 1<\/span>\n<span class="add">\+net.ipv4.ip_local_port_range = 1024 65535<\/span>/);
    expect(item).toContain('<li><code>sysctl -w net.ipv4.tcp_tw_reuse</code>: <code>0</code> → <code>1</code></li>');
    expect(item).toContain(`<code>${RELOAD}</code>`);
  });

  it("a nat-phones server's proposal says RST is left out and why, and that nothing reloads", async () => {
    const item = pendingArticle(await body('/pending'), recording.ids.pending);
    expect(item).not.toContain('data-change="SS_TCP_CLOSE_RESET"');
    expect(item).toMatch(/<h3>Left out<\/h3><ul><li><code>SS_TCP_CLOSE_RESET<\/code>: RST close stays Off: this server has phones behind NAT/);
    expect(item).not.toContain('softswitch.conf');
    expect(item).not.toContain('data-reload');
  });

  it('the pending list and page show the facts the proposal was made from, labelled as read when proposed', async () => {
    for (const id of [recording.ids.pending, recording.ids.pendingFull]) {
      const facts = run(id).factsBefore!;
      for (const html of [pendingArticle(await body('/pending'), id), await body(`/runs/${id}`)]) {
        expect(html).toContain('<th data-reading="proposed">when proposed</th>');
        expect(factCell(html, 'timeWait', 'proposed')).toBe(formatCount(facts.timeWaitCount!));
        expect(factCell(html, 'tcpTwReuse', 'proposed')).toBe(String(facts.tcpTwReuse));
        expect(factCell(html, 'portRange', 'proposed')).toBe(`${facts.portRange!.low} ${facts.portRange!.high}`);
        expect(factCell(html, 'tcpCloseReset', 'proposed')).toBe(facts.tcpCloseReset);
      }
    }
  });

  it("a pending proposal's page shows the whole plan above the approve button", async () => {
    for (const id of [recording.ids.pending, recording.ids.pendingFull]) {
      const page = await body(`/runs/${id}`);
      expectWholePlan(page, run(id).plan!, RELOAD);
      expect(page.indexOf('id="plan"')).toBeLessThan(page.indexOf('data-action="approve"'));
      expect(page).toContain('<h3>Facts when proposed');
    }
  });

  it('a rejected or expired run keeps showing what was proposed, and who decided', async () => {
    const rejected = await body(`/runs/${recording.ids.rejected}`);
    expectWholePlan(rejected, run(recording.ids.rejected).plan!, RELOAD);
    expect(rejected).toContain('<li data-change="SS_TCP_CLOSE_RESET"><code>SS_TCP_CLOSE_RESET</code>: <code>On</code> → <code>Off</code>');
    expect(rejected).toContain('Rejected by <strong data-approved-by><span class="person" title="chat:rahim">Rahim (chat)</span></strong>');
    expect(rejected).toContain('<h3>Facts when proposed');
    const expired = await body(`/runs/${recording.ids.expired}`);
    expectWholePlan(expired, run(recording.ids.expired!).plan!, RELOAD);
    expect(expired).toContain('Expired: not approved in time.');
  });

  it('no run that plans a change is ever shown as planning nothing', async () => {
    const planned = recording.runs.map(typedRun).filter((r) => r.plan?.changes.some((c) => c.changed));
    expect(planned.length).toBeGreaterThanOrEqual(8);
    for (const r of planned) {
      const page = await body(`/runs/${r.id}`);
      expect(page, r.id).not.toMatch(/No changes planned|changes no setting/);
      for (const c of r.plan!.changes) expect(page, r.id).toContain(`<li data-change="${c.key}">`);
    }
  });
});

describe('an applied run', () => {
  it('shows the three reads (when proposed, right before the change, after) with the TIME_WAIT figure of each', async () => {
    const r = run(recording.ids.succeeded);
    // The recording makes more TIME_WAIT while the proposal waits: the first read must be told apart.
    expect(r.factsBefore!.timeWaitCount!).toBeLessThan(r.factsAtApply!.timeWaitCount!);
    const page = await body(`/runs/${r.id}`);
    const summary = page.slice(page.indexOf('id="before-after"'), page.indexOf('<ol class="timeline">'));
    expect(summary).toMatch(/<th data-reading="proposed">when proposed<\/th><th data-reading="atApply">right before the change<\/th><th data-reading="after">after<\/th>/);
    expect(factCell(summary, 'timeWait', 'proposed')).toBe(formatCount(r.factsBefore!.timeWaitCount!));
    expect(factCell(summary, 'timeWait', 'atApply')).toBe(formatCount(r.factsAtApply!.timeWaitCount!));
    expect(factCell(summary, 'timeWait', 'after')).toBe(formatCount(r.factsAfter!.timeWaitCount!));
    expect(factCell(summary, 'tcpCloseReset', 'proposed')).toBe('Off');
    expect(factCell(summary, 'tcpCloseReset', 'after')).toBe('On');
    expect(factCell(summary, 'portRange', 'after')).toBe('1024 65535');
    expect(page).toMatch(new RegExp(`<h3>Facts when proposed[^]*?<td class="mono" data-reading="proposed">${formatCount(r.factsBefore!.timeWaitCount!)}</td>`));
    expect(page).toContain('<h3>Facts right before the change');
  });

  it('shows both messages that asked for it, by the customer\'s name', async () => {
    const page = await body(`/runs/${recording.ids.succeeded}`);
    const requests = run(recording.ids.succeeded).requests;
    expect(requests).toHaveLength(2);
    expect(page.match(/<blockquote class="message" data-request>/g)).toHaveLength(2);
    for (const q of requests) expect(page).toContain(`<span class="person" title="chat:${q.chat}">ACME Telecom (${q.chat})</span> · <time datetime="${new Date(q.at).toISOString()}">`);
  });

  it('names people, with the id they are recorded under on hover', async () => {
    const page = await body(`/runs/${recording.ids.succeeded}`);
    expect(page.replace(/<[^>]+>/g, '')).toContain('Approved by Rahim (chat)');
    expect(page).toContain('Approved by <strong data-approved-by><span class="person" title="chat:rahim">Rahim (chat)</span></strong>');
    expect(page).not.toMatch(/>chat:rahim</);
    const list = await body(`/runs?server=lab1`);
    expect(list).toMatch(new RegExp(`<tr data-run="${recording.ids.succeeded}">.*<td><span title="acme">ACME Telecom</span></td>.*<span class="person" title="chat:\\+8801700000001">ACME Telecom \\(\\+8801700000001\\)</span>.*<span class="person" title="chat:rahim">Rahim \\(chat\\)</span></td></tr>`));
    const rollback = await body(`/runs/${recording.ids.rollback}`);
    expect(rollback).toContain('by <span class="person" title="chat:rahim">Rahim (chat)</span> · undoes');
  });

  it('draws TIME_WAIT against the port range on one scale, and writes the flags as values', async () => {
    const r = run(recording.ids.succeeded);
    const rows = chartRows(await body(`/runs/${r.id}`));
    const reads = [r.factsBefore!, r.factsAtApply!, r.factsAfter!];
    expect(rows.map((x) => x.reading)).toEqual(['proposed', 'atApply', 'after']);
    // One scale: every bar's width is its value times the same factor, set by the widest bar.
    const widest = Math.max(...reads.map((f) => f.portRange!.size));
    expect(Math.max(...rows.map((x) => x.ports!))).toBeGreaterThan(100);
    const perUnit = Math.max(...rows.map((x) => x.ports!)) / widest;
    rows.forEach((row, i) => {
      expect(row.rects, row.reading).toBe(2);
      expect(row.ports!, row.reading).toBeCloseTo(reads[i]!.portRange!.size * perUnit, 1);
      expect(row.timeWait!, row.reading).toBeCloseTo(reads[i]!.timeWaitCount! * perUnit, 1);
      expect(row.timeWait!).toBeLessThan(row.ports!);
    });
    // The narrow range was 28,232 ports, the wide one 64,512: the bars say so.
    expect(rows[0]!.ports! / rows[2]!.ports!).toBeCloseTo(28_232 / 64_512, 3);
    expect(rows[0]!.flags).toBe('RST Off · tcp_tw_reuse 0 · ports 32768–60999');
    expect(rows[2]!.flags).toBe('RST On · tcp_tw_reuse 1 · ports 1024–65535');
    expect(rows[0]!.counts).toMatch(new RegExp(`^${formatCount(r.factsBefore!.timeWaitCount!)} in TIME_WAIT of 28,232 ports \\(\\d+%\\)$`));
  });

  it('draws no TIME_WAIT bar at all for a read that found none', async () => {
    const r = run(recording.ids.pending);
    expect(r.factsBefore!.timeWaitCount).toBe(0);
    const [row] = chartRows(await body(`/runs/${r.id}`));
    expect(row!.timeWait).toBe(0);
    expect(row!.ports).toBeGreaterThan(0);
  });

  it('shows the timeline: messages, evidence, each read, the plan, the approval, every step, verification and outcome', async () => {
    const page = await body(`/runs/${recording.ids.succeeded}`);
    for (const id of ['message', 'evidence', 'facts-before', 'plan', 'approval', 'steps', 'facts-at-apply', 'facts-after', 'verification', 'outcome']) expect(page).toContain(`id="${id}"`);
    expect(page.match(/<div class="step" data-step=/g)).toHaveLength(recording.steps[recording.ids.succeeded]!.length);
    expect(page).toContain('<span class="cmd">$ service mbx3000d reparse</span>');
    expect(page).toContain('exit 0');
    // The read after a change does not list sockets: said so, and not flagged as a change.
    expect(page).toMatch(/<tr data-fact="sipTcp"><td>SIP TCP connections<\/td><td class="mono" data-reading="proposed">0<\/td><td class="mono" data-reading="atApply">0<\/td><td class="mono" data-reading="after">not re-read</);
    // The reads around the change do not list firewall rules: unknown there, and no change either.
    const r = run(recording.ids.succeeded);
    expect([r.factsBefore!.rstDropRules, r.factsAtApply!.rstDropRules]).toEqual([[], null]);
    expect(page).toMatch(/<tr data-fact="rstDrop"><td>firewall rules dropping RST<\/td><td class="mono" data-reading="proposed">0<\/td><td class="mono" data-reading="atApply">unknown</);
    expect(page).toMatch(/<tr data-fact="tcpCloseReset" class="changed">/);
  });
});

describe('runs that did not go as planned', () => {
  it('a failed run says what failed and that it put the server back', async () => {
    const r = run(recording.ids.failed!);
    expect(r.status).toBe('failed');
    const page = await body(`/runs/${r.id}`);
    expect(page).toContain(`<pre class="error">APPLY_FAILED: ${escapeHtml(r.error!.message)}</pre>`);
    expect(page).toContain('reparse failed: cannot apply /home/kunshi/mbx3000/etc/softswitch.conf (error 23)');
    expect(page).toMatch(/<span class="badge">rollback<\/span> <span class="badge status-succeeded">ok<\/span>/);
    expect(page).toContain('data-action="rollback"');
  });

  it('a rolled-back run and its rollback link to each other', async () => {
    const original = await body(`/runs/${recording.ids.rolledBack}`);
    expect(original).toContain('<span class="badge status-rolled_back">rolled back</span>');
    expect(original).toContain(`Rolled back by <a class="mono" href="/runs/${recording.ids.rollback}">`);
    expect(original).not.toContain('data-action="rollback"');
    const rollback = await body(`/runs/${recording.ids.rollback}`);
    expect(rollback).toContain(`undoes <a class="mono" href="/runs/${recording.ids.rolledBack}">`);
    expect(factCell(rollback, 'tcpCloseReset', 'before')).toBe('On');
    expect(factCell(rollback, 'tcpCloseReset', 'after')).toBe('Off');
  });

  it('a read-only check shows the plan it found as one it did not apply', async () => {
    const check = recording.runs.find((r) => r.kind === 'diagnose' && r.plan !== null)!;
    const page = await body(`/runs/${check.id}`);
    expect(page).toContain('Plan found (this check changed nothing)');
    expect(page).not.toContain('data-action="approve"');
  });
});

describe('pages', () => {
  it('escape everything a customer typed, what a server file holds, matcher evidence, step output and decision notes', async () => {
    const urls = ['/pending', '/runs', '/runs?status=rejected', '/servers/lab1', '/servers/lab2', `/runs?q=${encodeURIComponent('<script>')}`, ...recording.runs.map((r) => `/runs/${r.id}`)];
    for (const url of urls) expect(await body(url), url).not.toMatch(/<script>alert|<img src=x|<\/pre><script/);
    expect(await body(`/runs/${recording.ids.pending}`)).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(await body(`/runs/${recording.ids.pendingFull}`)).toContain('<span class=""> # &lt;/pre&gt;&lt;script&gt;alert(4)&lt;/script&gt;</span>');
    expect(await body(`/runs/${recording.ids.rejected}`)).toContain('Reason: &lt;script&gt;alert(5)&lt;/script&gt; we check the NAT keepalive first');
  });

  it('need no inline script, style attribute or event handler', async () => {
    for (const url of ['/pending', `/runs/${recording.ids.succeeded}`, `/runs/${recording.ids.failed}`, '/runs', '/servers', '/servers/lab2', '/login']) {
      const html = (await get(url)).body;
      expect(html, url).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, url).not.toMatch(/<[^>]*\sstyle=/);
      expect(html, url).not.toMatch(/<[^>]*\son[a-z]+=/);
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

  it('filter, search and page the runs list', async () => {
    const check = recording.runs.find((r) => r.kind === 'diagnose' && r.serverId === 'lab1')!;
    await h.copy(check.id, 55);
    const checks = 55 + recording.runs.filter((r) => r.status === 'diagnosed' && r.serverId === 'lab1').length;
    const first = await body('/runs?server=lab1&status=diagnosed');
    expect(first.match(/<tr data-run=/g)).toHaveLength(50);
    expect(first).toContain(`${checks} runs`);
    expect(first).toContain('href="/runs?server=lab1&amp;status=diagnosed&amp;page=2"');
    const second = await body('/runs?server=lab1&status=diagnosed&page=2');
    expect(second.match(/<tr data-run=/g)).toHaveLength(checks - 50);
    const hurried = recording.runs.filter((r) => r.symptomText?.includes('please hurry')).map((r) => r.id);
    expect(hurried.length).toBeGreaterThan(0);
    const search = await body('/runs?q=PLEASE+HURRY');
    expect([...search.matchAll(/<tr data-run="([^"]+)"/g)].map((m) => m[1]).sort()).toEqual([...hurried].sort());
    const bad = await get('/runs?status=bogus&from=yesterday');
    expect(bad.statusCode).toBe(200);
    expect(bad.body).toContain('Ignored: status');
  });

  it('show a server history with its tags and latest facts', async () => {
    const page = await body('/servers/lab2');
    expect(page).toContain('<dt>tags</dt><dd>nat-phones</dd>');
    expect(page).toContain(`data-run="${recording.ids.pending}"`);
    // Latest facts: from the newest run on lab2 that read it (here the engineer's health check).
    const newest = recording.runs.filter((r) => r.serverId === 'lab2' && (r.factsAfter ?? r.factsAtApply ?? r.factsBefore)).at(-1)!;
    expect(newest.id).toBe(recording.ids.healthCheck);
    expect(page).toContain(`from <a href="/runs/${newest.id}">`);
    expect(factCell(page, 'tags', 'before')).toBe('nat-phones');
    expect((await get('/servers/nope')).statusCode).toBe(404);
  });

  it('answer unknown runs with 404', async () => {
    expect((await get('/runs/R-999999')).statusCode).toBe(404);
    expect((await get('/runs/%3Cscript%3E')).body).not.toContain('<script>');
  });

  it('reload a queued or running run by itself, and only then', async () => {
    const [queued] = await h.copy(recording.ids.pendingFull);
    const rahimEngineer = h.config.engineers.find((e) => e.id === 'rahim')!;
    expect((await h.actions.approve(queued!, { kind: 'engineer', engineer: rahimEngineer, via: 'web' })).ok).toBe(true);
    const page = await body(`/runs/${queued}`);
    expect(page).toContain('http-equiv="refresh"');
    expect(page).toContain('Approved by <strong data-approved-by><span class="person" title="web:rahim">Rahim (dashboard)</span></strong>');
    expect(await body(`/runs/${recording.ids.succeeded}`)).not.toContain('http-equiv="refresh"');
  });

  it('serve the stylesheet and script with long caching', async () => {
    const page = await body('/pending');
    const css = /href="(\/static\/app\.[0-9a-f]+\.css)"/.exec(page)![1]!;
    const js = /src="(\/static\/pending\.[0-9a-f]+\.js)"/.exec(page)![1]!;
    const a = await h.app.inject({ url: css });
    expect(a.headers['content-type']).toContain('text/css');
    expect(a.headers['cache-control']).toContain('immutable');
    expect((await h.app.inject({ url: js })).headers['content-type']).toContain('javascript');
  });
});
