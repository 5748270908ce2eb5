/**
 * The plan: sessions on the runner's own days, each exercise dosed week by week from its own card (or the
 * generic rule for its kind where the card has none), a niggle's pathway applied (what it promises first and at
 * home, what it leaves out by kind and by exercise, tendon sessions a day or more apart, a dated re-test before a
 * later stage), jumps only for calves that test ready, the weeks run to the race with a lighter week and a light
 * race week in which every exercise stays at the step it had reached, one re-test date, and a reason for every
 * choice. Deterministic: no clock, no randomness; the same inputs give the same plan.
 */
import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { PlanInputs, SelfTestId } from '../domain/plan.ts'
import { WEEKDAY_NAMES, type WeekdayId } from '../domain/plan-options.ts'
import { LEVEL_IDS, type EquipmentId, type LevelId } from '../domain/training.ts'
import { CONTENT } from '../content/index.ts'
import { BUILD_BODYWEIGHT, BUILD_CARRY } from '../content/doses.ts'
import {
  ACHILLES_SITE,
  JUMP_READINESS,
  LOAD_TAGS,
  NEW_MAXIMAL_LOWERING,
  NIGGLES,
  PATHWAY_ONLY,
  SELF_TESTS,
  EXCLUDED_LOAD_WORDS,
  type NiggleRule,
  type PathwayItem,
} from '../content/plan.ts'
import type { Exercise, OwnWeekly, SourcedText, WeekStep } from '../content/types.ts'
import { setsText } from '../content/sets-text.ts'
import {
  addDays,
  circularGap,
  dateInWeek,
  dayBefore,
  daysBetween,
  mondayOnOrAfter,
  spacedDays,
  usableDays,
  weekdayOf,
} from './calendar.ts'
import { scoreGroups, scoreTest, type GroupScore, type TestScore } from './score.ts'

export { addDays, daysBetween } from './calendar.ts'

/** Groups that do not come from the tests, in the order a runner's plan usually needs them. */
export const RUNNING_ORDER: readonly GroupId[] = [
  'calves',
  'glutes',
  'hamstrings',
  'quadriceps',
  'core',
  'hip-flexors',
  'upper-back',
  'shoulders',
]

/** A race closer than this is too near to start something new: keep what you do, start after it. */
export const MIN_DAYS_TO_RACE = 21
/** A race further than this gets a first block of 8 weeks rather than a table to race day. */
export const MAX_WEEKS_TO_RACE = 16
/** Weeks in a block with no race in it. */
export const BLOCK_WEEKS = 8
/** New to strength work: jumps start in this week. */
export const NOVICE_JUMPS_FROM = 5

/** One week's dose of one exercise, on the date its session falls that week. */
export interface DoseWeek {
  readonly week: number
  readonly date: string
  readonly sets: number
  readonly reps: string
  readonly load: string
  readonly effort: string
  /** The card's own frequency for this step (the Nordic: once, twice, then three times a week). */
  readonly frequency: string | null
  /** What the race taper did to this session. */
  readonly taper: 'lighter' | 'last-heavy' | 'light' | null
}

export interface PlannedExercise {
  readonly exercise: Exercise
  readonly group: GroupId
  /** Why it is here, in one line with the numbers behind it. */
  readonly reason: string
  /** True for the pathway's and the weak or uneven groups' work. */
  readonly priority: boolean
  /** Part of the niggle's pathway. */
  readonly pathway: boolean
  /** Where its week-by-week dose comes from. */
  readonly doseSource: 'own' | 'generic'
  /** The pathway's own steps, with their sources, where they replace the card's (a heavy slow lift's loads). */
  readonly pathwaySteps: OwnWeekly | null
  /** The plan week it starts (a later stage, or jumps for a novice). */
  readonly fromWeek: number
  /** Its dose in every week its session takes place, in order. */
  readonly doses: readonly DoseWeek[]
  /** Its tempo here: the pathway's own where it sets one (a heavy slow lift), else the card's. */
  readonly tempo: string | null
  /** The card's cues that hold here (none that gives seconds the pathway's tempo overrides). */
  readonly cues: readonly string[]
}

/** Pathway work also done at home on the days between sessions, as its trial had it. */
export interface HomeWork {
  readonly planned: PlannedExercise
  /** How often, in words: "every day, on the days without a session too", "twice every day". */
  readonly how: string
}

/** A dated re-test before a pathway's later stage (the Nordic back after a hamstring strain). */
export interface PlanCheck {
  readonly week: number
  /** The day of the first session of that week: check before it. */
  readonly date: string
  readonly criteria: SourcedText
}

/** Which jumps a runner is ready for: none yet, low two-footed hops, or the full progression. */
export type JumpLevel = 'none' | 'low' | 'full'

export interface Session {
  /** A, B, C for full sessions; a short pathway session is named after its work. */
  readonly name: string
  readonly weekday: WeekdayId
  /** A short session added so a pathway exercise comes as often as its trial did. */
  readonly short: boolean
  /** Jumps, done first after the warm-up. */
  readonly jumps: PlannedExercise | null
  readonly exercises: readonly PlannedExercise[]
  /** The session's date in each week of the plan, or null when it is dropped that week. */
  readonly dates: readonly (string | null)[]
}

export type WeekKind = 'build' | 'lighter' | 'race' | 'after-race' | 'retest'

export interface PlanWeek {
  readonly week: number
  /** The week's first day, YYYY-MM-DD, counted from the plan's first day. */
  readonly from: string
  readonly to: string
  /** Before a race: the taper the week's first session gets (race week = 0–6 days out, lighter = 7–13). */
  readonly kind: WeekKind
  /** A week whose sessions change taper part-way (a race not on a Sunday): the taper from that date on. */
  readonly then: { readonly kind: WeekKind; readonly from: string } | null
  readonly title: string
  readonly what: string
  /** A lighter week before the race, or race week (by the taper the week starts with). */
  readonly light: boolean
  /** The sessions that take place this week, with their dates. */
  readonly sessions: readonly { readonly name: string; readonly date: string }[]
}

/**
 * `programme`: the plan; `after-race`: the race is too close, so keep what you do and start after it;
 * `see-clinician`: a niggle that needs a clinician before any plan; `pick-day`: no chosen day can hold a session,
 * so no programme, pathway or re-test until one can.
 */
export type PlanMode = 'programme' | 'after-race' | 'see-clinician' | 'pick-day'

export interface Plan {
  readonly mode: PlanMode
  /** The first day of week 1. */
  readonly programmeStart: string
  readonly groups: readonly GroupScore[]
  readonly priority: readonly GroupId[]
  readonly sessions: readonly Session[]
  readonly weeks: readonly PlanWeek[]
  /** The one re-test date: header, week table and print all show this. Null with no plan. */
  readonly retest: string | null
  /** The race day when the weeks run to it. */
  readonly race: string | null
  readonly raceWeek: number | null
  /** The last heavy session before the race. */
  readonly lastHeavy: string | null
  readonly niggle: NiggleRule | null
  /** Pathway work done at home between sessions (daily holds, the lengthening exercises). */
  readonly home: readonly HomeWork[]
  /** The re-test before a pathway's later stage, when the niggle has one. */
  readonly check: PlanCheck | null
  /** Which jumps the runner's calves and age allow (a niggle can still leave them out). */
  readonly jumpLevel: JumpLevel
  /** For Achilles pain: what its site allows (how low the heel may go), with its sources. */
  readonly siteNote: SourcedText | null
  /** The runner's training days that hold a session, and those refused (the day before a hard run). */
  readonly days: readonly WeekdayId[]
  readonly refusedDays: readonly WeekdayId[]
  /** What was left out or assumed and why, so nothing disappears silently. */
  readonly notes: readonly string[]
  /** Self-tests the runner skipped. */
  readonly skipped: readonly SelfTestId[]
  readonly perSession: number
  readonly level: LevelId
}

const LEVEL_FOR: Readonly<Record<NonNullable<PlanInputs['experience']>, LevelId>> = {
  none: 'beginner',
  some: 'intermediate',
  regular: 'advanced',
}

/** Exercises per session for the time there is: about 5–8 minutes each with rests. */
export function exercisesPerSession(minutes: PlanInputs['minutes']): number {
  return minutes <= 20 ? 4 : minutes <= 30 ? 5 : 6
}

function kitOf(inputs: PlanInputs): Set<EquipmentId> {
  const kit = new Set<EquipmentId>(['bodyweight'])
  for (const k of inputs.kit) if (k !== 'step') kit.add(k)
  return kit
}

const byId = new Map<string, { exercise: Exercise; group: GroupId }>(
  RUNNING_ORDER.flatMap((g) => CONTENT[g].exercises.map((e) => [e.id, { exercise: e, group: g }] as const)),
)

