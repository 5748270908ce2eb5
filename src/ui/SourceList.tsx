import { SOURCES } from '../content/sources.ts'
import type { Source } from '../content/types.ts'
import { FlagBadge } from './FlagBadge.tsx'
import { sourceAnchor, useSourceNumbers } from './source-numbers.ts'

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
  const entries = [...numbers.entries()].sort((a, b) => a[1] - b[1])
  return (
    <ol className="rae-sources">
      {entries.map(([id, n]) => {
        const source: Source = SOURCES[id]
        const href = source.link ? safeHref(source.link) : null
        return (
          <li key={id} id={sourceAnchor(n)} className="rae-source" tabIndex={-1} value={n}>
            <span className="rae-source-text">{source.citation}</span>
            {source.flags.map((flag) => (
              <FlagBadge key={flag} flag={flag} />
            ))}
            {source.note && <span className="rae-source-note">{source.note}</span>}
            {href && (
              <a className="rae-source-link" href={href} target="_blank" rel="noopener noreferrer">
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
