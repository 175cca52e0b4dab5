import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    pool: 'forks',
    // Two cores here: suites that start lab hosts are heavy; keep at most two files at once.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    outputFile: { junit: 'test-output/junit.xml' },
  },
});
