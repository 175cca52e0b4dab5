// Recovery that must tell the truth: rollbacks after a lost link or a hand edit, backups that
// belong to their run, a worker killed mid-run, command lines and workers on one server, backup
// retention, a chat channel that fails at start. The engine in-process over real SSH, and the
// built command line and worker processes, against lab hosts.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { startApp } from '../../app/start.js';
import type { Channel } from '../../bot/channel.js';
import { WhatsAppChannelError } from '../../bot/channels/whatsapp/errors.js';
import { createRedis } from '../../queue/connection.js';
import { Producer } from '../../queue/producer.js';
import { resumeBoundMs } from '../../queue/worker.js';
import { backupPathFor, cleanBackups, Engine } from '../../runs/engine/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import { isFinal, type RunStore } from '../../store/types.js';
import { startPrivateRedis } from '../../testkit/private-redis.js';
import { BIN, type FaultEnv, openTarget, serverOf } from './env.js';
import { check, freePort, type Probe, sleep, until } from './kit.js';

const HOST = 'lab2';
const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';
const DAY = 24 * 3600 * 1000;
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A `vos-assist` process with its stderr collected. */
interface Cli {
  readonly child: ChildProcess;
  stderr(): string;
  readonly exited: Promise<number | null>;
}

/** The Channel seam, as a chat service that refuses this device at start (WhatsApp's 403). */
class RefusingChannel implements Channel {
  readonly name = 'refusing';
  stopped = false;
  async start(): Promise<void> {
    throw new WhatsAppChannelError('WA_FORBIDDEN', 'WhatsApp refuses this number (close code 403): check the number in the WhatsApp app; nothing is retried.');
  }
  async send(): Promise<void> {
    throw new Error('not started');
  }
  async stop(): Promise<void> {
    this.stopped = true;
  }
}

