// Bundles with esbuild into dist/: the lab CLI, the demo, the framing counts' writer and the
// benchmarks as ES modules (what they share is split into dist/chunks), and the command line as
// one script, dist/cli/vos-assist.js, which bin/vos-assist.js compiles with V8's code cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Identifies the config schema of this build: a cached, validated config is reused only by
// a build whose config code is byte for byte the same.
const configBuild = createHash('sha256')
  .update(pkg.version)
  .update(readdirSync('config').filter((f) => f.endsWith('.ts')).sort().map((f) => readFileSync(`config/${f}`, 'utf8')).join('\0'))
  .digest('hex')
  .slice(0, 16);

const benches = existsSync('bench') ? readdirSync('bench').filter((f) => f.endsWith('.ts')).map((f) => `bench/${f}`) : [];
// bot/matcher/index.ts stands alone too: bench/classify times its start-up in a fresh process.
const entryPoints = ['testkit/lab/cli.ts', 'testkit/lab/demo.ts', 'testkit/evaluation/write-framing-counts.ts', 'testkit/write-training-stems.ts', 'testkit/write-required-words.ts', 'bot/matcher/index.ts', ...benches].filter((f) => existsSync(f));

const define = { __VOS_ASSIST_VERSION__: JSON.stringify(pkg.version), __VOS_ASSIST_CONFIG_BUILD__: JSON.stringify(configBuild) };
// Native addons, and packages that find files of their own relative to themselves, load from
// node_modules. @fastify/cookie too: it loads `cookie` with import(), which a bundle of
// CommonJS `cookie` (1.x, for Node 20) would answer with a default export only.
const external = ['better-sqlite3', 'ssh2', 'cpu-features', 'pg', 'pg-native', 'bullmq', 'ioredis', 'natural', '@whiskeysockets/baileys', 'playwright-core', 'fastify', '@fastify/cookie', '@bull-board/*', 'pino', 'pino-pretty'];
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: 'linked', minify: true, keepNames: true, logLevel: 'warning', external };

/** Leaves a bundled package's native addon (`require('./build/x.node')`) to load from its place in node_modules. */
const addonsFromNodeModules = {
  name: 'addons-from-node-modules',
  setup(b) {
    b.onResolve({ filter: /\.node$/ }, (args) => {
      const full = resolvePath(args.resolveDir, args.path);
      const at = full.lastIndexOf('/node_modules/');
      return at === -1 ? null : { path: full.slice(at + '/node_modules/'.length), external: true };
    });
  },
};

// No wiping of dist/: tests and other builds may be reading it; stale chunks are harmless.
await build({
  ...common,
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  define,
  // CommonJS code bundled into an ES module (commander) still calls require() for Node's own modules.
  banner: { js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url); " },
});

// The command line: every command in one script, so that one code cache covers it (V8 caches
// scripts through node:vm; Node 20 has no cache for modules). Its import() calls become
// require(): a function restored from a code cache cannot call import() on Node 20 ("A dynamic
// import callback was not specified"). Every external package it loads is CommonJS except
// Baileys, which Node loads through require() since 20.19. bin/vos-assist.js passes `require`
// and the script's URL in.
await build({
  ...common,
  entryPoints: ['cli/main.ts'],
  outfile: 'dist/cli/vos-assist.js',
  format: 'iife',
  globalName: 'vosAssistCli',
  supported: { 'dynamic-import': false },
  define: { ...define, 'import.meta.url': '__vosAssistCliUrl' },
  // ssh2 is bundled, so the code cache covers its compiled code too; its native addons stay in node_modules.
  external: external.filter((p) => p !== 'ssh2'),
  plugins: [addonsFromNodeModules],
});
// The command line's ES module entry of earlier builds: nothing loads it any more.
rmSync('dist/cli/main.js', { force: true });
rmSync('dist/cli/main.js.map', { force: true });
