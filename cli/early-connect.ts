import { connect } from 'node:net';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, resolveConfigPath } from '../config/load.js';
import type { Config } from '../config/schema.js';
import type { StateReading } from '../executors/state.js';
import type { Target } from '../executors/target.js';
import { resolveDataDir } from './context.js';

interface Early {
  readonly configPath: string;
  readonly config: Promise<Config>;
  readonly serverId: string;
  /** `playbook run ID`: the playbook whose facts are being read. */
  readonly playbookId: string | null;
  readonly target: Promise<Target>;
  readonly reading: Promise<StateReading> | null;
  taken: boolean;
}

/** What a command takes over: the connection, and for `playbook run` the read under way on it. */
export interface EarlyConnection {
  readonly target: Promise<Target>;
  readonly reading?: Promise<StateReading>;
}

let early: Early | null = null;

/**
 * `playbook run ID --server S` and `diagnose --server S` start the SSH connection to S
 * before anything else loads, so the server's work overlaps loading the program and
 * opening the store. A guess from argv alone: the command takes the connection only if its
 * own parsing arrives at the same config file and server (takeEarlyConnection); otherwise
 * it is closed. Errors surface when the command awaits it, as for any connection.
 */
export function connectEarly(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  return new Promise((underWay) => start(argv, env, cwd, underWay));
}

/**
 * Resolves `underWay` once the connection attempt is out on the network (for `playbook run`:
 * once the read runs on the server), or was not made.
 */
function start(argv: readonly string[], env: NodeJS.ProcessEnv, cwd: string, underWay: () => void): void {
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
    return underWay(); // commander reports bad usage
  }
  const { values, positionals } = parsed;
  const [first, second, third] = positionals;
  const oneServer = (first === 'playbook' && second === 'run') || first === 'diagnose';
  const servers = (values.server ?? []).filter((s): s is string => typeof s === 'string');
  if (!oneServer || servers.length !== 1 || values.queue || values.help) return underWay();
  const { config: configFlag, data: dataFlag } = values;
  if (typeof configFlag === 'boolean' || typeof dataFlag === 'boolean') return underWay();

  const configPath = resolveConfigPath(configFlag, env, cwd);
  const dataDir = resolveDataDir(dataFlag, env, cwd);
  const serverId = servers[0]!;
  const playbookId = first === 'playbook' ? (third ?? null) : null;
  const config = loadConfig(configPath, { cacheDir: dataDir });
  const server = config.then((c) => c.servers.find((s) => s.id === serverId) ?? Promise.reject(new Error(`unknown server ${serverId}`)));
  const target = (async () => {
    try {
      const s = await server;
      // TCP first: the server forks its session while ssh2 loads (tens of ms here).
      const sock = connect({ host: s.host, port: s.port, noDelay: true });
      let refused = false;
      sock.once('error', () => (refused = true)); // before ssh2 listens; ssh2 then connects itself and reports why
      const { connectSsh } = await import('../executors/ssh.js');
      if (refused) sock.destroy();
      // connectSsh has the handshake under way by the time it returns.
      return connectSsh(s, { env, baseDir: dirname(configPath), ...(refused ? {} : { sock }) });
    } finally {
      if (!playbookId) underWay();
    }
  })();
  target.catch(() => {}); // the command reports it when it awaits the connection
  // The facts a playbook needs are read as soon as the connection is up, in the session that
  // later takes the apply batch, while the program is still loading. What the read needs
  // loads during the handshake, so the session opens the moment the connection is up.
  const reading = playbookId
    ? Promise.all([target, server, import('../playbooks/library.js'), import('../executors/state.js')]).then(([t, s, { getPlaybook, probesFor }, { readStateAndPrepare }]) => {
        const playbook = getPlaybook(playbookId);
        if (!playbook) throw new Error(`unknown playbook ${playbookId}`);
        return readStateAndPrepare(t, s, probesFor(playbook));
      })
    : null;
  // Loading the rest of the program waits until the read runs on the server: compiling it
  // meanwhile would hold up the handshake, whose every reply waits for this thread.
  reading?.then((r) => r.prepared?.started).then(() => underWay(), () => underWay());
  early = { configPath, config, serverId, playbookId, target, reading, taken: false };
}

/** The config the early connection loaded from this file: the command need not read it again. */
export function earlyConfig(configPath: string): Promise<Config> | undefined {
  return early?.configPath === configPath ? early.config : undefined;
}

/**
 * The early connection, if it was started for this config file and server (and, for its
 * read, this playbook); taken once.
 */
export function takeEarlyConnection(configPath: string, serverId: string, playbookId?: string): EarlyConnection | undefined {
  if (!early || early.taken || early.configPath !== configPath || early.serverId !== serverId) return undefined;
  early.taken = true;
  const reading = early.reading && early.playbookId === playbookId ? early.reading : undefined;
  if (early.reading && !reading) void early.reading.then((r) => r.prepared?.cancel(), () => {});
  return { target: early.target, ...(reading ? { reading } : {}) };
}

/** Closes the early connection if no command took it. */
export async function dropEarlyConnection(): Promise<void> {
  if (!early || early.taken) return;
  early.taken = true;
  await early.target.then((t) => t.close(), () => {});
}
