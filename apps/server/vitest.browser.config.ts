import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/** Browser journeys: the real server on a seeded database, driven through Debian's Chromium. */
export default defineConfig({
  resolve: { alias: { graphql: require.resolve('graphql') } },
  test: {
    include: ['test/browser/**/*.test.ts'],
    pool: 'forks',
    // One browser and one server for the whole run; journeys depend on each other's steps.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