/** The race day the weeks run to, when there is one and it is after the plan's start. */
function raceOf(inputs: PlanInputs): string | null {
  if (inputs.goal !== 'race' || inputs.raceDate === null) return null
  return daysBetween(inputs.start, inputs.raceDate) > 0 ? inputs.raceDate : null
}

/** Why an exercise may not be in this runner's plan, or null when it may. */
function leftOutBy(e: Exercise, inputs: PlanInputs, raceSoon: boolean): string | null {
  const niggle = inputs.niggle ? NIGGLES[inputs.niggle] : null
  if (niggle?.leaveOut.includes(e.kind)) return 'niggle-kind'
  if (niggle?.exclude.includes(e.id)) return 'niggle-id'
  // A load the niggle limits is left out of all general work; the pathway brings it in at its own stage.
  if (niggle?.limits.some((l) => LOAD_TAGS[l.tag].ids.includes(e.id))) return 'niggle-load'
  if (raceSoon && NEW_MAXIMAL_LOWERING.ids.includes(e.id)) return 'race'
  const promised = niggle?.promise.some((p) => p.oneOf.includes(e.id)) ?? false
  if (PATHWAY_ONLY.includes(e.id) && !promised) return 'pathway-only'
  return null
}

/** The exercises a runner can do: their kit (any one listed item is enough), up to their level, niggle allowing. */
export function candidates(group: GroupId, inputs: PlanInputs, raceSoon = false): Exercise[] {
  const kit = kitOf(inputs)
  const level = LEVEL_IDS.indexOf(LEVEL_FOR[inputs.experience ?? 'none'])
  const fit = CONTENT[group].exercises.filter(
    (e) =>
      e.equipment.some((k) => kit.has(k)) &&
      LEVEL_IDS.indexOf(e.level) <= level &&
      leftOutBy(e, inputs, raceSoon) === null,
  )
  // The regression is the way into the full Nordic, not a second exercise beside it.
  return fit.some((e) => e.id === 'nordic-hamstring-curl')
    ? fit.filter((e) => e.id !== 'nordic-regression')
    : fit
}

/**
 * Which jumps the calves are ready for (our judgement): below the heel-rise norm, or sides further apart than a
 * retest explains, none yet; no count on both sides, no age to compare it with, or 50 and over, low two-footed
 * hops only; otherwise the full progression.
 */
function jumpReadiness(inputs: PlanInputs): { level: JumpLevel; note: string | null } {
  const hr = scoreTest('heel-rise', inputs)
  if (hr && hr.weakSides.length > 0)
    return {
      level: 'none',
      note: 'Jumps wait: your heel-rise count is below the typical count for your age and sex, so the calf work comes first; re-test at the end of the block (our judgement).',
    }
  if (hr?.unevenSide)
    return {
      level: 'none',
      note: 'Jumps wait: your two heel-rise counts differ by more than a retest can explain, so the calf work evens them first; re-test at the end of the block (our judgement).',
    }
  if (!hr || hr.cutoff === null || hr.values.L === null || hr.values.R === null)
    return {
      level: 'low',
      note: 'Jumps stay at low two-footed pogo hops: the full progression (single-leg hops, bounds, drop jumps) needs a heel-rise count on both sides and your age, to compare them with the norm (our judgement).',
    }
  if (inputs.age === null || !JUMP_READINESS.fullFromAge.includes(inputs.age))
    return {
      level: 'low',
      note: 'From 50, jumps stay at low two-footed pogo hops: no single-leg hops, bounds or drop jumps in this plan (our judgement).',
    }
  return { level: 'full', note: null }
}

/** How bad a score is, for ordering the weak groups: below the norm first, then the widest gap. */
function severity(s: GroupScore): number {
  const worst = s.because[0]
  if (!worst) return 0
  const known = [worst.values.L, worst.values.R].filter((v): v is number => v !== null)
  const lo = known.length ? Math.min(...known) : 0
  const ratio = worst.cutoff && SELF_TESTS[worst.test].unit !== 'faults' ? lo / worst.cutoff : 1
  return (s.mark === 'weak' ? 0 : 10) + ratio
}

function reasonFor(ex: Exercise, group: GroupId, score: GroupScore): string {
  const t: TestScore | undefined = score.because[0]
  const name = GROUPS[group].name.toLowerCase()
  if (!t || score.mark === 'fine' || score.mark === 'untested')
    return score.mark === 'untested'
      ? `Keeps the ${name} working; no self-test covered them.`
      : `Keeps the ${name} strong: they tested fine.`
  const test = SELF_TESTS[t.test]
  const unit =
    test.unit === 'faults' ? '' : test.unit === 'reps' ? ' reps' : test.unit === 'cm' ? ' cm' : ' s'
  const side = (v: number | null) => (v === null ? '—' : `${v}${unit}`)
  const numbers =
    test.unit === 'faults'
      ? `${t.gap ?? ''}`
      : `left ${side(t.values.L)}, right ${side(t.values.R)}${t.gap ? `, ${t.gap}` : ''}`
  const what = score.mark === 'weak' ? (test.unit === 'faults' ? 'poor control' : 'below the norm') : 'uneven'
  return `${ex.name} first for the ${name} (${what}): ${test.name.toLowerCase()} ${numbers}.`
}

// --- Doses: the card's own steps, or the generic rule for its kind ------------------------------------------

interface StepDose {
  readonly sets: number
  readonly reps: string
  readonly load: string
  readonly effort: string
  readonly frequency: string | null
}

const LOAD_RULE =
  '1–3 reps in reserve; add 2–10 % load when you beat the top of the range by two reps in the last set, two sessions running'

/** "8–12 per leg" → 8, 12, " per leg"; "30 s" → 30, 30, " s". */
function parseReps(reps: string): { lo: number; hi: number; rest: string } | null {
  const m = /^(\d+)(?:–(\d+))?(\D.*)?$/.exec(reps)
  if (!m) return null
  return { lo: Number(m[1]), hi: Number(m[2] ?? m[1]), rest: m[3] ?? '' }
}

/** Week `w` (1 = the exercise's first week) of the generic rule for the card's kind. */
function genericDose(e: Exercise, w: number): StepDose {
  const s = e.dose.start
  const base = { sets: s.sets, reps: s.reps, load: s.load, effort: s.effort, frequency: null }
  const reps = parseReps(s.reps)
  const harder = `the harder version: ${e.harder.replace(/\.$/, '')}`
  if (e.kind === 'isometric' && reps) {
    // Holds: 5 s more each week up to a minute, then the harder version (BUILD_HOLD).
    const secs = Math.min(reps.hi + 5 * (w - 1), Math.max(60, reps.hi))
    const past = reps.hi + 5 * (w - 1) > Math.max(60, reps.hi)
    return { ...base, reps: `${secs}${reps.rest}`, load: past ? harder : s.load }
  }
  if ((e.kind === 'carry' || e.kind === 'drill') && reps && /^ m\b/.test(reps.rest)) {
    // Carries and drills in metres: 10 m more a week, to twice the start; then heavier (BUILD_CARRY, _DRILL).
    const metres = Math.min(reps.hi + 10 * (w - 1), reps.hi * 2)
    const heavier = e.kind === 'carry' && reps.hi + 10 * (w - 1) > reps.hi * 2
    return { ...base, reps: `${metres}${reps.rest}`, load: heavier ? `${s.load}, then heavier` : s.load }
  }
  if (e.kind === 'drill') return { ...base, sets: Math.min(s.sets + (w - 1), 8) }
  if (e.dose.progression.text === BUILD_BODYWEIGHT.text || e.dose.progression.text === BUILD_CARRY.text) {
    // Body weight: one or two reps more a week to the top of the range, then a set, then the harder version.
    if (!reps) return base
    const top = reps.hi === reps.lo ? reps.lo + 4 : reps.hi
    const target = Math.min(reps.lo + 2 * (w - 1), top)
    if (w === 1) return base
    if (target < top) return { ...base, reps: `${target}${reps.rest}` }
    const addSet = w >= 2 + Math.ceil((top - reps.lo) / 2)
    const atHarder = w >= 4 + Math.ceil((top - reps.lo) / 2)
    return {
      ...base,
      sets: addSet ? Math.min(s.sets + 1, 3) : s.sets,
      reps: atHarder ? s.reps : `${top}${reps.rest}`,
      load: atHarder ? harder : s.load,
    }
  }
  // Lifts (BUILD_LOAD): a set more each of the first weeks, up to 3; then load by the rule.
  if (w <= 3) return { ...base, sets: Math.min(s.sets + (w - 1), 3) }
  return { ...base, sets: Math.max(3, s.sets), effort: LOAD_RULE }
}

