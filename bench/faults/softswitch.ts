// Hostile softswitch.conf files on a lab host, through the engine as `playbook run` and
// `rollback` drive it: each is either applied and rolled back byte for byte, or refused with the
// file untouched (and the kernel as it was), never half-written, never with a temp file left.
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Engine } from '../../runs/engine/index.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { openRunStore } from '../../store/open.js';
import type { RunStore } from '../../store/types.js';
import { type FaultEnv, openTarget, serverOf } from './env.js';
import { check, type Probe } from './kit.js';

const HOST = 'lab2';
const CONF = '/home/kunshi/mbx3000/etc/softswitch.conf';

interface HostileConf {
  readonly name: string;
  /** Puts the hostile file in place (from the host's stock file); shell runs on the host as root. */
  readonly make: (stock: string) => { content?: Buffer | string; shell?: string };
}

const HOSTILE: readonly HostileConf[] = [
  { name: 'CRLF line endings', make: (s) => ({ content: s.replace(/\n/g, '\r\n') }) },
  { name: 'no newline at the end', make: (s) => ({ content: s.replace(/\n+$/, '') }) },
  { name: 'a UTF-8 byte-order mark', make: (s) => ({ content: `\ufeff${s}` }) },
  { name: 'Latin-1 bytes in a comment', make: (s) => ({ content: Buffer.from(`# configur\u00e9 par l'\u00e9quipe\n${s}`, 'latin1') }) },
  { name: 'NUL bytes in the middle', make: (s) => ({ content: Buffer.concat([Buffer.from(s.slice(0, 40)), Buffer.from([0, 0, 0]), Buffer.from(s.slice(40))]) }) },
  { name: 'the key twice (Off, then On)', make: (s) => ({ content: `${s}SS_TCP_CLOSE_RESET="On"\n` }) },
  { name: 'the key only in a comment', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=.*$/m, '# SS_TCP_CLOSE_RESET="Off"') }) },
  { name: 'a command substitution as the value', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="$(touch /root/vos-faults-conf)"') }) },
  { name: 'backticks as the value', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET=`touch /root/vos-faults-conf`') }) },
  { name: 'spaces around =', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=/m, 'SS_TCP_CLOSE_RESET = ') }) },
  { name: 'the key in lower case', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=/m, 'ss_tcp_close_reset=') }) },
  { name: 'a Cyrillic look-alike of the key', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=/m, '\u0405S_TCP_CLOSE_RESET=') }) },
  { name: 'a comment after the value', make: (s) => ({ content: s.replace(/^(SS_TCP_CLOSE_RESET=.*)$/m, '$1 # keep Off, ticket 4411') }) },
  { name: 'the key indented with a tab', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=/m, '\tSS_TCP_CLOSE_RESET=') }) },
  { name: 'an unbalanced quote', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=.*$/m, 'SS_TCP_CLOSE_RESET="Off') }) },
  { name: 'shell syntax: export KEY=value', make: (s) => ({ content: s.replace(/^SS_TCP_CLOSE_RESET=/m, 'export SS_TCP_CLOSE_RESET=') }) },
  { name: 'a line of 1 MB', make: (s) => ({ content: `# ${'x'.repeat(1024 * 1024)}\n${s}` }) },
  { name: '20,000 other keys', make: (s) => ({ content: `${s}${Array.from({ length: 20_000 }, (_, i) => `SS_EXTRA_${i}="${i}"`).join('\n')}\n` }) },
  { name: 'a file over 16 MB', make: (s) => ({ content: `${s}# ${'y'.repeat(17 * 1024 * 1024)}\n` }) },
  { name: 'an empty file', make: () => ({ content: '' }) },
  { name: 'a symlink to the real file', make: () => ({ shell: `cd ${dirname(CONF)} && mv softswitch.conf softswitch.conf.real && ln -s softswitch.conf.real softswitch.conf` }) },
  { name: 'a dangling symlink', make: () => ({ shell: `cd ${dirname(CONF)} && rm softswitch.conf && ln -s /nonexistent/softswitch.conf softswitch.conf` }) },
  { name: 'a directory in its place', make: () => ({ shell: `cd ${dirname(CONF)} && rm softswitch.conf && mkdir softswitch.conf` }) },
  { name: 'no file at all', make: () => ({ shell: `rm ${CONF}` }) },
];

