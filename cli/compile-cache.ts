import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module from 'node:module';
import { dirname, join, sep } from 'node:path';
import { Script, constants as vmConstants } from 'node:vm';

/**
 * A V8 code cache for the CommonJS code a command loads (the command line's own bundle,
 * ssh2, Kysely, the SQLite driver's wrapper). Their compiled code is kept after a run,
 * including the functions that run compiled on the way, and reused by the next run: most of
 * compiling them is spared (about 15–20 ms of every `playbook run` here). Node 22 has this built in
 * (module.enableCompileCache); Node 20 does not.
 *
 * Each module's entry is a file of its own in the cache directory, named after the module's
 * path: a command reads the entries of what it loads, not those of every command (`start`
 * alone loads megabytes). An entry holds a hash of the module's content: V8 itself only
 * checks the source length, and an upgraded package must never run stale code. Any problem
 * with an entry means compiling as usual.
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
 * @param dir where the cache is kept
 * @param cached which CommonJS files to cache (default: those under a node_modules directory)
 */
export function enableCompileCache(dir: string, cached: (filename: string) => boolean = inNodeModules): CompileCache {
  const M = Module as unknown as ModuleInternals;
  const fresh = new Map<string, { hash: string; script: Script }>();
  const stats = { hits: 0, misses: 0 };
  const original = M.prototype._compile;

  M.prototype._compile = function (content, filename) {
    // Node 20 loses the import() callback of a script compiled from cached data
    // (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING), so code that may call import() compiles as usual.
    if (!/\.c?js$/.test(filename) || !cached(filename) || content.includes('import(')) return original.call(this, content, filename);
    const hash = digest(content);
    const entry = readEntry(entryPath(dir, filename));
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
      mkdirSync(dir, { recursive: true });
      for (const [filename, { hash, script }] of fresh) writeEntry(entryPath(dir, filename), { hash, data: script.createCachedData() });
      fresh.clear();
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

const entryPath = (dir: string, filename: string) => join(dir, `${createHash('sha1').update(filename).digest('hex')}.bin`);

// Entry layout: the content hash's length (1 byte), the hash, then V8's data.
function readEntry(path: string): Entry | undefined {
  try {
    const buf = readFileSync(path);
    const end = 1 + buf[0]!;
    return end < buf.length ? { hash: buf.toString('latin1', 1, end), data: buf.subarray(end) } : undefined;
  } catch {
    return undefined; // not cached yet, or unreadable
  }
}

function writeEntry(path: string, e: Entry): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, Buffer.concat([Buffer.from([e.hash.length]), Buffer.from(e.hash, 'latin1'), e.data]));
  renameSync(tmp, path);
}
