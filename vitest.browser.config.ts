import { defineConfig } from 'vitest/config'

// Browser tests drive Debian Chromium through playwright-core against the built site (dist/).
export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'browser' }]],
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
