// Wall time of a whole `vos-assist playbook run port_exhaustion --yes --json` process
// against a lab host, against the same remediation as one plain `ssh` invocation of a
// shell script (the practical floor). Run: npm run build && node dist/bench/remediate.js
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLab } from '../test/lab/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const bin = resolve('bin/vos-assist.js');

// The same changes the playbook makes, written the way an engineer would by hand.
const SCRIPT = `set -e
f=/home/kunshi/mbx3000/etc/softswitch.conf
[ -e "$f.bak" ] || cp -p "$f" "$f.bak"
sed -i 's/^SS_TCP_CLOSE_RESET=.*/SS_TCP_CLOSE_RESET="On"/' "$f"
service mbx3000d reparse
sysctl -w net.ipv4.tcp_tw_reuse=1 >/dev/null
sysctl -w 'net.ipv4.ip_local_port_range=1024 65535' >/dev/null
printf 'net.ipv4.tcp_tw_reuse = 1\\nnet.ipv4.ip_local_port_range = 1024 65535\\n' > /etc/sysctl.d/90-vos-assist.conf.tmp
mv /etc/sysctl.d/90-vos-assist.conf.tmp /etc/sysctl.d/90-vos-assist.conf
grep -q '^SS_TCP_CLOSE_RESET="On"' "$f"
test "$(cat /proc/sys/net/ipv4/tcp_tw_reuse)" = 1
`;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function main() {
  const lab = await createLab({ hosts: 1, name: 'bench-remediate' });
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-'));
  try {
    const host = lab.hosts[0]!;
    const config = join(dir, 'vos-assist.yaml');
    await lab.writeConfig(config);
    const data = join(dir, 'data');
    // Warm-up: creates the store and its migrations, the validated-config and compile
    // caches a first run leaves behind, and fills the page cache.
    execFileSync(bin, ['--config', config, '--data', data, 'playbook', 'run', 'port_exhaustion', '--server', lab.hosts[0]!.id, '--dry-run', '--json']);

    // Interleaved, so load from anything else on the machine hits both sides alike.
    const product: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      await lab.reset(host.id);
      let t = performance.now();
      const r = spawnSync(bin, ['--config', config, '--data', data, 'playbook', 'run', 'port_exhaustion', '--server', host.id, '--yes', '--json'], { encoding: 'utf8' });
      product.push(performance.now() - t);
      const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}');
      if (r.status !== 0 || out.status !== 'succeeded') throw new Error(`run ${i} failed: ${r.stdout} ${r.stderr}`);

      await lab.reset(host.id);
      t = performance.now();
      const s = spawnSync('ssh', ['-i', host.privateKeyPath, '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${host.knownHostsPath}`, '-o', 'StrictHostKeyChecking=yes', `${host.username}@${host.ip}`, 'sh -s'], { input: SCRIPT, encoding: 'utf8' });
      floor.push(performance.now() - t);
      if (s.status !== 0) throw new Error(`ssh script failed: ${s.stderr}`);
    }

    const p = median(product);
    const s = median(floor);
    console.log(`runs per side        ${RUNS}`);
    console.log(`vos-assist (median)  ${p.toFixed(1)} ms   [${product.map((x) => x.toFixed(0)).join(' ')}]`);
    console.log(`ssh script (median)  ${s.toFixed(1)} ms   [${floor.map((x) => x.toFixed(0)).join(' ')}]`);
    console.log(`ratio                ${(p / s).toFixed(2)}  (target ≤ 1.30: ${p / s <= 1.3 ? 'met' : 'NOT met'})`);
  } finally {
    await lab.teardown();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
