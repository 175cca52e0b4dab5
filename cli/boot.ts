// What bin/vos-assist.js loads: the compile cache first, so that it covers the command line's
// own bundle (dist/cli/main.cjs), then the command line. Built as CommonJS only.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { enableCompileCache, inNodeModules } from './compile-cache.js';

if (!process.env.VOS_ASSIST_NO_COMPILE_CACHE) {
  const dist = fileURLToPath(new URL('..', import.meta.url));
  // Packages from node_modules, the libraries the build bundled into dist/vendor, and the
  // command line's bundles in dist/cli.
  const ours = [`${dist}vendor${sep}`, `${dist}cli${sep}`];
  enableCompileCache(`${dist}.compile-cache/${process.version}-${process.arch}`, (f) => inNodeModules(f) || ours.some((d) => f.startsWith(d)));
}
require('./main.cjs');
