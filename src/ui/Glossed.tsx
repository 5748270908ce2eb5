import { useEffect, useId } from 'react'
import { splitGloss, useGlossary } from './glossary.ts'

interface GlossedProps {
  text: string
}

/**
 * A content sentence, with any technical term that first appears here explained in brackets. When the same
 * sentence is on screen twice, only the first copy rendered (the first in reading order) explains.
 */
export function Glossed({ text }: GlossedProps) {
  const id = useId()
  const { uses, owners } = useGlossary()
  const entries = uses.get(text)
  if (entries && !owners.has(text)) owners.set(text, id)
  const explains = entries !== undefined && owners.get(text) === id
  useEffect(
    () => () => {
      if (owners.get(text) === id) owners.delete(text)
    },
    [owners, text, id],
  )
  if (!explains) return <>{text}</>
  return (
    <>
      {splitGloss(text, entries).map((piece, i) =>
        piece.entry ? (
          <span key={i} className="rae-term">
            <dfn title={piece.entry.plain}>{piece.text}</dfn>{' '}
            <span className="rae-gloss">({piece.entry.plain})</span>
          </span>
        ) : (
          <span key={i}>{piece.text}</span>
        ),
      )}
    </>
  )
}
