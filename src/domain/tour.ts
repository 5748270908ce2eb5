/**
 * What a tour step shows, as plain data the store can apply: the group, one muscle alone, the side, labels,
 * X-ray, a stride moment and a slow loop over a range. The words and sources of each step live in the content.
 */
import type { GroupId, MuscleId, ViewId } from './groups.ts'
import type { LabSettings } from './lab.ts'

export const TOUR_IDS = [
  'hamstring-strain',
  'calf-springs',
  'hip-drop',
  // The stride lab's three questions.
  'cadence-knee',
  'strike-achilles',
  'speed-hip',
] as const
export type TourId = (typeof TOUR_IDS)[number]

/**
 * How many steps each tour has: a link's `step` past the end opens the last one, and the store keeps every step
 * in range without loading the tours' words. The content schema checks each tour has exactly this many.
 */
export const TOUR_STEP_COUNT: Readonly<Record<TourId, number>> = {
  'hamstring-strain': 3,
  'calf-springs': 3,
  'hip-drop': 3,
  'cadence-knee': 3,
  'strike-achilles': 3,
  'speed-hip': 3,
}

export function isTourId(value: unknown): value is TourId {
  return typeof value === 'string' && (TOUR_IDS as readonly string[]).includes(value)
}

/** A range of the stride to repeat, in percent, from < to. */
export type LoopRange = readonly [from: number, to: number]

export interface TourView {
  readonly muscle: GroupId
  /** One muscle of the group shown alone, the rest faded. */
  readonly isolate?: MuscleId
  readonly side?: ViewId
  readonly labels?: boolean
  readonly xray?: boolean
  /** A stride moment: stride mode on, at this percent. */
  readonly phase?: number
  /** Repeat this range, running, at `speed`. */
  readonly loop?: LoopRange
  readonly speed?: 0.25 | 0.5 | 1
  /** A card of the group's panel to bring into view (`section:exercises`). */
  readonly card?: string
  /** The stride lab's setting for this step (the rest typical); without it a stride step shows the typical runner. */
  readonly lab?: Partial<LabSettings>
}

/** A loop range from a link value like `85-95`: both in 0..100, from before to, at least 2 % long. */
export function parseLoop(raw: string): LoopRange | null {
  const m = /^(\d{1,2}(?:\.\d)?)-(\d{1,3}(?:\.\d)?)$/.exec(raw.trim())
  if (!m) return null
  const from = Number(m[1])
  const to = Number(m[2])
  return from >= 0 && to <= 100 && to - from >= 2 ? [from, to] : null
}

export function formatLoop(loop: LoopRange): string {
  return `${loop[0]}-${loop[1]}`
}

/** Where a moment falls in a loop: inside it stays; past its end (or before its start) it starts over. */
export function wrapIntoLoop(phase: number, loop: LoopRange): number {
  const [from, to] = loop
  if (phase >= from && phase < to) return phase
  const span = to - from
  const past = phase - to
  return past >= 0 && past < span ? from + past : from
}
