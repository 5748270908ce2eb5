/**
 * Browser files in an order that keeps both workers busy to the end: the long files first (a fresh clone has no
 * timings cached, and vitest would start the biggest files first, not the slowest), then vitest's own order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node'

/** Slowest first, as measured (startup-* load the app and the embed 20 times each; coach drives long sessions). */
const SLOW_FIRST = [
  'startup-index',
  'startup-embed',
  'coach',
  'coach-tours',
  'embed',
  'plan',
  'explorer',
  'a11y',
  'stride',
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
