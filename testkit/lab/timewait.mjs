// vos-assist lab: leaves about N sockets in TIME_WAIT in the current network namespace.
//   ip netns exec NAME node timewait.mjs N [PORT]
// Each connection goes to a local listener and is closed first by the client, so the client
// side goes through FIN_WAIT_2 into TIME_WAIT (~60 s). Prints "done <count>" and exits.
import net from 'node:net';

const total = Number(process.argv[2]);
const port = Number(process.argv[3] ?? 0);
const BATCH = 200;
if (!Number.isInteger(total) || total < 0) {
  console.error('usage: timewait.mjs N [PORT]');
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
try {
  while (done < total) {
    const n = Math.min(BATCH, total - done);
    await Promise.all(Array.from({ length: n }, oneConnection));
    done += n;
  }
} catch (err) {
  console.error(`timewait: stopped after ${done} connections: ${err.message}`);
  process.exit(1);
}
server.close();
console.log(`done ${done}`);