/** The softswitch.conf area: one probe per hostile file. */
export async function softswitchProbes(env: FaultEnv): Promise<{ probes: Probe[]; close(): Promise<void> }> {
  const store: RunStore = await openRunStore({ dataDir: `${env.dir}/softswitch-data` });
  const server = serverOf(env, HOST);
  const engine = new Engine({ store, openTarget });
  const lifecycle = new RunLifecycle({ store, config: () => env.config });
  const confDir = dirname(env.lab.host(HOST).localConfPath);
  const sysctls = async () => [await env.lab.sysctl(HOST, 'net.ipv4.tcp_tw_reuse'), await env.lab.sysctl(HOST, 'net.ipv4.ip_local_port_range')].join(' / ');
  /** The file as a snapshot: its bytes through a link, whether it is a link, a directory, or absent. */
  const snapshot = async () => (await env.lab.ssh(HOST, `f=${CONF}; if [ -h $f ]; then printf 'link %s\\n' "$(readlink $f)"; fi; if [ -d $f ]; then echo dir; elif [ -e $f ]; then sha256sum < $f; else echo absent; fi`)).stdout;
  const tempFiles = () => readdirSync(confDir).filter((n) => n.endsWith('.tmp'));

  const probes: Probe[] = HOSTILE.map((h) => ({
    name: `${h.name}: applied and rolled back byte for byte, or refused untouched`,
    run: async () => {
      await env.lab.reset(HOST);
      const stock = (await env.lab.readConf(HOST)).toString('latin1');
      const made = h.make(stock);
      if (made.content !== undefined) await env.lab.writeConf(HOST, typeof made.content === 'string' ? Buffer.from(made.content, 'latin1') : made.content);
      if (made.shell) await env.lab.ssh(HOST, made.shell);
      const before = await snapshot();
      const kernelBefore = await sysctls();

      const run = await lifecycle.startDirect('remediate', 'port_exhaustion', server, 'cli:faults');
      const result = await engine.execute(run.id, server);
      check(tempFiles().length === 0, `temp files left: ${tempFiles().join(', ')}`);
      const canary = (await env.lab.ssh(HOST, 'ls /root/vos-faults-conf 2>/dev/null; true')).stdout.trim();
      check(canary === '', 'a value in the file ran as a command');
      if (result.status === 'succeeded') {
        const requested = await lifecycle.requestRollback(run.id, { kind: 'cli', user: 'faults' }, { now: true });
        check(requested.ok, `rollback refused: ${requested.ok ? '' : requested.message}`);
        const rb = await engine.rollback(requested.run.id, server);
        check(rb.status === 'succeeded', `applied, but the rollback ${rb.status}: ${rb.outcome}`);
        check((await snapshot()) === before, 'rolled back, but the file is not byte for byte as it was');
        check((await sysctls()) === kernelBefore, 'rolled back, but the kernel values are not as they were');
        check(tempFiles().length === 0, `temp files left after the rollback: ${tempFiles().join(', ')}`);
      } else {
        check(result.status === 'failed' || result.status === 'diagnosed', `ended ${result.status}`);
        check((await snapshot()) === before, `refused (${result.outcome}), but the file changed`);
        check((await sysctls()) === kernelBefore, `refused (${result.outcome}), but the kernel values changed`);
        check(!/ROLLBACK INCOMPLETE/.test(result.outcome ?? ''), `refused, but says: ${result.outcome}`);
      }
    },
  }));
  return { probes, close: () => store.close() };
}
