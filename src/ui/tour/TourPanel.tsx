import { useEffect, useMemo, useRef } from 'react'
import { TOUR_IDS } from '../../domain/tour.ts'
import { SOURCES } from '../../content/sources.ts'
import { TOURS } from '../../content/tours.ts'
import { tourOf, tourStepOf, useExplorer } from '../../store/index.ts'
import { FlagLegend } from '../FlagLegend.tsx'
import { PanelHead } from '../PanelHead.tsx'
import { SourceList } from '../SourceList.tsx'
import { SourceRefs } from '../SourceRefs.tsx'
import { SourceNumbersContext, numberSources } from '../source-numbers.ts'
import { SourceTableContext, type SourceTableAccess } from '../source-table.ts'

const WITH_TABLE: SourceTableAccess = { table: SOURCES, failed: false, request: () => {} }

/**
 * Keys that step a tour: a presenter's clicker (Page Up / Page Down) and the arrows anywhere, the body focused
 * too (in a tour its Left and Right step, Up and Down still turn it), except where they already mean something
 * (fields, a dialog). Never with a modifier (Alt+← is the browser's Back).
 */
function stepKey(event: KeyboardEvent): -1 | 1 | 0 {
  if (event.altKey || event.ctrlKey || event.metaKey) return 0
  const t = event.target
  const inField =
    t instanceof HTMLElement && (t.closest('input, select, textarea, dialog') !== null || t.isContentEditable)
  if (inField) return 0
  if (event.key === 'PageDown') return 1
  if (event.key === 'PageUp') return -1
  if (event.key === 'ArrowRight') return 1
  if (event.key === 'ArrowLeft') return -1
  return 0
}

/** The tours: a list to choose from, then one step at a time, each putting its view on the body. */
export function TourPanel() {
  const tour = useExplorer(tourOf)
  const step = useExplorer(tourStepOf)
  const startTour = useExplorer((s) => s.startTour)
  const setTourStep = useExplorer((s) => s.setTourStep)
  const closeTours = useExplorer((s) => s.closeTours)
  const showView = useExplorer((s) => s.showView)
  const heading = useRef<HTMLHeadingElement>(null)
  const current = tour ? TOURS[tour] : null
  const last = current ? current.steps.length - 1 : 0
  // The store keeps the step within the tour (a link's step past the end is the last one).
  const index = step
  const shown = current?.steps[index] ?? null

  // Each step puts its view on the body when it is reached (by a button, a key, a clicker, a link or Back).
  useEffect(() => {
    if (shown) showView(shown.view)
  }, [shown, showView])

  // A new step starts at its heading (the pressed button may have just been disabled or removed).
  const firstShown = useRef(true)
  useEffect(() => {
    if (!shown) return
    if (firstShown.current) {
      firstShown.current = false
      return
    }
    heading.current?.focus()
  }, [shown])

  useEffect(() => {
    if (!current) return
    // Escape leaves the tour through the page's own Escape (useEscapeClearsSelection), like any open panel.
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const d = stepKey(event)
      if (d === 0) return
      event.preventDefault()
      setTourStep(Math.min(last, Math.max(0, index + d)))
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [current, index, last, setTourStep])

  const numbers = useMemo(() => numberSources(shown), [shown])

  if (!current || !shown)
    return (
      <article className="rae-group-panel rae-tours" aria-labelledby="rae-panel-title">
        <PanelHead
          title="Tours"
          subtitle="Short stories told on the body, step by step"
          onClose={closeTours}
        />
        <ul className="rae-tour-list">
          {TOUR_IDS.map((id) => (
            <li key={id}>
              <button type="button" className="rae-tour-start" onClick={() => startTour(id, 0)}>
                <strong>{TOURS[id].title}</strong>
                <span>{TOURS[id].about}</span>
                <span className="rae-tour-count">{TOURS[id].steps.length} steps</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="rae-plan-hint">
          In a tour, the arrow keys or a presenter’s clicker move between steps; Escape leaves.
        </p>
      </article>
    )

  return (
    <SourceTableContext value={WITH_TABLE}>
      <SourceNumbersContext value={numbers}>
        <article
          className="rae-group-panel rae-tours"
          data-tour={current.id}
          data-step={index + 1}
          aria-labelledby="rae-panel-title"
        >
          <PanelHead
            title={current.title}
            subtitle={`Step ${index + 1} of ${last + 1}`}
            onClose={closeTours}
          />
          <section className="rae-tour-step" aria-live="polite">
            <h3 className="rae-tour-step-title" tabIndex={-1} ref={heading}>
              {shown.title}
            </h3>
            <p className="rae-tour-text">
              {shown.text} <SourceRefs sources={shown.sources} flags={shown.flags} />
            </p>
          </section>
          <div className="rae-plan-move">
            <button
              type="button"
              className="rae-button"
              disabled={index === 0}
              onClick={() => setTourStep(index - 1)}
            >
              ← Previous
            </button>
            <button
              type="button"
              className="rae-button rae-button-primary"
              disabled={index === last}
              onClick={() => setTourStep(index + 1)}
            >
              Next →
            </button>
          </div>
          <p className="rae-plan-hint">Arrow keys or a clicker step; Escape leaves the tour.</p>
          <FlagLegend />
          <SourceList />
        </article>
      </SourceNumbersContext>
    </SourceTableContext>
  )
}
