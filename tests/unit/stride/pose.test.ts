import fc from 'fast-check'
import { Vector3 } from 'three'
import { describe, expect, test } from 'vitest'
import { ALL_BONES, type BoneName } from '../../../src/domain/skeleton.ts'
import { angleAt } from '../../../src/domain/stride/angles.ts'
import {
  footContacts,
  groundLift,
  lowestContact,
  sampleLift,
  worldMatrices,
  type RestJoints,
} from '../../../src/domain/stride/kinematics.ts'
import { createPose, poseAt, resetPose } from '../../../src/domain/stride/pose.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'

const joints: RestJoints = BODY_MANIFEST.landmarks.joints
const contacts = footContacts(joints)
const lift = groundLift(joints, contacts)

function posed(percent: number) {
  const pose = poseAt(percent, createPose())
  const m = worldMatrices(joints, pose, sampleLift(lift, percent))
  const at = (b: BoneName) => new Vector3().setFromMatrixPosition(m[b])
  return { pose, m, at, foot: (side: 'L' | 'R') => lowestContact(joints, m, contacts, side) }
}

function range(from: number, to: number, step = 0.5): number[] {
  const out: number[] = []
  for (let p = from; p <= to + 1e-9; p += step) out.push(p)
  return out
}

describe('pose angles', () => {
  test('peak knee flexion falls in mid-swing (65–72 %)', () => {
    let best = -Infinity
    let at = 0
    for (const p of range(0, 99.5, 0.25)) {
      const knee = poseAt(p, createPose()).shin_R.x
      if (knee > best) [best, at] = [knee, p]
    }
    expect(at).toBeGreaterThanOrEqual(65)
    expect(at).toBeLessThanOrEqual(72)
    expect((best * 180) / Math.PI).toBeGreaterThan(95)
  })

  test('the pose is periodic and the left limbs run half a cycle behind, mirrored sideways', () => {
    const a = createPose()
    const b = createPose()
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (p) => {
        poseAt(p, a)
        poseAt(p + 50, b)
        expect(a.thigh_L.x).toBeCloseTo(b.thigh_R.x, 9)
        expect(a.thigh_L.z).toBeCloseTo(-b.thigh_R.z, 9)
        expect(a.shin_L.x).toBeCloseTo(b.shin_R.x, 9)
        expect(a.upperarm_L.x).toBeCloseTo(b.upperarm_R.x, 9)
        expect(a.forearm_L.x).toBeCloseTo(b.forearm_R.x, 9)
        poseAt(p + 100, b)
        for (const bone of ALL_BONES) expect(b[bone].x).toBeCloseTo(a[bone].x, 9)
      }),
    )
  })

  test('driving both arms from the same-side row half a cycle apart matches the opposite-arm row', () => {
    // The simulated runner's arms are not symmetric (the other arm lags by up to ~14°), but they move in step.
    const shifted = range(0, 99, 1).map((p) => angleAt('shoulder-flexion', p + 50))
    const opposite = range(0, 99, 1).map((p) => angleAt('shoulder-flexion-opposite', p))
    expect(correlation(shifted, opposite)).toBeGreaterThan(0.85)
    shifted.forEach((v, i) => expect(Math.abs(v - opposite[i]!)).toBeLessThan(15))
  })

  test('each arm swings against its own leg and with the opposite leg', () => {
    const legR: number[] = []
    const armR: number[] = []
    const armL: number[] = []
    for (const p of range(0, 99, 1)) {
      const pose = poseAt(p, createPose())
      legR.push(pose.thigh_R.x)
      armR.push(pose.upperarm_R.x)
      armL.push(pose.upperarm_L.x)
    }
    expect(correlation(legR, armR)).toBeLessThan(-0.6)
    expect(correlation(legR, armL)).toBeGreaterThan(0.6)
  })

  test('resetPose returns every bone to identity', () => {
    const pose = resetPose(poseAt(37, createPose()))
    for (const b of ALL_BONES) expect([pose[b].x, pose[b].y, pose[b].z]).toEqual([0, 0, 0])
  })
})

describe('on the ground (skeleton from the model landmarks)', () => {
  test('at rest every sole point is on y = 0 within 2 cm', () => {
    const m = worldMatrices(joints, createPose(), 0)
    expect(lowestContact(joints, m, contacts)).toBeCloseTo(0, 6)
    for (const c of contacts) expect(c.rest[1]).toBeLessThanOrEqual(0.021)
  })

  test('in stance (0–34 %) the right foot is on the ground, not sunk and not floating', () => {
    for (const p of range(0, 34)) {
      const y = posed(p).foot('R')
      expect(y, `right foot at ${p} %`).toBeGreaterThan(-0.002)
      expect(y, `right foot at ${p} %`).toBeLessThan(0.02)
    }
  })

  test('the left foot does the same half a cycle later, and no foot ever goes through the floor', () => {
    for (const p of range(50, 84)) expect(posed(p).foot('L'), `left foot at ${p} %`).toBeLessThan(0.02)
    for (const p of range(0, 99.5)) {
      const { foot } = posed(p)
      expect(Math.min(foot('L'), foot('R')), `at ${p} %`).toBeGreaterThan(-0.002)
    }
  })

  test('in mid-swing the right foot is clearly lifted (> 8 cm)', () => {
    for (const p of range(58, 72)) expect(posed(p).foot('R'), `at ${p} %`).toBeGreaterThan(0.08)
  })

  test('the body bounces a little, highest in the float and lowest in midstance', () => {
    const lifts = Array.from(lift)
    const span = Math.max(...lifts) - Math.min(...lifts)
    expect(span).toBeGreaterThan(0.02)
    expect(span).toBeLessThan(0.12)
    expect(sampleLift(lift, 42)).toBeGreaterThan(sampleLift(lift, 12))
  })

  test('limbs point the way running needs: foot ahead at strike, behind at toe-off, knee up in late swing', () => {
    const strike = posed(0)
    expect(strike.at('foot_R').z).toBeGreaterThan(strike.at('pelvis').z + 0.1)
    const toeOff = posed(36)
    expect(toeOff.at('foot_R').z).toBeLessThan(toeOff.at('pelvis').z - 0.15)
    const drive = posed(83)
    expect(drive.at('shin_R').z).toBeGreaterThan(drive.at('thigh_R').z + 0.2)
    // Heel recovery: in mid-swing the ankle comes up behind the knee.
    const recovery = posed(68)
    expect(recovery.at('foot_R').z).toBeLessThan(recovery.at('shin_R').z)
    expect(recovery.at('foot_R').y).toBeGreaterThan(0.25)
    // The arms swing opposite: at right strike the right elbow is behind the left one.
    expect(strike.at('forearm_R').z).toBeLessThan(strike.at('forearm_L').z - 0.05)
  })
})

function correlation(a: readonly number[], b: readonly number[]): number {
  const mean = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length
  const ma = mean(a)
  const mb = mean(b)
  let num = 0
  let da = 0
  let db = 0
  for (let i = 0; i < a.length; i++) {
    num += (a[i]! - ma) * (b[i]! - mb)
    da += (a[i]! - ma) ** 2
    db += (b[i]! - mb) ** 2
  }
  return num / Math.sqrt(da * db)
}
