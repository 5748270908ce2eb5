/**
 * The rig shared by the model generator (which writes it into the GLB) and the stride animation
 * (which poses it). Conventions, fixed for both sides of that contract:
 * - glTF space, metres, Y up, feet on y = 0, the body faces +Z; its left side is +X.
 * - Every joint node has an identity rotation in the rest pose, so a joint's local axes are the world axes:
 *   rotation about +X with a positive angle tips a limb's distal end backwards (towards −Z) when it hangs
 *   down, so hip flexion is a negative rotation about X; knee flexion is a positive rotation about X.
 * - Names are `<bone>` for midline bones and `<bone>_<L|R>` for paired ones.
 */
import type { Side } from './groups.ts'

export const MIDLINE_BONES = ['pelvis', 'spine', 'chest', 'neck', 'head'] as const
export const PAIRED_BONES = [
  // The shoulder girdle's bone: not named `clavicle`, which is the exposed bone's mesh (`clavicle_L`).
  'girdle',
  'upperarm',
  'forearm',
  'hand',
  'thigh',
  'shin',
  'foot',
  'toes',
] as const

export type MidlineBone = (typeof MIDLINE_BONES)[number]
export type PairedBone = (typeof PAIRED_BONES)[number]
export type BoneName = MidlineBone | `${PairedBone}_${Side}`

/** Parent of each bone; `pelvis` is the root. */
export const BONE_PARENT: Readonly<Record<MidlineBone | PairedBone, MidlineBone | PairedBone | null>> = {
  pelvis: null,
  spine: 'pelvis',
  chest: 'spine',
  neck: 'chest',
  head: 'neck',
  girdle: 'chest',
  upperarm: 'girdle',
  forearm: 'upperarm',
  hand: 'forearm',
  thigh: 'pelvis',
  shin: 'thigh',
  foot: 'shin',
  toes: 'foot',
}

export function boneName(bone: MidlineBone): BoneName
export function boneName(bone: PairedBone, side: Side): BoneName
export function boneName(bone: MidlineBone | PairedBone, side?: Side): BoneName {
  return (side ? `${bone}_${side}` : bone) as BoneName
}

/** Every bone in parent-before-child order. */
export const ALL_BONES: readonly BoneName[] = [
  ...MIDLINE_BONES,
  ...(['L', 'R'] as const).flatMap((s) => PAIRED_BONES.map((b) => `${b}_${s}` as BoneName)),
]

/** Name of the glTF skin node carrying the neutral body surface (no group). */
export const BODY_MESH_NAME = 'body'
/** Mesh name of the body under the écorché's muscles (bone and fascia showing between them). */
export const INNER_BODY_MESH_NAME = 'body-inner'
/** Root node of the whole figure in the GLB. */
export const FIGURE_ROOT_NAME = 'figure'
/** Stature the generator builds to, metres. */
export const STATURE = 1.75
