#!/usr/bin/env node
// CommonJS (see bin/package.json): an ES module here would start Node's ES module loader,
// which the command line does not otherwise need.
require('../dist/cli/boot.cjs');
