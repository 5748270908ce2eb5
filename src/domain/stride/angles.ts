/**
 * Joint angles through one running stride, in degrees at 5 % steps of the cycle (0 = foot strike of the
 * reference leg). Inverse kinematics of one simulated subject of the Hamner et al. 2010 running dataset
 * (reference facts §2b) [SIM]; that table is the subject's left stride and the explorer plays it on the right
 * leg, which is fine for the sagittal angles and needs a sign flip for trunk rotation (see pose.ts).
 */
import type { FlagId } from '../training.ts'
import { periodicSpline } from './periodic.ts'

export const ANGLE_IDS = [
  'hip-flexion',
  'knee',
  'ankle-dorsiflexion',
  'hip-adduction',
  'pelvis-tilt',
  'trunk-rotation',
  'lumbar-extension',
  'shoulder-flexion',
  'shoulder-flexion-opposite',
  'elbow-flexion',
] as const

export type AngleId = (typeof ANGLE_IDS)[number]

export interface AngleRow {
  readonly id: AngleId
  readonly label: string
  /** Degrees at 0, 5, … 95 % of the cycle. */
  readonly degrees: readonly number[]
}

export const ANGLE_SOURCES = ['Hamner10'] as const
export const ANGLE_FLAGS: readonly FlagId[] = ['SIM']

export const ANGLES: Readonly<Record<AngleId, AngleRow>> = {
  'hip-flexion': {
    id: 'hip-flexion',
    label: 'Hip flexion (+)',
    degrees: [32, 34, 33, 26, 16, 3, -11, -21, -28, -29, -24, -17, -5, 11, 25, 38, 43, 43, 38, 32],
  },
  knee: {
    id: 'knee',
    label: 'Knee angle (− = flexion)',
    degrees: [
      -23, -40, -53, -57, -51, -39, -24, -13, -12, -25, -45, -65, -83, -96, -99, -93, -78, -58, -35, -20,
    ],
  },
  'ankle-dorsiflexion': {
    id: 'ankle-dorsiflexion',
    label: 'Ankle dorsiflexion (+)',
    degrees: [3, 9, 14, 20, 22, 18, 4, -14, -27, -31, -29, -25, -19, -12, -4, 3, 8, 9, 7, 5],
  },
  'hip-adduction': {
    id: 'hip-adduction',
    label: 'Hip adduction (+)',
    degrees: [5, 7, 9, 10, 11, 9, 7, 5, 3, 3, -1, -7, -11, -12, -10, -6, -3, 0, 2, 1],
  },
  'pelvis-tilt': {
    id: 'pelvis-tilt',
    label: 'Pelvis tilt',
    degrees: [2, 3, 4, 4, 2, 0, -2, -4, -2, -1, 0, 2, 1, -1, -2, -4, -5, -5, -4, -2],
  },
  'trunk-rotation': {
    id: 'trunk-rotation',
    label: 'Trunk (lumbar) rotation',
    degrees: [14, 13, 11, 6, 0, -6, -12, -16, -17, -17, -15, -13, -10, -6, 0, 6, 13, 18, 20, 19],
  },
  'lumbar-extension': {
    id: 'lumbar-extension',
    label: 'Lumbar extension (+)',
    degrees: [-8, -11, -13, -12, -10, -7, -2, 1, -1, -3, -5, -9, -10, -8, -7, -3, -3, -2, -3, -6],
  },
  'shoulder-flexion': {
    id: 'shoulder-flexion',
    label: 'Shoulder flexion, same-side arm',
    degrees: [-29, -22, -14, -7, -3, -1, -3, -4, -6, -7, -8, -8, -9, -11, -17, -25, -32, -38, -40, -40],
  },
  'shoulder-flexion-opposite': {
    id: 'shoulder-flexion-opposite',
    label: 'Shoulder flexion, opposite arm',
    degrees: [
      -11, -11, -10, -11, -15, -22, -29, -35, -40, -41, -39, -33, -27, -21, -16, -13, -13, -12, -11, -10,
    ],
  },
  'elbow-flexion': {
    id: 'elbow-flexion',
    label: 'Elbow flexion, same-side arm',
    degrees: [87, 89, 88, 89, 94, 99, 106, 112, 115, 114, 108, 99, 88, 80, 79, 81, 85, 86, 85, 86],
  },
}

/** Degrees of one angle at a percent of the cycle, smoothly interpolated and periodic. */
export function angleAt(id: AngleId, percent: number): number {
  return periodicSpline(ANGLES[id].degrees, percent)
}
