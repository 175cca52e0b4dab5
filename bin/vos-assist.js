#!/usr/bin/env node
// The command line, as `npm run build` bundles it.
import module from 'node:module';

// Node 22.8 and later keep the compiled code of the program between runs (in the system's temp
// directory); Node 20 has no public way to, and runs without it.
module.enableCompileCache?.();
await import('../dist/cli/main.js');
