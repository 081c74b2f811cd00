import { defineConfig } from 'vitest/config';

// Browser suite: the built extension in Debian Chromium. One file at a time: each launches Chromium.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
