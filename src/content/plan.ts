/**
 * What "My plan" says: the self-tests a runner can do alone (how, what they test, the published norm and how
 * far apart the sides may be), why each group matters in the stride, what each niggle's pathway does (the
 * exercises it promises and leaves out, from its trial, and how running fits), how the weeks build, and when to
 * stop. Every number carries its source and flags, which the screens show; where no norm was published the test
 * says so instead of inventing one.
 */
import type { GroupId, ViewId } from '../domain/groups.ts'
import type { AgeBandId, LoadTagId, NiggleId, SelfTestId, SexId } from '../domain/plan.ts'
import type { ExerciseKind } from '../domain/training.ts'
import {
  CAUDA_EQUINA,
  GROIN_OTHER_CAUSES,
  KNEE_SIGNS,
  TENDON_PAIN,
  THIGH_BONE_NECK,
  stopWhen,
} from './stop-rules.ts'
import type { OwnWeekly, SourcedText } from './types.ts'

/** A number below which a result counts as weak, per sex where the norm differs. */
export interface Cutoff extends SourcedText {
  readonly below: Readonly<Record<SexId, number>>
}

/** Age bands with a norm of their own (the youngest band stands in for runners under 20, and says so). */
export type NormAgeBand = Exclude<AgeBandId, 'u20'>

/**
 * Typical results by age band and sex. A result counts as below the norm when it is under the typical count by
 * more than `margin` (how far a retest can differ), so ordinary day-to-day spread is not called weakness.
 */
export interface AgeNorm extends SourcedText {
  readonly typical: Readonly<Record<NormAgeBand, Readonly<Record<SexId, number>>>>
  readonly margin: number
  /** Where the typical counts were measured, for the verdict ("on a 10° slope"). */
  readonly setting: string
}

/** What a field accepts, and the reason a value outside it is refused (said next to the field). */
export interface Range {
  readonly min: number
  readonly max: number
  /** Whole numbers only (counts); otherwise one decimal is kept. */
  readonly whole: boolean
  readonly why: string
}

/** How far apart the two sides may be before the plan treats them as uneven. */
export type AsymmetryRule =
  | (SourcedText & { readonly kind: 'lsi'; readonly minPercent: number })
  | (SourcedText & { readonly kind: 'ratio'; readonly low: number; readonly high: number })
  | (SourcedText & {
      readonly kind: 'difference'
      readonly max: number
      /** How a gap inside `max` is described, when it is a test's own retest error rather than a normal range. */
      readonly within?: string
    })
  | (SourcedText & { readonly kind: 'faults' })

export interface SelfTest {
  readonly id: SelfTestId
  readonly name: string
  /** The groups it works, first the one it tests most; the body shows them while the test is filled in. */
  readonly groups: readonly GroupId[]
  /**
   * The groups whose exercise choice the result may steer: only where the test measures the quality those
   * exercises train (a range test steers no strength work; the bridge measures the hamstrings' endurance).
   */
  readonly steers: readonly GroupId[]
  /** The side the body turns to while the test is filled in, so its muscles face the reader. */
  readonly view: ViewId
  readonly unit: 'reps' | 'seconds' | 'cm' | 'faults'
  /** What an entry may be; anything else is refused with this reason and never scored. */
  readonly range: Range
  /** The steps, in order, in plain words. */
  readonly howTo: readonly string[]
  /** What it tests, in a line. */
  readonly tests: string
  /** The published norm, in words, with its conditions. */
  readonly norm: SourcedText
  /** Null when no single cut-off was published: the screen says so (an age norm may stand in). */
  readonly cutoff: Cutoff | null
  /** Norms by age band and sex, used when the runner gives their age. */
  readonly ageNorm?: AgeNorm
  readonly asymmetry: AsymmetryRule
}

const COUNT_WHY = 'a count of full repetitions, so whole numbers from 0'

/** The words a harder step uses for an excluded exercise's load: where a niggle excludes the exercise, no harder
 * step points at it (the side-lying leg raise's "side plank with the top leg lifted" where the front and side
 * plank is left out, as in gluteal tendinopathy). Keyed by the exclusion, not by an unwise self-test: the
 * side-plank test is unwise in low back pain as a maximal hold, while a submaximal side plank (and the
 * Copenhagen) is ordinary low-back trunk work (the round-6 review). */
export const EXCLUDED_LOAD_WORDS: Readonly<Record<string, string>> = { 'front-side-plank': 'side plank' }

