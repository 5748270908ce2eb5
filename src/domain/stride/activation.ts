/**
 * How hard each muscle works through the stride, 0 (resting) … 1 (its own peak in the stride). Every muscle
 * of the domain maps to one curve; a curve is either a row of simulated normalised force (reference facts §2a,
 * [SIM]) or, for muscles the simulation does not model, the reference's suggested on/off windows (§2, flagged
 * as estimates). The glow is relative to each muscle's own peak, never a comparison between muscles.
 */
import { type GroupId, type MuscleId, type Side, musclesOf } from '../groups.ts'
import { wrapPercent } from '../gait.ts'
import type { FlagId } from '../training.ts'
import { periodicSpline, smoothstep } from './periodic.ts'

/** One burst of activity between two percents of the cycle; `from > to` wraps through 100 %. */
export interface Burst {
  readonly from: number
  readonly to: number
  /** Height of the burst relative to the muscle's peak. */
  readonly level: number
  /**
   * Where the burst is strongest; without it the burst is flat. With it the burst swells towards that moment
   * and eases off towards its edges (to about a third), rather than switching fully on for its whole length.
   */
  readonly peak?: number
}

interface CurveBase {
  readonly id: CurveId
  /** Short name for legends. */
  readonly label: string
  /** Reference keys (content SOURCES ids) behind the timing and shape. */
  readonly sources: readonly string[]
  readonly flags: readonly FlagId[]
  /** One plain sentence on where the curve comes from. */
  readonly basis: string
}

export interface SampledCurve extends CurveBase {
  readonly kind: 'sampled'
  /** Normalised force at 0, 5, … 95 % (1 = the peak of that row). */
  readonly samples: readonly number[]
}

export interface WindowCurve extends CurveBase {
  readonly kind: 'windows'
  readonly bursts: readonly Burst[]
  /** Tonic level between bursts. */
  readonly base: number
}

export type ActivationCurve = SampledCurve | WindowCurve

export const CURVE_IDS = [
  'vasti',
  'rectus-femoris',
  'iliopsoas',
  'sartorius-tfl',
  'hamstrings',
  'gluteus-maximus',
  'gluteus-medius',
  'gastrocnemius',
  'soleus',
  'rectus-abdominis',
  'external-oblique',
  'transversus-abdominis',
  'deltoid',
  'trapezius',
] as const

export type CurveId = (typeof CURVE_IDS)[number]

const SIM_BASIS = 'Simulated muscle force of one runner (Hamner running model), scaled to its own peak.'

