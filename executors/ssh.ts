import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import type { Client, ClientChannel } from 'ssh2';
import type { ServerConfig } from '../config/schema.js';
import { hostKeyPins, type HostKeyPin, type HostKeyType } from '../config/host-key.js';
import { TargetError } from './errors.js';
import { algorithmsFor, describeKeyBlob, hostKeyMismatch, matchesPin, pinnedAlgorithms, SCANNABLE_TYPES, type OfferedHostKey } from './host-keys.js';
import { shellQuote } from './quote.js';
import type { ExecOptions, ExecResult, Preamble, PreparedExec, Target } from './target.js';

/** The parts of a server's config an SSH connection needs. */
export type SshServer = Pick<
  ServerConfig,
  'id' | 'host' | 'port' | 'username' | 'privateKeyPath' | 'privateKeyEnv' | 'hostKeySha256' | 'connectTimeoutMs' | 'commandTimeoutMs'
>;

export interface SshOptions {
  /** Where privateKeyEnv is looked up. Default: none (privateKeyEnv then fails clearly). */
  env?: Record<string, string | undefined>;
  /** Base directory for a relative privateKeyPath. Default: process.cwd(). */
  baseDir?: string;
  signal?: AbortSignal;
  /** How long a prepared session waits for its command before it is given up for a new one. Default PREPARED_WAIT_MS. */
  preparedWaitMs?: number;
  /** Told the host key the connection accepted (`server test` prints it). Default: nobody. */
  onHostKey?: (key: OfferedHostKey) => void;
}

const DEFAULT_MAX_OUTPUT = 64 * 1024;

export { sha256Fingerprint } from './host-keys.js';

/** Wraps a command so it runs under `sh` with C locale and a remote time limit (where `timeout` exists). */
export function wrapRemote(command: string, timeoutSec: number): string {
  const inner = shellQuote(command);
  // `timeout` arrived in coreutils 7; CentOS 5 lacks it, so fall back to the local timer alone.
  return `LANG=C LC_ALL=C; export LANG LC_ALL; if command -v timeout >/dev/null 2>&1; then exec timeout -k 5 ${timeoutSec} sh -c ${inner}; else exec sh -c ${inner}; fi`;
}

// Before connecting: a key that cannot be read fails without touching the network.
function loadKey(server: SshServer, opts: SshOptions): Buffer {
  if (server.privateKeyEnv) {
    const v = opts.env?.[server.privateKeyEnv];
    if (!v) throw new TargetError('KEY_UNAVAILABLE', `environment variable ${server.privateKeyEnv} (the private key for ${server.id}) is not set`, false);
    return Buffer.from(v);
  }
  const path = server.privateKeyPath!;
  const full = path.startsWith('/') ? path : `${opts.baseDir ?? process.cwd()}/${path}`;
  try {
    return readFileSync(full);
  } catch (err) {
    throw new TargetError('KEY_UNAVAILABLE', `cannot read the private key for ${server.id} at ${full}: ${(err as Error).message}`, false, { cause: err });
  }
}

const unreachable = (server: Pick<SshServer, 'id' | 'host' | 'port'>, why: string, message: string, cause: unknown) =>
  new TargetError('CONNECT_FAILED', `cannot reach ${server.id} at ${server.host}:${server.port} (${why}: ${message}); nothing was changed`, true, { cause, timedOut: why === 'client-timeout' || why === 'ETIMEDOUT' });

/** The server offered a host key that is not pinned, or none of a pinned type; connectSsh finds out which keys it has. */
class NotPinned extends Error {
  constructor(readonly seen: OfferedHostKey | null) {
    super('host key not pinned');
  }
}

/**
 * Connects to a server over SSH with its host key pinned. Resolves once authenticated.
 * Throws TargetError: HOST_KEY_MISMATCH (never retried), AUTH_FAILED, CONNECT_FAILED
 * (retryable: nothing was run), KEY_UNAVAILABLE.
 *
 * Pins with a key type make the server prove a key of that type, whichever it prefers. A pin
 * without one is tried against the key the server prefers; when that is another key, the
 * server is asked for its other types (one handshake each) and the connection is made again
 * with the type whose key is pinned. When no key matches, the refusal lists every key the
 * server has.
 */
export async function connectSsh(server: SshServer, opts: SshOptions = {}): Promise<Target> {
  const pins = hostKeyPins(server.hostKeySha256);
  try {
    return await connectPinned(server, opts, pins, pinnedAlgorithms(pins));
  } catch (err) {
    if (!(err instanceof NotPinned)) throw err;
    const others = SCANNABLE_TYPES.filter((t) => t !== err.seen?.type);
    const offered = [...(err.seen ? [err.seen] : []), ...(await scanHostKeys(server, { types: others, ...(opts.signal ? { signal: opts.signal } : {}) }))];
    const match = offered.find((k) => matchesPin(pins, k));
    if (!match) throw hostKeyMismatch(server, pins, offered);
    return connectPinned(server, opts, pins, algorithmsFor([match.type as HostKeyType]));
  }
}