/** The recovery area. */
export async function recoveryProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const store: RunStore = await openRunStore({ dataDir: join(env.dir, 'recovery-data') });
  const engine = new Engine({ store, openTarget });
  const lifecycle = new RunLifecycle({ store, config: () => env.config });
  const server = serverOf(env, HOST);
  const confDir = dirname(env.lab.host(HOST).localConfPath);
  const kernel = async () => [await env.lab.sysctl(HOST, 'net.ipv4.tcp_tw_reuse'), await env.lab.sysctl(HOST, 'net.ipv4.ip_local_port_range')].join(' / ');
  const persisted = async () => (await env.lab.ssh(HOST, 'test -e /etc/sysctl.d/90-vos-assist.conf; echo $?')).stdout.trim() === '0';
  const rollBack = async (runId: string, s = server) => {
    const requested = await lifecycle.requestRollback(runId, { kind: 'cli', user: 'faults' }, { now: true });
    if (!requested.ok) throw new Error(requested.message);
    return engine.rollback(requested.run.id, s);
  };
  const applied = async (playbook: 'port_exhaustion' | 'nat_unregistered' = 'port_exhaustion', now?: () => Date) => {
    const run = await lifecycle.startDirect('remediate', playbook, server, 'cli:faults');
    const r = await new Engine({ store, openTarget, ...(now ? { now } : {}) }).execute(run.id, server);
    check(r.status === 'succeeded', `the run to roll back ${r.status}: ${r.outcome}`);
    return run.id;
  };

  // Command-line processes share a data directory of their own and the benchmark's Redis.
  const cliData = join(env.dir, 'recovery-cli-data');
  const cliStore = await openRunStore({ dataDir: cliData });
  const children: ChildProcess[] = [];
  const cli = (args: string[]): Cli => {
    const child = spawn(process.execPath, [BIN, '--config', env.configPath, '--data', cliData, ...args], { env: { ...process.env, REDIS_URL: env.redis.url }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let err = '';
    let out = '';
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    return { child, stderr: () => `${err}${out}`, exited };
  };
  const worker = async () => {
    const w = cli(['worker', '--concurrency', '1']);
    await until(() => w.stderr().includes('worker ready'), 'a worker to be ready', 30_000);
    return w;
  };
  const connection = createRedis(env.redis.url);
  connection.on('error', () => {});
  const producer = new Producer(connection);
  const queued = async () => {
    const run = await cliStore.createRun({ kind: 'remediate', playbook: 'port_exhaustion', serverId: HOST, customerId: server.customer, status: 'queued', requestedBy: 'faults' });
    await producer.enqueue(run);
    return run;
  };
  const finished = (s: RunStore, id: string, timeoutMs = 60_000) =>
    until(async () => {
      const r = await s.getRun(id);
      return r && isFinal(r.status) ? r : null;
    }, `${id} to finish`, timeoutMs);

  const probes: Probe[] = [
    {
      name: 'a link lost during the reload, which the server completes: the rollback says only what is true',
      run: async () => {
        await env.lab.reset(HOST);
        const original = await env.lab.readConf(HOST);
        const k = await kernel();
        const s = { ...server, commandTimeoutMs: 6_000 };
        await env.lab.setReloadBehaviour(HOST, 'slow');
        const run = await lifecycle.startDirect('remediate', 'port_exhaustion', s, 'cli:faults');
        const applying = engine.execute(run.id, s);
        await until(async () => (await store.listSteps(run.id)).some((x) => x.phase === 'reload' && x.status === 'started'), 'the reload to start', 20_000);
        await env.lab.cutLink(HOST);
        const r = await applying;
        check(r.status === 'failed', `the cut-off run ended ${r.status}`);
        await sleep(4_000); // the server finishes what it was sent
        await env.lab.restoreLink(HOST);
        await env.lab.setReloadBehaviour(HOST, 'ok');
        const rb = await rollBack(run.id, s);
        const asBefore = (await env.lab.readConf(HOST)).equals(original) && (await kernel()) === k && !(await persisted()) && (await env.lab.effective(HOST)) === 'Off';
        if (/the server is as it was before/.test(rb.outcome)) check(asBefore, `says "${rb.outcome}", but the server is not as it was`);
        else check(/ROLLBACK INCOMPLETE/.test(rb.outcome) && !asBefore, `says "${rb.outcome}" though the server is as it was`);
      },
    },
    {
      name: 'a value changed by hand after the run: the rollback says a person must check, naming it',
      run: async () => {
        await env.lab.reset(HOST);
        const id = await applied();
        await env.lab.setSysctl(HOST, 'net.ipv4.ip_local_port_range', '20000 40000');
        const rb = await rollBack(id);
        check(rb.status === 'failed' && /ROLLBACK INCOMPLETE \(net\.ipv4\.ip_local_port_range is 20000 40000, it was 32768 60999\): a person must check/.test(rb.outcome), `said: ${rb.outcome}`);
        check((await store.getRun(id))!.status === 'succeeded', 'the run was marked rolled back');
      },
    },
    {
      name: "another store's backup under the old name is never restored",
      run: async () => {
        await env.lab.reset(HOST);
        const original = await env.lab.readConf(HOST);
        writeFileSync(join(confDir, 'softswitch.conf.vos-assist-R-1.bak'), 'SS_TCP_CLOSE_RESET="On"\nSTAGING="1"\n');
        const rb = await rollBack(await applied());
        check(rb.status === 'succeeded', `rollback ${rb.status}: ${rb.outcome}`);
        check((await env.lab.readConf(HOST)).equals(original), 'softswitch.conf is not the one the run found');
      },
    },
    {
      name: "a file under the run's own backup name that is not its backup: refused, nothing changed",
      run: async () => {
        await env.lab.reset(HOST);
        const original = await env.lab.readConf(HOST);
        const run = await lifecycle.startDirect('remediate', 'port_exhaustion', server, 'cli:faults');
        writeFileSync(join(confDir, basename(backupPathFor(CONF, run.id, sha(original)))), 'SS_OLD="1"\n');
        const r = await engine.execute(run.id, server);
        check(r.status === 'failed' && /is not this run's backup; left alone/.test(r.outcome), `ended ${r.status}: ${r.outcome}`);
        check((await env.lab.readConf(HOST)).equals(original) && (await kernel()) === '0 / 32768 60999', 'the server changed');
      },
    },
    {
      name: 'a symlinked softswitch.conf: written through the link, rolled back byte for byte, the link kept',
      run: async () => {
        await env.lab.reset(HOST);
        await env.lab.ssh(HOST, `cd ${dirname(CONF)} && mv softswitch.conf softswitch.conf.real && ln -s softswitch.conf.real softswitch.conf`);
        const original = await env.lab.readConf(HOST);
        const rb = await rollBack(await applied());
        check(rb.status === 'succeeded', `rollback ${rb.status}: ${rb.outcome}`);
        check((await env.lab.ssh(HOST, `test -h ${CONF}; echo $?`)).stdout.trim() === '0', 'the link was replaced by a file');
        check((await env.lab.readConf(HOST)).equals(original), 'the target is not as it was');
      },
    },
    {
      name: 'a worker killed -9 while the reload hangs: another worker resumes within 15 s and finishes once',
      run: async () => {
        await env.lab.reset(HOST);
        await env.lab.setReloadBehaviour(HOST, 'hang');
        const a = await worker();
        const run = await queued();
        await until(async () => (await env.lab.daemonLog(HOST)).some((l) => l.includes('reparse hang')), 'the reload to hang', 30_000);
        const b = await worker();
        a.child.kill('SIGKILL');
        const killedAt = Date.now();
        await env.lab.setReloadBehaviour(HOST, 'ok');
        const resumed = await until(async () => (await cliStore.listSteps(run.id)).filter((x) => x.phase === 'connect').length >= 2, 'the run to be resumed', 30_000).then(() => Date.now());
        const done = await finished(cliStore, run.id);
        b.child.kill('SIGTERM');
        await b.exited;
        env.say(`        resumed ${((resumed - killedAt) / 1000).toFixed(1)} s after the kill (bound with the production timing: ${resumeBoundMs() / 1000} s)`);
        check(resumed - killedAt <= 15_000, `resumed ${((resumed - killedAt) / 1000).toFixed(1)} s after the kill`);
        check(done.status === 'succeeded', `ended ${done.status}: ${done.outcome}`);
        check((await env.lab.daemonLog(HOST)).map((l) => l.replace(/^\S+ \S+ /, '')).join(' | ') === 'reparse hang | reparse SS_TCP_CLOSE_RESET=On', 'the softswitch was not reloaded exactly once more');
        check((await cliStore.listSteps(run.id)).filter((x) => x.phase === 'apply' && x.status === 'ok' && (x.data as { type?: string } | null)?.type === 'file').length === 2, 'a file was written twice');
      },
    },
    {
      name: 'three `rollback` commands of one run at once: one rollback run, no false ROLLBACK INCOMPLETE',
      run: async () => {
        await env.lab.reset(HOST);
        const direct = cli(['playbook', 'run', 'port_exhaustion', '--server', HOST, '--yes', '--json']);
        check((await direct.exited) === 0, `the run failed: ${direct.stderr()}`);
        const runId = /"runId":"(R-\d+)"/.exec(direct.stderr())![1]!;
        const three = [1, 2, 3].map(() => cli(['rollback', runId, '--yes', '--json']));
        const codes = await Promise.all(three.map((c) => c.exited));
        const said = three.map((c) => c.stderr()).join('\n');
        check(!/ROLLBACK INCOMPLETE/.test(said), 'a rollback said ROLLBACK INCOMPLETE');
        check(codes.filter((c) => c === 0).length === 1 && codes.filter((c) => c === 2).length === 2, `exit codes ${codes.join(', ')}`);
        const rollbacks = (await cliStore.listRuns({ serverId: HOST, kind: 'rollback', limit: 1000 })).filter((r) => r.rollbackOf === runId);
        check(rollbacks.length === 1, `${rollbacks.length} rollback runs`);
      },
    },
    {
      name: 'a command-line run while a worker changes the server: it waits, says for whom, and runs after',
      run: async () => {
        await env.lab.reset(HOST);
        await env.lab.setReloadBehaviour(HOST, 'slow');
        const w = await worker();
        try {
          const run = await queued();
          await until(async () => (await cliStore.listSteps(run.id)).some((x) => x.phase === 'reload' && x.status === 'started'), 'the worker to reload', 30_000);
          const direct = cli(['playbook', 'run', 'nat_unregistered', '--server', HOST, '--yes', '--json']);
          const code = await direct.exited;
          check(code === 0, `exit ${code}: ${direct.stderr()}`);
          check(new RegExp(`${HOST} is busy: ${run.id}-apply \\(worker`).test(direct.stderr()), `did not say who holds the server: ${direct.stderr()}`);
          const theirs = (await cliStore.getRun(run.id))!;
          const mine = (await cliStore.getRun(/"runId":"(R-\d+)"/.exec(direct.stderr())![1]!))!;
          check(theirs.status === 'succeeded' && mine.status === 'succeeded', `ended ${theirs.status} and ${mine.status}`);
          check(Date.parse(mine.startedAt!) >= Date.parse(theirs.finishedAt!), 'the two ran at the same time');
        } finally {
          await env.lab.setReloadBehaviour(HOST, 'ok');
          w.child.kill('SIGTERM');
          await w.exited;
        }
      },
    },
    {
      name: "backup retention removes only old backups the journal knows, by name, keeping the last good one and others' files",
      run: async () => {
        await env.lab.reset(HOST);
        const old = () => new Date(Date.now() - 40 * DAY);
        const first = await applied('port_exhaustion', old);
        const second = await applied('nat_unregistered', old);
        const foreign = ['softswitch.conf.bak', `softswitch.conf.vos-assist-${first}-${'0'.repeat(12)}.bak`, 'softswitch.conf.vos-assist-R-1.bak'];
        for (const f of foreign) writeFileSync(join(confDir, f), 'NOT_OURS="1"\n');
        const before = readdirSync(confDir);
        const done = await cleanBackups({ store, openTarget }, server, { retentionDays: 30 });
        check(done.removed.map((b) => b.runId).join() === first, `removed ${done.removed.map((b) => b.runId).join(', ') || 'nothing'}`);
        check(done.kept.some((k) => k.backup.runId === second), 'the last good backup was not kept');
        const gone = before.filter((n) => !readdirSync(confDir).includes(n));
        check(gone.length === 1 && gone[0]!.startsWith(`softswitch.conf.vos-assist-${first}-`), `removed ${gone.join(', ')}`);
      },
    },
    {
      name: 'the chat channel refuses at start: dashboard, workers and queue connections stop before the store',
      run: async () => {
        const own = await startPrivateRedis(join(env.dir, 'redis-startup'));
        const s = await openRunStore({ dataDir: join(env.dir, 'startup-data') });
        try {
          const channel = new RefusingChannel();
          const port = await freePort();
          const err = await startApp({ config: env.config, store: s, redisUrl: own.server.url, channel, openTarget, log: () => {} }, { web: { host: '127.0.0.1', port } }).then(
            async (app) => {
              await app.stop();
              return null;
            },
            (e: Error & { code?: string }) => e,
          );
          check(err?.code === 'WA_FORBIDDEN', `start-up did not fail with the channel's reason: ${err?.message ?? 'it started'}`);
          check(channel.stopped, 'the channel was not stopped');
          check(await fetch(`http://127.0.0.1:${port}/healthz`).then(() => false, () => true), 'the dashboard still answers');
          const clients = await own.otherClients();
          check(clients.length === 0, `${clients.length} Redis connections left open`);
          check((await s.listRuns()).length === 0, 'the store is not usable by the caller');
        } finally {
          await s.close();
          await own.close();
        }
      },
    },
  ];
  return {
    probes,
    close: async () => {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      await producer.close();
      connection.disconnect();
      await cliStore.close();
      await store.close();
    },
  };
}
