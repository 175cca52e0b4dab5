import { createInterface } from 'node:readline/promises';
import type { CliContext } from './context.js';

/** Asks a yes/no question on the terminal; anything but y/yes is no. */
export async function askYesNo(ctx: CliContext, question: string): Promise<boolean> {
  const rl = createInterface({ input: ctx.stdin, output: ctx.stderr });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}
