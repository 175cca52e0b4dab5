import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatHostKeyPin, hostKeyPins, parseHostKeyPin, type HostKeyType } from '../../config/host-key.js';
import { editConfig } from '../../config/edit.js';
import { serverSchema, type Config, type ServerConfig } from '../../config/schema.js';
import type { OfferedHostKey } from '../../executors/host-keys.js';
import type { Target } from '../../executors/target.js';
import { RunLifecycle } from '../../runs/lifecycle.js';
import { EXIT, UsageError, type CliContext } from '../context.js';
import { formatFacts } from '../format.js';
import { openPrompter } from '../prompt.js';
import { findServer, loadCommandConfig, setup } from '../setup.js';
import { authorizedKeysLine, commandPrefix, refusedAsUsage, shownPath } from './onboarding.js';

/** The options of `vos-assist server add`, as commander parses them. */
export interface ServerAddOptions {
  host: string;
  port: number;
  user: string;
  customer?: string;
  name?: string;
  tags?: string;
  hostKey?: string;
  key?: string;
  keyEnv?: string;
}

/** What shows a server's host keys on the server itself, to compare with what it offers over the network. */
const READ_KEYS_ON_SERVER = 'for f in /etc/ssh/ssh_host_*_key.pub; do ssh-keygen -lf "$f"; done';

/** Where `init` leaves the key, tried in this order when --key is not given. */
const INIT_KEYS = ['keys/id_ed25519', 'keys/id_rsa'];

/**
 * `vos-assist server add ID --host HOST`: shows every host key the server offers, pins the one
 * the operator confirms (or the one --host-key names, without a question), logs in with the
 * servers' key, runs the read-only check (a `diagnosed` run, as `diagnose` records it) and
 * only then writes the server into the config, keeping the file's comments.
 */
export async function serverAdd(ctx: CliContext, id: string, opts: ServerAddOptions): Promise<number> {
  const edit = editConfig(ctx.configPath);
  const entry = serverEntry(ctx, edit.config, id, opts);
  const given = opts.hostKey === undefined ? null : parseHostKeyPin(opts.hostKey);
  if (opts.hostKey !== undefined && !given) throw new UsageError(`--host-key "${opts.hostKey}" is not a host key fingerprint: give SHA256:… as \`ssh-keygen -lf\` prints it, optionally with its type (ssh-ed25519 SHA256:…)`);
  if (!given && !ctx.interactive) throw new UsageError('not a terminal: pass --host-key SHA256:… (the server\'s key, read out of band) to pin it without a question');

  const { scanHostKeys } = await import('../../executors/ssh.js');
  const offered = await scanHostKeys(entry);
  ctx.stdout.write(`${id} (${entry.host}:${entry.port}) offers ${offered.length === 1 ? 'this host key' : 'these host keys'}:\n`);
  offered.forEach((k, i) => ctx.stdout.write(`  ${i + 1}) ${k.type.padEnd(20)} ${k.fingerprint}\n`));
  if (offered.length === 0) {
    ctx.stderr.write(`${id} showed no host key of a type VOS Assist can check (ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa, ssh-dss); nothing was written\n`);
    return EXIT.failed;
  }

  let pinned: OfferedHostKey;
  if (given) {
    const match = offered.find((k) => k.fingerprint === given.fingerprint && (given.type === null || given.type === k.type));
    if (!match) {
      ctx.stderr.write(`none of the keys ${id} offers is ${formatHostKeyPin(given)}: refusing to pin it; nothing was written. Check the fingerprint on the server itself (${READ_KEYS_ON_SERVER}) and that this machine reaches the right server.\n`);
      return EXIT.failed;
    }
    pinned = match;
  } else {
    ctx.stdout.write(`Compare with what the server itself prints, on its console or a session you trust:\n  ${READ_KEYS_ON_SERVER}\n`);
    const prompter = await openPrompter(ctx);
    try {
      const answer = await prompter.ask(`Pin which key (${offered.length > 1 ? `1-${offered.length}` : '1'}, or n to stop)?`, '1');
      const n = Number(answer);
      if (!Number.isInteger(n) || n < 1 || n > offered.length) {
        ctx.stderr.write('nothing pinned; nothing was written\n');
        return EXIT.failed;
      }
      pinned = offered[n - 1]!;
    } finally {
      prompter.close();
    }
  }
  const pin = formatHostKeyPin({ type: pinned.type as HostKeyType, fingerprint: pinned.fingerprint });
  const server = serverSchema.parse({ ...entry.fields, hostKeySha256: pin });
  ctx.stdout.write(`Pinning ${pin}. Logging in as ${server.username} and checking ${id} (read-only)…\n`);

  const passed = await check(ctx, { ...edit.config, servers: [...edit.config.servers, server] }, server);
  if (!passed) return EXIT.failed;
  edit.add('servers', { ...entry.fields, hostKeySha256: pin });
  refusedAsUsage(() => edit.save());
  ctx.stdout.write(`Added ${id} to ${shownPath(ctx, ctx.configPath)}. \`vos-assist start\` reads it when it starts; \`${commandPrefix(ctx)} server test ${id}\` checks it again.\n`);
  return EXIT.ok;
}

/** `vos-assist server test ID`: logs in with the pinned host key and runs the read-only check again. */
export async function serverTest(ctx: CliContext, id: string): Promise<number> {
  const config = await loadCommandConfig(ctx);
  return (await check(ctx, config, findServer(config, id))) ? EXIT.ok : EXIT.failed;
}

