import { useEffect, useMemo, useRef, useState } from 'react'
import { GROUPS, type GroupId } from '../domain/groups.ts'
import type { PanelSectionId } from '../domain/links.ts'
import { GUIDE, getGroupContent } from '../content/index.ts'
import { groupCard, useExplorer } from '../store/index.ts'
import { BenefitList } from './BenefitList.tsx'
import { CrossTrainingList } from './CrossTrainingList.tsx'
import { ExerciseSection } from './ExerciseSection.tsx'
import { FlagLegend } from './FlagLegend.tsx'
import { InjuryList } from './InjuryList.tsx'
import { MuscleList } from './MuscleList.tsx'
import { PanelHead } from './PanelHead.tsx'
import { PhaseTable } from './PhaseTable.tsx'
import { StrideNow } from './stride/StrideNow.tsx'
import { curvesOfGroup } from '../domain/stride/activation.ts'
import { SourceList } from './SourceList.tsx'
import { SourceRefs } from './SourceRefs.tsx'
import { SourceNumbersContext, numberSources } from './source-numbers.ts'
import { SourceTableContext, type SourceTableAccess } from './source-table.ts'
import { SOURCES } from '../content/sources.ts'

// A group panel is its own chunk, loaded on the first selection: the bibliography comes with it.
const WITH_TABLE: SourceTableAccess = { table: SOURCES, failed: false, request: () => {} }
import { FitItIn } from './FitItIn.tsx'
import { Glossed } from './Glossed.tsx'
import { FirstUsesContext, findFirstUses, glossaryFor } from './glossary.ts'
import { groupReadingOrder } from './reading-order.ts'
import { useShownExercises } from './shown-exercises.ts'

/** The panel's sections a reader jumps between; each id is also a link's hash (`?muscle=calves#exercises`). */
const PANEL_SECTIONS: readonly { id: PanelSectionId; label: string }[] = [
  { id: 'overview', label: 'About' },
  { id: 'stride', label: 'Stride' },
  { id: 'injuries', label: 'Injuries' },
  { id: 'exercises', label: 'Exercises' },
  { id: 'sources', label: 'Sources' },
]

/** Frames a search result's card is held in view while the sections above it lay out. */
const PIN_FRAMES = 20

interface GroupPanelProps {
  id: GroupId
}

