/**
 * The stride lab's evidence: what published studies found when runners changed step rate, foot strike or
 * speed, each number at the points the study ran, with who was studied, how, and whether it was simulated
 * (a musculoskeletal model) or measured. From those, the scales the lab applies to the glow by phase and the
 * changes to the running animation.
 *
 * Rules the tests hold:
 * - a read-out gives the study's own numbers at the study's own points, and says "not studied" elsewhere
 *   (never an interpolated or extrapolated figure);
 * - each row changes with its own control only: of the lab's studies only Willson 2015 varied two controls (strike
 *   and step length), and none changed either at more than one speed. The read-outs are never added up; the glow and the motion multiply each control's
 *   own change, and the lab says so on screen [UE] (review 25 round 3, A1);
 * - where the animation or glow needs a size that no paper gives (a knee angle, a glow scale for a direction
 *   only), the value is our estimate and flagged UE.
 *
 * Sources are content ids (src/content/sources.ts), checked by a unit test; numbers were checked against each
 * paper's abstract or table (the hip-muscle table: PMC4296582, Table 1).
 */
import type { FlagId } from '../training.ts'
import { CURVES, MUSCLE_CURVE, curveValue, sidePercent, type CurveId } from './activation.ts'
import { musclesOf, type GroupId, type MuscleId, type Side } from '../groups.ts'
import { smoothstep } from './periodic.ts'
import {
  LAB_SPEEDS,
  LAB_STEP_RATES,
  TYPICAL_LAB,
  type LabSettings,
  type LabSpeed,
  type LabStepRate,
  type Strike,
} from '../lab.ts'
import { TOE_OFF_PERCENT, wrapPercent } from '../gait.ts'

export type LabControl = 'steprate' | 'strike' | 'speed'
export type LabBasis = 'simulation' | 'measurement'
export type LabTissue =
  | 'patellofemoral'
  | 'achilles'
  | 'calves'
  | 'hip'
  | 'hip-joint'
  | 'ankle-hip'
  | 'knee'
  | 'shin'
  | 'quadriceps'

export const TISSUE_NAMES: Readonly<Record<LabTissue, string>> = {
  patellofemoral: 'Kneecap (patellofemoral) joint',
  achilles: 'Achilles tendon',
  calves: 'Calf muscles',
  hip: 'Hip muscles',
  // Net joint energy and work from inverse dynamics are not muscle loads (review 25, A16).
  'hip-joint': 'Hip joint (net)',
  'ankle-hip': 'Ankle and hip joints (net work)',
  knee: 'Knee',
  shin: 'Shin (tibia)',
  quadriceps: 'Thigh front (quadriceps)',
}

/** What a study reported at one of its points. */
export type LabPoint =
  /** An absolute value in the read-out's unit (Lenhart 2015's N/kg). */
  | { readonly kind: 'value'; readonly value: number }
  /** A change from the study's reference condition, percent. */
  | { readonly kind: 'change'; readonly percent: number }
  /** A change reported as a range, percent (Willson 2015: "15–20 % less"). */
  | { readonly kind: 'range'; readonly from: number; readonly to: number }
  /** A direction only, as the paper states it. */
  | { readonly kind: 'direction'; readonly direction: 'higher' | 'lower' | 'no significant change' }
  /** A finding in words (speed: which muscles carry the work). */
  | { readonly kind: 'text'; readonly text: string }

export interface LabReadout {
  readonly id: string
  readonly control: LabControl
  readonly tissue: LabTissue
  /** What is measured, short: "Peak force, stance". */
  readonly measure: string
  /** Flags on the measure's label itself (a label the abstract does not pin down: NV). */
  readonly measureFlags?: readonly FlagId[]
  /** Per step, per mile or kilometre, or over the stance phase. */
  readonly per: 'step' | 'mile' | 'km' | 'stance' | 'stride'
  /** Unit of `value` points. */
  readonly unit?: string
  readonly basis: LabBasis
  readonly sources: readonly string[]
  readonly flags: readonly FlagId[]
  /** Who ran, how fast, what was changed and how loads were found. */
  readonly conditions: string
  /** The study's reference condition (the settings key every change is counted from). */
  readonly reference: string
  /** The study's points, keyed by the control's value as a string ("110", "forefoot", "7"). */
  readonly points: Readonly<Record<string, LabPoint>>
  /** Statistics or caveats the reader needs (a p-value over 0.05, a proxy). */
  readonly caveat?: string
  /**
   * What the reader must see in the row itself, not folded away: the design (barefoot, two groups rather
   * than a switch) and, for step-rate and foot-strike rows, the study's own speed.
   */
  readonly inRow?: string
  /**
   * Significance at a point, keyed like `points`: a change the study did not find significant is shown as
   * "no significant difference", with its size and P value beside it; a borderline one keeps its P value.
   */
  readonly significance?: Readonly<Record<string, { readonly significant: boolean; readonly note: string }>>
  /** Settings the study ran whose figure its abstract does not give: "studied; no figure in the abstract". */
  readonly noFigureAt?: readonly string[]
  /**
   * For a row whose study has no reference at the typical setting (the speed studies did not run at 3.96 m/s
   * and report trends across speeds): what the "Typical" column says instead of a baseline.
   */
  readonly noBaseline?: string
}

/** Where findings disagree or a tissue has no source: shown as such, never averaged away. */
export interface LabGap {
  readonly id: string
  readonly control: LabControl
  readonly tissue: LabTissue
  readonly text: string
  readonly sources: readonly string[]
  /** conflict: findings disagree; measures: the studies differ in what or whom they measured. */
  readonly kind: 'conflict' | 'measures' | 'not-studied'
  /** The heading on screen where the kind's own one would say too little (e.g. different runners too). */
  readonly heading?: string
  readonly flags?: readonly FlagId[]
}

