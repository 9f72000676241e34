import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds dist/ when src/ changed: CLI and server tests run the compiled bin as a child process.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', 'json', './tests/helpers/skip-notice-reporter.ts'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
