/** Every exercise's demonstration, by exercise id (a test lists any id without one). */
import type { DemoTrack } from '../types.ts'
import { CALF_TRACKS } from './calves.ts'
import { HAMSTRING_TRACKS } from './hamstrings.ts'
import { QUAD_TRACKS } from './quadriceps.ts'

export const DEMO_TRACKS: readonly DemoTrack[] = [...CALF_TRACKS, ...QUAD_TRACKS, ...HAMSTRING_TRACKS]

const BY_ID = new Map(DEMO_TRACKS.map((t) => [t.id, t]))

export function demoTrackOf(id: string): DemoTrack | null {
  return BY_ID.get(id as DemoTrack['id']) ?? null
}