const LENHART15 =
  '30 healthy adults on a treadmill at their preferred speed, step rate set to 90, 100 and 110 % of their own; muscle forces from a 3-D musculoskeletal model driven by the measured motion.'
const LENHART14 =
  '30 healthy adults on an instrumented treadmill at 90, 100 and 110 % of their preferred step rate; forces from a 3-D musculoskeletal model.'
const HEIDERSCHEIT11 =
  '45 healthy recreational runners on a treadmill at a constant speed, step rate preferred, ±5 % and ±10 %; joint energy absorption in the loading response from measured motion and ground forces (inverse dynamics).'
const WILLSON14 =
  '10 female runners with patellofemoral pain and 13 without, at 3.7 m/s; step LENGTH changed by at least ±10 % (at a constant speed a 10 % longer step is about a 9 % lower step rate; the abstract does not give the mean change reached); stress from a model of the joint fed with measured knee angle and moment.'
/** Why Willson 2014's long and short steps sit at 90 and 110 % with a warning (review 25, A8). */
const WILLSON14_PLACEMENT =
  'Step length was changed, not step rate: 90 % and 110 % stand for the long and short steps. The abstract says "at least" ±10 % and gives no mean change. Only if the per-mile figure is the per-step stress–time integral × steps per mile (the abstract does not say; methods not checked [NV]) would its figures imply steps about 15 % longer and 16 % shorter (our arithmetic); then at 90 and 110 % step rate these figures may overstate a 10 % change.'
const WILLSON15 =
  '20 runners at their preferred speed, forefoot and rearfoot strike each at preferred, +10 % and −10 % step length; patellofemoral kinetics from a joint model fed with measured motion.'
const VANNATTA15 =
  '16 healthy female runners, all habitual rearfoot strikers, asked to land on the forefoot (the abstract gives no speed); muscle forces by static optimisation of measured motion, then a model of the patellofemoral joint.'
const ALMONROEDER13 =
  'Barefoot running (the abstract gives no speed); 11 female rearfoot strikers compared with 8 non-rearfoot (midfoot or forefoot) strikers, two groups rather than the same runners switching; calf forces from an open-source musculoskeletal simulation.'
/** Shown in the Achilles rows themselves (review 25, A1–A2). */
const ALMONROEDER13_ROW =
  'Barefoot; 11 rearfoot vs 8 non-rearfoot women, grouped by the strike they used running barefoot in the lab (two groups, not a switch); speed not given in the abstract.'
const AHN14 =
  '40 recreational and highly trained runners at four speeds on a treadmill, barefoot and shod, no instruction on foot strike; 11 landed forefoot first in both, 11 heel first in both, and 18 landed forefoot barefoot but heel first shod; the abstract compares forefoot with rearfoot strikers; surface EMG.'
const YONG14 =
  '12 natural rearfoot and 10 natural forefoot strikers (each their own habit; the abstract gives no speed); surface EMG of ten muscles, terminal swing and early stance.'
const DORN12 =
  '9 trained runners from slow running (about 3.5 m/s) to a maximal sprint (about 9 m/s) on an athletics track; muscle forces from a computer model driven by the measured motion and ground forces.'
/** The speed studies ran no 3.96 m/s condition and report trends across speeds (review 25, A10). */
const SPEED_NO_BASELINE = '— (3.96 m/s not in this study; its finding is a trend across speeds)'
const SCHACHE15 =
  '7 participants on level ground, from walking at 1.59 m/s to sprinting at 8.95 m/s; joint work from measured motion and ground forces (inverse dynamics).'

/** Lenhart, Thelen & Heiderscheit 2014 (hip muscles), Table 1: peak muscle force, N/kg, mean of 30 runners at 90 / 100 / 110 % step rate. */
function lenhart(
  id: string,
  tissue: LabTissue,
  measure: string,
  values: readonly [number, number, number],
  significance?: LabReadout['significance'],
): LabReadout {
  return {
    ...(significance ? { significance } : {}),
    inRow: 'At each runner’s preferred speed; 30 adults, simulated.',
    id,
    control: 'steprate',
    tissue,
    measure,
    per: 'step',
    unit: 'N/kg',
    basis: 'simulation',
    sources: ['LenhHip14'],
    flags: ['SIM'],
    conditions: LENHART15,
    reference: '100',
    points: {
      '90': { kind: 'value', value: values[0] },
      '100': { kind: 'value', value: values[1] },
      '110': { kind: 'value', value: values[2] },
    },
  }
}