async function connectPinned(server: SshServer, opts: SshOptions, pins: readonly HostKeyPin[], hostKeyAlgorithms: string[] | null): Promise<Target> {
  const privateKey = loadKey(server, opts);
  // TCP first, ssh2 second: the server accepts and forks its session while ssh2 loads.
  const sock = connect({ host: server.host, port: server.port, noDelay: true });
  let refused: (Error & { code?: string }) | null = null;
  const onRefused = (err: Error) => (refused = err);
  sock.once('error', onRefused);
  // Node makes the connect call on the next tick, which waits for every queued microtask; in
  // the bundled command line loading ssh2 and the store are such microtasks (import() is a
  // require() there). One turn of the event loop sends the SYN before they run.
  await new Promise((resolve) => setImmediate(resolve));
  const { default: ssh2 } = await import('ssh2').catch((err: unknown) => {
    sock.destroy();
    throw err;
  });
  sock.off('error', onRefused);
  if (refused) {
    sock.destroy();
    const err: Error & { code?: string } = refused;
    throw unreachable(server, err.code ?? 'error', err.message, err);
  }
  const client = new ssh2.Client();
  let seenKey: OfferedHostKey | null = null;
  let lost: Error | null = null;

  await new Promise<void>((resolve, reject) => {
    const fail = (err: TargetError | NotPinned) => {
      client.removeAllListeners('ready');
      client.end();
      sock.destroy();
      reject(err);
    };
    const onAbort = () => fail(new TargetError('CONNECT_FAILED', `connecting to ${server.id} was cancelled`, true));
    if (opts.signal?.aborted) return onAbort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    client.once('ready', () => {
      opts.signal?.removeEventListener('abort', onAbort);
      resolve();
    });
    client.once('error', (err: Error & { level?: string; code?: string }) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (seenKey && !matchesPin(pins, seenKey)) return fail(new NotPinned(seenKey));
      // Offered only the pinned types, the server had none of them.
      if (!seenKey && hostKeyAlgorithms && /no matching host key format/i.test(err.message)) return fail(new NotPinned(null));
      if (err.level === 'client-authentication')
        return fail(new TargetError('AUTH_FAILED', `${server.username}@${server.host} refused the key (permission denied): check username and that the public key is in authorized_keys`, false, { cause: err }));
      fail(unreachable(server, err.code ?? err.level ?? 'error', err.message, err));
    });
    try {
      client.connect({
        sock,
        username: server.username,
        privateKey,
        // Straight to the key: the default tries `none` first, a round trip that always fails.
        authHandler: ['publickey'],
        readyTimeout: server.connectTimeoutMs,
        keepaliveInterval: 5_000,
        keepaliveCountMax: 3,
        ...(hostKeyAlgorithms ? { algorithms: { serverHostKey: hostKeyAlgorithms as never } } : {}),
        // ssh2 trusts any host key unless told otherwise: compare in OpenSSH's SHA256 form.
        hostVerifier: (key: Buffer) => {
          seenKey = describeKeyBlob(key);
          const ok = matchesPin(pins, seenKey);
          if (ok) opts.onHostKey?.(seenKey);
          return ok;
        },
      });
    } catch (err) {
      fail(new TargetError('KEY_UNAVAILABLE', `cannot use the private key for ${server.id}: ${(err as Error).message}`, false, { cause: err }));
    }
  });

  client.on('error', (err) => {
    lost = err;
  });
  client.on('close', () => {
    lost ??= new Error('connection closed');
  });

  return {
    serverId: server.id,
    exec: (command, options) => {
      if (lost) return Promise.reject(new TargetError('CONNECTION_LOST', `connection to ${server.id} was lost: ${lost.message}`, false, { cause: lost }));
      return execOn(client, server, command, options);
    },
    prepare: (preamble) => prepareOn(client, server, opts.preparedWaitMs ?? PREPARED_WAIT_MS, preamble),
    close: async () => {
      client.end();
    },
  };
}

/** Options of {@link scanHostKeys}. */
export interface ScanOptions {
  /** The key types to ask for. @defaultValue every type the client supports */
  types?: readonly HostKeyType[];
  signal?: AbortSignal;
}

/**
 * The host keys a server has, one per type, as `ssh-keyscan` reads them: one handshake per key
 * type, offering only that type and hanging up once the server has shown its key (no login).
 * A type the server lacks is left out. Throws CONNECT_FAILED when the server answered no handshake.
 */
