/**
 * The two pictures a printed programme shows of an exercise: its hardest moment (what `play=0` holds) and the other
 * end of the movement, the moment whose pose lies farthest from it. The loop's own start is not always that: a
 * track may start (and so end) at its hardest position, as a calf raise held at the top does.
 */
import { Vector3 } from 'three'
import { ALL_BONES, type BoneName } from '../skeleton.ts'
import type { DemoSolver } from './solve.ts'

/** Moments sampled over one repetition to find the other end. */
const SAMPLES = 48

export interface Stills {
  /** Seconds into the repetition of the start picture (the other end of the movement). */
  readonly start: number
  /** Seconds of the end picture: the hardest moment. */
  readonly end: number
}

/** How far apart two poses are: the joints' summed travel, metres. */
function apart(a: Readonly<Record<BoneName, Vector3>>, b: Readonly<Record<BoneName, Vector3>>): number {
  let d = 0
  for (const bone of ALL_BONES) d += a[bone].distanceTo(b[bone])
  return d
}

export function stillsOf(solver: DemoSolver): Stills {
  const { total, hardest } = solver.timeline
  // The solver hands back one pose object it reuses: keep the hardest moment's joints apart.
  const at = solver.at(hardest).at
  const end = Object.fromEntries(ALL_BONES.map((b) => [b, at[b].clone()])) as Record<BoneName, Vector3>
  let start = 0
  let far = -1
  for (let i = 0; i < SAMPLES; i++) {
    const t = (total * i) / SAMPLES
    const d = apart(solver.at(t).at, end)
    if (d > far + 1e-9) {
      far = d
      start = t
    }
  }
  return { start, end: hardest }
}
