/**
 * What each number field of "My plan" accepts and, for anything else, the reason it is refused. A refused entry
 * is kept as typed (in the field, the draft and the link) and never scored: no clamping, no silent blanking.
 */
import type { Range } from '../content/plan.ts'

/** The About step's number fields. */
export const ABOUT_RANGES = {
  runsPerWeek: {
    min: 0,
    max: 14,
    whole: true,
    why: 'a count of runs, so whole numbers from 0 to 14 (two a day at most)',
  },
  weeklyKm: {
    min: 0,
    max: 300,
    whole: false,
    why: 'kilometres from 0 to 300 (more than 300 a week is almost certainly a typo)',
  },
  longestRunKm: {
    min: 0,
    max: 250,
    whole: false,
    why: 'kilometres from 0 to 250 (beyond that is outside what this plan is for)',
  },
} as const satisfies Readonly<Record<string, Range>>

/** Why a value is outside its range, or null when it is accepted. */
export function rangeProblem(value: number, range: Range): string | null {
  if (!Number.isFinite(value)) return `Not a number: enter ${range.why}.`
  if (value < range.min) return `Below ${range.min}: enter ${range.why}.`
  if (value > range.max) return `Above ${range.max}: enter ${range.why}.`
  if (range.whole && !Number.isInteger(value)) return `Not a whole number: enter ${range.why}.`
  return null
}

export interface FieldRead {
  /** The number to keep (even when refused, so nothing typed is lost); null when empty or not a number. */
  readonly value: number | null
  /** Why the entry is refused, said next to the field; null when accepted or empty. */
  readonly problem: string | null
}

/** Reads a typed entry: a comma counts as a decimal point; anything else that is not a number is refused. */
export function readNumberField(text: string, range: Range): FieldRead {
  const raw = text.trim()
  if (raw === '') return { value: null, problem: null }
  const normalised = raw.replace(',', '.')
  // Only plain decimal notation: "1e3" or "0x10" are not how anyone types a heel-rise count.
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised))
    return { value: null, problem: `“${raw}” is not a number: enter ${range.why}.` }
  const value = Number(normalised)
  return { value, problem: rangeProblem(value, range) }
}
