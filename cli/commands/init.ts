import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { editConfigText } from '../../config/edit.js';
import { STARTER_CONFIG } from '../../config/starter.js';
import { generateClientKeyPair, type ClientKeyType } from '../../executors/client-key.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { openPrompter, type Prompter } from '../prompt.js';
import { authorizedKeysLine, commandPrefix, refusedAsUsage, shownPath } from './onboarding.js';

/** The options of `vos-assist init`, as commander parses them. */
export interface InitOptions {
  customer?: string;
  customerName?: string;
  customerChat: string[];
  engineer?: string;
  engineerName?: string;
  engineerChat: string[];
  keyType: string;
  /** false with --no-input: ask nothing, even on a terminal. */
  input: boolean;
}

interface Person {
  id: string;
  name: string;
  chats: string[];
}

/**
 * `vos-assist init`: writes a commented starter config (never over an existing file), makes an
 * SSH key pair for the servers under keys/ beside it (or keeps the one there), and prints the
 * line for the servers' authorized_keys. On a terminal it asks for the first customer and
 * engineer; flags answer instead (scripts), and what nobody gave is left for later.
 */
export async function init(ctx: CliContext, opts: InitOptions): Promise<number> {
  const file = ctx.configPath;
  if (opts.keyType !== 'ed25519' && opts.keyType !== 'rsa') throw new UsageError('--key-type is ed25519 or rsa');
  if (existsSync(file)) {
    throw new UsageError(`${file} already exists; nothing was changed. Add to it with \`vos-assist customer add\`, \`server add\` and \`engineer add\`, or pass --config NEW_PATH for a new one`);
  }
  const prompter = ctx.interactive && opts.input ? await openPrompter(ctx) : null;
  let customer: Person | null;
  let engineer: Person | null;
  try {
    if (prompter) ctx.stderr.write(`A new config at ${file}. Enter skips a question; everything can be added later.\n`);
    customer = await person(prompter, 'customer', { id: opts.customer, name: opts.customerName, chats: opts.customerChat }, 'The first customer: id (lowercase, e.g. acme)', 'their WhatsApp number (+8801700000001)');
    engineer = await person(prompter, 'engineer', { id: opts.engineer, name: opts.engineerName, chats: opts.engineerChat }, 'You, the first engineer (an approver): id (e.g. rahim)', 'your WhatsApp number');
  } finally {
    prompter?.close();
  }

  // Checked as a whole config before anything is written: a bad chat number fails here.
  const config = editConfigText(file, STARTER_CONFIG, (text) => {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text, { flag: 'wx' }); // never over a file that appeared meanwhile
  });
  if (customer) config.add('customers', { id: customer.id, name: customer.name, chats: customer.chats });
  if (engineer) config.add('engineers', { id: engineer.id, name: engineer.name, chats: engineer.chats, role: 'approver' });
  refusedAsUsage(() => config.check());
  const key = ensureKey(join(dirname(file), 'keys'), opts.keyType);
  refusedAsUsage(() => config.save());

  const cmd = commandPrefix(ctx);
  const line = authorizedKeysLine(key.publicKey);
  const out = [
    `Wrote ${shownPath(ctx, file)}${customer || engineer ? ` (${[customer && `customer ${customer.id}`, engineer && `engineer ${engineer.id}`].filter(Boolean).join(', ')})` : ''}.`,
    key.created
      ? `Made an ${opts.keyType.toUpperCase()} key for the servers: ${shownPath(ctx, key.path)} (private, mode 0600) and ${shownPath(ctx, `${key.path}.pub`)}.`
      : `Kept the key already at ${shownPath(ctx, key.path)}.`,
    '',
    'On each VOS3000 server, append this line to /root/.ssh/authorized_keys:',
    '',
    line,
    '',
    'for example, from a machine that can log in to the server already:',
    `  echo '${line}' | ssh root@SERVER 'umask 077; mkdir -p .ssh && cat >> .ssh/authorized_keys'`,
    '',
    'Next:',
    ...(customer ? [] : [`  ${cmd} customer add acme --name "ACME Telecom" --chat +8801700000001`]),
    `  ${cmd} server add vos1 --host SERVER --customer ${customer?.id ?? 'acme'}`,
    ...(engineer ? [] : [`  ${cmd} engineer add rahim --name Rahim --chat +8801900000002 --role approver`]),
    `  ${cmd} engineer password ${engineer?.id ?? 'rahim'}`,
    `  ${cmd} start`,
    '',
  ];
  ctx.stdout.write(out.join('\n'));
  return EXIT.ok;
}

/** A customer or engineer from the flags, else asked on the terminal; null when none is given. */
async function person(prompter: Prompter | null, what: string, given: { id?: string | undefined; name?: string | undefined; chats: string[] }, idQuestion: string, chatQuestion: string): Promise<Person | null> {
  let { id, name } = given;
  let chats = given.chats;
  if (!id && prompter) id = await prompter.ask(`${idQuestion}:`);
  if (!id) {
    if (name || chats.length) throw new UsageError(`--${what}-name and --${what}-chat need --${what} ID`);
    return null;
  }
  if (!name && prompter) name = await prompter.ask('  name:', id.charAt(0).toUpperCase() + id.slice(1));
  if (!name) throw new UsageError(`--${what} needs --${what}-name NAME`);
  if (!chats.length && prompter) {
    const chat = await prompter.ask(`  ${chatQuestion}:`);
    chats = chat ? [chat] : [];
  }
  return { id, name, chats };
}

/** The key under keys/: made now (private 0600), or the one a former init left there. */
function ensureKey(dir: string, type: ClientKeyType): { path: string; publicKey: string; created: boolean } {
  const path = join(dir, `id_${type}`);
  if (existsSync(path)) {
    if (!existsSync(`${path}.pub`)) throw new UsageError(`${path} exists without ${path}.pub: restore it (ssh-keygen -y -f ${path} > ${path}.pub) or move the key away`);
    return { path, publicKey: readFileSync(`${path}.pub`, 'utf8').trim(), created: false };
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pair = generateClientKeyPair(type, `vos-assist@${hostname()}`);
  writeFileSync(path, pair.privateKey, { mode: 0o600, flag: 'wx' });
  writeFileSync(`${path}.pub`, `${pair.publicKey}\n`, { mode: 0o644, flag: 'wx' });
  return { path, publicKey: pair.publicKey, created: true };
}
