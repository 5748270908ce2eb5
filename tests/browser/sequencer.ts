/**
 * Browser files in an order that keeps both workers busy to the end: the long files first (a fresh clone has no
 * timings cached, and vitest would start the biggest files first, not the slowest), then vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Slowest first, as measured on 2 cores (7 Dec 2026: startup-* load the app and the embed 20 times each, plan
 * prints three plans with their pictures, stride-lab and coach drive long sessions).
 */
const SLOW_FIRST = [
  'startup-index',
  'startup-embed',
  'plan',
  'stride-lab',
  'coach',
  'explorer',
  'embed',
  'coach-tours',
  'first-use',
  'plan-days',
]

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = SLOW_FIRST.findIndex((name) => spec.moduleId.endsWith(`/${name}.test.ts`))
      return i < 0 ? SLOW_FIRST.length : i
    }
    // Array.prototype.sort is stable: files off the list keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}
