import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root: the nearest directory above this module holding package.json.
 * Lab code runs both from testkit/lab/*.ts (vitest) and from dist/testkit/lab/*.js (compiled),
 * so non-TypeScript helpers are always looked up at <root>/testkit/lab/, never next to the module.
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

/** Absolute path of a helper file (shell script, .mjs program) shipped in testkit/lab/. */
export function helperPath(file: string): string {
  const path = join(repoRoot(), 'testkit', 'lab', file);
  if (!existsSync(path)) throw new Error(`vos-assist lab: helper ${path} is missing; restore it from git (git checkout -- testkit/lab/${file})`);
  return path;
}

/** Where slot reservations live; /run is root-only and cleared on reboot, like the namespaces. */
export const RUN_DIR = '/run/vos-lab';
export const SLOTS_DIR = join(RUN_DIR, 'slots');
/** Lab directories live in /tmp so they are easy to inspect; the prefix lets stale ones be found. */
export const LAB_DIR_PREFIX = '/tmp/vos-lab-';
