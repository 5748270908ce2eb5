/**
 * The one owner of how a plan is written down: the link's `plan=<version>.<base64url JSON>` and the device's
 * draft `{"version":…,"inputs":…}`, both carrying PLAN_VERSION, and the way an older version is brought up to
 * the current one. The store packs (the link it writes, the draft it saves); src/plan unpacks, upgrades and then
 * checks the result against its zod schema, so zod stays out of the first load. Every link ever shared keeps
 * opening: a new version adds a step to MIGRATIONS and never changes how an old code is read.
 */
import type { PlanInputs } from './plan.ts'

/**
 * The version written into every new link and draft (and into the inputs' own `v`). Version 2 added training
 * days, long-run days, weekly distance, age, a goal, skipped tests and where Achilles pain sits; version-1 codes
 * open through MIGRATIONS.
 */
export const PLAN_VERSION = 2

/**
 * Where the draft lives on the device, and where a draft that cannot be read is set aside. The key's name is
 * fixed since the first draft: the version that counts is the one inside the draft.
 */
export const PLAN_DRAFT_KEY = 'rae.plan.v1'
export const PLAN_SET_ASIDE_KEY = 'rae.plan.set-aside'

/** What a link or a draft holds before it is checked: the version it was written in and its JSON value. */
export interface PackedPlan {
  readonly version: number
  readonly value: unknown
}

/**
 * How a plan written in version n becomes version n + 1, for every n below PLAN_VERSION. A step reads the old
 * value as that version checked it (anything that version would have refused stays refused: null), and says in
 * `assumed` whatever it had to assume, so the runner is told. Every version-1 link and draft opens through `1`.
 */
const MIGRATIONS: Readonly<Record<number, (value: unknown, assumed: string[]) => unknown>> = {
  1: fromVersion1,
}

/** Version 1's keys, and the most each of its numbers could hold: the form capped entries there silently. */
const V1_KEYS = [
  'days',
  'experience',
  'kit',
  'longestRunKm',
  'minutes',
  'niggle',
  'raceDate',
  'results',
  'runsPerWeek',
  'sex',
  'start',
  'v',
]
const V1_CAPS = {
  'heel-rise': 120,
  'single-leg-bridge': 150,
  'side-plank': 600,
  'knee-to-wall': 30,
  'wall-sit': 600,
} as const
const V1_TEST_WORDS: Readonly<Record<keyof typeof V1_CAPS, string>> = {
  'heel-rise': 'heel rises',
  'single-leg-bridge': 'bridge lifts',
  'side-plank': 'seconds of side plank',
  'knee-to-wall': 'cm of knee-to-wall',
  'wall-sit': 'seconds of wall sit',
}
/** Version 1 asked how many sessions a week, not which days: the days a coach would pick for that many. */
const V1_DAYS: Readonly<Record<number, readonly string[]>> = {
  1: ['wed'],
  2: ['tue', 'fri'],
  3: ['mon', 'wed', 'fri'],
}
const V1_DAY_NAMES: Readonly<Record<string, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  fri: 'Friday',
}

const isCount = (v: unknown, max: number) =>
  v === null || (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max)

/**
 * Version 1 → 2. Version 1's own limits still apply (what it refused stays refused); sessions a week become
 * days, a race date becomes the race goal, and an entry at version 1's silent cap (500 heel rises stored as 120)
 * is left out and said, since it may have been more.
 */
