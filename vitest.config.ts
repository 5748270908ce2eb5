import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'unit' }]],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
})