export const LAB_READOUTS: readonly LabReadout[] = [
  // --- Step rate -------------------------------------------------------------------------------------------
  {
    id: 'pf-force-step-rate',
    control: 'steprate',
    tissue: 'patellofemoral',
    measure: 'Peak joint force',
    per: 'step',
    basis: 'simulation',
    sources: ['Lenh14'],
    flags: ['SIM'],
    conditions: LENHART14,
    reference: '100',
    points: { '100': { kind: 'change', percent: 0 }, '110': { kind: 'change', percent: -14 } },
    noFigureAt: ['90'],
    inRow: 'At each runner’s preferred speed; 30 adults, simulated.',
    caveat: 'The 90 % condition was run too; the abstract gives no figure for it.',
  },
  {
    id: 'pf-stress-step-length',
    control: 'steprate',
    tissue: 'patellofemoral',
    // The abstract says "stress per step", never peak (review 25 round 2, A5).
    measure: 'Joint stress per step (the abstract does not say peak or stress–time integral)',
    measureFlags: ['NV'],
    per: 'step',
    basis: 'simulation',
    sources: ['Wills14'],
    flags: ['SIM'],
    conditions: WILLSON14,
    reference: '100',
    points: {
      '90': { kind: 'change', percent: 31 },
      '100': { kind: 'change', percent: 0 },
      '110': { kind: 'change', percent: -22.2 },
    },
    inRow:
      'At 3.7 m/s; 23 women. Long step (at least +10 % length) shown at 90 %, short step (at least −10 %) at 110 %.',
    caveat: WILLSON14_PLACEMENT,
  },
  {
    id: 'pf-stress-step-length-mile',
    control: 'steprate',
    tissue: 'patellofemoral',
    measure: 'Joint stress, all steps added up',
    per: 'mile',
    basis: 'simulation',
    sources: ['Wills14'],
    flags: ['SIM'],
    conditions: WILLSON14,
    reference: '100',
    points: {
      '90': { kind: 'change', percent: 14 },
      '100': { kind: 'change', percent: 0 },
      '110': { kind: 'change', percent: -7.5 },
    },
    inRow:
      'At 3.7 m/s; 23 women. Long step (at least +10 % length) shown at 90 %, short step (at least −10 %) at 110 %.',
    caveat: `Per mile: shorter steps mean more of them, which takes back part of the saving per step. The same percentage holds per kilometre. ${WILLSON14_PLACEMENT}`,
  },
  {
    id: 'pf-kinetics-short-step-km',
    control: 'steprate',
    tissue: 'patellofemoral',
    measure: 'Joint force and stress, all steps added up',
    per: 'km',
    basis: 'simulation',
    sources: ['Wills15'],
    flags: ['SIM'],
    conditions: WILLSON15,
    reference: '100',
    points: {
      '100': { kind: 'change', percent: 0 },
      '110': { kind: 'range', from: -12, to: -9 },
    },
    noFigureAt: ['90'],
    inRow: 'At each runner’s preferred speed; 20 runners; step length ±10 %, the short step shown at 110 %.',
    caveat:
      'A 10 % shorter step stands for 110 %; per step the same change gave 15–20 % less. The abstract gives no figure for the longer step.',
  },
  {
    id: 'knee-absorption',
    control: 'steprate',
    tissue: 'knee',
    measure: 'Energy absorbed at the knee in the loading response',
    per: 'step',
    basis: 'measurement',
    sources: ['Heid11'],
    flags: [],
    conditions: HEIDERSCHEIT11,
    reference: '100',
    points: {
      '90': { kind: 'direction', direction: 'higher' },
      '100': { kind: 'change', percent: 0 },
      '105': { kind: 'direction', direction: 'lower' },
      '110': { kind: 'direction', direction: 'lower' },
    },
    noFigureAt: ['95'],
    inRow: 'At a constant speed on a treadmill; 45 runners, measured.',
    caveat:
      'The abstract gives the direction (P < 0.01), not the size; the 95 % condition was run but is not reported there.',
  },
  {
    id: 'hip-absorption',
    control: 'steprate',
    tissue: 'hip-joint',
    measure: 'Energy absorbed at the hip in the loading response',
    per: 'step',
    basis: 'measurement',
    sources: ['Heid11'],
    flags: [],
    conditions: HEIDERSCHEIT11,
    reference: '100',
    points: {
      '90': { kind: 'direction', direction: 'higher' },
      '100': { kind: 'change', percent: 0 },
      '105': { kind: 'direction', direction: 'no significant change' },
      '110': { kind: 'direction', direction: 'lower' },
    },
    noFigureAt: ['95'],
    inRow: 'At a constant speed on a treadmill; 45 runners, measured.',
    caveat:
      'The abstract gives the direction (P < 0.01), not the size; the 95 % condition was run but is not reported there.',
  },
  lenhart('gluteus-medius-stance', 'hip', 'Gluteus medius, peak force in stance', [34.6, 32.05, 28.65]),
  lenhart('gluteus-maximus-stance', 'hip', 'Gluteus maximus, peak force in stance', [18.01, 15.8, 14.57]),
  lenhart('iliacus-early-swing', 'hip', 'Iliacus, peak force in early swing', [17.63, 19.29, 20.43]),
  lenhart('rectus-femoris-stance', 'quadriceps', 'Rectus femoris, peak force in stance', [9.98, 8.93, 7.88]),
  lenhart(
    'rectus-femoris-early-swing',
    'quadriceps',
    'Rectus femoris, peak force in early swing',
    [7.28, 8.0, 9.11],
  ),
  lenhart(
    'semimembranosus-late-swing',
    'hip',
    'Semimembranosus (hamstring), peak force in late swing',
    [12.12, 13.54, 13.98],
    // Table 1 marks 110 % as different from 90 % (‡) but not from 100 % (no †).
    { '110': { significant: false, note: 'not significantly different from 100 %; differs from 90 %' } },
  ),

  // --- Foot strike -----------------------------------------------------------------------------------------
  {
    id: 'pf-stress-forefoot',
    control: 'strike',
    tissue: 'patellofemoral',
    measure: 'Peak joint stress',
    per: 'step',
    basis: 'simulation',
    sources: ['Vann15'],
    flags: ['SIM'],
    conditions: VANNATTA15,
    inRow: 'The same 16 women switching from heel to forefoot; speed not given in the abstract.',
    reference: 'rearfoot',
    points: { rearfoot: { kind: 'change', percent: 0 }, forefoot: { kind: 'change', percent: -27 } },
  },
  {
    id: 'pf-stress-integral-forefoot',
    control: 'strike',
    tissue: 'patellofemoral',
    measure: 'Joint stress over the whole stance (stress–time integral)',
    per: 'stance',
    basis: 'simulation',
    sources: ['Vann15'],
    flags: ['SIM'],
    conditions: VANNATTA15,
    inRow: 'The same 16 women switching from heel to forefoot; speed not given in the abstract.',
    reference: 'rearfoot',
    points: { rearfoot: { kind: 'change', percent: 0 }, forefoot: { kind: 'change', percent: -12 } },
  },
  {
    id: 'pf-kinetics-forefoot-km',
    control: 'strike',
    tissue: 'patellofemoral',
    measure: 'Joint force and stress, all steps added up',
    per: 'km',
    basis: 'simulation',
    sources: ['Wills15'],
    flags: ['SIM'],
    conditions: WILLSON15,
    inRow: 'At each runner’s preferred speed; 20 runners, each landing both ways.',
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      forefoot: { kind: 'range', from: -13, to: -12 },
    },
    caveat: 'Per step the same study found 10–13 % less.',
  },
  {
    id: 'achilles-loading-rate',
    control: 'strike',
    tissue: 'achilles',
    measure: 'Average loading rate of the tendon',
    per: 'step',
    basis: 'simulation',
    sources: ['Almo13'],
    flags: ['SIM'],
    conditions: ALMONROEDER13,
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      midfoot: { kind: 'change', percent: 15 },
      forefoot: { kind: 'change', percent: 15 },
    },
    significance: {
      midfoot: { significant: false, note: 'P = 0.06' },
      forefoot: { significant: false, note: 'P = 0.06' },
    },
    inRow: ALMONROEDER13_ROW,
    caveat:
      'Not statistically significant (P = 0.06). Midfoot and forefoot strikers were one group in this study, so both show its figure.',
  },
  {
    id: 'achilles-impulse',
    control: 'strike',
    tissue: 'achilles',
    measure: 'Tendon impulse (force × time)',
    per: 'step',
    basis: 'simulation',
    sources: ['Almo13'],
    flags: ['SIM'],
    conditions: ALMONROEDER13,
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      midfoot: { kind: 'change', percent: 11 },
      forefoot: { kind: 'change', percent: 11 },
    },
    // Borderline: shown with its P value in the row.
    significance: {
      midfoot: { significant: true, note: 'P = 0.05' },
      forefoot: { significant: true, note: 'P = 0.05' },
    },
    inRow: ALMONROEDER13_ROW,
    caveat:
      'P = 0.05. Per mile the difference was about 47.7 body weights more, nearly significant (P = 0.06). Midfoot and forefoot strikers were one group.',
  },
  {
    id: 'calf-forces-forefoot',
    control: 'strike',
    tissue: 'calves',
    measure: 'Gastrocnemius and soleus force',
    per: 'step',
    basis: 'simulation',
    sources: ['Vann15'],
    flags: ['SIM'],
    conditions: VANNATTA15,
    inRow: 'The same 16 women switching from heel to forefoot; speed not given in the abstract.',
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      forefoot: { kind: 'direction', direction: 'higher' },
    },
    caveat: 'The abstract gives the direction (P < 0.05), not the size.',
  },
  {
    id: 'quadriceps-force-forefoot',
    control: 'strike',
    tissue: 'quadriceps',
    measure: 'Peak quadriceps force',
    per: 'step',
    basis: 'simulation',
    sources: ['Vann15'],
    flags: ['SIM'],
    conditions: VANNATTA15,
    inRow: 'The same 16 women switching from heel to forefoot; speed not given in the abstract.',
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      forefoot: { kind: 'direction', direction: 'lower' },
    },
    caveat: 'The abstract gives the direction (P < 0.05), not the size.',
  },
  {
    id: 'calf-timing-forefoot',
    control: 'strike',
    tissue: 'calves',
    measure: 'Plantarflexor (calf) activity: switches on earlier and stays on longer',
    per: 'stride',
    basis: 'measurement',
    sources: ['Ahn14'],
    flags: [],
    conditions: AHN14,
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      forefoot: {
        kind: 'text',
        text: '11 % earlier and 10 % longer (as the abstract reports; unit not stated)',
      },
    },
    inRow:
      'At four speeds, barefoot and shod; forefoot vs rearfoot strikers among 40 runners (11 always forefoot, 11 always heel first, 18 forefoot only barefoot); measured.',
  },
  {
    id: 'calf-swing-emg-forefoot',
    control: 'strike',
    tissue: 'calves',
    measure: 'Gastrocnemius activity in the last part of the swing',
    per: 'stride',
    basis: 'measurement',
    sources: ['Yong14'],
    flags: [],
    conditions: YONG14,
    reference: 'rearfoot',
    points: {
      rearfoot: { kind: 'change', percent: 0 },
      forefoot: { kind: 'direction', direction: 'higher' },
    },
    inRow: '12 habitual heel vs 10 habitual forefoot strikers (two groups); speed not given in the abstract.',
    caveat:
      'Tibialis anterior (front of the shin) was lower; in early stance neither differed significantly.',
  },

  // --- Speed -----------------------------------------------------------------------------------------------
  {
    id: 'speed-strategy',
    control: 'speed',
    tissue: 'calves',
    measure: 'Which muscles make you faster',
    per: 'stride',
    basis: 'simulation',
    sources: ['Dorn12'],
    flags: ['SIM'],
    conditions: DORN12,
    reference: '3.96',
    noBaseline: SPEED_NO_BASELINE,
    points: {
      '3.5': {
        kind: 'text',
        text: 'Soleus and gastrocnemius give most of the support, and longer strides come from them',
      },
      '5': {
        kind: 'text',
        text: 'Soleus and gastrocnemius give most of the support, and longer strides come from them',
      },
      '7': {
        kind: 'text',
        text: 'The turning point: up to about 7 m/s speed comes mainly from longer strides powered by the calves',
      },
      '9': {
        kind: 'text',
        text: 'The calves shorten too fast to add support; the hip muscles (iliopsoas, gluteus maximus, hamstrings) swing the legs faster',
      },
    },
  },
  {
    id: 'ankle-hip-work',
    control: 'speed',
    tissue: 'ankle-hip',
    measure: 'Positive work at the ankle and the hip',
    per: 'stride',
    basis: 'measurement',
    sources: ['Scha15'],
    flags: [],
    conditions: SCHACHE15,
    reference: '3.96',
    noBaseline: SPEED_NO_BASELINE,
    noFigureAt: ['3.5'],
    points: {
      '5': {
        kind: 'text',
        text: 'Ankle positive work levels off at about 1.3 J/kg (reached at 5.01 m/s)',
      },
      '7': {
        kind: 'text',
        text: 'The ankle stays at about 1.3 J/kg; hip positive work in stance and swing keeps rising',
      },
      '9': {
        kind: 'text',
        text: 'The ankle stays at about 1.3 J/kg; hip positive work in stance and swing keeps rising',
      },
    },
    caveat: 'Below 5 m/s ankle positive work still rises with speed; the abstract gives no figure there.',
  },
]

