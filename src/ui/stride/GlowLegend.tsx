import { CURVES, type ActivationCurve } from '../../domain/stride/activation.ts'
import { FlagBadge } from '../FlagBadge.tsx'

const ALL = Object.values(CURVES)
const SIMULATED = ALL.filter((c) => c.flags.includes('SIM') && !c.flags.includes('UE'))
const ESTIMATED = ALL.filter((c) => c.flags.includes('UE'))

function names(curves: readonly ActivationCurve[]): string {
  return curves.map((c) => c.label.toLowerCase()).join(', ')
}

/** How to read the glow, and which curves are simulation and which are estimates. */
export function GlowLegend() {
  return (
    <div className="rae-glow-legend">
      <p className="rae-glow-scale">
        <span className="rae-glow-end">Resting</span>
        <span className="rae-glow-ramp" aria-hidden="true" />
        <span className="rae-glow-end">Its own peak</span>
        <span className="rae-glow-why">
          Glow shows each muscle against its own peak in the stride, not one muscle against another.
        </span>
      </p>
      <details className="rae-glow-sources">
        <summary>
          Where the timing comes from <FlagBadge flag="SIM" /> <FlagBadge flag="UE" />
        </summary>
        <p className="rae-phone-only">
          Glow shows each muscle against its own peak in the stride, not one muscle against another. Percent
          and phases follow the right leg (0 % = right foot lands); the left leg is half a stride behind.
        </p>
        <p>
          <FlagBadge flag="SIM" /> Simulated force of one runner in a published running model, not measured
          muscle signals: {names(SIMULATED)}.
        </p>
        <p>
          <FlagBadge flag="UE" /> Estimates from the on/off timing reported in studies, because the simulation
          has no such muscle: {names(ESTIMATED)}.
        </p>
      </details>
    </div>
  )
}
