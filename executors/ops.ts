import { shellQuote } from './quote.js';
import { newNonce, parseSections, sectionLines, sectionRc, type Section } from './sections.js';
import { sysctlProcPath, type SysctlKey } from './changes/spec.js';
import type { PreparedExec, Target } from './target.js';

/**
 * The mutating operations VOS Assist performs on a server. Each is a small fixed shell
 * fragment; paths, hashes and values are validated and quoted, file bytes go over stdin.
 */
export type Op =
  /**
   * Copy `path` (which must have `expectSha`) to `backupPath`. A backup already there is kept
   * only if it holds exactly those bytes (a resumed run's own backup); anything else under
   * that name is refused, never taken for this run's.
   */
  | { op: 'backup'; label: string; path: string; backupPath: string; expectSha: string }
  /** Atomically replace `path` with `content` if its hash is still `expectSha` (null: must not exist). */
  | { op: 'write'; label: string; path: string; expectSha: string | null; content: Buffer; contentSha: string }
  /** Atomically put the backup back if `path` still has `expectSha` and the backup still holds `backupSha`. */
  | { op: 'restore'; label: string; path: string; backupPath: string; expectSha: string; backupSha: string }
  /** Remove `path` (a file we created) if it still has `expectSha`. */
  | { op: 'remove'; label: string; path: string; expectSha: string }
  /** `sysctl -w`, then read back: sysctl can exit 0 and still not apply the value. */
  | { op: 'sysctl'; label: string; key: SysctlKey; value: string }
  /** A fixed command from the config (the reload command). */
  | { op: 'command'; label: string; command: string };

/** Exit codes our fragments use so the caller can tell why a step stopped. */
export const OP_EXIT = { drift: 30, transfer: 31, readback: 32, backup: 33 } as const;

/**
 * Contents up to this size without NUL bytes travel inside the script (a shell builtin
 * writes them); larger or binary ones go over stdin and are checked by sha256 on arrival.
 */
export const EMBED_MAX_BYTES = 64 * 1024;
// ASCII only: the script travels as UTF-8, and NUL cannot be in a shell word.
const embeds = (content: Buffer) => content.length <= EMBED_MAX_BYTES && /^[\x01-\x7f]*$/.test(content.toString('latin1'));

// `sha256sum < FILE` prints "<hash>  -"; comparing that whole line spares a `cut` process.
const hashLine = (sha: string) => shellQuote(`${sha}  -`);
const currentSha = (p: string) => `if [ -e ${p} ]; then cur=$(sha256sum < ${p}); else cur=absent; fi`;
const expectLine = (sha: string | null) => (sha === null ? 'absent' : hashLine(sha));
/**
 * Sets $real to the file a path names: its target when it is a symlink, so a write goes
 * through the link and the link stays (an operator's softswitch.conf may live elsewhere).
 */
const resolve = (p: string) => `if [ -h ${p} ]; then real=$(readlink -f ${p}) || return 1; else real=${p}; fi`;

/**
 * The shell body of one op. Bodies run as shell functions (no process per op) and stop
 * with `return N`; only the operator's reload command runs in a subshell of its own.
 */
