import { defineConfig } from 'vitest/config'

// One run, two projects: the app's unit tests and the body generator's (packages/body-generator has its own
// vitest.config.ts). Reporters belong to the run, so the summary line counts both. Vitest queues files by
// project name first: `body-generator` sorts before `unit`, so its two long files (a full build, a coarse one)
// start at once on both cores and the app's many short files fill in behind them; the other way round the
// full build would start last and finish alone.
export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'unit' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      'packages/*',
    ],
  },
})
