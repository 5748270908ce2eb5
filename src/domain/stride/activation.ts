/**
 * How hard each muscle works through the stride, 0 (resting) … 1 (its own peak in the stride). Every muscle
 * of the domain maps to one curve built from on/off windows: where the muscle switches on and off by EMG
 * (electrical activity measured on runners) and where it peaks, as merged in the reference facts' "App window"
 * column (§2). EMG onset wins over simulated force, because force lags EMG by 5–10 % of the stride. The
 * simulated force row of one runner (§2a, [SIM]) is kept beside a curve as a second, flagged source.
 * The glow is relative to each muscle's own peak, except where a muscle's activity is only ever low.
 */
import { type GroupId, type MuscleId, type Side, musclesOf } from '../groups.ts'
import { wrapPercent } from '../gait.ts'
import type { ActivityLevel, FlagId } from '../training.ts'
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

/** A simulated force row (§2a) shown beside an EMG-window curve: a second source, not the glow. */
export interface SimRow {
  /** Normalised force at 0, 5, … 95 % of the simulated runner's LEFT stride (1 = the row's peak). */
  readonly samples: readonly number[]
  readonly label: string
  readonly sources: readonly string[]
  readonly flags: readonly FlagId[]
}

export interface WindowCurve extends CurveBase {
  readonly kind: 'windows'
  readonly bursts: readonly Burst[]
  /** Tonic level between bursts. */
  readonly base: number
  readonly sim?: SimRow
}

export type ActivationCurve = SampledCurve | WindowCurve