export const LAB_GAPS: readonly LabGap[] = [
  {
    id: 'pf-forefoot-size',
    control: 'strike',
    tissue: 'patellofemoral',
    // Not a disagreement: Vannatta's stance integral (−12 %) sits inside Willson's 10–13 % (review 25 round 2, A6).
    kind: 'measures',
    text: 'Both find less kneecap load with a forefoot landing. Vannatta 2015 (same 16 women switching): peak stress −27 %, stress over the whole stance −12 %; Willson 2015 (20 runners): 10–13 % less per step (the abstract does not say peak or over stance). The size depends on the measure.',
    sources: ['Vann15', 'Wills15'],
  },
  {
    id: 'calf-stance-forefoot',
    control: 'strike',
    tissue: 'calves',
    // Not a disagreement: modelled force after a switch vs early-stance EMG in habitual strikers (round 3, A3).
    kind: 'measures',
    heading: 'Different measures, different runners',
    text: 'A model found higher gastrocnemius and soleus forces when rearfoot strikers switched to the forefoot (Vannatta 2015; the abstract does not say peak or over stance); measured calf activity in early stance did not differ between habitual forefoot and rearfoot strikers (Yong 2014).',
    sources: ['Vann15', 'Yong14'],
  },
  {
    id: 'midfoot',
    control: 'strike',
    tissue: 'patellofemoral',
    kind: 'not-studied',
    text: 'Midfoot landing was not studied on its own in these papers: the Achilles figures group it with forefoot; the kneecap and calf timing figures are for forefoot only. Among studies this lab does not draw on, Nishiguchi 2025 (20 adults running barefoot with each landing at 10 km/h) found Achilles tendon force (its peak and its sum per mile) in between at midfoot, and kneecap stress higher at midfoot, as with heel first, than with forefoot; its sizes are not shown here.',
    sources: ['Almo13', 'Vann15', 'Ahn14', 'Nish25'],
  },
  {
    id: 'shin',
    control: 'strike',
    tissue: 'shin',
    kind: 'not-studied',
    // Two studies outside the lab did estimate it and disagree (review 25 round 12): the heading says so.
    heading: 'Not in the lab’s studies; two other studies differ',
    text: 'None of the lab’s studies estimated load in the shin bone itself for these settings. Among studies this lab does not draw on, Chen 2016 (14 heel strikers switching to the forefoot, modelled tibial strain) found no difference, and Han 2025 (19 heel strikers, imposed forefoot, modelled tibial bending) found more in early to mid-stance; their sizes are not shown here. How fast the ground force rises is not the load inside the bone, so the lab shows no shin figure.',
    sources: ['Chen16', 'Han25'],
  },
  {
    id: 'combined',
    control: 'speed',
    tissue: 'knee',
    kind: 'not-studied',
    // Willson 2015 varied strike and step length together (review 25 round 7): the one combination studied.
    heading: 'Not studied together in the lab’s studies, except where named',
    flags: ['UE'],
    text: 'Willson 2015 ran forefoot and heel landings at each step length (20 runners, preferred speed) and reports independent effects of the two, per step and per km; its abstract gives no figure for the pair. None of the lab’s studies changed step rate or strike at more than one speed; Ahn 2014 ran its forefoot and heel strikers at four speeds, but its abstract gives no figure by speed. Among studies this lab does not draw on, Kuhman 2016 had 16 male heel strikers switch to the forefoot at about 3.4 and 4.5 m/s in the laboratory (ankle and knee kinetics), and Huang 2019 combined a forefoot or midfoot landing with a 10 % higher step rate (19 runners; impact loading rates only); their sizes are not shown here. The read-outs are not added up; the glow multiplies each control’s own estimate.',
    sources: ['Wills15', 'Ahn14'],
  },
]

