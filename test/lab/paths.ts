import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest directory above this module holding package.json.
 * Lab code runs both from test/lab/*.ts (vitest) and from dist/test/lab/*.js (compiled),
 * so non-TypeScript helpers are always looked up at <root>/test/lab/, never next to the module.
 */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`vos-assist lab: no package.json above ${fileURLToPath(import.meta.url)}; run the lab from a checkout of the repository`);
    dir = parent;
  }
}

/** Absolute path of a helper file (shell script, .mjs program) shipped in test/lab/. */
export function helperPath(file: string): string {
  const path = join(repoRoot(), 'test', 'lab', file);
  if (!existsSync(path)) throw new Error(`vos-assist lab: helper ${path} is missing; restore it from git (git checkout -- test/lab/${file})`);
  return path;
}

/** Where slot reservations live; /run is root-only and cleared on reboot, like the namespaces. */
export const RUN_DIR = '/run/vos-lab';
export const SLOTS_DIR = join(RUN_DIR, 'slots');
/** Lab directories live in /tmp so they are easy to inspect; the prefix lets stale ones be found. */
export const LAB_DIR_PREFIX = '/tmp/vos-lab-';
