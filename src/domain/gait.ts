/**
 * Gait-cycle phases, shared by the content (what a group does in each phase), the stride animation and
 * its scrubber. Percent of the cycle of the RIGHT leg, 0 = right foot strike, 100 = its next strike.
 * Toe-off at 34 % follows the right stride of the Hamner et al. 2010 simulation (reference §1).
 */
export const PHASE_IDS = [
  'initial-contact',
  'loading',
  'midstance',
  'toe-off',
  'early-swing',
  'mid-swing',
  'late-swing',
] as const

export type PhaseId = (typeof PHASE_IDS)[number]

export interface PhaseInfo {
  readonly id: PhaseId
  readonly name: string
  /** Start of the phase, % of the cycle (inclusive). */
  readonly start: number
  /** End of the phase, % of the cycle (exclusive). */
  readonly end: number
  /** Stance (foot on the ground) or swing. */
  readonly part: 'stance' | 'swing'
}

export const PHASES: Readonly<Record<PhaseId, PhaseInfo>> = {
  'initial-contact': { id: 'initial-contact', name: 'Initial contact', start: 0, end: 3, part: 'stance' },
  loading: { id: 'loading', name: 'Loading', start: 3, end: 15, part: 'stance' },
  midstance: { id: 'midstance', name: 'Midstance', start: 15, end: 28, part: 'stance' },
  'toe-off': { id: 'toe-off', name: 'Toe-off', start: 28, end: 38, part: 'stance' },
  'early-swing': { id: 'early-swing', name: 'Early swing', start: 38, end: 58, part: 'swing' },
  'mid-swing': { id: 'mid-swing', name: 'Mid swing', start: 58, end: 78, part: 'swing' },
  'late-swing': { id: 'late-swing', name: 'Late swing', start: 78, end: 100, part: 'swing' },
}

/** Toe-off of the right leg, % of the cycle [SIM, Hamner dataset, right stride]. */
export const TOE_OFF_PERCENT = 34

/** Wrap any number into [0, 100). */
export function wrapPercent(p: number): number {
  const r = p % 100
  return r < 0 ? r + 100 : r
}

export function phaseAt(percent: number): PhaseInfo {
  const p = wrapPercent(percent)
  for (const id of PHASE_IDS) {
    const ph = PHASES[id]
    if (p >= ph.start && p < ph.end) return ph
  }
  return PHASES['late-swing']
}