export function ownDose(steps: readonly WeekStep[], w: number): StepDose {
  let step = steps[0]!
  for (const s of steps) if (s.from <= w) step = s
  return {
    sets: step.sets,
    reps: step.reps,
    load: step.load,
    effort: step.effort,
    frequency: step.frequency ?? null,
  }
}

/** The dose of an exercise in its own week `w`, before any race taper. */
export function doseFor(e: Exercise, w: number): StepDose {
  const own = e.dose.weekly !== 'generic' ? e.dose.weekly.steps : null
  const d = own ? ownDose(own, w) : genericDose(e, w)
  // Week 1 shows the card's own start load in full ("your 15RM" alone says less than the card does).
  return w === 1 ? { ...d, load: e.dose.start.load } : d
}

type Taper = DoseWeek['taper']

/**
 * A dose in the lighter or race week: the step the exercise had reached, with whole sets dropped (a list of reps,
 * "12, 10, 8", keeps its first sets), the same load, and nothing new.
 */
function taperDose(d: StepDose, taper: NonNullable<Taper>): StepDose {
  const sets =
    taper === 'light' ? Math.max(1, Math.ceil(d.sets / 2)) : Math.max(1, Math.round((d.sets * 2) / 3))
  const list = d.reps.split(', ')
  const reps = list.length > 1 ? list.slice(0, sets).join(', ') : d.reps
  const words =
    taper === 'light'
      ? 'race week: half the sets, same load, nothing new'
      : 'about two thirds of the sets, same load, nothing new'
  return { ...d, sets, reps, effort: `${d.effort}; ${words}` }
}

/** Cues that give seconds for a part of the rep ("three seconds down"): dropped when the pathway sets the tempo. */
const TIMED_CUE = /\b(?:\d+|one|two|three|four|five|six)[- ]seconds?\b/i

const NUMBER_WORDS = ['no', 'once', 'twice', 'three times', 'four times', 'five times', 'six times', 'daily']

// --- The plan --------------------------------------------------------------------------------------------------

const SESSION_NAMES = ['A', 'B', 'C'] as const

interface Slot {
  readonly exercise: Exercise
  readonly group: GroupId
  readonly reason: string
  readonly priority: boolean
  readonly pathway: boolean
  readonly fromWeek: number
  /** The pathway's own tempo, when it sets one. */
  readonly tempo?: string
  /** The pathway's own weekly steps, when it sets them (a heavy slow lift's loads). */
  readonly steps?: OwnWeekly
  /** Sessions a week in the item's own first weeks, then every session (the Nordic's build-up). */
  readonly ramp?: readonly number[]
  /** A few minutes' pathway work: such items share one exercise slot (`PathwayItem.quick`). */
  readonly quick?: true
  /**
   * The card's easier step, said on the first two weeks' doses, where the runner's heel-rise count is below its
   * reps: the single-leg steps then count from the week the runner moves on (the round-8 review).
   */
  readonly easierFirst?: {
    readonly step: string
    readonly reps: number
    /** "single-leg rises", or "single-leg bent-knee rises" for the bent-knee raise (the round-9 review). */
    readonly rises: string
    readonly then: string
    readonly steps: readonly WeekStep[] | null
  }
}

/** Weeks the easier step holds at the least, before the single-leg steps can start. */
const EASIER_WEEKS = 2

const WEEK_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight']

/** "3 × 12RM for two weeks, then 4 × 10RM for two weeks, then 5 × 8RM": a card's steps, by how long each lasts. */
function stepsThen(steps: readonly WeekStep[]): string {
  return steps
    .map((s, i) => {
      const rm = /\d+RM/.exec(s.load)?.[0] ?? s.reps
      const next = steps[i + 1]
      const weeks = next ? next.from - s.from : 0
      return `${s.sets} × ${rm}${next ? ` for ${WEEK_WORDS[weeks] ?? weeks} week${weeks === 1 ? '' : 's'}` : ''}`
    })
    .join(', then ')
}

/** A taper carries the easier step, never its "then …": nothing new in the lighter or race week. */
const carryLoad = (load: string): string => {
  const m = /^easier step first (\(.*?\)) until \d+ single-leg (?:bent-knee )?rises are possible;/.exec(load)
  return m ? `easier step ${m[1]}, or one leg if you have already moved to it` : load
}

/** Pathway raises done on one leg, standing: the single-leg heel-rise count says whether body weight is too much. */
const SINGLE_LEG_RAISES: readonly string[] = ['towel-heel-raise', 'heavy-slow-calf-raise']
/**
 * The bent-knee raise is done standing on one leg where the kit has nothing to put on the knee: a single-leg
 * bent-knee count is about the straight-knee one (Schneiders), so the heel-rise count gates it too (the round-9
 * review). With a barbell alone it is the trial's two-legged raise, loaded.
 */
const BENT_KNEE = 'heavy-slow-seated-calf-raise'
const KNEE_WEIGHTS: readonly EquipmentId[] = ['machine', 'dumbbell', 'kettlebell']

/** The exercise slots a session's items take: quick pathway items share one. */
const slotsTaken = (slots: readonly Slot[]): number =>
  slots.filter((s) => !s.quick).length + (slots.some((s) => s.quick) ? 1 : 0)