/** The study point a setting falls on for one control, as a key of `points`. */
export function labKey(control: LabControl, s: LabSettings): string {
  return control === 'steprate' ? String(s.steprate) : control === 'strike' ? s.strike : String(s.speed)
}

export type LabReadoutState =
  /** The study's reference condition: the row reads "as the study's baseline". */
  | { readonly status: 'reference' }
  /** The study ran at this setting: its own point, and the change from its reference where it gives one. */
  | { readonly status: 'studied'; readonly point: LabPoint; readonly change: number | null }
  /** The study ran at this setting but its abstract gives no figure there. */
  | { readonly status: 'no-figure' }
  /** No study here ran at this setting. */
  | { readonly status: 'not-studied' }

/** What a read-out says at a setting: the study's own point there, or "not studied"; never an interpolation. */
export function readoutAt(readout: LabReadout, s: LabSettings): LabReadoutState {
  const key = labKey(readout.control, s)
  if (key === readout.reference) {
    const own = readout.points[key]
    return own && own.kind === 'text'
      ? { status: 'studied', point: own, change: null }
      : { status: 'reference' }
  }
  const point = readout.points[key]
  if (!point) return readout.noFigureAt?.includes(key) ? { status: 'no-figure' } : { status: 'not-studied' }
  if (point.kind === 'change') return { status: 'studied', point, change: point.percent }
  if (point.kind === 'value') {
    const ref = readout.points[readout.reference]
    const change = ref?.kind === 'value' ? ((point.value - ref.value) / ref.value) * 100 : null
    return { status: 'studied', point, change }
  }
  return { status: 'studied', point, change: null }
}

