// vos-assist lab: real faults in the current network namespace, for the softswitch log.
//   ip netns exec NAME node faults.mjs exhaust PORT   connect to a local listener on 127.0.0.1:PORT
//     until the local port range runs out (each connection closed by the client first, so it
//     stays in TIME_WAIT ~60 s); prints {"made":N,"error":"connect EADDRNOTAVAIL …"}
//   ip netns exec NAME node faults.mjs bind PORT      try to listen on 0.0.0.0:PORT as a second
//     service would; prints {"error":"listen EADDRINUSE: address already in use 0.0.0.0:PORT"}
import net from 'node:net';

const [what, portText] = process.argv.slice(2);
const port = Number(portText);
const MAX = 70_000;
const BATCH = 200;

function oneConnection(target) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(target, '127.0.0.1');
    sock.once('connect', () => sock.end());
    sock.on('data', () => {});
    sock.once('error', reject);
    sock.once('close', () => resolve());
  });
}

async function exhaust() {
  const server = net.createServer((sock) => {
    sock.on('error', () => {});
    sock.on('end', () => sock.end());
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  let made = 0;
  let error = null;
  while (!error && made < MAX) {
    const results = await Promise.allSettled(Array.from({ length: BATCH }, () => oneConnection(port)));
    for (const r of results) {
      if (r.status === 'fulfilled') made++;
      else if (r.reason?.code === 'EADDRNOTAVAIL') error ??= r.reason.message;
      else throw r.reason;
    }
  }
  server.close();
  return { made, error };
}

async function bind() {
  const server = net.createServer();
  try {
    await new Promise((resolve, reject) => server.once('error', reject).listen(port, '0.0.0.0', resolve));
    server.close();
    return { error: null };
  } catch (err) {
    return { error: err.message };
  }
}

if (!Number.isInteger(port) || port < 1 || port > 65535 || (what !== 'exhaust' && what !== 'bind')) {
  console.error('usage: faults.mjs exhaust|bind PORT');
  process.exit(2);
}
console.log(JSON.stringify(what === 'exhaust' ? await exhaust() : await bind()));
