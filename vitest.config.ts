import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'unit' }]],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
})
