// Bundles the command line, the lab CLI, the demo and the benchmarks with esbuild into dist/,
// as ES modules. What entry points (and the modules they import when first needed) share is
// split into dist/chunks, so a command loads only the code it runs.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

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
const entryPoints = ['cli/main.ts', 'testkit/lab/cli.ts', 'testkit/lab/demo.ts', 'bot/matcher/index.ts', ...benches].filter((f) => existsSync(f));

// No wiping of dist/: tests and other builds may be reading it; stale chunks are harmless.
await build({
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  minify: true,
  keepNames: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  define: { __VOS_ASSIST_VERSION__: JSON.stringify(pkg.version), __VOS_ASSIST_CONFIG_BUILD__: JSON.stringify(configBuild) },
  // Native addons, and packages that find files of their own relative to themselves, load
  // from node_modules. @fastify/cookie too: it loads `cookie` with import(), which a bundle
  // of CommonJS `cookie` (1.x, for Node 20) would answer with a default export only.
  external: ['better-sqlite3', 'ssh2', 'cpu-features', 'pg', 'pg-native', 'bullmq', 'ioredis', 'natural', '@whiskeysockets/baileys', 'playwright-core', 'fastify', '@fastify/cookie', '@bull-board/*', 'pino', 'pino-pretty'],
  // CommonJS code bundled into an ES module (commander) still calls require() for Node's own modules.
  banner: { js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);" },
});
