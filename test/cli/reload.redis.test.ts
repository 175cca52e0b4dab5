// Config reload on a real `vos-assist start` process (the built bin, the console chat, a
// redis-server of this file's own, a SQLite store): SIGHUP and `vos-assist reload` over the
// admin socket read the file again; a refused file keeps the running config and says why.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminSocketPath } from '../../app/admin.js';
import { UNKNOWN_SENDER } from '../../bot/replies.js';
import { en } from '../../bot/i18n/en.js';
import { startPrivateRedis, type PrivateRedis } from '../../testkit/private-redis.js';
import { until } from '../../testkit/wait.js';

const BIN = resolve('bin/vos-assist.js');
const NEWCOMER = '+8801700000077';
let dir: string;
let config: string;
let redis: PrivateRedis;
let proc: ChildProcessWithoutNullStreams;
let out = '';
let err = '';

const yaml = (customers: string) =>
  `customers:\n  - id: acme\n    name: ACME\n    chats: ["+8801700000001"]\n${customers}servers:\n  - id: vos1\n    customer: acme\n    host: 192.0.2.10\n    username: root\n    privateKeyPath: ./k\n    hostKeySha256: "SHA256:${'A'.repeat(43)}"\nengineers:\n  - id: rahim\n    name: Rahim\n    chats: ["+8801900000002"]\n    role: approver\n`;
const BETA = `  - id: beta\n    name: Beta Telecom\n    chats: ["${NEWCOMER}"]\n`;

/** Sends one chat line and waits for the answer to appear after what was printed so far. */
async function say(text: string, expected: string): Promise<string> {
  const from = out.length;
  proc.stdin.write(`${text}\n`);
  await until(() => out.slice(from).includes(expected), `"${expected}" after "${text}"; got: ${out.slice(from)}`, 20_000);
  return out.slice(from);
}

const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, '--config', config, '--data', join(dir, 'data'), ...args], { encoding: 'utf8', timeout: 60_000 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vos-reload-'));
  config = join(dir, 'vos-assist.yaml');
  writeFileSync(config, yaml(''));
  writeFileSync(join(dir, 'k'), 'not used: no run reaches a server here\n', { mode: 0o600 });
  redis = await startPrivateRedis(dir);
  proc = spawn(process.execPath, [BIN, '--config', config, '--data', join(dir, 'data'), 'start', '--chat', 'console', '--as', NEWCOMER, '--web', 'off'], {
    env: { ...process.env, REDIS_URL: redis.server.url },
  });
  proc.stdout.on('data', (d: Buffer) => (out += d.toString()));
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  await until(() => err.includes('VOS Assist running'), `start; stderr: ${err}`, 60_000);
});
afterAll(async () => {
  if (proc && proc.exitCode === null) {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
  await redis?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('config reload of a running start', () => {
  it('serves the admin socket only to its owner', () => {
    const sock = adminSocketPath(join(dir, 'data'));
    expect(statSync(sock).isSocket()).toBe(true);
    expect(statSync(join(dir, 'data', 'run')).mode & 0o777).toBe(0o700);
    expect(statSync(sock).mode & 0o077).toBe(0);
  });

  it('SIGHUP makes a customer added to the file known to the bot at once', async () => {
    expect(await say('hi', UNKNOWN_SENDER)).not.toContain(en.greeting);

    writeFileSync(config, yaml(BETA));
    const from = err.length;
    proc.kill('SIGHUP');
    await until(() => err.slice(from).includes('config reloaded: customers: +beta'), `the reload; stderr: ${err.slice(from)}`, 20_000);

    expect(await say('hello', en.greeting)).not.toContain(UNKNOWN_SENDER);
    expect(proc.exitCode).toBeNull();
  });

  it('`vos-assist reload` refuses a bad file with file, line and reason, and the running config stays', async () => {
    // Line 10: a server naming a customer that is not there.
    writeFileSync(config, yaml(BETA).replace('customer: acme', 'customer: nobody'));
    const from = err.length;
    const r = cli('reload');
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain(`reload refused: ${config}: invalid config`);
    expect(r.stderr).toContain(`${config}:10:5: servers[0].customer: names customer "nobody", which is not in customers`);
    expect(r.stderr).toContain('Fix the file and reload again; the running config stays in force.');
    await until(() => err.slice(from).includes('reload refused'), `the refusal in the log; stderr: ${err.slice(from)}`, 20_000);

    // Beta is still a customer, acme's server still known: the old config runs on.
    expect(await say('hi again', en.greeting)).not.toContain(UNKNOWN_SENDER);
    expect(proc.exitCode).toBeNull();
  });

  it('`vos-assist reload` applies a good file and says what needs a restart', () => {
    writeFileSync(config, `${yaml('')}settings:\n  workerConcurrency: 3\n  proposalTtlMinutes: 10\n`);
    const r = cli('reload');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('config reloaded: customers: -beta; applied: settings.proposalTtlMinutes; needs a restart: settings.workerConcurrency');
  });

  it('without a running process, reload says so and exits 1', () => {
    const r = spawnSync(process.execPath, [BIN, '--config', config, '--data', join(dir, 'elsewhere'), 'reload'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`no running vos-assist start uses the data dir ${join(dir, 'elsewhere')}`);
  });
});
