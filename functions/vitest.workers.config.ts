// `npm run test:workers`: the API suite inside workerd against D1 (@cloudflare/vitest-plugin).
// Offline: metrics off, no Request.cf fetch, CI mode (no prompts, no update check).
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

process.env.WRANGLER_SEND_METRICS = 'false';
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.CI = 'true';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig(async () => {
  const migrations = await readD1Migrations(here('./migrations'));
  return {
    root: here('..'),
    plugins: [
      cloudflareTest({
        wrangler: { configPath: here('./wrangler.jsonc') },
        miniflare: { bindings: { TEST_MIGRATIONS: migrations } },
      }),
    ],
    test: {
      include: ['test/workers/**/*.test.ts'],
      setupFiles: ['test/workers/apply-migrations.ts'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };
});
