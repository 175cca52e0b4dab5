// The command line as scripts/build.mjs leaves it in dist (npm test builds before it runs):
// ES modules that bin/vos-assist.js loads, errors told apart by class across chunks, and npm's
// own way in (`npx vos-assist`) running it with the environment as given.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve('bin/vos-assist.js');
const dir = mkdtempSync(join(tmpdir(), 'vos-build-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every file the command line can load: dist/cli/main.js and what it imports, statically or with import(). */
function reachable(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const m of code.matchAll(/(?:from|import\()\s*"(\.{1,2}\/[^"]+\.js)"/g)) visit(resolve(dirname(file), m[1]!));
  };
  visit(resolve(entry));
  return files;
}

const run = (args: string[], env: Record<string, string> = {}) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

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
    const config = join(dir, 'bad.yaml');
    writeFileSync(config, 'customers: []\nservers: []\nengineers: []\nbogus: 1\n');
    const r = run(['--config', config, '--data', join(dir, 'data'), 'worker']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${config}:4`);
  });

  it('bundles zod without its locales and JSON-schema converters, which no command uses', () => {
    // `import { z } from 'zod'` anywhere keeps all of zod (450 KB, most of it the messages in
    // 40 languages) in the chunk every command loads; `import * as z from 'zod'` lets esbuild
    // leave out what is not used.
    const files = reachable('dist/cli/main.js');
    // zod is there, with its English messages…
    expect([...files.values()].some((code) => code.includes('Invalid input: expected'))).toBe(true);
    // …and without the other languages'.
    expect([...files.keys()].filter((f) => files.get(f)!.includes('Eingabe'))).toEqual([]); // German for "input"

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
