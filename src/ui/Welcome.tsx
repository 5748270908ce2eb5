import { useMemo } from 'react'
import { BENEFIT_IDS } from '../domain/training.ts'
import { BENEFITS, GUIDE } from '../content/guide.ts'
import type { BenefitContent } from '../content/types.ts'
import { useExplorer } from '../store/index.ts'
import { FlagLegend } from './FlagLegend.tsx'
import { SourceList } from './SourceList.tsx'
import { SourceRefs } from './SourceRefs.tsx'
import { SourceNumbersContext, numberSources } from './source-numbers.ts'
import { SourceTableContext, useSourceTableOnDemand } from './source-table.ts'
import { FitItIn } from './FitItIn.tsx'
import { Glossed } from './Glossed.tsx'
import { FirstUsesContext, findFirstUses, glossaryFor } from './glossary.ts'

const WELCOME_TEXTS: readonly string[] = [
  GUIDE.intro.text,
  ...BENEFIT_IDS.map((id) => BENEFITS[id].definition),
  ...GUIDE.fitItIn.map((f) => f.text),
  GUIDE.redFlags.text,
  GUIDE.closing.text,
]

const BENEFIT_LIST: readonly BenefitContent[] = BENEFIT_IDS.map((id) => BENEFITS[id])

/** What a first-time visitor sees before picking a group: how to use it and why runners lift at all. */
export function Welcome() {
  const webgl = useExplorer((s) => s.webgl)
  const numbers = useMemo(
    () => numberSources(GUIDE.intro, BENEFIT_LIST, GUIDE.fitItIn, GUIDE.redFlags, GUIDE.closing),
    [],
  )
  const firstUses = useMemo(() => glossaryFor(findFirstUses(WELCOME_TEXTS, GUIDE.glossary)), [])

  const sources = useSourceTableOnDemand()

  return (
    <SourceTableContext value={sources}>
      <SourceNumbersContext value={numbers}>
        <FirstUsesContext value={firstUses}>
          <article className="rae-welcome" aria-labelledby="rae-panel-title">
            <h2 className="rae-panel-title" id="rae-panel-title">
              Meet the muscles that run
            </h2>
            <p className="rae-summary">
              {GUIDE.intro.text} <SourceRefs sources={GUIDE.intro.sources} flags={GUIDE.intro.flags} />
            </p>

            <section className="rae-section">
              <h3>How to use it</h3>
              <ul className="rae-howto">
                {webgl ? (
                  <>
                    <li>Drag to turn the body; scroll or pinch to zoom.</li>
                    <li>Click or tap a muscle, or pick a group from the list.</li>
                    <li>Front, Back, Left and Right swing the camera round; X-ray fades the outer layer.</li>
                  </>
                ) : (
                  <li>Pick a region on the body map, or a group from the list.</li>
                )}
                <li>Use Tab and the arrow keys in the list, Enter to open a group and Esc to close it.</li>
                <li>“Copy link” gives you an address that opens on the same group and view.</li>
              </ul>
            </section>

            <section className="rae-section">
              <h3>Five things strength work does for a runner</h3>
              <ul className="rae-facts">
                {BENEFIT_LIST.map((b) => (
                  <li key={b.id} className="rae-fact" data-benefit={b.id}>
                    <strong className="rae-fact-title">{b.name}</strong>
                    <span>
                      <Glossed text={b.definition} /> <SourceRefs sources={b.sources} flags={b.flags} />
                    </span>
                  </li>
                ))}
              </ul>
            </section>

            <section className="rae-section">
              <h3>How to fit it in</h3>
              <FitItIn />
              <p className="rae-note rae-red-flags">
                <strong>Stop and see a clinician: </strong>
                <Glossed text={GUIDE.redFlags.text} />{' '}
                <SourceRefs sources={GUIDE.redFlags.sources} flags={GUIDE.redFlags.flags} />
              </p>
            </section>

            <section className="rae-section">
              <h3>Make the plan yours</h3>
              <p>
                {GUIDE.closing.text}{' '}
                <SourceRefs sources={GUIDE.closing.sources} flags={GUIDE.closing.flags} />
              </p>
            </section>

            <section className="rae-section">
              <h3>Reading the badges</h3>
              <FlagLegend />
            </section>

            <section className="rae-section">
              <h3>Sources</h3>
              <SourceList />
            </section>
          </article>
        </FirstUsesContext>
      </SourceNumbersContext>
    </SourceTableContext>
  )
}
