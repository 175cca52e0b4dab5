// The command-line entry. It stays small: a command that talks to one server starts that
// connection first, and the rest of the program loads while the server works (for
// `playbook run`, while it reads the facts).
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache, inNodeModules } from './compile-cache.js';
import { connectEarly } from './early-connect.js';

if (!process.env.VOS_ASSIST_NO_COMPILE_CACHE) {
  const dist = fileURLToPath(new URL('..', import.meta.url));
  // Packages from node_modules, and the ones the build bundled into dist/vendor (ssh2).
  enableCompileCache(`${dist}.compile-cache/${process.version}-${process.arch}.bin`, (f) => inNodeModules(f) || f.startsWith(`${dist}vendor${sep}`));
}
await connectEarly(process.argv, process.env, process.cwd());
const { main } = await import('./program.js');
await main(process.argv);
// The command has awaited and closed everything it started. Exiting now skips tearing the
// V8 heap down page by page, which a natural exit does: 20–30 ms of every command here.
process.exit();
