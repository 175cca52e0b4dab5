// Fleet benchmark: the `port_exhaustion` remediation fanned out to 20 lab hosts through the
// job queue (BullMQ on Redis), workers at concurrency 10.
//
//   npm run build && node dist/bench/fleet.js [--hosts 20] [--concurrency 10] [--single-runs 5]
//                                            [--worker-process] [--no-reference] [--json]
//
// Phases, each on freshly reset hosts:
//   1. single host: the same Engine the workers use, in-process, no queue (median of a few
//      after one warm-up run);
//   2. reference: the 20 runs in-process at the same concurrency without the queue (a promise
//      pool), i.e. what the machine can do with no queue at all;
//   3. the fleet through the queue: 20 runs enqueued at once, workers in this process (or one
//      `vos-assist worker` process with --worker-process).
// Targets (the issue): queue overhead median < 5 ms; total ≤ 2.5 × (single-host time × hosts / concurrency).
//
// Queue overhead comes from BullMQ's own timestamps (job.timestamp = enqueued, processedOn =
// taken by a worker). "enqueue → start" includes waiting for a free slot (20 jobs, 10 slots:
// half of them wait for a whole run), so the overhead proper is start − ready, ready being the
// enqueue time or, if all C slots were busy, the moment one came free. "The queue alone" sends
// the same burst of jobs through the same queue to a processor that does nothing: BullMQ's
// dispatch cost with no SSH work competing for the event loop and the cores; then 20 no-op jobs
// one at a time, each to an idle worker, as approvals in the chat arrive. "Enqueue call → first
// C starts" times the first C starts from the moment enqueueMany was called, a clock the
// producer does not set (a job's timestamp is taken when the producer builds it).
//
// The lab hosts are network namespaces on this machine: their sshd and every command a run
// starts there use the same cores as the workers. The benchmark therefore also measures CPU
// time per run — in the worker (Node) and in the host (the lab sshd's own and reaped
// children's CPU) — and the floor it implies: hosts × CPU per run / cores. Other programs on
// the machine are shown as the share of CPU they took during the fleet phase.
//
// Needs root (the lab) and redis-server on PATH (a private one is started; REDIS_URL, when
// set, is used instead with a key prefix of its own). Exits 1 when a run fails.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { QueueEvents, Worker, type Job } from 'bullmq';
import { parseConfig } from '../config/index.js';
import { connectSsh } from '../executors/ssh.js';
import { Engine, type EngineDeps } from '../runs/engine/index.js';
import { createRedis } from '../queue/connection.js';
import { findExecutable, spawnRedisServer, type RedisServer } from '../queue/embedded-redis.js';
import { jobIdFor, QUEUES } from '../queue/jobs.js';
import { Producer } from '../queue/producer.js';
import { startWorkers, type Workers } from '../queue/worker.js';
import { openRunStore } from '../store/open.js';
import { isFinal, type Run } from '../store/types.js';
import { createLab, type Lab } from '../testkit/lab/index.js';
import { deleteKeys } from '../test/queue/fixture.js';
import { closedPort } from '../test/queue/helpers.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} needs a positive integer`);
  return n;
}

