import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// One run, three projects: the app's unit tests (sharing a module cache), the few that need their own, and the
// body generator's (packages/body-generator has its own vitest.config.ts). Reporters belong to the run, so the
// summary line counts them all. Vitest queues files by project name first: `body-generator` sorts before `unit`,
// so its two long files (a full build, a coarse one) start at once on both cores and the app's many short files
// fill in behind them; the other way round the full build would start last and finish alone.
/**
 * Unit files that need a fresh module graph and globals: one replaces a module (vi.mock), and in a shared module
 * cache the real one may already be loaded; two use @react-three/test-renderer, which installs a global
 * WebGL2RenderingContext and patches canvas.getContext for good (the no-WebGL tests would then see WebGL).
 */
const ISOLATED = [
  'tests/unit/embed/panel.test.tsx',
  'tests/unit/scene/body-pick.test.tsx',
  'tests/unit/scene/model-boundary.test.tsx',
]

export default defineConfig({
  test: {
    reporters: ['default', ['./tests/summary-reporter.ts', { suite: 'unit' }]],
    // Vitest's default is one worker fewer than the cores: one worker on the 2-core CI machine.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: ISOLATED,
          environment: 'node',
          setupFiles: ['tests/unit/setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          // The files share a worker's module cache instead of importing React, three and the content afresh
          // each (that was over half the unit run: 163 s against 58 s on 2 cores). Every file resets the store
          // and the DOM it uses (freshExplorerPerTest, setState(INITIAL_STATE), cleanup); a file that mocks a
          // module needs its own graph and goes in ISOLATED.
          isolate: false,
        },
      },
      {
        test: {
          name: 'unit-isolated',
          include: ISOLATED,
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
