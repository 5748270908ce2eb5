import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { SearchAnswer, SearchHit } from '../content/index.ts'

export interface SearchNoMatchProps {
  answer: SearchAnswer
  onQuery: (query: string) => void
  onGroup: (id: GroupId) => void
  onCard: (hit: SearchHit) => void
}

/** When nothing matches: a spelling that would, the nearest groups and injuries, and what to type. */
export function SearchNoMatch({ answer, onQuery, onGroup, onCard }: SearchNoMatchProps) {
  const { didYouMean, closest } = answer
  return (
    <div className="rae-search-none">
      {didYouMean !== null && (
        <p>
          Did you mean{' '}
          <button type="button" className="rae-link-button" onClick={() => onQuery(didYouMean)}>
            {didYouMean}
          </button>
          ?
        </p>
      )}
      {closest.groups.length + closest.injuries.length > 0 && (
        <>
          <p className="rae-search-none-title">Closest</p>
          <ul className="rae-search-hits" aria-label="Closest groups and injuries">
            {closest.injuries.map((hit) => (
              <li key={`${hit.group}/${hit.card}`}>
                <button type="button" className="rae-search-hit" onClick={() => onCard(hit)}>
                  <span className="rae-search-hit-label">{hit.label}</span>
                  <span className="rae-search-hit-kind"> · injury · {GROUPS[hit.group].name}</span>
                </button>
              </li>
            ))}
            {closest.groups.map((id) => (
              <li key={id}>
                <button type="button" className="rae-search-hit" onClick={() => onGroup(id)}>
                  <span className="rae-search-hit-label">{GROUPS[id].name}</span>
                  <span className="rae-search-hit-kind"> · muscle group</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="rae-search-hint">
        Try a body part, how it feels or an exercise: “tight calves”, “shin hurts”, “knee pain on stairs”,
        “nordic”.
      </p>
    </div>
  )
}
