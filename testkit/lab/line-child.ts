import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { helperPath } from './paths.js';

/** A helper program in a host's namespace that answers commands line by line (sip-hold.mjs, services.mjs). */
export interface LineChild {
  readonly child: ChildProcess;
  /** The next line the program prints (an `error …` line when it exited). */
  nextLine(): Promise<string>;
  /** Sends a command and resolves with the answer; throws on an `error …` answer. */
  ask(command: string): Promise<string>;
}

/**
 * Starts `node <helper> …args` in the namespace and waits for its first line, which must be
 * `listening`. The child does not keep this process alive; closing its stdin ends it.
 */
export async function startLineChild(ns: string, helper: string, args: readonly string[], what: string): Promise<LineChild> {
  const child = spawn('ip', ['netns', 'exec', ns, process.execPath, helperPath(helper), ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as { unref?: () => void } | null)?.unref?.();
  const lines: string[] = [];
  const waiters: Array<(l: string) => void> = [];
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const w = waiters.shift();
    if (w) w(line);
    else lines.push(line);
  });
  child.on('exit', () => {
    for (const w of waiters.splice(0)) w(`error ${helper} exited: ${stderr.trim()}`);
  });
  const nextLine = () =>
    new Promise<string>((resolve) => {
      const l = lines.shift();
      if (l !== undefined) resolve(l);
      else if (child.exitCode !== null) resolve(`error ${helper} exited: ${stderr.trim()}`);
      else waiters.push(resolve);
    });
  const first = await nextLine();
  if (first !== 'listening') {
    child.kill('SIGKILL');
    throw new Error(`vos-assist lab: cannot start ${what}: ${first}`);
  }
  const ask = async (command: string) => {
    child.stdin?.write(`${command}\n`);
    const answer = await nextLine();
    if (answer.startsWith('error')) throw new Error(`vos-assist lab: ${what}: "${command}" failed: ${answer.slice(6)}`);
    return answer;
  };
  return { child, nextLine, ask };
}
