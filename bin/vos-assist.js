#!/usr/bin/env node
// The command line, as `npm run build` bundles it.
import '../dist/cli/main.js';
