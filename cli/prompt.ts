import type { CliContext } from './context.js';

/** Asks a yes/no question on the terminal; anything but y/yes is no. */
export async function askYesNo(ctx: CliContext, question: string): Promise<boolean> {
  // Loaded only when a person is asked: most runs say --yes, or have no terminal.
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: ctx.stdin, output: ctx.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
