/**
 * Skeleton joints and bony landmarks from stature, in glTF space (metres, Y up, feet on y = 0, facing +Z,
 * the body's left on +X). Heights follow Drillis & Contini / ANSUR II fractions of stature (reference §6);
 * joint and attachment offsets follow the Hamner/Delp generic geometry (reference §3.9), authored for the
 * 1.75 m reference body and scaled with stature. Paired landmarks are given for the LEFT side (x > 0);
 * `mirrorLandmark` gives the right one.
 */
import { ALL_BONES, BONE_PARENT, STATURE, type BoneName } from '../../../src/domain/skeleton.ts'
import type { Side } from '../../../src/domain/groups.ts'
import { add, cross, lerp3, mirrorX, normalize, scale, type Vec3 } from './sdf.ts'

/** Landmarks on the midline (x = 0). */
export const MIDLINE_LANDMARKS = [
  'vertex',
  'occiput',
  'nasion',
  'noseTip',
  'chin',
  'c7',
  't3',
  't7',
  't12',
  'sternalNotch',
  'xiphoid',
  'navel',
  'pubicSymphysis',
  'sacrum',
  'coccyx',
] as const

/** Landmarks present on each side; values are for the left side. */
export const PAIRED_LANDMARKS = [
  'eye',
  'ear',
  'mastoid',
  'nuchalLine',
  'sternoclavicular',
  'clavicleMid',
  'clavicleLateral',
  'acromion',
  'scapularSpineMid',
  'scapularSpineRoot',
  'scapulaInferiorAngle',
  'shoulder',
  'deltoidTuberosity',
  'elbow',
  'lateralEpicondyleHumerus',
  'wrist',
  'fingertip',
  'nipple',
  'costalMargin',
  'rib5',
  'rib8',
  'rib10',
  'rib12',
  'iliacCrestAnterior',
  'iliacCrestTop',
  'iliacCrestPosterior',
  'psis',
  'asis',
  'aiis',
  'pubicTubercle',
  'inguinalMid',
  'ischialTuberosity',
  'hip',
  'greaterTrochanter',
  'lesserTrochanter',
  'glutealTuberosity',
  'itTractUpper',
  'knee',
  'patella',
  'patellaTop',
  'tibialTuberosity',
  'medialFemoralCondyle',
  'lateralFemoralCondyle',
  'medialTibialCondyle',
  'fibularHead',
  'pesAnserinus',
  'gerdyTubercle',
  'ankle',
  'medialMalleolus',
  'lateralMalleolus',
  'heel',
  'calcaneusInsertion',
  'mtp',
  'toeTip',
  'lumbarL1',
  'lumbarL4',
  'iliacFossa',
] as const

export type MidlineLandmark = (typeof MIDLINE_LANDMARKS)[number]
export type PairedLandmark = (typeof PAIRED_LANDMARKS)[number]
export type LandmarkId = MidlineLandmark | PairedLandmark

export interface Landmarks {
  readonly stature: number
  /** World position of every joint (rest pose, identity rotations). */
  readonly joints: Readonly<Record<BoneName, Vec3>>
  /** Midline and left-side landmarks. */
  readonly points: Readonly<Record<LandmarkId, Vec3>>
  /** Direction of the left upper arm, forearm and hand (rest pose, unit vectors). */
  readonly armAxes: { readonly upper: Vec3; readonly fore: Vec3; readonly hand: Vec3 }
  /** Left palm: the direction it faces (towards the thigh) and its forward axis (towards the thumb). */
  readonly palm: { readonly normal: Vec3; readonly forward: Vec3 }
}

const PAIRED_SET: ReadonlySet<string> = new Set(PAIRED_LANDMARKS)

export function isPairedLandmark(id: LandmarkId): id is PairedLandmark {
  return PAIRED_SET.has(id)
}

/** A landmark on the given side (midline landmarks are the same on both). */
export function landmarkOn(lm: Landmarks, id: LandmarkId, side: Side): Vec3 {
  const p = lm.points[id]
  return side === 'R' && isPairedLandmark(id) ? mirrorX(p) : p
}

export function mirrorLandmark(p: Vec3): Vec3 {
  return mirrorX(p)
}

const deg = Math.PI / 180

/** Rest-pose arm abduction from the side of the trunk, degrees (the issue asks for 15–20°). */
export const ARM_ABDUCTION_DEG = 17

