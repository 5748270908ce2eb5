/**
 * "My plan": what a runner tells us and what their self-tests measured, as plain data. The store keeps it, the
 * link carries it (`?plan=`, written down by plan-code.ts) and the plan layer scores it and builds the sessions.
 * No zod here: reading a saved or linked plan back is checked in src/plan, which loads only when the plan is
 * opened.
 */
import type { GroupId } from './groups.ts'
import { PLAN_VERSION } from './plan-code.ts'
import type {
  AchillesSiteId,
  AgeBandId,
  ExperienceId,
  GoalId,
  KitId,
  NiggleId,
  SelfTestId,
  SessionMinutes,
  SexId,
  SquatFaultId,
  WeekdayId,
} from './plan-options.ts'

export type * from './plan-options.ts'

export type Side = 'L' | 'R'

/** A number per side (reps, seconds or centimetres); null = not done. */
export interface SideNumbers {
  readonly L: number | null
  readonly R: number | null
}

/** The faults seen per side; null = not done, [] = clean. */
export interface SideFaults {
  readonly L: readonly SquatFaultId[] | null
  readonly R: readonly SquatFaultId[] | null
}

export interface TestResults {
  readonly 'heel-rise'?: SideNumbers
  readonly 'single-leg-bridge'?: SideNumbers
  readonly 'side-plank'?: SideNumbers
  readonly 'single-leg-squat'?: SideFaults
  readonly 'knee-to-wall'?: SideNumbers
  readonly 'wall-sit'?: SideNumbers
}

/**
 * What the runner told us. Numbers are kept as typed, even out of range: the form says why a value is refused
 * and the scoring leaves it out, so nothing is clamped or blanked behind the runner's back.
 */
export interface PlanInputs {
  readonly v: typeof PLAN_VERSION
  /** The plan's first day (YYYY-MM-DD), fixed once, so the same inputs give the same dated plan. */
  readonly start: string
  readonly runsPerWeek: number | null
  readonly weeklyKm: number | null
  readonly longestRunKm: number | null
  readonly experience: ExperienceId | null
  readonly goal: GoalId
  /** The race day (YYYY-MM-DD) when the goal is a race; null until the runner gives one. */
  readonly raceDate: string | null
  readonly kit: readonly KitId[]
  /** The days the runner can do strength work, in week order; one session each. */
  readonly trainingDays: readonly WeekdayId[]
  /** The days of the long or hard runs: no strength session goes on the day before one. */
  readonly hardDays: readonly WeekdayId[]
  readonly minutes: SessionMinutes
  readonly niggle: NiggleId | null
  /**
   * Where Achilles pain sits, when the niggle is the Achilles; null = not said, which the plan treats as pain
   * where the tendon meets the heel (the safer of the two) and says so.
   */
  readonly achillesSite: AchillesSiteId | null
  /** Which published norms to compare with where they differ by sex; null = the lower of the two. */
  readonly sex: SexId | null
  /** Which age band's norms to compare with; null = no age norm is used. */
  readonly age: AgeBandId | null
  readonly results: TestResults
  /** Self-tests the runner left out because they hurt (a niggle can make one unwise). */
  readonly skipped: readonly SelfTestId[]
}

/** How a group came out of the self-tests, as the body and the plan show it. */
export type GroupMark = 'weak' | 'asymmetric' | 'fine' | 'untested'

/** Each side's own mark when the two differ, and which side is the weaker of an uneven pair. */
export interface SideMarks {
  readonly L: GroupMark
  readonly R: GroupMark
  readonly weaker: Side | null
}

export type PlanMarks = Readonly<Partial<Record<GroupId, GroupMark | 'testing' | SideMarks>>>

/** YYYY-MM-DD of a date, in the reader's own calendar. */
export function isoDay(date: Date): string {
  const y = date.getFullYear()
  const m = String(date.getMonth() + 1).padStart(2, '0')
  const d = String(date.getDate()).padStart(2, '0')
  return `${y}-${m}-${d}`
}

export function emptyPlan(start: string): PlanInputs {
  return {
    v: PLAN_VERSION,
    start,
    runsPerWeek: null,
    weeklyKm: null,
    longestRunKm: null,
    experience: null,
    goal: 'general',
    raceDate: null,
    kit: [],
    // Two sessions with two days between them, as version 1 started; the runner picks their own days.
    trainingDays: ['tue', 'fri'],
    hardDays: [],
    minutes: 30,
    niggle: null,
    achillesSite: null,
    sex: null,
    age: null,
    results: {},
    skipped: [],
  }
}
