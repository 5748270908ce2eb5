import type { InjuryLink } from '../content/types.ts'
import { EvidenceTag } from './EvidenceTag.tsx'
import { SourceRefs } from './SourceRefs.tsx'

interface InjuryListProps {
  injuries: readonly InjuryLink[]
}

/** Injuries the research ties to this group, with how firm that tie is. */
export function InjuryList({ injuries }: InjuryListProps) {
  return (
    <ul className="rae-facts">
      {injuries.map((injury) => (
        <li key={injury.name} className="rae-fact">
          <strong className="rae-fact-title">
            {injury.name} <EvidenceTag level={injury.evidence} />
          </strong>
          <span>
            {injury.link} <SourceRefs sources={injury.sources} flags={injury.flags} />
          </span>
        </li>
      ))}
    </ul>
  )
}
