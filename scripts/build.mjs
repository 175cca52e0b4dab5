// Bundles each command-line entry point so a command loads a few files, not hundreds:
// start-up time is part of every `vos-assist` invocation and is benchmarked.
import { build } from 'esbuild';
import { readdirSync, existsSync, rmSync } from 'node:fs';

const benches = existsSync('bench') ? readdirSync('bench').filter((f) => f.endsWith('.ts')).map((f) => `bench/${f}`) : [];
const entryPoints = ['cli/main.ts', 'test/lab/cli.ts', ...benches].filter((f) => existsSync(f));

rmSync('dist', { recursive: true, force: true });
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
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  // Native addons and packages that locate files relative to themselves stay in node_modules.
  external: ['better-sqlite3', 'ssh2', 'cpu-features', 'pg', 'pg-native', 'bullmq', 'ioredis', 'natural', '@whiskeysockets/baileys', 'playwright-core', 'fastify', '@bull-board/*', 'pino', 'pino-pretty'],
  banner: {
    js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);",
  },
});
