import { PHASES, PHASE_IDS, type PhaseId } from '../../domain/gait.ts'
import { GROUPS, type GroupId } from '../../domain/groups.ts'
import { getGroupContent } from '../../content/index.ts'
import { useExplorer } from '../../store/index.ts'
import { ActivityBadge } from '../ActivityBadge.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { ActivationChart } from './ActivationChart.tsx'
import { useRef } from 'react'
import { ACTIVITY_NAMES } from '../../domain/training.ts'
import { activityLevelOf, groupActivationAt } from '../../domain/stride/activation.ts'
import { displayPhase, useHeldPhaseId, useStridePaint, wholePercent } from './live.ts'
import './stride.css'
import { Glossed } from '../Glossed.tsx'

interface StrideNowProps {
  group: GroupId
}

/**
 * For the group panel: what the group is doing at this moment of the stride and why it matters, with its
 * activation curve and a line at the current moment. Outside stride mode, the curve and a way in.
 */
export function StrideNow({ group }: StrideNowProps) {
  const stride = useExplorer((s) => s.stride)
  const webgl = useExplorer((s) => s.webgl)
  const startStride = useExplorer((s) => s.startStride)
  return (
    <div className="rae-stride-now-block" data-stride={stride ? 'on' : 'off'}>
      {stride ? (
        <RightNow group={group} />
      ) : (
        webgl && (
          <p className="rae-stride-invite">
            <button type="button" className="rae-button" onClick={startStride}>
              Watch the {GROUPS[group].name.toLowerCase()} in the stride
            </button>
          </p>
        )
      )}
      <ActivationChart group={group} live={stride} />
    </div>
  )
}

/** Per phase, the words the head shows, made once so a frame builds no strings. */
const PART_TEXT = Object.fromEntries(
  PHASE_IDS.map((id) => [
    id,
    PHASES[id].part === 'stance' ? '(right foot on the ground)' : '(right leg swinging)',
  ]),
) as Record<PhaseId, string>
const RANGE_TEXT = Object.fromEntries(
  PHASE_IDS.map((id) => [id, `${PHASES[id].start}–${PHASES[id].end} %`]),
) as Record<PhaseId, string>

function RightNow({ group }: StrideNowProps) {
  // The explanation holds a few seconds while playing so it can be read; the head follows the bar.
  const heldId = useHeldPhaseId()
  const playing = useExplorer((s) => s.playing)
  const held = PHASES[heldId]
  const row = getGroupContent(group).phases[heldId]
  const root = useRef<HTMLDivElement>(null)
  const phaseName = useRef<HTMLElement>(null)
  const part = useRef<HTMLSpanElement>(null)
  const range = useRef<HTMLSpanElement>(null)
  const now = useRef<HTMLSpanElement>(null)
  const shown = useRef(-1)

  // The moment, its phase and the glow word are painted in the same animation frame as the stride bar's caption,
  // from the same value, so the panel and the bar never disagree (not even for a frame).
  useStridePaint((percent, settled) => {
    const whole = wholePercent(percent)
    if (!settled && whole === shown.current) return
    shown.current = whole
    const phase = displayPhase(whole)
    if (root.current && root.current.dataset.phase !== phase.id) {
      root.current.dataset.phase = phase.id
      if (phaseName.current) phaseName.current.textContent = phase.name
      if (part.current) part.current.textContent = PART_TEXT[phase.id]
      if (range.current) range.current.textContent = RANGE_TEXT[phase.id]
    }
    const el = now.current
    if (!el) return
    const level = activityLevelOf(groupActivationAt(group, 'R', whole))
    el.dataset.level = level
    el.textContent = ACTIVITY_NAMES[level]
  })

  return (
    <div ref={root} className="rae-right-now" data-held={playing ? 'true' : 'false'}>
      <p className="rae-right-now-head">
        <span className="rae-right-now-label">{playing ? 'Phase' : 'Right now'}</span>{' '}
        <strong ref={phaseName} className="rae-right-now-phase" />{' '}
        <span ref={part} className="rae-right-now-part" />{' '}
        <span ref={range} className="rae-right-now-range" />
      </p>
      <p className="rae-right-now-level">
        Glow now: <span ref={now} className="rae-right-now-glow" />
      </p>
      <p className="rae-right-now-text" data-phase={heldId}>
        <strong className="rae-right-now-about">{held.name}</strong>, at most{' '}
        <ActivityBadge level={row.activity} />:{' '}
        <span className="rae-right-now-words">
          <Glossed text={row.text} />
        </span>{' '}
        <SourceRefs sources={row.sources} flags={row.flags} />
        {playing && (
          <span className="rae-right-now-hold"> (this text holds a few seconds while playing)</span>
        )}
      </p>
    </div>
  )
}
