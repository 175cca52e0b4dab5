// The command line (dist/cli/main.cjs, loaded by boot.ts). It stays small: a command that
// talks to one server starts that connection first, and the rest of the program loads while
// the server works (for `playbook run`, while it reads the facts).
import { connectEarly } from './early-connect.js';

async function run(): Promise<void> {
  await connectEarly(process.argv, process.env, process.cwd());
  const { main } = await import('./program.js');
  await main(process.argv);
  // The command has awaited and closed everything it started. Exiting now skips tearing the
  // V8 heap down page by page, which a natural exit does: 20–30 ms of every command here.
  process.exit();
}

run().catch((err: unknown) => {
  process.stderr.write(`vos-assist: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exit(1);
});
