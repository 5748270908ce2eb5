/**
 * The plan: sessions on the runner's own days, each exercise dosed week by week from its own card (or the
 * generic rule for its kind where the card has none), a niggle's pathway applied (what it promises first, what
 * it leaves out by kind and by exercise), jumps for runners ready for them, the weeks run to the race with a
 * lighter week, a light race week and one re-test date, and a reason for every choice. Deterministic: no clock,
 * no randomness; the same inputs give the same plan.
 */
import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { PlanInputs, SelfTestId } from '../domain/plan.ts'
import { WEEKDAY_NAMES, type WeekdayId } from '../domain/plan-options.ts'
import { LEVEL_IDS, type EquipmentId, type LevelId } from '../domain/training.ts'
import { CONTENT } from '../content/index.ts'
import { BUILD_BODYWEIGHT, BUILD_CARRY } from '../content/doses.ts'
import {
  NEW_MAXIMAL_LOWERING,
  NIGGLES,
  PATHWAY_ONLY,
  SELF_TESTS,
  type NiggleRule,
  type PathwayItem,
} from '../content/plan.ts'
import type { Exercise, WeekStep } from '../content/types.ts'
import { setsText } from '../content/sets-text.ts'
import {
  addDays,
  dateInWeek,
  daysBetween,
  extraDays,
  mondayOnOrAfter,
  usableDays,
  weekdayOf,
} from './calendar.ts'
import { scoreGroups, type GroupScore, type TestScore } from './score.ts'

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
  /** The plan week it starts (a later stage, or jumps for a novice). */
  readonly fromWeek: number
  /** Its dose in every week its session takes place, in order. */
  readonly doses: readonly DoseWeek[]
}

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
  readonly kind: WeekKind
  readonly title: string
  readonly what: string
  /** A lighter week before the race, or race week. */
  readonly light: boolean
  /** The sessions that take place this week, with their dates. */
  readonly sessions: readonly { readonly name: string; readonly date: string }[]
}

/**
 * `programme`: the plan; `after-race`: the race is too close, so keep what you do and start after it;
 * `see-clinician`: a niggle that needs a clinician before any plan.
 */
export type PlanMode = 'programme' | 'after-race' | 'see-clinician'

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
  if (raceSoon && NEW_MAXIMAL_LOWERING.ids.includes(e.id)) return 'race'
  const promised = niggle?.promise.some((p) => p.oneOf.includes(e.id)) ?? false
  if (PATHWAY_ONLY.includes(e.id) && !promised) return 'pathway-only'
  return null
}

