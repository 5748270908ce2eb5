/**
 * Shorthand for writing key poses in anatomical words: hip and knee flexion, shoulder abduction and so on, turned
 * into the rig's local angles (skeleton.ts: hip flexion is −X on the thigh, knee flexion +X on the shin, the right
 * side's +Z brings a limb towards the midline and the left side mirrors Y and Z).
 */
import type { Side } from '../groups.ts'
import type { BoneName, PairedBone } from '../skeleton.ts'
import type { Deg3, FootPlant, Vec3 } from './types.ts'

export type Joints = Partial<Record<BoneName, Deg3>>
export type Which = Side | 'both'

/** The ball of each foot at rest, on the floor. */
export const BALL: Readonly<Record<Side, Vec3>> = { L: [0.089, 0, 0.12], R: [-0.089, 0, 0.12] }
/** Pelvis joint at rest. */
export const PELVIS: Vec3 = [0, 0.91, 0]
/** Rest-pose shoulder abduction of the generated figure (its A-pose), degrees. */
const REST_ABDUCTION = 17

const sides = (w: Which): readonly Side[] => (w === 'both' ? ['L', 'R'] : [w])

/** An angle triple written for the right side, mirrored for the left. */
function paired(bone: PairedBone, w: Which, r: Deg3): Joints {
  const out: Joints = {}
  for (const s of sides(w)) out[`${bone}_${s}`] = s === 'R' ? r : [r[0], -r[1], -r[2]]
  return out
}

export function join(...parts: Joints[]): Joints {
  return Object.assign({}, ...parts) as Joints
}

export interface LegAngles {
  /** Hip flexion (+) or extension (−). */
  hip?: number
  /** Hip abduction (+) away from the midline. */
  abd?: number
  /** Hip rotation, outward (+). */
  rot?: number
  knee?: number
  /** Ankle dorsiflexion (+) or plantarflexion (−). */
  ankle?: number
  /** Toe extension (+). */
  toes?: number
}

export function leg(w: Which, a: LegAngles): Joints {
  return join(
    paired('thigh', w, [-(a.hip ?? 0), -(a.rot ?? 0), -(a.abd ?? 0)]),
    paired('shin', w, [a.knee ?? 0, 0, 0]),
    paired('foot', w, [-(a.ankle ?? 0), 0, 0]),
    a.toes ? paired('toes', w, [-a.toes, 0, 0]) : {},
  )
}

export interface ArmAngles {
  /** Shoulder flexion (+, arm forward and up) or extension (−). */
  flex?: number
  /** Shoulder abduction from the arm hanging straight down, degrees (90 = out to the side). */
  abd?: number
  /** Upper-arm rotation, outward (+). */
  rot?: number
  elbow?: number
  /** Wrist flexion (+). */
  wrist?: number
  /** Shoulder blade drawn back (+) or spread forward (−), degrees about the vertical. */
  blade?: number
  /** Shoulder blade raised (+). */
  shrug?: number
}

export function arm(w: Which, a: ArmAngles): Joints {
  return join(
    paired('upperarm', w, [-(a.flex ?? 0), -(a.rot ?? 0), REST_ABDUCTION - (a.abd ?? 0)]),
    paired('forearm', w, [-(a.elbow ?? 0), 0, 0]),
    a.wrist ? paired('hand', w, [-a.wrist, 0, 0]) : {},
    a.blade || a.shrug ? paired('girdle', w, [0, -(a.blade ?? 0), -(a.shrug ?? 0)]) : {},
  )
}

/** Arms hanging by the sides. */
export const ARMS_DOWN = arm('both', { abd: 4 })

export interface TrunkAngles {
  /** Forward bend of the spine (+), shared by its two joints. */
  flex?: number
  /** Turn to the left (+). */
  twist?: number
  /** Side bend to the left (+). */
  side?: number
  /** Head and neck nod (+ chin down); by default they keep the gaze level against the trunk's bend. */
  head?: number
}

export function trunk(a: TrunkAngles): Joints {
  const f = (a.flex ?? 0) / 2
  const t = (a.twist ?? 0) / 2
  const s = -(a.side ?? 0) / 2
  const h = a.head ?? 0
  return {
    spine: [f, t, s],
    chest: [f, t, s],
    neck: [h / 2, 0, 0],
    head: [h / 2, 0, 0],
  }
}

