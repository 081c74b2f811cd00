import { defineConfig } from 'vitest/config';

// Unit and integration tests on Node. The workerd suite has its own config
// (functions/vitest.workers.config.ts) and the browser suite runs under test/e2e.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/workers/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