/** The exercises a runner can do: their kit (any one listed item is enough), up to their level, niggle allowing. */
export function candidates(group: GroupId, inputs: PlanInputs, raceSoon = false): Exercise[] {
  const kit = kitOf(inputs)
  const level = LEVEL_IDS.indexOf(LEVEL_FOR[inputs.experience ?? 'none'])
  return CONTENT[group].exercises.filter(
    (e) =>
      e.equipment.some((k) => kit.has(k)) &&
      LEVEL_IDS.indexOf(e.level) <= level &&
      leftOutBy(e, inputs, raceSoon) === null,
  )
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

function ownDose(steps: readonly WeekStep[], w: number): StepDose {
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

function taperDose(d: StepDose, taper: Taper): StepDose {
  if (taper === null) return d
  if (taper === 'light')
    return {
      ...d,
      sets: Math.max(1, Math.ceil(d.sets / 2)),
      effort: `${d.effort}; race week: half the sets, same load, nothing new`,
    }
  return {
    ...d,
    sets: Math.max(1, Math.round((d.sets * 2) / 3)),
    effort: `${d.effort}; about two thirds of the sets`,
  }
}

// --- The plan --------------------------------------------------------------------------------------------------

const SESSION_NAMES = ['A', 'B', 'C'] as const

interface Slot {
  readonly exercise: Exercise
  readonly group: GroupId
  readonly reason: string
  readonly priority: boolean
  readonly pathway: boolean
  readonly fromWeek: number
}

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
      days: [],
      refusedDays: [],
      notes: ['No strength plan until a clinician has seen it.'],
      skipped,
      perSession,
      level,
    }

  // Days: the runner's own, less the day before a long or hard run.
  const { usable, refused } = usableDays(inputs.trainingDays, inputs.hardDays)
  const days = usable.slice(0, SESSION_NAMES.length)
  for (const d of refused)
    notes.push(
      `No session on ${WEEKDAY_NAMES[d]}: it is the day before your long or hard run, and lifting then leaves tired legs for it.`,
    )
  if (inputs.trainingDays.length === 0)
    notes.push('No training days picked yet: tick the days you can do strength work in About you.')
  else if (days.length === 0)
    notes.push(
      'None of your training days can hold a session: pick a day that is not the day before a long or hard run.',
    )
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
    promised.push({
      item,
      slot: {
        exercise: fits.exercise,
        group: fits.group,
        reason: `Your ${niggle!.injury.toLowerCase()} pathway${item.fromWeek ? `, from week ${item.fromWeek}` : ''}: ${fits.exercise.name}.`,
        priority: true,
        pathway: true,
        fromWeek: item.fromWeek ?? 1,
      },
    })
  }

  // A group the pathway already loads gets no second exercise: the pathway's dose is that tissue's dose.
  const covered = new Set(promised.map((p) => p.slot.group))
  const fullSlots: Slot[][] = days.map((_, i) => {
    const picked: Slot[] = promised.map((p) => p.slot)
    const used = new Set<string>(picked.map((s) => s.exercise.id))
    const take = (g: GroupId, offset: number, isPriority: boolean) => {
      if (covered.has(g)) return
      const pool = pools.get(g) ?? []
      if (pool.length === 0 || picked.length >= perSession) return
      // Each session takes the next exercise of the group's list, so the sessions differ.
      for (let k = 0; k < pool.length; k++) {
        const ex = pool[(offset + k) % pool.length]!
        if (used.has(ex.id)) continue
        used.add(ex.id)
        picked.push({
          exercise: ex,
          group: g,
          reason: reasonFor(ex, g, scores[g]),
          priority: isPriority,
          pathway: false,
          fromWeek: 1,
        })
        return
      }
    }
    // The weak and uneven groups in every session; the others share out what room is left, in turn.
    for (const g of flagged) take(g, i, true)
    const turn = rest.length === 0 ? 0 : (i * Math.max(1, perSession - flagged.length)) % rest.length
    for (let k = 0; k < rest.length && picked.length < perSession; k++)
      take(rest[(turn + k) % rest.length]!, i, false)
    // Room left (few groups fit the kit): a second exercise for the weakest groups.
    for (const g of flagged) if (picked.length < perSession) take(g, i + 1, true)
    return picked
  })

  // Jumps alongside the heavy work: some strength experience and no niggle that leaves them out; a novice
  // starts them in week 5. At most two sessions a week carry them, as far apart as the days allow.
  const jumpsFromWeek = (inputs.experience ?? 'none') === 'none' ? NOVICE_JUMPS_FROM : 1
  const jumpIds =
    jumpsFromWeek === 1 ? ['hop-progression', 'plyometric-jumps', 'lateral-bound'] : ['pogo-hops']
  const jumpCards = jumpIds
    .map((id) => byId.get(id)!)
    .filter(({ exercise: e }) => leftOutBy(e, inputs, raceSoon) === null)
  const jumpSessions = days.length >= 3 ? [0, 2] : days.length === 2 ? [0, 1] : days.length === 1 ? [0] : []
  // (A novice's jumps say "From week 5" where they are listed; a niggle's left-out kinds are noted below.)

  // Short sessions so a pathway exercise comes as often as its trial had it (three calf sessions a week).
  const extra: { day: WeekdayId; slot: Slot }[] = []
  for (const { item, slot } of promised) {
    const need = (item.perWeek ?? 0) - days.length
    if (need <= 0 || days.length === 0) continue
    const more = extraDays([...days, ...extra.map((x) => x.day)], inputs.hardDays, need)
    for (const day of more) extra.push({ day, slot })
    const next = more.filter((d) => days.some((s) => isNextDay(d, s) || isNextDay(s, d)))
    if (next.length)
      notes.push(
        `The short ${slot.exercise.name.split(' (')[0]!.toLowerCase()} session on ${next.map((d) => WEEKDAY_NAMES[d]).join(' and ')} is next to another session: if the pain is worse the morning after, move it a day.`,
      )
    if (more.length < need)
      notes.push(
        `The trial did the ${slot.exercise.name.toLowerCase()} ${item.perWeek} times a week; your days leave room for ${days.length + more.length}.`,
      )
  }

  // Weeks: to the race (lighter week, race week, re-test after), or a block of 8.
  const start = programmeStart
  const raceWeek = race !== null ? Math.floor(daysBetween(start, race) / 7) + 1 : null
  const allDays = [...days, ...extra.map((x) => x.day)]
  // The re-test: with a race, the first training day at least a week after it; else the last session of the block.
  let retest: string
  let weeksCount: number
  if (race !== null) {
    let r = addDays(race, 7)
    for (let k = 0; k < 7 && allDays.length > 0 && !days.includes(weekdayOf(r)); k++) r = addDays(r, 1)
    retest = r
    weeksCount = Math.floor(daysBetween(start, retest) / 7) + 1
  } else {
    weeksCount = BLOCK_WEEKS
    const lastWeek = addDays(start, (BLOCK_WEEKS - 1) * 7)
    const dates = days.map((d) => dateInWeek(lastWeek, d)).sort()
    retest = dates.at(-1) ?? addDays(lastWeek, 6)
  }

  // Each session's date every week; the taper decides which are lighter, light or dropped.
  const taperOf = (date: string): Taper | 'none' => {
    if (race === null) return null
    const out = daysBetween(date, race)
    if (out <= 2) return 'none'
    if (out <= 6) return 'light'
    if (out <= 13) return 'lighter'
    return null
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

  const planned = (slot: Slot, dates: readonly (string | null)[]): PlannedExercise => {
    const doses: DoseWeek[] = []
    dates.forEach((date, i) => {
      const week = i + 1
      if (date === null || week < slot.fromWeek) return
      const t = taperOf(date)
      const taper: Taper = t === 'none' ? null : date === lastHeavy ? 'last-heavy' : t
      const d = taperDose(doseFor(slot.exercise, week - slot.fromWeek + 1), taper)
      doses.push({ week, date, ...d, taper })
    })
    return {
      exercise: slot.exercise,
      group: slot.group,
      reason: slot.reason,
      priority: slot.priority,
      pathway: slot.pathway,
      doseSource: slot.exercise.dose.weekly === 'generic' ? 'generic' : 'own',
      fromWeek: slot.fromWeek,
      doses,
    }
  }

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
      jumps,
      exercises: fullSlots[i]!.map((s) => planned(s, dates)),
      dates,
    }
  })
  for (const { day, slot } of extra) {
    const dates = datesFor(day)
    sessions.push({
      name: `${slot.exercise.name.split(' (')[0]} (short session)`,
      weekday: day,
      short: true,
      jumps: null,
      exercises: [planned(slot, dates)],
      dates,
    })
  }
  if (sessions.some((s) => !s.short && s.exercises.length < 4))
    notes.push('Fewer than 4 exercises fit what you have; the sessions are shorter rather than padded.')
  if (niggle && (niggle.leaveOut.length || niggle.exclude.length)) {
    // By name only what the kinds do not already say (the hop progression is one of the jumps).
    const names = niggle.exclude
      .map((id) => byId.get(id)?.exercise)
      .filter((e): e is Exercise => e !== undefined && !niggle.leaveOut.includes(e.kind))
      .map((e) => e.name)
    const kinds = niggle.leaveOut.map((k) =>
      k === 'plyometric'
        ? 'plyometric exercises (jumps and hops)'
        : k === 'drill'
          ? 'running drills'
          : `${k} work`,
    )
    notes.push(
      `Left out while your ${niggle.injury.toLowerCase()} lasts: ${[...kinds, ...names].join(', ')}.`,
    )
  }
  // (Within 8 weeks of a race the plan's guide says why maximal lowering work is not started.)
  if (inputs.kit.includes('step'))
    notes.push('Calf raises and heel drops go off the edge of your step, for the full range.')
  for (const t of skipped)
    notes.push(`You skipped the ${SELF_TESTS[t].name.toLowerCase()}: its groups count as not tested.`)

  const weeks = weekRows({ start, weeksCount, sessions, race, raceWeek, retest, lastHeavy })
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

