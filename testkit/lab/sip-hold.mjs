// vos-assist lab: keeps established TCP connections to port 5060 in the current network
// namespace, like SIP-over-TCP phones/trunks connected to the softswitch (its own listener on
// HOST_IP:5060, or the one a lab service already has there).
//   ip netns exec NAME node sip-hold.mjs HOST_IP
// Reads commands on stdin: "add N" opens N more connections and answers "ready TOTAL".
// Exits when stdin closes (the lab process ended or let go) or on SIGTERM.
import net from 'node:net';
import { createInterface } from 'node:readline';

const host = process.argv[2];
const PORT = 5060;
const clients = [];
const accepted = [];

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  accepted.push(sock);
});
// A SIP service of the host (services.mjs) may already listen on 5060: then connect to that one.
await new Promise((resolve, reject) => server.once('error', (err) => (err.code === 'EADDRINUSE' ? resolve() : reject(err))).listen(PORT, host, resolve));

function connectOne() {
  return new Promise((resolve, reject) => {
    const sock = net.connect(PORT, host);
    sock.setKeepAlive(true, 30_000);
    sock.once('connect', () => resolve(sock));
    sock.once('error', reject);
  });
}

async function add(n) {
  for (let i = 0; i < n; i += 100) {
    const batch = await Promise.all(Array.from({ length: Math.min(100, n - i) }, connectOne));
    for (const s of batch) s.on('error', () => {});
    clients.push(...batch);
  }
}

const rl = createInterface({ input: process.stdin });
rl.on('line', async (line) => {
  const m = /^add (\d+)$/.exec(line.trim());
  if (!m) return console.log(`error unknown command: ${line}`);
  try {
    await add(Number(m[1]));
    console.log(`ready ${clients.length}`);
  } catch (err) {
    console.log(`error ${err.message}`);
  }
});
rl.on('close', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
console.log('listening');
