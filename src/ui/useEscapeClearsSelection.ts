import { useEffect } from 'react'
import { explorerStore } from '../store/index.ts'

/**
 * Escape anywhere on the page closes the open group or structure card, except where Escape already means something closer:
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
      if (s.selected !== null || s.part !== null) s.select(null)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