function fromVersion1(value: unknown, assumed: string[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const v1 = value as Record<string, unknown>
  const keys = Object.keys(v1).sort()
  if (keys.join() !== V1_KEYS.join() || v1.v !== 1) return null
  if (!isCount(v1.runsPerWeek, 21) || !isCount(v1.longestRunKm, 400)) return null
  const days = V1_DAYS[v1.days as number]
  if (!days) return null
  const results = v1.results
  if (typeof results !== 'object' || results === null || Array.isArray(results)) return null
  const out: Record<string, unknown> = {}
  for (const [test, sides] of Object.entries(results as Record<string, unknown>)) {
    const cap = V1_CAPS[test as keyof typeof V1_CAPS]
    if (cap === undefined || typeof sides !== 'object' || sides === null) {
      // The squat's faults (or something v2 will refuse): passed on as they were.
      out[test] = sides
      continue
    }
    const { L, R } = sides as { L?: unknown; R?: unknown }
    if (!isCount(L ?? null, cap) || !isCount(R ?? null, cap)) return null
    const kept = { L: L === cap ? null : L, R: R === cap ? null : R }
    for (const [side, v] of [
      ['left', L],
      ['right', R],
    ] as const)
      if (v === cap)
        assumed.push(
          `The older plan stored at most ${cap} ${V1_TEST_WORDS[test as keyof typeof V1_CAPS]}, so the ${side} side's ${cap} may have been more: it is left out. Re-test it and enter the count.`,
        )
    out[test] = { ...sides, ...kept }
  }
  assumed.push(
    `This plan comes from an older version of My plan, which asked for ${days.length} ${days.length === 1 ? 'session' : 'sessions'} a week but not which days: ${days.map((d) => V1_DAY_NAMES[d]).join(' and ')} are assumed. Pick your own days, and your long-run day, in About you.`,
  )
  if ('heel-rise' in out)
    assumed.push('It did not ask your age, so the heel rises are compared side to side until you add it.')
  if (v1.niggle === 'achilles')
    assumed.push(
      'It did not ask where the Achilles pain is, so the plan treats it as pain where the tendon meets the heel (calf raises from flat ground only). If the pain is in the middle of the tendon, say so in About you.',
    )
  return {
    v: 2,
    start: v1.start,
    runsPerWeek: v1.runsPerWeek,
    weeklyKm: null,
    longestRunKm: v1.longestRunKm,
    experience: v1.experience,
    goal: v1.raceDate === null ? 'general' : 'race',
    raceDate: v1.raceDate,
    kit: v1.kit,
    trainingDays: days,
    hardDays: [],
    minutes: v1.minutes,
    niggle: v1.niggle,
    achillesSite: null,
    sex: v1.sex,
    age: null,
    results: out,
    skipped: [],
  }
}

/** A plan code as the link carries it (shape only; the contents are checked on reading). */
const CODE = /^(\d{1,3})\.([A-Za-z0-9_-]{4,3000})$/

export function isPlanCode(value: string): boolean {
  return CODE.test(value)
}

/** The link's `plan=` value for these inputs: the version, a dot and URL-safe base64 of their JSON. */
export function packPlanCode(inputs: PlanInputs): string {
  const bytes = new TextEncoder().encode(JSON.stringify(inputs))
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return `${PLAN_VERSION}.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`
}

/** The version and JSON inside a `plan=` value, or null when it is not one. */
export function unpackPlanCode(code: string): PackedPlan | null {
  const m = CODE.exec(code)
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

/** The draft as it is saved on the device. */
export function packDraft(inputs: PlanInputs): string {
  return JSON.stringify({ version: PLAN_VERSION, inputs })
}

/** The version and inputs inside a saved draft, or null when it is not one. */
export function unpackDraft(raw: string): PackedPlan | null {
  try {
    const saved: unknown = JSON.parse(raw)
    if (typeof saved !== 'object' || saved === null) return null
    const { version, inputs } = saved as { version?: unknown; inputs?: unknown }
    return typeof version === 'number' ? { version, value: inputs } : null
  } catch {
    return null
  }
}

/**
 * A packed plan brought up to PLAN_VERSION, still unchecked; null for a version that cannot be read (a newer
 * one, or an older one without a migration). What a migration had to assume is added to `assumed`.
 */
export function upgradePlan(packed: PackedPlan, assumed: string[] = []): unknown {
  let { version, value } = packed
  if (!Number.isInteger(version) || version > PLAN_VERSION) return null
  while (version < PLAN_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) return null
    value = step(value, assumed)
    version++
  }
  return value
}