/**
 * Logs in to the server and collects its facts through the engine, recorded as a `diagnosed`
 * run; prints the facts, or why it failed (with the authorized_keys line when the key was
 * refused). True when the check passed.
 */
async function check(ctx: CliContext, config: Config, server: ServerConfig): Promise<boolean> {
  const env = await setup(ctx);
  try {
    const [{ Engine }, { connectSsh }] = await Promise.all([import('../../runs/engine/index.js'), import('../../executors/ssh.js')]);
    let accepted: OfferedHostKey | null = null;
    const openTarget = (s: ServerConfig, signal?: AbortSignal): Promise<Target> =>
      connectSsh(s, { env: ctx.env, baseDir: dirname(ctx.configPath), ...(signal ? { signal } : {}), onHostKey: (k) => (accepted = k) });
    const run = await new RunLifecycle({ store: env.store, config: () => config }).startDirect('diagnose', null, server, env.requestedBy);
    const { run: done, facts } = await new Engine({ store: env.store, openTarget }).diagnose(run, server);
    if (!facts) {
      const error = done.error as { code?: string } | null;
      ctx.stderr.write(`${server.id}: the check failed (${done.id}): ${done.outcome}\n`);
      if (error?.code === 'AUTH_FAILED') {
        const pub = publicKeyOf(ctx, server);
        const file = server.username === 'root' ? '/root/.ssh/authorized_keys' : `~${server.username}/.ssh/authorized_keys`;
        if (pub) ctx.stderr.write(`Append this line to ${file} on ${server.id}, then try again:\n\n${authorizedKeysLine(pub)}\n\n`);
      }
      ctx.stderr.write('nothing was written\n');
      return false;
    }
    const key = accepted as OfferedHostKey | null;
    ctx.stdout.write(`${formatFacts(facts)}\n`);
    if (key) ctx.stdout.write(`host key          ${key.type} ${key.fingerprint} (pinned)\n`);
    if (key && hostKeyPins(server.hostKeySha256).some((p) => p.type === null)) {
      ctx.stdout.write(`hint: hostKeySha256 of ${server.id} has no key type; "${key.type} ${key.fingerprint}" saves the handshakes spent finding it\n`);
    }
    ctx.stdout.write(`Check passed (run ${done.id}).\n`);
    return true;
  } finally {
    await env.close();
  }
}

/** The public key beside a server's private key file (`keys/id_ed25519.pub`), if there is one. */
function publicKeyOf(ctx: CliContext, server: ServerConfig): string | null {
  if (!server.privateKeyPath) return null;
  const pub = `${resolve(dirname(ctx.configPath), server.privateKeyPath)}.pub`;
  return existsSync(pub) ? readFileSync(pub, 'utf8').trim() : null;
}

/** The server's config entry from the flags, checked before anything goes over the network. */
function serverEntry(ctx: CliContext, config: Config, id: string, opts: ServerAddOptions) {
  if (config.servers.some((s) => s.id === id)) throw new UsageError(`${shownPath(ctx, ctx.configPath)} already has a server "${id}"; nothing was changed (\`server test ${id}\` checks it)`);
  const customer = opts.customer ?? (config.customers.length === 1 ? config.customers[0]!.id : undefined);
  if (!customer) {
    throw new UsageError(
      config.customers.length
        ? `--customer is needed: one of ${config.customers.map((c) => c.id).join(', ')}`
        : `${shownPath(ctx, ctx.configPath)} has no customers yet: add one first (\`vos-assist customer add acme --name "ACME Telecom" --chat +8801700000001\`)`,
    );
  }
  if (!config.customers.some((c) => c.id === customer)) throw new UsageError(`unknown customer "${customer}"; known: ${config.customers.map((c) => c.id).join(', ') || '(none: add one with `vos-assist customer add`)'}`);
  if (opts.key && opts.keyEnv) throw new UsageError('give --key or --key-env, not both');
  const baseDir = dirname(ctx.configPath);
  let privateKeyPath: string | undefined;
  if (!opts.keyEnv) {
    privateKeyPath = opts.key ?? INIT_KEYS.find((k) => existsSync(resolve(baseDir, k)));
    if (!privateKeyPath) throw new UsageError(`no key for the servers in ${resolve(baseDir, 'keys')}: make one with \`vos-assist init\` (in a new directory) or pass --key PATH`);
    if (!existsSync(resolve(baseDir, privateKeyPath))) throw new UsageError(`--key ${privateKeyPath}: no such file (relative paths are read from ${baseDir})`);
  }
  const fields: Record<string, unknown> = {
    id,
    customer,
    ...(opts.name ? { name: opts.name } : {}),
    host: opts.host,
    port: opts.port,
    username: opts.user,
    ...(privateKeyPath ? { privateKeyPath } : { privateKeyEnv: opts.keyEnv }),
    hostKeySha256: undefined, // known once the operator picks it; here for its place in the entry
    ...(opts.tags ? { tags: opts.tags.split(',').map((t) => t.trim()).filter(Boolean) } : {}),
  };
  // Every field but the host key (not known yet) checked as the config will check it.
  const parsed = serverSchema.safeParse({ ...fields, hostKeySha256: `SHA256:${'A'.repeat(43)}` });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new UsageError(`server ${issue.path.join('.') || id}: ${issue.message}`);
  }
  return { fields, host: opts.host, port: opts.port, id, connectTimeoutMs: parsed.data.connectTimeoutMs };
}