// --- Glow by phase --------------------------------------------------------------------------------------------

/** Parts of the stride a published force is reported for, % of the typical cycle (stance ends at toe-off). */
const WINDOWS = {
  stance: [0, TOE_OFF_PERCENT],
  /** Lenhart 2014 reports lower knee and ankle extensor forces "in midstance": after the landing, before push-off. */
  midstance: [5, 28],
  'early-swing': [TOE_OFF_PERCENT, 58],
  'late-swing': [78, 100],
} as const
type WindowId = keyof typeof WINDOWS

export interface StepRateScale {
  readonly curve: CurveId
  readonly window: WindowId
  /** Lenhart 2014 (hip muscles) Table 1 peak force, N/kg, at 90 / 100 / 110 %. */
  readonly forces: readonly [number, number, number]
  /**
   * Step rates whose force Table 1 does not mark as different from 100 % (no †): the glow keeps ratio 1 there
   * rather than showing a difference the study did not find (review 25, A5).
   */
  readonly notSignificant?: readonly (90 | 110)[]
}

/**
 * Lenhart, Thelen & Heiderscheit 2014 (hip muscles), Table 1 [SIM]: the glow of each curve in each window scales
 * by its force against 100 %, where the table marks the change significant. The iliopsoas glow follows iliacus
 * only: psoas did not change significantly, and the lab's glow note says so.
 */
export const STEP_RATE_SCALES: readonly StepRateScale[] = [
  { curve: 'gluteus-medius', window: 'stance', forces: [34.6, 32.05, 28.65] },
  { curve: 'gluteus-medius', window: 'late-swing', forces: [5.84, 6.71, 7.4] },
  { curve: 'gluteus-maximus', window: 'stance', forces: [18.01, 15.8, 14.57] },
  { curve: 'gluteus-maximus', window: 'late-swing', forces: [5.41, 5.92, 6.04], notSignificant: [110] },
  { curve: 'rectus-femoris', window: 'stance', forces: [9.98, 8.93, 7.88] },
  { curve: 'rectus-femoris', window: 'early-swing', forces: [7.28, 8.0, 9.11] },
  { curve: 'iliopsoas', window: 'early-swing', forces: [17.63, 19.29, 20.43] },
  // Semimembranosus in stance: no † at 90 % and ‡ only at 110 %, so neither differs from 100 % (review 25 r2, A1).
  { curve: 'hamstrings', window: 'stance', forces: [7.95, 8.38, 8.95], notSignificant: [90, 110] },
  { curve: 'hamstrings', window: 'late-swing', forces: [12.12, 13.54, 13.98], notSignificant: [110] },
  { curve: 'tensor-fasciae-latae', window: 'early-swing', forces: [1.82, 1.97, 2.12] },
  { curve: 'sartorius', window: 'early-swing', forces: [0.38, 0.41, 0.46] },
]

/**
 * Force ratio against 100 % at a step rate: 1 where the table finds no significant difference. At 95 and
 * 105 %, which Lenhart did not run, halfway between the studied ratios: used for the glow only (the lab's glow
 * note flags it UE on screen), never as a read-out.
 */
export function stepRateRatio(scale: StepRateScale, steprate: LabStepRate): number {
  const [lo, mid, hi] = scale.forces
  const ns = scale.notSignificant ?? []
  const low = ns.includes(90) ? 1 : lo / mid
  const high = ns.includes(110) ? 1 : hi / mid
  if (steprate === 100) return 1
  if (steprate === 90) return low
  if (steprate === 110) return high
  return steprate === 95 ? (1 + low) / 2 : (1 + high) / 2
}

/**
 * Knee and ankle extensors in midstance (review 25, A6): Lenhart 2014 found them lower at 110 % and the lab's
 * cadence tour shows the thigh there, so they are scaled too. The 110 % direction is Lenhart 2014's; the 90 %
 * direction is Heiderscheit 2011's (more joint energy absorption at −10 %; Lenhart gives no 90 % figure, review
 * 25 round 2, A2). The size, 10 % per 10 % step rate, is ours [UE] (neither abstract gives one) and the glow
 * note flags it.
 */
export const STEP_RATE_MIDSTANCE_UE: Readonly<{ curves: readonly CurveId[]; at90: number; at110: number }> = {
  curves: ['vasti', 'soleus', 'gastrocnemius'],
  at90: 1.1,
  at110: 0.9,
}

function midstanceRatio(steprate: LabStepRate): number {
  const { at90, at110 } = STEP_RATE_MIDSTANCE_UE
  if (steprate === 90) return at90
  if (steprate === 110) return at110
  if (steprate === 95) return (1 + at90) / 2
  return steprate === 105 ? (1 + at110) / 2 : 1
}

/**
 * Foot-strike glow scales, all sizes ours [UE] (flagged in the lab's glow note). Calves in stance ×1.11: the
 * direction is Vannatta 2015's (higher gastrocnemius and soleus force, P < 0.05, the same runners switching);
 * the size is borrowed from Almonroeder 2013's Achilles impulse per step, a barefoot comparison of two groups
 * formed by the strike used barefoot in the lab (P = 0.05), which pooled midfoot with forefoot strikers: hence midfoot too. Vasti in stance ×0.85 for
 * a forefoot landing: Vannatta 2015 found lower quadriceps force without giving its size.
 */
export const STRIKE_SCALES: Readonly<
  Record<Strike, readonly { curve: CurveId; window: WindowId; scale: number }[]>
> = {
  rearfoot: [],
  midfoot: [
    { curve: 'gastrocnemius', window: 'stance', scale: 1.11 },
    { curve: 'soleus', window: 'stance', scale: 1.11 },
  ],
  forefoot: [
    { curve: 'gastrocnemius', window: 'stance', scale: 1.11 },
    { curve: 'soleus', window: 'stance', scale: 1.11 },
    { curve: 'vasti', window: 'stance', scale: 0.85 },
  ],
}

