import { useMemo } from 'react'
import { GROUPS, STRUCTURES, type StructureId } from '../domain/groups.ts'
import { PART_CARDS, isCardPartId } from '../content/parts.ts'
import type { SourcedText } from '../content/types.ts'
import { SOURCES } from '../content/sources.ts'
import { useExplorer } from '../store/index.ts'
import { FlagLegend } from './FlagLegend.tsx'
import { PanelHead } from './PanelHead.tsx'
import { SourceList } from './SourceList.tsx'
import { SourceRefs } from './SourceRefs.tsx'
import { SourceNumbersContext, numberSources } from './source-numbers.ts'
import { SourceTableContext, type SourceTableAccess } from './source-table.ts'

// Its own small chunk, with the bibliography, loaded on the first card opened.
const WITH_TABLE: SourceTableAccess = { table: SOURCES, failed: false, request: () => {} }

const KIND_LABEL = { muscle: 'Muscle', tendon: 'Tendon', fascia: 'Fascia', bone: 'Bone' } as const

/**
 * The compact card of a structure outside the eight groups (pectoralis major, the tibia…): what it does, its
 * part in running with sources and flags, and the target group it works with, one click away.
 */
export function PartCard({ id }: { id: StructureId }) {
  const select = useExplorer((s) => s.select)
  const openPart = useExplorer((s) => s.openPart)
  const info = STRUCTURES[id]
  const card = isCardPartId(id) ? PART_CARDS[id] : null
  const numbers = useMemo(() => numberSources(card?.does, card?.running), [card])
  if (!card) return null
  const group = GROUPS[card.worksWith]
  const flags = [...new Set([...card.does.flags, ...card.running.flags])]

  return (
    <SourceTableContext value={WITH_TABLE}>
      <SourceNumbersContext value={numbers}>
        <article className="rae-group-panel rae-part-card" data-part={id} aria-labelledby="rae-panel-title">
          <PanelHead
            title={info.name}
            subtitle={`${KIND_LABEL[info.kind]}${info.deep ? ', deep (shown with the X-ray)' : ''}, outside the eight groups`}
            onClose={() => openPart(null)}
          />
          <CardSection
            id="rae-part-does"
            title={info.kind === 'bone' ? 'What it is' : 'What it does'}
            line={card.does}
          />
          <CardSection id="rae-part-running" title="In running" line={card.running} />
          <section className="rae-section" aria-labelledby="rae-part-group">
            <h3 id="rae-part-group">Works with</h3>
            <p>
              <button type="button" className="rae-link-button" onClick={() => select(card.worksWith)}>
                {group.name}
              </button>{' '}
              ({group.anatomicalName}): how they work in the stride and how to train them.
            </p>
          </section>
          {flags.length > 0 && <FlagLegend />}
          <section className="rae-section" aria-labelledby="rae-part-sources">
            <h3 id="rae-part-sources">Sources</h3>
            <SourceList />
          </section>
        </article>
      </SourceNumbersContext>
    </SourceTableContext>
  )
}

/** One titled line of the card with its sources and flags. */
function CardSection({ id, title, line }: { id: string; title: string; line: SourcedText }) {
  return (
    <section className="rae-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <p>
        {line.text} <SourceRefs sources={line.sources} flags={line.flags} />
      </p>
    </section>
  )
}