function weekRows(p: {
  start: string
  weeksCount: number
  sessions: readonly Session[]
  race: string | null
  raceWeek: number | null
  retest: string
  lastHeavy: string | null
}): PlanWeek[] {
  const rows: PlanWeek[] = []
  const dayText = (d: string) =>
    `${WEEKDAY_NAMES[weekdayOf(d)].slice(0, 3)} ${Number(d.slice(8))} ${MONTHS[Number(d.slice(5, 7)) - 1]}`
  for (let w = 1; w <= p.weeksCount; w++) {
    const from = addDays(p.start, (w - 1) * 7)
    const to = addDays(from, 6)
    const sessions = p.sessions
      .map((s) => ({ name: s.name, date: s.dates[w - 1] ?? null }))
      .filter((s): s is { name: string; date: string } => s.date !== null)
      .sort((a, b) => a.date.localeCompare(b.date))
    const inWeek = (d: string | null) => d !== null && d >= from && d <= to
    let kind: WeekKind = 'build'
    let title: string
    let what: string
    if (p.race !== null && inWeek(p.retest)) {
      kind = 'retest'
      title = 'Re-test week'
      what = `Easy days after the race; re-test on ${dayText(p.retest)}, then plan the next block.`
    } else if (p.race !== null && inWeek(p.race)) {
      kind = 'race'
      title = 'Race week'
      what = `Light: half the sets at the same loads, nothing new, no session in the two days before the race on ${dayText(p.race)}.`
    } else if (p.race !== null && p.race < from) {
      kind = 'after-race'
      title = 'After the race'
      what = `Easy days, no strength session until the re-test on ${dayText(p.retest)}.`
    } else if (p.raceWeek !== null && w === p.raceWeek - 1) {
      kind = 'lighter'
      title = 'Lighter week'
      what = `About two thirds of the sets at the same loads${p.lastHeavy && inWeek(p.lastHeavy) ? `; the last heavy session is on ${dayText(p.lastHeavy)}` : ''}.`
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
      // What changes this week: exercises with their own steps by name, the rest by the generic rule's words.
      const own = new Set<string>()
      const generic = new Set<string>()
      for (const s of p.sessions)
        for (const ex of sessionWork(s)) {
          const now = ex.doses.find((d) => d.week === w)
          const before = [...ex.doses].reverse().find((d) => d.week < w)
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
      what = parts.length
        ? `${parts.join('; ')}.`
        : 'Same sets and reps; add load by each exercise’s rule when you beat its target.'
    }
    if (p.lastHeavy && inWeek(p.lastHeavy) && kind === 'build')
      what += ` The last heavy session before the race is on ${dayText(p.lastHeavy)}.`
    rows.push({
      week: w,
      from,
      to,
      kind,
      title,
      what,
      light: kind === 'lighter' || kind === 'race',
      sessions,
    })
  }
  return rows
}
