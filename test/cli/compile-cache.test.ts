import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { enableCompileCache } from '../../cli/compile-cache.js';

const dir = mkdtempSync(join(tmpdir(), 'vos-compile-cache-'));
const pkg = join(dir, 'node_modules', 'demo');
const cacheDir = join(dir, 'cache');
mkdirSync(pkg, { recursive: true });
const source = (a: number, b: number) => `exports.value = () => ${a} + ${b};\nexports.resolves = require.resolve('./index.js');\nexports.dir = __dirname;\n`;
const load = () => {
  const file = join(pkg, 'index.js');
  const require = createRequire(join(dir, 'x.js'));
  delete require.cache[file];
  return require('demo') as { value(): number; resolves: string; dir: string };
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('compile cache', () => {
  it('reuses compiled code in the next process, and the module behaves the same', () => {
    writeFileSync(join(pkg, 'index.js'), source(41, 1));
    const first = enableCompileCache(cacheDir);
    try {
      const m = load();
      expect(m.value()).toBe(42);
      expect(m.resolves).toBe(join(pkg, 'index.js'));
      expect(m.dir).toBe(pkg);
      expect(first.stats).toEqual({ hits: 0, misses: 1 });
      first.save();
    } finally {
      first.disable();
    }
    const second = enableCompileCache(cacheDir);
    try {
      expect(load().value()).toBe(42);
      expect(second.stats).toEqual({ hits: 1, misses: 0 });
    } finally {
      second.disable();
    }
  });

  it('never runs stale code when a file changes but keeps its length', () => {
    writeFileSync(join(pkg, 'index.js'), source(41, 1));
    const c1 = enableCompileCache(cacheDir);
    load();
    c1.save();
    c1.disable();
    writeFileSync(join(pkg, 'index.js'), source(40, 3)); // same length, other code
    const c2 = enableCompileCache(cacheDir);
    try {
      expect(load().value()).toBe(43);
      expect(c2.stats.misses).toBe(1);
    } finally {
      c2.disable();
    }
  });

  it('compiles as usual when an entry is garbage', () => {
    writeFileSync(join(pkg, 'index.js'), source(41, 1));
    const c1 = enableCompileCache(cacheDir);
    load();
    c1.save();
    c1.disable();
    for (const f of readdirSync(cacheDir)) writeFileSync(join(cacheDir, f), Buffer.from([255, 255, 255, 255, 1, 2, 3]));
    const c = enableCompileCache(cacheDir);
    try {
      expect(load().value()).toBe(42);
      expect(c.stats).toEqual({ hits: 0, misses: 1 });
    } finally {
      c.disable();
    }
  });

  it('keeps one entry per module, so a command reads only the entries of what it loads', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(join(pkg, 'index.js'), source(41, 1));
    writeFileSync(join(pkg, 'other.js'), 'exports.x = 1;\n');
    const c = enableCompileCache(cacheDir);
    try {
      load();
      createRequire(join(dir, 'x.js'))('demo/other.js');
      c.save();
      expect(readdirSync(cacheDir).filter((f) => f.endsWith('.bin'))).toHaveLength(2);
    } finally {
      c.disable();
    }
  });

  // Only a new process reads the cached data back (V8 keeps the compiled script in memory).
  it('leaves code that calls import() to Node: compiled from cached data, import() would fail', () => {
    const cacheModule = join(dir, 'compile-cache.cjs');
    buildSync({ entryPoints: [fileURLToPath(new URL('../../cli/compile-cache.ts', import.meta.url))], bundle: true, platform: 'node', format: 'cjs', outfile: cacheModule, logLevel: 'warning' });
    writeFileSync(join(pkg, 'index.js'), `exports.later = () => import('node:os').then((os) => typeof os.cpus);\n`);
    const script = `const c = require(${JSON.stringify(cacheModule)}).enableCompileCache(${JSON.stringify(cacheDir)});
require(${JSON.stringify(join(pkg, 'index.js'))}).later().then((t) => console.log(JSON.stringify({ t, stats: c.stats })), (e) => console.log(JSON.stringify({ error: e.code })));`;
    for (let run = 0; run < 2; run++) {
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(JSON.parse(r.stdout)).toEqual({ t: 'function', stats: { hits: 0, misses: 0 } });
    }
  });
});
