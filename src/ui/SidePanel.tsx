import { Suspense, lazy, useEffect, useRef, type ReactNode } from 'react'
import { useExplorer } from '../store/index.ts'
import { GroupNav } from './GroupNav.tsx'
import { PanelBoundary } from './PanelBoundary.tsx'
import { Welcome } from './Welcome.tsx'

// The details and their content load on first use: seeing and turning the body needs neither.
const GroupPanel = lazy(() => import('./GroupPanel.tsx').then((m) => ({ default: m.GroupPanel })))
const PartCard = lazy(() => import('./PartCard.tsx').then((m) => ({ default: m.PartCard })))

interface SidePanelProps {
  /** Phones only: the sheet is pulled up over most of the stage. */
  expanded: boolean
  onToggleExpanded: () => void
}

/** The list and the open group's details; on phones a bottom sheet under the stage. */
export function SidePanel({ expanded, onToggleExpanded }: SidePanelProps) {
  const selected = useExplorer((s) => s.selected)
  const part = useExplorer((s) => s.part)
  const scroller = useRef<HTMLElement>(null)
  const details = useRef<HTMLDivElement>(null)

  // A pick on the body (or map) brings its details into view; a pick in the list leaves the list where it is.
  useEffect(() => {
    const box = scroller.current
    const panel = details.current
    if (!box || !panel) return
    // Closing a group (Escape, the close button) returns to the top, not to the middle of its bibliography.
    if (selected === null && part === null) {
      box.scrollTop = 0
      return
    }
    if (box.contains(document.activeElement) && document.activeElement !== box) return
    // On phones the sheet's sticky handle covers the top of the scroll box.
    const handle = box.querySelector<HTMLElement>('.rae-sheet-toggle')
    const covered = handle && handle.offsetParent !== null ? handle.offsetHeight : 0
    box.scrollTop = Math.max(0, panel.offsetTop - covered - 8)
  }, [selected, part])

  return (
    <aside className="rae-side" id="rae-side" aria-label="Muscle groups and details" ref={scroller}>
      <button
        type="button"
        className="rae-sheet-toggle"
        aria-expanded={expanded}
        aria-controls="rae-side"
        onClick={onToggleExpanded}
      >
        <span className="rae-sheet-grip" aria-hidden="true" />
        {expanded ? 'Show more of the body' : 'Show more of the details'}
      </button>
      <GroupNav />
      <div className="rae-details" ref={details}>
        {part ? (
          <LazyDetails>
            <PartCard key={part} id={part} />
          </LazyDetails>
        ) : selected ? (
          <LazyDetails>
            <GroupPanel key={selected} id={selected} />
          </LazyDetails>
        ) : (
          <Welcome />
        )}
      </div>
    </aside>
  )
}

/** A panel that loads on first use: a note while it arrives, and the panel's own error boundary. */
function LazyDetails({ children }: { children: ReactNode }) {
  return (
    <PanelBoundary>
      <Suspense
        fallback={
          <p className="rae-panel-loading" role="status">
            Loading the details…
          </p>
        }
      >
        {children}
      </Suspense>
    </PanelBoundary>
  )
}
