// vos-assist lab: one service of a fake VOS3000 host, in the current network namespace. It
// listens on TCP and UDP ports of all addresses under a process name (what `ss -p` and
// `netstat -p` show), and on request connects to them like phones and trunks would.
//   ip netns exec NAME node services.mjs HOST_IP TITLE tcp:5060 udp:5060 …
// Prints "listening", then reads commands on stdin:
//   "connect N PORT"  keeps N more established connections to HOST_IP:PORT; answers "ready TOTAL"
//   "reset N PORT"    opens N connections to HOST_IP:PORT and aborts each with a TCP RST; "ready N"
// Exits when stdin closes (the lab let go) or on SIGTERM.
import dgram from 'node:dgram';
import net from 'node:net';
import { createInterface } from 'node:readline';

const [host, title, ...specs] = process.argv.slice(2);
if (!host || !title || specs.length === 0) {
  console.error('usage: services.mjs HOST_IP TITLE tcp:PORT|udp:PORT …');
  process.exit(2);
}
// The kernel's name for the process (comm), as ss -p and netstat -p print it.
process.title = title;

const kept = [];
async function listen(spec) {
  const [proto, port] = spec.split(':');
  if (proto === 'udp') {
    const sock = dgram.createSocket('udp4');
    await new Promise((resolve, reject) => sock.once('error', reject).bind(Number(port), '0.0.0.0', resolve));
    sock.on('message', () => {});
    return;
  }
  const server = net.createServer((s) => {
    s.on('error', () => {});
    kept.push(s);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(Number(port), '0.0.0.0', resolve));
}

function connectOne(port) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(port, host);
    sock.once('connect', () => resolve(sock));
    sock.once('error', reject);
  });
}

const clients = [];
async function connect(n, port) {
  for (let i = 0; i < n; i += 100) {
    const batch = await Promise.all(Array.from({ length: Math.min(100, n - i) }, () => connectOne(port)));
    for (const s of batch) s.on('error', () => {});
    clients.push(...batch);
  }
  return clients.length;
}

async function reset(n, port) {
  for (let i = 0; i < n; i++) {
    const s = await connectOne(port);
    s.on('error', () => {});
    // An abortive close: the kernel sends RST instead of FIN.
    s.resetAndDestroy();
  }
  return n;
}

try {
  for (const spec of specs) await listen(spec);
} catch (err) {
  console.log(`error ${err.message}`);
  process.exit(1);
}

const rl = createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  const m = /^(connect|reset) (\d+) (\d+)$/.exec(line.trim());
  if (!m) return console.log(`error unknown command: ${line}`);
  try {
    const total = m[1] === 'connect' ? await connect(Number(m[2]), Number(m[3])) : await reset(Number(m[2]), Number(m[3]));
    console.log(`ready ${total}`);
  } catch (err) {
    console.log(`error ${err.message}`);
  }
});
rl.on('close', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
console.log('listening');
