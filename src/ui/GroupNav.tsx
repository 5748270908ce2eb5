import { useEffect, useId, useMemo, useState } from 'react'
import { GROUP_IDS, STRUCTURES } from '../domain/groups.ts'
import { searchGroups, searchParts } from '../domain/search.ts'
import { contentIfLoaded, loadContent } from '../content/lazy.ts'
import { useExplorer } from '../store/index.ts'
import { GroupList } from './GroupList.tsx'

/** The search box and the list of groups it filters. */
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
