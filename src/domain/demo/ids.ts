/** Demo ids without the tracks (which load with the first demo): what the page's buttons and the store check. */
import { isExerciseId } from '../exercises.ts'
import { SELF_TEST_IDS, type SelfTestId } from '../plan-options.ts'
import type { DemoId, SelfTestDemoId } from './types.ts'

export function selfTestDemoId(id: SelfTestId): SelfTestDemoId {
  return `test:${id}`
}

/** The self-test a demo id poses, or null for an exercise. */
export function selfTestOfDemo(id: DemoId): SelfTestId | null {
  return id.startsWith('test:') ? (id.slice(5) as SelfTestId) : null
}

export function isDemoId(value: unknown): value is DemoId {
  if (isExerciseId(value)) return true
  return (
    typeof value === 'string' &&
    value.startsWith('test:') &&
    (SELF_TEST_IDS as readonly string[]).includes(value.slice(5))
  )
}
