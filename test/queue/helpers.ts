import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

import { until } from '../../testkit/wait.js';

export { closedPort, sleep, until } from '../../testkit/wait.js';

/** True while `pid` runs (a zombie counts as gone). */
export function isAlive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

/** A `node bin/vos-assist.js …` child process with its output collected. */
export interface CliProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when stderr contains `text` (rejects if the process exits first or after `timeoutMs`). */
  waitFor(text: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Exit code (null when killed) and signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The built CLI (`node scripts/build.mjs` first). */
export const CLI = new URL('../../bin/vos-assist.js', import.meta.url).pathname;

export function spawnCli(args: string[], env: Record<string, string>): CliProcess {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.once('exit', (code, signal) => r({ code, signal })));
  // How it ended, for the message of a wait it cuts short: an exit without a word on stderr says only this.
  let done: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  void exited.then((how) => (done = how));
  return {
    child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (text, timeoutMs = 20_000) =>
      until(
        () => {
          if (typeof text === 'string' ? err.includes(text) : text.test(err)) return true;
          if (done) throw new Error(`vos-assist exited (code ${done.code}, signal ${done.signal}) before printing ${String(text)}; stderr: ${err}; stdout: ${out.slice(-500)}`);
          return false;
        },
        `vos-assist to print ${String(text)} (stderr so far: ${err.slice(-500)})`,
        timeoutMs,
        10,
      ).then(() => undefined),
  };
}