const shortName = (e: Exercise) => e.name.split(' (')[0]!.split(',')[0]!
/** "a, b and c" (or "a, b or c"). */
const listText = (xs: readonly string[], last = 'and'): string =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} ${last} ${xs.at(-1)!}`
const lowerFirst = (s: string) => `${s.charAt(0).toLowerCase()}${s.slice(1)}`

export function buildPlan(inputs: PlanInputs): Plan {
  const scores = scoreGroups(inputs)
  const level = LEVEL_FOR[inputs.experience ?? 'none']
  const perSession = exercisesPerSession(inputs.minutes)
  const notes: string[] = []
  const niggle = inputs.niggle ? NIGGLES[inputs.niggle] : null
  const skipped = inputs.skipped

  const flagged = RUNNING_ORDER.filter(
    (g) => scores[g].mark === 'weak' || scores[g].mark === 'asymmetric',
  ).sort(
    (a, b) =>
      severity(scores[a]) - severity(scores[b]) || RUNNING_ORDER.indexOf(a) - RUNNING_ORDER.indexOf(b),
  )
  const rest = RUNNING_ORDER.filter((g) => !flagged.includes(g))
  const priority = [...flagged, ...rest]
  const groups = priority.map((g) => scores[g])

  // The calendar: when the programme starts, how many weeks, and the race in it.
  let mode: PlanMode = 'programme'
  let programmeStart = inputs.start
  let race = raceOf(inputs)
  if (inputs.goal === 'race' && inputs.raceDate === null)
    notes.push('No race date yet: the plan is a general 8-week block until you add one.')
  else if (inputs.goal === 'race' && inputs.raceDate !== null && race === null)
    notes.push('The race date is not after the plan’s first day, so it was left out.')
  if (race !== null && niggle?.noRace && !niggle.noPlan) {
    // A niggle that needs a clinician's clearance before racing gets no taper into the race.
    notes.push(niggle.noRace.text)
    race = null
  }
  if (race !== null) {
    const until = daysBetween(inputs.start, race)
    if (until < MIN_DAYS_TO_RACE) {
      mode = 'after-race'
      // A week of easy days after the race, then the block starts at the top of a training week.
      programmeStart = mondayOnOrAfter(addDays(race, 7))
      race = null
    } else if (until > MAX_WEEKS_TO_RACE * 7) {
      notes.push(
        `Your race is ${Math.floor(until / 7)} weeks away: this is the first ${BLOCK_WEEKS}-week block. Re-test, then build the next block towards the race.`,
      )
      race = null
    }
  }
  const raceSoon =
    race !== null && daysBetween(programmeStart, race) < NEW_MAXIMAL_LOWERING.weeksBeforeRace * 7

  if (niggle?.noPlan)
    return {
      mode: 'see-clinician',
      programmeStart,
      groups,
      priority: flagged,
      sessions: [],
      weeks: [],
      retest: null,
      race: null,
      raceWeek: null,
      lastHeavy: null,
      niggle,
      home: [],
      check: null,
      jumpLevel: 'none',
      siteNote: null,
      days: [],
      refusedDays: [],
      notes: ['No strength plan until a clinician has seen it.'],
      skipped,
      perSession,
      level,
    }

  // Where Achilles pain sits decides how low the heel may go; every calf raise of the pathway depends on it.
  const siteNote = niggle?.id === 'achilles' ? ACHILLES_SITE[inputs.achillesSite ?? 'unsaid'] : null

  // Days: the runner's own, less the day before a long or hard run.
  const { usable, refused } = usableDays(inputs.trainingDays, inputs.hardDays)
  const days = usable.slice(0, SESSION_NAMES.length)
  for (const d of refused)
    notes.push(
      `No session on ${WEEKDAY_NAMES[d]}: it is the day before your long or hard run, and lifting then leaves tired legs for it.`,
    )
  // No day for a session: no programme, pathway or re-test dated around days that cannot hold one (a tendon
  // pathway's holds and short sessions hang off its sessions), only what to choose.
  if (days.length === 0)
    return {
      mode: 'pick-day',
      programmeStart,
      groups,
      priority: flagged,
      sessions: [],
      weeks: [],
      retest: null,
      race: null,
      raceWeek: null,
      lastHeavy: null,
      niggle,
      home: [],
      check: null,
      jumpLevel: 'none',
      siteNote: null,
      days: [],
      refusedDays: refused,
      notes: [
        ...notes,
        inputs.trainingDays.length === 0
          ? 'No training days picked yet: tick the days you can do strength work in About you; choose a strength day that is not the day before a long or hard run.'
          : 'None of your training days can hold a session: choose a strength day that is not the day before a long or hard run.',
      ],
      skipped,
      perSession,
      level,
    }
  if (days.length > 1 && days.some((d, i) => isNextDay(d, days[(i + 1) % days.length]!)))
    notes.push(
      'Two of your sessions are on consecutive days: keep the second one lighter if your legs are still tired (our judgement).',
    )

  // Pools: what the runner can do in each group; jumps are placed apart from the lifts.
  const pools = new Map<GroupId, Exercise[]>(
    priority.map((g) => [g, candidates(g, inputs, raceSoon).filter((e) => e.kind !== 'plyometric')]),
  )
  for (const g of priority)
    if ((pools.get(g) ?? []).length === 0)
      notes.push(
        `No ${GROUPS[g].name.toLowerCase()} exercise fits your kit, level${niggle ? ' and niggle' : ''}; add kit or ask a coach for an alternative.`,
      )

  // A card's harder step never points at an exercise the niggle leaves out (the split squat's Bulgarian for a
  // hamstring strain): the options that name one are dropped, and with none left the step is more load.
  const leftOutIds = (pathway: boolean): Set<string> =>
    new Set([
      ...(niggle?.exclude ?? []),
      ...[...byId.values()]
        .filter(({ exercise: e }) => niggle?.leaveOut.includes(e.kind))
        .map(({ exercise: e }) => e.id),
      ...(niggle?.limits ?? [])
        .filter((l) => !(pathway && l.pathwayFrom !== undefined))
        .flatMap((l) => LOAD_TAGS[l.tag].ids),
    ])
  const harderWithin = (e: Exercise, pathway: boolean): Exercise => {
    if (!niggle) return e
    const names = [...leftOutIds(pathway)]
      .filter((id) => id !== e.id)
      .map((id) => shortName(byId.get(id)!.exercise).toLowerCase())
    // Nor at an excluded exercise's load under another name (a side plank with the top leg lifted, where the
    // front and side plank is excluded).
    for (const id of niggle.exclude) {
      const words = EXCLUDED_LOAD_WORDS[id]
      if (words) names.push(words)
    }
    const options = e.harder.replace(/\.$/, '').split(/, or /)
    const kept = options.filter((o) => !names.some((n) => o.toLowerCase().includes(n)))
    if (kept.length === options.length) return e
    const text = kept.length
      ? `${kept.join(', or ')}; the other harder version waits while the niggle lasts.`
      : 'A little more load or a slower lowering; the harder version waits while the niggle lasts.'
    return { ...e, harder: `${text.charAt(0).toUpperCase()}${text.slice(1)}` }
  }

  // The pathway's promises: the first option the runner's kit and level allow (the last always fits).
  const kit = kitOf(inputs)
  const levelIndex = LEVEL_IDS.indexOf(level)
  const promised: { item: PathwayItem; slot: Slot }[] = []
  for (const item of niggle?.promise ?? []) {
    const fits =
      item.oneOf
        .map((id) => byId.get(id)!)
        .find(
          ({ exercise: e }) =>
            e.equipment.some((k) => kit.has(k)) && LEVEL_IDS.indexOf(e.level) <= levelIndex,
        ) ?? byId.get(item.oneOf.at(-1)!)!
    // The pathway's own form of the card where it has one: its name, range cues and harder step.
    const form = item.own?.[fits.exercise.id]
    const formed: Exercise = form
      ? {
          ...fits.exercise,
          name: form.name ?? fits.exercise.name,
          cues: form.cues ?? fits.exercise.cues,
          harder: form.harder ?? fits.exercise.harder,
          dose: form.effort
            ? { ...fits.exercise.dose, start: { ...fits.exercise.dose.start, effort: form.effort } }
            : fits.exercise.dose,
        }
      : fits.exercise
    const chosen = form?.harder ? formed : harderWithin(formed, true)
    // With a calf machine or barbell the heavy slow raise is the trial's: both legs, loaded, at a 15RM (Beyer 2015);
    // only the home version is done on one leg (the round-8 review).
    const trialKit = kit.has('machine') || kit.has('barbell')
    const bothLegs = chosen.id === 'heavy-slow-calf-raise' && trialKit
    const bentKneeStanding = chosen.id === BENT_KNEE && !KNEE_WEIGHTS.some((k) => kit.has(k))
    const bentKneeBar = bentKneeStanding && kit.has('barbell')
    const exercise: Exercise = bothLegs
      ? {
          ...chosen,
          dose: {
            ...chosen.dose,
            start: {
              ...chosen.dose.start,
              load: `your 15RM, both legs ${listText(
                [
                  ...(kit.has('machine') ? ['on the calf machine'] : []),
                  ...(kit.has('barbell') ? ['with the bar on your shoulders'] : []),
                ],
                'or',
              )}, as in the trial (Beyer 2015)`,
            },
          },
        }
      : bentKneeBar
        ? {
            ...chosen,
            dose: {
              ...chosen.dose,
              start: {
                ...chosen.dose.start,
                load: 'your 15RM, seated with the bar padded across the knees, or standing bent-knee on both legs with the bar',
              },
            },
          }
        : chosen
    const stage = item.fromWeek ?? 1
    const afterCheck = niggle?.check && stage >= niggle.check.week ? ', once the re-test is passed' : ''
    // A runner whose single-leg heel-rise count (either side) is below the first step's reps cannot do that step at
    // body weight: the raise starts with the card's easier step, and says so (the round-7 review).
    const firstReps = parseReps((item.steps ? ownDose(item.steps.steps, 1) : doseFor(exercise, 1)).reps)?.lo
    const counts = Object.values(inputs.results['heel-rise'] ?? {}).filter(
      (n): n is number => typeof n === 'number',
    )
    const fewest = counts.length ? Math.min(...counts) : null
    const ownSteps =
      item.steps?.steps ?? (exercise.dose.weekly !== 'generic' ? exercise.dose.weekly.steps : null)
    const oneLegBentKnee = bentKneeStanding && !bentKneeBar
    const easierFirst =
      ((SINGLE_LEG_RAISES.includes(exercise.id) && !bothLegs) || oneLegBentKnee) &&
      fewest !== null &&
      firstReps !== undefined &&
      fewest < firstReps
        ? {
            step: oneLegBentKnee
              ? '(both feet, knees bent about 45°, then one leg)'
              : `(${lowerFirst(exercise.easier).replace(/\.$/, '')})`,
            reps: firstReps,
            rises: oneLegBentKnee ? 'single-leg bent-knee rises' : 'single-leg rises',
            then: ownSteps ? stepsThen(ownSteps) : '',
            steps: ownSteps,
          }
        : undefined
    promised.push({
      item,
      slot: {
        exercise,
        group: fits.group,
        reason: `Your ${niggle!.injury.toLowerCase()} pathway${stage > 1 ? `, from week ${stage}${afterCheck}` : ''}: ${exercise.name}.${
          easierFirst
            ? ` Your heel-rise count (${fewest}) is below the ${firstReps} rises of its first step: start with the easier step ${easierFirst.step} until ${firstReps} ${easierFirst.rises} are possible, at least for weeks 1–${EASIER_WEEKS}; the single-leg steps count from the week you move on (from week ${EASIER_WEEKS + 1} at the earliest).`
            : ''
        }`,
        priority: true,
        pathway: true,
        fromWeek: stage,
        ...(item.tempo ? { tempo: item.tempo } : {}),
        ...(item.steps ? { steps: item.steps } : {}),
        ...(item.ramp ? { ramp: item.ramp } : {}),
        ...(item.quick ? { quick: true } : {}),
        ...(easierFirst ? { easierFirst } : {}),
      },
    })
  }

  // A group the pathway already loads gets no second exercise: the pathway's dose is that tissue's dose.
  const covered = new Set(promised.map((p) => p.slot.group))
  // A pathway item the plan's weeks never dose (its stage falls in the lighter or race week) takes no slot: the
  // session fills that room with other allowed work, and a note says the stage starts in the next block.
  const slotsFor = (i: number, skip: ReadonlySet<string>): Slot[] => {
    const picked: Slot[] = promised.map((p) => p.slot).filter((s) => !skip.has(s.exercise.id))
    const used = new Set<string>(picked.map((s) => s.exercise.id))
    const take = (g: GroupId, offset: number, isPriority: boolean) => {
      if (covered.has(g)) return
      const pool = pools.get(g) ?? []
      if (pool.length === 0 || slotsTaken(picked) >= perSession) return
      // Each session takes the next exercise of the group's list, so the sessions differ.
      for (let k = 0; k < pool.length; k++) {
        const ex = pool[(offset + k) % pool.length]!
        if (used.has(ex.id)) continue
        used.add(ex.id)
        picked.push({
          exercise: harderWithin(ex, false),
          group: g,
          reason: reasonFor(ex, g, scores[g]),
          priority: isPriority,
          pathway: false,
          fromWeek: 1,
        })
        return
      }
    }
    // The weak and uneven groups in every session, then any the niggle keeps beside its pathway; the others share
    // out what room is left, in turn.
    for (const g of flagged) take(g, i, true)
    const alongside = (niggle?.alongside ?? []).filter((g) => !flagged.includes(g))
    for (const g of alongside) take(g, i, false)
    const others = rest.filter((g) => !alongside.includes(g))
    const turn =
      others.length === 0
        ? 0
        : (i * Math.max(1, perSession - flagged.length - alongside.length)) % others.length
    for (let k = 0; k < others.length && slotsTaken(picked) < perSession; k++)
      take(others[(turn + k) % others.length]!, i, false)
    // Room left (few groups fit the kit): a second exercise for the weakest groups.
    for (const g of flagged) if (slotsTaken(picked) < perSession) take(g, i + 1, true)
    return picked
  }
  // The note on groups the pathway leaves no room for is written once the doses are known, in this place.
  const crowdedAt = notes.length

  // Jumps alongside the heavy work, for calves that test ready (our judgement) and no niggle that leaves them out:
  // the full progression, or low two-footed hops; a novice starts them in week 5. At most two sessions a week
  // carry them, as far apart as the days allow.
  const readiness = jumpReadiness(inputs)
  const jumpsFromWeek = (inputs.experience ?? 'none') === 'none' ? NOVICE_JUMPS_FROM : 1
  const jumpIds =
    readiness.level === 'none'
      ? []
      : readiness.level === 'full' && jumpsFromWeek === 1
        ? ['hop-progression', 'plyometric-jumps', 'lateral-bound']
        : ['pogo-hops']
  const jumpCards = jumpIds
    .map((id) => byId.get(id)!)
    .filter(({ exercise: e }) => leftOutBy(e, inputs, raceSoon) === null)
  const jumpSessions = days.length >= 3 ? [0, 2] : days.length === 2 ? [0, 1] : days.length === 1 ? [0] : []
  const jumpsLeftOut = niggle?.leaveOut.includes('plyometric') ?? false
  if (readiness.note && !jumpsLeftOut && days.length > 0) notes.push(readiness.note)

  // Short sessions so a tendon pathway comes as often as its trial had it, on days that keep every pathway day a
  // day or more from the next (the trials left about 48 hours between sessions).
  const weekly = promised.filter((p) => p.item.perWeek !== undefined)
  const extra: { day: WeekdayId; slots: Slot[] }[] = []
  if (weekly.length > 0 && days.length > 0) {
    const perWeek = Math.max(...weekly.map((p) => p.item.perWeek!))
    const what = [...new Set(weekly.map((p) => shortName(p.slot.exercise).toLowerCase()))]
    const whatText = `${what.join(' and ')}${weekly.length > what.length ? 's' : ''}`
    const need = perWeek - days.length
    // spacedDays' rule, which the note below says in words: no short session next to another pathway day, on a
    // hard day or on the day before one; the day after a hard day may hold one.
    const more = need > 0 ? spacedDays(days, inputs.hardDays, need) : []
    for (const day of more)
      extra.push({
        day,
        slots: weekly.map((p) => ({
          ...p.slot,
          reason: `${p.slot.reason.replace(/\.$/, '')}, on its own so it comes ${NUMBER_WORDS[perWeek]} a week.`,
        })),
      })
    if (more.length < need)
      notes.push(
        `The trial did the ${whatText} ${NUMBER_WORDS[perWeek]} a week, a day or more apart; your days leave room for ${days.length + more.length} that are not on consecutive days${inputs.hardDays.length ? ', on a long or hard run’s day or on the day before it (the day after is fine)' : ''}. To fit ${NUMBER_WORDS[perWeek] === 'three times' ? 'three' : perWeek}, choose strength days two days apart.`,
      )
    const pairs = days.flatMap((a) => days.filter((b) => a < b && circularGap(a, b) === 1).map((b) => [a, b]))
    for (const [a, b] of pairs)
      notes.push(
        `Your ${WEEKDAY_NAMES[a!]} and ${WEEKDAY_NAMES[b!]} sessions both hold the ${whatText} on consecutive days: the trial left about two days between sessions, so move one strength day if you can; if not, go by the pain rule the next morning (our judgement).`,
      )
  }

  // Weeks: to the race (lighter week, race week, re-test after), or a block of 8.
  const start = programmeStart
  const raceWeek = race !== null ? Math.floor(daysBetween(start, race) / 7) + 1 : null
  // The re-test: with a race, the first training day at least a week after it; else the last session of the block;
  // either way on a day that is not a hard run or the day before one.
  // Never on a long or hard run's day or the day before it: a re-test wants fresh legs and spares the run.
  const hardOrBefore = new Set<WeekdayId>([...inputs.hardDays, ...inputs.hardDays.map(dayBefore)])
  const fresh = (date: string) => !hardOrBefore.has(weekdayOf(date))
  let retest: string
  let weeksCount: number
  if (race !== null) {
    const week = Array.from({ length: 7 }, (_, k) => addDays(race!, 7 + k))
    retest = week.find((d) => fresh(d) && days.includes(weekdayOf(d))) ?? week.find(fresh) ?? addDays(race, 7)
    weeksCount = Math.floor(daysBetween(start, retest) / 7) + 1
  } else {
    weeksCount = BLOCK_WEEKS
    const lastWeek = addDays(start, (BLOCK_WEEKS - 1) * 7)
    const dates = days.map((d) => dateInWeek(lastWeek, d)).sort()
    const week = Array.from({ length: 7 }, (_, k) => addDays(lastWeek, k))
    retest = dates.filter(fresh).at(-1) ?? week.filter(fresh).at(-1) ?? dates.at(-1) ?? addDays(lastWeek, 6)
  }

  // Each session's date every week; the taper decides which are lighter, light or dropped.
  const taperOf = (date: string): Taper => {
    if (race === null) return null
    return taperOfDay(date, race)
  }
  const datesFor = (day: WeekdayId): (string | null)[] =>
    Array.from({ length: weeksCount }, (_, i) => {
      const date = dateInWeek(addDays(start, i * 7), day)
      if (date === retest) return null
      if (race !== null && daysBetween(date, race) <= 2) return null
      // After the race the block ends: easy days, then the re-test.
      if (race !== null && daysBetween(date, race) < 0) return null
      return date
    })
  // The last heavy session: the latest session date at least a week before the race.
  let lastHeavy: string | null = null
  if (race !== null)
    for (const d of days)
      for (const date of datesFor(d))
        if (date && daysBetween(date, race) >= 7 && (lastHeavy === null || date > lastHeavy)) lastHeavy = date

  const maximal = (e: Exercise) => NEW_MAXIMAL_LOWERING.ids.includes(e.id)
  // The pathway's own steps where it sets them (week 1 keeps the step's own load), else the card's.
  // A ramp sets how many sessions carry the item in its own first weeks, where its card's step does not say.
  const doseOf = (slot: Slot, w: number): StepDose => {
    const d = slot.steps ? ownDose(slot.steps.steps, w) : doseFor(slot.exercise, w)
    const times = slot.ramp?.[w - 1]
    return times !== undefined && !d.frequency ? { ...d, frequency: `${times}×/week` } : d
  }
  // The straight-knee heavy slow raise's range cue follows where the Achilles pain sits, as the site note does.
  const cuesOf = (slot: Slot): readonly string[] => {
    // A pathway tempo with no pause (3-0-3-0) drops the card's "pause at the bottom" as well.
    const noPause = slot.tempo !== undefined && /^\d+-0-\d+-0$/.test(slot.tempo)
    const cues = slot.tempo
      ? slot.exercise.cues.filter((c) => !TIMED_CUE.test(c) && !(noPause && /\bpause\b/i.test(c)))
      : slot.exercise.cues
    if (!siteNote || slot.exercise.id !== 'heavy-slow-calf-raise') return cues
    return cues.map((c) => (/flat ground/.test(c) ? siteNote.cue : c))
  }
  // A later stage's first dose: the first full-session date from its week on, before the taper. Started only at
  // least three weeks before the race, so every session starts it or none does.
  const stageOpens = (fromWeek: number): boolean => {
    if (race === null || fromWeek <= 1) return true
    const first = days
      .flatMap((d) => datesFor(d).slice(fromWeek - 1))
      .filter((d): d is string => d !== null && taperOf(d) === null)
      .sort()[0]
    return first !== undefined && daysBetween(first, race) >= MIN_DAYS_TO_RACE
  }
  const planned = (slot: Slot, dates: readonly (string | null)[]): PlannedExercise => {
    const doses: DoseWeek[] = []
    // The taper freezes the exercise at the step it last had before it: nothing new in the lighter or race week.
    let reached: StepDose | null = null
    for (const [i, date] of dates.entries()) {
      const week = i + 1
      if (date === null || week < slot.fromWeek) continue
      const t = taperOf(date)
      // A pathway's later stage whose first dose would fall less than three weeks before the race waits for the
      // next block in every session, as PLAN_GUIDE.afterRace says of anything new (the round-6 review).
      if (slot.pathway && !stageOpens(slot.fromWeek)) break
      if (t === null) {
        // With the easier step first, the single-leg steps start no earlier than week 3, and the plan's weeks
        // after that assume the runner moved on then; the card says they follow the runner.
        const own = week - slot.fromWeek + 1
        const e = slot.easierFirst
        // After the easier weeks each step says its own load ("your 12RM"): the card's first load said it in full.
        reached =
          e && e.steps && own > EASIER_WEEKS
            ? ownDose(e.steps, own - EASIER_WEEKS)
            : doseOf(slot, e ? Math.max(1, own - EASIER_WEEKS) : own)
        if (e && own <= EASIER_WEEKS)
          reached = {
            ...reached,
            load: `easier step first ${e.step} until ${e.reps} ${e.rises} are possible; then ${reached.load}. Move to the single-leg step only once ${e.reps} ${e.rises === 'single-leg rises' ? 'rises' : 'bent-knee rises'} on one leg are possible${e.then ? `; then ${e.then}, counted from the week you move on` : ''}`,
          }
        doses.push({ week, date, ...reached, taper: null })
        continue
      }
      if (reached === null) continue
      if (maximal(slot.exercise) && daysBetween(date, race!) < NEW_MAXIMAL_LOWERING.lastDaysBeforeRace)
        continue
      const taper: Taper = date === lastHeavy ? 'last-heavy' : t
      doses.push({ week, date, ...taperDose({ ...reached, load: carryLoad(reached.load) }, t), taper })
    }
    const tempo = slot.tempo ?? slot.exercise.dose.start.tempo ?? null
    return {
      exercise: slot.exercise,
      group: slot.group,
      reason: slot.reason,
      priority: slot.priority,
      pathway: slot.pathway,
      doseSource: slot.steps || slot.exercise.dose.weekly !== 'generic' ? 'own' : 'generic',
      pathwaySteps: slot.steps ?? null,
      fromWeek: slot.fromWeek,
      doses,
      tempo,
      cues: cuesOf(slot),
    }
  }

  const fullSessions = (fullSlots: readonly Slot[][]): Session[] => {
    const sessions: Session[] = days.map((day, i) => {
      const dates = datesFor(day)
      const jumpCard = jumpSessions.includes(i) ? jumpCards[i % Math.max(1, jumpCards.length)] : undefined
      const jumps = jumpCard
        ? planned(
            {
              exercise: jumpCard.exercise,
              group: jumpCard.group,
              reason: `Jumps before the lifts, for running economy${jumpsFromWeek > 1 ? `, from week ${jumpsFromWeek}` : ''}.`,
              priority: false,
              pathway: false,
              fromWeek: jumpsFromWeek,
            },
            dates,
          )
        : null
      return {
        name: `Session ${SESSION_NAMES[i]}`,
        weekday: day,
        short: false,
        jumps: jumps && jumps.doses.length > 0 ? jumps : null,
        exercises: fullSlots[i]!.map((s) => planned(s, dates)),
        dates,
      }
    })
    // A card whose step says how often a week (the Nordic: once, twice, then three times) is done that often: in
    // the earliest sessions of the week, and left out of the later ones.
    for (const [i, s] of sessions.entries()) {
      const exercises = s.exercises.map((p) => ({
        ...p,
        doses: p.doses.filter((d) => {
          const times = /^(\d)×\/week/.exec(d.frequency ?? '')
          if (!times) return true
          const earlier = sessions
            .flatMap((o) => o.exercises.filter((q) => q.exercise.id === p.exercise.id))
            .flatMap((q) => q.doses.filter((x) => x.week === d.week && x.date < d.date))
          return earlier.length < Number(times[1])
        }),
      }))
      sessions[i] = { ...s, exercises }
    }
    return sessions
  }
  // Build, then take out of a session each pathway item it never doses and fill the room; repeat while that
  // changes anything (a freed slot may move a card's weekly count to another session).
  const skips = days.map(() => new Set<string>())
  let fullSlots = days.map((_, i) => slotsFor(i, skips[i]!))
  let sessions = fullSessions(fullSlots)
  for (let pass = 0; pass < 4; pass++) {
    let changed = false
    for (const [i, s] of sessions.entries())
      for (const p of s.exercises)
        if (p.pathway && p.doses.length === 0 && !skips[i]!.has(p.exercise.id)) {
          skips[i]!.add(p.exercise.id)
          changed = true
        }
    if (!changed) break
    fullSlots = days.map((_, i) => slotsFor(i, skips[i]!))
    sessions = fullSessions(fullSlots)
  }
  // A pathway item dosed in no session: named once in the "next block" note, never a session row.
  const dosedIds = new Set(
    sessions.flatMap((s) => s.exercises.filter((p) => p.doses.length > 0).map((p) => p.exercise.id)),
  )
  const frozen = promised.filter(
    (p) => days.length > 0 && p.slot.fromWeek > 1 && !dosedIds.has(p.slot.exercise.id),
  )
  const frozenOut = frozen.map((p) => shortName(p.slot.exercise))
  // The pathway's group stays its own (no other work for it before the stage), so a group it leaves empty is said.
  const heldGroups = new Set(sessions.flatMap((s) => s.exercises.map((p) => p.group)))
  const frozenGroups = [...new Set(frozen.map((p) => p.slot.group))].filter((g) => !heldGroups.has(g))
  // A group that fits the kit but that no session has room for, because the pathway's dosed work takes slots in
  // every session: said.
  const pathwayInEach =
    sessions.length > 0 && sessions.every((s) => s.exercises.some((p) => p.pathway && p.doses.length > 0))
  if (promised.length > 0 && pathwayInEach) {
    const inSessions = new Set(fullSlots.flat().map((s) => s.group))
    const crowded = priority.filter(
      (g) => !covered.has(g) && (pools.get(g) ?? []).length > 0 && !inSessions.has(g),
    )
    if (crowded.length)
      notes.splice(
        crowdedAt,
        0,
        `Your ${niggle!.injury.split(' (')[0]!.toLowerCase()} pathway takes room in each session, so there is no ${listText(
          crowded.map((g) => GROUPS[g].name.toLowerCase()),
          'or',
        )} work in this block: add an exercise for ${crowded.length > 1 ? 'them' : 'it'} if time allows, or choose longer sessions (our judgement).`,
      )
  }
  for (const { day, slots } of extra) {
    const dates = datesFor(day)
    const names = [...new Set(slots.map((s) => shortName(s.exercise)))]
    sessions.push({
      name: `${names.join(' and ')}${slots.length > names.length ? 's' : ''} (short session)`,
      weekday: day,
      short: true,
      jumps: null,
      exercises: slots.map((s) => planned(s, dates)),
      dates,
    })
  }
  // A taper session holds the highest step its lift reached in any earlier session, not only in its own: where the
  // taper starts mid-week, both sessions of that week then hold the same load (the round-7 review).
  const builtSteps = new Map<string, DoseWeek[]>()
  const liftKey = (p: PlannedExercise) => `${p.exercise.id}${p.pathway ? ' pathway' : ''}`
  for (const s of sessions)
    for (const p of [...(s.jumps ? [s.jumps] : []), ...s.exercises])
      for (const d of p.doses)
        if (d.taper === null) builtSteps.set(liftKey(p), [...(builtSteps.get(liftKey(p)) ?? []), d])
  const carried = (p: PlannedExercise): PlannedExercise => ({
    ...p,
    doses: p.doses.map((d) => {
      const t = taperOf(d.date)
      const step = (builtSteps.get(liftKey(p)) ?? [])
        .filter((b) => b.date < d.date)
        .reduce<DoseWeek | null>((a, b) => (a === null || b.week > a.week ? b : a), null)
      if (d.taper === null || t === null || step === null) return d
      const { sets, reps, load, effort } = step
      return {
        ...d,
        ...taperDose({ sets, reps, load: carryLoad(load), effort, frequency: d.frequency }, t),
      }
    }),
  })
  sessions = sessions.map((s) => ({
    ...s,
    jumps: s.jumps && carried(s.jumps),
    exercises: s.exercises.map(carried),
  }))
  if (sessions.some((s) => !s.short && s.exercises.length < 4))
    notes.push('Fewer than 4 exercises fit what you have; the sessions are shorter rather than padded.')
  // A frozen later stage keeps the runner in the earlier one, as the trial did until its criterion let them on:
  // daily home work that stopped when the next stage came in goes on until the taper (the round-7 review).
  const heldOn = (to: number | undefined) => to !== undefined && frozen.some((f) => f.slot.fromWeek > to)
  const heldHome = promised.some((p) => heldOn(p.item.home?.toWeek))
  // The lighter week's first day, counted back from the race as the taper is (13 days out).
  const lighterStart = race !== null ? addDays(race, -13) : null
  if (frozenOut.length)
    notes.push(
      `${[...new Set(frozenOut)].join(', ')} would start less than three weeks before the race: nothing new so close to a race, so it starts in the next block${
        frozenGroups.length
          ? `, and this block has no ${listText(
              frozenGroups.map((g) => GROUPS[g].name.toLowerCase()),
              'or',
            )} work in its sessions`
          : ''
      }${heldHome && lighterStart ? `; until then the first stage goes on as it was: the daily holds continue at home every day until the lighter week starts on ${dayText(lighterStart)}, and the sessions hold them until the race with the taper’s cut` : ''}.`,
    )

  // Pathway work at home between sessions, as the trial did it (daily holds, the lengthening exercises). It stops
  // after the last week that starts before the taper; the sessions carry on as planned.
  const home: HomeWork[] = []
  for (const { item, slot } of promised) {
    if (!item.home || days.length === 0) continue
    const lastWeek = Math.min(
      (heldOn(item.home.toWeek) ? undefined : item.home.toWeek) ?? weeksCount,
      raceWeek ? raceWeek - 2 : weeksCount,
    )
    const weekStarts = Array.from({ length: weeksCount }, (_, i) =>
      i + 1 <= lastWeek ? addDays(start, i * 7) : null,
    )
    const made = planned(slot, weekStarts)
    // Home work goes by date, like the taper: it stops the day before the lighter week, and a home week that runs
    // into it holds no step the sessions have not reached before it starts (the round-8 review).
    const ends = lighterStart !== null && made.doses.some((d) => addDays(d.date, 6) >= lighterStart)
    const doses = made.doses.map((d) => {
      if (lighterStart === null || addDays(d.date, 6) < lighterStart) return d
      const step = (builtSteps.get(liftKey(made)) ?? [])
        .filter((b) => b.date < lighterStart && b.week <= d.week)
        .reduce<DoseWeek | null>((a, b) => (a === null || b.week > a.week ? b : a), null)
      if (step === null) return d
      const { sets, reps, load, effort } = step
      return { ...d, sets, reps, load, effort }
    })
    home.push({
      planned: { ...made, doses },
      how: ends ? `${item.home.how}, until ${dayText(addDays(lighterStart!, -1))}` : item.home.how,
    })
  }

  // The re-test before a later stage: on the day of the first session of its week.
  let check: PlanCheck | null = null
  if (niggle?.check && niggle.check.week <= weeksCount) {
    const w = niggle.check.week
    const first = sessions
      .filter((s) => !s.short)
      .map((s) => s.dates[w - 1])
      .filter((d): d is string => typeof d === 'string' && fresh(d))
      .sort()[0]
    const weekDays = Array.from({ length: 7 }, (_, k) => addDays(start, (w - 1) * 7 + k))
    check = {
      week: w,
      date: first ?? weekDays.find(fresh) ?? weekDays[0]!,
      criteria: niggle.check.criteria,
    }
  }

  if (niggle && (niggle.leaveOut.length || niggle.exclude.length || niggle.limits.length)) {
    // By name only what the kinds and loads do not already say (the hop progression is one of the jumps).
    const limited = new Set(niggle.limits.flatMap((l) => LOAD_TAGS[l.tag].ids))
    const names = niggle.exclude
      .map((id) => byId.get(id)?.exercise)
      .filter(
        (e): e is Exercise => e !== undefined && !niggle.leaveOut.includes(e.kind) && !limited.has(e.id),
      )
      .map((e) => e.name)
    const said = new Set<string>()
    const limits = niggle.limits
      // Drills are named by kind already where the niggle leaves out every drill; strides once, not twice.
      .filter((l) => {
        const ids = LOAD_TAGS[l.tag].ids
        const fresh = ids.some(
          (id) => !said.has(id) && !niggle.leaveOut.includes(byId.get(id)!.exercise.kind),
        )
        for (const id of ids) said.add(id)
        return fresh
      })
    // A load's exception gets its own sentence, naming the pathway's own exercise: in one list, "except as …"
    // read on into the names after it (the round-4 review).
    const exceptions = limits.flatMap((l) => {
      if (l.pathwayFrom === undefined) return []
      const items = sessions
        .flatMap((s) => s.exercises)
        .filter((p) => p.pathway && p.doses.length > 0 && LOAD_TAGS[l.tag].ids.includes(p.exercise.id))
      const what = [
        ...new Set(
          items.map(
            (p) => `${p.tempo === '3-0-3-0' ? 'slow heavy ' : ''}${lowerFirst(shortName(p.exercise))}`,
          ),
        ),
      ]
      return what.length ? [`the pathway’s ${what.join(' and ')} from week ${l.pathwayFrom}`] : []
    })
    const kinds = niggle.leaveOut.map((k) =>
      k === 'plyometric'
        ? 'plyometric exercises (jumps and hops)'
        : k === 'drill'
          ? 'running drills'
          : `${k} work`,
    )
    const listed = [
      ...kinds,
      ...limits.filter((l) => l.pathwayFrom === undefined).map((l) => LOAD_TAGS[l.tag].words),
      ...names,
      ...limits.filter((l) => l.pathwayFrom !== undefined).map((l) => LOAD_TAGS[l.tag].words),
    ]
    const but = exceptions.length
      ? ` The ${exceptions.length === 1 ? 'one exception' : 'exceptions'}: ${exceptions.join('; ')}.`
      : ''
    notes.push(
      `Left out while your ${niggle.injury.toLowerCase()} lasts: ${[...new Set(listed)].join(', ')}.${but}`,
    )
  }
  // A pathway lift the trial did more often than the runner's days allow: said, not padded with short sessions.
  const fullCount = sessions.filter((s) => !s.short).length
  // Only for a lift with at least two build weeks before the taper: one that starts in the next block has its
  // own note, and one build week is not worth a third strength day in a race's run-in (the round-6 review).
  const buildWeeks = (id: string) =>
    new Set(
      sessions
        .flatMap((s) => s.exercises.filter((p) => p.exercise.id === id))
        .flatMap((p) => p.doses.filter((d) => d.taper === null).map((d) => d.week)),
    ).size
  for (const { item, slot } of promised)
    if (
      item.trialPerWeek &&
      fullCount > 0 &&
      fullCount < item.trialPerWeek &&
      buildWeeks(slot.exercise.id) >= 2
    )
      notes.push(
        `The trial behind the ${shortName(slot.exercise).toLowerCase()} did it ${NUMBER_WORDS[item.trialPerWeek]} a week; your strength days hold it ${NUMBER_WORDS[fullCount]} a week, so expect slower progress than in the trial; another strength day, two days from the others, would bring it closer (our judgement).`,
      )
  // (Within 8 weeks of a race the plan's guide says why maximal lowering work is not started.)
  // The step lets the heel sink below the forefoot: said only where a calf raise in the plan uses it and no
  // Achilles or heel pain makes that unwise (the Achilles notes say what the runner's pain allows).
  const stepRaises = ['single-leg-calf-raise', 'bent-knee-calf-raise', 'heavy-slow-calf-raise']
  if (
    inputs.kit.includes('step') &&
    niggle?.group !== 'calves' &&
    sessions.some((s) => s.exercises.some((e) => stepRaises.includes(e.exercise.id)))
  )
    notes.push('With your step: calf raises may start with the heel below its edge, for the full range.')
  for (const t of skipped)
    notes.push(`You skipped the ${SELF_TESTS[t].name.toLowerCase()}: its groups count as not tested.`)

  const weeks = weekRows({ start, weeksCount, sessions, race, raceWeek, retest, lastHeavy, check })
  return {
    mode,
    programmeStart,
    groups,
    priority: flagged,
    sessions,
    weeks,
    retest,
    race,
    raceWeek,
    lastHeavy,
    niggle,
    home,
    check,
    jumpLevel: readiness.level,
    siteNote,
    days,
    refusedDays: refused,
    notes,
    skipped,
    perSession,
    level,
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const

function isNextDay(a: WeekdayId, b: WeekdayId): boolean {
  return weekdayOf(addDays(dateInWeek('2026-01-05', a), 1)) === b
}

/** The exercises of a session, jumps first. */
export function sessionWork(s: Session): PlannedExercise[] {
  return s.jumps ? [s.jumps, ...s.exercises] : [...s.exercises]
}

/** "3 × 12, your 12RM" for a week's dose, as the week table names it. */
function changeText(p: PlannedExercise, d: DoseWeek): string {
  const name = p.exercise.name.split(' (')[0]!.split(':')[0]!
  return `${name} ${setsText(d)}${/^your /.test(d.load) ? ` (${d.load.slice(5)})` : ''}`
}

/** The taper a session date gets, counted in days back from race day: race week 0–6 days out, lighter 7–13. */
/** "Tue 22 Dec". */
const dayText = (d: string) =>
  `${WEEKDAY_NAMES[weekdayOf(d)].slice(0, 3)} ${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`

function taperOfDay(date: string, race: string): 'lighter' | 'light' | null {
  const out = daysBetween(date, race)
  return out <= 6 ? 'light' : out <= 13 ? 'lighter' : null
}

function weekRows(p: {
  start: string
  weeksCount: number
  sessions: readonly Session[]
  race: string | null
  raceWeek: number | null
  retest: string
  lastHeavy: string | null
  check: PlanCheck | null
}): PlanWeek[] {
  const rows: PlanWeek[] = []
  // What changes in week w: exercises with their own steps by name, the rest by the generic rule's words; only
  // the week's build doses (a week that turns lighter says that part itself).
  const buildWhat = (w: number): string => {
    const own = new Set<string>()
    const generic = new Set<string>()
    for (const s of p.sessions)
      for (const ex of sessionWork(s)) {
        const now = ex.doses.find((d) => d.week === w && d.taper === null)
        // Before this week in any session: an exercise on a once-then-twice build starts only once.
        const before = p.sessions
          .flatMap((o) => sessionWork(o).filter((q) => q.exercise.id === ex.exercise.id))
          .flatMap((q) => q.doses.filter((d) => d.week < w))
          .sort((a, b) => a.date.localeCompare(b.date))
          .at(-1)
        if (!now) continue
        if (!before) own.add(`${changeText(ex, now)} starts`)
        else if (ex.doseSource === 'own') {
          if (setsText(now) !== setsText(before) || now.load !== before.load) own.add(changeText(ex, now))
        } else if (now.sets > before.sets) generic.add('one more set')
        else if (now.reps !== before.reps && now.load === before.load) generic.add('a rep or two more')
        else if (now.load !== before.load) generic.add('the harder version or more load')
        else if (now.effort !== before.effort) generic.add('add load by the rule')
      }
    const parts = [...own]
    if (generic.size)
      parts.push(`${own.size ? 'other exercises' : 'Each exercise'}: ${[...generic].join(' or ')}`)
    return parts.length
      ? `${parts.join('; ')}.`
      : 'Same sets and reps; add load by each exercise’s rule when you beat its target.'
  }
  for (let w = 1; w <= p.weeksCount; w++) {
    const from = addDays(p.start, (w - 1) * 7)
    const to = addDays(from, 6)
    const sessions = p.sessions
      .map((s) => ({ name: s.name, date: s.dates[w - 1] ?? null }))
      .filter((s): s is { name: string; date: string } => s.date !== null)
      .sort((a, b) => a.date.localeCompare(b.date))
    const inWeek = (d: string | null) => d !== null && d >= from && d <= to
    let kind: WeekKind = 'build'
    let then: PlanWeek['then'] = null
    let title: string
    let what: string
    if (p.race !== null && inWeek(p.retest)) {
      kind = 'retest'
      title = 'Re-test week'
      what = `Easy days after the race; re-test on ${dayText(p.retest)}, then plan the next block.`
    } else if (p.race !== null && p.race < from) {
      kind = 'after-race'
      title = 'After the race'
      what = `Easy days, no strength session until the re-test on ${dayText(p.retest)}.`
    } else if (p.race !== null && (inWeek(p.race) || sessions.some((s) => taperOfDay(s.date, p.race!)))) {
      // Titled by the taper its sessions get, counted in days back from race day (lighter 7–13 days out, race
      // week 0–6), so that a week and its sessions say the same taper whatever the race's weekday (the round-6
      // review). A Monday-to-Sunday week can hold two of them: it says both, with the day the second starts.
      const race = p.race
      const lighterWhat = `about two thirds of the sets at the same loads, each exercise at the step it had reached${p.lastHeavy && inWeek(p.lastHeavy) ? `; the last heavy session is on ${dayText(p.lastHeavy)}` : ''}`
      const lightWhat = `half the sets at the same loads, each exercise at the step it had reached (nothing new), no session in the two days before the race on ${dayText(race)}`
      const phases: { taper: 'build' | 'lighter' | 'light'; from: string }[] = []
      for (const s of sessions) {
        const t = taperOfDay(s.date, race) ?? 'build'
        if (phases.at(-1)?.taper !== t) phases.push({ taper: t, from: s.date })
      }
      const kindOf = { build: 'build', lighter: 'lighter', light: 'race' } as const
      kind = phases.length ? kindOf[phases[0]!.taper] : 'race'
      if (phases.length > 1) then = { kind: kindOf[phases[1]!.taper], from: phases[1]!.from }
      const name = { build: 'Build', lighter: 'Lighter week', light: 'Race week' } as const
      const whatOf = (t: 'build' | 'lighter' | 'light') =>
        t === 'build' ? buildWhat(w) : t === 'lighter' ? lighterWhat : lightWhat
      if (phases.length === 0) {
        // No session left in the race's own week (the race week's sessions fell in the week before).
        title = 'Race'
        what = `The race on ${dayText(race)}; no session in the two days before it, then easy days until the re-test on ${dayText(p.retest)}.`
      } else if (phases.length === 1) {
        title = name[phases[0]!.taper]
        const t = phases[0]!.taper
        const one = whatOf(t)
        what =
          t === 'build'
            ? one
            : t === 'light'
              ? `Light: ${one}.`
              : `${one.charAt(0).toUpperCase()}${one.slice(1)}.`
      } else {
        const [a, b] = [phases[0]!, phases[1]!]
        title = `${name[a.taper]}, then ${name[b.taper].toLowerCase()} from ${dayText(b.from)}`
        const first = whatOf(a.taper)
        what = `${a.taper === 'build' ? first.replace(/\.$/, '') : `${first.charAt(0).toUpperCase()}${first.slice(1)}`}. From ${dayText(b.from)}, ${b.taper === 'light' ? 'race week: ' : ''}${whatOf(b.taper)}.`
      }
    } else if (p.race === null && w === p.weeksCount) {
      kind = 'retest'
      title = 'Re-test week'
      what = `Sessions at this week’s doses; re-test on ${dayText(p.retest)} in place of that day’s session.`
    } else if (w === 1) {
      title = 'Find your loads'
      what =
        'The start doses. In the first session find each lift’s load with two or three lighter sets first.'
    } else {
      title = 'Build'
      what = buildWhat(w)
    }
    if (p.lastHeavy && inWeek(p.lastHeavy) && kind === 'build' && then === null)
      what += ` The last heavy session before the race is on ${dayText(p.lastHeavy)}.`
    if (p.check && p.check.week === w)
      what = `Re-test on ${dayText(p.check.date)} before the session (see the check); if you pass: ${what.charAt(0).toLowerCase()}${what.slice(1)}`
    rows.push({
      week: w,
      from,
      to,
      kind,
      then,
      title,
      what,
      light: kind === 'lighter' || kind === 'race',
      sessions,
    })
  }
  return rows
}
