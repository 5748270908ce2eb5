/**
 * What "My plan" says: the self-tests a runner can do alone (how, what they test, the published norm and how
 * far apart the sides may be), why each group matters in the stride, how a niggle changes the plan, how the
 * weeks build, and when to stop. Every number carries its source and flags, which the screens show; where no
 * norm was published the test says so instead of inventing one.
 */
import type { GroupId, ViewId } from '../domain/groups.ts'
import type { NiggleId, SelfTestId, SexId } from '../domain/plan.ts'
import type { ExerciseKind } from '../domain/training.ts'
import { KNEE_SIGNS, TENDON_PAIN, THIGH_BONE_NECK, stopWhen } from './stop-rules.ts'
import type { SourcedText } from './types.ts'

/** A number below which a result counts as weak, per sex where the norm differs. */
export interface Cutoff extends SourcedText {
  readonly below: Readonly<Record<SexId, number>>
}

/** How far apart the two sides may be before the plan treats them as uneven. */
export type AsymmetryRule =
  | (SourcedText & { readonly kind: 'lsi'; readonly minPercent: number })
  | (SourcedText & { readonly kind: 'ratio'; readonly low: number; readonly high: number })
  | (SourcedText & { readonly kind: 'difference'; readonly max: number })
  | (SourcedText & { readonly kind: 'faults' })

export interface SelfTest {
  readonly id: SelfTestId
  readonly name: string
  /** The groups it tests, first the one it tests most. */
  readonly groups: readonly GroupId[]
  /** The side the body turns to while the test is filled in, so its muscles face the reader. */
  readonly view: ViewId
  readonly unit: 'reps' | 'seconds' | 'cm' | 'faults'
  /** Highest sensible entry, to catch a typo (a heel-rise count of 250). */
  readonly max: number
  /** The steps, in order, in plain words. */
  readonly howTo: readonly string[]
  /** What it tests, in a line. */
  readonly tests: string
  /** The published norm, in words, with its conditions. */
  readonly norm: SourcedText
  /** Null when no cut-off was published: the screen says so and judges only side against side. */
  readonly cutoff: Cutoff | null
  readonly asymmetry: AsymmetryRule
}

