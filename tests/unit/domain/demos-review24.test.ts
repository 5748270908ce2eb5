// Review 24 (the coach's and physiotherapist's watch of every demo): the rows marked wrong, as pose checks on the
// solved skeleton, sampled through the loop. Each failed before its fix.
import { describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { createDemoSolver, posedPointOf } from '../../../src/domain/demo/solve.ts'
import { demoTrackOf } from '../../../src/domain/demo/tracks/index.ts'
import type { DemoId } from '../../../src/domain/demo/types.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const joints = BODY_MANIFEST.landmarks.joints
const points = BODY_MANIFEST.landmarks.points
const SAMPLES = 48

/** Calls `check` at each sampled moment of a demo's loop. */
function sample(
  id: DemoId,
  check: (pose: ReturnType<ReturnType<typeof createDemoSolver>['at']>, t: number) => void,
) {
  const solver = createDemoSolver(demoTrackOf(id)!, joints)
  for (let i = 0; i < SAMPLES; i++) {
    const t = (solver.timeline.total * i) / SAMPLES
    check(solver.at(t), t)
  }
}

describe('review 24: bridges lie on the shoulder blades, not the neck', () => {
  const v = new Vector3()
  for (const id of ['slider-leg-curl', 'single-leg-hamstring-bridge', 'test:single-leg-bridge'] as const)
    it(`${id}: the upper back on the floor, the shoulders low and the head resting, in every frame`, () => {
      const wrong: string[] = []
      sample(id, (pose, t) => {
        const back = posedPointOf(pose, joints, 'chest', points.t3, v).y
        if (back > 0.03 || back < -0.01)
          wrong.push(`${t.toFixed(2)} s: the back between the blades at ${back.toFixed(3)} m`)
        // Lying flat, the shoulder joints are 0.10 m up; a bridge keeps them within a few cm of that.
        for (const s of ['L', 'R'] as const) {
          const y = pose.at[`upperarm_${s}`].y
          if (Math.abs(y - 0.104) > 0.03) wrong.push(`${t.toFixed(2)} s: ${s} shoulder at ${y.toFixed(3)} m`)
        }
        const occiput = posedPointOf(pose, joints, 'head', points.occiput, v).y
        if (occiput < -0.01)
          wrong.push(`${t.toFixed(2)} s: the back of the head ${occiput.toFixed(3)} m into the floor`)
      })
      expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
    })

  it('slider-leg-curl: both heels on the towel in every frame', () => {
    const track = demoTrackOf('slider-leg-curl')!
    const towel = track.props.find((p) => p.kind === 'towel')!.box!
    const wrong: string[] = []
    sample('slider-leg-curl', (pose, t) => {
      for (const s of ['L', 'R'] as const) {
        // The heel: behind the ankle at its rest height (the foot's lowest point when the toes are up).
        const ankle = pose.at[`foot_${s}`]
        if (!pose.held[`foot_${s}`]) wrong.push(`${t.toFixed(2)} s: ${s} foot not held`)
        if (ankle.y > towel[1][1] + 0.1)
          wrong.push(`${t.toFixed(2)} s: ${s} ankle ${ankle.y.toFixed(3)} m up`)
        if (ankle.z < towel[0][2] || ankle.z > towel[1][2])
          wrong.push(`${t.toFixed(2)} s: ${s} heel off the towel`)
      }
    })
    expect(wrong.slice(0, 10), `${wrong.length} faults`).toEqual([])
  })

  it('test:single-leg-bridge: the heel on a box about 60 cm high, arms crossed over the chest', () => {
    const track = demoTrackOf('test:single-leg-bridge')!
    const box = track.props.find((p) => p.kind === 'box' || p.kind === 'bench')!.box!
    expect(box[1][1]).toBeGreaterThanOrEqual(0.55)
    expect(box[1][1]).toBeLessThanOrEqual(0.65)
    sample('test:single-leg-bridge', (pose, t) => {
      expect(pose.held.foot_R, `${t}`).toBe(true)
      // Crossed: each hand past the body's midline, over the chest.
      expect(pose.at.hand_L.x, `${t} L hand`).toBeLessThan(0.05)
      expect(pose.at.hand_R.x, `${t} R hand`).toBeGreaterThan(-0.05)
      expect(pose.at.hand_L.y, `${t} L hand height`).toBeGreaterThan(pose.at.chest.y)
    })
  })
})
