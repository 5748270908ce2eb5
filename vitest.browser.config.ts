import { defineConfig } from 'vitest/config'
import SlowFirstSequencer from './tests/browser/sequencer.ts'

// Browser tests drive Debian Chromium through playwright-core against the built site (dist/). global-setup.ts
// serves dist/ and starts Chromium once for the run; the files connect to it and run in two workers.
const workers = Number(process.env.RAE_BROWSER_WORKERS ?? 2)

export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'browser' }]],
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: workers > 1,
    maxWorkers: workers,
    sequence: { sequencer: SlowFirstSequencer },
  },
})
