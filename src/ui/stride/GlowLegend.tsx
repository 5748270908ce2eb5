import { CURVES, type ActivationCurve } from '../../domain/stride/activation.ts'
import { FlagBadge } from '../FlagBadge.tsx'
import { isTypicalLab } from '../../domain/lab.ts'
import { useExplorer } from '../../store/index.ts'

const ALL = Object.values(CURVES)
const SIMULATED = ALL.filter((c) => c.flags.includes('SIM') && !c.flags.includes('UE'))
const ESTIMATED = ALL.filter((c) => c.flags.includes('UE'))

function names(curves: readonly ActivationCurve[]): string {
  return curves.map((c) => c.label.toLowerCase()).join(', ')
}

/**
 * How to read the glow on one short line, with where the timing comes from folded away. Returns loose items
 * so the bar can set them in its bottom row; the flags stay visible in the summary.
 */
export function GlowLegend() {
  // At a lab setting values pass 1: the scale's top is the typical runner's peak, not this runner's own.
  const inLab = useExplorer((s) => !s.labShowsTypical && !isTypicalLab(s.lab))
  return (
    <>
      <p className="rae-glow-scale">
        <span className="rae-glow-end">Resting</span>
        <span className="rae-glow-ramp" aria-hidden="true" />
        <span className="rae-glow-end">{inLab ? 'typical runner’s peak' : 'own peak'}</span>
      </p>
      <details className="rae-glow-sources">
        <summary>
          Sources <FlagBadge flag="SIM" /> <FlagBadge flag="UE" />
        </summary>
        <p className="rae-glow-why">
          {inLab
            ? 'In the stride lab, glow shows each muscle against its own peak in the typical runner’s stride, not one muscle against another; brighter means more than the typical runner, and the glow note under the bar says where each change comes from. '
            : 'Glow shows each muscle against its own peak in the stride, not one muscle against another; '}
          muscles that only ever work lightly (rectus abdominis, transversus abdominis, trapezius) never glow
          fully.
        </p>
        <p className="rae-phone-only">
          Percent and phases follow the right leg (0 % = right foot lands); the left leg is half a stride
          behind.
        </p>
        <p>
          Timing follows on/off windows of muscle activity measured on runners (EMG), which switch on 5–10 %
          of the stride before the force they make.
        </p>
        <p>
          <FlagBadge flag="SIM" /> Windows whose peak or edges come from simulated force of one runner (the
          left stride of subject 2 in a published running model), not measured muscle signals:{' '}
          {names(SIMULATED)}.
        </p>
        <p>
          <FlagBadge flag="UE" /> Estimates shaped by the on/off timing reported in studies, because neither
          EMG windows nor the simulation cover these muscles: {names(ESTIMATED)}.
        </p>
      </details>
    </>
  )
}
