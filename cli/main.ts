// The command line as one script, dist/cli/vos-assist.js, which bin/vos-assist.js compiles
// with V8's code cache (the build makes it an IIFE whose value is this module's exports).
import './zod-jit.js';
import { main } from './program.js';

/** Runs the command line; resolves with the command that ran (null: none did). Never rejects. */
export async function run(argv: string[]): Promise<string | null> {
  try {
    return await main(argv);
  } catch (err) {
    process.stderr.write(`vos-assist: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
    return null;
  }
}
