// The command line (dist/cli/main.js, loaded by bin/vos-assist.js).
import { main } from './program.js';

try {
  await main(process.argv);
} catch (err) {
  process.stderr.write(`vos-assist: ${(err as Error)?.stack ?? String(err)}\n`);
  process.exitCode = 1;
}
// Every command has awaited and closed what it started. Exiting now spares tearing the heap
// down piece by piece, which a natural exit does (tens of ms here); stdout and stderr are
// written synchronously on Linux, so nothing printed is lost.
process.exit();
