import { lazy, type ComponentType } from 'react'
import { explorerStore } from '../store/index.ts'

const NOTICE = 'Stride mode could not load. Check your connection and try again.'

function Nothing(): null {
  return null
}

/**
 * Stride mode's code (the activation tables, the pose, the bar) loads when stride mode is first turned on, not
 * with the page. If it cannot be fetched, stride mode turns off again with a notice instead of breaking the stage.
 */
export function lazyStride<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  return lazy(() =>
    load().then(
      (component) => ({ default: component }),
      () => {
        const s = explorerStore.getState()
        if (s.stride) {
          s.setStride(false)
          s.addNotice(NOTICE)
        }
        return { default: Nothing as ComponentType<P> }
      },
    ),
  )
}
