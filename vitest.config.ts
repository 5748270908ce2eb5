import { defineConfig } from 'vitest/config'

// One run, two projects: the app's unit tests and the body generator's (packages/body-generator has its own
// vitest.config.ts). Reporters belong to the run, so the summary line counts both.
export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'unit' }]],
    projects: [
      {
        test: {
          name: 'app',
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
