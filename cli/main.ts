// The command-line entry. It stays small: a command that talks to one server starts that
// connection first, and the rest of the program loads while the SSH handshake runs.
import { connectEarly } from './early-connect.js';

await connectEarly(process.argv, process.env, process.cwd());
const { main } = await import('./program.js');
await main(process.argv);
