import { relative, resolve, sep } from 'node:path';
import { ConfigEditError } from '../../config/errors.js';
import { resolveConfigPath } from '../../config/load.js';
import { resolveDataDir, UsageError, type CliContext } from '../context.js';

/**
 * The command line that reaches the same config and data as this one, for the commands a
 * command suggests next: `npx vos-assist`, plus --config and --data where they are not the
 * defaults of the directory the command ran in.
 */
export function commandPrefix(ctx: CliContext): string {
  const parts = ['npx vos-assist'];
  if (ctx.configPath !== resolveConfigPath(undefined, {}, ctx.cwd)) parts.push(`--config ${shownPath(ctx, ctx.configPath)}`);
  if (ctx.dataDir !== resolveDataDir(undefined, {}, ctx.cwd)) parts.push(`--data ${shownPath(ctx, ctx.dataDir)}`);
  return parts.join(' ');
}

/** A path as a person would type it from the directory the command ran in. */
export function shownPath(ctx: CliContext, path: string): string {
  const rel = relative(ctx.cwd, resolve(ctx.cwd, path));
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel : resolve(ctx.cwd, path);
}

/**
 * The line for a server's authorized_keys: the key, allowed to run commands only (no port,
 * X11 or agent forwarding, no terminal). Options every OpenSSH understands, CentOS 5's included.
 */
export function authorizedKeysLine(publicKey: string): string {
  return `no-port-forwarding,no-X11-forwarding,no-agent-forwarding,no-pty ${publicKey.trim()}`;
}

/** Runs a config change; a refused one (ConfigEditError) is bad usage, exit 2. */
export function refusedAsUsage<T>(change: () => T): T {
  try {
    return change();
  } catch (err) {
    if (err instanceof ConfigEditError) throw new UsageError(err.message, { cause: err });
    throw err;
  }
}
