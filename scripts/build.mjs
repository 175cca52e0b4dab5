// Bundles each command-line entry point so a command loads a few files, not hundreds:
// start-up time is part of every `vos-assist` invocation and is benchmarked.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

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
const entryPoints = ['cli/main.ts', 'test/lab/cli.ts', 'test/lab/demo.ts', 'bot/matcher/index.ts', ...benches].filter((f) => existsSync(f));
const define = { __VOS_ASSIST_VERSION__: JSON.stringify(pkg.version), __VOS_ASSIST_CONFIG_BUILD__: JSON.stringify(configBuild) };
// Native addons and packages that locate files relative to themselves stay in node_modules.
const external = ['better-sqlite3', 'cpu-features', 'pg', 'pg-native', 'bullmq', 'ioredis', 'natural', '@whiskeysockets/baileys', 'playwright-core', 'fastify', '@bull-board/*', 'pino', 'pino-pretty'];

// Libraries the command line loads, each bundled as one CommonJS file in dist/vendor:
// a command reads one file instead of dozens. Native addons stay where npm built them.
// - ssh2's client and what it needs (asn1…), without SFTP, SSH agents and passphrase-protected
//   keys, which VOS Assist never uses (over a third of the code, and child_process);
// - Kysely, tree-shaken to what store/kysely.ts re-exports (as ESM it cost ~30 ms a load),
//   for PostgreSQL and for migrating a new SQLite file;
// - commander, for cli/program.ts.
// A library is taken from its bundle only by the one source file listed (`from`), whose
// import or export statement names what the bundle must provide (ssh2: its default export).
const vendorDir = 'dist/vendor';
// How an output file reaches dist/vendor: every output that uses a vendored library must sit one level below dist/.
const VENDOR_FROM_OUTPUT = '../vendor';
const namesFrom = (file, pkg) =>
  [...readFileSync(file, 'utf8').matchAll(new RegExp(`(?:import|export) \\{([^}]*)\\} from '${pkg}'`, 'g'))].flatMap((m) =>
    m[1].split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')),
  );
const named = (pkg, from) => {
  const names = namesFrom(from, pkg);
  if (names.length === 0) throw new Error(`${from} imports nothing from ${pkg}`);
  return { contents: `export { ${names.join(', ')} } from '${pkg}';`, loader: 'js', from, names };
};
const vendored = {
  ssh2: {
    contents: "module.exports = { Client: require('ssh2/lib/client.js') };",
    loader: 'js',
    // `import ssh2 from 'ssh2'`: the default export.
    from: 'executors/ssh.ts',
    // What client.js takes from them, failing loudly if ever used (a file under the
    // package's lib/, or a module id).
    stubs: {
      'protocol/SFTP.js': "exports.SFTP = class SFTP { constructor() { throw new Error('SFTP is not part of the ssh2 bundled with VOS Assist'); } };",
      'agent.js':
        "const none = () => { throw new Error('SSH agents are not part of the ssh2 bundled with VOS Assist'); }; exports.isAgent = () => false; exports.createAgent = none; exports.AgentContext = class AgentContext { constructor() { none(); } };",
      // Decrypts passphrase-protected keys (with tweetnacl): the config has no passphrase.
      'bcrypt-pbkdf': "exports.pbkdf = () => { throw new Error('passphrase-protected keys are not supported: give VOS Assist a key without a passphrase'); };",
      // A native addon that only reorders ciphers (chacha20 first on CPUs without AES): loading
      // it costs every command a few ms; the default order suits the servers VOS3000 runs on.
      'cpu-features': 'module.exports = () => undefined;',
    },
  },
  kysely: named('kysely', 'store/kysely.ts'),
  commander: {
    ...named('commander', 'cli/program.ts'),
    // Only executable subcommands (`git-style`), which VOS Assist has none of, spawn; loading
    // child_process (and dgram, which it needs) costs every command a few ms.
    stubs: { 'node:child_process': "exports.spawn = () => { throw new Error('executable subcommands are not part of the commander bundled with VOS Assist'); };" },
  },
};
for (const [name, { contents, loader, stubs = {} }] of Object.entries(vendored)) {
  await build({
    stdin: { contents, loader, resolveDir: '.', sourcefile: `${name}-vendored` },
    outfile: `${vendorDir}/${name}.cjs`,
    minify: true,
    keepNames: true,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    plugins: [
      {
        name: 'native-addons',
        setup(b) {
          b.onResolve({ filter: /\.node$/ }, (a) => ({ path: relative(vendorDir, resolve(a.resolveDir, a.path)), external: true }));
        },
      },
      {
        name: 'stubs',
        setup(b) {
          b.onResolve({ filter: /.*/ }, (a) => {
            const file = a.resolveDir ? resolve(a.resolveDir, a.path) : '';
            const stub = Object.keys(stubs).find((s) => a.path === s || file === resolve(`node_modules/${name}/lib/${s}`));
            return stub ? { path: stub, namespace: 'stub' } : undefined;
          });
          b.onLoad({ filter: /.*/, namespace: 'stub' }, (a) => ({ contents: stubs[a.path], loader: 'js' }));
        },
      },
    ],
  });
}

