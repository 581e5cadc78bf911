import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Each file opens its own databases; forks keep better-sqlite3 (a native module) out of worker threads.
    pool: 'forks',
    // Seeding the whole demo county (credit and closed-loop history included) takes tens of seconds on a busy 2-core
    // machine, several times per file; the limits only catch hangs, they are not speed targets.
    testTimeout: 300_000,
    hookTimeout: 900_000,
  },
});