const HOSTS = arg('hosts', 20);
const CONCURRENCY = arg('concurrency', 10);
const SINGLE_RUNS = arg('single-runs', 5);
const json = process.argv.includes('--json');
const workerProcess = process.argv.includes('--worker-process');
const reference = !process.argv.includes('--no-reference');
const CORES = availableParallelism();

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const median = (xs: number[]) => {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Nearest-rank percentile. */
const pct = (xs: number[], p: number) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 1 : 0)} ms`;
const say = (line: string) => void (json || process.stderr.write(`${line}\n`));

// ---- CPU accounting ---------------------------------------------------------------

const TICK_MS = 10; // USER_HZ is 100 on Linux
/** utime+stime(+cutime+cstime: reaped children) of a process, in ms. */
function procCpuMs(pid: number, withChildren: boolean): number {
  try {
    const st = readFileSync(`/proc/${pid}/stat`, 'latin1');
    const f = st.slice(st.lastIndexOf(')') + 2).split(' ').map(Number);
    return (f[11]! + f[12]! + (withChildren ? f[13]! + f[14]! : 0)) * TICK_MS;
  } catch {
    return 0;
  }
}
/** CPU the lab hosts used: each sshd with the sessions (and their commands) it has reaped. */
function labCpuMs(lab: Lab, ids = lab.hosts.map((h) => h.id)): number {
  let sum = 0;
  for (const id of ids) {
    try {
      sum += procCpuMs(Number(readFileSync(join(lab.host(id).dir, 'sshd.pid'), 'utf8').trim()), true);
    } catch {
      // no pid file: not counted
    }
  }
  return sum;
}
/** Machine-wide busy and total CPU time from /proc/stat, in ms. */
function machineCpu(): { busy: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.slice(0, 8).reduce((a, b) => a + b, 0) * TICK_MS;
  return { busy: total - (f[3]! + f[4]!) * TICK_MS, total };
}
const nodeCpuMs = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
const settle = () => new Promise((r) => setTimeout(r, 300)); // let the hosts' sshd reap finished sessions

async function main(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-fleet-'));
  let lab: Lab | null = null;
  let redis: RedisServer | null = null;
  try {
    const t0 = performance.now();
    lab = await createLab({ hosts: HOSTS, name: 'bench-fleet' });
    const theLab = lab;
    say(`lab: ${HOSTS} hosts up in ${ms(performance.now() - t0)}; ${CORES} cores`);
    const configPath = join(dir, 'vos-assist.yaml');
    writeFileSync(configPath, lab.configYaml());
    const config = parseConfig(lab.configYaml(), configPath);
    const dataDir = join(dir, 'data');
    const store = await openRunStore({ dataDir });
    const openTarget: EngineDeps['openTarget'] = (server, signal) => connectSsh(server, signal ? { signal } : {});
    const server = (id: string) => config.servers.find((s) => s.id === id)!;
    const newRun = (id: string, status: 'running' | 'queued') =>
      store.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: id, customerId: server(id).customer, status, requestedBy: 'bench' });
    const resetAll = () => Promise.all(theLab.hosts.map((h) => theLab.reset(h.id)));
    const runner = new Engine({ store, openTarget });

    // ── 1. single host, in-process, no queue ────────────────────────────────────────
    const single: number[] = [];
    const singleNodeCpu: number[] = [];
    const singleHostCpu: number[] = [];
    for (let i = 0; i <= SINGLE_RUNS; i++) {
      await lab.reset('lab1');
      const run = await newRun('lab1', 'running');
      const [h0, c0, t] = [labCpuMs(lab, ['lab1']), process.cpuUsage(), performance.now()];
      const r = await runner.execute(run.id, server('lab1'));
      const wall = performance.now() - t;
      const nodeCpu = nodeCpuMs(process.cpuUsage(c0));
      if (r.status !== 'succeeded') throw new Error(`single-host run ${run.id} ended ${r.status}: ${r.outcome}`);
      await settle();
      if (i === 0) continue; // warm-up: JIT, key parsing, page cache
      single.push(wall);
      singleNodeCpu.push(nodeCpu);
      singleHostCpu.push(labCpuMs(lab, ['lab1']) - h0);
    }
    const singleMs = median(single);
    const cpuPerRun = median(singleNodeCpu) + median(singleHostCpu);
    say(`single host: median ${ms(singleMs)} of ${SINGLE_RUNS}; CPU per run ${ms(median(singleNodeCpu))} worker + ${ms(median(singleHostCpu))} host`);

    // ── 2. reference: same fan-out without the queue ───────────────────────────────────
    let directMs: number | null = null;
    if (reference) {
      await resetAll();
      const runs = await Promise.all(lab.hosts.map((h) => newRun(h.id, 'running')));
      const t = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < runs.length) {
            const run = runs[next++]!;
            const r = await runner.execute(run.id, server(run.serverId));
            if (r.status !== 'succeeded') throw new Error(`reference run ${run.id} ended ${r.status}: ${r.outcome}`);
          }
        }),
      );
      directMs = performance.now() - t;
      say(`reference without the queue: ${ms(directMs)}`);
    }

    // ── 3. the fleet through the queue ─────────────────────────────────────────────────
    const envUrl = process.env.REDIS_URL?.trim();
    let url: string;
    if (envUrl) url = envUrl;
    else {
      const binary = findExecutable('redis-server', process.env.PATH);
      if (!binary) throw new Error('redis-server is not on PATH (apt-get install redis-server), or set REDIS_URL');
      redis = await spawnRedisServer({ binary, dir: join(dir, 'redis'), port: await closedPort() });
      url = redis.url;
    }
    // A private Redis needs no prefix; the worker process uses BullMQ's default one.
    const prefix = envUrl ? `bench${randomUUID().slice(0, 8)}` : undefined;
    if (envUrl && workerProcess) throw new Error('--worker-process needs the private Redis (unset REDIS_URL): the worker command has no key prefix');
    const connection = createRedis(url);
    const producer = new Producer(connection, prefix);
    let workers: Workers | null = null;
    let child: ReturnType<typeof spawn> | null = null;
    if (workerProcess) {
      child = spawn(process.execPath, [resolve('bin/vos-assist.js'), '--config', configPath, '--data', dataDir, 'worker', '--concurrency', String(CONCURRENCY)], {
        env: { ...process.env, REDIS_URL: url },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let err = '';
      await new Promise<void>((res, rej) => {
        child!.stderr!.on('data', (d: Buffer) => {
          err += d.toString();
          if (err.includes('worker ready')) res();
        });
        child!.once('exit', (code) => rej(new Error(`vos-assist worker exited (${code}): ${err}`)));
      });
    } else {
      workers = startWorkers({ connection, store, serverById: (id) => config.servers.find((s) => s.id === id), openTarget }, { concurrency: CONCURRENCY, ...(prefix ? { prefix } : {}) });
      await workers.remediate.waitUntilReady();
    }
    await resetAll();
    await settle();

    const runs: Run[] = [];
    for (const h of lab.hosts) runs.push(await newRun(h.id, 'queued'));
    // Woken by the queue's events (as the fleet command is), not by polling the store.
    const eventsConnection = createRedis(url);
    const events = new QueueEvents(QUEUES.remediate, { connection: eventsConnection, ...(prefix ? { prefix } : {}) });
    await events.waitUntilReady();
    const pending = new Set(runs.map((r) => jobIdFor(r.id, 'apply')));
    const allDone = new Promise<void>((res) => {
      const onDone = ({ jobId }: { jobId: string }) => void (pending.delete(jobId) && pending.size === 0 && res());
      events.on('completed', onDone);
      events.on('failed', onDone);
    });
    const [m0, h0, c0, w0] = [machineCpu(), labCpuMs(lab), process.cpuUsage(), child ? procCpuMs(child.pid!, false) : 0];
    const tStart = Date.now();
    const tEnqueue = performance.now();
    await producer.enqueueMany(runs); // as `playbook run --queue` does: one round trip for all jobs
    const enqueueMs = performance.now() - tEnqueue;
    await allDone;
    const final = await Promise.all(runs.map((r) => store.getRun(r.id)));
    if (!final.every((r) => r && isFinal(r.status))) throw new Error('a job completed but its run is not final in the store');
    const tEnd = Math.max(...final.map((r) => Date.parse(r!.finishedAt!)));
    const totalMs = tEnd - tStart;
    const workerCpu = child ? procCpuMs(child.pid!, false) - w0 : nodeCpuMs(process.cpuUsage(c0));
    await settle();
    const [m1, h1] = [machineCpu(), labCpuMs(lab)];
    const hostCpu = h1 - h0;
    const othersShare = Math.max(0, m1.busy - m0.busy - hostCpu - workerCpu) / (m1.total - m0.total);
    const failed = final.filter((r) => r!.status !== 'succeeded');

    const fleetJobs = await Promise.all(runs.map((r) => producer.queues.remediate.getJob(jobIdFor(r.id, 'apply'))));
    const { waitAll, overhead, runMs } = queueTimings(fleetJobs);
    // The first C starts on a clock the producer does not set: from the enqueue call, not from
    // each job's own timestamp. A change to how jobs are added must improve these too.
    const firstStarts = sorted(fleetJobs.map((j) => j!.processedOn! - tStart)).slice(0, CONCURRENCY);

    await workers?.close();
    if (child) {
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await events.close();
    eventsConnection.disconnect();
    await producer.close();

    // ── 4. the queue alone: the same jobs, same options, same slots, a processor that does nothing ─
    const noopPrefix = `noop${randomUUID().slice(0, 8)}`;
    const noopProducer = new Producer(connection, noopPrefix);
    const noopWorker = new Worker(QUEUES.remediate, async () => null, { connection, prefix: noopPrefix, concurrency: CONCURRENCY });
    await noopWorker.waitUntilReady();
    const noopRuns = runs.map((r) => ({ id: r.id, kind: r.kind, createdAt: r.createdAt }));
    const noopDone = new Promise<void>((res) => {
      let left = noopRuns.length;
      noopWorker.on('completed', () => void (--left === 0 && res()));
    });
    await noopProducer.enqueueMany(noopRuns);
    await noopDone;
    const noop = queueTimings(await Promise.all(noopRuns.map((r) => noopProducer.queues.remediate.getJob(jobIdFor(r.id, 'apply')))));
    // One job at a time to an idle worker, as an approval in the chat enqueues it.
    const single1: number[] = [];
    for (const [i, r] of noopRuns.entries()) {
      const one = { id: `R-${1000 + i}`, kind: r.kind };
      const completed = new Promise<void>((res) => noopWorker.once('completed', () => res()));
      await noopProducer.enqueue(one);
      await completed;
      const job = await noopProducer.queues.remediate.getJob(jobIdFor(one.id, 'apply'));
      single1.push(job!.processedOn! - job!.timestamp);
    }
    await noopWorker.close();
    await noopProducer.close();
    // A shared Redis (REDIS_URL) keeps nothing of the benchmark; a private one is stopped anyway.
    if (envUrl) for (const p of [prefix, noopPrefix]) await deleteKeys(connection, `${p}:*`);
    connection.disconnect();
    await store.close();

    const budget = 2.5 * ((singleMs * HOSTS) / CONCURRENCY);
    const floor = (HOSTS * cpuPerRun) / CORES;
    const report = {
      hosts: HOSTS,
      concurrency: CONCURRENCY,
      cores: CORES,
      workers: workerProcess ? 'process' : 'in-process',
      singleHostMs: Math.round(singleMs),
      totalMs,
      totalBudgetMs: Math.round(budget),
      totalOk: totalMs <= budget,
      queueOverheadMs: { median: median(overhead), p99: pct(overhead, 99), max: Math.max(...overhead), inStartOrder: overhead },
      queueOverheadOk: median(overhead) < 5,
      enqueueToStartMs: { median: median(waitAll), p99: pct(waitAll, 99) },
      queueAloneMs: { median: median(noop.overhead), p99: pct(noop.overhead, 99), enqueueToStartMedian: median(noop.waitAll) },
      queueOneJobMs: { median: median(single1), p99: pct(single1, 99) },
      enqueueAllMs: +enqueueMs.toFixed(1),
      enqueueCallToFirstStartsMs: { first: firstStarts[0]!, median: median(firstStarts), last: firstStarts.at(-1)! },
      jobRunMs: { median: median(runMs), p99: pct(runMs, 99), max: Math.max(...runMs) },
      withoutQueueMs: directMs === null ? null : Math.round(directMs),
      cpuPerRunMs: { worker: Math.round(median(singleNodeCpu)), host: Math.round(median(singleHostCpu)) },
      cpuFloorMs: Math.round(floor),
      fleetCpuMs: { worker: Math.round(workerCpu), hosts: Math.round(hostCpu) },
      otherProgramsCpuShare: +othersShare.toFixed(2),
      failed: failed.map((r) => `${r!.id} ${r!.status} ${r!.outcome ?? ''}`),
    };
    if (json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else {
      const ok = (b: boolean) => (b ? 'met' : 'MISSED');
      const lines = [
        '',
        `port_exhaustion on ${HOSTS} lab hosts through the queue, worker concurrency ${CONCURRENCY} (${report.workers}), ${CORES} cores`,
        `  single-host run (in-process, median)   ${ms(singleMs)}`,
        `  total wall time                        ${ms(totalMs)}   target ≤ 2.5 × ${ms(singleMs)} × ${HOSTS}/${CONCURRENCY} = ${ms(budget)}: ${ok(report.totalOk)}`,
        `  job timestamp → processedOn            median ${ms(report.enqueueToStartMs.median)}, p99 ${ms(report.enqueueToStartMs.p99)}   (includes waiting for one of the ${CONCURRENCY} slots)`,
        `  queue overhead (ready → processedOn)   median ${ms(report.queueOverheadMs.median)}, p99 ${ms(report.queueOverheadMs.p99)}   target median < 5 ms: ${ok(report.queueOverheadOk)}`,
        `  the queue alone, same burst, no-op     median ${ms(report.queueAloneMs.median)}, p99 ${ms(report.queueAloneMs.p99)}`,
        `  the queue alone, one job at a time     median ${ms(report.queueOneJobMs.median)}, p99 ${ms(report.queueOneJobMs.p99)}   (an approval in the chat)`,
        `  enqueue call → first ${CONCURRENCY} starts         first ${ms(report.enqueueCallToFirstStartsMs.first)}, median ${ms(report.enqueueCallToFirstStartsMs.median)}, last ${ms(report.enqueueCallToFirstStartsMs.last)}`,
        `  enqueue all ${HOSTS} jobs (one call)         ${ms(report.enqueueAllMs)}`,
        `  job run time under load                median ${ms(report.jobRunMs.median)}, p99 ${ms(report.jobRunMs.p99)}`,
        ...(directMs !== null ? [`  same fan-out without the queue         ${ms(directMs)}`] : []),
        `  CPU per run                            ${ms(report.cpuPerRunMs.worker)} in the worker + ${ms(report.cpuPerRunMs.host)} in the lab host`,
        `  CPU floor on ${CORES} cores                    ${HOSTS} × ${ms(cpuPerRun)} / ${CORES} = ${ms(floor)}  (lab hosts share this machine's cores)`,
        `  fleet phase CPU                        ${ms(workerCpu)} worker, ${ms(hostCpu)} lab hosts; other programs took ${Math.round(othersShare * 100)} % of the machine`,
        failed.length ? `  FAILED: ${report.failed.join('; ')}` : `  all ${HOSTS} runs succeeded`,
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    return failed.length ? 1 : 0;
  } finally {
    await redis?.stop();
    await lab?.teardown();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Per job, from BullMQ's timestamps: enqueue → start; the overhead proper, start − ready; and
 * the run time. ready = enqueued, or later, if all C slots were taken meanwhile, the last moment
 * before its start at which one of them came free (a job that had been running with C − 1
 * others ended).
 */
function queueTimings(jobs: (Job | undefined)[]): { waitAll: number[]; overhead: number[]; runMs: number[] } {
  const timing = jobs.map((j) => ({ enq: j!.timestamp, start: j!.processedOn!, end: j!.finishedOn! }));
  const byStart = [...timing].sort((a, b) => a.start - b.start);
  const overhead = byStart.map((t, i) => {
    const earlier = byStart.slice(0, i);
    const runningJustBefore = (at: number) => earlier.filter((e) => e.start < at && e.end >= at).length;
    const slotFreed = earlier.map((e) => e.end).filter((end) => end > t.enq && end <= t.start && runningJustBefore(end) >= CONCURRENCY);
    return t.start - Math.max(t.enq, ...slotFreed);
  });
  return { waitAll: timing.map((t) => t.start - t.enq), overhead, runMs: timing.map((t) => t.end - t.start) };
}


process.exitCode = await main();
