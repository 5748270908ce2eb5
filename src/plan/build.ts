/**
 * The plan: sessions of content exercises chosen so the weak and uneven groups come first, only with the kit the
 * runner has and at their level, with the content's start dose, a week-by-week build-up to a re-test, and a
 * reason for every choice. Deterministic: no clock, no randomness; the same inputs give the same plan.
 */
import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { PlanInputs, SelfTestId } from '../domain/plan.ts'
import { LEVEL_IDS, type EquipmentId, type LevelId } from '../domain/training.ts'
import { CONTENT } from '../content/index.ts'
import { NIGGLES, SELF_TESTS, type NiggleRule } from '../content/plan.ts'
import type { Exercise } from '../content/types.ts'
import { scoreGroups, type GroupScore, type TestScore } from './score.ts'

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

export interface PlannedExercise {
  readonly exercise: Exercise
  readonly group: GroupId
  /** Why it is here, in one line with the numbers behind it. */
  readonly reason: string
  /** True for the weak or uneven groups' work. */
  readonly priority: boolean
}

export interface Session {
  readonly name: string
  readonly exercises: readonly PlannedExercise[]
}

export interface PlanWeek {
  readonly week: number
  /** Monday-free: the week's first day, YYYY-MM-DD, counted from the plan's start. */
  readonly from: string
  readonly title: string
  readonly what: string
  /** The week before the race: lighter. */
  readonly light: boolean
}

