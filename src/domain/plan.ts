/**
 * "My plan": what a runner tells us and what their self-tests measured, as plain data. The store keeps it, the
 * link carries it (`?plan=`, written down by plan-code.ts) and the plan layer scores it and builds the sessions.
 * No zod here: reading a saved or linked plan back is checked in src/plan, which loads only when the plan is
 * opened.
 */
import type { GroupId } from './groups.ts'
import { PLAN_VERSION } from './plan-code.ts'
import type {
  DaysPerWeek,
  ExperienceId,
  KitId,
  NiggleId,
  SessionMinutes,
  SexId,
  SquatFaultId,
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

export interface PlanInputs {
  readonly v: typeof PLAN_VERSION
  /** The plan's first day (YYYY-MM-DD), fixed once, so the same inputs give the same dated plan. */
  readonly start: string
  readonly runsPerWeek: number | null
  readonly longestRunKm: number | null
  readonly experience: ExperienceId | null
  /** A race day (YYYY-MM-DD), or null for general fitness. */
  readonly raceDate: string | null
  readonly kit: readonly KitId[]
  readonly days: DaysPerWeek
  readonly minutes: SessionMinutes
  readonly niggle: NiggleId | null
  /** Which published norms to compare with where they differ by sex; null = show both. */
  readonly sex: SexId | null
  readonly results: TestResults
}

/** How a group came out of the self-tests, as the body and the plan show it. */
export type GroupMark = 'weak' | 'asymmetric' | 'fine' | 'untested'
export type PlanMarks = Readonly<Partial<Record<GroupId, GroupMark | 'testing'>>>

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
    longestRunKm: null,
    experience: null,
    raceDate: null,
    kit: [],
    days: 2,
    minutes: 30,
    niggle: null,
    sex: null,
    results: {},
  }
}
