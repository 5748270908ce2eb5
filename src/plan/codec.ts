/**
 * Reading a plan back from where it was kept: a link (`plan=1.…`) or the device's draft. Both are unpacked and
 * brought up to the current version by domain/plan-code.ts, then checked in full against the schema; anything
 * else (an unknown version, damage, a hostile value) is refused with a short plain note, and a bad draft is set
 * aside under its own key rather than deleted or trusted.
 */
import { z } from 'zod'
import type { PlanInputs } from '../domain/plan.ts'
import {
  PLAN_DRAFT_KEY as DRAFT_KEY,
  PLAN_SET_ASIDE_KEY as SET_ASIDE_KEY,
  PLAN_VERSION,
  unpackDraft,
  unpackPlanCode,
  upgradePlan,
  type PackedPlan,
} from '../domain/plan-code.ts'
import {
  ACHILLES_SITE_IDS,
  AGE_BAND_IDS,
  EXPERIENCE_IDS,
  GOAL_IDS,
  KIT_IDS,
  MAX_HARD_DAYS,
  MAX_TRAINING_DAYS,
  MINUTE_OPTIONS,
  NIGGLE_IDS,
  SELF_TEST_IDS,
  SEX_IDS,
  SQUAT_FAULT_IDS,
  WEEKDAY_IDS,
} from '../domain/plan-options.ts'
import { readStored, removeStored, writeStored } from '../platform/storage.ts'

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)))
/**
 * An entry as the runner typed it. The form refuses what a test does not accept and the scoring leaves it out,
 * but the value is kept so nothing typed is lost; only absurd magnitudes (damage, a hostile link) are refused.
 */
const typed = z.number().finite().min(-10_000).max(10_000).nullable()
const sides = z.strictObject({ L: typed, R: typed })
const faults = z.array(z.enum(SQUAT_FAULT_IDS)).max(SQUAT_FAULT_IDS.length).nullable()
const unique = <T>(list: readonly T[]) => new Set(list).size === list.length

export const planInputsSchema = z.strictObject({
  v: z.literal(PLAN_VERSION),
  start: day,
  runsPerWeek: typed,
  weeklyKm: typed,
  longestRunKm: typed,
  experience: z.enum(EXPERIENCE_IDS).nullable(),
  goal: z.enum(GOAL_IDS),
  raceDate: day.nullable(),
  kit: z.array(z.enum(KIT_IDS)).max(KIT_IDS.length).refine(unique),
  trainingDays: z.array(z.enum(WEEKDAY_IDS)).max(MAX_TRAINING_DAYS).refine(unique),
  hardDays: z.array(z.enum(WEEKDAY_IDS)).max(MAX_HARD_DAYS).refine(unique),
  minutes: z.union(
    MINUTE_OPTIONS.map((m) => z.literal(m)) as [
      z.ZodLiteral<20>,
      z.ZodLiteral<30>,
      z.ZodLiteral<45>,
      z.ZodLiteral<60>,
    ],
  ),
  niggle: z.enum(NIGGLE_IDS).nullable(),
  achillesSite: z.enum(ACHILLES_SITE_IDS).nullable(),
  sex: z.enum(SEX_IDS).nullable(),
  age: z.enum(AGE_BAND_IDS).nullable(),
  results: z.strictObject({
    'heel-rise': sides.optional(),
    'single-leg-bridge': sides.optional(),
    'side-plank': sides.optional(),
    'single-leg-squat': z.strictObject({ L: faults, R: faults }).optional(),
    'knee-to-wall': sides.optional(),
    'wall-sit': sides.optional(),
  }),
  skipped: z.array(z.enum(SELF_TEST_IDS)).max(SELF_TEST_IDS.length).refine(unique),
}) satisfies z.ZodType<PlanInputs>

/** What was read; `assumed` says what an older version's plan had to be filled in with (told to the runner). */
export type Read =
  | { inputs: PlanInputs; problem: null; assumed: readonly string[] }
  | { inputs: null; problem: string | null; assumed: readonly string[] }

const LINK_PROBLEM =
  'That plan link is incomplete, damaged or from another version, so it could not be opened. Your own draft is untouched.'

/** A packed plan at the current version and valid in full, or null; what its upgrade assumed goes to `assumed`. */
function checked(packed: PackedPlan | null, assumed: string[]): PlanInputs | null {
  if (!packed) return null
  const parsed = planInputsSchema.safeParse(upgradePlan(packed, assumed))
  return parsed.success ? parsed.data : null
}

export function readPlanCode(code: string): Read {
  const assumed: string[] = []
  const inputs = checked(unpackPlanCode(code), assumed)
  return inputs ? { inputs, problem: null, assumed } : { inputs: null, problem: LINK_PROBLEM, assumed: [] }
}

const DRAFT_PROBLEM =
  'Your saved plan draft could not be read (damaged or from an older version), so it was set aside and a fresh plan started. Nothing else was changed.'

/** The device's draft: none, a good one, or a bad one now set aside (with a note saying so). */
export function readDraft(): Read {
  const raw = readStored(DRAFT_KEY)
  if (raw === null) return { inputs: null, problem: null, assumed: [] }
  const assumed: string[] = []
  const inputs = checked(unpackDraft(raw), assumed)
  if (inputs) return { inputs, problem: null, assumed }
  writeStored(SET_ASIDE_KEY, raw)
  removeStored(DRAFT_KEY)
  return { inputs: null, problem: DRAFT_PROBLEM, assumed: [] }
}
