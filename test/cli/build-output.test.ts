// The command line as scripts/build.mjs leaves it in dist (npm test builds before it runs): one
// script that bin/vos-assist.js compiles with V8's code cache, kept per user and checked before
// use, and npm's own way in (`npx vos-assist`) running it with the environment as given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/vos-assist.js');
const dir = mkdtempSync(join(tmpdir(), 'vos-build-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

/** The code cache files under an XDG_CACHE_HOME, with their header lines. */
function caches(home: string): { path: string; header: string[]; data: Buffer }[] {
  const at = join(home, 'vos-assist');
  return readdirSync(at).map((f) => {
    const bytes = readFileSync(join(at, f));
    const nl = bytes.indexOf(0x0a);
    return { path: join(at, f), header: bytes.subarray(0, nl).toString('latin1').split(' '), data: bytes.subarray(nl + 1) };
  });
}

describe('the command line', () => {
  it('prints the version of the package', () => {
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
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'customers: []\nservers: []\nengineers: []\nbogus: 1\n');
    const r = run(['--config', config, '--data', join(dir, 'data'), 'worker']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${config}:4`);
  });

  it('bundles zod without its locales and JSON-schema converters, which no command uses', () => {
    // `import { z } from 'zod'` anywhere keeps all of zod (450 KB, most of it the messages in
    // 40 languages) in the script; `import * as z from 'zod'` lets esbuild leave out what is not used.
    const code = readFileSync('dist/cli/vos-assist.js', 'utf8');
    // zod is there, with its English messages…
    expect(code).toContain('Invalid input: expected');
    // …and without the other languages'.
    expect(code).not.toContain('Eingabe'); // German for "input"
  });

  it('bundles ssh2, whose native crypto binding still loads from node_modules', () => {
    const code = readFileSync('dist/cli/vos-assist.js', 'utf8');
    // ssh2's own code is in the script (covered by the code cache)…
    expect(code).toContain('chacha20-poly1305@openssh.com');
    expect(code).not.toMatch(/\b\w+\("ssh2"\)/); // no require("ssh2") left for node_modules
    // …and its addon is asked for by a name that resolves from dist/cli to the installed file.
    const specifier = /"(ssh2\/[^"]*sshcrypto\.node)"/.exec(code)?.[1];
    expect(specifier).toBe('ssh2/lib/protocol/crypto/build/Release/sshcrypto.node');
    expect(createRequire(resolve('dist/cli/vos-assist.js')).resolve(specifier!)).toBe(resolve('node_modules', specifier!));
  });

  it('keeps a code cache per user that holds the commands run with it, and uses it again unchanged', () => {
    const home = join(dir, 'cache-grows');
    expect(run(['--version'], { XDG_CACHE_HOME: home }).status).toBe(0);
    const [first] = caches(home);
    expect(first!.header.slice(0, 1)).toEqual(['vos-assist-v8']);
    expect(first!.header[2]).toBe(''); // no command ran
    expect(statSync(join(home, 'vos-assist')).mode & 0o777).toBe(0o700);

    // A command whose code is not in the cache yet adds it…
    const config = join(dir, 'missing.yaml');
    expect(run(['--config', config, 'runs'], { XDG_CACHE_HOME: home }).status).toBe(2);
    const [second] = caches(home);
    expect(second!.path).toBe(first!.path);
    expect(second!.header[2]).toBe('runs');
    expect(second!.header[1]).toBe(createHash('sha256').update(second!.data).digest('hex'));
    // …and one it holds leaves the file as it is.
    const before = statSync(second!.path).mtimeMs;
    expect(run(['--config', config, 'runs'], { XDG_CACHE_HOME: home }).status).toBe(2);
    expect(run(['--version'], { XDG_CACHE_HOME: home }).status).toBe(0);
    expect(statSync(second!.path).mtimeMs).toBe(before);
  });

  it('runs from a damaged cache as from none, and writes a good one', () => {
    const home = join(dir, 'cache-damaged');
    expect(run(['--version'], { XDG_CACHE_HOME: home }).status).toBe(0);
    const [good] = caches(home);
    // The V8 data overwritten in its middle (the header's checksum no longer holds)…
    const bytes = readFileSync(good!.path);
    bytes.fill(0x41, bytes.length >> 1, (bytes.length >> 1) + 4096);
    writeFileSync(good!.path, bytes);
    const r = run(['--version'], { XDG_CACHE_HOME: home });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    const [again] = caches(home);
    expect(again!.header[1]).toBe(createHash('sha256').update(again!.data).digest('hex'));
    // …and a file cut short.
    writeFileSync(again!.path, readFileSync(again!.path).subarray(0, 100));
    expect(run(['--version'], { XDG_CACHE_HOME: home }).status).toBe(0);
    expect(caches(home)[0]!.data.length).toBeGreaterThan(1000);
  });

  it('runs without a cache where none can be written', () => {
    const home = join(dir, 'not-a-dir');
    writeFileSync(home, 'a file where the cache directory would be');
    const r = run(['--version'], { XDG_CACHE_HOME: home });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('runs through `npx vos-assist` with NODE_EXTRA_CA_CERTS and every argument as given', () => {
    const preload = join(dir, 'seen.cjs');
    writeFileSync(preload, `process.stderr.write('@@' + JSON.stringify({ ca: process.env.NODE_EXTRA_CA_CERTS ?? null, argv: process.argv.slice(2) }) + '\\n');`);
    const args = ['--config', join(dir, 'missing dir', 'a.yaml'), 'runs', '--json'];
    const r = spawnSync('npx', ['--offline', 'vos-assist', ...args], {
      encoding: 'utf8',
      env: { ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/certs/ca-certificates.crt', NODE_OPTIONS: `--require ${preload}` },
    });
    // npm itself runs under Node too: the last line is the program's.
    const seen = [...r.stderr.matchAll(/@@(.*)/g)].map((m) => JSON.parse(m[1]!) as { ca: string | null; argv: string[] }).at(-1);
    expect(seen).toEqual({ ca: '/etc/ssl/certs/ca-certificates.crt', argv: args });
    expect(r.status).toBe(2); // the config file does not exist
  });
});
