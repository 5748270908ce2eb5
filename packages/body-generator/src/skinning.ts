/**
 * Skin weights by distance to bone segments: each bone is a segment from its joint to its child (or tip)
 * with a typical flesh radius; weight ∝ (radius / distance)^POWER, top four kept and normalised.
 * Weights are computed for the left half (x ≥ 0): right-side limb bones are never candidates, and paired
 * bones fade out towards the midline so the seam vertices (x = 0) carry trunk bones only and mirror onto
 * themselves.
 */
import { ALL_BONES, STATURE, type BoneName } from '../../../src/domain/skeleton.ts'
import { boneEnd, type Landmarks } from './landmarks.ts'
import type { Vec3 } from './sdf.ts'

const POWER = 5
const MIN_WEIGHT = 0.03

/** Typical flesh radius around each bone for the 1.75 m reference, metres. */
const BONE_RADIUS: Readonly<Record<string, number>> = {
  pelvis: 0.11,
  spine: 0.11,
  chest: 0.12,
  neck: 0.05,
  head: 0.08,
  girdle: 0.05,
  upperarm: 0.045,
  forearm: 0.035,
  hand: 0.03,
  thigh: 0.075,
  shin: 0.05,
  foot: 0.035,
  toes: 0.02,
}

/** Width of the band either side of the midline over which paired bones fade in. */
const MIDLINE_FADE = 0.012

export interface WeightSet {
  /** Four joint indices (into ALL_BONES) per vertex. */
  readonly joints: Uint16Array
  /** Four weights per vertex, summing to 1. */
  readonly weights: Float32Array
}

interface Seg {
  readonly joint: number
  readonly a: Vec3
  readonly b: Vec3
  readonly r: number
  readonly paired: boolean
}

function leftSegments(lm: Landmarks): Seg[] {
  const k = lm.stature / STATURE
  const segs: Seg[] = []
  ALL_BONES.forEach((bone, joint) => {
    if (bone.endsWith('_R')) return
    const base = bone.split('_')[0]!
    segs.push({
      joint,
      a: lm.joints[bone],
      b: boneEnd(lm, bone),
      r: BONE_RADIUS[base]! * k,
      paired: bone.endsWith('_L'),
    })
  })
  return segs
}

function segDistance(p: ArrayLike<number>, s: Seg): number {
  const abx = s.b[0] - s.a[0]
  const aby = s.b[1] - s.a[1]
  const abz = s.b[2] - s.a[2]
  const apx = p[0]! - s.a[0]
  const apy = p[1]! - s.a[1]
  const apz = p[2]! - s.a[2]
  const l2 = abx * abx + aby * aby + abz * abz
  const t = l2 > 0 ? Math.min(Math.max((apx * abx + apy * aby + apz * abz) / l2, 0), 1) : 0
  const dx = apx - abx * t
  const dy = apy - aby * t
  const dz = apz - abz * t
  return Math.sqrt(dx * dx + dy * dy + dz * dz)
}

/** Weights for left-half vertices (x ≥ 0). */
export function leftHalfWeights(lm: Landmarks, positions: Float64Array): WeightSet {
  const segs = leftSegments(lm)
  const n = positions.length / 3
  const joints = new Uint16Array(n * 4)
  const weights = new Float32Array(n * 4)
  const w = new Float64Array(segs.length)
  const order = segs.map((_, i) => i)
  const fade = MIDLINE_FADE * (lm.stature / STATURE)
  for (let v = 0; v < n; v++) {
    const p = positions.subarray(v * 3, v * 3 + 3)
    const x = Math.max(p[0]!, 0)
    const u = Math.min(x / fade, 1)
    const pairedScale = u * u * (3 - 2 * u)
    for (let i = 0; i < segs.length; i++) {
      const s = segs[i]!
      const d = Math.max(segDistance(p, s) / s.r, 0.05)
      w[i] = Math.pow(d, -POWER) * (s.paired ? pairedScale : 1)
    }
    // Stable order: weight descending, then joint index.
    order.sort((a, b) => w[b]! - w[a]! || segs[a]!.joint - segs[b]!.joint)
    let top = 0
    for (let j = 0; j < 4; j++) top += w[order[j]!]!
    // Drop influences under 3 % (they barely move anything and cost bytes); unused slots point at the root.
    let sum = 0
    for (let j = 0; j < 4; j++) {
      const wi = w[order[j]!]!
      if (j === 0 || wi >= MIN_WEIGHT * top) sum += wi
    }
    for (let j = 0; j < 4; j++) {
      const i = order[j]!
      const keep = j === 0 || w[i]! >= MIN_WEIGHT * top
      joints[v * 4 + j] = keep ? segs[i]!.joint : 0
      weights[v * 4 + j] = keep ? w[i]! / sum : 0
    }
  }
  return { joints, weights }
}

