/**
 * How brightly each muscle glows through a demo: prime movers strongly, synergists softly, by what the segment
 * asks of them. A lengthening (eccentric) segment comes back negative, so the scene can show it in its own colour:
 * a Nordic curl or a heel drop then reads as braking, not lifting.
 */
import type { MuscleId, Side } from '../groups.ts'
import type { Timeline } from './tempo.ts'
import type { DemoTrack, Work } from './types.ts'

export type Role = 'prime' | 'synergist'

/** Glow of a prime mover (and of a synergist) for each kind of work; negative is lengthening. */
const LEVEL: Readonly<Record<Work, readonly [number, number]>> = {
  eccentric: [-1, -0.45],
  concentric: [1, 0.45],
  ballistic: [1, 0.5],
  isometric: [0.9, 0.4],
  rest: [0.25, 0.1],
}
/** A pause that is not the loaded moment (standing tall between squats): the muscles only just on. */
const EASY_PAUSE: readonly [number, number] = [0.3, 0.12]

export function roleOf(track: DemoTrack, muscle: MuscleId, side: Side): Role | null {
  const r = track.roles
  if (r.side && r.side !== side) return null
  if (r.prime.includes(muscle)) return 'prime'
  if (r.synergist.includes(muscle)) return 'synergist'
  return null
}

/** Signed glow 0..1 of one muscle on one side during a segment of the demo. */
export function demoActivity(
  track: DemoTrack,
  line: Timeline,
  segment: number,
  muscle: MuscleId,
  side: Side,
): number {
  const role = roleOf(track, muscle, side)
  if (!role) return 0
  const seg = line.segments[segment]
  if (!seg) return 0
  const holdAll = line.segments.every((s) => s.work === 'isometric' || s.seconds === 0)
  const level =
    seg.work === 'isometric' && !holdAll && segment !== track.hardest ? EASY_PAUSE : LEVEL[seg.work]
  return level[role === 'prime' ? 0 : 1]
}