export async function scanHostKeys(server: Pick<SshServer, 'id' | 'host' | 'port' | 'connectTimeoutMs'>, opts: ScanOptions = {}): Promise<OfferedHostKey[]> {
  const { default: ssh2 } = await import('ssh2');
  const types = opts.types ?? SCANNABLE_TYPES;
  const one = (type: HostKeyType) =>
    new Promise<{ key: OfferedHostKey | null; error: (Error & { code?: string; level?: string }) | null }>((resolve) => {
      const client = new ssh2.Client();
      let key: OfferedHostKey | null = null;
      let settled = false;
      const done = (error: (Error & { code?: string; level?: string }) | null) => {
        if (settled) return;
        settled = true;
        opts.signal?.removeEventListener('abort', onAbort);
        client.end();
        resolve({ key, error: key ? null : error });
      };
      const onAbort = () => done(new Error('cancelled'));
      if (opts.signal?.aborted) return onAbort();
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      client.on('error', (err) => done(err));
      client.on('close', () => done(null));
      client.on('ready', () => done(null));
      client.connect({
        host: server.host,
        port: server.port,
        username: 'vos-assist-keyscan',
        readyTimeout: server.connectTimeoutMs,
        algorithms: { serverHostKey: algorithmsFor([type]) as never },
        hostVerifier: (blob: Buffer) => {
          key = describeKeyBlob(blob);
          return false; // seen; no login
        },
      });
    });
  const results = await Promise.all(types.map(one));
  const keys = results.flatMap((r) => (r.key ? [r.key] : []));
  const noHandshake = results.find((r) => r.error && !/no matching host key format/i.test(r.error.message))?.error;
  if (keys.length === 0 && noHandshake) throw unreachable(server, noHandshake.code ?? noHandshake.level ?? 'error', noHandshake.message, noHandshake);
  return keys;
}

/** What a channel is fed once its input is known; the local timer starts then. */
interface ChannelInput {
  readonly command: string;
  readonly stdin?: Buffer | string;
  readonly options: ExecOptions;
}

/** Ends every script a prepared session runs: a script cut off in transfer lacks it and never runs. */
export const SCRIPT_TRAILER = '\n#@@script-complete';

/**
 * Reads a script of N bytes from stdin and runs it only if it arrived whole; the rest of
 * stdin stays for the script. `read` and `head -c` never consume past what they need from a pipe.
 */
export const BOOTSTRAP = `IFS= read -r n || exit 0; [ "$n" -gt 0 ] 2>/dev/null || exit 0; s=$(head -c "$n"); case "$s" in *'${SCRIPT_TRAILER}') eval "$s";; *) echo 'script cut off in transfer; nothing was run' >&2; exit 96;; esac`;

function execOn(client: Client, server: SshServer, command: string, options: ExecOptions = {}): Promise<ExecResult> {
  const timeoutMs = options.timeoutMs ?? server.commandTimeoutMs;
  return runChannel(client, server, wrapRemote(command, Math.ceil(timeoutMs / 1000)), Promise.resolve({ command, ...(options.stdin !== undefined ? { stdin: options.stdin } : {}), options }));
}

/** How long a prepared session waits for its command once its preamble has answered (default of SshOptions.preparedWaitMs). */
export const PREPARED_WAIT_MS = 10_000;

/**
 * Opens a session now (sshd forks the shell while other work goes on) and runs a command in it
 * later. The session is for work that waits on nobody: its remote time limit covers the
 * preamble, PREPARED_WAIT_MS and the command, each within the server's command time limit, and
 * a command that comes later than that (or wants longer) runs in a session of its own.
 */
function prepareOn(client: Client, server: SshServer, waitMs: number, preamble?: Preamble): PreparedExec {
  let feed!: (input: ChannelInput) => void;
  const input = new Promise<ChannelInput>((r) => (feed = r));
  let used = false;
  const remoteLimit = Math.ceil((server.commandTimeoutMs * 2 + waitMs) / 1000);
  const early = preamble ? deferred<Buffer>() : null;
  const script = preamble ? `${preamble.script}\n${BOOTSTRAP}` : BOOTSTRAP;
  const result = runChannel(client, server, wrapRemote(script, remoteLimit), input, early && preamble ? { marker: Buffer.from(preamble.endMarker), ...early } : undefined);
  result.catch(() => {});
  let answeredAt = performance.now();
  if (early) {
    early.promise.catch(() => {});
    // The preamble has the usual command time limit; the session itself lives on.
    const t = setTimeout(() => early.reject(new TargetError('CONNECTION_LOST', `${server.id} did not answer the read within ${server.commandTimeoutMs} ms`, false, { timedOut: true })), server.commandTimeoutMs);
    void early.promise.then(() => clearTimeout(t), () => clearTimeout(t));
    void early.promise.then(() => (answeredAt = performance.now()), () => {});
    // A session that ends early (a login shell that refuses, a killed command) yields what
    // it printed; the parser reports every missing value as unknown.
    void result.then((r) => early.resolve(r.stdout), (err: unknown) => early.reject(err));
  }
  const end = () => feed({ command: '', stdin: '0\n', options: {} });
  return {
    preambleOutput: early?.promise ?? null,
    run(command, options = {}) {
      if (used) throw new Error('a prepared exec runs once');
      used = true;
      if (performance.now() - answeredAt > waitMs || (options.timeoutMs ?? server.commandTimeoutMs) > server.commandTimeoutMs) {
        end();
        return execOn(client, server, command, options);
      }
      const script = Buffer.from(`${command}${SCRIPT_TRAILER}`);
      const stdin = Buffer.concat([Buffer.from(`${script.length}\n`), script, options.stdin === undefined ? Buffer.alloc(0) : Buffer.from(options.stdin)]);
      feed({ command, stdin, options });
      return result;
    },
    cancel() {
      if (used) return;
      used = true;
      end();
    },
  };
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: unknown) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