export const SELF_TESTS: Readonly<Record<SelfTestId, SelfTest>> = {
  'heel-rise': {
    id: 'heel-rise',
    name: 'Single-leg heel rise',
    groups: ['calves'],
    steers: ['calves'],
    view: 'back',
    unit: 'reps',
    range: {
      min: 0,
      max: 100,
      whole: true,
      why: `${COUNT_WHY} to 100 (typical counts are 10–37 by age and sex; more than 100 is almost certainly a typo)`,
    },
    howTo: [
      'Warm up. Stand on one leg, fingertips on a wall for balance, knee straight: on a 10° slope (a wedge, toes up the slope) as in the study behind the norms, or on flat floor.',
      'Rise as high as you can and lower, one rise every two seconds (a metronome at 60 beats a minute: up on one beat, down on the next).',
      'Stop when you can no longer rise as high, keep the rhythm or stay upright. Count the full rises.',
      'Rest, then test the other leg.',
    ],
    tests: 'Strength-endurance of the calf (gastrocnemius and soleus).',
    norm: {
      text: 'In 566 healthy adults tested on a 10° slope, counts fell with age: typical counts were about 37 (men) and 30 (women) at 20–29, 23 and 21 at 50–59, 19 and 19 at 60–69; a retest can differ by about 6. No cut-off was published for all ages, so your count is compared with the typical one for your age and sex. An older flat-floor study proposed about 25 as the lower limit for adults aged 20–59; it is not used here because it calls many older runners weak. On flat floor most people manage a few more, so a flat-floor count can look better than it is.',
      sources: ['HL17', 'Luns95'],
      flags: ['SEC', 'NV'],
    },
    // The single flat-floor criterion (about 25 for adults 20–59) over-flags older runners: the age norm replaces it.
    cutoff: null,
    ageNorm: {
      text: 'Below the norm here means more than 6 rises (a retest’s spread) under the typical count for your age band and sex. Typical counts as clinic summaries of the study give them; the study’s own table was not re-checked.',
      sources: ['HL17'],
      flags: ['SEC', 'NV', 'UE'],
      setting: 'on a 10° slope',
      margin: 6,
      typical: {
        '20s': { m: 37, f: 30 },
        '30s': { m: 32, f: 27 },
        '40s': { m: 28, f: 24 },
        '50s': { m: 23, f: 21 },
        '60s': { m: 19, f: 19 },
        '70s': { m: 14, f: 16 },
        '80+': { m: 10, f: 14 },
      },
    },
    asymmetry: {
      kind: 'difference',
      max: 6,
      within: 'within measurement error',
      text: 'A side counts as weaker only when the two differ by more than 6 rises: in the same person a retest can differ by about 6 (limits of agreement −6.2 to 6.5), so a smaller gap may be noise. No runner cut-off for the difference has been published.',
      sources: ['HL17'],
      flags: ['SEC'],
    },
  },
  'single-leg-bridge': {
    id: 'single-leg-bridge',
    name: 'Single-leg hamstring bridge',
    groups: ['hamstrings', 'glutes'],
    steers: ['hamstrings'],
    view: 'back',
    unit: 'reps',
    range: {
      min: 0,
      max: 100,
      whole: true,
      why: `${COUNT_WHY} to 100 (over 30 is already the top band; more than 100 is almost certainly a typo)`,
    },
    howTo: [
      'Lie on your back with one heel on a box or chair about 60 cm high, that knee slightly bent (about 20°), the other thigh pointing straight up, arms crossed.',
      'Push through the heel to lift the hips until they are straight, then lower to touch the floor.',
      'Repeat without resting until you cannot lift fully. Count the full lifts.',
      'Rest, then test the other leg.',
    ],
    tests:
      'Endurance of the hamstrings with the hip extensors; it steers hamstring work only, not glute strength.',
    norm: {
      text: 'In clinic summaries of a study of 482 footballers, under 20 lifts counts as poor, about 25 as average and over 30 as good; those who later strained the right hamstring had lower right-leg scores.',
      sources: ['Freck14'],
      flags: ['SEC'],
    },
    cutoff: {
      text: 'Under 20 lifts is in the poor band (the bands come from footballers).',
      sources: ['Freck14'],
      flags: ['SEC'],
      below: { m: 20, f: 20 },
    },
    asymmetry: {
      kind: 'lsi',
      minPercent: 90,
      text: 'No side-to-side threshold has been published for this test; under 90 % of the stronger side is our estimate.',
      sources: [],
      flags: ['UE'],
    },
  },
  'side-plank': {
    id: 'side-plank',
    name: 'Side plank hold',
    groups: ['core', 'glutes'],
    steers: ['core'],
    view: 'left',
    unit: 'seconds',
    range: {
      min: 0,
      max: 600,
      whole: false,
      why: 'seconds from 0 to 600 (typical holds are 75–100 s; over 10 minutes is beyond what this test is for)',
    },
    howTo: [
      'Lie on your side on one elbow, feet stacked with the top foot in front.',
      'Lift the hips until your body is a straight line and start the clock.',
      'Stop when the hips drop. Note the seconds.',
      'Rest, then hold on the other side.',
    ],
    tests: 'Endurance of the side of the trunk (the obliques and quadratus lumborum).',
    norm: {
      text: 'In a group of young healthy adults men held about 95 s on the right and 99 s on the left, women about 75 and 78 s. These are group means; no pass mark was published, so none is used here.',
      sources: ['McG99'],
      flags: ['NV'],
    },
    // Group means, not a pass mark: we do not turn them into one.
    cutoff: null,
    asymmetry: {
      kind: 'ratio',
      low: 0.95,
      high: 1.05,
      text: 'A right-to-left ratio outside 0.95–1.05 suggests an imbalance.',
      sources: ['McG99'],
      flags: ['SEC'],
    },
  },
  'single-leg-squat': {
    id: 'single-leg-squat',
    name: 'Single-leg squat quality',
    groups: ['glutes'],
    steers: ['glutes'],
    view: 'front',
    unit: 'faults',
    range: { min: 0, max: 3, whole: true, why: 'ticked faults, 0 to 3' },
    howTo: [
      'Stand on one leg in front of a mirror (or film it from the front), arms folded.',
      'Do five squats in a row to about 60° of knee bend, about one every two seconds.',
      'Tick what you saw on most of them: the knee falling in, the pelvis dropping on the lifted side, the trunk leaning over the standing leg.',
      'Then the other leg.',
    ],
    tests:
      'Control of the hip, chiefly the hip abductors (gluteus medius); with no equipment it stands in for a strength test of them.',
    norm: {
      text: 'Clinicians rate it good, fair or poor from the trunk, pelvis, hip and knee; people rated well had better hip-abductor function (earlier gluteus medius onset, more abduction strength). Here no faults counts as good, one as fair and two or more as poor: our simplification of that rating.',
      sources: ['Cross11'],
      flags: ['NV', 'UE'],
    },
    cutoff: {
      text: 'Two or more faults is our own marker of poor control; no cut-off has been published.',
      sources: [],
      flags: ['UE'],
      below: { m: 2, f: 2 },
    },
    asymmetry: {
      kind: 'faults',
      text: 'No threshold: a side that shows more faults than the other is treated as the weaker side.',
      sources: ['Cross11'],
      flags: ['UE'],
    },
  },
  'knee-to-wall': {
    id: 'knee-to-wall',
    name: 'Knee-to-wall ankle test',
    groups: ['calves'],
    // A range test: it says how far the ankle bends, not how strong the calves are, so it steers no strength work.
    steers: [],
    view: 'back',
    unit: 'cm',
    range: {
      min: 0,
      max: 25,
      whole: false,
      why: 'centimetres from 0 to 25 (healthy adults reach about 12; over 25 cm is almost certainly a typo)',
    },
    howTo: [
      'Face a wall with one foot on a tape measure, toes pointing at the wall.',
      'Lunge the knee forward to touch the wall, heel down, knee over the second toe.',
      'Slide the foot back and repeat until the heel starts to lift: the last distance where the knee still touches with the heel down is your score.',
      'Then the other foot.',
    ],
    tests:
      'How far the ankle bends forward with weight on it: a range test, not a strength test, so it does not change which exercises come first.',
    norm: {
      text: 'Healthy adults reach about 12 cm (give or take 2.8); the test is very repeatable, and each centimetre is about 3.6° of ankle bend. No cut-off was published: the popular “at least 9–10 cm” rule has no primary source we could find, so none is used here.',
      sources: ['Hoch11', 'Benn98'],
      flags: ['SEC'],
    },
    // A normal range, not a cut-off, and the popular 9–10 cm rule has no source: only the sides are judged.
    cutoff: null,
    asymmetry: {
      kind: 'difference',
      max: 1.5,
      text: 'Most healthy adults differ by 1.5 cm or less from side to side; some differ by up to about 3 cm.',
      sources: ['Hoch11'],
      flags: ['SEC'],
    },
  },
  'wall-sit': {
    id: 'wall-sit',
    name: 'Single-leg wall sit',
    groups: ['quadriceps'],
    steers: ['quadriceps'],
    view: 'front',
    unit: 'seconds',
    range: {
      min: 0,
      max: 600,
      whole: false,
      why: 'seconds from 0 to 600 (clinic norms are 35–75 s; over 10 minutes is beyond what this test is for)',
    },
    howTo: [
      'Back flat on a wall, slide down until both knees are bent to a right angle.',
      'Lift one foot about 5 cm off the floor and start the clock.',
      'Stop when you have to put the foot down or slide up. Note the seconds.',
      'Rest, then the other leg.',
    ],
    tests: 'Holding strength (isometric endurance) of the quadriceps.',
    norm: {
      text: 'A clinic’s norms give 50–75 s for men and 35–45 s for women; we found no study behind them and no cut-off was published, so your time is compared side against side only.',
      sources: ['Logan'],
      flags: ['SEC'],
    },
    // An unsourced clinic range is no cut-off: the wall sit steers the plan only by the difference between sides.
    cutoff: null,
    asymmetry: {
      kind: 'lsi',
      minPercent: 90,
      text: 'No side-to-side threshold has been published; under 90 % of the stronger side is our estimate.',
      sources: [],
      flags: ['UE'],
    },
  },
}

/** Groups no self-test here covers, and why: the plan says so rather than guessing. */
export const UNTESTED_NOTE: SourcedText = {
  text: 'We found no self-test with published norms for the hip flexors, the upper back or the shoulders, so they are marked “not tested” and get maintenance work only.',
  sources: [],
  flags: ['UE'],
}

/** One plain sentence per group: why it matters in the stride. */
export const GROUP_STRIDE_WHY: Readonly<Record<GroupId, SourcedText>> = {
  calves: {
    text: 'They hold you up and push you off in the second half of every ground contact; in a running simulation the soleus made the most force of any muscle.',
    sources: ['Hamner10', 'Dorn12'],
    flags: ['SIM'],
  },
  glutes: {
    text: 'They stop the trunk pitching forward at each landing and keep the pelvis level on one leg.',
    sources: ['Lieb06', 'Foch20'],
    flags: [],
  },
  hamstrings: {
    text: 'They brake the lower leg at the end of each swing while being stretched, the phase in which sprinting strains are thought to happen (from models and a few recorded cases).',
    sources: ['Chum11', 'Thel05'],
    flags: ['SIM'],
  },
  quadriceps: {
    text: 'They catch your weight as the knee bends at each landing: the main shock absorbers of early stance.',
    sources: ['Hamner10'],
    flags: ['SIM'],
  },
  core: {
    text: 'They switch on around every foot strike to keep the trunk and pelvis from twisting and bending too much.',
    sources: ['Saun05'],
    flags: [],
  },
  'hip-flexors': {
    text: 'They swing the thigh forward into the next stride, more so the faster you run.',
    sources: ['Dorn12', 'Hamner10'],
    flags: ['SIM'],
  },
  'upper-back': {
    text: 'It probably holds the shoulder blades steady so the arms swing from a firm base (reasoned from walking studies; not measured in running).',
    sources: ['KBF15', 'Capp06'],
    flags: ['UE'],
  },
  shoulders: {
    text: 'They turn each arm swing around, and that swing offsets the twist of the legs at little cost.',
    sources: ['Hamner10', 'Pont09', 'Arel14'],
    flags: [],
  },
}

