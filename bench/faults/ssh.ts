// SSH faults against lab hosts, through the product's SSH target and engine: a wrong host key is
// refused before authentication, an unreachable or refusing server fails within a bound with
// nothing changed, a reload that fails, hangs or is undone ends rolled back, odd hosts work.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerConfig } from '../../config/schema.js';
import { connectSsh } from '../../executors/ssh.js';
import { Engine } from '../../runs/engine/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { type FaultEnv, openTarget, serverOf } from './env.js';
import { check, type Probe } from './kit.js';

const HOST = 'lab2';

/** The SSH area. */
export async function sshProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const store: RunStore = await openRunStore({ dataDir: join(env.dir, 'ssh-data') });
  const engine = new Engine({ store, openTarget });
  const lifecycle = new RunLifecycle({ store, config: () => env.config });
  const base = serverOf(env, HOST);
  const sshdLog = join(env.lab.host(HOST).dir, 'sshd.log');
  const accepted = () => (readFileSync(sshdLog, 'utf8').match(/Accepted publickey/g) ?? []).length;
  const kernel = async (id = HOST) => [await env.lab.sysctl(id, 'net.ipv4.tcp_tw_reuse'), await env.lab.sysctl(id, 'net.ipv4.ip_local_port_range')].join(' / ');

  /** Connecting as `server` must fail with `code`, within `boundMs`, and without a login on the host. */
  const refused = (name: string, server: ServerConfig, code: string, boundMs: number, prepare?: () => Promise<void>, undo?: () => Promise<void>): Probe => ({
    name,
    run: async () => {
      await env.lab.reset(HOST);
      await prepare?.();
      try {
        const logins = accepted();
        const t0 = performance.now();
        const err = await connectSsh(server, { env: {} }).then(
          async (t) => {
            await t.close();
            return null;
          },
          (e: Error & { code?: string }) => e,
        );
        const took = performance.now() - t0;
        check(err !== null, 'it connected');
        check(err.code === code, `failed with ${err.code}: ${err.message}, not ${code}`);
        check(took <= boundMs, `took ${Math.round(took)} ms, more than ${boundMs}`);
        check(accepted() === logins, 'the server saw a login');
        check(err.message.includes(server.id) || err.message.includes(server.host), `the message names neither the server nor its address: ${err.message}`);
      } finally {
        await undo?.();
      }
    },
  });

  /** A remediation with the host's reload behaving as given: must end as `status`, the server as it was when it failed. */
  const reloadFault = (behaviour: 'fail' | 'revert' | 'hang', status: 'failed'): Probe => ({
    name: `the reload ${behaviour === 'hang' ? 'hangs' : behaviour === 'fail' ? 'fails' : 'undoes the change'}: the run fails and the server is put back`,
    run: async () => {
      await env.lab.reset(HOST);
      const conf = await env.lab.readConf(HOST);
      const k = await kernel();
      await env.lab.setReloadBehaviour(HOST, behaviour);
      const server: ServerConfig = { ...base, commandTimeoutMs: 3_000 };
      const run = await lifecycle.startDirect('remediate', 'port_exhaustion', server, 'cli:faults');
      const r = await engine.execute(run.id, server);
      await env.lab.setReloadBehaviour(HOST, 'ok');
      check(r.status === status, `ended ${r.status}: ${r.outcome}`);
      check((await env.lab.readConf(HOST)).equals(conf), `softswitch.conf is not as it was (${r.outcome})`);
      check((await kernel()) === k, `the kernel values are not as they were (${r.outcome})`);
      // A hung reload may or may not have been taken: the outcome must not claim more than it knows.
      if (behaviour !== 'hang') check(/rolled back: the server is as it was before/.test(r.outcome), `the outcome does not say it was rolled back: ${r.outcome}`);
      else check(/rolled back|ROLLBACK INCOMPLETE/.test(r.outcome), `the outcome says neither: ${r.outcome}`);
    },
  });

  const otherKey = serverOf(env, 'lab1').hostKeySha256;
  const strayKey = join(env.dir, 'stray_ed25519');
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', strayKey]);
  const probes: Probe[] = [
    refused('a host key that is not the pinned one is refused before authentication', { ...base, hostKeySha256: `SHA256:${'B'.repeat(43)}` }, 'HOST_KEY_MISMATCH', 5_000),
    refused("another lab host's real key is refused before authentication", { ...base, hostKeySha256: otherKey }, 'HOST_KEY_MISMATCH', 5_000),
    refused('sshd stopped: refused fast, nothing changed', base, 'CONNECT_FAILED', 5_000, () => env.lab.stopSshd(HOST), () => env.lab.startSshd(HOST)),
    refused('the link drops every packet: given up within the connect timeout', { ...base, connectTimeoutMs: 2_000 }, 'CONNECT_FAILED', 4_000, () => env.lab.cutLink(HOST), () => env.lab.restoreLink(HOST)),
    refused('a key the server does not know: refused, nothing changed', { ...base, privateKeyPath: strayKey }, 'AUTH_FAILED', 5_000),
    refused('a user the server does not have: refused', { ...base, username: 'nobodyhere' }, 'AUTH_FAILED', 5_000),
    refused('the private key file is missing: said before any connection', { ...base, privateKeyPath: join(env.dir, 'no-such-key') }, 'KEY_UNAVAILABLE', 500),
    refused('the private key variable is not set: said before any connection', { ...base, privateKeyPath: undefined, privateKeyEnv: 'VOS_FAULTS_NO_SUCH_KEY' }, 'KEY_UNAVAILABLE', 500),
    reloadFault('fail', 'failed'),
    reloadFault('revert', 'failed'),
    reloadFault('hang', 'failed'),
    {
      name: 'a diagnosis changes nothing on the server',
      run: async () => {
        await env.lab.reset(HOST);
        const conf = await env.lab.readConf(HOST);
        const k = await kernel();
        const run = await lifecycle.startDirect('diagnose', null, base, 'cli:faults');
        const { run: done } = await engine.diagnose(run, base);
        check(done.status === 'diagnosed', `ended ${done.status}: ${done.outcome}`);
        check((await env.lab.readConf(HOST)).equals(conf) && (await kernel()) === k && (await env.lab.daemonLog(HOST)).length === 0, 'the server changed');
      },
    },
    {
      name: 'a host without `ss` is diagnosed through netstat',
      run: async () => {
        const server = serverOf(env, 'lab3');
        await env.lab.reset('lab3');
        const run = await lifecycle.startDirect('diagnose', null, server, 'cli:faults');
        const { run: done, facts } = await engine.diagnose(run, server);
        check(done.status === 'diagnosed' && facts !== null, `ended ${done.status}: ${done.outcome}`);
      },
    },
    {
      name: 'a CentOS 6 host persists in /etc/sysctl.conf and is rolled back byte for byte',
      run: async () => {
        const server = serverOf(env, 'lab4');
        await env.lab.reset('lab4');
        const sysctlConf = env.lab.host('lab4').localSysctlConfPath;
        const before = readFileSync(sysctlConf);
        const run = await lifecycle.startDirect('remediate', 'port_exhaustion', server, 'cli:faults');
        const r = await engine.execute(run.id, server);
        check(r.status === 'succeeded', `ended ${r.status}: ${r.outcome}`);
        check(/net\.ipv4\.tcp_tw_reuse = 1/.test(readFileSync(sysctlConf, 'utf8')), 'the kernel settings were not persisted in /etc/sysctl.conf');
        const requested = await lifecycle.requestRollback(run.id, { kind: 'cli', user: 'faults' }, { now: true });
        check(requested.ok, 'rollback refused');
        const rb = await engine.rollback(requested.run.id, server);
        check(rb.status === 'succeeded', `rollback ${rb.status}: ${rb.outcome}`);
        check(readFileSync(sysctlConf).equals(before), '/etc/sysctl.conf is not byte for byte as it was');
      },
    },
  ];
  return { probes, close: () => store.close() };
}
