import * as z from 'zod';

/**
 * Turns zod's JIT off for this process: it compiles a parser per object schema on its first
 * parse, which costs a command that parses each schema a handful of times more than it saves.
 * Only schemas made afterwards parse without it. Imported on its own (not `import('zod')`), so
 * that esbuild keeps only the parts of zod that are used.
 */
export function parseWithoutJit(): void {
  z.config({ jitless: true });
}
