import { useEffect, useId, useMemo, useState } from 'react'
import { GROUP_IDS, GROUPS, STRUCTURES } from '../domain/groups.ts'
import { searchGroups, searchParts } from '../domain/search.ts'
import { contentIfLoaded, loadContent } from '../content/lazy.ts'
import { useExplorer } from '../store/index.ts'
import { GroupList } from './GroupList.tsx'

/** At most this many injury and exercise results under the search box. */
const MAX_HITS = 6

/** The search box, the injuries and exercises it finds, and the list of groups it filters. */
export function GroupNav() {
  const query = useExplorer((s) => s.query)
  const setQuery = useExplorer((s) => s.setQuery)
  const inputId = useId()
  const countId = useId()

  const trimmed = query.trim()
  // Names and muscles are searchable at once; exercise names join in when the content chunk has arrived.
  const [content, setContent] = useState(contentIfLoaded)
  useEffect(() => {
    if (trimmed !== '' && !content) loadContent().then(setContent, () => {})
  }, [trimmed, content])

  const ids = useMemo(() => {
    const found = new Set(content ? content.searchGroups(query) : searchGroups(query))
    return GROUP_IDS.filter((id) => found.has(id))
  }, [query, content])

  const parts = useMemo(() => searchParts(query), [query])
  const openPart = useExplorer((s) => s.openPart)
  const openCard = useExplorer((s) => s.openCard)
  const select = useExplorer((s) => s.select)
  // Injuries and exercises by name, everyday name or kit; a group alias only filters the list above.
  const hits = useMemo(
    () => (content ? content.searchContent(query).filter((h) => h.kind !== 'group') : []).slice(0, MAX_HITS),
    [query, content],
  )
  /** Enter opens the first result: an injury or exercise card, else the first group, else a structure. */
  const openFirst = () => {
    const hit = hits[0]
    if (hit) openCard(hit.group, hit.card)
    else if (trimmed !== '' && ids[0]) select(ids[0])
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
          placeholder="e.g. calf, soleus, nordic"
          aria-describedby={countId}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return
            event.preventDefault()
            openFirst()
          }}
        />
      </div>
      <p className="rae-search-count" id={countId} role="status">
        {count}
        {ids.length === 0 && parts.length === 0 && (
          <>
            {' '}
            <button type="button" className="rae-link-button" onClick={() => setQuery('')}>
              Clear search
            </button>
          </>
        )}
      </p>
      {hits.length > 0 && (
        <ul className="rae-search-hits" aria-label="Injuries and exercises">
          {hits.map((hit) => (
            <li key={hit.card}>
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
