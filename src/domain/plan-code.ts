/**
 * The one owner of how a plan is written down: the link's `plan=<version>.<base64url JSON>` and the device's
 * draft `{"version":…,"inputs":…}`, both carrying PLAN_VERSION, and the way an older version is brought up to
 * the current one. The store packs (the link it writes, the draft it saves); src/plan unpacks, upgrades and then
 * checks the result against its zod schema, so zod stays out of the first load. Every link ever shared keeps
 * opening: a new version adds a step to MIGRATIONS and never changes how an old code is read.
 */
import type { PlanInputs } from './plan.ts'

/** The version written into every new link and draft (and into the inputs' own `v`). */
export const PLAN_VERSION = 1

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
 * How a plan written in version n becomes version n + 1, for every n below PLAN_VERSION. Empty while version 1
 * is the only one; version 2 adds `1: (v1) => v2` here (and sets the inputs' `v`), and every version-1 link and
 * draft then opens through it.
 */
const MIGRATIONS: Readonly<Record<number, (value: unknown) => unknown>> = {}

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
 * one, or an older one without a migration).
 */
export function upgradePlan(packed: PackedPlan): unknown {
  let { version, value } = packed
  if (!Number.isInteger(version) || version > PLAN_VERSION) return null
  while (version < PLAN_VERSION) {
    const step = MIGRATIONS[version]
    if (!step) return null
    value = step(value)
    version++
  }
  return value
}