/**
 * Forefoot strikers switch the plantarflexors on 11 % earlier (Ahn 2014, EMG). The abstract does not say 11 %
 * of what; the lab reads it as % of the stride [UE].
 */
export const FOREFOOT_CALF_LEAD = 11

/**
 * Speed glow scales, relative to 3.96 m/s; every size is our estimate [UE]. Calves: ankle positive work
 * plateaus at about 1.3 J/kg from 5 m/s (Schache 2015), so the calves hold their 5 m/s scale above it; calf
 * force (Dorn 2012) keeps rising to about 7 m/s, a different measure the speed tour names. Hip muscles in
 * swing: their work and force keep rising with speed, most above 7 m/s (Schache 2015, Dorn 2012).
 */
export const SPEED_SCALES: Readonly<Record<LabSpeed, { calves: number; hipSwing: number }>> = {
  3.5: { calves: 0.95, hipSwing: 0.92 },
  3.96: { calves: 1, hipSwing: 1 },
  5: { calves: 1.1, hipSwing: 1.1 },
  7: { calves: 1.1, hipSwing: 1.25 },
  9: { calves: 1.1, hipSwing: 1.5 },
}

const SPEED_CALF_CURVES: readonly CurveId[] = ['gastrocnemius', 'soleus']
const SPEED_HIP_SWING: readonly { curve: CurveId; window: WindowId }[] = [
  { curve: 'iliopsoas', window: 'early-swing' },
  { curve: 'hamstrings', window: 'late-swing' },
  { curve: 'gluteus-maximus', window: 'late-swing' },
]

/** 1 inside a window, easing to 0 over 3 % at its edges (across 100 % too), so the glow never jumps. */
function inWindow(window: WindowId, percent: number): number {
  const [from, to] = WINDOWS[window]
  const length = to - from
  let d = wrapPercent(percent - from)
  // Measure from whichever edge is nearer, so the soft edge before `from` is not lost to the wrap.
  if (d > length + (100 - length) / 2) d -= 100
  return smoothstep(-3, 3, d) * smoothstep(-3, 3, length - d)
}

/**
 * How much the lab scales one curve's glow at a moment (percent of the typical cycle, right leg's frame). 1 at
 * the typical setting; steps between windows are eased.
 */
export function labGlowScale(curve: CurveId, percent: number, s: LabSettings): number {
  let scale = 1
  if (s.steprate !== 100) {
    for (const r of STEP_RATE_SCALES)
      if (r.curve === curve) scale *= 1 + inWindow(r.window, percent) * (stepRateRatio(r, s.steprate) - 1)
    if (STEP_RATE_MIDSTANCE_UE.curves.includes(curve))
      scale *= 1 + inWindow('midstance', percent) * (midstanceRatio(s.steprate) - 1)
  }
  for (const r of STRIKE_SCALES[s.strike])
    if (r.curve === curve) scale *= 1 + inWindow(r.window, percent) * (r.scale - 1)
  const sp = SPEED_SCALES[s.speed]
  if (SPEED_CALF_CURVES.includes(curve)) scale *= 1 + inWindow('stance', percent) * (sp.calves - 1)
  for (const r of SPEED_HIP_SWING)
    if (r.curve === curve) scale *= 1 + inWindow(r.window, percent) * (sp.hipSwing - 1)
  return scale
}

/**
 * A forefoot landing moves the calves' switch-on earlier by FOREFOOT_CALF_LEAD: the late-swing rise that starts
 * at 86 % for the typical runner starts at 75 %, and the burst then runs on as before (Ahn 2014: on 11 % earlier
 * and 10 % longer, so it ends at about the same moment).
 */
const CALF_ONSET = 86

function calfCurveAt(curve: CurveId, q: number, s: LabSettings): number {
  if (s.strike !== 'forefoot' || (curve !== 'gastrocnemius' && curve !== 'soleus'))
    return curveValue(CURVES[curve], q)
  const start = CALF_ONSET - FOREFOOT_CALF_LEAD
  if (q < start - 3) return curveValue(CURVES[curve], q)
  // 72 … 100 % of the cycle shows the typical 84.3 … 100 %: the same rise, begun earlier and drawn out.
  const shown = CALF_ONSET + ((q - start) * (100 - CALF_ONSET)) / (100 - start)
  return Math.max(curveValue(CURVES[curve], q), curveValue(CURVES[curve], shown))
}

/**
 * Activity of a muscle (one side) at a moment of the typical cycle (the right leg's frame, already warped for
 * ground time) at a lab setting: the typical curve, its timing moved where a study moved it, scaled by phase.
 * Values may pass 1 (more than the typical runner's peak), so a bigger load glows brighter.
 */
export function labActivationAt(muscle: MuscleId, side: Side, percent: number, s: LabSettings): number {
  const curve = MUSCLE_CURVE[muscle]
  const q = wrapPercent(sidePercent(side, percent))
  return calfCurveAt(curve, q, s) * labGlowScale(curve, q, s)
}

/** The strongest muscle of a group at a lab setting: how strongly the group glows. */
export function labGroupActivationAt(group: GroupId, side: Side, percent: number, s: LabSettings): number {
  let v = 0
  for (const m of musclesOf(group)) v = Math.max(v, labActivationAt(m.id, side, percent, s))
  return v
}

// --- Motion ---------------------------------------------------------------------------------------------------

/**
 * Stride frequency and length against the slowest speed, from Dorn 2012's Figure 2 (erratum): frequency +10,
 * +12 and +25 % and length +32, +17 and +3 % from each speed to the next [NV: read off the figure's labels].
 */
const DORN_SPEEDS = [3.5, 5.2, 7, 9] as const
const DORN_FREQUENCY = [1, 1.1, 1.1 * 1.12, 1.1 * 1.12 * 1.25] as const

