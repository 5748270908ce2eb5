import { PHASES } from '../domain/gait.ts'
import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { InjuryLink } from '../content/types.ts'
import { EvidenceTag } from './EvidenceTag.tsx'
import { Glossed } from './Glossed.tsx'
import { SourceRefs } from './SourceRefs.tsx'
import { groupCard, useExplorer } from '../store/index.ts'

interface InjuryListProps {
  group: GroupId
  injuries: readonly InjuryLink[]
}

/** Injuries the research ties to this group: how firm the tie is, when in the stride it loads, when to stop. */
export function InjuryList({ group, injuries }: InjuryListProps) {
  const card = useExplorer(groupCard)
  return (
    <ul className="rae-facts">
      {injuries.map((injury, i) => {
        const others = (injury.groups ?? []).filter((g) => g !== group)
        return (
          <li
            key={injury.name}
            className="rae-fact rae-injury"
            data-card={`injury:${i}`}
            data-marked={card === `injury:${i}` || undefined}
            tabIndex={-1}
          >
            <strong className="rae-fact-title">
              {injury.name} <EvidenceTag level={injury.evidence} />
            </strong>
            <span>
              <Glossed text={injury.link} /> <SourceRefs sources={injury.sources} flags={injury.flags} />
            </span>
            {others.length > 0 && (
              <span className="rae-injury-groups">
                Also involves: {others.map((g) => GROUPS[g].name).join(', ')}
              </span>
            )}
            {injury.moment && (
              <span className="rae-injury-moment" data-phase={injury.moment.phase}>
                <strong>Loaded in the stride: </strong>
                {PHASES[injury.moment.phase].name} — <Glossed text={injury.moment.text} />{' '}
                <SourceRefs sources={injury.moment.sources} flags={injury.moment.flags} />
              </span>
            )}
            {injury.stop && (
              <span className="rae-injury-stop">
                <strong>Stop and see a clinician: </strong>
                <Glossed text={injury.stop.text} />{' '}
                <SourceRefs sources={injury.stop.sources} flags={injury.stop.flags} />
              </span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
