// The build bundles ssh2's client and Kysely into dist/vendor (npm test builds before it runs).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('vendored libraries', () => {
  it('exports the client and still loads its native crypto addon from node_modules', () => {
    // ssh2 silently falls back to JavaScript crypto when its addon is missing: watch dlopen.
    const script = `const o = process.dlopen; const seen = []; process.dlopen = function (m, f) { seen.push(f); return o.apply(this, arguments); };
const s = require(${JSON.stringify(resolve('dist/vendor/ssh2.cjs'))});
console.log(JSON.stringify({ client: typeof s.Client, addons: seen }));`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { client: string; addons: string[] };
    expect(out.client).toBe('function');
    expect(out.addons.some((f) => f.endsWith('/node_modules/ssh2/lib/protocol/crypto/build/Release/sshcrypto.node'))).toBe(true);
  });

  it('ssh2: without SFTP and SSH agents, which would fail loudly if ever used', () => {
    const bundle = readFileSync('dist/vendor/ssh2.cjs', 'utf8');
    expect(bundle).toContain('SFTP is not part of the ssh2 bundled with VOS Assist');
    expect(bundle).toContain('SSH agents are not part of the ssh2 bundled with VOS Assist');
    // An error text of ssh2's own SFTP client, and the module its agents need.
    expect(bundle).not.toContain('Destination handle is not a Buffer');
    expect(bundle).not.toMatch(/require\(["']child_process["']\)/);
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
      const chunks = readdirSync('dist/chunks').filter((f) => f.endsWith('.js')).map((f) => readFileSync(join('dist/chunks', f), 'utf8'));
      const users = chunks.filter((c) => c.includes(`../vendor/${pkg}.cjs`));
      expect(users.length).toBeGreaterThan(0);
      expect(users.some((c) => c.includes(ownCode))).toBe(false);
    });
  }
});
