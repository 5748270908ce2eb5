import { useEffect } from 'react'
import { explorerStore } from '../store/index.ts'

/** Escape anywhere on the page closes the open group, except while it is clearing a search box's text. */
export function useEscapeClearsSelection(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return
      const target = event.target
      if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return
      if (explorerStore.getState().selected !== null) explorerStore.getState().select(null)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
