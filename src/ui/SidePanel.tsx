import { Suspense, lazy, useEffect, useRef, type PointerEvent, type ReactNode } from 'react'
import type { GroupId, StructureId } from '../domain/groups.ts'
import { panelKind, selectedGroup, shownPart, useExplorer, type PanelKind } from '../store/index.ts'
import { GroupNav } from './GroupNav.tsx'
import { PanelBoundary } from './PanelBoundary.tsx'
import { Welcome } from './Welcome.tsx'

// The details and their content load on first use: seeing and turning the body needs neither.
const GroupPanel = lazy(() => import('./GroupPanel.tsx').then((m) => ({ default: m.GroupPanel })))
const PlanPanel = lazy(() => import('./plan/PlanPanel.tsx').then((m) => ({ default: m.PlanPanel })))
const TourPanel = lazy(() => import('./tour/TourPanel.tsx').then((m) => ({ default: m.TourPanel })))
const PartCard = lazy(() => import('./PartCard.tsx').then((m) => ({ default: m.PartCard })))

interface SidePanelProps {
  /** Phones only: the sheet is pulled up over most of the stage. */
  expanded: boolean
  onToggleExpanded: () => void
}

/** The list and the open group's details; on phones a bottom sheet under the stage. */
export function SidePanel({ expanded, onToggleExpanded }: SidePanelProps) {
  const kind = useExplorer(panelKind)
  const selected = useExplorer(selectedGroup)
  const part = useExplorer(shownPart)
  const scroller = useRef<HTMLElement>(null)
  const details = useRef<HTMLDivElement>(null)

  // A pick on the body (or map) brings its details into view; a pick in the list leaves the list where it is.
  const mounted = useRef(false)
  useEffect(() => {
    const box = scroller.current
    const panel = details.current
    if (!box || !panel) return
    const first = !mounted.current
    mounted.current = true
    // Closing a group (Escape, the close button) returns to the top, not to the middle of its bibliography.
    if (selected === null && part === null) {
      // A panel that has just mounted is at the top already. Writing scrollTop forces a synchronous layout of
      // the whole page; on a first visit that could land inside the start-up, before ready.
      if (!first) box.scrollTop = 0
      return
    }
    // On phones the sheet's sticky handle covers the top of the scroll box.
    const handle = box.querySelector<HTMLElement>('.rae-sheet-toggle')
    const sheet = handle !== null && handle.offsetParent !== null
    // The phone's chosen option also comes into sight in its sideways list, for when the reader scrolls back.
    const option = box.querySelector<HTMLElement>('[role=option][aria-selected=true]')
    const list = option?.parentElement
    if (option && list) {
      const o = option.getBoundingClientRect()
      const l = list.getBoundingClientRect()
      if (o.left < l.left || o.right > l.right) list.scrollLeft += o.left - l.left - 8
    }
    // On a desk the list and the details are both in view, so a pick in the list leaves it where it is; the
    // phone's sheet is too short for both, and the details are what the reader asked for.
    if (!sheet && box.contains(document.activeElement) && document.activeElement !== box) return
    box.scrollTop = Math.max(0, panel.offsetTop - (sheet ? handle.offsetHeight : 0) - 8)
  }, [selected, part])

  const drag = useSheetDrag(expanded, onToggleExpanded)

  return (
    <aside className="rae-side" id="rae-side" aria-label="Muscle groups and details" ref={scroller}>
      <button
        type="button"
        className="rae-sheet-toggle"
        aria-expanded={expanded}
        aria-controls="rae-side"
        onClick={drag.onClick}
        onPointerDown={drag.onPointerDown}
        onPointerMove={drag.onPointerMove}
        onPointerUp={drag.onPointerUp}
        onPointerCancel={drag.onPointerCancel}
      >
        <span className="rae-sheet-grip" aria-hidden="true" />
        {expanded ? 'Show more of the body' : 'Show more of the details'}
      </button>
      {/* The stride lab's place on a desk (StrideLab portals into it): on top, or after a running tour. */}
      {kind !== 'tour' && <div id="rae-side-lab" className="rae-side-lab" />}
      {!WITHOUT_NAV.has(kind) && <GroupNav />}
      <div className="rae-details" ref={details}>
        <Details kind={kind} group={selected} part={part} />
      </div>
      {kind === 'tour' && <div id="rae-side-lab" className="rae-side-lab" />}
    </aside>
  )
}

