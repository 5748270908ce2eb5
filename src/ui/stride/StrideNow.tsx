import { PHASES } from '../../domain/gait.ts'
import { GROUPS, type GroupId } from '../../domain/groups.ts'
import { getGroupContent } from '../../content/index.ts'
import { useExplorer } from '../../store/index.ts'
import { ActivityBadge } from '../ActivityBadge.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { ActivationChart } from './ActivationChart.tsx'
import { useRef } from 'react'
import { ACTIVITY_NAMES } from '../../domain/training.ts'
import { activityLevelOf, groupActivationAt } from '../../domain/stride/activation.ts'
import { useHeldPhaseId, useStridePaint, wholePercent } from './live.ts'
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

function RightNow({ group }: StrideNowProps) {
  const phaseId = useHeldPhaseId()
  const playing = useExplorer((s) => s.playing)
  const phase = PHASES[phaseId]
  const row = getGroupContent(group).phases[phaseId]
  const now = useRef<HTMLSpanElement>(null)
  const shown = useRef(-1)

  // The "now" word follows the glow at every whole percent, the same value the chart and the body show.
  useStridePaint((percent, settled) => {
    const whole = wholePercent(percent)
    if (!settled && whole === shown.current) return
    shown.current = whole
    const el = now.current
    if (!el) return
    const level = activityLevelOf(groupActivationAt(group, 'R', whole))
    el.dataset.level = level
    el.textContent = ACTIVITY_NAMES[level]
  })

  return (
    <div className="rae-right-now" data-phase={phaseId} data-held={playing ? 'true' : 'false'}>
      <p className="rae-right-now-head">
        <span className="rae-right-now-label">{playing ? 'Phase' : 'Right now'}</span>{' '}
        <strong className="rae-right-now-phase">{phase.name}</strong>{' '}
        <span className="rae-right-now-part">
          ({phase.part === 'stance' ? 'right foot on the ground' : 'right leg swinging'})
        </span>{' '}
        <span className="rae-right-now-range">
          {phase.start}–{phase.end} %, at most <ActivityBadge level={row.activity} />
        </span>
      </p>
      <p className="rae-right-now-level">
        Glow now: <span ref={now} className="rae-right-now-glow" />
        {playing && <span className="rae-right-now-hold"> · the text holds a few seconds while playing</span>}
      </p>
      <p className="rae-right-now-text">
        <Glossed text={row.text} /> <SourceRefs sources={row.sources} flags={row.flags} />
      </p>
    </div>
  )
}
