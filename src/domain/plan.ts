/**
 * "My plan": what a runner tells us and what their self-tests measured, as plain data. The store keeps it, the
 * link carries it (`?plan=`) and the plan layer scores it and builds the sessions. No zod here: reading a saved
 * or linked plan back is checked in src/plan, which loads only when the plan is opened.
 */
import type { GroupId } from './groups.ts'

export const PLAN_VERSION = 1
/** Where the draft lives on the device, and where a draft that cannot be read is set aside. */
export const PLAN_DRAFT_KEY = 'rae.plan.v1'
export const PLAN_SET_ASIDE_KEY = 'rae.plan.set-aside'

export const EXPERIENCE_IDS = ['none', 'some', 'regular'] as const
export type ExperienceId = (typeof EXPERIENCE_IDS)[number]

export const EXPERIENCE_NAMES: Readonly<Record<ExperienceId, string>> = {
  none: 'None yet',
  some: 'Some (on and off)',
  regular: 'Regular (most weeks)',
}

/** The article's tools of the trade, as a runner owns them; body weight needs no box to tick. */
export const KIT_IDS = [
  'dumbbell',
  'kettlebell',
  'medicine-ball',
  'barbell',
  'machine',
  'band',
  'step',
] as const
export type KitId = (typeof KIT_IDS)[number]

export const KIT_NAMES: Readonly<Record<KitId, string>> = {
  dumbbell: 'Dumbbells',
  kettlebell: 'Kettlebells',
  'medicine-ball': 'Medicine ball',
  barbell: 'Barbell and rack',
  machine: 'Machines at a gym',
  band: 'Resistance bands',
  step: 'A step or stair',
}

export const SEX_IDS = ['m', 'f'] as const
export type SexId = (typeof SEX_IDS)[number]

export const DAY_OPTIONS = [1, 2, 3] as const
export type DaysPerWeek = (typeof DAY_OPTIONS)[number]
export const MINUTE_OPTIONS = [20, 30, 45, 60] as const
export type SessionMinutes = (typeof MINUTE_OPTIONS)[number]

/** The niggles a runner can report: the injuries the content covers, by a short id. */
export const NIGGLE_IDS = [
  'achilles',
  'plantar',
  'shin-bone',
  'runners-knee',
  'patellar-tendon',
  'itb',
  'gluteal-tendon',
  'hamstring-strain',
  'high-hamstring',
  'groin',
  'low-back',
] as const
export type NiggleId = (typeof NIGGLE_IDS)[number]

export const SELF_TEST_IDS = [
  'heel-rise',
  'single-leg-bridge',
  'side-plank',
  'single-leg-squat',
  'knee-to-wall',
  'wall-sit',
] as const
export type SelfTestId = (typeof SELF_TEST_IDS)[number]

/** What the single-leg squat checklist looks for; each one seen is a fault. */
export const SQUAT_FAULT_IDS = ['knee-in', 'pelvis-drop', 'trunk-lean'] as const
export type SquatFaultId = (typeof SQUAT_FAULT_IDS)[number]

export const SQUAT_FAULT_NAMES: Readonly<Record<SquatFaultId, string>> = {
  'knee-in': 'The knee falls in past the big toe',
  'pelvis-drop': 'The pelvis drops on the lifted side',
  'trunk-lean': 'The trunk leans over the standing leg',
}

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

export const PLAN_STEPS = ['about', 'tests', 'results', 'plan'] as const
export type PlanStep = (typeof PLAN_STEPS)[number]

export const PLAN_STEP_NAMES: Readonly<Record<PlanStep, string>> = {
  about: 'About you',
  tests: 'Self-tests',
  results: 'Your results',
  plan: 'Your plan',
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

/** The link's `plan=` value for these inputs: versioned, URL-safe base64 of their JSON. */
export function encodePlan(inputs: PlanInputs): string {
  const json = JSON.stringify(inputs)
  const bytes = new TextEncoder().encode(json)
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return `${PLAN_VERSION}.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}

/** The JSON inside a `plan=` value, or null when it is not one; the plan layer checks what the JSON says. */
export function unpackPlanCode(code: string): unknown {
  const m = /^(\d{1,3})\.([A-Za-z0-9_-]{1,3000})$/.exec(code)
  if (!m) return null
  try {
    const binary = atob(m[2]!.replace(/-/g, '+').replace(/_/g, '/'))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    return { version: Number(m[1]), value }
  } catch {
    return null
  }
}
