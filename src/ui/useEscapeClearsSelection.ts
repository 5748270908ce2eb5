import { useEffect } from 'react'
import { explorerStore, type PanelKind } from '../store/index.ts'

/** Escape closes a group, a structure's card or the tours, back to the whole body; the plan keeps its answers open. */
const CLOSED_BY_ESCAPE: ReadonlySet<PanelKind> = new Set(['group', 'part', 'tours', 'tour'])

/**
 * Escape anywhere on the page closes the open group, structure card or tour, except where Escape already means something closer:
 * clearing a search box's text, or closing a dialog (Embed) or the copy-link fallback field.
 */
export function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const target = event.target
      if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return
      if (target instanceof Element && target.closest('dialog, .rae-copy-fallback')) return
      const s = explorerStore.getState()
      // A demo closes first, and the body goes back to where it was; the card stays open.
      if (s.demo) return s.closeDemo()
      if (CLOSED_BY_ESCAPE.has(s.panel.kind)) s.select(null)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
