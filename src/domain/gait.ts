/**
 * Gait-cycle phases, shared by the content (what a group does in each phase), the stride animation and
 * its scrubber. Percent of the cycle of the RIGHT leg, 0 = right foot strike, 100 = its next strike.
 * Toe-off at 34 % follows the right stride of the Hamner et al. 2010 simulation (reference §1).
 *
 * Toe-off itself is an instant, so stance is exactly [0, TOE_OFF_PERCENT) and swing the rest. The phase
 * keyed 'toe-off' is the push-off that ends at that instant; the key stays because content is keyed by it.
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
  /** For tight places such as the phase buttons. */
  readonly shortName: string
  /** Start of the phase, % of the cycle (inclusive). */
  readonly start: number
  /** End of the phase, % of the cycle (exclusive). */
  readonly end: number
  /** Stance (right foot on the ground, before toe-off) or swing. */
  readonly part: 'stance' | 'swing'
  /**
   * The moment that shows the phase best, where the phase buttons jump: e.g. late swing at 90 %, where the
   * hamstrings peak; loading at 10 %, where the vasti and gluteus medius peak.
   */
  readonly focus: number
}

/** Toe-off of the right leg, % of the cycle [SIM, Hamner dataset, right stride]. */
export const TOE_OFF_PERCENT = 34

export const PHASES: Readonly<Record<PhaseId, PhaseInfo>> = {
  'initial-contact': phase('initial-contact', 'Initial contact', 'Contact', 0, 3, 1),
  // Vasti peak about 12 %, gluteus medius about 10 %.
  loading: phase('loading', 'Loading', 'Loading', 3, 15, 10),
  // Soleus peak about 17 %, the body passing over the foot.
  midstance: phase('midstance', 'Midstance', 'Midstance', 15, 28, 20),
  'toe-off': phase('toe-off', 'Push-off', 'Push-off', 28, TOE_OFF_PERCENT, 31),
  // Iliopsoas peak about 40 %, pulling the thigh forward.
  'early-swing': phase('early-swing', 'Early swing', 'Early swing', TOE_OFF_PERCENT, 58, 40),
  // Peak knee bend of the swing, about 68 %.
  'mid-swing': phase('mid-swing', 'Mid swing', 'Mid swing', 58, 78, 68),
  // Hamstrings peak, braking the shin at their longest.
  'late-swing': phase('late-swing', 'Late swing', 'Late swing', 78, 100, 90),
}

/** Stance and swing follow from toe-off, so a phase can never disagree with the foot. */
function phase(
  id: PhaseId,
  name: string,
  shortName: string,
  start: number,
  end: number,
  focus: number,
): PhaseInfo {
  return { id, name, shortName, start, end, focus, part: start < TOE_OFF_PERCENT ? 'stance' : 'swing' }
}

/**
 * A moment of the cycle as the store keeps it: to a tenth of a percent, rounded first and then wrapped, so
 * 99.96 becomes 0 (the next landing), never 100.
 */
export function roundPhase(p: number): number {
  // `|| 0`: -0.04 rounds to -0, which is 0 to a reader but not to Object.is (and so to the store).
  return wrapPercent(Math.round(p * 10) / 10) || 0
}

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