export interface Plan {
  readonly groups: readonly GroupScore[]
  readonly priority: readonly GroupId[]
  readonly sessions: readonly Session[]
  readonly weeks: readonly PlanWeek[]
  readonly retest: string
  readonly raceWeek: number | null
  readonly niggle: NiggleRule | null
  /** What was left out and why, so nothing disappears silently. */
  readonly notes: readonly string[]
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

/** Dates as plain YYYY-MM-DD arithmetic in UTC, so a plan never shifts with the reader's time zone. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const t = Date.UTC(y, m - 1, d) + days * 86_400_000
  return new Date(t).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  const t = (s: string) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number]
    return Date.UTC(y, m - 1, d)
  }
  return Math.round((t(to) - t(from)) / 86_400_000)
}

function kitOf(inputs: PlanInputs): Set<EquipmentId> {
  const kit = new Set<EquipmentId>(['bodyweight'])
  for (const k of inputs.kit) if (k !== 'step') kit.add(k)
  return kit
}

/** The exercises a runner can do: their kit (any one listed item is enough), up to their level, niggle allowing. */
export function candidates(group: GroupId, inputs: PlanInputs): Exercise[] {
  const kit = kitOf(inputs)
  const level = LEVEL_IDS.indexOf(LEVEL_FOR[inputs.experience ?? 'none'])
  const leaveOut = inputs.niggle ? NIGGLES[inputs.niggle].leaveOut : []
  return CONTENT[group].exercises.filter(
    (e) =>
      e.equipment.some((k) => kit.has(k)) &&
      LEVEL_IDS.indexOf(e.level) <= level &&
      !leaveOut.includes(e.kind),
  )
}

/** How bad a score is, for ordering the weak groups: below the norm first, then the widest gap. */
function severity(s: GroupScore): number {
  const worst = s.because[0]
  if (!worst) return 0
  const lo = Math.min(...[worst.values.L, worst.values.R].filter((v): v is number => v !== null))
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
  const test = SELF_TESTS[t.test as SelfTestId]
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

const SESSION_NAMES = ['A', 'B', 'C'] as const

export function buildPlan(inputs: PlanInputs): Plan {
  const scores = scoreGroups(inputs)
  const level = LEVEL_FOR[inputs.experience ?? 'none']
  const perSession = exercisesPerSession(inputs.minutes)
  const notes: string[] = []
  const niggle = inputs.niggle ? NIGGLES[inputs.niggle] : null

  const flagged = RUNNING_ORDER.filter(
    (g) => scores[g].mark === 'weak' || scores[g].mark === 'asymmetric',
  ).sort(
    (a, b) =>
      severity(scores[a]) - severity(scores[b]) || RUNNING_ORDER.indexOf(a) - RUNNING_ORDER.indexOf(b),
  )
  const rest = RUNNING_ORDER.filter((g) => !flagged.includes(g))
  const priority = [...flagged, ...rest]

  const pools = new Map<GroupId, Exercise[]>(priority.map((g) => [g, candidates(g, inputs)]))
  for (const g of priority)
    if ((pools.get(g) ?? []).length === 0)
      notes.push(
        `No ${GROUPS[g].name.toLowerCase()} exercise fits your kit, level${niggle ? ' and niggle' : ''}; add kit or ask a coach for an alternative.`,
      )

  const sessions: Session[] = []
  const days = inputs.days
  for (let i = 0; i < days; i++) {
    const picked: PlannedExercise[] = []
    const used = new Set<string>()
    const take = (g: GroupId, offset: number, isPriority: boolean) => {
      const pool = pools.get(g) ?? []
      if (pool.length === 0 || picked.length >= perSession) return
      // Each session takes the next exercise of the group's list, so the sessions differ.
      for (let k = 0; k < pool.length; k++) {
        const ex = pool[(offset + k) % pool.length]!
        if (used.has(ex.id)) continue
        used.add(ex.id)
        picked.push({ exercise: ex, group: g, reason: reasonFor(ex, g, scores[g]), priority: isPriority })
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
    sessions.push({ name: `Session ${SESSION_NAMES[i]}`, exercises: picked })
  }
  if (sessions.some((s) => s.exercises.length < 4))
    notes.push('Fewer than 4 exercises fit what you have; the sessions are shorter rather than padded.')
  // The niggle's own words and stop signs are shown with it; the note only says what it took out.
  if (niggle && niggle.leaveOut.length)
    notes.push(
      `Left out while your ${niggle.injury.toLowerCase()} lasts: ${niggle.leaveOut.join(' and ')} exercises.`,
    )
  if (inputs.kit.includes('step'))
    notes.push('Calf raises and heel drops go off the edge of your step, for the full range.')

  // The block: 8 weeks, or up to a race that comes sooner; a race inside it gets a lighter week before.
  let weeksCount = 8
  let raceWeek: number | null = null
  if (inputs.raceDate) {
    const until = daysBetween(inputs.start, inputs.raceDate)
    if (until < 0) notes.push('The race date is before the plan starts, so it was left out.')
    else {
      raceWeek = Math.floor(until / 7) + 1
      if (raceWeek < 3)
        notes.push(
          'The race is under three weeks away: too close to build strength; keep these sessions light until then.',
        )
      weeksCount = Math.min(8, Math.max(6, raceWeek))
      if (raceWeek > weeksCount) raceWeek = null
    }
  }
  const weeks = weekRows(inputs, weeksCount, raceWeek)
  return {
    groups: priority.map((g) => scores[g]),
    priority: flagged,
    sessions,
    weeks,
    // After a race inside the block, re-test once the legs have had a week back, not the morning after.
    retest:
      raceWeek !== null && inputs.raceDate
        ? addDays(inputs.raceDate, 7)
        : addDays(inputs.start, weeksCount * 7),
    raceWeek,
    niggle,
    notes,
    perSession,
    level,
  }
}

function weekRows(inputs: PlanInputs, count: number, raceWeek: number | null): PlanWeek[] {
  const novice = (inputs.experience ?? 'none') === 'none'
  const rows: PlanWeek[] = []
  for (let w = 1; w <= count; w++) {
    const from = addDays(inputs.start, (w - 1) * 7)
    const light = raceWeek !== null && (w === raceWeek || w === raceWeek - 1)
    let title: string
    let what: string
    if (light) {
      title = w === raceWeek ? 'Race week' : 'Lighter week before the race'
      what = 'Keep the weights you use, drop to about half the sets; nothing new.'
    } else if (w === count) {
      title = 'Re-test week'
      what = 'One easy session at the usual dose, then repeat the self-tests the same way.'
    } else if (w <= (novice ? 2 : 1)) {
      title = novice ? 'Learn the moves' : 'Settle in'
      what = novice
        ? 'The start dose on every exercise; stop each set with 3 reps in reserve.'
        : 'The start dose; stop each set with 2–3 reps in reserve.'
    } else if (w <= (novice ? 4 : 3)) {
      title = 'Add sets'
      what = 'One more set on each exercise, same load; 2 reps in reserve.'
    } else {
      title = 'Add load'
      what =
        'In the last set do as many reps as you can while keeping 1 in reserve; when that is 2 or more beyond the target two sessions running, add 2.5–10 % load.'
    }
    // A week like the one before says so in three words, so the table reads (and prints) short.
    const prev = rows.at(-1)
    const same = prev && prev.title === title && (prev.what === what || prev.what.startsWith('As week'))
    const firstOfRun = same ? (/^As week (\d+)/.exec(prev.what)?.[1] ?? String(prev.week)) : null
    rows.push({ week: w, from, title, what: firstOfRun ? `As week ${firstOfRun}.` : what, light })
  }
  return rows
}