export const SELF_TESTS: Readonly<Record<SelfTestId, SelfTest>> = {
  'heel-rise': {
    id: 'heel-rise',
    name: 'Single-leg heel rise',
    groups: ['calves'],
    view: 'back',
    unit: 'reps',
    max: 120,
    howTo: [
      'Warm up. Stand on one leg on flat floor, fingertips on a wall for balance, knee straight.',
      'Rise as high as you can and lower, one rise every two seconds (a metronome at 60 beats a minute: up on one beat, down on the next).',
      'Stop when you can no longer rise as high, keep the rhythm or stay upright. Count the full rises.',
      'Rest, then test the other leg.',
    ],
    tests: 'Strength-endurance of the calf (gastrocnemius and soleus).',
    norm: {
      text: 'On flat floor healthy adults managed about 28 rises on average, and about 25 has been proposed as the lower limit of normal. On a 10° incline board the median was 24 for men and 21 for women; a retest can differ by about 6.',
      sources: ['Luns95', 'HL17'],
      flags: ['SEC', 'NV'],
    },
    cutoff: {
      text: 'Fewer than 25 on flat floor is below a proposed normal for adults aged 20–59; the rhythm and stop rules here come from the incline study, so treat it as approximate.',
      sources: ['Luns95', 'HL17'],
      flags: ['SEC', 'NV'],
      below: { m: 25, f: 25 },
    },
    asymmetry: {
      kind: 'lsi',
      minPercent: 90,
      text: 'No runner cut-off has been published; the weaker side at under 90 % of the stronger is a common clinical target, used here as our estimate. Retests can differ by about 6 rises, so a small gap may be noise.',
      sources: ['HL17'],
      flags: ['UE', 'SEC'],
    },
  },
  'single-leg-bridge': {
    id: 'single-leg-bridge',
    name: 'Single-leg hamstring bridge',
    groups: ['hamstrings', 'glutes'],
    view: 'back',
    unit: 'reps',
    max: 150,
    howTo: [
      'Lie on your back with one heel on a box or chair about 60 cm high, that knee slightly bent (about 20°), the other thigh pointing straight up, arms crossed.',
      'Push through the heel to lift the hips until they are straight, then lower to touch the floor.',
      'Repeat without resting until you cannot lift fully. Count the full lifts.',
      'Rest, then test the other leg.',
    ],
    tests: 'Endurance of the hamstrings and hip extensors.',
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
    view: 'left',
    unit: 'seconds',
    max: 600,
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
    view: 'front',
    unit: 'faults',
    max: 3,
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
    view: 'back',
    unit: 'cm',
    max: 30,
    howTo: [
      'Face a wall with one foot on a tape measure, toes pointing at the wall.',
      'Lunge the knee forward to touch the wall, heel down, knee over the second toe.',
      'Slide the foot back and repeat until the heel starts to lift: the last distance where the knee still touches with the heel down is your score.',
      'Then the other foot.',
    ],
    tests: 'How far the ankle bends forward with weight on it: a range test, not a strength test.',
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
    view: 'front',
    unit: 'seconds',
    max: 600,
    howTo: [
      'Back flat on a wall, slide down until both knees are bent to a right angle.',
      'Lift one foot about 5 cm off the floor and start the clock.',
      'Stop when you have to put the foot down or slide up. Note the seconds.',
      'Rest, then the other leg.',
    ],
    tests: 'Holding strength (isometric endurance) of the quadriceps.',
    norm: {
      text: 'A clinic’s norms give 50–75 s for men and 35–45 s for women; we found no study behind them.',
      sources: ['Logan'],
      flags: ['SEC'],
    },
    cutoff: {
      text: 'Below the clinic’s range for your sex; using the bottom of the range as a cut-off is our choice.',
      sources: ['Logan'],
      flags: ['SEC', 'UE'],
      below: { m: 50, f: 35 },
    },
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
    text: 'They brake the lower leg at the end of each swing, stretched under load, which is where they strain.',
    sources: ['Chum11', 'Thel05'],
    flags: [],
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
    text: 'It holds the shoulder blades steady so the arms swing from a firm base.',
    sources: ['KBF15', 'Capp06'],
    flags: [],
  },
  shoulders: {
    text: 'They turn each arm swing around, and that swing offsets the twist of the legs at little cost.',
    sources: ['Hamner10', 'Pont09', 'Arel14'],
    flags: [],
  },
}

export interface NiggleRule {
  readonly id: NiggleId
  /** The injury's name as its card has it, so the plan can point to the card. */
  readonly injury: string
  /** The group whose card covers it. */
  readonly group: GroupId
  /** Exercise kinds left out while it lasts. */
  readonly leaveOut: readonly ExerciseKind[]
  /** What changes and why, in plain words. */
  readonly change: SourcedText
  readonly stop: SourcedText
}

const NO_IMPACT: readonly ExerciseKind[] = ['plyometric']
const PAIN_RULE =
  'Pain during the work up to 3 out of 10 is fine and 4–5 is acceptable; above 5 is too much. It should settle by the next morning and not build from week to week; if it does, drop back.'

