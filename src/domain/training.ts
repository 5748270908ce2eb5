/**
 * Shared taxonomies for training content: the article's five benefits, the equipment it names, difficulty
 * levels, evidence flags and per-phase activity. Content, filters and panels import these; no zod here so the
 * runtime bundle stays small (the content schema in src/content/schema.ts builds its enums from these arrays).
 */

export const BENEFIT_IDS = ['power', 'balance', 'coordination', 'economy', 'injury-prevention'] as const
export type BenefitId = (typeof BENEFIT_IDS)[number]

export const BENEFIT_NAMES: Readonly<Record<BenefitId, string>> = {
  power: 'Power and explosiveness',
  balance: 'Balance',
  coordination: 'Coordination',
  economy: 'Running economy',
  'injury-prevention': 'Injury prevention',
}

/** The article groups its "tools of the trade" into these three families. */
export const EQUIPMENT_CATEGORY_IDS = ['free-weights', 'machines', 'bodyweight-bands'] as const
export type EquipmentCategoryId = (typeof EQUIPMENT_CATEGORY_IDS)[number]

export const EQUIPMENT_CATEGORY_NAMES: Readonly<Record<EquipmentCategoryId, string>> = {
  'free-weights': 'Free weights',
  machines: 'Machines',
  'bodyweight-bands': 'Bodyweight and bands',
}

export const EQUIPMENT_IDS = [
  'bodyweight',
  'band',
  'dumbbell',
  'kettlebell',
  'medicine-ball',
  'barbell',
  'machine',
] as const
export type EquipmentId = (typeof EQUIPMENT_IDS)[number]

export interface EquipmentInfo {
  readonly id: EquipmentId
  readonly name: string
  readonly category: EquipmentCategoryId
}

export const EQUIPMENT: Readonly<Record<EquipmentId, EquipmentInfo>> = {
  bodyweight: { id: 'bodyweight', name: 'Bodyweight', category: 'bodyweight-bands' },
  band: { id: 'band', name: 'Resistance band', category: 'bodyweight-bands' },
  dumbbell: { id: 'dumbbell', name: 'Dumbbell', category: 'free-weights' },
  kettlebell: { id: 'kettlebell', name: 'Kettlebell', category: 'free-weights' },
  'medicine-ball': { id: 'medicine-ball', name: 'Medicine ball', category: 'free-weights' },
  barbell: { id: 'barbell', name: 'Barbell', category: 'free-weights' },
  // Cable stations count as machines, as in the article.
  machine: { id: 'machine', name: 'Machine or cable', category: 'machines' },
}

export const LEVEL_IDS = ['beginner', 'intermediate', 'advanced'] as const
export type LevelId = (typeof LEVEL_IDS)[number]

export const LEVEL_NAMES: Readonly<Record<LevelId, string>> = {
  beginner: 'Beginner',
  intermediate: 'Intermediate',
  advanced: 'Advanced',
}

/** Evidence flags carried over from the reference facts; the UI shows them as badges. */
export const FLAG_IDS = ['UE', 'NV', 'SIM', 'SEC'] as const
export type FlagId = (typeof FLAG_IDS)[number]

export const FLAG_NAMES: Readonly<Record<FlagId, string>> = {
  UE: 'Estimate',
  NV: 'Not re-verified',
  SIM: 'Simulation',
  SEC: 'Secondary source',
}

export const ACTIVITY_LEVELS = ['off', 'low', 'moderate', 'high'] as const
export type ActivityLevel = (typeof ACTIVITY_LEVELS)[number]

export const ACTIVITY_NAMES: Readonly<Record<ActivityLevel, string>> = {
  off: 'Off',
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
}

/** How far an evidence statement can be trusted, in the reader's terms. */
export const EVIDENCE_LEVELS = ['strong', 'moderate', 'weak'] as const
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number]

export const EVIDENCE_NAMES: Readonly<Record<EvidenceLevel, string>> = {
  strong: 'Strong',
  moderate: 'Moderate',
  weak: 'Weak',
}

function guard<T extends string>(ids: readonly T[]): (value: unknown) => value is T {
  const set: ReadonlySet<string> = new Set(ids)
  return (value: unknown): value is T => typeof value === 'string' && set.has(value)
}

export const isBenefitId = guard(BENEFIT_IDS)
export const isEquipmentId = guard(EQUIPMENT_IDS)
export const isEquipmentCategoryId = guard(EQUIPMENT_CATEGORY_IDS)
export const isLevelId = guard(LEVEL_IDS)
export const isFlagId = guard(FLAG_IDS)
export const isActivityLevel = guard(ACTIVITY_LEVELS)
export const isEvidenceLevel = guard(EVIDENCE_LEVELS)

/**
 * What kind of work an exercise is. It decides which dose fields make sense: only strength work has a tempo
 * (seconds down, pause, up); drills, jumps, holds and carries are dosed in contacts, time or distance.
 */
export const EXERCISE_KINDS = ['strength', 'isometric', 'plyometric', 'drill', 'carry'] as const
export type ExerciseKind = (typeof EXERCISE_KINDS)[number]

export const EXERCISE_KIND_NAMES: Readonly<Record<ExerciseKind, string>> = {
  strength: 'Strength',
  isometric: 'Hold',
  plyometric: 'Jumps and hops',
  drill: 'Drill',
  carry: 'Loaded carry',
}

/** Kinds with no tempo: the movement is fast, static or a walk. */
export const UNTIMED_KINDS: ReadonlySet<ExerciseKind> = new Set(['isometric', 'plyometric', 'drill', 'carry'])

/**
 * What sort of work a source is, so the schema can check it is cited only for what it can carry: an anatomy
 * text names attachments and actions, not training effects; a treatment trial shows what helps people who
 * already have a problem, not what prevents it.
 */
export const SOURCE_KINDS = [
  'prevention-trial',
  'treatment-trial',
  'case-series',
  'training-trial',
  'cohort',
  'cross-sectional',
  'lab-study',
  'simulation',
  'review',
  'position-stand',
  'consensus',
  'guideline',
  'anatomy-text',
  'clinic-page',
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const SOURCE_KIND_NAMES: Readonly<Record<SourceKind, string>> = {
  'prevention-trial': 'Prevention trial',
  'treatment-trial': 'Treatment trial',
  'case-series': 'Treatment study without a control group',
  'training-trial': 'Training study',
  cohort: 'Follow-up study',
  'cross-sectional': 'Comparison at one point in time',
  'lab-study': 'Laboratory measurement',
  simulation: 'Computer simulation',
  review: 'Review',
  'position-stand': 'Position stand',
  consensus: 'Expert consensus',
  guideline: 'Coaching textbook or guide',
  'anatomy-text': 'Anatomy textbook',
  'clinic-page': 'Clinic or summary page',
}

/** Sources about people who already had the problem. */
export const TREATMENT_KINDS: ReadonlySet<SourceKind> = new Set(['treatment-trial', 'case-series'])

/** What a sentence claims, so it can be matched against the kind of source behind it. */
export const CLAIM_KINDS = ['anatomy', 'timing', 'mechanism', 'injury', 'performance', 'dose'] as const
export type ClaimKind = (typeof CLAIM_KINDS)[number]

/** Claims about what training does to injuries or performance. */
export const EFFECT_CLAIMS: ReadonlySet<ClaimKind> = new Set(['injury', 'performance'])
