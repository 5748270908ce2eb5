import { splitGloss, useFirstUses } from './glossary.ts'

interface GlossedProps {
  text: string
}

/** A content sentence, with any technical term that first appears here explained in brackets. */
export function Glossed({ text }: GlossedProps) {
  const entries = useFirstUses().get(text)
  if (!entries) return <>{text}</>
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