export const CURVE_IDS = [
  'vasti',
  'rectus-femoris',
  'iliopsoas',
  'sartorius',
  'tensor-fasciae-latae',
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

/** Where the curves come from, said once under every chart. */
export const CURVE_STRIDE_NOTE =
  'Solid lines: on/off windows of the right leg, timed from the right foot landing: from muscle-activity (EMG) studies of runners where we found them (vasti, rectus femoris, hamstrings, glutes, calves), and from the simulation alone or estimated for the others (each curve’s note says which). Thin dotted grey lines: simulated muscle force of one runner’s left stride (Hamner subject 2, about 4 m/s), drawn on the same scale; force trails EMG by 5–10 % of the stride.'

const WINDOW_BASIS =
  'EMG on/off window, with its peak placed by the simulation; force lags EMG, so the simulated force (dotted grey) starts later.'

function sim(samples: readonly number[], label = 'Simulated force'): SimRow {
  return { samples, label, sources: ['Hamner10'], flags: ['SIM'] }
}

export const CURVES: Readonly<Record<CurveId, ActivationCurve>> = {
  vasti: {
    id: 'vasti',
    label: 'Vasti',
    kind: 'windows',
    // On from late swing (about 85 %), strongest in loading, off by about 25 %.
    bursts: [{ from: 85, to: 25, level: 1, peak: 12 }],
    base: 0,
    sim: sim([0, 0.3, 0.9, 0.9, 0.4, 0.2, 0.1, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0, 0, 0, 0]),
    sources: ['Mont94', 'Hamner10'],
    flags: ['SIM'],
    basis: `The vasti switch on in late swing to stiffen the knee before landing. ${WINDOW_BASIS}`,
  },
  'rectus-femoris': {
    id: 'rectus-femoris',
    label: 'Rectus femoris',
    kind: 'windows',
    // From EMG: late swing into loading (controlling the bending knee), and around toe-off into early swing.
    bursts: [
      { from: 85, to: 15, level: 1, peak: 2 },
      { from: 30, to: 50, level: 0.6, peak: 40 },
    ],
    base: 0,
    sim: sim([0, 0, 0, 0.5, 1, 0.6, 0.3, 0.2, 0.2, 0.2, 0.4, 0.4, 0.6, 0.3, 0.2, 0.1, 0, 0, 0, 0]),
    sources: ['Mont94', 'Nova98', 'Hamner10'],
    flags: ['NV', 'SIM'],
    basis:
      'Two bursts from EMG of runners, as a review summarises them (not re-read): from late swing into loading, controlling the bending knee, and around toe-off into early swing, swinging the thigh forward. The peaks are placed by us; the simulated force (dotted grey) comes later.',
  },
  iliopsoas: {
    id: 'iliopsoas',
    label: 'Iliopsoas',
    kind: 'windows',
    bursts: [{ from: 25, to: 70, level: 1, peak: 40 }],
    base: 0.05,
    sim: sim([
      0.1, 0.1, 0.1, 0.1, 0, 0.2, 0.8, 0.8, 1, 0.8, 0.6, 0.5, 0.3, 0.3, 0.2, 0.1, 0.1, 0.1, 0.1, 0.1,
    ]),
    sources: ['Dorn12', 'Hamner10'],
    flags: ['SIM'],
    basis:
      'From late stance, catching the trailing thigh, through the pull forward of early swing. Window from the simulated force alone: EMG of this deep muscle needs fine-wire electrodes, and such running studies exist but are not yet sourced here.',
  },
  sartorius: {
    id: 'sartorius',
    label: 'Sartorius',
    kind: 'windows',
    bursts: [{ from: 30, to: 75, level: 1 }],
    base: 0,
    sim: sim(
      [0, 0, 0.3, 0.6, 1, 1, 0.8, 0.4, 0.6, 0.7, 0.6, 0.5, 0.4, 0.3, 0.3, 0.2, 0.2, 0.1, 0.2, 0.3],
      'Simulated force, sartorius and TFL together',
    ),
    sources: ['Mont94', 'Hamner10'],
    flags: ['SIM'],
    basis:
      'Hip flexing in swing. Window from the simulation alone (its own force window); no EMG window found.',
  },
  'tensor-fasciae-latae': {
    id: 'tensor-fasciae-latae',
    label: 'Tensor fasciae latae',
    kind: 'windows',
    bursts: [{ from: 10, to: 35, level: 1 }],
    base: 0,
    sources: ['Mont94', 'Hamner10'],
    flags: ['SIM'],
    basis:
      'Side-to-side support of the pelvis in stance. Window from the simulation alone; no EMG window found.',
  },
  hamstrings: {
    id: 'hamstrings',
    label: 'Hamstrings',
    kind: 'windows',
    bursts: [{ from: 75, to: 10, level: 1, peak: 90 }],
    base: 0,
    sim: sim(
      [0.5, 0.4, 0.2, 0.2, 0.1, 0.2, 0.3, 0.3, 0.2, 0.1, 0, 0, 0.1, 0.2, 0.2, 0.1, 0.3, 0.7, 1, 0.9],
      'Simulated force, three hamstrings together',
    ),
    sources: ['Chum11', 'JSSM-BFlh', 'Hamner10'],
    flags: ['SIM'],
    basis: `Loaded while lengthening from late swing, peaking at 85–95 %, then pulling the hip back in early stance. ${WINDOW_BASIS}`,
  },
  'gluteus-maximus': {
    id: 'gluteus-maximus',
    label: 'Gluteus maximus',
    kind: 'windows',
    bursts: [{ from: 80, to: 20, level: 1, peak: 3 }],
    base: 0,
    sim: sim([0.3, 1, 0.5, 0.4, 0.2, 0, 0, 0, 0, 0.1, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.4, 0.2, 0.2]),
    sources: ['Lieb06', 'Hamner10'],
    flags: ['SIM'],
    basis: `Strongly active from late swing to early stance, peaking just after landing. ${WINDOW_BASIS}`,
  },
  'gluteus-medius': {
    id: 'gluteus-medius',
    label: 'Gluteus medius',
    kind: 'windows',
    bursts: [{ from: 88, to: 30, level: 1, peak: 10 }],
    base: 0.05,
    sim: sim(
      [0.3, 0.6, 1, 0.8, 0.6, 0.3, 0.2, 0.1, 0.2, 0.2, 0.1, 0.2, 0.2, 0.2, 0.2, 0.1, 0.1, 0.2, 0.2, 0.2],
      'Simulated force, medius and minimus together',
    ),
    sources: ['Foch20', 'Hamner10'],
    flags: ['SIM'],
    basis: `Switches on before landing and holds the pelvis level through loading and midstance. ${WINDOW_BASIS}`,
  },
  gastrocnemius: {
    id: 'gastrocnemius',
    label: 'Gastrocnemius',
    kind: 'windows',
    bursts: [{ from: 86, to: 30, level: 1, peak: 20 }],
    base: 0,
    sim: sim([0.2, 0.1, 0.1, 0.2, 0.5, 0.8, 0.6, 0.1, 0, 0, 0, 0, 0, 0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1]),
    sources: ['Gaz07', 'Hamner10'],
    flags: ['SIM'],
    basis: `The calf group is active from 86 % of one stride to 25–30 % of the next (EMG); peak from the simulation. ${WINDOW_BASIS}`,
  },
  soleus: {
    id: 'soleus',
    label: 'Soleus',
    kind: 'windows',
    bursts: [{ from: 86, to: 30, level: 1, peak: 17 }],
    base: 0,
    sim: sim([0, 0, 0.3, 0.9, 0.9, 0.4, 0.1, 0, 0, 0, 0.1, 0.1, 0, 0, 0, 0, 0, 0, 0, 0]),
    sources: ['Gaz07', 'Dorn12', 'Hamner10'],
    flags: ['SIM'],
    basis: `Same calf-group window as the gastrocnemius (EMG), peaking in midstance. ${WINDOW_BASIS}`,
  },
  'rectus-abdominis': {
    id: 'rectus-abdominis',
    label: 'Rectus abdominis',
    kind: 'windows',
    bursts: [
      { from: 95, to: 10, level: 0.38, peak: 1 },
      { from: 45, to: 60, level: 0.38, peak: 51 },
    ],
    base: 0.1,
    sources: ['Saun05'],
    flags: ['UE'],
    basis:
      'Estimate: low bursts around each foot strike, as the abdominal wall fires then; no running data exist for this muscle alone, so it never glows brightly.',
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
      { from: 93, to: 8, level: 0.5, peak: 1 },
      { from: 43, to: 58, level: 0.5, peak: 51 },
    ],
    base: 0.25,
    sources: ['Saun05'],
    flags: ['UE'],
    basis: 'Estimate: on all the time at a low level, with a small boost near each foot strike.',
  },
  deltoid: {
    id: 'deltoid',
    label: 'Deltoid',
    kind: 'windows',
    // Front fibres brake the backswing (about 80→15 %), back fibres the forward swing (about 20→65 %).
    bursts: [
      { from: 80, to: 15, level: 1, peak: 95 },
      { from: 20, to: 65, level: 0.5, peak: 35 },
    ],
    base: 0.1,
    sim: sim(
      [6, 2, 3, 3, 5, 6, 7, 9, 8, 7, 6, 7, 6, 2, 3, 1, 2, 8, 11, 19].map((n) => n / 19),
      'Size of the simulated shoulder torque',
    ),
    sources: ['Hamner10', 'Pont09', 'KBF15'],
    flags: ['SIM', 'UE'],
    basis:
      'Stand-in: windows from the simulated shoulder torque, since the model moves the arm without a deltoid; EMG shows front and back parts working together at each reversal.',
  },
  trapezius: {
    id: 'trapezius',
    label: 'Trapezius',
    kind: 'windows',
    bursts: [
      { from: 92, to: 10, level: 0.38, peak: 1 },
      { from: 42, to: 60, level: 0.38, peak: 51 },
    ],
    base: 0.2,
    sources: ['KBF15', 'Capp06'],
    flags: ['UE'],
    basis:
      'Estimate: low steady work holding the shoulder blades, with small bursts near each foot strike; it never glows brightly.',
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
  sartorius: 'sartorius',
  'tensor-fasciae-latae': 'tensor-fasciae-latae',
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

/**
 * A simulated row at a percent of the right leg's cycle. The row is the simulated runner's left stride (toe-off
 * 36.6 %); it is drawn as is, without stretching, so the lag behind EMG stays visible.
 */
export function simValue(row: SimRow, percent: number): number {
  return Math.min(1, Math.max(0, periodicSpline(row.samples, percent)))
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

/** Glow at or above which each activity word applies; the phase texts are checked against these. */
export const ACTIVITY_THRESHOLDS = { low: 0.15, moderate: 0.4, high: 0.7 } as const

/** The activity word for a glow value, the same words the phase texts use. */
export function activityLevelOf(value: number): ActivityLevel {
  if (value >= ACTIVITY_THRESHOLDS.high) return 'high'
  if (value >= ACTIVITY_THRESHOLDS.moderate) return 'moderate'
  if (value >= ACTIVITY_THRESHOLDS.low) return 'low'
  return 'off'
}

/** The strongest level a group reaches within a phase (right side), walking it at every whole percent. */
export function phasePeakLevel(group: GroupId, start: number, end: number): ActivityLevel {
  let v = 0
  for (let p = start; p < end; p++) v = Math.max(v, groupActivationAt(group, 'R', p))
  return activityLevelOf(v)
}
