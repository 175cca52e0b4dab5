// README.md's quick start, followed in a fresh copy of the repository: the demo comes up, the
// login it prints works in Chromium, and what it tells a newcomer to type (the chat lines,
// the commands for another terminal) works pasted as printed.
//
// Two departures from typing the README: `npm ci` is replaced by this checkout's node_modules
// (installed from the same lock; .ci/run runs the real `npm ci` on a fresh machine), and the
// demo gets `-- --web` with a free port and REDIS_URL a Redis of this suite's own, so the suite
// can run beside others.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../web/browser.js';

const README = readFileSync('README.md', 'utf8');
let dir: string;
let clone: string;
let redis: ChildProcessWithoutNullStreams | undefined;
let demo: ChildProcessWithoutNullStreams | undefined;
let out = '';
let port: number;

/** The shell commands of the README's quick start, one per fenced block. */
function quickStart(): string[] {
  const section = README.slice(README.indexOf('## Quick start'), README.indexOf('\n## ', README.indexOf('## Quick start') + 1));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!.trim());
}

function waitFor(re: RegExp, from = 0, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((res, rej) => {
    const t0 = Date.now();
    const tick = () => {
      const m = re.exec(out.slice(from));
      if (m) return res(m);
      if (demo?.exitCode !== null && demo?.exitCode !== undefined) return rej(new Error(`the demo exited (${demo.exitCode}) before ${re}:\n${out.slice(from)}`));
      if (Date.now() - t0 > timeoutMs) return rej(new Error(`no ${re} in the demo's output:\n${out.slice(from)}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });

/** A copy of what a clone holds: the files git tracks, and new ones it would track. */
function copyRepository(to: string): void {
  const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    if (!existsSync(f)) continue; // deleted in this checkout, not yet committed
    mkdirSync(dirname(join(to, f)), { recursive: true });
    copyFileSync(f, join(to, f));
    chmodSync(join(to, f), statSync(f).mode & 0o777);
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-quickstart-'));
  clone = join(dir, 'vos-assist');
  copyRepository(clone);
  symlinkSync(resolve('node_modules'), join(clone, 'node_modules'));
  const redisPort = await freePort();
  redis = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  port = await freePort();
  const [, demoCommand] = quickStart();
  expect(demoCommand).toBe('npm ci && npm run demo');
  demo = spawn('npm', ['run', 'demo', '--', '--web', `127.0.0.1:${port}`], { cwd: clone, env: { ...process.env, REDIS_URL: `redis://127.0.0.1:${redisPort}` } });
  demo.stdout.on('data', (d: Buffer) => (out += d.toString()));
  demo.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await waitFor(/speaking as \+8801700000001/, 0, 120_000);
});

afterAll(async () => {
  if (demo && demo.exitCode === null) {
    demo.kill('SIGTERM');
    await new Promise((r) => demo!.once('exit', r));
  }
  redis?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('README quick start', () => {
  it('has a preparation, the demo and the test command, which .ci/run runs exactly', () => {
    expect(quickStart()).toEqual(['bash .ci/prepare', 'npm ci && npm run demo', 'npm test']);
    const ci = readFileSync('.ci/run', 'utf8').trim().split('\n');
    expect(ci).toContain('bash .ci/prepare');
    expect(ci.at(-1)).toBe('npm test');
  });

  it('the demo prints a login that works in Chromium', async () => {
    const [, url, user, password] = (await waitFor(/Dashboard\s+(http:\/\/\S+)\s+user (\S+)\s+password (\S+)/))!;
    expect(url).toBe(`http://127.0.0.1:${port}`);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`${url}/`);
      expect(new URL(page.url()).pathname).toBe('/login');
      await page.fill('input[name=username]', user!);
      await page.fill('input[name=password]', password!);
      await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('button[type=submit]')]);
      expect(await page.locator('body').innerText()).toMatch(/Rahim/);
    } finally {
      await browser.close();
    }
  });

  it('the chat lines it prints run the loop: complaint, proposal, approve as Rahim, done', async () => {
    const banner = out.slice(0, out.indexOf('Ctrl-D'));
    const chat = banner.slice(banner.indexOf('you are the customer')).split('\n').filter((l) => l.startsWith('  ') && !l.includes('npx') && !l.startsWith('  cd '));
    expect(chat.map((l) => l.trim())).toEqual(['our switch stops taking new calls, log says "Address already in use"', '/as +8801900000002', 'approve R-…', '/as +8801700000001']);
    let mark = out.length;
    demo!.stdin.write(`${chat[0]!.trim()}\n`);
    const runId = (await waitFor(/Proposed fix \(run (R-\d+)\)/, mark))[1]!;
    mark = out.length;
    demo!.stdin.write(`${chat[1]!.trim()}\n`);
    await waitFor(/now speaking as \+8801900000002/, mark);
    demo!.stdin.write(`${chat[2]!.trim().replace('R-…', runId)}\n`);
    await waitFor(/\[to \+8801700000001\] Done\. lab1 now: RST close On/, mark);
    demo!.stdin.write(`${chat[3]!.trim()}\n`);
    await waitFor(/now speaking as \+8801700000001/, mark);
  });

  // Three CLI processes in a row (each allowed 60 s by spawnSync) and a browser: more than the default 30 s on a busy machine.
  it('the commands it prints for another terminal work pasted as printed', async () => {
    const banner = out.slice(out.indexOf('In another terminal:'), out.indexOf('Ctrl-D'));
    const lines = banner.split('\n').slice(1).map((l) => l.trim()).filter(Boolean);
    expect(lines[0]).toBe(`cd ${clone}`);
    expect(lines.slice(1).map((l) => l.split(' ').slice(0, 6).join(' '))).toEqual(Array(3).fill('npx vos-assist --config demo/vos-assist.yaml --data demo/data'));
    const shell = (line: string, input = '') => spawnSync('bash', ['-c', `${lines[0]} && ${line}`], { encoding: 'utf8', input, timeout: 60_000, env: { ...process.env, REDIS_URL: '' } });

    const diagnose = shell(lines[1]!);
    expect(diagnose.stderr).toBe('');
    expect(diagnose.status).toBe(0);
    expect(diagnose.stdout).toMatch(/server\s+lab1 \(CentOS/);
    const checkRun = /\(run (R-\d+)\)/.exec(diagnose.stdout)![1];

    const runs = shell(lines[2]!);
    expect(runs.status).toBe(0);
    // The demo's runs, the chat's approved one included, not an empty store elsewhere.
    expect(runs.stdout).toMatch(new RegExp(`^${checkRun} .* lab1 +diagnose +diagnosed `, 'm'));
    expect(runs.stdout).toMatch(/^R-\d+ .* lab1 +port_exhaustion +succeeded /m);

    const newPassword = 'a password of my own';
    const password = shell(lines[3]!, `${newPassword}\n`);
    expect(password.status).toBe(0);
    expect(password.stderr).toMatch(/dashboard password set for rahim \(approver\)/);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${port}/login`);
      await page.fill('input[name=username]', 'rahim');
      await page.fill('input[name=password]', newPassword);
      await Promise.all([page.waitForURL((u) => u.pathname !== '/login'), page.click('button[type=submit]')]);
      await page.goto(`http://127.0.0.1:${port}/runs`);
      expect(await page.locator('body').innerText()).toMatch(new RegExp(`${checkRun}\\b`));
    } finally {
      await browser.close();
    }
  }, 120_000);

  it('Ctrl-D ends the demo and removes the fake host', async () => {
    const ip = /one fake VOS3000 host \(lab1, (\S+)\)/.exec(out)![1]!;
    demo!.stdin.end();
    const code = await new Promise<number | null>((r) => demo!.once('exit', r));
    expect(code).toBe(0);
    expect(spawnSync('ip', ['-o', 'addr'], { encoding: 'utf8' }).stdout).not.toContain(ip.replace(/\.2$/, '.1/'));
  });
});
