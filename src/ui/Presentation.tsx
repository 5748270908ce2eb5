import { useEffect, useRef } from 'react'
import { GROUPS } from '../domain/groups.ts'
import { TOURS } from '../content/tours.ts'
import { selectedGroup, tourOf, tourStepOf, useExplorer } from '../store/index.ts'

/**
 * Presentation mode's caption and pointer: in large type under the body, the tour step (or the chosen group) in
 * a few lines; a bright dot follows the pointer over the stage for the audience. Leaving full screen (Escape)
 * leaves presentation mode.
 */
export function Presentation() {
  const present = useExplorer((s) => s.present)
  const setPresent = useExplorer((s) => s.setPresent)
  const tour = useExplorer(tourOf)
  const step = useExplorer(tourStepOf)
  const selected = useExplorer(selectedGroup)
  const setTourStep = useExplorer((s) => s.setTourStep)
  // Focus goes back to the Present button, not to the page, when the caption it was on goes away.
  const leave = () => {
    setPresent(false)
    document.querySelector<HTMLElement>('.rae-stage-tools button:last-child')?.focus()
  }
  const dot = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!present) return
    const onFullscreen = () => {
      if (!document.fullscreenElement) setPresent(false)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !document.fullscreenElement) setPresent(false)
    }
    const follow = (event: PointerEvent) => {
      const el = dot.current
      const stage = el?.parentElement
      if (!el || !stage) return
      const r = stage.getBoundingClientRect()
      const inside =
        event.clientX >= r.left &&
        event.clientX <= r.right &&
        event.clientY >= r.top &&
        event.clientY <= r.bottom
      el.hidden = !inside
      el.style.transform = `translate(${event.clientX - r.left}px, ${event.clientY - r.top}px)`
    }
    document.addEventListener('fullscreenchange', onFullscreen)
    document.addEventListener('keydown', onKey)
    window.addEventListener('pointermove', follow, { passive: true })
    return () => {
      document.removeEventListener('fullscreenchange', onFullscreen)
      document.removeEventListener('keydown', onKey)
      window.removeEventListener('pointermove', follow)
    }
  }, [present, setPresent])

  if (!present) return null
  const current = tour ? TOURS[tour] : null
  const shown = current?.steps[Math.min(step, current.steps.length - 1)]
  return (
    <>
      <div ref={dot} className="rae-laser" hidden aria-hidden="true" />
      <div className="rae-caption" role="region" aria-label="Caption">
        {shown && current ? (
          <>
            <p className="rae-caption-kicker">
              {current.title} · step {Math.min(step, current.steps.length - 1) + 1} of {current.steps.length}
            </p>
            <p className="rae-caption-title">{shown.title}</p>
            <p className="rae-caption-text">{shown.text}</p>
          </>
        ) : selected ? (
          <p className="rae-caption-title">
            {GROUPS[selected].name}{' '}
            <span className="rae-caption-kicker">{GROUPS[selected].anatomicalName}</span>
          </p>
        ) : (
          <p className="rae-caption-title">Running Anatomy Explorer</p>
        )}
        <div className="rae-caption-actions">
          {shown && current && (
            <>
              <button
                type="button"
                className="rae-button"
                disabled={step === 0}
                onClick={() => setTourStep(step - 1)}
              >
                ← Previous
              </button>
              <button
                type="button"
                className="rae-button"
                disabled={step >= current.steps.length - 1}
                onClick={() => setTourStep(step + 1)}
              >
                Next →
              </button>
            </>
          )}
          <button type="button" className="rae-button" onClick={leave}>
            Leave presentation
          </button>
        </div>
      </div>
    </>
  )
}
