import type { PlaybookRunOptions } from './commands/options.js';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/errors.js';
import { buildContext, EXIT, UsageError, type CliContext } from './context.js';

// Each command's implementation is imported only when that command runs, so that
// `classify` does not pay for ssh2 and `playbook run` does not pay for natural.
type Globals = { config?: string; data?: string };
declare const __VOS_ASSIST_VERSION__: string | undefined;

const program = new Command('vos-assist')
  .description('VOS Assist: recognise, diagnose and fix VOS3000 TCP close problems')
  .option('--config <path>', 'config file (else $VOS_ASSIST_CONFIG, else ./vos-assist.yaml)')
  .option('--data <dir>', 'data directory (SQLite store, queue data, chat auth)', undefined)
  .version(typeof __VOS_ASSIST_VERSION__ === 'string' ? __VOS_ASSIST_VERSION__ : 'dev')
  .showHelpAfterError()
  .exitOverride();

const ctx = (cmd: Command): CliContext => buildContext(cmd.optsWithGlobals<Globals>());
const collect = (v: string, prev: string[] = []) => [...prev, v];
const wholeSeconds = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--wait wants whole seconds, 0 or more: ${v}`);
  return n;
};
const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`not a positive integer: ${v}`);
  return n;
};

async function runAction(load: () => Promise<number>): Promise<void> {
  process.exitCode = await load();
}

program
  .command('classify')
  .description('match a message to a playbook; without TEXT, read JSON lines {"id","text"} on stdin')
  .argument('[text...]', 'the message')
  .option('--json', 'print the full match as JSON')
  .action((text: string[], opts: { json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/classify.js')).classify(ctx(cmd), text.length ? text.join(' ') : undefined, opts)),
  );

program
  .command('diagnose')
  .description('collect and print the facts of a server (read-only)')
  .requiredOption('--server <id>', 'server id from the config')
  .option('--json', 'print JSON')
  .action((opts: { server: string; json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/diagnose.js')).diagnose(ctx(cmd), opts)),
  );

const playbook = program.command('playbook').description('run playbooks directly');
playbook
  .command('run')
  .description('run one playbook on one server (or several, through the queue)')
  .argument('<id>', 'port_exhaustion | nat_unregistered | firewall_rst')
  .option('--server <id>', 'server id (repeatable with --queue)', collect, [])
  .option('--customer <id>', 'every server of this customer (with --queue)')
  .option('--all', 'every server in the config (with --queue)')
  .option('--dry-run', 'print the diff and change nothing')
  .option('--yes', 'do not ask for confirmation')
  .option('--queue', 'run through the job queue, one run per server')
  .option('--json', 'print JSON')
  .option('--wait <seconds>', 'wait this long for a server another run is changing (default 120; 0: refuse at once)', wholeSeconds)
  .action((id: string, opts: PlaybookRunOptions, cmd: Command) =>
    runAction(async () => (await import('./commands/playbook-run.js')).playbookRun(ctx(cmd), id, opts)),
  );

program
  .command('rollback')
  .description('restore what a run changed')
  .argument('<runId>')
  .option('--yes', 'do not ask for confirmation')
  .option('--json', 'print JSON')
  .option('--wait <seconds>', 'wait this long for a server another run is changing (default 120; 0: refuse at once)', wholeSeconds)
  .action((runId: string, opts: { yes?: boolean; json?: boolean; wait?: number }, cmd: Command) =>
    runAction(async () => (await import('./commands/rollback.js')).rollback(ctx(cmd), runId, opts)),
  );

program
  .command('runs')
  .description('list past runs, newest first')
  .option('--server <id>', 'only this server')
  .option('--limit <n>', 'at most N runs', positiveInt, 20)
  .option('--json', 'one JSON line per run')
  .action((opts: { server?: string; limit: number; json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/runs.js')).runs(ctx(cmd), opts)),
  );

program
  .command('start')
  .description('bot + worker + dashboard in one process (the default way to run it)')
  .option('--chat <kind>', 'whatsapp | console', 'whatsapp')
  .option('--as <chat>', 'with --chat console: the chat you speak as (switch with /as CHAT)')
  .option('--pair <number>', 'with WhatsApp: link by pairing code for this phone number instead of a QR code')
  .option('--web <host:port>', 'dashboard address, or "off"', '127.0.0.1:8080')
  .option('--no-workers', 'do not run queue workers in this process')
  .action((opts: { chat: string; as?: string; pair?: string; web: string; workers: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/start.js')).start(ctx(cmd), opts)),
  );

program
  .command('worker')
  .description('run queue workers (more machines: same Redis, same DATABASE_URL)')
  .option('--concurrency <n>', 'jobs at once per queue (default: settings.workerConcurrency)', positiveInt)
  .option('--stall-ms <n>', 'take over the jobs of a dead worker after about this long (default 5000)', positiveInt)
  .action((opts: { concurrency?: number; stallMs?: number }, cmd: Command) =>
    runAction(async () => (await import('./commands/worker.js')).worker(ctx(cmd), opts)),
  );

program
  .command('engineer')
  .description('manage engineers')
  .command('password')
  .description("set an engineer's dashboard password (read from stdin when not a terminal)")
  .argument('<id>', 'engineer id from the config')
  .action((id: string, _opts: unknown, cmd: Command) =>
    runAction(async () => (await import('./commands/engineer-password.js')).engineerPassword(ctx(cmd), id)),
  );

/** Parses argv and runs the command; sets process.exitCode. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
}

/** Maps a thrown error to a message and an exit code. */
function reportError(err: unknown): number {
  if (err instanceof CommanderError) {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
    return EXIT.usage; // commander already printed the message
  }
  if (err instanceof ConfigError || err instanceof UsageError) {
    process.stderr.write(`${err.message}\n`);
    return EXIT.usage;
  }
  const e = err as Error;
  process.stderr.write(`vos-assist: ${e?.message ?? String(err)}\n`);
  if (process.env.VOS_ASSIST_DEBUG) process.stderr.write(`${e?.stack ?? ''}\n`);
  return EXIT.failed;
}