export const NIGGLES: Readonly<Record<NiggleId, NiggleRule>> = {
  achilles: {
    id: 'achilles',
    injury: 'Achilles tendinopathy',
    group: 'calves',
    leaveOut: NO_IMPACT,
    change: {
      text: `As a precaution we leave out hops and jumps while the Achilles is sore (our choice: in one trial, running and jumping with pain monitoring did no harm). Calf work is slow, about 3 s up and 3 s down, starting near 15 reps and getting heavier over the weeks. ${PAIN_RULE}`,
      sources: ['Silb07', 'Beyer15'],
      flags: ['SEC', 'NV', 'UE'],
    },
    stop: stopWhen(
      'a sudden pop at the back of the heel, or not being able to do a single heel rise',
      TENDON_PAIN,
    ),
  },
  plantar: {
    id: 'plantar',
    injury: 'Plantar fasciitis (heel pain under the foot)',
    group: 'calves',
    leaveOut: NO_IMPACT,
    change: {
      text: 'No hops or jumps while the heel is sore; calf strength work stays in, slow and controlled.',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen('heel pain that stops you walking normally, numbness or tingling in the foot'),
  },
  'shin-bone': {
    id: 'shin-bone',
    injury: 'Bone stress injuries of the shin and foot',
    group: 'calves',
    leaveOut: ['plyometric', 'drill'],
    change: {
      text: 'No hops, jumps or running drills in the plan. Pain in one spot on the bone that builds with impact, hurts on hopping or aches at night should be checked by a clinician before any of this; pain on the front of the shin bone, on top of the midfoot or at the outer edge of the foot near its base should be seen the same day. Do the rest of this plan only once a clinician agrees.',
      sources: ['Knob25'],
      flags: ['SEC', 'UE'],
    },
    stop: stopWhen(
      'pain in one spot of the bone, pain on hopping, pain at night or at rest, or a limp: see a clinician',
    ),
  },
  'runners-knee': {
    id: 'runners-knee',
    injury: "Patellofemoral pain (runner's knee)",
    group: 'quadriceps',
    leaveOut: NO_IMPACT,
    change: {
      text: `No hops or jumps; hip and thigh strength work stays in, in a range that does not hurt. ${PAIN_RULE}`,
      sources: ['Silb07'],
      flags: ['SEC', 'NV', 'UE'],
    },
    stop: stopWhen(KNEE_SIGNS),
  },
  'patellar-tendon': {
    id: 'patellar-tendon',
    injury: 'Patellar tendinopathy (pain just below the kneecap)',
    group: 'quadriceps',
    leaveOut: NO_IMPACT,
    change: {
      text: `No hops or jumps; thigh work starts with holds, which can ease tendon pain, then slow lifts. ${PAIN_RULE}`,
      sources: ['Rio15', 'Silb07'],
      flags: ['NV', 'SEC'],
    },
    stop: stopWhen(KNEE_SIGNS, TENDON_PAIN),
  },
  itb: {
    id: 'itb',
    injury: 'Iliotibial band syndrome (outer knee pain)',
    group: 'glutes',
    leaveOut: NO_IMPACT,
    change: {
      text: 'No hops or jumps while the outer knee is sore; the hip muscles on the side of the pelvis come first.',
      sources: ['Fred00'],
      flags: ['NV'],
    },
    stop: stopWhen(KNEE_SIGNS),
  },
  'gluteal-tendon': {
    id: 'gluteal-tendon',
    injury: 'Gluteal tendinopathy (pain on the outside of the hip)',
    group: 'glutes',
    leaveOut: NO_IMPACT,
    change: {
      text: `No hops or jumps; hip work stays slow and steady. ${PAIN_RULE}`,
      sources: ['Silb07'],
      flags: ['SEC', 'NV', 'UE'],
    },
    stop: stopWhen(TENDON_PAIN),
  },
  'hamstring-strain': {
    id: 'hamstring-strain',
    injury: 'Hamstring strain (usually the biceps femoris long head)',
    group: 'hamstrings',
    leaveOut: ['plyometric', 'drill'],
    change: {
      text: 'No sprints, bounds or fast drills until it is settled; hamstring work starts easy and short of pain, and the hardest lowering work (full Nordics) waits.',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen('a sharp pain or a pop in the back of the thigh, bruising, or pain when walking'),
  },
  'high-hamstring': {
    id: 'high-hamstring',
    injury: 'Proximal hamstring tendinopathy (deep pain at the sitting bone)',
    group: 'hamstrings',
    leaveOut: ['plyometric', 'drill'],
    change: {
      text: `No sprints, bounds or fast drills; hamstring work stays slow. ${PAIN_RULE}`,
      sources: ['Silb07'],
      flags: ['SEC', 'NV', 'UE'],
    },
    stop: stopWhen(TENDON_PAIN),
  },
  groin: {
    id: 'groin',
    injury: 'Groin pain (iliopsoas- and adductor-related)',
    group: 'hip-flexors',
    leaveOut: NO_IMPACT,
    change: {
      text: 'Groin or hip pain when standing on the leg, or when the hip is turned inward, can be a stress fracture of the thigh-bone neck: get seen the same day and start this plan only once that is ruled out. Otherwise, no hops or jumps while the groin is sore.',
      sources: ['StatP'],
      flags: ['SEC', 'UE'],
    },
    stop: stopWhen(THIGH_BONE_NECK),
  },
  'low-back': {
    id: 'low-back',
    injury: 'Low back pain',
    group: 'core',
    leaveOut: NO_IMPACT,
    change: {
      text: 'No hops or jumps; trunk work starts with holds and slow control before anything heavy.',
      sources: [],
      flags: ['UE'],
    },
    stop: stopWhen(
      'pain spreading down a leg, numbness, or weakness in the leg or foot; pain at night or at rest, fever or unexplained weight loss',
    ),
  },
}

/** How the weeks build, what effort means and where lifting goes around the running. */
export const PLAN_GUIDE = {
  effort: {
    text: 'Effort is counted in reps left in the tank at the end of a set: 2 in reserve means you could have done 2 more. Estimates are good to about one rep when few are left, poorer when many are. The reserve targets each week (1–3 reps) are our choice.',
    sources: ['Helms16', 'Hack17'],
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
  placement: {
    text: 'Keep lifting at least 3 hours from a run, or on another day; with that gap the order made no difference in one study. Coaches often lift after the run on hard days, 6 hours apart if possible, and keep the day before a key session easy.',
    sources: ['Schu22', 'Lee20'],
    flags: ['SEC', 'NV', 'UE'],
  },
  taper: {
    text: 'For the last two weeks before the race keep the weights but cut the sets by about half. Tapers that cut volume by 41–60 % and kept intensity worked best; applying that to lifting is our estimate.',
    sources: ['Bos07', 'Wang23'],
    flags: ['UE'],
  },
  frequency: {
    text: 'Two or three sessions a week improve running economy. In cyclists one session a week kept the gains for 13 weeks; for runners, one every 7–10 days is our estimate.',
    sources: ['Blag18', 'Ronn10'],
    flags: ['UE'],
  },
  retest: {
    text: 'Repeat the same self-tests, same way, at the end of the block to see what changed.',
    sources: [],
    flags: ['UE'],
  },
} as const satisfies Readonly<Record<string, SourcedText>>

/** Stop and see a clinician: signs that no plan should train through. */
export const RED_FLAGS: readonly SourcedText[] = [
  {
    text: 'Bone pain in one spot that builds with impact, hurts on hopping or aches at night or at rest.',
    sources: ['Knob25'],
    flags: ['SEC'],
  },
  {
    text: 'Groin or hip pain on weight-bearing: a stress injury of the hip needs to be seen the same day.',
    sources: ['StatP'],
    flags: ['SEC', 'UE'],
  },
  {
    text: 'Missed periods, repeated stress injuries or falling performance with low fuelling: ask about low energy availability (REDs).',
    sources: ['Mount23'],
    flags: [],
  },
  {
    text: 'A sudden pop at the back of the heel, or not being able to do a single heel rise.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'Pain that makes you limp; swelling or warmth of a joint or tendon; numbness, tingling or a dropping foot.',
    sources: [],
    flags: ['UE'],
  },
  {
    text: 'Tendon pain above 5 out of 10, or still worse the next morning.',
    sources: ['Silb07'],
    flags: ['SEC'],
  },
  { text: 'Calf swelling and warmth while resting.', sources: [], flags: ['UE'] },
  { text: 'Pain at night, fever or weight loss you cannot explain.', sources: [], flags: ['UE'] },
  {
    text: 'Leg pain during exercise with numbness that eases when you stop.',
    sources: [],
    flags: ['UE'],
  },
]

/** Everything "My plan" says, as one value for the schema check and the source walk. */
export const PLAN_CONTENT = {
  tests: SELF_TESTS,
  untested: UNTESTED_NOTE,
  why: GROUP_STRIDE_WHY,
  niggles: NIGGLES,
  guide: PLAN_GUIDE,
  redFlags: RED_FLAGS,
} as const
