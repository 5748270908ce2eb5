/**
 * Forward kinematics of the rig and the pelvis height that keeps the running body on the ground. Works
 * from rest joint positions alone (the GLB's joints, or the model's landmarks in tests), with three's math
 * classes only, so the same code serves the scene at load time and the unit tests.
 */
import { Euler, Matrix4, Quaternion, Vector3 } from 'three'
import type { Side } from '../groups.ts'
import { SIDES } from '../groups.ts'
import { TOE_OFF_PERCENT } from '../gait.ts'
import {
  ALL_BONES,
  BONE_PARENT,
  MIDLINE_BONES,
  boneName,
  type BoneName,
  type MidlineBone,
  type PairedBone,
} from '../skeleton.ts'
import { createPose, NO_POSE_MODS, poseAt, ROTATION_ORDER, type PoseMods, type StridePose } from './pose.ts'
import { warpPercent } from './lab-data.ts'

export type Vec3 = readonly [number, number, number]

/** World position of every joint in the rest pose (identity rotations), feet on y = 0. */
export type RestJoints = Readonly<Record<BoneName, Vec3>>

/** A point of the sole, carried by one bone. */
export interface ContactPoint {
  readonly bone: BoneName
  readonly side: Side
  /** World position in the rest pose. */
  readonly rest: Vec3
}

/** Parent joint of a bone, or null for the pelvis. */
export function parentOf(bone: BoneName): BoneName | null {
  const [base, side] = bone.split('_') as [MidlineBone | PairedBone, Side | undefined]
  const parent = BONE_PARENT[base]
  if (parent === null) return null
  if (isMidline(parent)) return parent
  return side ? boneName(parent, side) : null
}

function isMidline(bone: MidlineBone | PairedBone): bone is MidlineBone {
  return (MIDLINE_BONES as readonly string[]).includes(bone)
}

/**
 * Sole points from the joints: the heel's underside and back, the ball under the toe joint and the toe
 * tip, spaced in proportion to the ankle-to-toe-joint distance (the model's foot: heel about half that
 * distance behind the ankle, toe tip about two thirds of it in front of the toe joint).
 */
export function footContacts(joints: RestJoints): ContactPoint[] {
  const points: ContactPoint[] = []
  for (const side of SIDES) {
    const ankle = joints[boneName('foot', side)]
    const mtp = joints[boneName('toes', side)]
    const dx = mtp[0] - ankle[0]
    const dz = mtp[2] - ankle[2]
    const len = Math.hypot(dx, dz)
    const ux = dx / len
    const uz = dz / len
    const along = (from: Vec3, t: number, y: number): Vec3 => [
      from[0] + ux * len * t,
      y,
      from[2] + uz * len * t,
    ]
    const foot = boneName('foot', side)
    const toes = boneName('toes', side)
    points.push(
      { bone: foot, side, rest: along(ankle, -0.28, 0) },
      { bone: foot, side, rest: along(ankle, -0.48, 0.02) },
      { bone: toes, side, rest: along(mtp, 0, 0) },
      { bone: toes, side, rest: along(mtp, 0.62, 0.004) },
    )
  }
  return points
}

const _t = new Matrix4()
const _r = new Matrix4()
const _q = new Quaternion()
const _e = new Euler()
const _v = new Vector3()

/** World matrices of all bones for a pose; `lift` raises the pelvis. `out` is filled and returned. */
export function worldMatrices(
  joints: RestJoints,
  pose: StridePose,
  lift: number,
  out: Record<BoneName, Matrix4> = newMatrices(),
): Record<BoneName, Matrix4> {
  for (const b of ALL_BONES) {
    const parent = parentOf(b)
    const at = joints[b]
    if (parent === null) _t.makeTranslation(at[0], at[1] + lift, at[2])
    else {
      const from = joints[parent]
      _t.makeTranslation(at[0] - from[0], at[1] - from[1], at[2] - from[2])
    }
    const r = pose[b]
    _r.makeRotationFromQuaternion(_q.setFromEuler(_e.set(r.x, r.y, r.z, ROTATION_ORDER[b])))
    const m = out[b]
    m.multiplyMatrices(_t, _r)
    if (parent !== null) m.premultiply(out[parent])
  }
  return out
}

export function newMatrices(): Record<BoneName, Matrix4> {
  return Object.fromEntries(ALL_BONES.map((b) => [b, new Matrix4()])) as Record<BoneName, Matrix4>
}

/** World position of a rest-pose point carried by `bone`, after posing. */
export function posedPoint(
  joints: RestJoints,
  matrices: Record<BoneName, Matrix4>,
  bone: BoneName,
  rest: Vec3,
  target = new Vector3(),
): Vector3 {
  const j = joints[bone]
  return target.set(rest[0] - j[0], rest[1] - j[1], rest[2] - j[2]).applyMatrix4(matrices[bone])
}

/** Lowest sole point of one foot (or both), world y. */
export function lowestContact(
  joints: RestJoints,
  matrices: Record<BoneName, Matrix4>,
  contacts: readonly ContactPoint[],
  side?: Side,
): number {
  let min = Infinity
  for (const c of contacts) {
    if (side && c.side !== side) continue
    min = Math.min(min, posedPoint(joints, matrices, c.bone, c.rest, _v).y)
  }
  return min
}

/** Stride time of the reference runner, seconds [SIM]; sets the height of the float between steps. */
export const STRIDE_SECONDS = 0.7
const GRAVITY = 9.81

/** The stride a lift is computed for: the typical one unless the stride lab changes it. */
export interface LiftMotion {
  readonly mods: PoseMods
  readonly strideSeconds: number
  /** Toe-off, % of the cycle shown; the pose tables are read at the typical cycle's matching moment. */
  readonly toeOff: number
}

export const TYPICAL_LIFT_MOTION: LiftMotion = {
  mods: NO_POSE_MODS,
  strideSeconds: STRIDE_SECONDS,
  toeOff: TOE_OFF_PERCENT,
}

/**
 * Pelvis lift over the cycle, sampled at `samples` equal steps: the lower foot's sole rests on y = 0, and
 * in the two float phases (toe-off until the other foot lands) the body rises on a ballistic arc.
 */
export function groundLift(
  joints: RestJoints,
  contacts: readonly ContactPoint[] = footContacts(joints),
  samples = 200,
  motion: LiftMotion = TYPICAL_LIFT_MOTION,
): Float32Array {
  const pose = createPose()
  const matrices = newMatrices()
  const lift = new Float32Array(samples)
  const toeOff = motion.toeOff
  const flight = 50 - toeOff
  // Apex of a ballistic flight of that duration: g·(T/2)²/2.
  const seconds = (flight / 100) * motion.strideSeconds
  const apex = (GRAVITY * (seconds / 2) ** 2) / 2
  for (let i = 0; i < samples; i++) {
    const p = (i / samples) * 100
    worldMatrices(joints, poseAt(warpPercent(p, toeOff), pose, motion.mods), 0, matrices)
    const t = ((p % 50) - toeOff) / flight
    const bump = t > 0 && t < 1 ? apex * Math.sin(Math.PI * t) : 0
    lift[i] = -lowestContact(joints, matrices, contacts) + bump
  }
  return lift
}

/** Linear lookup in a periodic table sampled over 0..100 %. */
export function sampleLift(lift: Float32Array, percent: number): number {
  const n = lift.length
  const u = ((((percent % 100) + 100) % 100) / 100) * n
  const i = Math.floor(u)
  const t = u - i
  return lift[i % n]! * (1 - t) + lift[(i + 1) % n]! * t
}
