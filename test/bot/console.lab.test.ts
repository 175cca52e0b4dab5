// Drives the real program: `vos-assist start --chat console` as a child process, speaking
// on its stdin and reading its stdout, against a lab host and the real Redis (database 4).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLab, type Lab } from '../../testkit/lab/index.js';
import { testRedisUrl } from '../helpers/redis.js';

const REDIS_URL = testRedisUrl(4);
let lab: Lab;
let dir: string;
let child: ChildProcessWithoutNullStreams;
let out = '';

function waitForOutput(re: RegExp, from: number, timeoutMs = 40_000): Promise<string> {
  return new Promise((res, rej) => {
    const t0 = Date.now();
    const tick = () => {
      const m = re.exec(out.slice(from));
      if (m) return res(m[0]);
      if (Date.now() - t0 > timeoutMs) return rej(new Error(`no ${re} in output:\n${out.slice(from)}`));
      setTimeout(tick, 50);
    };
    tick();
  });
}

beforeAll(async () => {
  const r = new Redis(REDIS_URL);
  await r.flushdb();
  r.disconnect();
  lab = await createLab({ hosts: 1, name: 'console' });
  dir = mkdtempSync(join(tmpdir(), 'vos-console-'));
  await lab.writeConfig(join(dir, 'vos-assist.yaml'));
  child = spawn(process.execPath, [resolve('bin/vos-assist.js'), '--config', join(dir, 'vos-assist.yaml'), '--data', join(dir, 'data'), 'start', '--chat', 'console', '--as', '+8801700000001', '--web', 'off'], {
    env: { ...process.env, REDIS_URL },
  });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  await waitForOutput(/speaking as \+8801700000001/, 0);
});

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
  await lab?.teardown();
  rmSync(dir, { recursive: true, force: true });
});

describe('vos-assist start --chat console', () => {
  it('runs the whole loop in a terminal: symptom, proposal, /as engineer, approve, result', async () => {
    let mark = out.length;
    // What the customer describes, in the softswitch log: a proposal needs evidence on the server.
    await lab.appendSoftswitchLog('lab1', ['[sip] tcp connect to trunk failed: bind failed: Address already in use']);
    child.stdin.write('log full of "bind failed: Address already in use" every evening\n');
    const proposal = await waitForOutput(/Proposed fix \(run (R-\d+)\)/, mark);
    const runId = /R-\d+/.exec(proposal)![0];
    await waitForOutput(new RegExp(`\\[to \\+8801900000002\\] \\[${runId}\\] ACME Telecom · lab1`), mark);

    mark = out.length;
    child.stdin.write('/as +8801900000002\n');
    await waitForOutput(/now speaking as \+8801900000002/, mark);
    child.stdin.write(`approve ${runId}\n`);
    await waitForOutput(/\[to \+8801700000001\] Approved by Rahim/, mark);
    await waitForOutput(/\[to \+8801700000001\] Done\. lab1 now: RST close On, tcp_tw_reuse 1, ports 1024–65535/, mark);
    expect(await lab.sysctl('lab1', 'net.ipv4.ip_local_port_range')).toBe('1024 65535');
  });

  it('stops cleanly on SIGTERM', async () => {
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code).toBe(0);
    expect(out).toMatch(/stopping \(SIGTERM\)/);
  });
});
