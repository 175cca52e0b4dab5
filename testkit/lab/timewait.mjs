// vos-assist lab: leaves sockets in TIME_WAIT in the current network namespace.
//   ip netns exec NAME node timewait.mjs N [PORT]              about N sockets; prints "done <count>"
//   ip netns exec NAME node timewait.mjs --exhaust PORT         until the local port range runs out:
//     prints {"made":N,"error":"connect EADDRNOTAVAIL …"} (the failure a new connection then meets)
// Each connection goes to a local listener on 127.0.0.1 and is closed first by the client, so the
// client side goes through FIN_WAIT_2 into TIME_WAIT (~60 s).
import net from 'node:net';

const exhaust = process.argv[2] === '--exhaust';
const total = exhaust ? 70_000 : Number(process.argv[2]);
const port = Number(process.argv[3] ?? 0);
const BATCH = 200;
if (!Number.isInteger(total) || total < 0 || !Number.isInteger(port) || (exhaust && port < 1)) {
  console.error('usage: timewait.mjs N [PORT] | timewait.mjs --exhaust PORT');
  process.exit(2);
}

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  // Close our side only after the client's FIN, so the client is the active closer.
  sock.on('end', () => sock.end());
});
await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
const target = server.address().port;

function oneConnection() {
  return new Promise((resolve, reject) => {
    const sock = net.connect(target, '127.0.0.1');
    sock.once('connect', () => sock.end());
    sock.on('data', () => {});
    sock.once('error', reject);
    sock.once('close', () => resolve());
  });
}

let done = 0;
let error = null;
try {
  while (done < total && !error) {
    const results = await Promise.allSettled(Array.from({ length: Math.min(BATCH, total - done) }, oneConnection));
    for (const r of results) {
      if (r.status === 'fulfilled') done++;
      else if (exhaust && r.reason?.code === 'EADDRNOTAVAIL') error ??= r.reason.message;
      else throw r.reason;
    }
  }
} catch (err) {
  console.error(`timewait: stopped after ${done} connections: ${err.message}`);
  process.exit(1);
}
server.close();
console.log(exhaust ? JSON.stringify({ made: done, error }) : `done ${done}`);
