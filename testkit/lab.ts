// The test lab, for benchmarks and tests alike (one import to change when it moves).
export * from '../test/lab/index.js';
