import { defineProject } from 'vitest/config'

// A project of the root's `npm test`; `npm test` in this folder runs it alone.
export default defineProject({
  test: {
    name: 'body-generator',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // A full build takes about 20 s on two idle cores, several times that on a busy machine.
    testTimeout: 240_000,
    hookTimeout: 240_000,
  },
})
