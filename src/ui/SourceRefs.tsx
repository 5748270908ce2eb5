import { Fragment, type MouseEvent } from 'react'
import type { FlagId } from '../domain/training.ts'
import type { SourceId } from '../content/types.ts'
import { FlagBadge } from './FlagBadge.tsx'
import { sourceAnchor, useSourceNumbers } from './source-numbers.ts'
import { useSourceTable } from './source-table.ts'

interface SourceRefsProps {
  sources: readonly SourceId[]
  flags?: readonly FlagId[]
}

const NO_FLAGS: readonly FlagId[] = []

/** Flag badges and numbered citations after a fact; a number jumps to its entry in the panel's source list. */
export function SourceRefs({ sources, flags = NO_FLAGS }: SourceRefsProps) {
  const numbers = useSourceNumbers()
  const { table, request } = useSourceTable()
  const cited = sources
    .flatMap((id) => {
      const n = numbers.get(id)
      return n === undefined ? [] : [{ id, n }]
    })
    .sort((a, b) => a.n - b.n)

  const jump = (event: MouseEvent<HTMLAnchorElement>, n: number) => {
    // Scroll inside the panel rather than changing the page's hash, which the shareable link carries.
    const target = document.getElementById(sourceAnchor(n))
    if (!target) return
    event.preventDefault()
    target.scrollIntoView({ block: 'center' })
    target.focus({ preventScroll: true })
  }

  return (
    <span className="rae-refs">
      {flags.map((flag) => (
        <FlagBadge key={flag} flag={flag} />
      ))}
      {cited.length > 0 && (
        // The full citation shows as a tooltip; pointing at a number is what fetches the texts, if not here yet.
        <span className="rae-cites" onPointerEnter={request} onFocus={request}>
          <span className="rae-visually-hidden">Sources:</span>
          {cited.map(({ id, n }, i) => (
            <Fragment key={id}>
              {i > 0 && ', '}
              <a
                className="rae-cite"
                href={`#${sourceAnchor(n)}`}
                // Not a tab stop: dozens of numbers would stand between a reader and the next section. The
                // Sources section lists every one at a single stop (arrows within).
                tabIndex={-1}
                title={table?.[id].citation}
                onClick={(event) => jump(event, n)}
              >
                {n}
              </a>
            </Fragment>
          ))}
        </span>
      )}
    </span>
  )
}
