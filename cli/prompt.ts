import { UsageError, type CliContext } from './context.js';

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

/** Questions to a person on the terminal, one after another (answers typed ahead are kept). */
export interface Prompter {
  /** Asks for a line; an empty answer is `fallback` (shown in brackets), or ''. */
  ask(question: string, fallback?: string): Promise<string>;
  close(): void;
}

/** Opens the terminal for several questions; close() when done. */
export async function openPrompter(ctx: CliContext): Promise<Prompter> {
  const { createInterface } = await import('node:readline');
  const rl = createInterface({ input: ctx.stdin, output: ctx.stderr });
  // readline hands out lines as they come; one pasted chunk may hold several answers.
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let ended = false;
  rl.on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    for (const w of waiting.splice(0)) w(null);
  });
  return {
    async ask(question, fallback) {
      rl.setPrompt(`${question}${fallback ? ` [${fallback}]` : ''} `);
      rl.prompt();
      const line = lines.length > 0 ? lines.shift()! : ended ? null : await new Promise<string | null>((r) => waiting.push(r));
      if (line === null) throw new UsageError('no answer: the input ended');
      return line.trim() || fallback || '';
    },
    close: () => rl.close(),
  };
}
