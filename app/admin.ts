import { chmodSync, mkdirSync, unlinkSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import * as z from 'zod';

// The local admin endpoint of a running `vos-assist start`: a Unix socket in a directory of the
// data dir that only the owner can enter (0700), so nothing outside this machine, and no other
// local user, can reach it. No TCP port, no token to leak. One request per connection, one JSON
// line each way.

/** Where the admin socket of the process using this data dir lives. */
export const adminSocketPath = (dataDir: string) => join(dataDir, 'run', 'admin.sock');

/** Unix socket paths are limited (108 bytes on Linux, 104 on macOS). */
const MAX_SOCKET_PATH = 100;

export const adminRequestSchema = z.strictObject({ command: z.literal('reload') });
export const adminResponseSchema = z.union([
  z.strictObject({ ok: z.literal(true), summary: z.string() }),
  z.strictObject({ ok: z.literal(false), error: z.string() }),
]);
export type AdminResponse = z.infer<typeof adminResponseSchema>;

/** No running process answers at the admin socket (not started, another data dir, stopped). */
export class AdminUnreachableError extends Error {
  override readonly name = 'AdminUnreachableError';
  readonly code = 'ADMIN_UNREACHABLE' as const;
}

export interface AdminServer {
  readonly path: string;
  close(): Promise<void>;
}

/**
 * Listens on the admin socket of `dataDir`. A socket file left by a process that died is
 * replaced; one that a running process still answers on is left to it, and this throws.
 */
export async function serveAdmin(dataDir: string, handlers: { reload: () => Promise<AdminResponse> }, log: (m: string) => void): Promise<AdminServer> {
  const path = adminSocketPath(dataDir);
  if (path.length > MAX_SOCKET_PATH) throw new Error(`the admin socket path ${path} is longer than ${MAX_SOCKET_PATH} characters: use a shorter --data directory`);
  mkdirSync(join(dataDir, 'run'), { recursive: true, mode: 0o700 });
  // mkdir keeps the mode of a directory that was already there.
  chmodSync(join(dataDir, 'run'), 0o700);
  if (await answers(path)) throw new Error(`another vos-assist start with the data dir ${dataDir} already serves ${path}`);
  try {
    unlinkSync(path);
  } catch {
    // none left behind
  }
  const server: Server = createServer((socket) => {
    let buf = '';
    socket.setEncoding('utf8');
    socket.on('error', () => {});
    socket.on('data', (chunk: string) => {
      buf += chunk;
      if (buf.length > 4096) return void socket.destroy();
      const nl = buf.indexOf('\n');
      if (nl < 0) return;
      const line = buf.slice(0, nl);
      let request: z.infer<typeof adminRequestSchema>;
      try {
        request = adminRequestSchema.parse(JSON.parse(line));
      } catch {
        return void socket.end(`${JSON.stringify({ ok: false, error: 'unknown request; the admin endpoint knows {"command":"reload"}' } satisfies AdminResponse)}\n`);
      }
      log(`admin: ${request.command} asked`);
      void handlers
        .reload()
        .catch((err: Error): AdminResponse => ({ ok: false, error: err.message }))
        .then((res) => socket.end(`${JSON.stringify(res)}\n`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => {
      server.off('error', reject);
      resolve();
    });
  });
  chmodSync(path, 0o600);
  return {
    path,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      }),
  };
}

/** True when a process answers at the socket. */
function answers(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createConnection(path);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}

/** Asks the running process of `dataDir` to reload its config. */
export function requestReload(dataDir: string, timeoutMs = 30_000): Promise<AdminResponse> {
  const path = adminSocketPath(dataDir);
  return new Promise((resolve, reject) => {
    const s = createConnection(path);
    let buf = '';
    const timer = setTimeout(() => {
      s.destroy();
      reject(new AdminUnreachableError(`the process at ${path} did not answer within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    s.setEncoding('utf8');
    s.once('connect', () => s.write(`${JSON.stringify({ command: 'reload' })}\n`));
    s.on('data', (d: string) => (buf += d));
    s.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new AdminUnreachableError(
          err.code === 'ENOENT' || err.code === 'ECONNREFUSED'
            ? `no running vos-assist start uses the data dir ${dataDir} (nothing answers at ${path}): start it, or pass the --data it runs with`
            : `cannot talk to the running process at ${path}: ${err.message}`,
        ),
      );
    });
    s.once('end', () => {
      clearTimeout(timer);
      try {
        resolve(adminResponseSchema.parse(JSON.parse(buf.trim())));
      } catch {
        reject(new AdminUnreachableError(`the process at ${path} gave an answer this version does not read: ${buf.slice(0, 200)}`));
      }
    });
  });
}
