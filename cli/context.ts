import { resolve } from 'node:path';
import { isatty } from 'node:tty';
import { resolveConfigPath } from '../config/load.js';

/** What every command gets from the process: resolved paths and the streams. Only the command-line program builds it. */
export interface CliContext {
  readonly configPath: string;
  readonly dataDir: string;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
  readonly stdin: NodeJS.ReadStream;
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  /** True when a person can answer questions on stdin. */
  readonly interactive: boolean;
}

export function buildContext(globals: { config?: string; data?: string }): CliContext {
  const cwd = process.cwd();
  return {
    configPath: resolveConfigPath(globals.config, process.env, cwd),
    dataDir: resolveDataDir(globals.data, process.env, cwd),
    env: process.env,
    cwd,
    // Only when a command reads it: setting up process.stdin costs a few ms.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    interactive: isatty(0) && isatty(1),
  };
}

/** Where the store and other data live: --data, then $VOS_ASSIST_DATA, then ./data. */
export function resolveDataDir(flag: string | undefined, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(cwd, flag ?? env.VOS_ASSIST_DATA ?? 'data');
}

/** Exit codes of the command line (the README lists them). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Thrown by commands for bad usage; main prints the message and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly code = 'USAGE' as const;
}
