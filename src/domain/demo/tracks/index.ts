/** Every exercise's demonstration, by exercise id (a test lists any id without one). */
import type { DemoId, DemoTrack } from '../types.ts'
import { SELF_TEST_TRACKS } from './self-tests.ts'
import { CALF_TRACKS } from './calves.ts'
import { CORE_TRACKS } from './core.ts'
import { GLUTE_TRACKS } from './glutes.ts'
import { HAMSTRING_TRACKS } from './hamstrings.ts'
import { ADDUCTOR_TRACKS, HIP_FLEXOR_TRACKS } from './hip-flexors.ts'
import { QUAD_TRACKS } from './quadriceps.ts'
import { SHOULDER_TRACKS } from './shoulders.ts'
import { UPPER_BACK_TRACKS } from './upper-back.ts'

export const DEMO_TRACKS: readonly DemoTrack[] = [
  ...SHOULDER_TRACKS,
  ...UPPER_BACK_TRACKS,
  ...QUAD_TRACKS,
  ...HIP_FLEXOR_TRACKS,
  ...ADDUCTOR_TRACKS,
  ...HAMSTRING_TRACKS,
  ...GLUTE_TRACKS,
  ...CALF_TRACKS,
  ...CORE_TRACKS,
]

const BY_ID = new Map([...DEMO_TRACKS, ...SELF_TEST_TRACKS].map((t) => [t.id, t]))

export function demoTrackOf(id: string): DemoTrack | null {
  return BY_ID.get(id as DemoId) ?? null
}