/** The plan and the tours take the whole panel: the group list would only compete with them. */
const WITHOUT_NAV: ReadonlySet<PanelKind> = new Set(['plan', 'tours', 'tour'])

/** The panel's details, one for each kind of panel. */
function Details({
  kind,
  group,
  part,
}: {
  kind: PanelKind
  group: GroupId | null
  part: StructureId | null
}) {
  switch (kind) {
    case 'tours':
    case 'tour':
      return (
        <LazyDetails>
          <TourPanel />
        </LazyDetails>
      )
    case 'plan':
      return (
        <LazyDetails>
          <PlanPanel />
        </LazyDetails>
      )
    case 'part':
      return part ? (
        <LazyDetails>
          <PartCard key={part} id={part} />
        </LazyDetails>
      ) : null
    case 'group':
      return group ? (
        <LazyDetails>
          <GroupPanel key={group} id={group} />
        </LazyDetails>
      ) : null
    case 'welcome':
      return <Welcome />
  }
}

/** Movement (CSS px) past which a press on the handle is a drag, not a tap. */
const DRAG_SLOP = 6
/** The stage's share of the screen with the sheet pulled up, and with it at rest (the CSS says the same). */
const STAGE_UNDER_FULL_SHEET = 0.18
const STAGE_OVER_PEEK = 0.55

interface SheetDrag {
  y: number
  height: number
  stage: HTMLElement
  moved: boolean
}

/**
 * The phone sheet's handle can be dragged: the stage above follows the finger, and on release the sheet settles
 * at whichever of its two heights is nearer. A tap (or Enter) still toggles; a drag is never also a tap.
 */
function useSheetDrag(expanded: boolean, toggle: () => void) {
  const drag = useRef<SheetDrag | null>(null)
  const suppressClick = useRef(false)

  const stageHeight = (d: SheetDrag, y: number) => {
    const vh = window.innerHeight
    return Math.min(vh * 0.75, Math.max(vh * STAGE_UNDER_FULL_SHEET, d.height + y - d.y))
  }

  return {
    onPointerDown: (event: PointerEvent<HTMLButtonElement>) => {
      const stage = event.currentTarget.closest('.rae')?.querySelector<HTMLElement>('.rae-stage')
      suppressClick.current = false
      if (!stage || event.button !== 0) return
      drag.current = { y: event.clientY, height: stage.getBoundingClientRect().height, stage, moved: false }
      event.currentTarget.setPointerCapture(event.pointerId)
    },
    onPointerMove: (event: PointerEvent<HTMLButtonElement>) => {
      const d = drag.current
      if (!d) return
      if (!d.moved && Math.abs(event.clientY - d.y) < DRAG_SLOP) return
      d.moved = true
      d.stage.style.flexBasis = `${stageHeight(d, event.clientY)}px`
    },
    onPointerUp: (event: PointerEvent<HTMLButtonElement>) => {
      const d = drag.current
      drag.current = null
      if (!d?.moved) return
      suppressClick.current = true
      const middle = (window.innerHeight * (STAGE_UNDER_FULL_SHEET + STAGE_OVER_PEEK)) / 2
      const wantExpanded = stageHeight(d, event.clientY) < middle
      d.stage.style.flexBasis = ''
      if (wantExpanded !== expanded) toggle()
    },
    // The browser took the gesture over (a scroll, a system gesture): put the stage back, toggle nothing.
    onPointerCancel: () => {
      const d = drag.current
      drag.current = null
      if (d) d.stage.style.flexBasis = ''
    },
    onClick: () => {
      if (suppressClick.current) suppressClick.current = false
      else toggle()
    },
  }
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
