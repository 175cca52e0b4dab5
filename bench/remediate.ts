// Wall time of a whole `vos-assist playbook run port_exhaustion --yes --json` process against
// a lab host, against the same remediation as one plain `ssh` invocation of a shell script (the
// practical floor), in two settings:
//   - direct: the lab host on this machine, where start-up and CPU decide;
//   - 100 ms round trip: both go through a TCP proxy (below) that delays every chunk by 50 ms
//     each way, as a customer's server across the world would; there round trips decide.
// The difference between the two settings, divided by the round-trip time, is how many round
// trips each side waits for.
//
//   npm run build && node dist/bench/remediate.js [--direct | --rtt] [--json]
//
// Targets: ≤ 1.30 × the ssh script directly, ≤ 1.05 × at 100 ms round trip.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type AddressInfo, type Socket } from 'node:net';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createLab, type Lab, type LabHost } from '../testkit/lab/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const ONE_WAY_MS = 50;
const bin = resolve('bin/vos-assist.js');
const json = process.argv.includes('--json');
const modes = process.argv.includes('--direct') ? ['direct'] : process.argv.includes('--rtt') ? ['rtt'] : ['direct', 'rtt'];

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

/** Runs a command to its end; asynchronous, so the proxy in this process keeps forwarding. */
function run(command: string, args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** What the proxy saw of one connection: how often the client spoke again after the server had. */
interface Turns {
  /** Flights of client data, each sent after the server last spoke (the first one included). */
  clientFlights: number;
}

/**
 * A TCP proxy on 127.0.0.1 in front of `target` that holds every chunk `ONE_WAY_MS` in each
 * direction. The connection to the target opens 3 × ONE_WAY_MS after the client's, so the
 * server hears from the client when it would across a link with this delay: one round trip
 * for the TCP handshake, then half of one for the first bytes.
 */
async function delayProxy(target: { host: string; port: number }): Promise<{ port: number; turns: Turns[]; close(): Promise<void> }> {
  const turns: Turns[] = [];
  const sockets = new Set<Socket>();
  const server = createServer({ noDelay: true }, (client) => {
    const seen: Turns = { clientFlights: 0 };
    turns.push(seen);
    let lastFromServer = true;
    const upstream = new Promise<Socket>((ready) => {
      setTimeout(() => {
        const s = connect({ ...target, noDelay: true });
        sockets.add(s);
        s.on('error', () => client.destroy());
        s.on('close', () => client.destroy());
        s.on('data', (chunk) => {
          lastFromServer = true;
          setTimeout(() => client.write(chunk), ONE_WAY_MS);
        });
        s.on('end', () => setTimeout(() => client.end(), ONE_WAY_MS));
        s.once('connect', () => ready(s));
      }, 3 * ONE_WAY_MS);
    });
    sockets.add(client);
    client.on('error', () => void upstream.then((s) => s.destroy()));
    client.on('close', () => void upstream.then((s) => s.destroy()));
    client.on('data', (chunk) => {
      if (lastFromServer) seen.clientFlights++;
      lastFromServer = false;
      setTimeout(() => void upstream.then((s) => s.write(chunk)), ONE_WAY_MS);
    });
    client.on('end', () => setTimeout(() => void upstream.then((s) => s.end()), ONE_WAY_MS));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    port: (server.address() as AddressInfo).port,
    turns,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}

interface Side {
  ms: number[];
  flights: number[];
}

interface Result {
  mode: string;
  product: Side;
  floor: Side;
}

async function measure(lab: Lab, host: LabHost, dir: string, mode: string): Promise<Result> {
  const proxy = mode === 'rtt' ? await delayProxy({ host: host.ip, port: host.port }) : null;
  try {
    const config = join(dir, `${mode}.yaml`);
    await lab.writeConfig(config, proxy ? { serverExtra: { [host.id]: { host: '127.0.0.1', port: proxy.port } } } : {});
    const data = join(dir, 'data');
    const to = proxy ? ['-p', String(proxy.port), `${host.username}@127.0.0.1`] : [`${host.username}@${host.ip}`];
    // The host key is still pinned through the proxy: known under the lab host's address.
    const sshArgs = ['-i', host.privateKeyPath, '-o', 'BatchMode=yes', '-o', `UserKnownHostsFile=${host.knownHostsPath}`, '-o', 'StrictHostKeyChecking=yes', '-o', `HostKeyAlias=${host.ip}`, ...to, 'sh -s'];
    // Warm-up: creates the store and its migrations, the validated-config cache a first run
    // leaves behind, and fills the page cache.
    const warm = await run(process.execPath, [bin, '--config', config, '--data', data, 'playbook', 'run', 'port_exhaustion', '--server', host.id, '--dry-run', '--json']);
    if (warm.code !== 0) throw new Error(`warm-up run failed: ${warm.stdout} ${warm.stderr}`);
    const flights = () => proxy?.turns.at(-1)?.clientFlights ?? 0;

    // Interleaved, so load from anything else on the machine hits both sides alike.
    const product: Side = { ms: [], flights: [] };
    const floor: Side = { ms: [], flights: [] };
    for (let i = 0; i < RUNS; i++) {
      await lab.reset(host.id);
      let t = performance.now();
      const r = await run(process.execPath, [bin, '--config', config, '--data', data, 'playbook', 'run', 'port_exhaustion', '--server', host.id, '--yes', '--json']);
      product.ms.push(performance.now() - t);
      product.flights.push(flights());
      const out = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as { status?: string };
      if (r.code !== 0 || out.status !== 'succeeded') throw new Error(`run ${i} failed: ${r.stdout} ${r.stderr}`);

      await lab.reset(host.id);
      t = performance.now();
      const s = await run('ssh', sshArgs, SCRIPT);
      floor.ms.push(performance.now() - t);
      floor.flights.push(flights());
      if (s.code !== 0) throw new Error(`ssh script failed: ${s.stderr}`);
    }
    return { mode, product, floor };
  } finally {
    await proxy?.close();
  }
}

async function main() {
  const lab = await createLab({ hosts: 1, name: 'bench-remediate' });
  const dir = mkdtempSync(join(tmpdir(), 'vos-bench-'));
  try {
    const host = lab.hosts[0]!;
    const results: Result[] = [];
    // The ratio holds only on a machine with cores to spare: vos-assist needs several times the
    // CPU of the ssh client (Node's start-up, the store), so other load stretches it more.
    const loadBefore = loadavg()[0]!;
    for (const mode of modes) results.push(await measure(lab, host, dir, mode));
    const load = `${availableParallelism()} cores, load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after`;

    const direct = results.find((r) => r.mode === 'direct');
    const rtt = results.find((r) => r.mode === 'rtt');
    if (json) {
      console.log(JSON.stringify(results.map((r) => ({ mode: r.mode, runs: RUNS, product: median(r.product.ms), floor: median(r.floor.ms), ratio: median(r.product.ms) / median(r.floor.ms), load }))));
      return;
    }
    console.log(`runs per side        ${RUNS}`);
    console.log(`machine              ${load}`);
    for (const r of results) {
      const [p, s] = [median(r.product.ms), median(r.floor.ms)];
      const target = r.mode === 'rtt' ? 1.05 : 1.3;
      console.log(r.mode === 'rtt' ? `\nat ${2 * ONE_WAY_MS} ms round trip (TCP proxy on 127.0.0.1)` : '\ndirect (lab host on this machine)');
      console.log(`  vos-assist (median)  ${p.toFixed(1)} ms   [${r.product.ms.map((x) => x.toFixed(0)).join(' ')}]`);
      console.log(`  ssh script (median)  ${s.toFixed(1)} ms   [${r.floor.ms.map((x) => x.toFixed(0)).join(' ')}]`);
      console.log(`  ratio                ${(p / s).toFixed(2)}  (target ≤ ${target.toFixed(2)}: ${p / s <= target ? 'met' : 'NOT met'})`);
    }
    if (direct && rtt) {
      const trips = (side: 'product' | 'floor') => (median(rtt[side].ms) - median(direct[side].ms)) / (2 * ONE_WAY_MS);
      // The proxy sees the TCP handshake as one more round trip before the first flight.
      const flights = (side: 'product' | 'floor') => median(rtt[side].flights) + 1;
      console.log('\nround trips waited for (time at the round trip − time direct, over the round trip; flights: TCP + times the client spoke after the server)');
      console.log(`  vos-assist  ${trips('product').toFixed(1)}   flights ${flights('product')}`);
      console.log(`  ssh script  ${trips('floor').toFixed(1)}   flights ${flights('floor')}`);
    }
  } finally {
    await lab.teardown();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
