import type { PlaybookRunOptions } from './commands/options.js';
import type { InitOptions } from './commands/init.js';
import type { ServerAddOptions } from './commands/server.js';
import type { CustomerAddOptions } from './commands/customer.js';
import type { EngineerAddOptions } from './commands/engineer.js';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/errors.js';
import { buildContext, EXIT, UsageError, type CliContext } from './context.js';
import { parseWithJit } from './zod-jit.js';

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

/** A command's examples, after its options in --help. */
const examples = (...lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

program.addHelpText(
  'after',
  `${examples(
    'npm run demo                                      # a fake VOS3000 host, the console chat, the dashboard',
    'vos-assist init                                   # a starter vos-assist.yaml and an SSH key for the servers',
    'vos-assist server add vos1 --host 203.0.113.10    # pin its host key, log in, check it, write it',
    'vos-assist engineer password rahim                # a dashboard password',
    'vos-assist start                                  # the bot, the workers and the dashboard',
    'vos-assist reload                                 # the running start reads its config again',
    'vos-assist diagnose --server vos1',
    'vos-assist playbook run port_exhaustion --server vos1 --dry-run',
    'vos-assist runs --limit 5',
  )}
Every command takes --config and --data (before or after its name). Exit codes: 0 done,
1 the run, check or verification failed, 2 bad usage or bad config. README.md has the rest.
`,
);

program
  .command('classify')
  .description('match a message to a playbook; without TEXT, read JSON lines {"id","text"} on stdin')
  .argument('[text...]', 'the message')
  .option('--json', 'print the full match as JSON')
  .action((text: string[], opts: { json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/classify.js')).classify(ctx(cmd), text.length ? text.join(' ') : undefined, opts)),
  )
  .addHelpText('after', examples('vos-assist classify "switch says address already in use"', `echo '{"id":"1","text":"phones behind NAT unregistered"}' | vos-assist classify`));

program
  .command('diagnose')
  .description('collect and print the facts of a server (read-only)')
  .requiredOption('--server <id>', 'server id from the config')
  .option('--json', 'print JSON')
  .action((opts: { server: string; json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/diagnose.js')).diagnose(ctx(cmd), opts)),
  )
  .addHelpText('after', examples('vos-assist diagnose --server vos1', 'vos-assist diagnose --server vos1 --json | jq .facts.timeWaitCount'));

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
  )
  .addHelpText(
    'after',
    examples(
      'vos-assist playbook run port_exhaustion --server vos1 --dry-run',
      'vos-assist playbook run port_exhaustion --server vos1             # shows the plan, asks y/N',
      'vos-assist playbook run firewall_rst --customer acme --queue --json',
    ),
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
  )
  .addHelpText('after', examples('vos-assist rollback R-12', 'vos-assist rollback R-12 --yes --json'));

program
  .command('runs')
  .description('list past runs, newest first')
  .option('--server <id>', 'only this server')
  .option('--limit <n>', 'at most N runs', positiveInt, 20)
  .option('--json', 'one JSON line per run')
  .action((opts: { server?: string; limit: number; json?: boolean }, cmd: Command) =>
    runAction(async () => (await import('./commands/runs.js')).runs(ctx(cmd), opts)),
  )
  .addHelpText('after', examples('vos-assist runs --limit 5', 'vos-assist runs --server vos1 --json'));

program
  .command('start')
  .description('bot + worker + dashboard in one process (the default way to run it)')
  .option('--chat <kind>', 'whatsapp | console', 'whatsapp')
  .option('--as <chat>', 'with --chat console: the chat you speak as (switch with /as CHAT)')
  .option('--pair <number>', 'with WhatsApp: link by pairing code for this phone number instead of a QR code')
  .option('--web <host:port>', 'dashboard address, or "off"', '127.0.0.1:8080')
  .option('--no-workers', 'do not run queue workers in this process')
  .action((opts: { chat: string; as?: string; pair?: string; web: string; workers: boolean }, cmd: Command) =>
    runAction(async () => {
      parseWithJit();
      return (await import('./commands/start.js')).start(ctx(cmd), opts);
    }),
  )
  .addHelpText(
    'after',
    examples(
      'vos-assist start                                      # WhatsApp: prints a QR code to link the number',
      'vos-assist start --pair +8801700000009                # a pairing code instead of the QR code',
      'vos-assist start --chat console --as +8801700000001   # talk to it in this terminal',
      'REDIS_URL=redis://10.0.0.5:6379 DATABASE_URL=postgres://vos@10.0.0.6/vos vos-assist start   # the store and queue other workers share',
    ),
  );

program
  .command('reload')
  .description('make the running `start` (same --data) read its config file again, without a restart')
  .action((_opts: unknown, cmd: Command) => runAction(async () => (await import('./commands/reload.js')).reload(ctx(cmd))))
  .addHelpText(
    'after',
    examples(
      'vos-assist server add vos3 --host 203.0.113.30 && vos-assist reload   # the bot knows vos3 at once',
      'kill -HUP $(pidof -s vos-assist)                                     # the same, by signal',
      'systemctl reload vos-assist',
    ),
  );

program
  .command('worker')
  .description('run queue workers (more machines: same Redis, same DATABASE_URL)')
  .option('--concurrency <n>', 'jobs at once per queue (default: settings.workerConcurrency)', positiveInt)
  .option('--stall-ms <n>', 'take over the jobs of a dead worker after about this long (default 5000)', positiveInt)
  .action((opts: { concurrency?: number; stallMs?: number }, cmd: Command) =>
    runAction(async () => {
      parseWithJit();
      return (await import('./commands/worker.js')).worker(ctx(cmd), opts);
    }),
  )
  .addHelpText('after', examples('REDIS_URL=redis://10.0.0.5:6379 DATABASE_URL=postgres://vos@10.0.0.6/vos vos-assist worker --concurrency 20'));

program
  .command('init')
  .description('write a commented starter config and an SSH key for the servers (asks on a terminal; flags answer in scripts)')
  .option('--customer <id>', 'the first customer')
  .option('--customer-name <name>', "the customer's name")
  .option('--customer-chat <chat>', "the customer's WhatsApp number or JID (repeatable)", collect, [])
  .option('--engineer <id>', 'the first engineer, an approver')
  .option('--engineer-name <name>', "the engineer's name")
  .option('--engineer-chat <chat>', "the engineer's WhatsApp number or JID (repeatable)", collect, [])
  .option('--key-type <type>', 'ed25519, or rsa for servers older than OpenSSH 6.5 (CentOS 5 and 6)', 'ed25519')
  .option('--no-input', 'ask nothing, even on a terminal')
  .addHelpText(
    'after',
    examples(
      'vos-assist init',
      'vos-assist init --no-input --customer acme --customer-name "ACME Telecom" --customer-chat +8801700000001 \\\n      --engineer rahim --engineer-name Rahim --engineer-chat +8801900000002',
      'vos-assist --config /etc/vos-assist/vos-assist.yaml init --no-input --key-type rsa',
    ),
  )
  .action((opts: InitOptions, cmd: Command) => runAction(async () => (await import('./commands/init.js')).init(ctx(cmd), opts)));

const server = program.command('server').description('add servers to the config and check them');
server
  .command('add')
  .description("show the server's host keys, pin one, log in, check it read-only, then write it into the config")
  .argument('<id>', 'a new server id (lowercase letters, digits, - or _)')
  .requiredOption('--host <host>', 'host name or IP address')
  .option('--port <n>', 'SSH port', positiveInt, 22)
  .option('--user <name>', 'the user to log in as', 'root')
  .option('--customer <id>', 'the customer it belongs to (default: the only one)')
  .option('--name <text>', 'a name people know it by')
  .option('--tags <list>', 'comma-separated: nat-phones, tls')
  .option('--host-key <pin>', 'pin this host key without a question: SHA256:… or "ssh-ed25519 SHA256:…"')
  .option('--key <path>', 'the private key (default: keys/id_ed25519 or keys/id_rsa beside the config)')
  .option('--key-env <NAME>', 'read the private key from this environment variable instead')
  .addHelpText(
    'after',
    examples(
      'vos-assist server add vos1 --host 203.0.113.10 --customer acme',
      'vos-assist server add vos2 --host vos2.example.net --port 2222 --tags nat-phones \\\n      --host-key "ssh-ed25519 SHA256:uNiVztksCsDhcc0u9e8BujQXVUpKZIDTMczCvj3tD2s"',
    ),
  )
  .action((id: string, opts: ServerAddOptions, cmd: Command) => runAction(async () => (await import('./commands/server.js')).serverAdd(ctx(cmd), id, opts)));
server
  .command('test')
  .description('log in to a server of the config with its pinned host key and check it read-only again')
  .argument('<id>', 'server id from the config')
  .addHelpText('after', examples('vos-assist server test vos1'))
  .action((id: string, _opts: unknown, cmd: Command) => runAction(async () => (await import('./commands/server.js')).serverTest(ctx(cmd), id)));

program
  .command('customer')
  .description('add customers to the config')
  .command('add')
  .description('write a customer into the config (its comments stay)')
  .argument('<id>', 'a new customer id (lowercase letters, digits, - or _)')
  .requiredOption('--name <name>', "the customer's name")
  .option('--chat <chat>', 'a WhatsApp number (E.164) or JID the customer writes from (repeatable)', collect, [])
  .addHelpText('after', examples('vos-assist customer add acme --name "ACME Telecom" --chat +8801700000001 --chat +8801700000005'))
  .action((id: string, opts: CustomerAddOptions, cmd: Command) => runAction(async () => (await import('./commands/customer.js')).customerAdd(ctx(cmd), id, opts)));

const engineer = program.command('engineer').description('add engineers and set their dashboard passwords');
engineer
  .command('add')
  .description('write an engineer into the config (its comments stay)')
  .argument('<id>', 'a new engineer id (lowercase letters, digits, - or _)')
  .requiredOption('--name <name>', "the engineer's name")
  .option('--chat <chat>', 'a WhatsApp number (E.164) or JID the engineer writes from (repeatable)', collect, [])
  .option('--role <role>', 'approver (decides on fixes) or viewer', 'viewer')
  .addHelpText('after', examples('vos-assist engineer add rahim --name Rahim --chat +8801900000002 --role approver'))
  .action((id: string, opts: EngineerAddOptions, cmd: Command) => runAction(async () => (await import('./commands/engineer.js')).engineerAdd(ctx(cmd), id, opts)));
engineer
  .command('password')
  .description("set an engineer's dashboard password (read from stdin when not a terminal)")
  .argument('<id>', 'engineer id from the config')
  .addHelpText('after', examples('vos-assist engineer password rahim', `printf '%s\\n' "$PASSWORD" | vos-assist engineer password rahim`))
  .action((id: string, _opts: unknown, cmd: Command) =>
    runAction(async () => (await import('./commands/engineer-password.js')).engineerPassword(ctx(cmd), id)),
  );

/** The command that ran, as its words ('playbook run'); null when none did (--help, a usage error). */
let ran: string | null = null;
program.hook('preAction', (_program, action) => {
  const words: string[] = [];
  for (let c: Command | null = action; c && c !== program; c = c.parent) words.unshift(c.name());
  ran = words.join(' ');
});

/**
 * Parses argv and runs the command; sets process.exitCode. Resolves with the command that
 * ran, which bin/vos-assist.js keeps with its code cache.
 */
export async function main(argv: string[]): Promise<string | null> {
  try {
    await program.parseAsync(argv);
  } catch (err) {
    process.exitCode = reportError(err);
  }
  return ran;
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

