import { useCallback, useSyncExternalStore } from 'react'

/** Live result of a CSS media query; false where matchMedia does not exist (tests, old engines). */
export function useMediaQuery(query: string): boolean {
  // Stable per query, so React does not drop and re-add the listener on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof matchMedia !== 'function') return () => {}
      const list = matchMedia(query)
      list.addEventListener('change', onChange)
      return () => list.removeEventListener('change', onChange)
    },
    [query],
  )
  return useSyncExternalStore(
    subscribe,
    () => typeof matchMedia === 'function' && matchMedia(query).matches,
    () => false,
  )
}
