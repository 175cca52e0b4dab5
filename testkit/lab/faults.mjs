// vos-assist lab: a second service that tries to listen on a port, in the current network namespace.
//   ip netns exec NAME node faults.mjs bind PORT
// Prints {"error":"listen EADDRINUSE: address already in use 0.0.0.0:PORT"}, or {"error":null}
// when the port was free (then it lets go of it at once).
import net from 'node:net';

const [what, portText] = process.argv.slice(2);
const port = Number(portText);
if (what !== 'bind' || !Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('usage: faults.mjs bind PORT');
  process.exit(2);
}
const server = net.createServer();
try {
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '0.0.0.0', resolve));
  server.close();
  console.log(JSON.stringify({ error: null }));
} catch (err) {
  console.log(JSON.stringify({ error: err.message }));
}
