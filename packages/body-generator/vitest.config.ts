import { defineProject } from 'vitest/config'

// A project of the root's `npm test`; `npm test` in this folder runs it alone.
export default defineProject({
  test: {
    name: 'body-generator',
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    // A full build (body-model.test.ts's beforeAll) takes about half a minute on two idle cores, and over three
    // minutes on a machine other work keeps busy: the limits only catch a hang.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
})