export function foot(side: Side, dx = 0, dz = 0, y = 0, heel = 0, yaw = 0): FootPlant {
  const b = BALL[side]
  return { at: [b[0] + dx, y, b[2] + dz], heel, yaw }
}

/** Both feet where they stand at rest (or moved forward/back together, on a surface y). */
export function feet(dz = 0, y = 0, heel = 0, width = 0): Partial<Record<Side, FootPlant>> {
  return { L: foot('L', width, dz, y, heel), R: foot('R', -width, dz, y, heel) }
}

/** Hip to ankle of the straight leg, metres (a touch short of the model's 0.838, so the knee is never locked). */
export const LEG = 0.832
/** Ankle relative to the ball-of-foot joint at rest (left foot; x mirrors), and that joint's height. */
const ANKLE_FROM_BALL: Vec3 = [-0.015, 0.0498, -0.1242]
const BALL_HEIGHT = 0.022
const D = Math.PI / 180

/** Where the ankle sits for a foot planted with its ball at (y, z) and the heel raised `heel` degrees. */
export function ankleOf(y: number, z: number, heel: number): readonly [number, number] {
  const c = Math.cos(heel * D)
  const s = Math.sin(heel * D)
  const [, ay, az] = ANKLE_FROM_BALL
  return [y + BALL_HEIGHT + c * ay - s * az, z + s * ay + c * az]
}

/**
 * A straight body from planted toes (a plank, a push-up): the pelvis where straight legs put it and the body's
 * turn, for a body line `angle` degrees above the floor, head to +Z, balls of the feet at z = `toesZ`.
 */
export function plankFrom(angle: number, toesZ: number, heel: number, y = 0) {
  const [ay, az] = ankleOf(y, toesZ, heel)
  const pelvis: Vec3 = [0, ay + LEG * Math.sin(angle * D), az + LEG * Math.cos(angle * D)]
  const turn: Deg3 = [90 - angle, 0, 0]
  return { pelvis, turn }
}

/** Kneeling upright or leaning forward `lean` degrees as one straight line from the knees (a Nordic curl). */
export function kneelFrom(lean: number, kneeZ: number, kneeY = 0.085) {
  const pelvis: Vec3 = [0, kneeY + 0.411 * Math.cos(lean * D), kneeZ + 0.411 * Math.sin(lean * D)]
  return { pelvis, turn: [lean, 0, 0] as Deg3, knee: 90 - lean }
}

/** Rest-pose points the supine builder needs, relative to the pelvis joint (y up, z forward; skeleton.ts). */
const SPINE_FROM_PELVIS = [0.14, -0.022] as const
/** The back between the shoulder blades (T3), from the spine joint, and its height when lying flat. */
const T3_FROM_SPINE = [0.3815, -0.076] as const
const T3_FLAT = 0.012

function rotX(p: readonly [number, number], deg: number): [number, number] {
  const c = Math.cos(deg * D)
  const s = Math.sin(deg * D)
  return [p[0] * c - p[1] * s, p[0] * s + p[1] * c]
}

/**
 * On the back with the shoulder blades on the floor and the hips raised to `hipY` (a bridge): the lower trunk
 * rises from the upper back, which stays on the floor at `backZ` (T3's z) as the hips lift, and the head lies
 * back flat. Tilting the whole body as one plank would pivot it on the head and neck instead.
 */
export function supineBridge(hipY: number, backZ: number) {
  // The upper back keeps a third of the lower trunk's slope, the rest is taken at the spine joint.
  const at = (a: number) => {
    const upper = a / 3
    const s = rotX(SPINE_FROM_PELVIS, -90 - a)
    const t = rotX(T3_FROM_SPINE, -90 - upper)
    return [s[0] + t[0], s[1] + t[1]] as const
  }
  let lo = -5
  let hi = 70
  for (let i = 0; i < 40; i++) {
    const a = (lo + hi) / 2
    if (hipY + at(a)[0] > T3_FLAT) lo = a
    else hi = a
  }
  const a = (lo + hi) / 2
  const flex = a - a / 3
  const pelvis: Vec3 = [0, hipY, backZ - at(a)[1]]
  const turn: Deg3 = [-90 - a, 0, 0]
  // Flex at the spine joint only; the head nods back to lie flat on the floor.
  const j: Joints = {
    spine: [flex, 0, 0],
    chest: [0, 0, 0],
    neck: [a / 3, 0, 0],
    head: [a / 3, 0, 0],
  }
  return { pelvis, turn, j, slope: a }
}
