// The build bundles ssh2's client into dist/vendor/ssh2.cjs (npm test builds before it runs).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('bundled ssh2', () => {
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
});