export const CURVES: Readonly<Record<CurveId, ActivationCurve>> = {
  vasti: {
    id: 'vasti',
    label: 'Vasti',
    kind: 'sampled',
    samples: [0, 0.3, 0.9, 0.9, 0.4, 0.2, 0.1, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0, 0, 0],
    sources: ['Hamner10', 'Mont94'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  'rectus-femoris': {
    id: 'rectus-femoris',
    label: 'Rectus femoris',
    kind: 'sampled',
    samples: [0, 0, 0, 0.5, 1, 0.6, 0.3, 0.2, 0.2, 0.2, 0.4, 0.4, 0.6, 0.3, 0.2, 0.1, 0, 0, 0, 0],
    sources: ['Hamner10', 'Mont94'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  iliopsoas: {
    id: 'iliopsoas',
    label: 'Iliopsoas',
    kind: 'sampled',
    samples: [0.1, 0.1, 0.1, 0.1, 0, 0.2, 0.8, 0.8, 1, 0.8, 0.6, 0.5, 0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1],
    sources: ['Hamner10', 'Dorn12'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  'sartorius-tfl': {
    id: 'sartorius-tfl',
    label: 'Sartorius and TFL',
    kind: 'sampled',
    samples: [0, 0, 0.3, 0.6, 1, 1, 0.8, 0.4, 0.6, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.2, 0.2, 0.1, 0.2, 0.3],
    sources: ['Hamner10', 'Mont94'],
    flags: ['SIM'],
    basis: `${SIM_BASIS} Sartorius and TFL share one row.`,
  },
  hamstrings: {
    id: 'hamstrings',
    label: 'Hamstrings',
    kind: 'sampled',
    samples: [0.5, 0.4, 0.2, 0.2, 0.1, 0.2, 0.3, 0.3, 0.2, 0.1, 0, 0, 0.1, 0.2, 0.2, 0.1, 0.3, 0.7, 1, 0.9],
    sources: ['Hamner10', 'Chum11'],
    flags: ['SIM'],
    basis: `${SIM_BASIS} Biceps femoris long head, semitendinosus and semimembranosus together.`,
  },
  'gluteus-maximus': {
    id: 'gluteus-maximus',
    label: 'Gluteus maximus',
    kind: 'sampled',
    samples: [0.3, 1, 0.5, 0.4, 0.2, 0, 0, 0, 0, 0.1, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.2, 0.2],
    sources: ['Hamner10', 'Lieb06'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  'gluteus-medius': {
    id: 'gluteus-medius',
    label: 'Gluteus medius',
    kind: 'sampled',
    samples: [
      0.3, 0.6, 1, 0.8, 0.6, 0.3, 0.2, 0.1, 0.2, 0.2, 0.1, 0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.2, 0.2, 0.2,
    ],
    sources: ['Hamner10', 'Foch20'],
    flags: ['SIM'],
    basis: `${SIM_BASIS} Gluteus medius and minimus together.`,
  },
  gastrocnemius: {
    id: 'gastrocnemius',
    label: 'Gastrocnemius',
    kind: 'sampled',
    samples: [0.2, 0.1, 0.1, 0.2, 0.5, 0.8, 0.6, 0.1, 0, 0, 0, 0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
    sources: ['Hamner10', 'Gaz07'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  soleus: {
    id: 'soleus',
    label: 'Soleus',
    kind: 'sampled',
    samples: [0, 0, 0.3, 0.9, 0.9, 0.4, 0.1, 0, 0, 0, 0.1, 0.1, 0, 0, 0, 0, 0, 0, 0, 0],
    sources: ['Hamner10', 'Gaz07', 'Dorn12'],
    flags: ['SIM'],
    basis: SIM_BASIS,
  },
  'rectus-abdominis': {
    id: 'rectus-abdominis',
    label: 'Rectus abdominis',
    kind: 'windows',
    bursts: [
      { from: 95, to: 10, level: 1, peak: 1 },
      { from: 45, to: 60, level: 1, peak: 51 },
    ],
    base: 0.1,
    sources: ['Saun05'],
    flags: ['UE'],
    basis:
      'Estimate: the abdominal wall is known to fire around each foot strike, but no running data exist for this muscle alone.',
  },
  'external-oblique': {
    id: 'external-oblique',
    label: 'External oblique',
    kind: 'windows',
    bursts: [
      { from: 90, to: 15, level: 1, peak: 1 },
      { from: 40, to: 65, level: 0.8, peak: 51 },
    ],
    base: 0.15,
    sources: ['Saun05', 'Hamner10'],
    flags: ['UE', 'SIM'],
    basis:
      'Estimate: bursts around each foot strike from trunk-muscle studies, shaped by a noisy simulation.',
  },
  'transversus-abdominis': {
    id: 'transversus-abdominis',
    label: 'Transversus abdominis',
    kind: 'windows',
    bursts: [
      { from: 93, to: 8, level: 1, peak: 1 },
      { from: 43, to: 58, level: 1, peak: 51 },
    ],
    base: 0.4,
    sources: ['Saun05'],
    flags: ['UE'],
    basis: 'Estimate: on all the time at a low level, with a boost near each foot strike.',
  },
  deltoid: {
    id: 'deltoid',
    label: 'Deltoid',
    kind: 'sampled',
    // Size of the simulated shoulder torque (19 N·m peak), flexing (front fibres) or extending (back fibres).
    samples: [6, 2, 3, 3, 5, 6, 7, 9, 8, 7, 6, 7, 6, 2, 3, 1, 2, 8, 11, 19].map((n) => n / 19),
    sources: ['Hamner10', 'Pont09', 'KBF15'],
    flags: ['SIM', 'UE'],
    basis:
      'Stand-in: the size of the simulated shoulder torque, since the model moves the arm without a deltoid. Front fibres brake the backswing, back fibres the forward swing.',
  },
  trapezius: {
    id: 'trapezius',
    label: 'Trapezius',
    kind: 'windows',
    bursts: [
      { from: 92, to: 10, level: 1, peak: 1 },
      { from: 42, to: 60, level: 1, peak: 51 },
    ],
    base: 0.3,
    sources: ['KBF15', 'Capp06'],
    flags: ['UE'],
    basis: 'Estimate: low steady work holding the shoulder blades, with bursts near each foot strike.',
  },
}

/** Which curve drives each muscle; a Record, so a new muscle in the domain fails to compile until mapped. */
export const MUSCLE_CURVE: Readonly<Record<MuscleId, CurveId>> = {
  deltoid: 'deltoid',
  trapezius: 'trapezius',
  'rectus-femoris': 'rectus-femoris',
  'vastus-lateralis': 'vasti',
  'vastus-medialis': 'vasti',
  'vastus-intermedius': 'vasti',
  iliopsoas: 'iliopsoas',
  sartorius: 'sartorius-tfl',
  'tensor-fasciae-latae': 'sartorius-tfl',
  'biceps-femoris': 'hamstrings',
  semitendinosus: 'hamstrings',
  semimembranosus: 'hamstrings',
  'gluteus-maximus': 'gluteus-maximus',
  'gluteus-medius': 'gluteus-medius',
  // The reference's curve covers medius and minimus together.
  'gluteus-minimus': 'gluteus-medius',
  gastrocnemius: 'gastrocnemius',
  soleus: 'soleus',
  'rectus-abdominis': 'rectus-abdominis',
  'external-oblique': 'external-oblique',
  'transversus-abdominis': 'transversus-abdominis',
}

/** Half-width of the soft edge of a burst, % of the cycle. */
const EDGE = 3

/** Value of a set of bursts over a tonic base at a percent of the cycle. */
export function windowValue(bursts: readonly Burst[], base: number, percent: number): number {
  const p = wrapPercent(percent)
  let v = base
  for (const b of bursts) {
    const length = wrapPercent(b.to - b.from)
    let d = wrapPercent(p - b.from)
    // Measure from whichever edge is nearer, so the soft edge before `from` is not lost to the wrap.
    if (d > length + (100 - length) / 2) d -= 100
    const inside = smoothstep(-EDGE, EDGE, d) * smoothstep(-EDGE, EDGE, length - d)
    v = Math.max(v, b.level * inside * swell(b, d, length))
  }
  return v
}

/** Shape of a peaked burst at `d` percent after its start: 1 at the peak, about 0.35 at the far edge. */
function swell(b: Burst, d: number, length: number): number {
  if (b.peak === undefined) return 1
  const at = wrapPercent(b.peak - b.from)
  const reach = Math.max(at, length - at, 1)
  const x = Math.min(1, Math.abs(d - at) / reach)
  const c = Math.cos((Math.PI / 2) * x)
  return 0.35 + 0.65 * c * c
}

export function curveValue(curve: ActivationCurve, percent: number): number {
  const v =
    curve.kind === 'sampled'
      ? periodicSpline(curve.samples, percent)
      : windowValue(curve.bursts, curve.base, percent)
  return Math.min(1, Math.max(0, v))
}

/** The left side runs half a cycle behind the right one. */
export function sidePercent(side: Side, percent: number): number {
  return side === 'R' ? percent : percent + 50
}

/** Activity 0..1 of a muscle on one side at a percent of the RIGHT leg's cycle. */
export function activationAt(muscle: MuscleId, side: Side, percent: number): number {
  return curveValue(CURVES[MUSCLE_CURVE[muscle]], sidePercent(side, percent))
}

/** The distinct curves behind a group's muscles, in the domain's muscle order. */
export function curvesOfGroup(group: GroupId): readonly ActivationCurve[] {
  const ids: CurveId[] = []
  for (const m of musclesOf(group)) {
    const id = MUSCLE_CURVE[m.id]
    if (!ids.includes(id)) ids.push(id)
  }
  return ids.map((id) => CURVES[id])
}

/** Muscles of a group driven by one curve, for legends ("Vastus lateralis, vastus medialis"). */
export function musclesOfCurve(group: GroupId, curve: CurveId): readonly MuscleId[] {
  return musclesOf(group)
    .filter((m) => MUSCLE_CURVE[m.id] === curve)
    .map((m) => m.id)
}

/** Highest activity among a group's muscles on one side: how strongly the group glows. */
export function groupActivationAt(group: GroupId, side: Side, percent: number): number {
  let v = 0
  for (const m of musclesOf(group)) v = Math.max(v, activationAt(m.id, side, percent))
  return v
}
