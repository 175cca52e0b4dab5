import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { MIN_PASSWORD_LENGTH, setEngineerPassword } from '../../web/credentials.js';
import { SessionStore } from '../../web/sessions.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { setup } from '../setup.js';

const MAX_PASSWORD_LENGTH = 1024;

/** The first line of a non-terminal stdin (`printf '%s\n' "$PW" | vos-assist engineer password rahim`). */
async function firstLine(input: NodeJS.ReadableStream): Promise<string | null> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  try {
    for await (const line of rl) return line;
    return null;
  } finally {
    rl.close();
  }
}

/** Asks on the terminal without echoing what is typed. */
function askHidden(ctx: CliContext, prompt: string): Promise<string> {
  let muted = false;
  // readline echoes through its output stream; swallowing it while muted hides the password.
  const output = new Writable({
    write(chunk, encoding, callback) {
      if (!muted) ctx.stderr.write(chunk, encoding);
      callback();
    },
  });
  const rl = createInterface({ input: ctx.stdin, output, terminal: true });
  return new Promise((resolve, reject) => {
    rl.on('SIGINT', () => {
      rl.close();
      ctx.stderr.write('\n');
      reject(new UsageError('cancelled'));
    });
    rl.question(prompt, (answer) => {
      rl.close();
      ctx.stderr.write('\n');
      resolve(answer);
    });
    muted = true;
  });
}

function check(password: string): string {
  if (password.length < MIN_PASSWORD_LENGTH) throw new UsageError(`the password must be at least ${MIN_PASSWORD_LENGTH} characters long`);
  if (password.length > MAX_PASSWORD_LENGTH) throw new UsageError(`the password must be at most ${MAX_PASSWORD_LENGTH} characters long`);
  return password;
}

/**
 * `vos-assist engineer password ID`: sets an engineer's dashboard password (stored as a
 * scrypt hash in the run store). The password comes from the first line of stdin when it
 * is not a terminal, else it is asked for twice without echo.
 */
export async function engineerPassword(ctx: CliContext, id: string): Promise<number> {
  const env = await setup(ctx);
  try {
    const engineer = env.config.engineers.find((e) => e.id === id);
    if (!engineer) {
      throw new UsageError(`unknown engineer "${id}"; known: ${env.config.engineers.map((e) => e.id).join(', ') || '(none in the config)'}`);
    }
    let password: string;
    if (ctx.stdin.isTTY) {
      password = check(await askHidden(ctx, `New dashboard password for ${engineer.name} (${engineer.id}): `));
      const again = await askHidden(ctx, 'Repeat it: ');
      if (again !== password) throw new UsageError('the passwords do not match; nothing was changed');
    } else {
      const line = await firstLine(ctx.stdin);
      if (line === null || line === '') throw new UsageError('no password on stdin (expected it on the first line)');
      password = check(line);
    }
    await setEngineerPassword(env.store, engineer.id, password);
    // A new password should lock out whoever knew the old one, including their open sessions.
    const ended = await new SessionStore(env.store).destroyAllFor(engineer.id);
    ctx.stderr.write(`dashboard password set for ${engineer.id} (${engineer.role})${ended ? `; ended ${ended} open session${ended === 1 ? '' : 's'}` : ''}\n`);
    return EXIT.ok;
  } finally {
    await env.close();
  }
}
