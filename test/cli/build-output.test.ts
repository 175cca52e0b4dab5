// What scripts/build.mjs leaves in dist (npm test builds before it runs): the vendored
// libraries in dist/vendor, and the command line as ES modules that bin/vos-assist.js loads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => readFileSync(join(dir, f), 'utf8'));
// Every built file that may take a library from dist/vendor.
const outputs = () => [...read('dist/chunks', '.js'), ...read('dist/cli', '.js')];
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(resolve('node_modules/.bin/vos-assist'), args, { encoding: 'utf8', env: { ...process.env, ...env } });

describe('vendored libraries', () => {
  it('exports the client and still loads its native crypto addon from node_modules (not cpu-features)', () => {
    // ssh2 silently falls back to JavaScript crypto when its addon is missing: watch dlopen.
    const script = `const o = process.dlopen; const seen = []; process.dlopen = function (m, f) { seen.push(f); return o.apply(this, arguments); };
const s = require(${JSON.stringify(resolve('dist/vendor/ssh2.cjs'))});
console.log(JSON.stringify({ client: typeof s.Client, addons: seen }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { client: string; addons: string[] };
    expect(out.client).toBe('function');
    expect(out.addons.some((f) => f.endsWith('/node_modules/ssh2/lib/protocol/crypto/build/Release/sshcrypto.node'))).toBe(true);
    // cpu-features only reorders ciphers; the bundle does without its addon.
    expect(out.addons.some((f) => f.includes('cpu-features'))).toBe(false);
  });

  it('ssh2: without SFTP, SSH agents and passphrase-protected keys, which would fail loudly if ever used', () => {
    const bundle = readFileSync('dist/vendor/ssh2.cjs', 'utf8');
    expect(bundle).toContain('SFTP is not part of the ssh2 bundled with VOS Assist');
    expect(bundle).toContain('SSH agents are not part of the ssh2 bundled with VOS Assist');
    expect(bundle).toContain('passphrase-protected keys are not supported');
    // tweetnacl, which only bcrypt-pbkdf needed.
    expect(bundle).not.toContain('crypto_hash');
    // An error text of ssh2's own SFTP client, and the module its agents need.
    expect(bundle).not.toContain('Destination handle is not a Buffer');
    expect(bundle).not.toMatch(/require\(["']child_process["']\)/);
  });

  it('commander: without child_process, which only executable subcommands need', () => {
    const bundle = readFileSync('dist/vendor/commander.cjs', 'utf8');
    expect(bundle).not.toMatch(/require\(["'](node:)?child_process["']\)/);
    expect(bundle).toContain('executable subcommands are not part of the commander bundled with VOS Assist');
  });

  // Each library, the source file that takes it from the bundle, and a string of the library's own code.
  for (const [pkg, from, ownCode] of [
    ['kysely', 'store/kysely.ts', 'kysely_migration_lock'],
    ['commander', 'cli/program.ts', '_parseOptionsImplied'],
  ] as const) {
    it(`${pkg}: every name ${from} takes from it, required from the bundle instead of inlined`, () => {
      const names = [...readFileSync(from, 'utf8').matchAll(new RegExp(`(?:import|export) \\{([^}]*)\\} from '${pkg}'`, 'g'))].flatMap((m) => m[1]!.split(',').map((n) => n.trim()));
      expect(names.length).toBeGreaterThan(0);
      const script = `const k = require(${JSON.stringify(resolve(`dist/vendor/${pkg}.cjs`))}); console.log(JSON.stringify(${JSON.stringify(names)}.filter((n) => k[n] === undefined)));`;
      const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual([]);
      const chunks = outputs();
      const users = chunks.filter((c) => c.includes(`../vendor/${pkg}.cjs`));
      expect(users.length).toBeGreaterThan(0);
      expect(users.some((c) => c.includes(ownCode))).toBe(false);
    });
  }
});

describe('the command line', () => {
  it('is an ES module that prints the version of the package', () => {
    const r = run(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('exits 2 on a usage error thrown by a command loaded on demand', () => {
    const r = run(['start', '--chat', 'telegram']);
    expect(r.stderr).toContain('--chat is whatsapp or console');
    expect(r.status).toBe(2);
  });

  it('exits 2 on a bad config, naming the line, from the config parser loaded on demand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vos-bundles-'));
    try {
      const config = join(dir, 'vos-assist.yaml');
      writeFileSync(config, 'customers: []\nservers: []\nengineers: []\nbogus: 1\n');
      const r = run(['--config', config, '--data', join(dir, 'data'), 'worker']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`${config}:4`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a command on an up-to-date SQLite store never loads Kysely (only migrating a new one does)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vos-bundles-'));
    try {
      const config = join(dir, 'vos-assist.yaml');
      writeFileSync(config, 'customers: []\nservers: []\nengineers: []\n');
      const preload = join(dir, 'watch.cjs');
      writeFileSync(preload, `const M = require('module'); const load = M._load; let seen = false;
M._load = function (request) { if (/kysely/.test(request)) seen = true; return load.apply(this, arguments); };
process.on('exit', () => process.stderr.write('kysely loaded: ' + seen + '\\n'));`);
      const runs = () => run(['--config', config, '--data', join(dir, 'data'), 'runs', '--json'], { NODE_OPTIONS: `--require ${preload}` });
      const first = runs();
      expect(first.status).toBe(0);
      expect(first.stderr).toContain('kysely loaded: true');
      const second = runs();
      expect(second.status).toBe(0);
      expect(second.stderr).toContain('kysely loaded: false');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('node_modules/.bin/vos-assist', () => {
    // What the program sees of NODE_EXTRA_CA_CERTS, and that every argument arrived as given.
    const seen = (args: string[], env: Record<string, string>) => {
      const dir = mkdtempSync(join(tmpdir(), 'vos-launcher-'));
      try {
        const preload = join(dir, 'seen.cjs');
        writeFileSync(preload, `process.stderr.write('@@' + JSON.stringify({ ca: process.env.NODE_EXTRA_CA_CERTS ?? null, argv: process.argv.slice(2) }) + '\\n');`);
        const r = run(args, { NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', DATABASE_URL: '', NODE_OPTIONS: `--require ${preload}`, ...env });
        return JSON.parse(/@@(.*)/.exec(r.stderr)![1]!) as { ca: string | null; argv: string[] };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const CA = '/etc/ssl/certs/ca-certificates.crt';

    it('runs the commands that never open a TLS connection without NODE_EXTRA_CA_CERTS', () => {
      for (const args of [
        ['--config', '/x/a b.yaml', 'diagnose', '--server', 'lab1'],
        ['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--yes'],
        ['--data', 'playbook', 'rollback', 'R-1'],
        ['runs', '--json'],
      ]) {
        expect(seen(args, {})).toEqual({ ca: null, argv: args });
      }
    });

    it('keeps it wherever TLS may be used: the queue, PostgreSQL, the long-running commands', () => {
      expect(seen(['playbook', 'run', 'port_exhaustion', '--server', 'lab1', '--queue'], {}).ca).toBe(CA);
      expect(seen(['runs'], { DATABASE_URL: 'postgres://db/vos' }).ca).toBe(CA);
      // A value of --config that looks like a command is not taken for one.
      expect(seen(['--config', 'runs', 'start', '--chat', 'console'], {}).ca).toBe(CA);
      for (const command of ['start', 'worker', 'classify']) expect(seen([command, '--help'], {}).ca).toBe(CA);
    });
  });
});
