// The fault matrix of issue 20 against the real product: lab hosts (network namespaces with
// sshd), a redis-server of the benchmark's own, SQLite and (when it answers) PostgreSQL. Each
// area tries its faults and counts those the product handled as the issue requires; the table
// at the end is tried / handled / failed per area. Target: 0 failed.
//
//   npm run build && node dist/bench/faults.js [--only chat,config,…] [--postgres URL | --no-postgres]
//
// Areas: chat, config, softswitch, ssh, dashboard, redis, decisions, recovery. Needs root (the
// lab), redis-server and ssh-keygen on PATH. Exits 1 when a probe failed. PostgreSQL for the
// concurrent decisions: --postgres URL, else $TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load.js';
import { findExecutable, spawnRedisServer } from '../queue/embedded-redis.js';
import { createLab } from '../testkit/lab/index.js';
import { chatProbes } from './faults/chat.js';
import { configProbes } from './faults/config.js';
import { dashboardProbes } from './faults/dashboard.js';
import { decisionProbes } from './faults/decisions.js';
import type { FaultEnv } from './faults/env.js';
import { freePort, runProbes, type Probe, type Tally } from './faults/kit.js';
import { recoveryProbes } from './faults/recovery.js';
import { redisProbes } from './faults/redis.js';
import { softswitchProbes } from './faults/softswitch.js';
import { sshProbes } from './faults/ssh.js';

const argAfter = (name: string) => {
  const i = process.argv.indexOf(name);
  return i < 0 ? undefined : process.argv[i + 1];
};
const only = argAfter('--only')?.split(',');
const postgresUrl = process.argv.includes('--no-postgres') ? null : (argAfter('--postgres') ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const say = (line: string) => process.stderr.write(`${line}\n`);

/** An area: its probes, built against the environment, and what to close after. */
type AreaSetup = (env: FaultEnv) => Promise<{ probes: Probe[]; close?: () => Promise<void>; note?: string | null }>;

const AREAS: readonly [string, string, AreaSetup][] = [
  ['chat', 'chat input', chatProbes],
  ['config', 'config files', async (env) => ({ probes: configProbes(env) })],
  ['softswitch', 'softswitch.conf', softswitchProbes],
  ['ssh', 'SSH faults', sshProbes],
  ['dashboard', 'dashboard', dashboardProbes],
  ['redis', 'Redis', redisProbes],
  ['decisions', 'concurrent decisions', (env) => decisionProbes(env, postgresUrl)],
  ['recovery', 'recovery', recoveryProbes],
];

async function main(): Promise<number> {
  const binary = findExecutable('redis-server', process.env.PATH);
  if (!binary) throw new Error('redis-server is not on PATH (apt-get install redis-server)');
  const dir = mkdtempSync(join(tmpdir(), 'vos-faults-'));
  // lab1: chat, dashboard, Redis, decisions; lab2: softswitch.conf, SSH, recovery; lab3 without `ss`; lab4 CentOS 6.
  const lab = await createLab({ hosts: [{}, {}, { noSs: true, style: 'bare' }, { legacy: true }], name: 'bench-faults' });
  const redis = await spawnRedisServer({ binary, dir: join(dir, 'redis'), port: await freePort() });
  const tallies: Tally[] = [];
  const notes: string[] = [];
  try {
    const configPath = join(dir, 'vos-assist.yaml');
    // One server per customer: a customer's message is about its one server, with no question which.
    await lab.writeConfig(configPath, { customers: { acme: ['lab1'], beta: ['lab2'], gamma: ['lab3'], delta: ['lab4'] } });
    const env: FaultEnv = { lab, dir, configPath, config: await loadConfig(configPath, { cacheDir: join(dir, 'config-cache') }), redis, say };
    for (const [key, title, setup] of AREAS) {
      if (only && !only.includes(key)) continue;
      say(`${title}:`);
      let area: Awaited<ReturnType<AreaSetup>> | null = null;
      try {
        area = await setup(env);
        if (area.note) notes.push(`${title}: ${area.note}`);
        tallies.push(await runProbes(title, area.probes, say));
      } catch (err) {
        // An area that cannot even be set up counts as one failed probe, with why.
        tallies.push({ area: title, tried: 1, handled: 0, failures: [{ probe: '(setting up the area)', why: (err as Error).stack ?? String(err) }] });
        say(`  FAIL  ${title}: setting up: ${(err as Error).message}`);
      } finally {
        await area?.close?.().catch((e: Error) => say(`  closing ${title}: ${e.message}`));
      }
    }
  } finally {
    await redis.stop();
    await lab.teardown();
    rmSync(dir, { recursive: true, force: true });
  }

  const width = Math.max(...tallies.map((t) => t.area.length), 4);
  const row = (a: string, b: string | number, c: string | number, d: string | number) => `${a.padEnd(width)}  ${String(b).padStart(5)}  ${String(c).padStart(7)}  ${String(d).padStart(6)}`;
  const total = tallies.reduce((s, t) => ({ tried: s.tried + t.tried, handled: s.handled + t.handled, failed: s.failed + t.failures.length }), { tried: 0, handled: 0, failed: 0 });
  const lines = [
    '',
    row('area', 'tried', 'handled', 'failed'),
    ...tallies.map((t) => row(t.area, t.tried, t.handled, t.failures.length)),
    row('total', total.tried, total.handled, total.failed),
    '',
    ...tallies.flatMap((t) => t.failures.map((f) => `failed: ${t.area}: ${f.probe}: ${f.why.split('\n')[0]}`)),
    ...notes.map((n) => `note: ${n}`),
    `target: 0 failed: ${total.failed === 0 ? 'met' : 'NOT met'}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return total.failed === 0 ? 0 : 1;
}

process.exitCode = await main();