// No wiping of dist/: tests and other builds may be reading it; stale chunks are harmless.
const { metafile } = await build({
  metafile: true,
  entryPoints,
  outdir: 'dist',
  outbase: '.',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  // Smaller sources parse faster; every command pays for parsing its chunks.
  minify: true,
  keepNames: true,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  define,
  external,
  banner: {
    js: "import { createRequire as __vaCreateRequire } from 'node:module'; const require = __vaCreateRequire(import.meta.url);",
  },
  plugins: [
    {
      // A vendored library, imported by its `from` file, becomes a plain require of the
      // bundle: an ESM import of CommonJS would first scan all of it for export names. The
      // path is relative to the output file, checked below.
      name: 'vendored',
      setup(b) {
        for (const [pkg, v] of Object.entries(vendored)) {
          const from = resolve(v.from);
          const required = `require('${VENDOR_FROM_OUTPUT}/${pkg}.cjs')`;
          b.onResolve({ filter: new RegExp(`^${pkg}$`) }, (a) => (a.importer === from ? { path: pkg, namespace: 'vendored' } : undefined));
          b.onLoad({ filter: new RegExp(`^${pkg}$`), namespace: 'vendored' }, () => ({
            contents: v.names ? `export const { ${v.names.join(', ')} } = ${required};` : `export default ${required};`,
            loader: 'js',
          }));
        }
        b.onResolve({ filter: /\/vendor\/[^/]+\.cjs$/ }, (a) => ({ path: a.path, external: true }));
      },
    },
  ],
});

for (const out of Object.keys(metafile.outputs)) {
  if (!/\.c?js$/.test(out) || !readFileSync(out, 'utf8').includes(`${VENDOR_FROM_OUTPUT}/`)) continue;
  if (relative('dist', dirname(out)).split(sep).length !== 1) throw new Error(`${out} requires a vendored library but is not one level below dist/`);
}

// npm does not link a package's own bin into its node_modules/.bin; benchmarks and
// scripts call node_modules/.bin/vos-assist directly (npx adds ~0.5 s of its own). It is a
// small sh script rather than a link to bin/vos-assist.js: a command that never opens a TLS
// connection (diagnose, playbook run, rollback, runs on the SQLite store) runs without
// NODE_EXTRA_CA_CERTS, which Node 20 honours by parsing the whole CA bundle at start-up,
// before any of our code runs (about 40 ms of every command here). Builtins only: no process
// beyond the sh that `#!/usr/bin/env node` would have cost as env.
const LAUNCHER = `#!/bin/sh
# Written by scripts/build.mjs (which says why): runs bin/vos-assist.js.
cmd= sub= skip= queue=
for a in "$@"; do
  if [ -n "$skip" ]; then skip=; continue; fi
  case $a in
    --config|--data) skip=1 ;;
    --queue) queue=1 ;;
    -*) ;;
    *) if [ -z "$cmd" ]; then cmd=$a; elif [ -z "$sub" ]; then sub=$a; fi ;;
  esac
done
if [ -n "\${NODE_EXTRA_CA_CERTS-}" ] && [ -z "\${DATABASE_URL-}" ] && [ -z "$queue" ]; then
  case "$cmd:$sub" in
    diagnose:*|rollback:*|runs:*|playbook:run) unset NODE_EXTRA_CA_CERTS ;;
  esac
fi
case $0 in */*) here=\${0%/*} ;; *) here=. ;; esac
exec node "$here/../../bin/vos-assist.js" "$@"
`;
import { mkdirSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
if (existsSync('node_modules')) {
  const launcher = 'node_modules/.bin/vos-assist';
  mkdirSync('node_modules/.bin', { recursive: true });
  let current = null;
  try {
    current = readFileSync(launcher, 'utf8');
  } catch {}
  if (current !== LAUNCHER) {
    rmSync(launcher, { force: true }); // an older build's symlink
    writeFileSync(launcher, LAUNCHER);
    chmodSync(launcher, 0o755);
  }
}