function fragment(o: Op): string {
  switch (o.op) {
    case 'backup': {
      const [p, b] = [shellQuote(o.path), shellQuote(o.backupPath)];
      // A hard link where it can (one process instead of two, and atomic): every write here
      // renames a new file over the path, never writes into it, so the linked inode keeps
      // exactly the bytes it had. A symlink, or a file system without hard links, gets a copy
      // of what the link points at.
      const link = `{ [ -f ${p} ] && [ ! -h ${p} ] && ln ${p} ${b} 2>/dev/null; }`;
      const copy = `{ cp -pL ${p} ${b}.tmp && mv -f ${b}.tmp ${b}; } || { rm -f ${b}.tmp; false; }`;
      // Output: the backup path, or "absent" when there was no file to back up.
      return [
        `if [ ! -e ${p} ]; then echo absent; return 0; fi`,
        `if [ -e ${b} ] || [ -h ${b} ]; then`,
        `  if [ -h ${b} ] || [ "$(sha256sum < ${b})" != ${hashLine(o.expectSha)} ]; then echo "${o.backupPath} exists and is not this run's backup; left alone"; return ${OP_EXIT.backup}; fi`,
        `else`,
        `  ${link} || ${copy} || return 1`,
        // The file may have changed since it was read: then this is not the backup of what we planned from.
        `  if [ "$(sha256sum < ${b})" != ${hashLine(o.expectSha)} ]; then rm -f ${b}; echo "changed since it was read"; return ${OP_EXIT.drift}; fi`,
        `fi`,
        `echo ${b}`,
      ].join('\n');
    }
    case 'write': {
      const p = shellQuote(o.path);
      // Through a symlink to its target; the temp file sits next to the target (same file system).
      const t = '"$real.vos-assist.tmp"';
      const fresh = o.expectSha === null;
      // A new file is created with mode 0644 whatever the session's umask (a subshell costs
      // the server less than a chmod process).
      const into = (write: string) => (fresh ? `( umask 022 && ${write} )` : write);
      return [
        currentSha(p),
        `if [ "$cur" != ${expectLine(o.expectSha)} ]; then echo "changed since it was read ($cur)"; return ${OP_EXIT.drift}; fi`,
        resolve(p),
        fresh
          ? // A temp file left by an interrupted run would keep its own mode: it goes first.
            `if [ -e ${t} ] || [ -h ${t} ]; then rm -f ${t} || return 1; fi`
          : // The temp file starts as a copy, so it has the target's owner and mode; then it is overwritten.
            `cp -p "$real" ${t} || { rm -f ${t}; return 1; }`,
        ...(embeds(o.content)
          ? // Part of the script, which runs only when it arrived whole: nothing to check.
            [`${into(`printf '%s' ${shellQuote(o.content.toString('latin1'))} > ${t}`)} || { rm -f ${t}; return 1; }`]
          : [
              // Exactly N bytes from the shared stdin; verify before the rename so a cut transfer never lands.
              into(`head -c ${o.content.length} > ${t}`),
              `if [ "$(sha256sum < ${t})" != ${hashLine(o.contentSha)} ]; then rm -f ${t}; echo 'transfer incomplete'; return ${OP_EXIT.transfer}; fi`,
            ]),
        // A failed rename must not leave the temp file behind.
        `mv -f ${t} "$real" || { rm -f ${t}; return 1; }`,
      ].join('\n');
    }
    case 'restore': {
      const [p, b] = [shellQuote(o.path), shellQuote(o.backupPath)];
      const t = '"$real.vos-assist.tmp"';
      return [
        currentSha(p),
        `if [ "$cur" != ${hashLine(o.expectSha)} ]; then echo "changed since it was written ($cur)"; return ${OP_EXIT.drift}; fi`,
        `[ -e ${b} ] || { echo 'backup missing'; return ${OP_EXIT.backup}; }`,
        // Only the bytes this run backed up go back: a file under that name from elsewhere is refused.
        `if [ "$(sha256sum < ${b})" != ${hashLine(o.backupSha)} ]; then echo 'the backup does not hold what this run recorded; left alone'; return ${OP_EXIT.backup}; fi`,
        resolve(p),
        `{ cp -p ${b} ${t} && mv -f ${t} "$real"; } || { rm -f ${t}; return 1; }`,
      ].join('\n');
    }
    case 'remove': {
      const p = shellQuote(o.path);
      return [currentSha(p), `if [ "$cur" != ${hashLine(o.expectSha)} ]; then echo "changed since it was written ($cur)"; return ${OP_EXIT.drift}; fi`, `rm -f ${p}`].join('\n');
    }
    case 'sysctl':
      // What `sysctl -w` does, without a process. The kernel can accept a write and still
      // not apply the value; the verification read that follows every batch compares.
      return `printf '%s\\n' ${shellQuote(o.value)} > ${sysctlProcPath(o.key)}`;
    case 'command':
      return `( ${o.command}\n)`;
  }
}

