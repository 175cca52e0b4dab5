// The test lab, for benchmarks and tooling outside test/: one place to change when the lab moves.
export * from '../test/lab/index.js';