/** One exercise a niggle's pathway promises: any one of these (the first the runner's kit allows). */
export interface PathwayItem {
  readonly oneOf: readonly string[]
  /**
   * Times a week the pathway needs it, a day or more apart; with fewer strength days the plan adds short sessions
   * of it on days that keep that spacing.
   */
  readonly perWeek?: number
  /** The plan week it starts (a later stage of the pathway); from week 1 when absent. */
  readonly fromWeek?: number
  /** Also done at home on the days between sessions, as its trial did it: how often, and up to which week. */
  readonly home?: { readonly how: string; readonly toWeek?: number }
  /**
   * A few minutes' work done as the trial did it (the three lengthening exercises): the items marked so share one
   * of the session's exercise slots, so they do not crowd the rest of the session out.
   */
  readonly quick?: true
  /** The pathway's own tempo where the card's differs (a heavy slow lift: 3 s up, 3 s down). */
  readonly tempo?: string
  /** The pathway's own weekly steps where the card's differ (counted from the item's first week). */
  readonly steps?: OwnWeekly
  /**
   * How often a week the trial did it, where the plan does not add short sessions for it: with fewer strength
   * days the plan says how many fit.
   */
  readonly trialPerWeek?: number
  /**
   * The pathway's own form of a card, by exercise id, where the niggle allows only part of what the card does:
   * its name, its cues (in place of the card's) and its harder step (in place of the card's), so the runner
   * never follows the card's full range or steps into a version the niggle leaves out.
   */
  readonly own?: Readonly<Record<string, PathwayForm>>
  /**
   * How many sessions carry it in its own first weeks (1, then 2), then every session: the Nordic's build-up,
   * applied to whichever version the runner's kit gives.
   */
  readonly ramp?: readonly number[]
}

/** A card as a pathway gives it: see `PathwayItem.own`. */
export interface PathwayForm {
  readonly name?: string
  readonly cues?: readonly string[]
  readonly harder?: string
  /** The effort of its first dose, in place of the card's (the pathway's own pain limit). */
  readonly effort?: string
}

/**
 * Loads a niggle can rule out by what they do to the sore tissue rather than by name, so a rule covers every
 * session item, fill and drills included: bounce (springy running drills), speed (running close to top speed),
 * single-leg knee bends (deep single-leg knee work under body weight or more) and loaded hip bends (the hip bent
 * well forward under load).
 */
export type LoadTag = LoadTagId

export const LOAD_TAGS: Readonly<
  Record<LoadTag, { readonly words: string; readonly ids: readonly string[] }>
> = {
  bounce: {
    words: 'bouncy running drills (A-skips, B-skips and strides)',
    ids: ['a-skip', 'strides-sprint-drills'],
  },
  speed: { words: 'strides and fast running drills', ids: ['strides-sprint-drills'] },
  'single-leg-knee': {
    words:
      'single-leg knee bends (single-leg squats and step-downs, Bulgarian and split squats, reverse lunges, step-ups)',
    ids: ['single-leg-squat', 'bulgarian-split-squat', 'split-squat', 'reverse-lunge-knee-drive', 'step-up'],
  },
  'loaded-hip-bend': {
    words:
      'deep hip bends under load (half, goblet, split, Bulgarian and single-leg squats; the leg press; trap-bar and Romanian deadlifts; lunges; step-ups)',
    ids: [
      'heavy-half-squat',
      'leg-press',
      'goblet-squat',
      'trap-bar-deadlift',
      'romanian-deadlift',
      'single-leg-romanian-deadlift',
      'split-squat',
      'bulgarian-split-squat',
      'single-leg-squat',
      'reverse-lunge-knee-drive',
      // A step-up onto a knee-height step bends the loaded hip to 90° or more, as far as a split squat.
      'step-up',
    ],
  },
}

/**
 * A load a niggle rules out for every session item. `pathwayFrom`: the week from which the pathway's own items
 * may carry it (its later stage); general work never does while the niggle lasts.
 */
export interface LoadLimit {
  readonly tag: LoadTag
  readonly pathwayFrom?: number
}

/** A re-test that opens a pathway's later stage: the week it falls in and what must hold to go on. */
export interface StageCheck {
  readonly week: number
  readonly criteria: SourcedText
}

export interface NiggleRule {
  readonly id: NiggleId
  /**
   * The injury's name as the plan says it; the card of `group` covers it (the groin card names adductor- and
   * iliopsoas-related pain as two kinds; this pathway treats the first).
   */
  readonly injury: string
  /** The group whose card covers it. */
  readonly group: GroupId
  /** Exercise kinds left out while it lasts. */
  readonly leaveOut: readonly ExerciseKind[]
  /** Exercises left out by id while it lasts (checked against the content). */
  readonly exclude: readonly string[]
  /** Loads left out of every session item while it lasts (the general work as well as the pathway). */
  readonly limits: readonly LoadLimit[]
  /** Exercises the pathway promises, in the order a session does them. */
  readonly promise: readonly PathwayItem[]
  /** No strength plan at all until a clinician has seen it (a possible bone stress injury). */
  readonly noPlan: boolean
  /** The re-test before the pathway's later stage (items whose fromWeek is this week or later wait for it). */
  readonly check?: StageCheck
  /** Why a race cannot be tapered into with this niggle: the weeks leave the race out and say this instead. */
  readonly noRace?: SourcedText
  /** Self-tests this niggle makes unwise: the form says to skip them if they hurt, and lets the runner skip. */
  readonly unwiseTests: readonly SelfTestId[]
  /**
   * Groups every session carries right after the pathway and the weak groups, where the pathway's own work would
   * otherwise crowd them out (trunk control after a hamstring strain).
   */
  readonly alongside?: readonly GroupId[]
  /** The pathway and the trial behind it. */
  readonly pathway: SourcedText
  /** What the plan does about it, in plain words. */
  readonly change: SourcedText
  /** How running fits while it lasts. */
  readonly running: SourcedText
  readonly stop: SourcedText
}

const NO_IMPACT: readonly ExerciseKind[] = ['plyometric']
/** The A-skip is a running drill, but a bouncy one: a niggle that leaves out hops leaves it out too. */
const BOUNCY = ['a-skip'] as const
/** A niggle that leaves out hops leaves out every bouncy drill, strides and B-skips included. */
const NO_BOUNCE: readonly LoadLimit[] = [{ tag: 'bounce' }]
const PAIN_RULE =
  'Pain during the work of 0–2 out of 10 is safe and up to 5 is acceptable; it should have settled by the next morning, and morning pain and stiffness should not build from week to week. If they do, go back to the last dose that was fine.'
const LOAD_TESTS: readonly SelfTestId[] = ['heel-rise', 'single-leg-bridge', 'single-leg-squat', 'wall-sit']
/** The gluteal pathway's one pain limit: its text, the holds' and the bridges' cues and doses say the same. */
const GLUTEAL_PAIN = 'up to 5 out of 10 during the work, settled by the next morning'
const GLUTEAL_PAIN_CUE = `Pain ${GLUTEAL_PAIN}; go back a step if it builds from one day to the next`
const EVERY_DAY_FIRST = { how: 'every day, on the days without a session too', toWeek: 2 } as const
const RM_SLOW = (n: number) =>
  `a ${n}RM: the ${n}th rep, 3 s up and 3 s down, is the last you can do with good form; stay at this step while the single-leg squat hurts more than 3 out of 10`
/**
 * Heavy slow resistance for the patellar tendon, as commonly summarised from its trial: 15RM in week 1, 12RM in
 * weeks 2–3, 10RM in weeks 4–5, 8RM from week 6 (the trial went on to 6RM over 12 weeks).
 */