/** Resolves with the output up to and including `marker`, as soon as it has arrived. */
interface EarlyOutput {
  readonly marker: Buffer;
  resolve(output: Buffer): void;
}

// What a session may send before its command is fed: the preamble's read, a whole softswitch.conf at most.
const PREAMBLE_MAX = 48 * 1024 * 1024;

function runChannel(client: Client, server: SshServer, remote: string, input: Promise<ChannelInput>, early?: EarlyOutput): Promise<ExecResult> {
  return new Promise((resolve, reject) => {
    const opened = (err: Error | undefined, channel: ClientChannel) => {
      if (err) return reject(new TargetError('CONNECTION_LOST', `cannot open a channel to ${server.id}: ${err.message}`, false, { cause: err }));
      const out: Buffer[] = [];
      let outLen = 0;
      let truncated = false;
      let stderr = '';
      let timedOut = false;
      let settled = false;
      let exitCode: number | null = null;
      let fed: ChannelInput | null = null;
      let timer: NodeJS.Timeout | undefined;
      let started = performance.now();
      const onAbort = () => {
        channel.close();
        finish(null);
      };
      const finish = (code: number | null) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        fed?.options.signal?.removeEventListener('abort', onAbort);
        resolve({
          command: fed?.command ?? '',
          exitCode: code,
          stdout: Buffer.concat(out),
          stderr,
          truncated,
          // `timeout` exits 124 (or 137 after -k) when it had to stop the command.
          timedOut: timedOut || code === 124 || code === 137,
          durationMs: Math.round(performance.now() - started),
        });
      };
      let earlyDone = !early;
      let tail = Buffer.alloc(0);
      channel.on('data', (chunk: Buffer) => {
        fed?.options.onStdout?.(chunk);
        const max = fed ? (fed.options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT) : PREAMBLE_MAX;
        if (outLen >= max) return void (truncated = true);
        const room = max - outLen;
        if (chunk.length > room) {
          truncated = true;
          chunk = chunk.subarray(0, room);
        }
        out.push(chunk);
        outLen += chunk.length;
        if (!earlyDone && early) {
          // Search only the new bytes (plus a marker's length before them): outputs can be megabytes.
          const window = Buffer.concat([tail, chunk]);
          const at = window.indexOf(early.marker);
          if (at !== -1) {
            earlyDone = true;
            const end = outLen - window.length + at + early.marker.length;
            early.resolve(Buffer.concat(out).subarray(0, end));
          } else tail = window.subarray(Math.max(0, window.length - early.marker.length));
        }
      });
      channel.stderr.on('data', (chunk: Buffer) => {
        if (stderr.length < 16 * 1024) stderr += chunk.toString('utf8');
      });
      channel.on('exit', (code: unknown) => {
        if (typeof code === 'number') exitCode = code;
      });
      channel.on('close', () => finish(exitCode));
      channel.on('error', () => finish(null));
      void input.then((i) => {
        fed = i;
        started = performance.now();
        // ssh2 has no per-command timeout; the remote `timeout` may be missing or stuck.
        timer = setTimeout(() => {
          timedOut = true;
          channel.close();
          finish(null);
        }, (i.options.timeoutMs ?? server.commandTimeoutMs) + 2_000);
        i.options.signal?.addEventListener('abort', onAbort, { once: true });
        if (settled) return;
        if (i.stdin !== undefined) channel.end(i.stdin);
        else channel.end();
      });
    };
    try {
      client.exec(remote, opened);
    } catch (err) {
      // ssh2 throws when the connection has already ended.
      reject(new TargetError('CONNECTION_LOST', `cannot open a channel to ${server.id}: ${(err as Error).message}`, false, { cause: err }));
    }
  });
}
