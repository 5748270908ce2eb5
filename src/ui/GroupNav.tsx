import { Suspense, lazy, useEffect, useId, useMemo, useState } from 'react'
import { GROUP_IDS, GROUPS, STRUCTURES } from '../domain/groups.ts'
import { searchGroups, searchParts } from '../domain/search.ts'
import { contentIfLoaded, loadContent } from '../content/lazy.ts'
import { useExplorer } from '../store/index.ts'
import { GroupList } from './GroupList.tsx'

// The answer to a search that found nothing: its own small chunk, fetched only when a search first finds nothing.
const NoMatch = lazy(() => import('./SearchNoMatch.tsx').then((m) => ({ default: m.SearchNoMatch })))

/** At most this many injury and exercise results under the search box. */
const MAX_HITS = 6

/** The search box, the injuries and exercises it finds, and the list of groups it filters. */
export function GroupNav() {
  const query = useExplorer((s) => s.query)
  const setQuery = useExplorer((s) => s.setQuery)
  const inputId = useId()
  const countId = useId()

  const trimmed = query.trim()
  // Names and muscles are searchable at once; the full search (everyday words, typos, injuries, exercises) joins
  // when the content chunk has arrived, asked for on the first focus of the box or the first keystroke.
  const [content, setContent] = useState(contentIfLoaded)
  const [wanted, setWanted] = useState(false)
  useEffect(() => {
    if ((wanted || trimmed !== '') && !content) loadContent().then(setContent, () => {})
  }, [wanted, trimmed, content])

  const answer = useMemo(
    () => (content && trimmed !== '' ? content.answerSearch(query) : null),
    [query, trimmed, content],
  )
  const ids = useMemo(() => {
    const found = new Set(answer ? answer.groups : searchGroups(query))
    return GROUP_IDS.filter((id) => found.has(id))
  }, [query, answer])

  const parts = useMemo(() => (answer ? answer.parts : searchParts(query)), [query, answer])
  const openPart = useExplorer((s) => s.openPart)
  const openCard = useExplorer((s) => s.openCard)
  const select = useExplorer((s) => s.select)
  // Injuries and exercises; a group's everyday name only filters the list below.
  const hits = useMemo(() => (answer ? answer.hits.slice(0, MAX_HITS) : []), [answer])
  /** Enter opens the best match of any kind: a card, a group, a structure. */
  const openFirst = () => {
    if (answer) {
      const first = answer.first
      if (first?.kind === 'card') openCard(first.group, first.card)
      else if (first?.kind === 'group') select(first.group)
      else if (first?.kind === 'part') openPart(first.part)
      return
    }
    if (trimmed !== '' && ids[0]) select(ids[0])
    else if (parts[0]) openPart(parts[0])
  }

  let count: string
  const also =
    parts.length === 0
      ? ''
      : parts.length === 1
        ? ', and 1 other structure'
        : `, and ${parts.length} other structures`
  if (trimmed === '') count = `${ids.length} muscle groups`
  else if (ids.length === 0 && parts.length === 0) count = `No group matches “${trimmed}”`
  else if (ids.length === 0) count = `No group matches “${trimmed}”${also.replace(', and', '; found')}`
  else
    count =
      (ids.length === 1 ? `1 group matches “${trimmed}”` : `${ids.length} groups match “${trimmed}”`) + also

  return (
    <nav className="rae-nav" aria-labelledby="rae-nav-title">
      <h2 className="rae-nav-title" id="rae-nav-title">
        Muscle groups
      </h2>
      <div className="rae-search">
        <label className="rae-search-label" htmlFor={inputId}>
          Find a muscle or exercise
        </label>
        <input
          id={inputId}
          className="rae-input rae-search-input"
          type="search"
          autoComplete="off"
          spellCheck={false}
          placeholder="e.g. tight calves, shin pain, nordic"
          aria-describedby={countId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onFocus={() => setWanted(true)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            openFirst()
          }}
        />
      </div>
      <p className="rae-search-count" id={countId} role="status">
        {count}
        {answer && answer.ignored.length > 0 && ids.length + parts.length > 0 && (
          <span className="rae-search-ignored"> (left out: {answer.ignored.join(', ')})</span>
        )}
        {ids.length === 0 && parts.length === 0 && (
          <>
            {' '}
            <button type="button" className="rae-link-button" onClick={() => setQuery('')}>
              Clear search
            </button>
          </>
        )}
      </p>
      {answer && ids.length === 0 && parts.length === 0 && (
        <Suspense fallback={null}>
          <NoMatch
            answer={answer}
            onQuery={setQuery}
            onGroup={select}
            onCard={(hit) => openCard(hit.group, hit.card)}
          />
        </Suspense>
      )}
      {hits.length > 0 && (
        <ul className="rae-search-hits" aria-label="Injuries and exercises">
          {hits.map((hit) => (
            <li key={`${hit.group}/${hit.card}`}>
              <button type="button" className="rae-search-hit" onClick={() => openCard(hit.group, hit.card)}>
                <span className="rae-search-hit-label">{hit.label}</span>
                <span className="rae-search-hit-kind">
                  {' '}
                  · {hit.kind} · {GROUPS[hit.group].name}
                  {hit.via !== undefined && <> · matched “{hit.via}”</>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <GroupList ids={ids} labelledBy="rae-nav-title" />
      {parts.length > 0 && (
        <ul className="rae-part-results" aria-label="Other structures">
          {parts.map((id) => (
            <li key={id}>
              <button type="button" className="rae-part-result" onClick={() => openPart(id)}>
                {STRUCTURES[id].name}
                <span className="rae-part-result-kind">
                  {' '}
                  · {STRUCTURES[id].kind}, outside the eight groups
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
