/**
 * The running pose at any moment of the stride: local Euler angles (radians) for every rig bone, in the
 * conventions of skeleton.ts (rest rotations are identity; +X rotation tips a hanging segment's far end
 * backwards, so hip and shoulder flexion are negative X; knee flexion positive X; the body faces +Z and its
 * left is +X). The right leg follows the reference table; the left leg and both arms run half a cycle apart.
 * Pure: fills a pose object the caller owns, so the animation allocates nothing per frame.
 */
import { SIDES, type Side } from '../groups.ts'
import { ALL_BONES, PAIRED_BONES, boneName, type BoneName, type PairedBone } from '../skeleton.ts'
import { ANGLES, angleAt } from './angles.ts'
import { sidePercent } from './activation.ts'
import { smoothstep } from './periodic.ts'
import { TOE_OFF_PERCENT, wrapPercent } from '../gait.ts'

export type RotationOrder = 'XYZ' | 'XZY'

export interface JointRotation {
  x: number
  y: number
  z: number
}

export type StridePose = Record<BoneName, JointRotation>

/**
 * Limbs flex first, then move sideways, then turn about their own axis, like the simulation's hip and
 * shoulder joints; three's 'XZY' is that intrinsic order.
 */
export const ROTATION_ORDER: Readonly<Record<BoneName, RotationOrder>> = Object.fromEntries(
  ALL_BONES.map((b) => [b, /^(thigh|upperarm)_/.test(b) ? 'XZY' : 'XYZ']),
) as Record<BoneName, RotationOrder>

/** How far the upper arms come in from the rest pose's 17° abduction while running, degrees [UE]. */
export const ARM_ADDUCTION_DEG = 10
/** Inward turn of the upper arm so the bent forearms swing slightly across the body, degrees [UE]. */
export const ARM_INWARD_TURN_DEG = 15
/** Limit of toe extension when the toes stay flat during push-off, degrees. */
const MAX_TOE_EXTENSION_DEG = 55

const DEG = Math.PI / 180

/**
 * How the stride lab bends the typical stride (stride/lab-data.ts, labMotion): the hip's swing range, the knee's
 * bend in stance and fold in swing as factors, and extra knee bend and ankle angle at contact in degrees.
 */
export interface PoseMods {
  readonly hipRange: number
  /** Peak knee bend in stance against the typical; the angle at contact stays. */
  readonly kneeStance: number
  readonly kneeSwing: number
  readonly kneeContactDeg: number
  readonly ankleContactDeg: number
}

export const NO_POSE_MODS: PoseMods = {
  hipRange: 1,
  kneeStance: 1,
  kneeSwing: 1,
  kneeContactDeg: 0,
  ankleContactDeg: 0,
}

/** Middle of the hip's flexion–extension swing, degrees: the range scales about it. */
const HIP_MID = (() => {
  const d = ANGLES['hip-flexion'].degrees
  return (Math.max(...d) + Math.min(...d)) / 2
})()

/**
 * The typical knee at contact and at its deepest in stance, degrees (the table's sign: flexion is negative): the
 * lab scales the bend between them.
 */
const KNEE_CONTACT_DEG = angleAt('knee', 0)
export const KNEE_STANCE_PEAK_DEG = (() => {
  let peak = 0
  for (let q = 0; q <= TOE_OFF_PERCENT; q += 0.25) {
    const a = angleAt('knee', q)
    if (Math.abs(a) > Math.abs(peak)) peak = a
  }
  return peak
})()

/**
 * The factor on the knee's bend beyond its contact angle that makes the stance peak `peakRatio` times the
 * typical one, so contact keeps its angle (Heiderscheit 2011 measured no straighter landing at a higher step
 * rate; review 25 round 3, A2).
 */
export function kneeBendFactor(peakRatio: number): number {
  return (KNEE_STANCE_PEAK_DEG * peakRatio - KNEE_CONTACT_DEG) / (KNEE_STANCE_PEAK_DEG - KNEE_CONTACT_DEG)
}

/** 1 at foot contact, easing to 0 twelve percent either side: where the strike changes the landing. */
function contactWeight(q: number): number {
  const d = q > 50 ? q - 100 : q
  const x = Math.min(1, Math.abs(d) / 12)
  const c = Math.cos((Math.PI / 2) * x)
  return c * c
}

/** 1 through stance (from just before contact to toe-off), 0 in swing, eased. */
function stanceWeight(q: number): number {
  const d = q > 90 ? q - 100 : q
  return smoothstep(-8, 0, d) * (1 - smoothstep(28, 38, d))
}

/** Paired bone names per side, built once so posing builds no strings per frame. */
const LIMB = Object.fromEntries(
  SIDES.map((side) => [side, Object.fromEntries(PAIRED_BONES.map((b) => [b, boneName(b, side)]))]),
) as Record<Side, Record<PairedBone, BoneName>>

