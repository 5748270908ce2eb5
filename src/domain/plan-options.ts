/**
 * The choices "My plan" offers and their names. Apart from domain/plan.ts so that the page's first download
 * carries only what the store and the link need; these load with the plan.
 */
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

/** Loads a niggle can rule out of every session item (the plan's content says which exercises carry each). */
export const LOAD_TAG_IDS = ['bounce', 'speed', 'single-leg-knee', 'loaded-hip-bend'] as const
export type LoadTagId = (typeof LOAD_TAG_IDS)[number]

export const SEX_IDS = ['m', 'f'] as const
export type SexId = (typeof SEX_IDS)[number]

/** Sessions a week, as version 1 of the plan asked it; version 2 counts the training days instead. */
export const DAY_OPTIONS = [1, 2, 3] as const
export type DaysPerWeek = (typeof DAY_OPTIONS)[number]

/** Days of the week, Monday first (as a training week is usually written in Europe). */
export const WEEKDAY_IDS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayId = (typeof WEEKDAY_IDS)[number]

export const WEEKDAY_NAMES: Readonly<Record<WeekdayId, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}

/** At most this many strength days a week, and this many long or hard runs to plan around. */
export const MAX_TRAINING_DAYS = 3
export const MAX_HARD_DAYS = 2

/** Age bands as the heel-rise norms give them (by decade); under 20 has no norm of its own. */
export const AGE_BAND_IDS = ['u20', '20s', '30s', '40s', '50s', '60s', '70s', '80+'] as const
export type AgeBandId = (typeof AGE_BAND_IDS)[number]

export const AGE_BAND_NAMES: Readonly<Record<AgeBandId, string>> = {
  u20: 'Under 20',
  '20s': '20–29',
  '30s': '30–39',
  '40s': '40–49',
  '50s': '50–59',
  '60s': '60–69',
  '70s': '70–79',
  '80+': '80 or over',
}

/** A race to plan towards, or general fitness. */
export const GOAL_IDS = ['general', 'race'] as const
export type GoalId = (typeof GOAL_IDS)[number]
export const MINUTE_OPTIONS = [20, 30, 45, 60] as const
export type SessionMinutes = (typeof MINUTE_OPTIONS)[number]

/** The niggles a runner can report: the injuries the content covers, by a short id. */
export const NIGGLE_IDS = [
  'achilles',
  'plantar',
  'shin-bone',
  'hip-bone',
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

/**
 * Where Achilles pain sits: the heavy slow resistance trial treated mid-portion pain only, and pain where the
 * tendon meets the heel is loaded from flat ground (a heel sinking below the forefoot presses on the insertion).
 */
export const ACHILLES_SITE_IDS = ['mid', 'insertion'] as const
export type AchillesSiteId = (typeof ACHILLES_SITE_IDS)[number]

export const ACHILLES_SITE_NAMES: Readonly<Record<AchillesSiteId, string>> = {
  mid: 'In the middle of the tendon, a few centimetres above the heel',
  insertion: 'Where the tendon meets the heel bone',
}

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

export const PLAN_STEPS = ['about', 'tests', 'results', 'plan'] as const
export type PlanStep = (typeof PLAN_STEPS)[number]

export const PLAN_STEP_NAMES: Readonly<Record<PlanStep, string>> = {
  about: 'About you',
  tests: 'Self-tests',
  results: 'Your results',
  plan: 'Your plan',
}
