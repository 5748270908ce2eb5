import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import { FlagBadge } from './FlagBadge.tsx'
import { sourceAnchor, useSourceNumbers } from './source-numbers.ts'
import { useSourceTable } from './source-table.ts'

/** Only http(s) addresses become links; anything else in the data stays plain text. */
function safeHref(link: string): string | null {
  try {
    const url = new URL(link)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null
  } catch {
    return null
  }
}

function displayLink(href: string): string {
  return href.replace(/^https?:\/\//, '').replace(/\/$/, '')
}

/** The numbered list the citation numbers in the open panel point to. */
export function SourceList() {
  const numbers = useSourceNumbers()
  const { table, failed, request } = useSourceTable()
  const list = useRef<HTMLOListElement>(null)
  const entries = [...numbers.entries()].sort((a, b) => a[1] - b[1])
  // One tab stop for the whole list: the arrows (Home, End) move between its links.
  const [active, setActive] = useState(0)
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const links = [...(list.current?.querySelectorAll<HTMLAnchorElement>('a.rae-source-link') ?? [])]
    const at = links.indexOf(document.activeElement as HTMLAnchorElement)
    if (at === -1 || links.length === 0) return
    let next: number
    if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(at + 1, links.length - 1)
    else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = Math.max(at - 1, 0)
    else if (event.key === 'Home') next = 0
    else if (event.key === 'End') next = links.length - 1
    else return
    event.preventDefault()
    setActive(next)
    links[next]!.focus()
  }
  // Each entry's place among the entries that have a link, for the roving tab stop.
  const linkOrder = new Map<string, number>()
  for (const [id] of entries)
    if (table?.[id]?.link && safeHref(table[id].link)) linkOrder.set(id, linkOrder.size)

  // Fetch the texts when the list comes near the screen (at once where that cannot be watched).
  useEffect(() => {
    if (table) return
    const el = list.current
    if (!el || typeof IntersectionObserver !== 'function') return request()
    const observer = new IntersectionObserver((seen) => seen.some((e) => e.isIntersecting) && request(), {
      rootMargin: '600px 0px',
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [table, request])

  return (
    <ol className="rae-sources" ref={list} aria-busy={!table && !failed} onKeyDown={onKeyDown}>
      {entries.map(([id, n]) => {
        const source = table?.[id]
        if (!source)
          return (
            <li key={id} id={sourceAnchor(n)} className="rae-source" tabIndex={-1} value={n}>
              <span className="rae-source-text rae-source-pending">
                {failed ? 'This source could not be loaded; check your connection.' : 'Loading the source…'}
              </span>
            </li>
          )
        const href = source.link ? safeHref(source.link) : null
        const mine = linkOrder.get(id) ?? -1
        return (
          <li key={id} id={sourceAnchor(n)} className="rae-source" tabIndex={-1} value={n}>
            <span className="rae-source-text">{source.citation}</span>
            {source.flags.map((flag) => (
              <FlagBadge key={flag} flag={flag} />
            ))}
            {source.note && <span className="rae-source-note">{source.note}</span>}
            {href && (
              <a
                className="rae-source-link"
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                tabIndex={mine === active ? 0 : -1}
                onFocus={() => setActive(mine)}
              >
                {displayLink(href)}
                <span className="rae-visually-hidden"> (opens in a new tab)</span>
              </a>
            )}
          </li>
        )
      })}
    </ol>
  )
}