export function createPose(): StridePose {
  const pose = {} as StridePose
  for (const b of ALL_BONES) pose[b] = { x: 0, y: 0, z: 0 }
  return pose
}

/** Back to the rest pose (identity rotations). */
export function resetPose(pose: StridePose): StridePose {
  for (const b of ALL_BONES) {
    const r = pose[b]
    r.x = 0
    r.y = 0
    r.z = 0
  }
  return pose
}

/** Left = +1 for bones on the body's left (+X): sideways and turning angles mirror between the sides. */
function setRotation(pose: StridePose, bone: BoneName, x: number, y: number, z: number) {
  const r = pose[bone]
  r.x = x
  r.y = y
  r.z = z
}

function mirror(side: Side): number {
  return side === 'L' ? -1 : 1
}

function poseLeg(pose: StridePose, side: Side, percent: number, pelvisPitch: number, mods: PoseMods) {
  const p = sidePercent(side, percent)
  const thigh = pose[LIMB[side].thigh]
  const shin = pose[LIMB[side].shin]
  const foot = pose[LIMB[side].foot]
  const toes = pose[LIMB[side].toes]
  const q = wrapPercent(p)
  const hip = HIP_MID + (angleAt('hip-flexion', p) - HIP_MID) * mods.hipRange
  thigh.x = -hip * DEG
  // Adduction swings the right foot towards +X (the midline) with a positive Z rotation.
  thigh.z = mirror(side) * angleAt('hip-adduction', p) * DEG
  thigh.y = 0
  const stance = stanceWeight(q)
  const contact = contactWeight(q)
  const table = angleAt('knee', p)
  const stanceKnee = KNEE_CONTACT_DEG + (table - KNEE_CONTACT_DEG) * kneeBendFactor(mods.kneeStance)
  // The table keeps flexion negative: the strike's extra bend at contact (degrees of flexion) is taken off it.
  const knee = stance * stanceKnee + (1 - stance) * table * mods.kneeSwing - mods.kneeContactDeg * contact
  shin.x = -knee * DEG
  shin.y = 0
  shin.z = 0
  foot.x = -(angleAt('ankle-dorsiflexion', p) + mods.ankleContactDeg * contact) * DEG
  foot.y = 0
  foot.z = 0
  // The table has no toe joint: keep the toes flat on the ground while the heel rises for push-off, then let
  // them relax in early swing.
  const footPitch = pelvisPitch + thigh.x + shin.x + foot.x
  const pushOff = smoothstep(14, 22, q) * (1 - smoothstep(36, 46, q))
  toes.x = -Math.min(Math.max(footPitch, 0), MAX_TOE_EXTENSION_DEG * DEG) * pushOff
  toes.y = 0
  toes.z = 0
}

function poseArm(pose: StridePose, side: Side, percent: number) {
  const p = sidePercent(side, percent)
  const upper = pose[LIMB[side].upperarm]
  const fore = pose[LIMB[side].forearm]
  const hand = pose[LIMB[side].hand]
  upper.x = -angleAt('shoulder-flexion', p) * DEG
  upper.z = mirror(side) * ARM_ADDUCTION_DEG * DEG
  upper.y = mirror(side) * ARM_INWARD_TURN_DEG * DEG
  fore.x = -angleAt('elbow-flexion', p) * DEG
  fore.y = 0
  fore.z = 0
  hand.x = 0
  hand.y = 0
  hand.z = 0
}

/**
 * Fill `pose` for a percent of the RIGHT leg's cycle (0 = right foot strike). Bones the stride leaves alone
 * (shoulder girdles, hands) are reset to rest.
 */
export function poseAt(percent: number, pose: StridePose, mods: PoseMods = NO_POSE_MODS): StridePose {
  // Sagittal angles are the same on either side; the table's trunk rotation is for a left stride, so it
  // flips sign to go with a right one. Lumbar motion is shared between the two trunk joints.
  const tilt = -angleAt('pelvis-tilt', percent) * DEG
  const bend = -angleAt('lumbar-extension', percent) * DEG * 0.5
  const turn = -angleAt('trunk-rotation', percent) * DEG * 0.5
  const set = setRotation
  set(pose, 'pelvis', tilt, 0, 0)
  set(pose, 'spine', bend, turn, 0)
  set(pose, 'chest', bend, turn, 0)
  // The head keeps looking ahead: neck and head undo half each of the trunk's pitch and turn.
  const pitch = tilt + 2 * bend
  set(pose, 'neck', -pitch * 0.5, -turn, 0)
  set(pose, 'head', -pitch * 0.5, -turn, 0)
  for (const side of SIDES) {
    poseLeg(pose, side, percent, tilt, mods)
    poseArm(pose, side, percent)
    set(pose, LIMB[side].girdle, 0, 0, 0)
  }
  return pose
}
