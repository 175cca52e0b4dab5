import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, sep } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

/**
 * A V8 code cache for the CommonJS code a command loads (the command line's own bundle,
 * ssh2, Kysely, the SQLite driver's wrapper). Their compiled code is kept after a run, including the functions
 * that run compiled on the way, and reused by the next run: most of compiling them is spared
 * (about 15–20 ms of every `playbook run` here). Node 22 has this built in
 * (module.enableCompileCache); Node 20 does not.
 *
 * Entries are keyed by the file's path and a hash of its content: V8 itself only checks the
 * source length, and an upgraded package must never run stale code. Any problem with the
 * cache file means compiling as usual.
 */
export interface CompileCache {
  readonly stats: { hits: number; misses: number };
  /** Writes what was compiled without the cache; also done at process exit. */
  save(): void;
  /** Restores Node's own compilation (tests). */
  disable(): void;
}

interface Entry {
  readonly hash: string;
  readonly data: Buffer;
}

type Compile = (this: NodeModule, content: string, filename: string) => unknown;
interface ModuleInternals {
  prototype: { _compile: Compile };
  wrap(content: string): string;
  _resolveFilename(request: string, parent: NodeModule, isMain: boolean, options?: { paths?: string[] }): string;
  _resolveLookupPaths(request: string, parent: NodeModule): string[] | null;
  _extensions: NodeJS.RequireExtensions;
  _cache: NodeJS.Require['cache'];
}

const NODE_MODULES = `${sep}node_modules${sep}`;
/** The default of what is cached: files under a node_modules directory. */
export const inNodeModules = (filename: string) => filename.includes(NODE_MODULES);
const digest = (content: string) => createHash('sha1').update(content).digest('base64');

/**
 * @param file where the cache is kept
 * @param cached which CommonJS files to cache (default: those under a node_modules directory)
 */
export function enableCompileCache(file: string, cached: (filename: string) => boolean = inNodeModules): CompileCache {
  const M = Module as unknown as ModuleInternals;
  const entries = readCache(file);
  const fresh = new Map<string, { hash: string; script: Script }>();
  const stats = { hits: 0, misses: 0 };
  const original = M.prototype._compile;

  M.prototype._compile = function (content, filename) {
    // Node 20 loses the import() callback of a script compiled from cached data
    // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so code that may call import() compiles as usual.
    if (!/\.c?js$/.test(filename) || !cached(filename) || content.includes('import(')) return original.call(this, content, filename);
    const hash = digest(content);
    const entry = entries.get(filename);
    const cachedData = entry?.hash === hash ? entry.data : undefined;
    let script: Script;
    try {
      script = new Script(M.wrap(content), { filename, ...(cachedData ? { cachedData } : {}), importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    } catch {
      return original.call(this, content, filename); // reports the syntax error as Node does
    }
    if (cachedData && !script.cachedDataRejected) stats.hits++;
    else {
      stats.misses++;
      fresh.set(filename, { hash, script });
    }
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return fn.call(this.exports, this.exports, requireFor(M, this), this, filename, dirname(filename));
  };

  const save = () => {
    if (fresh.size === 0) return;
    try {
      for (const [filename, { hash, script }] of fresh) entries.set(filename, { hash, data: script.createCachedData() });
      fresh.clear();
      writeCache(file, entries);
    } catch {
      // a read-only install only means compiling every time
    }
  };
  const onExit = () => save();
  process.once('exit', onExit);
  return {
    stats,
    save,
    disable() {
      M.prototype._compile = original;
      process.off('exit', onExit);
    },
  };
}

/** The `require` a module's code gets, as Node builds it. */
function requireFor(M: ModuleInternals, mod: NodeModule): NodeJS.Require {
  const require = ((id: string) => mod.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => M._resolveFilename(request, mod, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => M._resolveLookupPaths(request, mod);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = M._extensions;
  require.cache = M._cache;
  return require;
}

// File layout: a JSON index ({ path, hash, length }[]) after its 4-byte length, then the data blobs in order.
function readCache(file: string): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  try {
    const buf = readFileSync(file);
    const indexLength = buf.readUInt32LE(0);
    const index = JSON.parse(buf.toString('utf8', 4, 4 + indexLength)) as { path: string; hash: string; length: number }[];
    let at = 4 + indexLength;
    for (const e of index) {
      if (at + e.length > buf.length) break;
      entries.set(e.path, { hash: e.hash, data: buf.subarray(at, at + e.length) });
      at += e.length;
    }
  } catch {
    // no cache yet, or unreadable
  }
  return entries;
}

function writeCache(file: string, entries: Map<string, Entry>): void {
  const list = [...entries];
  const index = Buffer.from(JSON.stringify(list.map(([path, e]) => ({ path, hash: e.hash, length: e.data.length }))));
  const head = Buffer.alloc(4);
  head.writeUInt32LE(index.length);
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([head, index, ...list.map(([, e]) => e.data)]));
  renameSync(tmp, file);
}