/** Everything about one group: anatomy, its job in the stride, why and how to train it, and the sources. */
export function GroupPanel({ id }: GroupPanelProps) {
  const select = useExplorer((s) => s.select)
  const content = getGroupContent(id)
  const info = GROUPS[id]
  const numbers = useMemo(
    () =>
      numberSources(
        content.summary,
        content.muscles,
        curvesOfGroup(id),
        content.phases,
        content.benefits,
        content.injuries,
        GUIDE.redFlags,
        content.exercises,
        GUIDE.editorialNote,
        GUIDE.fitItIn,
        content.crossTraining,
        GUIDE.closing,
      ),
    [content, id],
  )
  const { shown } = useShownExercises(content.exercises)
  // A search result opens the panel at its card: bring it into view and give it focus for the keyboard.
  const card = useExplorer(groupCard)
  const cardSeq = useExplorer((s) => s.cardSeq)
  const openCard = useExplorer((s) => s.openCard)
  const panel = useRef<HTMLElement>(null)
  useEffect(() => {
    if (card === null) return
    const el = panel.current?.querySelector<HTMLElement>(`[data-card="${card}"]`)
    if (!el) return
    el.focus({ preventScroll: true })
    // Sections above it lay out only when first scrolled to (content-visibility), so the card moves as they
    // do: keep it pinned for a few frames until the layout has settled.
    // The reader's own scroll, tap or key ends the pinning at once: it must never fight them.
    let frames = 0
    let raf = 0
    const INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const
    const stop = () => {
      cancelAnimationFrame(raf)
      for (const type of INPUT) window.removeEventListener(type, stop, true)
    }
    const pin = () => {
      el.scrollIntoView?.({ block: 'start' })
      if (++frames < PIN_FRAMES) raf = requestAnimationFrame(pin)
      else stop()
    }
    for (const type of INPUT) window.addEventListener(type, stop, { capture: true, passive: true })
    pin()
    return stop
  }, [card, cardSeq])
  // The lit tab follows the section under the bar as the reader scrolls (a tab pressed earlier must not stay lit).
  // Measured on scroll, once a frame: the bar is sticky and on a phone the sheet moves it, so a fixed observer line
  // would drift; ten rectangles a frame cost nothing.
  const [inView, setInView] = useState<PanelSectionId | null>(null)
  useEffect(() => {
    const root = panel.current
    const bar = root?.querySelector('.rae-section-bar')
    if (!root || !bar) return
    const sections = [...root.querySelectorAll<HTMLElement>(':scope > .rae-section')]
    // A section without a tab of its own belongs to the tab before it (benefits → Stride).
    let tab: PanelSectionId = 'overview'
    const tabs = sections.map((el) => {
      const c = el.dataset.card
      if (c?.startsWith('section:')) tab = c.slice('section:'.length) as PanelSectionId
      return tab
    })
    let raf = 0
    const measure = () => {
      raf = 0
      // A section is in view once its top has passed a line a quarter of the way down what shows under the bar
      // (a section brought in by its tab stops a little below the bar, at its scroll margin).
      const top = bar.getBoundingClientRect().bottom
      const line = top + Math.max(48, (window.innerHeight - top) / 4)
      let at: PanelSectionId | null = null
      sections.forEach((el, i) => {
        if (el.getBoundingClientRect().top <= line) at = tabs[i] ?? null
      })
      setInView(at)
    }
    const onScroll = () => {
      raf ||= requestAnimationFrame(measure)
    }
    measure()
    document.addEventListener('scroll', onScroll, { capture: true, passive: true })
    window.addEventListener('resize', onScroll)
    return () => {
      cancelAnimationFrame(raf)
      document.removeEventListener('scroll', onScroll, { capture: true })
      window.removeEventListener('resize', onScroll)
    }
  }, [id])
  const lit = inView ?? (card?.startsWith('section:') ? card.slice('section:'.length) : null)
  const firstUses = useMemo(
    () => glossaryFor(findFirstUses(groupReadingOrder(content, GUIDE, shown), GUIDE.glossary)),
    [content, shown],
  )

  return (
    <SourceTableContext value={WITH_TABLE}>
      <SourceNumbersContext value={numbers}>
        <FirstUsesContext value={firstUses}>
          <article ref={panel} className="rae-group-panel" data-group={id} aria-labelledby="rae-panel-title">
            <PanelHead title={info.name} subtitle={info.anatomicalName} onClose={() => select(null)} />
            <nav className="rae-section-bar" aria-label={`Sections about the ${info.name.toLowerCase()}`}>
              {PANEL_SECTIONS.map((sec) => (
                <a
                  key={sec.id}
                  href={`#${sec.id}`}
                  aria-current={lit === sec.id ? 'location' : undefined}
                  onClick={(event) => {
                    event.preventDefault()
                    openCard(id, `section:${sec.id}`)
                  }}
                >
                  {sec.label}
                </a>
              ))}
            </nav>
            <p className="rae-summary">
              <Glossed text={content.summary.text} />{' '}
              <SourceRefs sources={content.summary.sources} flags={content.summary.flags} />
            </p>

            <section className="rae-section" data-card="section:overview" tabIndex={-1}>
              <h3>Muscles</h3>
              <MuscleList muscles={content.muscles} />
            </section>

            <section className="rae-section" data-card="section:stride" tabIndex={-1}>
              <h3>In the stride</h3>
              <StrideNow group={id} />
              <PhaseTable groupName={info.name} phases={content.phases} />
            </section>

            <section className="rae-section">
              <h3>What training it gives your running</h3>
              <BenefitList benefits={content.benefits} />
            </section>

            <section className="rae-section" data-card="section:injuries" tabIndex={-1}>
              <h3>Injuries linked to it</h3>
              <InjuryList group={id} injuries={content.injuries} />
              <p className="rae-note rae-red-flags">
                <strong>For any group, stop and see a clinician: </strong>
                <Glossed text={GUIDE.redFlags.text} />{' '}
                <SourceRefs sources={GUIDE.redFlags.sources} flags={GUIDE.redFlags.flags} />
              </p>
            </section>

            <section className="rae-section" data-card="section:exercises" tabIndex={-1}>
              <h3>Exercises</h3>
              <ExerciseSection exercises={content.exercises} />
              <p className="rae-note">
                <Glossed text={GUIDE.editorialNote.text} />{' '}
                <SourceRefs sources={GUIDE.editorialNote.sources} flags={GUIDE.editorialNote.flags} />
              </p>
            </section>

            <section className="rae-section">
              <h3>How to fit it in</h3>
              <FitItIn />
            </section>

            <section className="rae-section">
              <h3>Cross-training</h3>
              <CrossTrainingList items={content.crossTraining} />
            </section>

            <section className="rae-section rae-tailor">
              <h3>Make it yours</h3>
              <p>
                {GUIDE.closing.text}{' '}
                <SourceRefs sources={GUIDE.closing.sources} flags={GUIDE.closing.flags} />
              </p>
            </section>

            <section className="rae-section" data-card="section:sources" tabIndex={-1}>
              <h3>Sources</h3>
              <FlagLegend />
              <SourceList />
            </section>
          </article>
        </FirstUsesContext>
      </SourceNumbersContext>
    </SourceTableContext>
  )
}
