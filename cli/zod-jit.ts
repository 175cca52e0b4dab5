import * as z from 'zod';

// zod compiles a parser for each object schema on its first parse, which costs a command that
// parses each schema a handful of times more than it saves. A schema keeps the setting it was
// made under, so this module is the first main.ts imports: every schema of the command line
// is made after it. Imported on its own (not `import('zod')`), so that esbuild keeps only the
// parts of zod that are used.
z.config({ jitless: true });

/**
 * For the commands that serve for hours (start, worker), before their modules load: schemas
 * made from here on compile their parsers. Those made already (the config's) are parsed at
 * start and reload only.
 */
export function parseWithJit(): void {
  z.config({ jitless: false });
}