/** Joint index of each bone's mirror image (L ↔ R; midline bones map to themselves). */
export function mirroredJointIndex(): Uint16Array {
  const index = new Map<BoneName, number>(ALL_BONES.map((b, i) => [b, i]))
  return Uint16Array.from(
    ALL_BONES.map((b) => {
      if (b.endsWith('_L')) return index.get(`${b.slice(0, -2)}_R` as BoneName)!
      if (b.endsWith('_R')) return index.get(`${b.slice(0, -2)}_L` as BoneName)!
      return index.get(b)!
    }),
  )
}

/**
 * Weights for deep-muscle vertices copied from the skin around them (inverse-distance blend of the
 * nearest few skin vertices), so a deep muscle moves exactly as the skin over it and never pokes through
 * when a joint bends. Skin weights come as four joints and four weights per vertex.
 */
export function weightsFromSkin(
  positions: Float64Array,
  skinPositions: Float64Array,
  skin: WeightSet,
  joints: number,
): WeightSet {
  const CELL = 0.02
  const NEAREST = 4
  const cells = new Map<string, number[]>()
  const key = (i: number, j: number, k: number): string => `${i},${j},${k}`
  const ns = skinPositions.length / 3
  for (let v = 0; v < ns; v++) {
    const c = key(
      Math.floor(skinPositions[v * 3]! / CELL),
      Math.floor(skinPositions[v * 3 + 1]! / CELL),
      Math.floor(skinPositions[v * 3 + 2]! / CELL),
    )
    const list = cells.get(c)
    if (list) list.push(v)
    else cells.set(c, [v])
  }
  const n = positions.length / 3
  const outJ = new Uint16Array(n * 4)
  const outW = new Float32Array(n * 4)
  const acc = new Float64Array(joints)
  for (let v = 0; v < n; v++) {
    const x = positions[v * 3]!
    const y = positions[v * 3 + 1]!
    const z = positions[v * 3 + 2]!
    const ci = Math.floor(x / CELL)
    const cj = Math.floor(y / CELL)
    const ck = Math.floor(z / CELL)
    // Grow the search shell until it holds enough candidates, then one ring more for exactness.
    let best: [number, number][] = []
    for (let ring = 1, found = -1; ring < 40 && (found < 0 || ring <= found + 1); ring++) {
      best = []
      for (let i = ci - ring; i <= ci + ring; i++)
        for (let j = cj - ring; j <= cj + ring; j++)
          for (let k = ck - ring; k <= ck + ring; k++) {
            for (const s of cells.get(key(i, j, k)) ?? []) {
              const dx = skinPositions[s * 3]! - x
              const dy = skinPositions[s * 3 + 1]! - y
              const dz = skinPositions[s * 3 + 2]! - z
              best.push([dx * dx + dy * dy + dz * dz, s])
            }
          }
      if (found < 0 && best.length >= NEAREST) found = ring
    }
    best.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    acc.fill(0)
    for (const [d2, s] of best.slice(0, NEAREST)) {
      const w = 1 / (Math.sqrt(d2) + 1e-4)
      for (let q = 0; q < 4; q++) acc[skin.joints[s * 4 + q]!]! += w * skin.weights[s * 4 + q]!
    }
    const order = [...acc.keys()].sort((a, b) => acc[b]! - acc[a]! || a - b).slice(0, 4)
    let sum = 0
    for (const j of order) sum += acc[j]!
    order.forEach((j, q) => {
      const w = acc[j]! / sum
      outJ[v * 4 + q] = w > 0 ? j : 0
      outW[v * 4 + q] = w > 0 ? w : 0
    })
  }
  return { joints: outJ, weights: outW }
}
