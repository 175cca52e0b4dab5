import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, resolveConfigPath } from '../config/load.js';
import type { Target } from '../executors/target.js';
import { resolveDataDir } from './context.js';

interface Early {
  readonly configPath: string;
  readonly serverId: string;
  readonly target: Promise<Target>;
  taken: boolean;
}

let early: Early | null = null;

/**
 * `playbook run ID --server S` and `diagnose --server S` start the SSH connection to S
 * before anything else loads, so the handshake overlaps loading the program and opening
 * the store. A guess from argv alone: the command takes the connection only if its own
 * parsing arrives at the same config file and server (takeEarlyConnection); otherwise it
 * is closed. Errors surface when the command awaits it, as for any connection.
 */
export function connectEarly(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv.slice(2),
      strict: false,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        data: { type: 'string' },
        server: { type: 'string', multiple: true },
        queue: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch {
    return; // commander reports bad usage
  }
  const { values, positionals } = parsed;
  const [first, second] = positionals;
  const oneServer = (first === 'playbook' && second === 'run') || first === 'diagnose';
  const servers = (values.server ?? []).filter((s): s is string => typeof s === 'string');
  if (!oneServer || servers.length !== 1 || values.queue || values.help) return;
  const { config: configFlag, data: dataFlag } = values;
  if (typeof configFlag === 'boolean' || typeof dataFlag === 'boolean') return;

  const configPath = resolveConfigPath(configFlag, env, cwd);
  const dataDir = resolveDataDir(dataFlag, env, cwd);
  const serverId = servers[0]!;
  const target = (async () => {
    const config = await loadConfig(configPath, { cacheDir: dataDir });
    const server = config.servers.find((s) => s.id === serverId);
    if (!server) throw new Error(`unknown server ${serverId}`);
    const { connectSsh } = await import('../executors/ssh.js');
    return connectSsh(server, { env, baseDir: dirname(configPath) });
  })();
  target.catch(() => {}); // the command reports it when it awaits the connection
  early = { configPath, serverId, target, taken: false };
}

/** The early connection, if it was started for this config file and server; taken once. */
export function takeEarlyConnection(configPath: string, serverId: string): Promise<Target> | undefined {
  if (!early || early.taken || early.configPath !== configPath || early.serverId !== serverId) return undefined;
  early.taken = true;
  return early.target;
}

/** Closes the early connection if no command took it. */
export async function dropEarlyConnection(): Promise<void> {
  if (!early || early.taken) return;
  early.taken = true;
  await early.target.then((t) => t.close(), () => {});
}
