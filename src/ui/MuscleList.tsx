import { MUSCLES } from '../domain/groups.ts'
import type { MuscleContent } from '../content/types.ts'
import { SourceRefs } from './SourceRefs.tsx'

interface MuscleListProps {
  muscles: readonly MuscleContent[]
}

/** Where each muscle starts and ends, and what pulling between those points does. */
export function MuscleList({ muscles }: MuscleListProps) {
  return (
    <ul className="rae-muscles">
      {muscles.map((m) => {
        const info = MUSCLES[m.muscle]
        return (
          <li key={m.muscle} className="rae-muscle">
            <h4 className="rae-muscle-name">
              {info.name}
              {info.deep && <span className="rae-tag">Deep: use X-ray</span>}
            </h4>
            <dl className="rae-muscle-facts">
              <dt>Origin</dt>
              <dd>{m.origin}</dd>
              <dt>Insertion</dt>
              <dd>{m.insertion}</dd>
              <dt>Action</dt>
              <dd>
                {m.action} <SourceRefs sources={m.sources} flags={m.flags} />
              </dd>
            </dl>
          </li>
        )
      })}
    </ul>
  )
}
