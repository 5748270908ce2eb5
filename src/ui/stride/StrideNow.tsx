import { PHASES } from '../../domain/gait.ts'
import { GROUPS, type GroupId } from '../../domain/groups.ts'
import { getGroupContent } from '../../content/index.ts'
import { useExplorer } from '../../store/index.ts'
import { ActivityBadge } from '../ActivityBadge.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { ActivationChart } from './ActivationChart.tsx'
import { startStride, useLivePhaseId } from './live.ts'
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
  const phaseId = useLivePhaseId()
  const phase = PHASES[phaseId]
  const row = getGroupContent(group).phases[phaseId]
  return (
    <div className="rae-right-now" data-phase={phaseId}>
      <p className="rae-right-now-head">
        <span className="rae-right-now-label">Right now</span>{' '}
        <strong className="rae-right-now-phase">{phase.name}</strong>{' '}
        <span className="rae-right-now-part">
          ({phase.part === 'stance' ? 'right foot on the ground' : 'right leg swinging'})
        </span>{' '}
        <ActivityBadge level={row.activity} />
      </p>
      <p className="rae-right-now-text">
        <Glossed text={row.text} /> <SourceRefs sources={row.sources} flags={row.flags} />
      </p>
    </div>
  )
}
