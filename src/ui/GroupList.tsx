import { useRef, useState, type KeyboardEvent } from 'react'
import { GROUPS, musclesOf, type GroupId } from '../domain/groups.ts'
import { selectedGroup, useExplorer } from '../store/index.ts'

interface GroupListProps {
  /** The groups to show, in order (already filtered by the search box). */
  ids: readonly GroupId[]
  /** id of the element that names the list. */
  labelledBy: string
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight'])
const PREV_KEYS = new Set(['ArrowUp', 'ArrowLeft'])

/** How many options share the first row as laid out now (1 where there is no layout, as in a test DOM). */
function columns(options: ReadonlyMap<GroupId, HTMLLIElement>, ids: readonly GroupId[]): number {
  const first = ids[0] === undefined ? undefined : options.get(ids[0])
  if (!first || first.offsetHeight === 0) return 1
  let n = 0
  for (const id of ids) if (options.get(id)?.offsetTop === first.offsetTop) n++
  return Math.max(n, 1)
}

/**
 * A listbox with a roving tab stop: Tab enters it once, the arrow keys move between groups, Enter or Space
 * opens one. Moving alone does not select, so the camera stays put while someone browses the list.
 */
export function GroupList({ ids, labelledBy }: GroupListProps) {
  const selected = useExplorer(selectedGroup)
  const select = useExplorer((s) => s.select)
  const options = useRef(new Map<GroupId, HTMLLIElement>())
  const [focusId, setFocusId] = useState<GroupId | null>(selected)
  const [seenSelected, setSeenSelected] = useState<GroupId | null>(selected)

  // A pick made elsewhere (the body, the map, a link) moves the tab stop to it.
  if (seenSelected !== selected) {
    setSeenSelected(selected)
    if (selected !== null) setFocusId(selected)
  }

  const tabStop = focusId !== null && ids.includes(focusId) ? focusId : (ids[0] ?? null)

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (tabStop === null) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      select(tabStop)
      return
    }
    const at = ids.indexOf(tabStop)
    let next: number
    // The list is laid out as a grid: Up and Down move by a row, Left and Right by one.
    const row = columns(options.current, ids)
    if (event.key === 'ArrowDown') next = at + row < ids.length ? at + row : at
    else if (event.key === 'ArrowUp') next = at - row >= 0 ? at - row : at
    else if (NEXT_KEYS.has(event.key)) next = Math.min(at + 1, ids.length - 1)
    else if (PREV_KEYS.has(event.key)) next = Math.max(at - 1, 0)
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = ids.length - 1
    else return
    event.preventDefault()
    const id = ids[next]
    if (id === undefined) return
    setFocusId(id)
    const option = options.current.get(id)
    option?.focus()
    option?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' })
  }

  return (
    <ul className="rae-group-list" role="listbox" aria-labelledby={labelledBy} onKeyDown={onKeyDown}>
      {ids.map((id) => (
        <li
          key={id}
          ref={(el) => {
            if (el) options.current.set(id, el)
            else options.current.delete(id)
          }}
          className="rae-group-option"
          role="option"
          data-group={id}
          tabIndex={id === tabStop ? 0 : -1}
          aria-selected={selected === id}
          onFocus={() => setFocusId(id)}
          onClick={() => select(id)}
        >
          <span className="rae-group-name">{GROUPS[id].name}</span>
          <span className="rae-group-muscles">
            {musclesOf(id)
              .map((m) => m.name)
              .join(', ')}
          </span>
        </li>
      ))}
    </ul>
  )
}