function dornFrequency(speed: number): number {
  for (let i = 0; i < DORN_SPEEDS.length - 1; i++) {
    const a = DORN_SPEEDS[i]!
    const b = DORN_SPEEDS[i + 1]!
    if (speed <= b) {
      const t = Math.max(0, (speed - a) / (b - a))
      return DORN_FREQUENCY[i]! + t * (DORN_FREQUENCY[i + 1]! - DORN_FREQUENCY[i]!)
    }
  }
  return DORN_FREQUENCY[DORN_FREQUENCY.length - 1]!
}

/**
 * Stance as a share of the stride, percent, by speed: shorter ground contact as the runner speeds up (Dorn 2012
 * Fig. 2B shows contact time falling; the sizes here are our estimate [UE]). The typical runner's is 34 %.
 */
const STANCE_SHARE: Readonly<Record<LabSpeed, number>> = { 3.5: 36, 3.96: 34, 5: 31, 7: 28, 9: 25 }

export interface LabMotion {
  /** Seconds per stride. */
  readonly strideSeconds: number
  /** Steps per minute. */
  readonly stepsPerMinute: number
  /** Stride length against the typical runner's (1 = the same). */
  readonly strideLength: number
  /** Toe-off of the right leg, % of the cycle. */
  readonly toeOff: number
  /** Hip flexion–extension range against the typical (longer strides swing the thigh further) [UE]. */
  readonly hipRange: number
  /**
   * Peak knee bend in stance against the typical, measured (Heiderscheit 2011, Table 3). The pose scales only the
   * bend from contact to the peak: the knee at contact keeps its angle.
   */
  readonly kneeStance: number
  /** Knee fold in swing against the typical (faster running folds the heel higher) [UE]. */
  readonly kneeSwing: number
  /** Extra knee bend at contact, degrees (forefoot landings land on a more bent knee: Vannatta 2015) [UE size]. */
  readonly kneeContactDeg: number
  /** Ankle angle change at contact, degrees, + dorsiflexion (forefoot lands plantarflexed: Ahn 2014) [UE size]. */
  readonly ankleContactDeg: number
}

const TYPICAL_STRIDE_SECONDS = 0.7

const STRIKE_MOTION: Readonly<Record<Strike, { knee: number; ankle: number }>> = {
  rearfoot: { knee: 0, ankle: 0 },
  midfoot: { knee: 3, ankle: -9 },
  forefoot: { knee: 6, ankle: -18 },
}

/**
 * Peak knee flexion in the loading response, degrees, by step rate: 45 runners at their own speed, measured
 * (Heiderscheit 2011, Table 3, PMC3022995; every point differs from preferred, P < 0.05). Contact flexion went
 * the other way (17.8° → 19.6° at +10 %); the lab keeps the typical contact angle rather than straighten it.
 */
export const KNEE_PEAK_STANCE_DEG: Readonly<Record<LabStepRate, number>> = {
  90: 50.6,
  95: 48.0,
  100: 46.3,
  105: 44.1,
  110: 42.8,
}

const SPEED_KNEE_SWING: Readonly<Record<LabSpeed, number>> = { 3.5: 0.95, 3.96: 1, 5: 1.08, 7: 1.15, 9: 1.2 }

/**
 * How the running animation changes at a setting. The typical setting changes nothing. Speed and step rate
 * multiply (9 m/s at 110 % runs 283 steps/min): none of the lab's studies ran such a combination, and the lab says so
 * (`labMotionCombined`).
 */
export function labMotion(s: LabSettings): LabMotion {
  const frequency = (dornFrequency(s.speed) / dornFrequency(TYPICAL_LAB.speed)) * (s.steprate / 100)
  const strideLength = s.speed / TYPICAL_LAB.speed / frequency
  const strideSeconds = TYPICAL_STRIDE_SECONDS / frequency
  return {
    strideSeconds,
    stepsPerMinute: Math.round((2 * 60) / strideSeconds),
    strideLength,
    toeOff: STANCE_SHARE[s.speed],
    hipRange: Math.min(1.45, Math.max(0.8, 1 + 0.6 * (strideLength - 1))),
    kneeStance: KNEE_PEAK_STANCE_DEG[s.steprate] / KNEE_PEAK_STANCE_DEG[100],
    kneeSwing: SPEED_KNEE_SWING[s.speed],
    kneeContactDeg: STRIKE_MOTION[s.strike].knee,
    ankleContactDeg: STRIKE_MOTION[s.strike].ankle,
  }
}

/** Whether the motion multiplies a speed change by a step-rate change, a combination none of the lab's studies ran. */
export function labMotionCombined(s: LabSettings): boolean {
  return s.steprate !== TYPICAL_LAB.steprate && s.speed !== TYPICAL_LAB.speed
}

/**
 * The moment of the typical cycle that a moment of this setting's cycle shows: in each half of the cycle (one
 * step) the contact is stretched or squeezed to end at the setting's toe-off and the float takes the rest, so
 * ground time changes while both legs keep half a cycle apart and the phases keep their order.
 */
export function warpPercent(percent: number, toeOff: number): number {
  const p = wrapPercent(percent)
  if (toeOff === TOE_OFF_PERCENT) return p
  const half = p >= 50 ? 50 : 0
  const h = p - half
  const q =
    h < toeOff
      ? (h / toeOff) * TOE_OFF_PERCENT
      : TOE_OFF_PERCENT + ((h - toeOff) / (50 - toeOff)) * (50 - TOE_OFF_PERCENT)
  return half + q
}

/** Every setting the controls allow, for tests and the compare list. */
export function allLabSettings(): LabSettings[] {
  const out: LabSettings[] = []
  for (const speed of LAB_SPEEDS)
    for (const steprate of LAB_STEP_RATES)
      for (const strike of ['rearfoot', 'midfoot', 'forefoot'] as const) out.push({ speed, steprate, strike })
  return out
}
