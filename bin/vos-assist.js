#!/usr/bin/env node
// The command line, as `npm run build` bundles it: one script, dist/cli/vos-assist.js (see
// scripts/build.mjs), compiled with V8's code cache through node:vm. Compiling the command line
// costs tens of ms on every run otherwise: Node 20 keeps no compiled code between runs.
//
// The cache is a file per user (under $XDG_CACHE_HOME or ~/.cache, never a shared directory:
// code from it runs as the user), named by a hash of the script and of Node's version. It is
// used only if its checksum holds and V8 accepts it (V8 checks its own version, flags and the
// script's length); anything else compiles the script afresh and writes a new cache. A cache
// holds the code of the commands that have run with it, and grows by one command at a time.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// Regular expressions compiled to machine code at their first run, not first interpreted and then
// tiered up. V8 compiles a pattern without its optimisations once the process has generated a
// megabyte of regexp code (bytecode counts: the matcher's large patterns make several) and holds
// 16 MB of executable memory, which a long-running bot soon does: with tier-up, patterns compiled
// after that run several times slower. Without it, bytecode is never made and every pattern keeps
// its optimised code; node dist/bench/classify.js, which sets the same flag, measures the
// difference. Set before the script below compiles: the code cache records V8's flags.
setFlagsFromString('--no-regexp-tier-up');

const file = fileURLToPath(new URL('../dist/cli/vos-assist.js', import.meta.url));
const bytes = readFileSync(file);
// Hashed as bytes: hashing the decoded string would encode it to UTF-8 all over again.
const cache = readCache(bytes);
const source = bytes.toString('utf8');
// 'use strict' as in the ES modules it was bundled from; lineOffset keeps stack traces' lines right.
const script = new Script(`(function (require, __vosAssistCliUrl, __filename, __dirname) {'use strict';\n${source}\nreturn vosAssistCli;\n})`, {
  filename: file,
  lineOffset: -1,
  ...(cache.data ? { cachedData: cache.data } : {}),
});
const cli = script.runInThisContext()(createRequire(file), pathToFileURL(file).href, file, dirname(file));
const command = await cli.run(process.argv);
writeCache(cache, command);
// Every command has awaited and closed what it started. Exiting now spares tearing the heap
// down piece by piece, which a natural exit does (tens of ms here); stdout and stderr are
// written synchronously on Linux, so nothing printed is lost.
process.exit();

/** The cache for the script in `code` (its bytes): its V8 data (null when there is none or it fails its checksum) and the commands it holds. */
function readCache(code) {
  const key = createHash('sha256').update(`${process.version}\0${process.arch}\0`).update(code).digest('hex').slice(0, 32);
  let dir = null;
  try {
    dir = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'vos-assist');
  } catch {
    // no home directory: run without a cache
  }
  const path = dir && join(dir, `cli-${key}.v8`);
  const none = { dir, path, data: null, commands: [] };
  if (!path) return none;
  let bytes;
  try {
    bytes = readFileSync(path);
  } catch {
    return none;
  }
  // "vos-assist-v8 <sha256 of the data> <command,command…>\n" then the data.
  const nl = bytes.indexOf(0x0a);
  const [magic, sum, commands = ''] = (nl === -1 ? '' : bytes.subarray(0, nl).toString('latin1')).split(' ');
  const data = bytes.subarray(nl + 1);
  if (magic !== 'vos-assist-v8' || sum !== createHash('sha256').update(data).digest('hex')) return none;
  return { dir, path, data, commands: commands ? commands.split(',') : [] };
}

/** Writes the cache when there was none (or V8 refused it), or when this command's code is not in it yet. */
function writeCache(c, command) {
  if (!c.path) return;
  const accepted = c.data !== null && !script.cachedDataRejected;
  const name = command && command.replaceAll(' ', '-');
  if (accepted && (name === null || c.commands.includes(name))) return;
  const tmp = `${c.path}.${process.pid}.tmp`;
  try {
    const data = script.createCachedData();
    const commands = [...(accepted ? c.commands : []), ...(name ? [name] : [])];
    mkdirSync(c.dir, { recursive: true, mode: 0o700 });
    writeFileSync(tmp, Buffer.concat([Buffer.from(`vos-assist-v8 ${createHash('sha256').update(data).digest('hex')} ${commands.join(',')}\n`, 'latin1'), data]), { mode: 0o600 });
    // Atomic: a reader sees the old cache or the new one, never half of one.
    renameSync(tmp, c.path);
    // Caches of other builds (an update, another checkout) go once unused for a week.
    const weekAgo = Date.now() - 7 * 24 * 3600 * 1000;
    for (const f of readdirSync(c.dir)) {
      const other = join(c.dir, f);
      if (/^cli-[0-9a-f]{32}\.v8$/.test(f) && other !== c.path && statSync(other).atimeMs < weekAgo) rmSync(other, { force: true });
    }
  } catch {
    // A read-only or full disk only costs the next run its compile.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // there was no directory to write it in
    }
  }
}
