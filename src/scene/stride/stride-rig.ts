/**
 * Binds the stride pose to the loaded figure's bones: reads the rest joints once, precomputes the pelvis lift
 * that keeps the feet on the ground, and then poses the bones for any moment without allocating.
 */
import { Vector3, type Bone, type Object3D } from 'three'
import { ALL_BONES, type BoneName } from '../../domain/skeleton.ts'
import {
  TYPICAL_LIFT_MOTION,
  footContacts,
  groundLift,
  sampleLift,
  type LiftMotion,
  type RestJoints,
  type Vec3,
} from '../../domain/stride/kinematics.ts'
import { warpPercent } from '../../domain/stride/lab-data.ts'
import { createPose, poseAt, ROTATION_ORDER, type StridePose } from '../../domain/stride/pose.ts'

export interface StrideRig {
  /** Pose the figure at a percent of the right leg's cycle. */
  apply(percent: number): void
  /** Back to the rest pose: identity rotations, pelvis where the file put it. */
  reset(): void
  /**
   * Run the stride the lab describes (ground time, joint changes, stride time for the float): the pelvis lift is
   * worked out again once per new motion, never per frame.
   */
  setMotion(motion: LiftMotion): void
  readonly joints: RestJoints
}

const _p = new Vector3()

/** Rest joint positions in the figure's own space, read before anything is posed. */
export function restJointsOf(root: Object3D, bones: Readonly<Record<BoneName, Object3D>>): RestJoints {
  root.updateMatrixWorld(true)
  const joints = {} as Record<BoneName, Vec3>
  for (const b of ALL_BONES) {
    root.worldToLocal(bones[b].getWorldPosition(_p))
    joints[b] = [_p.x, _p.y, _p.z]
  }
  return joints
}

/** null when the file lacks a joint the stride needs (an older or foreign model). */
export function createStrideRig(root: Object3D): StrideRig | null {
  const bones = {} as Record<BoneName, Bone>
  for (const b of ALL_BONES) {
    const bone = root.getObjectByName(b) as Bone | undefined
    if (!bone) return null
    bones[b] = bone
  }
  const joints = restJointsOf(root, bones)
  const contacts = footContacts(joints)
  let motion: LiftMotion = TYPICAL_LIFT_MOTION
  let lift = groundLift(joints, contacts)
  const lifts = new Map<LiftMotion, Float32Array>([[motion, lift]])
  const pelvis = bones.pelvis
  const rest = pelvis.position.clone()
  // The figure's "up" in the pelvis parent's space, in case a node between them scales or turns.
  const parent = pelvis.parent ?? root
  const up = parent
    .worldToLocal(root.localToWorld(new Vector3(0, 1, 0)))
    .sub(parent.worldToLocal(root.localToWorld(new Vector3(0, 0, 0))))
  const pose: StridePose = createPose()

  return {
    joints,
    setMotion(next) {
      if (next === motion) return
      motion = next
      let l = lifts.get(next)
      if (!l) {
        l = groundLift(joints, contacts, 200, next)
        lifts.set(next, l)
      }
      lift = l
    },
    apply(percent) {
      poseAt(warpPercent(percent, motion.toeOff), pose, motion.mods)
      for (const b of ALL_BONES) {
        const r = pose[b]
        bones[b].rotation.set(r.x, r.y, r.z, ROTATION_ORDER[b])
      }
      pelvis.position.copy(rest).addScaledVector(up, sampleLift(lift, percent))
    },
    reset() {
      for (const b of ALL_BONES) bones[b].rotation.set(0, 0, 0, 'XYZ')
      pelvis.position.copy(rest)
    },
  }
}