export function computeLandmarks(stature: number = STATURE): Landmarks {
  const H = stature
  const k = stature / STATURE
  /** A position authored in metres for the 1.75 m reference body. */
  const m = (x: number, y: number, z: number): Vec3 => [x * k, y * k, z * k]
  /** A height given as a fraction of stature (reference §6), with x and z in reference metres. */
  const fh = (x: number, frac: number, z: number): Vec3 => [x * k, frac * H, z * k]

  // Lower limb: hip joint centres ~0.098H apart (§6.3); knee 0.285H and ankle 0.039–0.042H (§6.1, §6.2).
  const hip = fh(0.0857, 0.52, 0.0)
  const knee = fh(0.07, 0.285, 0.0)
  const ankle = fh(0.074, 0.041, -0.004)
  // Foot length 0.152H (§6.1): heel 6 cm behind the ankle, MTP at ~70 % of the length, toes turned out ~7°.
  const footLen = 0.152 * H
  const heelZ = ankle[2] - 0.062 * k
  const mtp: Vec3 = [0.089 * k, 0.022 * k, heelZ + 0.7 * footLen]
  const toeTip: Vec3 = [0.098 * k, 0.014 * k, heelZ + footLen]

  // Trunk: spine joints along the back of the abdominal cavity.
  const pelvis: Vec3 = [0, hip[1], 0]
  const spine = fh(0, 0.6, -0.022)
  const chest = fh(0, 0.7, -0.03)
  const neck = fh(0, 0.843, -0.028)
  const head = fh(0, 0.905, -0.012)
  const vertex = fh(0, 1.0, -0.012)

  // Shoulder girdle: acromion 0.818H, biacromial breadth 0.237H (§6.1–6.2); the glenohumeral centre sits
  // ~2 cm medial and ~3 cm below the acromion.
  const acromion = fh(0.2, 0.818, -0.008)
  const shoulder = fh(0.183, 0.801, -0.006)
  const sternoclavicular = fh(0.02, 0.812, 0.052)

  // Arm segments from §6.1: upper arm 0.186H, forearm 0.146H, hand 0.108H; the arms hang ~17° out from
  // the trunk, elbows a little bent and forward, palms towards the thighs.
  const ab = ARM_ABDUCTION_DEG * deg
  const upper = normalize([Math.sin(ab), -Math.cos(ab), 0.04])
  const fore = normalize([Math.sin(ab + 4 * deg), -Math.cos(ab + 4 * deg), 0.16])
  const hand = normalize([Math.sin(ab + 2 * deg), -Math.cos(ab + 2 * deg), 0.1])
  const elbow = add(shoulder, scale(upper, 0.186 * H))
  const wrist = add(elbow, scale(fore, 0.146 * H))
  const fingertip = add(wrist, scale(hand, 0.108 * H))
  // Palm faces the thigh: its normal is perpendicular to the hand axis and to the forward axis.
  const palmNormal = normalize(cross(hand, [0, 0, 1]))
  const palmForward = normalize(cross(palmNormal, hand))

  const joints = {} as Record<BoneName, Vec3>
  const left: Record<string, Vec3> = {
    girdle: sternoclavicular,
    upperarm: shoulder,
    forearm: elbow,
    hand: wrist,
    thigh: hip,
    shin: knee,
    foot: ankle,
    toes: mtp,
  }
  const mid: Record<string, Vec3> = { pelvis, spine, chest, neck, head }
  for (const b of ALL_BONES) {
    const [base, side] = b.split('_') as [string, Side | undefined]
    if (!side) joints[b] = mid[base]!
    else joints[b] = side === 'L' ? left[base]! : mirrorX(left[base]!)
  }

  const upperArmAt = (t: number, out: number, fwd: number): Vec3 => {
    const outward = normalize(cross([0, 0, 1], upper)) // away from the trunk, perpendicular to the arm
    return add(add(lerp3(shoulder, elbow, t), scale(outward, out * k)), [0, 0, fwd * k])
  }

  const points: Record<LandmarkId, Vec3> = {
    // Head and neck (head height 0.13H vertex–chin, eyes at 0.936H).
    vertex,
    occiput: fh(0, 0.93, -0.098),
    nasion: fh(0, 0.944, 0.09),
    noseTip: fh(0, 0.922, 0.112),
    chin: fh(0, 0.873, 0.074),
    eye: fh(0.033, 0.936, 0.082),
    ear: fh(0.074, 0.93, -0.012),
    mastoid: fh(0.052, 0.912, -0.04),
    nuchalLine: fh(0.04, 0.926, -0.09),
    // Spine (C7 at 0.864H, §6.2).
    c7: fh(0, 0.861, -0.072),
    t3: fh(0, 0.818, -0.098),
    t7: fh(0, 0.745, -0.112),
    t12: fh(0, 0.648, -0.092),
    lumbarL1: fh(0.024, 0.64, -0.05),
    lumbarL4: fh(0.032, 0.585, -0.035),
    sacrum: fh(0, 0.555, -0.11),
    coccyx: fh(0, 0.5, -0.1),
    // Thorax and abdomen (suprasternale 0.819H, nipple 0.72H, tenth rib 0.638H, omphalion 0.602H).
    sternalNotch: fh(0, 0.818, 0.06),
    xiphoid: fh(0, 0.69, 0.112),
    navel: fh(0, 0.598, 0.1),
    pubicSymphysis: fh(0, 0.5, 0.082),
    nipple: fh(0.087, 0.72, 0.112),
    costalMargin: fh(0.09, 0.668, 0.1),
    rib5: fh(0.105, 0.72, 0.092),
    rib8: fh(0.138, 0.668, 0.05),
    rib10: fh(0.148, 0.635, 0.005),
    rib12: fh(0.13, 0.62, -0.05),
    // Shoulder girdle and arm.
    sternoclavicular,
    clavicleMid: fh(0.09, 0.822, 0.052),
    clavicleLateral: fh(0.16, 0.822, 0.028),
    acromion,
    scapularSpineMid: fh(0.135, 0.792, -0.098),
    scapularSpineRoot: fh(0.08, 0.768, -0.112),
    scapulaInferiorAngle: fh(0.095, 0.7, -0.108),
    shoulder,
    deltoidTuberosity: upperArmAt(0.45, 0.02, 0.0),
    elbow,
    lateralEpicondyleHumerus: upperArmAt(0.97, 0.03, -0.005),
    wrist,
    fingertip,
    // Pelvis (iliac crest 0.604H; ASIS and AIIS from the Hamner pelvis frame, §3.9).
    iliacCrestAnterior: m(0.13, 1.015, 0.045),
    iliacCrestTop: m(0.142, 1.05, -0.01),
    iliacCrestPosterior: m(0.105, 1.04, -0.07),
    psis: m(0.045, 0.995, -0.1),
    asis: m(0.118, 0.976, 0.072),
    aiis: m(0.097, 0.946, 0.045),
    pubicTubercle: m(0.02, 0.885, 0.085),
    inguinalMid: m(0.07, 0.93, 0.08),
    ischialTuberosity: m(0.066, 0.868, -0.058),
    iliacFossa: m(0.09, 0.985, -0.01),
    // Femur.
    hip,
    greaterTrochanter: m(0.138, 0.905, -0.008),
    lesserTrochanter: m(0.07, 0.85, -0.012),
    glutealTuberosity: m(0.118, 0.82, -0.03),
    itTractUpper: m(0.145, 0.8, 0.0),
    // Knee (patella sits just above the joint line).
    knee,
    patella: fh(0.07, 0.298, 0.05),
    patellaTop: fh(0.07, 0.318, 0.046),
    tibialTuberosity: fh(0.07, 0.262, 0.045),
    medialFemoralCondyle: fh(0.042, 0.295, -0.022),
    lateralFemoralCondyle: fh(0.1, 0.295, -0.022),
    medialTibialCondyle: fh(0.04, 0.272, -0.018),
    fibularHead: fh(0.106, 0.262, -0.022),
    pesAnserinus: fh(0.048, 0.252, 0.022),
    gerdyTubercle: fh(0.098, 0.266, 0.022),
    // Ankle and foot.
    ankle,
    medialMalleolus: [ankle[0] - 0.024 * k, ankle[1] + 0.004 * k, ankle[2] + 0.002 * k],
    lateralMalleolus: [ankle[0] + 0.026 * k, ankle[1] - 0.006 * k, ankle[2] - 0.008 * k],
    heel: [ankle[0], 0.03 * k, heelZ + 0.028 * k],
    calcaneusInsertion: [ankle[0], 0.045 * k, heelZ + 0.012 * k],
    mtp,
    toeTip,
  }

  return {
    stature,
    joints,
    points,
    armAxes: { upper, fore, hand },
    palm: { normal: palmNormal, forward: palmForward },
  }
}

/** Where each bone's influence ends (its child joint, or a tip for the chain ends). */
export function boneEnd(lm: Landmarks, bone: BoneName): Vec3 {
  const [base, side] = bone.split('_') as [string, Side | undefined]
  const s = (p: Vec3): Vec3 => (side === 'R' ? mirrorX(p) : p)
  switch (base) {
    case 'head':
      return lm.points.vertex
    case 'hand':
      return s(lm.points.fingertip)
    case 'toes':
      return s(lm.points.toeTip)
    case 'pelvis':
      return lm.joints.spine
    default: {
      const child = ALL_BONES.find((b) => {
        const [cb, cs] = b.split('_') as [keyof typeof BONE_PARENT, Side | undefined]
        return BONE_PARENT[cb] === base && (cs ?? side) === side && (side !== undefined || cs === undefined)
      })
      if (!child) throw new Error(`no child joint for ${bone}`)
      return lm.joints[child]
    }
  }
}