const PATELLAR_HSR = [
  {
    from: 1,
    sets: 3,
    reps: '15',
    load: 'your 15RM; without a machine, hold dumbbells or wear a loaded backpack',
    effort: RM_SLOW(15),
  },
  { from: 2, sets: 3, reps: '12', load: 'your 12RM', effort: RM_SLOW(12) },
  { from: 4, sets: 4, reps: '10', load: 'your 10RM', effort: RM_SLOW(10) },
  { from: 6, sets: 4, reps: '8', load: 'your 8RM', effort: RM_SLOW(8) },
] as const
/** The upper-hamstring tendon's first loading: two-legged bridge holds, then two-legged bridges (Goom 2016). */
const HIGH_HAM_BRIDGE = [
  {
    from: 1,
    sets: 5,
    reps: '30–45 s',
    load: 'a hold, hips lifted on both feet, knees bent about 90° (the hip fairly straight), pressing the heels down',
    effort: 'firm but within the pain rule; rest a minute between holds',
  },
  {
    from: 3,
    sets: 3,
    reps: '10–12',
    load: 'two-legged bridges, 3 s up and 3 s down',
    effort: '2–3 reps in reserve, within the pain rule',
  },
] as const

export const NIGGLES: Readonly<Record<NiggleId, NiggleRule>> = {
  achilles: {
    id: 'achilles',
    injury: 'Achilles tendinopathy',
    group: 'calves',
    leaveOut: NO_IMPACT,
    exclude: ['eccentric-heel-drop', 'hop-progression', 'pogo-hops', ...BOUNCY],
    limits: NO_BOUNCE,
    promise: [
      { oneOf: ['heavy-slow-calf-raise'], perWeek: 3 },
      { oneOf: ['heavy-slow-seated-calf-raise'], perWeek: 3 },
    ],
    noPlan: false,
    unwiseTests: ['heel-rise'],
    pathway: {
      text: `Heavy slow resistance, as in a treatment trial of 58 people with mid-portion Achilles pain: three calf raises each session (seated bent-knee, leg-press and standing straight-knee), 3–4 sets of each, three times a week, 3 s up and 3 s down, starting at 3 × 15 with the weight you can lift 15 times (15RM) and stepping to 12, 10, 8 and finally 6RM over 12 weeks. It worked as well as heel drops; adherence was higher (92 % vs 78 %) and satisfaction tended to be higher (100 % vs 80 %, not statistically significant). This plan does two of them, the standing straight-knee and the bent-knee raise, so about two thirds of the trial's calf work (our simplification to fit a runner's session). Pain is watched with the rule from another treatment trial: ${PAIN_RULE}`,
      sources: ['Beyer15', 'Silb07'],
      flags: ['SEC', 'UE'],
    },
    change: {
      text: 'Every session starts with the two heavy slow calf raises, straight knee then bent knee, at the trial’s loads, which did them three times a week about two days apart. Short calf sessions are added on days a day or more from the others, up to three a week; where your days do not allow three, the notes say how many fit and how to fit the third. In the lighter and race weeks the load stays and sets are dropped. Hops, jumps and heel-drop work are left out while the tendon is sore, and so are the bouncy drills (A-skips, B-skips and strides): the trial used the raises alone (leaving the jumps and drills out is our choice). Where the pain sits decides how low the heel may go: see the notes.',
      sources: ['Beyer15'],
      flags: ['UE'],
    },
    running: {
      text: 'Keep running while the pain rule allows: in a treatment trial, people who kept running and jumping within it did as well as those who rested. Hold your weekly distance where it is until morning stiffness has stopped building (our judgement).',
      sources: ['Silb07'],
      flags: ['SEC', 'UE'],
    },
    stop: stopWhen(
      'a sudden pop at the back of the heel, as if kicked, or not being able to rise onto the toes of that foot: a possible rupture, get seen the same day',
      TENDON_PAIN,
    ),
  },
  plantar: {
    id: 'plantar',
    injury: 'Plantar fasciitis (heel pain under the foot)',
    group: 'calves',
    leaveOut: NO_IMPACT,
    exclude: ['hop-progression', 'pogo-hops', ...BOUNCY],
    limits: NO_BOUNCE,
    promise: [{ oneOf: ['towel-heel-raise'], perWeek: 3 }],
    noPlan: false,
    unwiseTests: ['heel-rise'],
    pathway: {
      text: 'High-load heel raises with a rolled towel under the toes, as in a treatment trial of 48 people with plantar fasciitis (both groups also wore shoe inserts): one leg at a time, 3 s up, 2 s at the top, 3 s down, every second day; 3 × 12 with the load you can lift 12 times (12RM), then 4 × 10RM from week 3 and 5 × 8RM from week 5, adding books in a backpack as it gets easier. Foot function was better than with stretching at 3 months, the main end point, but not at 1, 6 or 12 months: the raises may speed recovery rather than change where it ends.',
      sources: ['Rath15'],
      flags: ['SEC'],
    },
    change: {
      text: 'The towel heel raise comes first in every session, as the trial did it every second day. Short sessions are added on days a day or more from the others, up to three a week, never on two days in a row; where your days do not allow three, the notes say how many fit and how to fit the third. No hops, jumps or bouncy drills (A-skips, B-skips, strides) while the heel is sore (our choice).',
      sources: ['Rath15'],
      flags: ['UE'],
    },
    running: {
      text: 'The trial did not study running. Keep it steady, and cut back if the first steps in the morning hurt more from week to week (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen('heel pain that stops you walking normally, or numbness or tingling in the foot', {
      text: 'pain when you squeeze the sides of the heel bone, or heel pain that builds through a run, hurts when you hop or aches at night: a possible stress injury of the heel bone, see a clinician before running again',
      sources: ['Knob25', 'Warden14'],
      flags: ['SEC', 'NV', 'UE'],
    }),
  },
  'shin-bone': {
    id: 'shin-bone',
    injury: 'Bone stress injuries of the shin and foot',
    group: 'calves',
    leaveOut: ['plyometric', 'drill'],
    exclude: [],
    limits: [],
    promise: [],
    noPlan: true,
    unwiseTests: LOAD_TESTS,
    pathway: {
      text: 'A bone that hurts in one spot needs a clinician before any plan: examination (often a scan) decides, and the return to running is then graded, from walking to walk-run intervals to continuous running over weeks, once walking and hopping are pain-free.',
      sources: ['Warden14', 'Knob25'],
      flags: ['NV'],
    },
    change: {
      text: 'No strength plan is built while a bone stress injury is possible: see a clinician first. Pain in one spot on the bone that builds with impact, hurts on hopping or aches at night needs checking; pain on the front of the shin bone, on top of the midfoot or at the outer edge of the foot near its base should be seen the same day.',
      sources: ['Knob25'],
      flags: ['SEC', 'UE'],
    },
    running: {
      text: 'Stop running until a clinician has examined it. Low energy availability (REDs) belongs in that conversation.',
      sources: ['Warden14', 'Mount23'],
      flags: ['NV'],
    },
    stop: stopWhen(
      'pain in one spot of the bone, pain on hopping, pain at night or at rest, or a limp: see a clinician',
    ),
  },
  'hip-bone': {
    id: 'hip-bone',
    injury:
      'Bone stress injury of the thigh-bone neck (deep groin or front-of-hip pain that builds with running)',
    group: 'hip-flexors',
    leaveOut: ['plyometric', 'drill'],
    exclude: [],
    limits: [],
    promise: [],
    noPlan: true,
    unwiseTests: [...LOAD_TESTS, 'side-plank'],
    pathway: {
      text: 'A stress injury of the thigh-bone neck can become a full fracture: it is urgent. A clinician decides (usually with a scan); the return to running comes later and is graded, once walking is pain-free.',
      sources: ['StatP', 'Warden14'],
      flags: ['SEC', 'NV'],
    },
    change: {
      text: 'Get seen the same day. No plan is built until a clinician has ruled it out or cleared you.',
      sources: ['StatP'],
      flags: ['SEC'],
    },
    running: {
      text: 'No running until you have been seen.',
      sources: ['StatP'],
      flags: ['SEC'],
    },
    stop: stopWhen(THIGH_BONE_NECK),
  },
  'runners-knee': {
    id: 'runners-knee',
    injury: "Patellofemoral pain (runner's knee)",
    group: 'quadriceps',
    leaveOut: NO_IMPACT,
    exclude: ['heavy-half-squat', ...BOUNCY],
    limits: NO_BOUNCE,
    promise: [
      { oneOf: ['cable-hip-abduction', 'side-lying-hip-abduction'] },
      { oneOf: ['leg-press', 'split-squat', 'step-up'] },
    ],
    noPlan: false,
    unwiseTests: ['single-leg-squat', 'wall-sit'],
    pathway: {
      text: 'Exercise that combines hip and knee strengthening, in a range that does not hurt, is the first treatment that an international consensus and a clinical practice guideline recommend for kneecap pain. Weak hips did not predict kneecap pain in follow-up studies, so the hip work is for function, not to remove a proven cause.',
      sources: ['Cross16', 'Willy19', 'Rath14', 'Neal19'],
      flags: ['NV'],
    },
    change: {
      text: 'Side-hip work and a thigh exercise come first in every session, in a range that does not hurt; heavy deep squats, jumps and bouncy drills (A-skips, B-skips, strides) wait. Pain up to about 3 out of 10 during the work that settles by the next day is acceptable (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    running: {
      text: 'Keep running on flat ground at a distance that does not raise the pain; long descents load the kneecap more, so they wait (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(KNEE_SIGNS),
  },
  'patellar-tendon': {
    id: 'patellar-tendon',
    injury: 'Patellar tendinopathy (pain just below the kneecap)',
    group: 'quadriceps',
    leaveOut: NO_IMPACT,
    exclude: ['heavy-half-squat', ...BOUNCY],
    limits: [
      { tag: 'bounce' },
      { tag: 'speed' },
      // Single-leg knee bends only as the pathway's stage-2 lift, after the single-leg squat check.
      { tag: 'single-leg-knee', pathwayFrom: 3 },
    ],
    promise: [
      { oneOf: ['isometric-knee-hold'], home: EVERY_DAY_FIRST },
      {
        oneOf: ['leg-press', 'split-squat', 'step-up'],
        fromWeek: 3,
        tempo: '3-0-3-0',
        steps: { steps: PATELLAR_HSR, sources: ['Kong09', 'Breda21'], flags: ['NV', 'UE'] },
        trialPerWeek: 3,
      },
    ],
    noPlan: false,
    unwiseTests: ['wall-sit', 'single-leg-squat'],
    pathway: {
      text: 'Progressive tendon loading, as in a treatment trial of 76 athletes with patellar tendinopathy (mean age 24, mostly jumping sports): holds every day first, then slow lifts with the holds, then springy loading such as hops and running, then sport; each stage starts when the single-leg squat hurts little enough (up to 3 out of 10). At 24 weeks it improved the tendon score (VISA-P) by 9 points more than decline-squat eccentric training, a modest difference; return to sport (43 % vs 27 %) did not differ significantly.',
      sources: ['Breda21'],
      flags: ['NV'],
    },
    change: {
      text: 'Weeks 1–2: the thigh hold every day, in each session and on its own on the other days, as the trial’s first stage did. From week 3, as long as the single-leg squat hurts 3 out of 10 or less, a slow heavy thigh lift joins it in each session: 3 s up and 3 s down at the weight you can lift about 15 times (15RM) in its first week, 12RM for the next two, 10RM for two more, then 8RM, as the pain rule allows; with body weight only, hold dumbbells or wear a loaded backpack. The heavy slow trial did three lifts (squat, hack squat and leg press), 4 sets of each, three times a week, stepping 15 → 12 → 10 → 8 → 6RM over 12 weeks; this plan does one of them, about a quarter of that work (our simplification to fit a runner’s session), and with fewer strength days the notes say so. The holds stay in the sessions. Single-leg knee bends (single-leg squats and step-downs, Bulgarian and split squats, reverse lunges, step-ups) are left out of the general work: they come in only as that week-3 lift. Hops, jumps, skips and strides (the third stage) are not in this plan: start them with a physiotherapist once the lifts are easy and the squat is nearly pain-free. The holds are the first stage of loading, not a pain reliever.',
      sources: ['Breda21', 'Kong09'],
      flags: ['NV', 'UE'],
    },
    running: {
      text: 'In the trial running came in the third stage. Keep what you can do at 3 out of 10 or less, and add no hills, strides or other speed until the lifts are easy and the single-leg squat is 3 out of 10 or less (our judgement).',
      sources: ['Breda21'],
      flags: ['UE'],
    },
    stop: stopWhen(KNEE_SIGNS, TENDON_PAIN),
  },
  itb: {
    id: 'itb',
    injury: 'Iliotibial band syndrome (outer knee pain)',
    group: 'glutes',
    leaveOut: NO_IMPACT,
    exclude: [...BOUNCY],
    limits: NO_BOUNCE,
    promise: [{ oneOf: ['cable-hip-abduction', 'side-lying-hip-abduction'] }],
    noPlan: false,
    unwiseTests: ['single-leg-squat'],
    pathway: {
      text: 'Runners with outer-knee pain had about a quarter less hip-abductor strength in one comparison, and six weeks of hip work got 22 of 24 back to pain-free running, though that study had no comparison group; other studies do not always find the weakness, so the evidence is weak.',
      sources: ['Fred00', 'Noeh14'],
      flags: ['NV'],
    },
    change: {
      text: 'Side-hip strengthening comes first in every session; no hops, jumps or bouncy drills (A-skips, B-skips, strides) while the outer knee is sore (our choice).',
      sources: ['Fred00'],
      flags: ['UE'],
    },
    running: {
      text: 'Cut back the runs that bring the pain on (often downhill or long runs) and keep the rest; build back as the hip work progresses (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(KNEE_SIGNS),
  },
  'gluteal-tendon': {
    id: 'gluteal-tendon',
    injury: 'Gluteal tendinopathy (pain on the outside of the hip)',
    group: 'glutes',
    leaveOut: NO_IMPACT,
    exclude: [
      'pelvic-drop',
      'side-lying-hip-abduction',
      'copenhagen-adduction',
      'single-leg-squat',
      'step-up',
      'split-squat',
      'bulgarian-split-squat',
      'reverse-lunge-knee-drive',
      'single-leg-romanian-deadlift',
      'standing-knee-drive',
      // The side plank's bottom hip holds the pelvis up against body weight, and its harder step lifts the top
      // leg: side-lying abduction on a plank (the side-plank test is unwise here for the same reason).
      'front-side-plank',
      ...BOUNCY,
    ],
    limits: NO_BOUNCE,
    // The card's own pain limit (2 out of 10) gives way to the pathway's, so one item never shows two.
    promise: [
      {
        oneOf: ['isometric-hip-abduction'],
        home: EVERY_DAY_FIRST,
        own: {
          'isometric-hip-abduction': {
            cues: [
              'Thighs stay in line with the body, never crossing the middle',
              'Push out steadily and breathe',
              GLUTEAL_PAIN_CUE,
            ],
            effort: `a steady, moderate push; pain ${GLUTEAL_PAIN}`,
          },
        },
      },
      {
        oneOf: ['glute-bridge'],
        fromWeek: 3,
        own: {
          'glute-bridge': {
            cues: [
              'Knees in line with the hips, never falling together',
              'Push through the heels until hips and shoulders make a straight line',
              'Pause at the bottom, then lift again',
              GLUTEAL_PAIN_CUE,
            ],
            effort: `stop with 2–3 reps in reserve; pain ${GLUTEAL_PAIN}`,
          },
        },
      },
    ],
    noPlan: false,
    unwiseTests: ['side-plank', 'single-leg-squat'],
    pathway: {
      text: 'Education plus exercise, as in a treatment trial of 204 people with gluteal tendinopathy (most aged 35–70): 14 physiotherapy sessions over 8 weeks with home exercise, and advice to stop squeezing the tendon against the hip bone. At 8 weeks 51 of 66 felt better, against 38 of 65 after a steroid injection and 20 of 68 who waited and saw.',
      sources: ['Mell18'],
      flags: [],
    },
    change: {
      text: `Side-hip holds come first in every session, and every day for the first two weeks; from week 3 a glute bridge on both legs, thighs in line, joins them. Left out in this block: work that loads the hip while the thigh crosses the middle or the pelvis can drop (the hip hitch, single-leg squats, step-ups, split and Bulgarian squats, lunges, single-leg Romanian deadlifts, the standing knee drive, the Copenhagen), side-lying leg raises and the front and side plank, whose side plank and its leg lift load the tendon hard early on (in a lab study the gluteus medius worked at about 100 % of its maximum in a 10-rep-max side-lying leg raise; other trunk work takes its place), and jumps and bouncy drills (skips, strides); bring single-leg work back once the holds and bridges are easy (our judgement). The advice matters as much as the exercise: do not cross your legs, stand hanging on one hip, or lie on the sore side without a pillow between the knees. Pain on the outside of the hip on stairs, standing on one leg or lying on it is the tendon itself, not a reason for an urgent visit: load it by the pain rule (${GLUTEAL_PAIN}), and go back a step if it builds. Which exercises to leave out is our reading of that advice.`,
      sources: ['Mell18', 'MacA14'],
      flags: ['UE', 'NV'],
    },
    running: {
      text: 'Keep running while the pain rule allows; a stride that crosses the midline and steep hills load the tendon more, so ease off them (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(
      THIGH_BONE_NECK,
      TENDON_PAIN,
      'pain at night or at rest that changing position does not ease',
    ),
  },
  'hamstring-strain': {
    id: 'hamstring-strain',
    injury: 'Hamstring strain (usually the biceps femoris long head)',
    group: 'hamstrings',
    leaveOut: ['plyometric', 'drill'],
    exclude: [
      'romanian-deadlift',
      'single-leg-romanian-deadlift',
      'trap-bar-deadlift',
      'barbell-hip-thrust',
      'bulgarian-split-squat',
      'single-leg-squat',
    ],
    limits: [{ tag: 'bounce' }, { tag: 'speed' }],
    promise: [
      { oneOf: ['askling-extender'], home: { how: 'twice every day, as in the trial' }, quick: true },
      { oneOf: ['askling-diver'], home: { how: 'every other day, as in the trial' }, quick: true },
      { oneOf: ['askling-glider'], home: { how: 'every third day, as in the trial' }, quick: true },
      // The Nordic's build-up (once, twice, then every session) for whichever version the kit gives.
      {
        oneOf: ['nordic-hamstring-curl', 'nordic-regression', 'slider-leg-curl'],
        fromWeek: 4,
        ramp: [1, 2],
      },
    ],
    noPlan: false,
    unwiseTests: ['single-leg-bridge'],
    // Trunk and pelvic control in every session: in a trial after hamstring strains (Sherry & Best 2004, not
    // re-read), trunk stabilisation and agility work was followed by fewer re-injuries than stretching and
    // strengthening alone (our judgement to keep it here).
    alongside: ['core'],
    check: {
      week: 4,
      criteria: {
        text: 'Before the first session of week 4, check: the three lengthening exercises and a fast straight-leg kick while standing are pain-free through their full range; lying on your back, the straight leg lifts to within about 10 % of the other leg’s height; the single-leg bridge count is within 10 % of the other side; and brisk walking and easy jogging are pain-free. If all hold, the Nordic programme (or its easier version) starts at its own week 1. If not, keep weeks 1–3 and check again each week; if you have not passed by week 6, see a physiotherapist.',
        sources: ['Askl13', 'Hick20'],
        flags: ['SEC', 'UE'],
      },
    },
    noRace: {
      text: 'Your race is left out of these weeks: racing within weeks of a fresh hamstring strain needs a physiotherapist’s return-to-run check first (pain-free fast running, and strength close to the other leg). Once you are cleared, plan again with the race date.',
      sources: [],
      flags: ['UE'],
    },
    pathway: {
      text: 'Lengthening exercises, as in a treatment trial of 75 elite footballers with an acute hamstring strain: the extender twice every day, the diver every other day and the glider every third day, each done slowly. They returned to full training after 28 days on average, against 51 with conventional exercises. In a later trial of 43 men, rehabilitation that allowed some pain during early lengthening and lowering work returned them to play in about the same time as pain-free rehabilitation (median 17 against 15 days, not a significant difference, P = .37) and recovered 15 % more knee-bending strength. So the lengthening work starts from a few days after the strain, once walking is comfortable, and may hurt a little (up to about 4 out of 10, settled by the next day), and the heavy lowering of the Nordic comes back after a check (our judgement).',
      sources: ['Askl13', 'Hick20'],
      flags: ['SEC', 'NV', 'UE'],
    },
    change: {
      text: 'Weeks 1–3: the three lengthening exercises in every session, and at home on the other days as the trial did them (the extender twice a day, the diver every other day, the glider every third day). Every other exercise stays short of pain at the back of the thigh. Before week 4, a re-test (below); once you pass it, the Nordic programme (or its easier version) starts at its own week 1 in your sessions. Left out: Nordics until the re-test; in this block, Romanian and trap-bar deadlifts, hip thrusts, Bulgarian split squats and single-leg squats (heavy or deep hip work on the healing muscle), sprints, running drills and jumps. The Nordic, or the easier version your kit gives, comes back as its trial built it: in one session in its first week, two in its second, then in every session. This block does not include the fast running and sprint work of a full return to sport: see a physiotherapist before fast running or racing (our judgement).',
      sources: ['Askl13'],
      flags: ['UE'],
    },
    running: {
      text: 'Easy running only while it is pain-free; no strides or speed work until the lengthening exercises are pain-free through their whole range and the re-test is passed (our judgement from the trials’ return criteria).',
      sources: ['Askl13'],
      flags: ['UE'],
    },
    stop: stopWhen(
      'a pop with sudden pain high at the sitting bone, a large bruise spreading down the back of the thigh, or a gap you can feel: a possible tendon tear, see a clinician within a few days, as repair is time-sensitive',
      'pain that gets worse from day to day, a limp that is still there after the first week, or numbness or tingling down the leg: stop and get checked',
    ),
  },
  'high-hamstring': {
    id: 'high-hamstring',
    injury: 'Proximal hamstring tendinopathy (deep pain at the sitting bone)',
    group: 'hamstrings',
    leaveOut: ['plyometric', 'drill'],
    exclude: [
      'single-leg-romanian-deadlift',
      'trap-bar-deadlift',
      'nordic-hamstring-curl',
      'nordic-regression',
      'askling-diver',
      'hanging-knee-raise',
      'split-squat',
      'bulgarian-split-squat',
      'single-leg-squat',
      'reverse-lunge-knee-drive',
      'goblet-squat',
    ],
    limits: [
      { tag: 'bounce' },
      { tag: 'speed' },
      // Hip bends under load only as the pathway's short-range Romanian deadlift, from its stage.
      { tag: 'loaded-hip-bend', pathwayFrom: 5 },
    ],
    promise: [
      // Holds with the hip fairly straight first, then two legs moving, then one (Goom 2016).
      {
        oneOf: ['glute-bridge'],
        // The bridges' own tempo (3 s up, 3 s down), not the card's 2-1-2-0.
        tempo: '3-0-3-0',
        steps: { steps: HIGH_HAM_BRIDGE, sources: ['Goom16'], flags: ['NV', 'UE'] },
      },
      {
        oneOf: ['machine-leg-curl', 'single-leg-hamstring-bridge'],
        fromWeek: 5,
        // Hip straight: a seated curl bends the hip to about 90°, pressing the tendon on the sitting bone.
        own: {
          'machine-leg-curl': {
            name: 'Lying leg curl (hip straight)',
            cues: [
              'Lying face down (prone), hips flat on the pad so the hip stays straight; not the seated machine',
              // Second, so the plan shows it (it shows two cues): many gyms have only the seated machine.
              'No lying curl in your gym: do the single-leg hamstring bridge instead (heel on a bench, hips straight), or a band curl lying face down',
              'Take three seconds to lower the weight',
              'The seated leg curl waits until the short-range Romanian deadlift is within the pain rule',
            ],
            harder: 'More weight on the lying curl, then one leg at a time; the seated curl waits.',
          },
        },
      },
      {
        oneOf: ['romanian-deadlift', 'slider-leg-curl'],
        fromWeek: 5,
        own: {
          'romanian-deadlift': {
            name: 'Short-range Romanian deadlift',
            cues: [
              'Unlock the knees, then hinge by sending the hips backward',
              'Lower only to just below the knees; the hips go no further back than that while the pain rule holds',
              'Take three seconds to lower, weight close to your legs, back long',
            ],
            harder: 'A heavier bar in the same short range; the single-leg version and a deeper range wait.',
          },
        },
      },
    ],
    noPlan: false,
    unwiseTests: ['single-leg-bridge'],
    pathway: {
      text: `No trial in our sources tests exercise for it. Common practice loads the hamstrings with the hip fairly straight first, holds before moving work and two legs before one (bridges, leg curls), and adds hip bends such as the Romanian deadlift, in a short range first, once that is easy, with the tendon pain rule: ${PAIN_RULE}`,
      sources: ['Goom16', 'Silb07'],
      flags: ['SEC', 'NV', 'UE'],
    },
    change: {
      text: 'Hip-straight work comes first: weeks 1–2, two-legged bridge holds (5 × 30–45 s, hips up, knees bent about 90°); weeks 3–4, two-legged bridges. From week 5, if those have stayed within the pain rule for two weeks, the single-leg hamstring bridge (or, in a gym, the lying leg curl, hip straight: the seated curl waits until the short-range deadlift is within the pain rule) and a Romanian deadlift lowered only to just below the knees join them (with no weights, a slider leg curl instead); its harder step is a heavier bar in that same short range. Left out in this block: deep hip bends under load (half, goblet, split, Bulgarian and single-leg squats; the leg press; step-ups; trap-bar and single-leg Romanian deadlifts; lunges; the diver; hanging knee raises), Nordics, sprints, strides, drills and jumps. Long sitting on hard seats presses on the tendon, so break it up (our judgement).',
      sources: ['Goom16'],
      flags: ['NV', 'UE'],
    },
    running: {
      text: 'Keep easy running within the pain rule; hills and speed work load the upper hamstring most, so they wait (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(
      'pain that spreads down the leg with numbness or tingling, pain at night or at rest, or a sudden pain with bruising high on the thigh',
      TENDON_PAIN,
    ),
  },
  groin: {
    id: 'groin',
    // The id stays `groin` (shared plan links carry it); the pathway treats adductor-related pain only.
    injury: 'Adductor-related groin pain (inner groin, on squeezing the knees together)',
    group: 'hip-flexors',
    leaveOut: NO_IMPACT,
    exclude: [...BOUNCY],
    limits: [{ tag: 'bounce' }, { tag: 'speed' }],
    promise: [
      { oneOf: ['adductor-ball-squeeze'] },
      { oneOf: ['copenhagen-adduction', 'side-lying-adduction'], fromWeek: 3 },
    ],
    noPlan: false,
    unwiseTests: [],
    pathway: {
      text: 'Active training of the muscles around the pelvis, as in a treatment trial of 68 athletes with long-standing adductor-related groin pain: holds that squeeze a ball between the feet and the knees for the first two weeks, then from week 3 moving strength work (side-lying leg lifts, standing pulls against a weight, sit-ups, balance and sliding work). 23 returned to their sport without pain, against 4 given passive treatment.',
      sources: ['Holm99'],
      flags: ['SEC', 'NV'],
    },
    change: {
      text: 'This programme is for pain on the inside of the groin that a squeeze of the knees brings on (adductor-related). Pain at the front of the hip, brought on by lifting the knee against resistance or stretching the thigh back, is iliopsoas-related groin pain, which groin-pain classification treats as its own kind and the trial did not treat: do not use this programme for it, see a physiotherapist for its own loading. First rule out a stress injury of the thigh-bone neck and the other causes in the stop line below. The adductor squeeze comes first in every session; from week 3 a moving adductor exercise joins it: side-lying adduction, as in the trial’s second stage, or, if you already lift, the Copenhagen adduction (short lever first), which is our substitute; it was tested for preventing groin problems in football, not for treating them. The squeeze stays as the warm-up. No hops, jumps, skips or strides while the groin is sore: sudden changes of pace wait.',
      sources: ['Holm99', 'Weir15', 'Haroy19'],
      flags: ['SEC', 'NV', 'UE'],
    },
    running: {
      text: 'Keep the running that does not bring the groin pain on; sharp turns and sudden changes of pace wait (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(THIGH_BONE_NECK, GROIN_OTHER_CAUSES, {
      text: 'groin pain not clearly better after 6–8 weeks of this programme: get it assessed',
      sources: [],
      flags: ['UE'],
    }),
  },
  'low-back': {
    id: 'low-back',
    injury: 'Low back pain',
    group: 'core',
    leaveOut: NO_IMPACT,
    exclude: ['heavy-half-squat', 'trap-bar-deadlift', 'romanian-deadlift', ...BOUNCY],
    limits: NO_BOUNCE,
    promise: [{ oneOf: ['dead-bug', 'bird-dog'] }],
    noPlan: false,
    unwiseTests: ['side-plank'],
    pathway: {
      text: 'Our sources hold no trial of exercise for low back pain in runners. Changes in the deep trunk muscles did not track recovery in a review, and the idea of “core stability” is disputed, so the trunk work here is general control, not a targeted fix.',
      sources: ['Wong14', 'Led10'],
      flags: ['NV'],
    },
    change: {
      text: 'Slow trunk control (dead bug, bird dog) comes first; heavy lifts that load the spine (half squats, deadlifts), jumps and bouncy drills (A-skips, B-skips, strides) are left out until the back settles (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    running: {
      text: 'Keep running at an easy pace if it does not make the pain worse (our judgement).',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(
      CAUDA_EQUINA,
      'pain spreading down a leg, numbness, or weakness in the leg or foot; pain at night or at rest, fever or unexplained weight loss',
      // The spinal red flags the round-7 review found missing, each part with its own source (the round-8 review): a
      // past cancer, and a fracture after a fall or with fragile bone, from Finucane 2020's international framework;
      // the young runner's one-sided back pain on arching is a possible pars stress injury, a bone stress injury as
      // everywhere else (Warden14, with our reading for the spine).
      {
        text: 'a past cancer; back pain after a fall, or with osteoporosis or long-term steroid use',
        sources: ['Finucane20'],
        flags: ['NV'],
      },
      {
        text: 'or, under about 25, back pain on one side that builds with running and is worse arching backwards (a possible stress injury of the spine): see a clinician before running on',
        sources: ['Warden14'],
        flags: ['NV', 'UE'],
      },
    ),
  },
}

/**
 * Where Achilles pain sits decides how low the heel may go under load; said as a note in the plan, and as the
 * straight-knee heavy slow raise's range cue, so the plan never gives two instructions about the range.
 */
export const ACHILLES_SITE: Readonly<
  Record<'mid' | 'insertion' | 'unsaid', SourcedText & { readonly cue: string }>
> = {
  mid: {
    cue: 'From the heel below the step edge (or flat ground without a step) up high on the toes, while the pain rule holds',
    text: 'Your pain is in the middle of the tendon, as in the trial: the straight-knee raise may start with the heel below the edge of a step, for the whole movement, as long as the pain rule holds.',
    sources: ['Beyer15'],
    flags: ['SEC'],
  },
  insertion: {
    cue: 'Up as high as you can on the toes, down to flat ground, no lower',
    text: 'Your pain is where the tendon meets the heel: every calf raise starts from flat ground and the heel never sinks lower than the front of the foot, because that position presses the tendon against the heel bone. The trial treated pain in the middle of the tendon; heel drops helped far fewer people with pain at the heel than in the middle (our reading for the raises).',
    sources: ['Fahl03'],
    flags: ['NV', 'UE'],
  },
  unsaid: {
    cue: 'Up as high as you can on the toes, down to flat ground, no lower',
    text: 'You did not say where the Achilles pain is, so the plan treats it as pain where the tendon meets the heel: every calf raise starts from flat ground and the heel never sinks lower than the front of the foot. If the pain is in the middle of the tendon, a few centimetres above the heel, say so in About you.',
    sources: [],
    flags: ['UE'],
  },
}

/**
 * Maximal lowering work new to the runner leaves the legs sore for days: not started when a race is this close
 * (the Nordic's own build-up takes four weeks before its full dose), and stopped this many days before a race.
 */
export const NEW_MAXIMAL_LOWERING: SourcedText & {
  readonly ids: readonly string[]
  readonly weeksBeforeRace: number
  readonly lastDaysBeforeRace: number
} = {
  ids: ['nordic-hamstring-curl', 'eccentric-heel-drop'],
  weeksBeforeRace: 8,
  lastDaysBeforeRace: 10,
  text: 'Maximal lowering work (Nordics, heel drops) is not started within 8 weeks of a race, and its last session is at least 10 days before the race: new or hard lowering leaves the muscles sore for days, and the Nordic’s own build-up takes four weeks (our judgement).',
  sources: ['Pete11'],
  flags: ['UE'],
}

/**
 * Who gets which jumps (our judgement): the full progression needs calves at the heel-rise norm for age and sex with
 * the sides within a retest's spread, some lifting experience and an age under 50; without a heel-rise count, an age,
 * or from 50, jumps stay at low two-footed hops; below the norm or uneven, they wait.
 */
export const JUMP_READINESS = {
  fullFromAge: ['u20', '20s', '30s', '40s'] as readonly AgeBandId[],
  text: 'Jumps wait until your calves are ready: a heel-rise count at the norm for your age and sex, with the sides within a retest’s spread. From 50, or without a heel-rise count and an age to compare it with, they stay at low two-footed hops; new to strength work, they start in week 5 (our judgement).',
  sources: ['HL17'],
  flags: ['UE'],
} as const

/** How the weeks build, what effort means and where lifting goes around the running. */
export const PLAN_GUIDE = {
  effort: {
    text: 'Effort is counted in reps left in the tank at the end of a set: 2 in reserve means you could have done 2 more. People usually guess they have fewer left than they really do, by about one rep on average and by more in long, light sets. The reserve targets each week (1–3 reps) are our choice.',
    sources: ['Helms16', 'Halp22'],
    flags: ['UE'],
  },
  findLoad: {
    text: 'Finding your load: in the first session warm up with two or three light sets, then take the weight you can lift the exercise’s number of times with the reps in reserve it asks (a 10RM is the heaviest weight you can lift 10 times); if a set ends with more left, go heavier. An empty bar is for warming up, not the working load.',
    sources: ['ACSM09', 'Helms16'],
    flags: ['UE'],
  },
  buildUp: {
    text: 'New to strength work: use loads you could lift 8–12 times, 2–3 days a week; in the first weeks add sets before adding load.',
    sources: ['ACSM09'],
    flags: ['UE'],
  },
  addLoad: {
    text: 'Add load (about 2.5–10 %) once you manage two reps more than asked in the last set, two sessions running.',
    sources: ['NSCA', 'ACSM09'],
    flags: ['SEC'],
  },
  ownDose: {
    text: 'Each exercise follows its own dose week by week: where a trial set it (heavy slow calf raises, Nordics, heel raises for the heel), its sets, reps and loads are the trial’s, and how often depends on your strength days (the trials did the Nordic up to three times a week and the calf raises three times). Elsewhere the general rule for its kind (lifts: a set, then load; body weight: reps, then a set; holds: seconds; jumps: contacts).',
    sources: ['Beyer15', 'Pete11', 'Rath15'],
    flags: ['UE'],
  },
  placement: {
    text: 'Keep lifting at least 3 hours from a run, or on another day. With about 3 hours between them, the order did not change strength, muscle or aerobic gains in one 9-week study of 29 moderately active men (not runners), though it did change some jump-power gains. Sessions go on your chosen days but never on the day before a long or hard run; on a hard-run day, lift after the run.',
    sources: ['Schu22', 'Lee20'],
    flags: ['SEC', 'NV', 'UE'],
  },
  plyometrics: {
    text: 'Jumps and hops alongside heavy lifting improved running economy in reviews of runner studies; in one trial of 17 male runners, those randomised to 6 weeks of added jumps (about half of them) ran 3 km 2.7 % faster, and the controls did not change. Contacts (each landing) start low and build; the numbers are ours.',
    sources: ['Blag18', 'Spurrs03'],
    flags: ['UE'],
  },
  taper: {
    text: 'Before a race keep the weights but cut the sets: every exercise stays at the step it had reached in any session (nothing new), the week before race week is lighter (about two thirds of the sets), the last heavy session is the last one of that lighter week, 7–13 days before the race (7–10 when one of your strength days falls then), and race week (the 7 days up to the race, counted back from race day, so for a race not on a Sunday it starts part-way through a calendar week, and the week table says from which day) is light (about half the sets, whole sets dropped), and the two days before the race have none. Tapers that cut volume by 41–60 % and kept intensity worked best for endurance performance; applying that to lifting is our estimate.',
    sources: ['Bos07', 'Wang23'],
    flags: ['UE'],
  },
  afterRace: {
    text: 'A race less than three weeks away is too close to start something new: keep doing what you already do (the same exercises and loads, about half the sets in race week, or none if you do not lift yet) and start this plan a week after the race.',
    sources: ['Bos07'],
    flags: ['UE'],
  },
  frequency: {
    text: 'Two or three sessions a week improve running economy. In cyclists one session a week kept the gains for 13 weeks; for runners, one every 7–10 days is our estimate.',
    sources: ['Blag18', 'Ronn10'],
    flags: ['UE'],
  },
  log: {
    text: 'Log every session: the sets you did, the load, and pain out of 10 during the work and the next morning. The load rule and the pain rule both read from it.',
    sources: ['Silb07'],
    flags: ['SEC', 'UE'],
  },
  retest: {
    text: 'Repeat the same self-tests, the same way, on the re-test day to see what changed.',
    sources: [],
    flags: ['UE'],
  },
} as const satisfies Readonly<Record<string, SourcedText>>

/** Stop and see a clinician: signs that no plan should train through, each with how soon. */
export const RED_FLAGS: readonly SourcedText[] = [
  {
    text: 'Numbness between the legs or around the back passage, new trouble passing or holding urine or stools, or weakness in both legs: go to an emergency department now.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'Chest pain, fainting, or a racing or irregular heartbeat while running: stop and get urgent medical help.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'A swollen, warm, tender calf at rest: get a same-day medical review; with breathlessness or chest pain, call emergency services.',
    sources: [],
    flags: ['UE', 'NV'],
  },
  {
    text: 'A sudden pop at the back of the heel, as if kicked, or not being able to rise onto the toes of one foot: a possible Achilles rupture, get seen the same day.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'Deep groin or front-of-hip pain that builds with running, hurts when you hop or aches at night, especially with low energy availability or a past bone injury: a possible stress injury of the thigh-bone neck, get seen the same day. Pain on the outside of the hip on stairs or lying on it is usually the gluteal tendon, not this.',
    sources: ['StatP', 'Warden14'],
    flags: ['SEC', 'NV', 'UE'],
  },
  {
    text: 'Bone pain in one spot that builds with impact, hurts on hopping or aches at night or at rest: see a clinician before running again.',
    sources: ['Knob25'],
    flags: ['SEC'],
  },
  {
    text: 'Missed periods, repeated stress injuries or falling performance with low fuelling: ask about low energy availability (REDs).',
    sources: ['Mount23'],
    flags: [],
  },
  {
    text: 'Pain that makes you limp; swelling or warmth of a joint or tendon; numbness, tingling or a dropping foot.',
    sources: [],
    flags: ['UE'],
  },
  { text: 'Pain at night, fever or weight loss you cannot explain.', sources: [], flags: ['UE'] },
  {
    text: 'Leg pain during exercise with numbness that eases when you stop.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'Tendon pain that has not settled within 1–2 weeks of going back to the last dose that was fine (pain above 5 out of 10 while loading, or worse the next morning, means going back to that dose first).',
    sources: ['Silb07'],
    flags: ['SEC', 'UE'],
  },
]

/**
 * Exercises that belong to a niggle's treatment pathway only: a general plan never picks them, so a runner
 * without that niggle is not handed a rehabilitation protocol. The bridge and side-lying adduction are early
 * stages of the gluteal and groin pathways; a general plan has stronger work for those groups.
 */
export const PATHWAY_ONLY: readonly string[] = [
  'eccentric-heel-drop',
  'towel-heel-raise',
  'askling-extender',
  'askling-diver',
  'askling-glider',
  'isometric-hip-abduction',
  'adductor-ball-squeeze',
  'glute-bridge',
  'side-lying-adduction',
]

/** Everything "My plan" says, as one value for the schema check and the source walk. */
export const PLAN_CONTENT = {
  loadTags: LOAD_TAGS,
  tests: SELF_TESTS,
  untested: UNTESTED_NOTE,
  why: GROUP_STRIDE_WHY,
  niggles: NIGGLES,
  lowering: NEW_MAXIMAL_LOWERING,
  achillesSite: ACHILLES_SITE,
  jumps: JUMP_READINESS,
  guide: PLAN_GUIDE,
  redFlags: RED_FLAGS,
  pathwayOnly: PATHWAY_ONLY,
} as const
