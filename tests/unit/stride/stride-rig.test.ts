import { Bone, Group, Vector3, type Object3D } from 'three'
import { describe, expect, test } from 'vitest'
import { ALL_BONES, type BoneName } from '../../../src/domain/skeleton.ts'
import {
  footContacts,
  groundLift,
  posedPoint,
  sampleLift,
  worldMatrices,
  type RestJoints,
} from '../../../src/domain/stride/kinematics.ts'
import { createPose, poseAt } from '../../../src/domain/stride/pose.ts'
import { parentOf } from '../../../src/domain/stride/kinematics.ts'
import { BODY_MANIFEST } from '../../../src/generated/body-manifest.ts'
import { createStrideRig } from '../../../src/scene/stride/stride-rig.ts'
import { currentActivity, glowStats, setGlow, updateGlowStats } from '../../../src/scene/stride/activity.ts'
import { partActivityAt } from '../../../src/scene/stride/part-activity.ts'
import { renderStats } from '../../../src/store/index.ts'
import type { BodyRig, MusclePart } from '../../../src/scene/body-rig.ts'

const joints: RestJoints = BODY_MANIFEST.landmarks.joints

/** A bare three.js skeleton laid out like the GLB: identity rotations, joints placed by translation. */
function figure(skip?: BoneName): { root: Object3D; bones: Map<BoneName, Bone> } {
  const root = new Group()
  const bones = new Map<BoneName, Bone>()
  for (const b of ALL_BONES) {
    if (b === skip) continue
    const bone = new Bone()
    bone.name = b
    const parent = parentOf(b)
    const at = joints[b]
    const from = parent ? joints[parent] : ([0, 0, 0] as const)
    bone.position.set(at[0] - from[0], at[1] - from[1], at[2] - from[2])
    ;(parent ? bones.get(parent)! : root).add(bone)
    bones.set(b, bone)
  }
  return { root, bones }
}

describe('stride rig on three bones', () => {
  test('posing the bones lands every joint where the domain kinematics puts it', () => {
    const { root, bones } = figure()
    const rig = createStrideRig(root)!
    expect(rig).not.toBeNull()
    const lift = groundLift(joints, footContacts(joints))
    for (const p of [0, 17, 34, 68, 90]) {
      rig.apply(p)
      root.updateMatrixWorld(true)
      const expected = worldMatrices(joints, poseAt(p, createPose()), sampleLift(lift, p))
      for (const b of ALL_BONES) {
        const got = bones.get(b)!.getWorldPosition(new Vector3())
        const want = posedPoint(joints, expected, b, joints[b])
        expect(got.distanceTo(want), `${b} at ${p} %`).toBeLessThan(1e-5)
      }
    }
  })

  test('reset brings back the rest pose exactly', () => {
    const { root, bones } = figure()
    const rig = createStrideRig(root)!
    const rest = bones.get('foot_R')!.getWorldPosition(new Vector3())
    rig.apply(68)
    rig.reset()
    root.updateMatrixWorld(true)
    for (const b of ALL_BONES) expect(bones.get(b)!.quaternion.angleTo(new Bone().quaternion)).toBe(0)
    expect(bones.get('foot_R')!.getWorldPosition(new Vector3()).distanceTo(rest)).toBeLessThan(1e-9)
  })

  test('a figure without the stride joints is left alone', () => {
    expect(createStrideRig(figure('toes_L').root)).toBeNull()
  })
})

describe('glow', () => {
  const part = (muscle: MusclePart['muscle'], group: MusclePart['group'], side: 'L' | 'R') =>
    ({ muscle, group, side, deep: false, name: `${muscle}_${side}` }) as MusclePart
  const rig = {
    parts: [
      part('biceps-femoris', 'hamstrings', 'R'),
      part('biceps-femoris', 'hamstrings', 'L'),
      part('soleus', 'calves', 'R'),
    ],
  } as unknown as BodyRig

  test('outside stride mode there is no activity and nothing glows', () => {
    setGlow(false, partActivityAt(90))
    expect(currentActivity()).toBeNull()
    updateGlowStats(rig)
    expect(Object.values(glowStats).every((v) => v === 0)).toBe(true)
  })

  test('in stride mode each side glows at its own moment and the stats hook reports the strongest', () => {
    setGlow(true, partActivityAt(90))
    const activity = currentActivity()!
    expect(activity(rig.parts[0]!)).toBeGreaterThan(0.9)
    expect(activity(rig.parts[1]!)).toBeLessThan(0.4)
    updateGlowStats(rig)
    expect(glowStats.hamstrings).toBeGreaterThan(0.9)
    // At 90 % the right calves pre-tense for landing (EMG switches them on at 86 %), below their peak.
    expect(glowStats.calves).toBeLessThan(0.7)
    expect(renderStats.glow).toBe(glowStats)
    setGlow(false)
  })
})