/** Result of one operation. */
export interface OpResult {
  readonly index: number;
  readonly label: string;
  readonly exitCode: number | null;
  readonly output: string;
}

/** Result of a batch: every op that ran, and whether all did. A stop is data, not an exception. */
export interface BatchResult {
  readonly ok: boolean;
  readonly results: OpResult[];
  readonly durationMs: number;
  readonly timedOut: boolean;
  /** The `after` sections, read once the ops ran (or stopped): the state to verify against. */
  readonly sections: Map<string, Buffer>;
  /** False when the output was cut off before the end marker (connection lost, timeout). */
  readonly complete: boolean;
}

/**
 * Renders a batch: ops run in order and the first failure skips the rest; then the
 * `after` sections read the resulting state in the same round trip.
 */
export function batchScript(nonce: string, ops: readonly Op[], after: readonly Section[] = []): { script: string; stdin: Buffer } {
  const lines: string[] = ['failed='];
  ops.forEach((o, i) => {
    lines.push(
      `op${i}() {\n${fragment(o)}\n}`,
      'if [ -z "$failed" ]; then',
      `printf '\\n@@${nonce} op${i}\\n'`,
      `op${i} 2>&1`,
      'rc=$?',
      `printf '\\n@@${nonce} op${i}.rc\\n%s' "$rc"`,
      `[ "$rc" -eq 0 ] || failed=${i}`,
      'fi',
    );
  });
  lines.push(...sectionLines(nonce, after), `printf '\\n@@${nonce} end\\n'`);
  const stdin = Buffer.concat(ops.flatMap((o) => (o.op === 'write' && !embeds(o.content) ? [o.content] : [])));
  return { script: lines.join('\n'), stdin };
}

/** Parses batch output (pure). */
export function parseBatch(nonce: string, ops: readonly Op[], out: Buffer): OpResult[] {
  return resultsFrom(parseSections(nonce, out), ops);
}

function resultsFrom(sections: Map<string, Buffer>, ops: readonly Op[]): OpResult[] {
  const results: OpResult[] = [];
  ops.forEach((o, i) => {
    if (!sections.has(`op${i}`)) return;
    results.push({ index: i, label: o.label, exitCode: sectionRc(sections, `op${i}`) ?? null, output: (sections.get(`op${i}`)?.toString('utf8') ?? '').trim().slice(0, 4096) });
  });
  return results;
}

/** Runs ops (then the `after` reads) in one round trip, reporting each op as it finishes. */
export async function runBatch(
  target: Target,
  ops: readonly Op[],
  opts: { after?: readonly Section[]; onOpDone?: (r: OpResult) => void; timeoutMs?: number; signal?: AbortSignal; prepared?: PreparedExec } = {},
): Promise<BatchResult> {
  const nonce = newNonce();
  const { script, stdin } = batchScript(nonce, ops, opts.after);
  let seen = 0;
  let acc = Buffer.alloc(0);
  const onOpDone = opts.onOpDone;
  const exec = opts.prepared ? opts.prepared.run.bind(opts.prepared) : target.exec.bind(target);
  const res = await exec(script, {
    stdin,
    // The after-sections may carry a whole softswitch.conf.
    maxOutputBytes: 32 * 1024 * 1024,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(onOpDone
      ? {
          onStdout: (chunk: Buffer) => {
            if (seen >= ops.length) return;
            acc = Buffer.concat([acc, chunk]);
            const done = parseBatch(nonce, ops, acc).filter((r) => r.exitCode !== null);
            for (; seen < done.length; seen++) onOpDone(done[seen]!);
          },
        }
      : {}),
  });
  const sections = parseSections(nonce, res.stdout);
  const results = resultsFrom(sections, ops);
  const ok = results.length === ops.length && results.every((r) => r.exitCode === 0);
  const complete = res.stdout.includes(Buffer.from(`\n@@${nonce} end\n`));
  return { ok, results, durationMs: res.durationMs, timedOut: res.timedOut, sections, complete };
}
