// The printed plan's two pictures per exercise: the hardest moment, and the other end of the movement (the pose
// farthest from it), not the loop's first moment, which for many tracks is the hardest position itself.
import { describe, expect, it } from 'vitest'
import type { Vector3 } from 'three'
import { createDemoSolver } from '../../../src/domain/demo/solve.ts'
import { stillsOf } from '../../../src/domain/demo/stills.ts'
import { DEMO_TRACKS } from '../../../src/domain/demo/tracks/index.ts'
import { ALL_BONES, type BoneName } from '../../../src/domain/skeleton.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const joints = BODY_MANIFEST.landmarks.joints
type Joints = Readonly<Record<BoneName, Vector3>>
const copy = (at: Joints) => Object.fromEntries(ALL_BONES.map((b) => [b, at[b].clone()])) as Joints
const apart = (a: Joints, b: Joints) => ALL_BONES.reduce((d, bone) => d + a[bone].distanceTo(b[bone]), 0)

describe('printed pictures of a demo', () => {
  it('end at the hardest moment and start at the farthest pose from it: the two ends of every movement', () => {
    const same: string[] = []
    for (const track of DEMO_TRACKS) {
      const solver = createDemoSolver(track, joints)
      const { start, end } = stillsOf(solver)
      expect(end, track.id).toBe(solver.timeline.hardest)
      const hardest = copy(solver.at(end).at)
      const startPose = copy(solver.at(start).at)
      const gap = apart(startPose, hardest)
      // No moment of the repetition (its first included) is farther from the hardest one.
      for (let i = 0; i <= 60; i++)
        expect(apart(solver.at((solver.timeline.total * i) / 60).at, hardest), track.id).toBeLessThanOrEqual(
          gap + 0.02,
        )
      // A movement's two pictures differ (its joints 10 cm apart or more in all; the smallest, an ankle pushing
      // against a band, moves 11 cm); only holds show one position twice.
      const moves = track.seq.some((s) => s.work !== 'isometric' && s.work !== 'rest')
      if (moves && gap < 0.1) same.push(`${track.id} (${gap.toFixed(2)} m)`)
    }
    expect(same, 'movements whose start and end pictures would look the same').toEqual([])
  })
})
