import { useMemo, useRef } from 'react'
import { PHASES, PHASE_IDS, TOE_OFF_PERCENT, phaseAt } from '../../domain/gait.ts'
import { GROUPS, MUSCLES, type GroupId } from '../../domain/groups.ts'
import {
  CURVE_STRIDE_NOTE,
  curveValue,
  curvesOfGroup,
  musclesOfCurve,
  simValue,
  type ActivationCurve,
} from '../../domain/stride/activation.ts'
import { isSourceId, type SourceId } from '../../content/sources.ts'
import { SourceRefs } from '../SourceRefs.tsx'
import { percentText, tenthsText, useStridePaint, wholePercent } from './live.ts'

interface ActivationChartProps {
  group: GroupId
  /** Draw the moving "now" line (stride mode on). */
  live: boolean
}

const TOP = 4
const BOTTOM = 44
const HEIGHT = 50
const yOf = (v: number) => BOTTOM - v * (BOTTOM - TOP)

interface Line {
  curve: ActivationCurve
  points: string
  /** The simulated force row beside it, dashed; empty when there is none. */
  simPoints: string
  peakAt: number
  muscles: string
  sources: SourceId[]
}

function lineOf(group: GroupId, curve: ActivationCurve): Line {
  const pts: string[] = []
  let peakAt = 0
  let peak = -1
  for (let p = 0; p <= 100; p++) {
    const v = curveValue(curve, p)
    pts.push(`${p},${yOf(v).toFixed(2)}`)
    if (v > peak + 1e-9 && p < 100) {
      peak = v
      peakAt = p
    }
  }
  const sim = curve.kind === 'windows' ? curve.sim : undefined
  const simPts: string[] = []
  if (sim) for (let p = 0; p <= 100; p++) simPts.push(`${p},${yOf(simValue(sim, p)).toFixed(2)}`)
  return {
    curve,
    points: pts.join(' '),
    simPoints: simPts.join(' '),
    peakAt,
    muscles: musclesOfCurve(group, curve.id)
      .map((m) => MUSCLES[m].name)
      .join(', '),
    sources: curve.sources.filter(isSourceId),
  }
}

/**
 * The group's activation across one cycle of the right leg (one line per distinct curve), with the stance
 * part shaded, the phases ticked and the current moment as a line that follows the animation.
 */
export function ActivationChart({ group, live }: ActivationChartProps) {
  const lines = useMemo(() => curvesOfGroup(group).map((c) => lineOf(group, c)), [group])
  const nowLine = useRef<SVGLineElement>(null)
  const values = useRef<(HTMLSpanElement | null)[]>([])
  const lastTenths = useRef('')
  const lastWhole = useRef(-1)

  useStridePaint((percent, settled) => {
    // A settled paint may land on a line and values just mounted (stride on), so it always writes.
    if (settled) {
      lastTenths.current = ''
      lastWhole.current = -1
    }
    const x = tenthsText(percent)
    const line = nowLine.current
    if (line && x !== lastTenths.current) {
      lastTenths.current = x
      line.setAttribute('x1', x)
      line.setAttribute('x2', x)
    }
    const whole = wholePercent(percent)
    if (whole === lastWhole.current) return
    lastWhole.current = whole
    for (let i = 0; i < lines.length; i++) {
      const el = values.current[i]
      const l = lines[i]
      if (el && l) el.textContent = percentText(curveValue(l.curve, percent) * 100)
    }
  })

  const summary = lines
    .map((l) => `${l.curve.label} peaks at about ${l.peakAt} % (${phaseAt(l.peakAt).name.toLowerCase()})`)
    .join('; ')

  return (
    <figure className="rae-curve">
      <svg
        className="rae-curve-svg"
        viewBox={`0 0 100 ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={`${GROUPS[group].name} across the stride of the right leg: ${summary}.`}
      >
        <rect className="rae-curve-stance" x={0} y={TOP} width={TOE_OFF_PERCENT} height={BOTTOM - TOP} />
        {PHASE_IDS.map((id) => (
          <line
            key={id}
            className="rae-curve-tick"
            x1={PHASES[id].start}
            x2={PHASES[id].start}
            y1={TOP}
            y2={BOTTOM}
          />
        ))}
        <line className="rae-curve-axis" x1={0} x2={100} y1={BOTTOM} y2={BOTTOM} />
        {lines.map((l, i) =>
          l.simPoints === '' ? null : (
            <polyline
              key={`${l.curve.id}-sim`}
              className="rae-curve-sim"
              data-series={i}
              points={l.simPoints}
            />
          ),
        )}
        {lines.map((l, i) => (
          <polyline key={l.curve.id} className="rae-curve-line" data-series={i} points={l.points} />
        ))}
        {live && <line ref={nowLine} className="rae-curve-now" x1={0} x2={0} y1={0} y2={HEIGHT} />}
      </svg>
      <div className="rae-curve-axis-labels" aria-hidden="true">
        <span>0 % lands</span>
        <span style={{ left: `${TOE_OFF_PERCENT}%` }}>toe-off</span>
        <span>100 %</span>
      </div>
      <figcaption>
        <ul className="rae-curve-legend">
          {lines.map((l, i) => (
            <li key={l.curve.id}>
              <span className="rae-curve-swatch" data-series={i} aria-hidden="true" />
              <span className="rae-curve-name">{l.curve.label}</span>
              {l.muscles !== l.curve.label && <span className="rae-curve-muscles"> ({l.muscles})</span>}
              {live && (
                <span className="rae-curve-value">
                  {' '}
                  now <span ref={(el) => void (values.current[i] = el)} />
                </span>
              )}{' '}
              <SourceRefs sources={l.sources} flags={l.curve.flags} />
              <span className="rae-curve-basis">{l.curve.basis}</span>
              {l.curve.kind === 'windows' && l.curve.sim && (
                <span className="rae-curve-basis rae-curve-sim-note">
                  Dotted grey: {l.curve.sim.label.toLowerCase()}{' '}
                  <SourceRefs sources={l.curve.sim.sources.filter(isSourceId)} flags={l.curve.sim.flags} />
                </span>
              )}
            </li>
          ))}
        </ul>
        <p className="rae-note">
          Right side, 0 = resting, top = the muscle's own peak in the stride; shaded = right foot on the
          ground. The left side does the same half a stride later. {CURVE_STRIDE_NOTE}
        </p>
      </figcaption>
    </figure>
  )
}
